/**
 * How sure we are of who a resident is. A procedure declares the level it needs; the resident
 * is asked to step up only when the session's level is lower.
 *   none        not signed in
 *   low         e-mail address proved with a one-time code
 *   substantial passkey on a device registered after the e-mail
 *   high        My Number card (公的個人認証) through the identity provider
 */
export const ASSURANCE_LEVELS = ['none', 'low', 'substantial', 'high'] as const;
export type AssuranceLevel = (typeof ASSURANCE_LEVELS)[number];

export function isAssuranceLevel(value: unknown): value is AssuranceLevel {
  return typeof value === 'string' && (ASSURANCE_LEVELS as readonly string[]).includes(value);
}

export function meetsAssurance(actual: AssuranceLevel, required: AssuranceLevel): boolean {
  return ASSURANCE_LEVELS.indexOf(actual) >= ASSURANCE_LEVELS.indexOf(required);
}

export const ASSURANCE_LABELS: Record<AssuranceLevel, string> = {
  none: '未サインイン',
  low: 'メールアドレスで確認済み',
  substantial: 'パスキーで確認済み',
  high: 'マイナンバーカードで確認済み',
};
