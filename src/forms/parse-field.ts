import { toFullWidthKatakana, isKatakana } from '../platform/text/kana.ts';
import { containsIndividualNumber } from '../platform/identity/individual-number.ts';
import type { FieldDefinition } from './form-definition.ts';
import { parseDateParts } from './inputs/wareki-date.ts';
import { tokyoDate } from '../platform/calendar/business-days.ts';
import { normalizePhone } from './inputs/phone.ts';
import { normalizePostalCode } from './inputs/postal-code.ts';
import type { FieldValue, RawValues } from './answers.ts';
import { formatMessages as m } from './field-messages.ts';

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
  if (!family) return { error: m.familyMissing(field.label) };
  if (!given) return { error: m.givenMissing(field.label) };
  if (family.length > 40 || given.length > 40) return { error: m.pairTooLong(field.label) };
  if (field.type === 'name') return { value: { family, given } };
  const kana = { family: toFullWidthKatakana(family), given: toFullWidthKatakana(given) };
  if (!isKatakana(kana.family) || !isKatakana(kana.given)) return { error: m.notKatakana(field.label) };
  return { value: kana };
}

function parseNumber(value: string, field: FieldDefinition): ParsedField {
  const normalized = value.normalize('NFKC').replace(/[,，\s]/gu, '');
  if (!/^-?\d+(\.\d+)?$/u.test(normalized)) return { error: m.notNumber(field.label) };
  const number = Number(normalized);
  if (field.min !== undefined && number < field.min) return { error: m.belowMin(field.label, field.min) };
  if (field.max !== undefined && number > field.max) return { error: m.aboveMax(field.label, field.max) };
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
      if (!parsed.ok) return { error: m.about(field.label, parsed.message) };
      const today = tokyoDate(new Date());
      if (field.dateRange === 'past' && parsed.iso > today) return { error: m.notPast(field.label) };
      if (field.dateRange === 'future' && parsed.iso < today) return { error: m.notFuture(field.label) };
      return { value: parsed.iso };
    }
    case 'multiChoice':
    case 'file': {
      const values = list(raw, id);
      if (field.type === 'multiChoice' && values.some((v) => !field.options!.some((o) => o.value === v))) return { error: m.notOption(field.label) };
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
      return code ? { value: code } : { error: m.postalCode(field.label) };
    }
    case 'phone': {
      const phone = normalizePhone(value);
      return phone.ok ? { value: phone.value } : { error: m.about(field.label, phone.message) };
    }
    case 'email': {
      const email = value.normalize('NFKC');
      return EMAIL.test(email) && email.length <= 254 ? { value: email } : { error: m.email(field.label) };
    }
    case 'number':
      return parseNumber(value, field);
    case 'choice':
      return field.options!.some((o) => o.value === value) ? { value } : { error: m.notOption(field.label) };
    case 'yesNo':
      return value === 'yes' || value === 'no' ? { value } : { error: m.notYesNo(field.label) };
    case 'consent':
      return value === 'yes' ? { value } : { error: m.notConsented(field.label) };
    default: {
      const limit = field.maxLength ?? (field.type === 'textarea' ? 2000 : 200);
      if (value.length > limit) return { error: m.tooLong(field.label, limit, value.length) };
      return { value };
    }
  }
}
