ALTER TABLE "application_events" ADD COLUMN "detail" jsonb;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "confirmed_warnings" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "applicant_assurance" text;--> statement-breakpoint
ALTER TABLE "application_drafts" ADD COLUMN "correction_of" uuid;