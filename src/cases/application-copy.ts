import type { Context } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import type { Queryable } from '../platform/db/database.ts';
import { departmentsByCode } from '../platform/identity/departments.ts';
import type { Municipality } from '../platform/tenancy/municipality.ts';
import type { Answers } from '../forms/answers.ts';
import { answerSections } from '../forms/format-answer.ts';
import type { DefinitionSource } from '../forms/definition-source.ts';
import { legalNameOf, plainTitleOf } from '../forms/procedure-names.ts';
import { attachmentFileName } from './attachment-names.ts';
import { attachmentsOf } from './resident-commands.ts';
import type { ApplicationRow } from './schema.ts';

/** The PDF copy (申請控え) of an application, as the resident downloads it and the counter prints it. */
export async function applicationCopyPdf(tx: Queryable, source: DefinitionSource, application: ApplicationRow, m: Municipality): Promise<Uint8Array> {
  const definition = await source.definitionAt(tx, application.procedureId, application.version);
  const attachments = await attachmentsOf(tx, application.id);
  const departments = await departmentsByCode(tx);
  const fileName = attachmentFileName(attachments, '添付ファイル');
  const names = { title: application.procedureTitle, plainTitle: application.procedurePlainTitle };
  // pdf-lib and fontkit are loaded at the first copy, not at every start of the server.
  const { renderApplicationPdf } = await import('./application-pdf.ts');
  return renderApplicationPdf({
    municipalityName: m.nameJa,
    procedureTitle: plainTitleOf(names),
    legalName: legalNameOf(names),
    receiptNumber: application.receiptNumber,
    submittedAt: application.submittedAt,
    channel: application.channel === 'counter' ? 'counter' : 'online',
    sections: definition && !application.personalDataDeletedAt ? answerSections(definition, application.answers as Answers, fileName).map((s) => ({ heading: s.heading, rows: s.rows })) : [],
    attachments: attachments.map((a) => ({ label: a.label, filename: a.filename })),
    departmentName: departments.get(application.departmentCode)?.nameJa ?? '担当課',
    contact: `${m.nameJa}　電話 ${m.phone}\n${m.openingHours}`,
  });
}

export function sendPdfCopy(c: Context<AppEnv>, application: ApplicationRow, pdf: Uint8Array): Response {
  c.header('Content-Type', 'application/pdf');
  c.header('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(`申請控え_${application.receiptNumber}.pdf`)}`);
  c.header('Cache-Control', 'no-store');
  return c.body(pdf as Uint8Array<ArrayBuffer>);
}
