import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { formatDateTime } from '../calendar/japanese-dates.ts';

export const CODE_LIFETIME_MINUTES = 10;
export const CODE_MAX_ATTEMPTS = 5;
export const CODES_PER_ADDRESS = { limit: 3, windowSeconds: 15 * 60 };
export const CODES_PER_CLIENT = { limit: 20, windowSeconds: 3600 };

export function createEmailCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, '0');
}

/** Bound to the town and the address, so a stored hash is useless for any other sign-in. */
export function hashEmailCode(secret: string, municipalityCode: string, email: string, code: string): string {
  return createHmac('sha256', secret).update(`resident-email-code:${municipalityCode}:${email}:${code}`).digest('hex');
}

export function emailCodeMatches(storedHash: string, candidateHash: string): boolean {
  const a = Buffer.from(storedHash);
  const b = Buffer.from(candidateHash);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Accepts full-width digits and the spaces or hyphens people add while copying; undefined if not six digits. */
export function normalizeEmailCode(input: string): string | undefined {
  const code = input.normalize('NFKC').replace(/[\s\-‐−ー]/gu, '');
  return /^\d{6}$/.test(code) ? code : undefined;
}

/** Rate-limit keys name the address only through a keyed hash, so the counters hold no address. */
export function addressKey(secret: string, email: string): string {
  return createHmac('sha256', secret).update(`resident-address:${email}`).digest('base64url').slice(0, 22);
}

export function normalizeResidentEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

/** A deliberately loose check: one @, something on each side, a dot in the domain, no spaces. */
export function looksLikeEmail(email: string): boolean {
  return email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
}

export function signInMail(townName: string, code: string, expiresAt: Date): { subject: string; text: string } {
  return {
    subject: `【${townName}】サインイン用の確認コード`,
    text: [
      `${townName}オンライン窓口へのサインインに使う確認コードをお知らせします。`,
      '',
      `確認コード：${code}`,
      '',
      `このコードの有効期限は、送信から${CODE_LIFETIME_MINUTES}分間（${formatDateTime(expiresAt)}まで）です。サインインの画面に入力してください。`,
      `このコードは、ほかの人に教えないでください。${townName}の職員が電話やメールでコードをお尋ねすることはありません。`,
      '',
      'サインインの操作をしていないのにこのメールが届いた場合は、どなたかがメールアドレスを誤って入力した可能性があります。その場合は、このメールを破棄してください。コードが入力されない限り、サインインは行われません。',
      '',
      '※このメールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできません。',
      townName,
    ].join('\n'),
  };
}
