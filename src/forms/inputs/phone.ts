import { parsePhoneNumberFromString } from 'libphonenumber-js';

export type PhoneKind = 'landline' | 'mobile' | 'ipPhone' | 'freeDial' | 'naviDial' | 'm2m';

/** On success, value is the number with hyphens as stored in an application: 「0463-71-3311」. */
export type PhoneResult =
  | { ok: true; value: string; digits: string; kind: PhoneKind }
  | { ok: false; message: string };

/** Number length by leading digits, longest prefix first (0800 before 080); the rest of 0X is a 10-digit landline. */
const SHAPES: { prefix: RegExp; kind: PhoneKind; length: number; name: string }[] = [
  { prefix: /^050/u, kind: 'ipPhone', length: 11, name: 'IP電話の番号（050）' },
  { prefix: /^020/u, kind: 'm2m', length: 11, name: '020で始まる番号' },
  { prefix: /^0120/u, kind: 'freeDial', length: 10, name: 'フリーダイヤルの番号（0120）' },
  { prefix: /^0800/u, kind: 'freeDial', length: 11, name: 'フリーダイヤルの番号（0800）' },
  { prefix: /^0570/u, kind: 'naviDial', length: 10, name: 'ナビダイヤルの番号（0570）' },
  { prefix: /^0[789]0/u, kind: 'mobile', length: 11, name: '携帯電話の番号（070・080・090）' },
  { prefix: /^0[1-9]/u, kind: 'landline', length: 10, name: '固定電話の番号' },
];

const GENERAL_MESSAGE = '電話番号は0から始まる10桁または11桁の数字で入力してください（例：0463-71-3311、090-1234-5678）。';

/**
 * Accepts what residents type: full-width digits, any dash, spaces, brackets around the area
 * code, and +81 with or without the (0) some people keep after it.
 */
export function normalizePhone(input: string): PhoneResult {
  const text = input.normalize('NFKC').trim();
  if (text === '') return { ok: false, message: '電話番号を入力してください。' };
  if (!/^\+?[\d\s\-‐‑‒–—―−ーｰ()]+$/u.test(text)) return { ok: false, message: GENERAL_MESSAGE };

  let digits = text.replace(/\D/gu, '');
  if (text.startsWith('+')) {
    if (!digits.startsWith('81')) return { ok: false, message: '日本国内の電話番号を入力してください。' };
    digits = digits.slice(2);
    if (!digits.startsWith('0')) digits = `0${digits}`;
  }

  const shape = SHAPES.find((candidate) => candidate.prefix.test(digits));
  if (!shape) return { ok: false, message: GENERAL_MESSAGE };
  if (digits.length !== shape.length) {
    return { ok: false, message: `${shape.name}は${shape.length}桁です。入力された番号は${digits.length}桁です。` };
  }
  return { ok: true, value: hyphenate(digits, shape.kind), digits, kind: shape.kind };
}

/**
 * Landline area codes run from 2 to 5 digits (03, 045, 0463, 04992), so their hyphens come from
 * libphonenumber's table; the fixed-shape services are written the way their operators print them.
 */
function hyphenate(digits: string, kind: PhoneKind): string {
  switch (kind) {
    case 'mobile':
    case 'ipPhone':
    case 'm2m':
      return `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`;
    case 'freeDial':
    case 'naviDial':
      return `${digits.slice(0, 4)}-${digits.slice(4, 7)}-${digits.slice(7)}`;
    case 'landline': {
      const formatted = parsePhoneNumberFromString(digits, 'JP')?.formatNational();
      return formatted && formatted.replace(/-/gu, '') === digits ? formatted : digits;
    }
  }
}
