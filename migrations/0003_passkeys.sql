CREATE TABLE "passkeys" (
	"credential_id" text PRIMARY KEY NOT NULL,
	"municipality_code" varchar(6) NOT NULL,
	"staff_id" uuid,
	"resident_id" uuid,
	"public_key" text NOT NULL,
	"counter" integer DEFAULT 0 NOT NULL,
	"transports" text[] DEFAULT '{}' NOT NULL,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "passkeys_staff_idx" ON "passkeys" USING btree ("staff_id");--> statement-breakpoint
CREATE INDEX "passkeys_resident_idx" ON "passkeys" USING btree ("resident_id");