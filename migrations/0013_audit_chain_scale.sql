DROP INDEX "audit_events_chain_idx";--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "chain" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_chain_idx" ON "audit_events" USING btree ("municipality_code","chain","seq");