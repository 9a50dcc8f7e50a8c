import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { formatDateTime } from '../calendar/japanese-dates.ts';
import type { Language } from '../i18n/languages.ts';
import type { MailTown } from '../i18n/mail-language.ts';

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

const ENGLISH_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** The sign-in code mail, in the language the resident reads the site in. */
export function signInMail(town: MailTown, code: string, expiresAt: Date, language: Language = 'ja'): { subject: string; text: string } {
  if (language === 'en') {
    return {
      subject: `[${town.nameEn}] Your sign-in code / サインイン用の確認コード`,
      text: [
        `Here is the code to sign in to the online services of ${town.nameEn}.`,
        '',
        `Code: ${code}`,
        '',
        `The code can be used for ${CODE_LIFETIME_MINUTES} minutes (until ${ENGLISH_TIME.format(expiresAt)}, Japan time). Enter it on the sign-in page.`,
        `Do not give this code to anyone. Staff of ${town.nameEn} never ask for it by phone or e-mail.`,
        '',
        'If you did not try to sign in, someone may have typed your address by mistake: please delete this message. Nobody can sign in without the code.',
        '',
        'This message was sent from an address that cannot receive replies.',
        town.nameEn,
      ].join('\n'),
    };
  }
  if (language === 'easy') {
    return {
      subject: `【${town.nameJa}】サインインの コード`,
      text: [
        `${town.nameJa}の オンライン窓口に サインインする ための コードです。`,
        '',
        `コード：${code}`,
        '',
        `この コードは ${CODE_LIFETIME_MINUTES}分 使えます（${formatDateTime(expiresAt)}まで）。サインインの 画面に 入れて ください。`,
        `この コードは ほかの 人に 教えないで ください。役場の 人が 電話や メールで コードを 聞く ことは ありません。`,
        '',
        'サインインを して いないのに この メールが 来た ときは、この メールを すてて ください。コードを 入れなければ、サインインは されません。',
        '',
        '※この メールに 返事を しても、こたえる ことが できません。',
        town.nameJa,
      ].join('\n'),
    };
  }
  const townName = town.nameJa;
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
