import { containsIndividualNumber, INDIVIDUAL_NUMBER_REFUSED } from '../platform/identity/individual-number.ts';
import type { FieldError } from '../views/form-fields.tsx';
import { isKatakana, toFullWidthKatakana } from '../platform/text/kana.ts';

/** What a resident may keep for prefilling applications; every item is optional. */
export interface Profile {
  name?: string;
  nameKana?: string;
  /** YYYY-MM-DD (西暦). */
  birthDate?: string;
  address?: string;
  phone?: string;
}

export const PROFILE_FIELDS = ['name', 'name-kana', 'birth-year', 'birth-month', 'birth-day', 'address', 'phone'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type ProfileForm = Record<ProfileField, string>;

export type ParsedProfile = { ok: true; profile: Profile } | { ok: false; errors: FieldError[]; form: ProfileForm; refusedIndividualNumber: ProfileField[] };

export function profileToForm(profile: Profile): ProfileForm {
  const [year = '', month = '', day = ''] = profile.birthDate?.split('-') ?? [];
  return {
    name: profile.name ?? '',
    'name-kana': profile.nameKana ?? '',
    'birth-year': year,
    'birth-month': month.replace(/^0/, ''),
    'birth-day': day.replace(/^0/, ''),
    address: profile.address ?? '',
    phone: profile.phone ?? '',
  };
}

/**
 * Validates and normalises the submitted form. A field holding an individual number is refused
 * and emptied before the form is shown again, so the number is neither stored nor echoed.
 */
export function parseProfileForm(body: Record<string, unknown>, today = new Date()): ParsedProfile {
  const form = Object.fromEntries(PROFILE_FIELDS.map((field) => [field, typeof body[field] === 'string' ? (body[field] as string).trim() : ''])) as ProfileForm;
  const errors: FieldError[] = [];
  const refused = PROFILE_FIELDS.filter((field) => containsIndividualNumber(form[field]));
  for (const field of refused) {
    form[field] = '';
    errors.push({ field, message: INDIVIDUAL_NUMBER_REFUSED });
  }
  const fail = (field: ProfileField, message: string) => {
    if (!refused.includes(field)) errors.push({ field, message });
  };

  const profile: Profile = {};
  if (form.name) {
    if (form.name.length > 100) fail('name', '氏名は100文字以内で入力してください。');
    else profile.name = form.name;
  }
  if (form['name-kana']) {
    const kana = toFullWidthKatakana(form['name-kana']);
    if (!isKatakana(kana)) fail('name-kana', 'フリガナは、カタカナまたはひらがなで入力してください。');
    else if (kana.length > 100) fail('name-kana', 'フリガナは100文字以内で入力してください。');
    else profile.nameKana = kana;
  }
  const birth = parseBirthDate(form, today);
  if (typeof birth === 'object') fail(birth.field, birth.message);
  else if (birth) profile.birthDate = birth;
  if (form.address) {
    if (form.address.length > 200) fail('address', '住所は200文字以内で入力してください。');
    else profile.address = form.address;
  }
  if (form.phone) {
    const phone = form.phone.normalize('NFKC').replace(/[‐‑–—−ー－]/gu, '-').replace(/\s/gu, '');
    const digits = phone.replace(/-/g, '');
    if (!/^[\d-]+$/.test(phone) || !/^0\d{9,10}$/.test(digits)) {
      fail('phone', '電話番号は、市外局番から数字で入力してください。ハイフンはあってもなくてもかまいません（例：0463-71-3311）。');
    } else profile.phone = phone;
  }
  return errors.length ? { ok: false, errors: ordered(errors), form, refusedIndividualNumber: refused } : { ok: true, profile };
}

function parseBirthDate(form: ProfileForm, today: Date): string | undefined | { field: ProfileField; message: string } {
  const parts = (['birth-year', 'birth-month', 'birth-day'] as const).map((field) => form[field].normalize('NFKC'));
  if (parts.every((part) => part === '')) return undefined;
  const missing = (['birth-year', 'birth-month', 'birth-day'] as const).find((_, i) => parts[i] === '');
  if (missing) return { field: missing, message: '生年月日は、年・月・日をすべて入力してください。' };
  const badIndex = parts.findIndex((part) => !/^\d+$/.test(part));
  if (badIndex >= 0) return { field: (['birth-year', 'birth-month', 'birth-day'] as const)[badIndex]!, message: '生年月日は、半角または全角の数字で入力してください。' };
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (year < 1900 || year > today.getFullYear()) return { field: 'birth-year', message: '年は、西暦の4桁で入力してください（例：1985）。' };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { field: month < 1 || month > 12 ? 'birth-month' : 'birth-day', message: '生年月日が正しくありません。実際にある日付を入力してください。' };
  }
  if (date.getTime() > today.getTime()) return { field: 'birth-year', message: '生年月日には、今日より後の日付は入力できません。' };
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function ordered(errors: FieldError[]): FieldError[] {
  return [...errors].sort((a, b) => PROFILE_FIELDS.indexOf(a.field as ProfileField) - PROFILE_FIELDS.indexOf(b.field as ProfileField));
}

const eraYear = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { timeZone: 'UTC', era: 'long', year: 'numeric' });

/** 1985年4月1日（昭和60年）: residents read dates in both calendars. */
export function formatBirthDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${year}年${month}月${day}日（${eraYear.format(new Date(Date.UTC(year, month - 1, day)))}）`;
}
