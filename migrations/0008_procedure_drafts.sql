ALTER TABLE "procedure_versions" ADD COLUMN "draft" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD COLUMN "updated_by" uuid;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_versions_one_draft_idx" ON "procedure_versions" USING btree ("procedure_id") WHERE "procedure_versions"."draft";--> statement-breakpoint
UPDATE "procedure_versions" SET "updated_at" = "created_at", "updated_by" = "created_by";
--> statement-breakpoint
-- A fixed (non-draft) version is what residents' drafts and applications pin: it never changes again.
CREATE OR REPLACE FUNCTION procedure_versions_keep_fixed() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF NOT OLD.draft THEN RAISE EXCEPTION 'procedure version % is fixed and cannot be deleted', OLD.version; END IF;
    RETURN OLD;
  END IF;
  IF NOT OLD.draft AND (NEW.draft OR NEW.definition IS DISTINCT FROM OLD.definition OR NEW.version <> OLD.version OR NEW.procedure_id <> OLD.procedure_id) THEN
    RAISE EXCEPTION 'procedure version % is fixed and cannot be changed', OLD.version;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER procedure_versions_fixed
  BEFORE UPDATE OR DELETE ON "procedure_versions"
  FOR EACH ROW EXECUTE FUNCTION procedure_versions_keep_fixed();
