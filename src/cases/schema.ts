import { bigserial, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';

/** A submitted application (申請) and where it stands; the answers are kept as the resident gave them. */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    receiptNumber: text('receipt_number').notNull(),
    /** The draft it came from: a retried submit finds the application instead of making another. */
    idempotencyKey: uuid('idempotency_key').notNull(),
    procedureId: uuid('procedure_id').notNull(),
    procedureSlug: text('procedure_slug').notNull(),
    procedureTitle: text('procedure_title').notNull(),
    /** The plain title residents read (児童手当を申請する); null when the procedure had none. */
    procedurePlainTitle: text('procedure_plain_title'),
    version: integer('version').notNull(),
    departmentCode: text('department_code').notNull(),
    residentId: uuid('resident_id'),
    contactEmail: text('contact_email'),
    channel: text('channel').notNull(),
    counterStaffId: uuid('counter_staff_id'),
    identityCheck: text('identity_check'),
    answers: jsonb('answers').notNull(),
    /** Unusual answers the resident confirmed when asked (plausibility warnings): { question, message }[]. */
    confirmedWarnings: jsonb('confirmed_warnings').notNull().default([]),
    /** How sure the town is of who applied: the resident's sign-in level at submission (none for the counter). */
    applicantAssurance: text('applicant_assurance'),
    /** Names, フリガナ, phone numbers and addresses of the answers in one normalised text, for the inbox search; cleared with the answers. */
    searchText: text('search_text'),
    /** The language the resident used the site in when applying (ja, en, easy): mails about the case say in it that they are in Japanese. */
    language: text('language').notNull().default('ja'),
    status: text('status').notNull(),
    assignedTo: uuid('assigned_to'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    retentionYears: integer('retention_years').notNull(),
    personalDataDeletedAt: timestamp('personal_data_deleted_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('applications_receipt_idx').on(table.municipalityCode, table.receiptNumber),
    uniqueIndex('applications_idempotency_idx').on(table.municipalityCode, table.idempotencyKey),
    index('applications_inbox_idx').on(table.municipalityCode, table.departmentCode, table.status),
    index('applications_resident_idx').on(table.residentId),
    // The inbox: each filter narrows one of these within a municipality, already in the inbox's order (期限, 受付日).
    index('applications_due_idx').on(table.municipalityCode, table.dueDate, table.submittedAt),
    index('applications_status_due_idx').on(table.municipalityCode, table.status, table.dueDate, table.submittedAt),
    index('applications_procedure_due_idx').on(table.municipalityCode, table.procedureSlug, table.dueDate, table.submittedAt),
    index('applications_submitted_idx').on(table.municipalityCode, table.submittedAt),
    index('applications_assigned_idx').on(table.municipalityCode, table.assignedTo, table.dueDate),
  ],
);

/** The history of an application: every status change, message and internal note. */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    applicationId: uuid('application_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorType: text('actor_type').notNull(),
    actorId: uuid('actor_id'),
    kind: text('kind').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    message: text('message'),
    /** Internal notes and assignments are never shown to the resident. */
    internal: boolean('internal').notNull().default(false),
    /** What the event changed or asked for: the questions of a correction request, the answers before and after a correction. */
    detail: jsonb('detail'),
  },
  (table) => [index('application_events_application_idx').on(table.applicationId)],
);

/** Files attached to an application, as the sanitiser left them; the original bytes are never kept. */
export const applicationAttachments = pgTable(
  'application_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: varchar('municipality_code', { length: 6 }).notNull(),
    applicationId: uuid('application_id').notNull(),
    fieldName: text('field_name').notNull(),
    label: text('label').notNull(),
    /** 0 for the application itself, then 1, 2 … for each answer to a correction request. */
    round: integer('round').notNull().default(0),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    /** Bytes kept after sanitising. */
    size: integer('size').notNull(),
    /** Bytes the resident uploaded (a phone photo is often much larger than what is kept); null for older files. */
    uploadedSize: integer('uploaded_size'),
    storageKey: text('storage_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('application_attachments_application_idx').on(table.applicationId)],
);

export type ApplicationRow = typeof applications.$inferSelect;
export type ApplicationEventRow = typeof applicationEvents.$inferSelect;
export type ApplicationAttachmentRow = typeof applicationAttachments.$inferSelect;
