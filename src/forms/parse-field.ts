import { toFullWidthKatakana, isKatakana } from '../platform/text/kana.ts';
import { containsIndividualNumber } from '../platform/identity/individual-number.ts';
import type { FieldDefinition } from './form-definition.ts';
import { parseDateParts } from './inputs/wareki-date.ts';
import { tokyoDate } from '../platform/calendar/business-days.ts';
import { normalizePhone } from './inputs/phone.ts';
import { normalizePostalCode } from './inputs/postal-code.ts';
import type { FieldValue, RawValues } from './answers.ts';

export type ParsedField = { value: FieldValue | undefined } | { error: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
const INDIVIDUAL_NUMBER_MESSAGE = 'マイナンバー（個人番号）は入力しないでください。町がこの手続きで個人番号を受け取ることはありません。';

function text(raw: RawValues, key: string): string {
  const value = raw[key];
  return (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim();
}

function list(raw: RawValues, key: string): string[] {
  const value = raw[key];
  return (Array.isArray(value) ? value : value ? [value] : []).filter((item) => item !== '');
}

function parsePair(raw: RawValues, id: string, field: FieldDefinition): ParsedField {
  const family = text(raw, `${id}-family`).normalize('NFKC').replace(/\s+/gu, ' ');
  const given = text(raw, `${id}-given`).normalize('NFKC').replace(/\s+/gu, ' ');
  if (!family && !given) return { value: undefined };
  if (!family) return { error: `${field.label}の姓を入力してください` };
  if (!given) return { error: `${field.label}の名を入力してください` };
  if (family.length > 40 || given.length > 40) return { error: `${field.label}は姓・名それぞれ40文字以内で入力してください` };
  if (field.type === 'name') return { value: { family, given } };
  const kana = { family: toFullWidthKatakana(family), given: toFullWidthKatakana(given) };
  if (!isKatakana(kana.family) || !isKatakana(kana.given)) return { error: `${field.label}はカタカナで入力してください（ひらがなでも入力できます）` };
  return { value: kana };
}

function parseNumber(value: string, field: FieldDefinition): ParsedField {
  const normalized = value.normalize('NFKC').replace(/[,，\s]/gu, '');
  if (!/^-?\d+(\.\d+)?$/u.test(normalized)) return { error: `${field.label}は数字で入力してください` };
  const number = Number(normalized);
  if (field.min !== undefined && number < field.min) return { error: `${field.label}は${field.min}以上で入力してください` };
  if (field.max !== undefined && number > field.max) return { error: `${field.label}は${field.max}以下で入力してください` };
  return { value: normalized };
}

/** Reads one field from the submitted inputs: a normalised value, nothing, or a message for the resident. */
export function parseField(field: FieldDefinition, id: string, raw: RawValues): ParsedField {
  switch (field.type) {
    case 'name':
    case 'kana':
      return parsePair(raw, id, field);
    case 'date': {
      const [year, month, day] = ['year', 'month', 'day'].map((part) => text(raw, `${id}-${part}`));
      if (!year && !month && !day) return { value: undefined };
      const parsed = parseDateParts(year!, month!, day!);
      if (!parsed.ok) return { error: `${field.label}：${parsed.message}` };
      const today = tokyoDate(new Date());
      if (field.dateRange === 'past' && parsed.iso > today) return { error: `${field.label}は今日以前の日付を入力してください` };
      if (field.dateRange === 'future' && parsed.iso < today) return { error: `${field.label}は今日以降の日付を入力してください` };
      return { value: parsed.iso };
    }
    case 'multiChoice':
    case 'file': {
      const values = list(raw, id);
      if (field.type === 'multiChoice' && values.some((v) => !field.options!.some((o) => o.value === v))) return { error: `${field.label}の選択肢から選んでください` };
      return { value: values.length > 0 ? values : undefined };
    }
    default:
      return parseSingle(field, text(raw, id));
  }
}

function parseSingle(field: FieldDefinition, value: string): ParsedField {
  if (value === '') return { value: undefined };
  if (containsIndividualNumber(value)) return { error: INDIVIDUAL_NUMBER_MESSAGE };
  switch (field.type) {
    case 'postalCode': {
      const code = normalizePostalCode(value);
      return code ? { value: code } : { error: `${field.label}は7桁の数字で入力してください（例：259-0196）` };
    }
    case 'phone': {
      const phone = normalizePhone(value);
      return phone.ok ? { value: phone.value } : { error: `${field.label}：${phone.message}` };
    }
    case 'email': {
      const email = value.normalize('NFKC');
      return EMAIL.test(email) && email.length <= 254 ? { value: email } : { error: `${field.label}の形式が正しくありません（例：name@example.jp）` };
    }
    case 'number':
      return parseNumber(value, field);
    case 'choice':
      return field.options!.some((o) => o.value === value) ? { value } : { error: `${field.label}の選択肢から選んでください` };
    case 'yesNo':
      return value === 'yes' || value === 'no' ? { value } : { error: `${field.label}は「はい」か「いいえ」を選んでください` };
    case 'consent':
      return value === 'yes' ? { value } : { error: `${field.label}に同意してください` };
    default: {
      const limit = field.maxLength ?? (field.type === 'textarea' ? 2000 : 200);
      if (value.length > limit) return { error: `${field.label}は${limit}文字以内で入力してください（現在${value.length}文字）` };
      return { value };
    }
  }
}

export function requiredMessage(field: FieldDefinition): string {
  if (field.type === 'file') return `${field.label}を添付してください`;
  if (['choice', 'multiChoice', 'yesNo'].includes(field.type)) return `${field.label}を選んでください`;
  if (field.type === 'consent') return `${field.label}に同意してください`;
  return `${field.label}を入力してください`;
}
