CREATE INDEX "applications_due_idx" ON "applications" USING btree ("municipality_code","due_date","submitted_at");--> statement-breakpoint
CREATE INDEX "applications_status_due_idx" ON "applications" USING btree ("municipality_code","status","due_date","submitted_at");--> statement-breakpoint
CREATE INDEX "applications_procedure_due_idx" ON "applications" USING btree ("municipality_code","procedure_slug","due_date","submitted_at");--> statement-breakpoint
CREATE INDEX "applications_submitted_idx" ON "applications" USING btree ("municipality_code","submitted_at");--> statement-breakpoint
CREATE INDEX "applications_assigned_idx" ON "applications" USING btree ("municipality_code","assigned_to","due_date");