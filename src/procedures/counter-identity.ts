import { looksLikeEmail, normalizeResidentEmail } from '../platform/identity/resident-email-code.ts';
import type { FieldError } from '../views/form-fields.tsx';

/** How the clerk confirmed who is applying at the counter (本人確認書類). */
export const IDENTITY_CHECKS = [
  { value: 'mynumber-card', label: 'マイナンバーカード' },
  { value: 'driving-licence', label: '運転免許証' },
  { value: 'passport', label: 'パスポート' },
  { value: 'other-photo-id', label: 'その他の顔写真付きの公的な証明書（在留カード、身体障害者手帳など）' },
  { value: 'two-documents', label: '顔写真のない書類2点（資格確認書、年金手帳など）' },
  { value: 'proxy', label: '代理人の本人確認書類と委任状' },
] as const;

export interface CounterIdentityInput {
  identityCheck: string;
  identityNote: string;
  contactEmail: string;
}

export type CounterIdentity = { ok: true; identityCheck: string; contactEmail: string | null } | { ok: false; errors: FieldError[] };

/** Reads the counter's questions on the check page; the recorded text is the label, with the clerk's note. */
export function parseCounterIdentity(input: CounterIdentityInput): CounterIdentity {
  const errors: FieldError[] = [];
  const check = IDENTITY_CHECKS.find((option) => option.value === input.identityCheck);
  const note = input.identityNote.trim();
  const email = input.contactEmail.trim() ? normalizeResidentEmail(input.contactEmail) : '';
  if (!check) errors.push({ field: 'identity-check', message: '本人確認の方法を選んでください' });
  if (note.length > 100) errors.push({ field: 'identity-note', message: '本人確認の補足は100文字以内で入力してください' });
  if (email && !looksLikeEmail(email)) errors.push({ field: 'contact-email', message: 'メールアドレスの形式が正しくありません（例：ninomiya@example.jp）' });
  if (errors.length > 0 || !check) return { ok: false, errors };
  return { ok: true, identityCheck: note ? `${check.label}（${note}）` : check.label, contactEmail: email || null };
}
