ALTER TABLE "application_attachments" ADD COLUMN "uploaded_size" integer;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "procedure_plain_title" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "search_text" text;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD COLUMN "search_index" jsonb;--> statement-breakpoint
-- Applications made before plain titles existed take the one of the version they were made with.
UPDATE "applications" AS a SET "procedure_plain_title" = v."definition"->>'plainTitle'
  FROM "procedure_versions" AS v
  WHERE v."procedure_id" = a."procedure_id" AND v."version" = a."version" AND a."procedure_plain_title" IS NULL AND v."definition" ? 'plainTitle';
