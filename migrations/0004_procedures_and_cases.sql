CREATE TABLE "application_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" varchar(6) NOT NULL,
	"application_id" uuid NOT NULL,
	"field_name" text NOT NULL,
	"label" text NOT NULL,
	"round" integer DEFAULT 0 NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"storage_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"municipality_code" varchar(6) NOT NULL,
	"application_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" uuid,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"message" text,
	"internal" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" varchar(6) NOT NULL,
	"receipt_number" text NOT NULL,
	"idempotency_key" uuid NOT NULL,
	"procedure_id" uuid NOT NULL,
	"procedure_slug" text NOT NULL,
	"procedure_title" text NOT NULL,
	"version" integer NOT NULL,
	"department_code" text NOT NULL,
	"resident_id" uuid,
	"contact_email" text,
	"channel" text NOT NULL,
	"counter_staff_id" uuid,
	"identity_check" text,
	"answers" jsonb NOT NULL,
	"status" text NOT NULL,
	"assigned_to" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_date" date NOT NULL,
	"decided_at" timestamp with time zone,
	"retention_years" integer NOT NULL,
	"personal_data_deleted_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" varchar(6) NOT NULL,
	"procedure_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"resident_id" uuid,
	"counter_staff_id" uuid,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"files" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedure_versions" (
	"municipality_code" varchar(6) NOT NULL,
	"procedure_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procedure_versions_procedure_id_version_pk" PRIMARY KEY("procedure_id","version")
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" varchar(6) NOT NULL,
	"slug" text NOT NULL,
	"published_version" integer,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "application_attachments_application_idx" ON "application_attachments" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "application_events_application_idx" ON "application_events" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_receipt_idx" ON "applications" USING btree ("municipality_code","receipt_number");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_idempotency_idx" ON "applications" USING btree ("municipality_code","idempotency_key");--> statement-breakpoint
CREATE INDEX "applications_inbox_idx" ON "applications" USING btree ("municipality_code","department_code","status");--> statement-breakpoint
CREATE INDEX "applications_resident_idx" ON "applications" USING btree ("resident_id");--> statement-breakpoint
CREATE INDEX "application_drafts_resident_idx" ON "application_drafts" USING btree ("resident_id");--> statement-breakpoint
CREATE INDEX "application_drafts_expires_idx" ON "application_drafts" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "procedures_slug_idx" ON "procedures" USING btree ("municipality_code","slug");