import { formatFileSize } from '../views/format-size.ts';
import type { ApplicationEventRow } from './schema.ts';
import { STATUS_LABELS, type ApplicationStatus } from './status.ts';

export const SHORT_CHANNEL_LABELS: Record<string, string> = { online: 'オンライン', counter: '窓口' };

export const EVENT_LABELS: Record<string, string> = {
  submitted: '申請の受付',
  take: '担当',
  assign: '担当者の変更',
  request_correction: '補正の依頼',
  correction_answered: '補正への回答',
  staff_correction: '職員による訂正',
  complete: '完了',
  reject: '却下',
  withdrawn: '取下げ',
  note: '内部メモ',
};

export function statusLabel(status: string | null): string {
  return status ? (STATUS_LABELS[status as ApplicationStatus] ?? status) : '';
}

/** 「審査中（補正回答あり）」: the status with what the resident did last, when staff must act on it. */
export function caseStatusText(status: string, correctionAnswered: boolean): string {
  return correctionAnswered ? `${statusLabel(status)}（補正回答あり）` : statusLabel(status);
}

export function actorName(event: ApplicationEventRow, names: Map<string, string>): string {
  if (event.actorType === 'resident') return '申請者';
  if (event.actorType === 'staff') return (event.actorId && names.get(event.actorId)) || '職員';
  return 'システム';
}

/** What the resident uploaded, and what was kept when sanitising made it much smaller (a phone photo). */
export function attachmentSizeText(file: { size: number; uploadedSize: number | null }): string {
  const uploaded = file.uploadedSize ?? file.size;
  return file.uploadedSize && file.uploadedSize > file.size * 1.5 ? `${formatFileSize(uploaded)}、無害化後 ${formatFileSize(file.size)}` : formatFileSize(uploaded);
}
