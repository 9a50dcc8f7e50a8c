/** What a form holds: top-level answers by field name, repeating groups as arrays of items. */
export interface PersonName {
  family: string;
  given: string;
}
export type FieldValue = string | string[] | PersonName;
export type ItemAnswers = Record<string, FieldValue>;
export type Answers = Record<string, FieldValue | ItemAnswers[]>;

/** Inputs as the browser sent them, kept to show a page again exactly as it was typed. */
export type RawValues = Record<string, string | string[]>;

export function isPersonName(value: unknown): value is PersonName {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'family' in value;
}

export function asText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
