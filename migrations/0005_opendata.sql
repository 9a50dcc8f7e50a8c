CREATE TABLE "dataset_uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" varchar(6) NOT NULL,
	"dataset_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"byte_size" integer NOT NULL,
	"result" jsonb NOT NULL,
	"table" jsonb,
	"published_version" integer,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dataset_versions" (
	"municipality_code" varchar(6) NOT NULL,
	"dataset_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"columns" jsonb NOT NULL,
	"rows" jsonb NOT NULL,
	"row_count" integer NOT NULL,
	"source_file_name" text NOT NULL,
	"reading" jsonb,
	"note" text DEFAULT '' NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dataset_versions_dataset_id_version_pk" PRIMARY KEY("dataset_id","version")
);
--> statement-breakpoint
CREATE TABLE "datasets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" varchar(6) NOT NULL,
	"slug" text NOT NULL,
	"standard" text,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"keywords" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"category" text NOT NULL,
	"department_code" text NOT NULL,
	"update_frequency" text NOT NULL,
	"licence" text DEFAULT 'CC-BY-4.0' NOT NULL,
	"sample" boolean DEFAULT false NOT NULL,
	"custom_columns" jsonb,
	"published_version" integer,
	"issued_at" timestamp with time zone,
	"modified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "town_districts" (
	"municipality_code" varchar(6) NOT NULL,
	"name" text NOT NULL,
	"kana" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "town_districts_municipality_code_name_pk" PRIMARY KEY("municipality_code","name")
);
--> statement-breakpoint
CREATE INDEX "dataset_uploads_dataset_idx" ON "dataset_uploads" USING btree ("dataset_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "datasets_slug_idx" ON "datasets" USING btree ("municipality_code","slug");