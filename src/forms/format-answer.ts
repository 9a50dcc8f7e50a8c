import type { FieldDefinition, FormDefinition, PageDefinition } from './form-definition.ts';
import { formatBothCalendars } from './inputs/wareki-date.ts';
import { asList, isPersonName, type Answers, type FieldValue, type ItemAnswers } from './answers.ts';
import { isFieldShown, visiblePages } from './conditions.ts';

export interface AnswerRow {
  label: string;
  value: string;
  field: string;
  /** Inside a repeating group: which item (0-based). */
  item?: number;
}

export interface AnswerSection {
  pageId: string;
  heading: string;
  rows: AnswerRow[];
}

/** An answer as a person reads it; files are named by the caller, which knows them. */
export function formatValue(field: FieldDefinition, value: FieldValue | undefined, fileName: (id: string) => string = (id) => id): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '（未回答）';
  if (isPersonName(value)) return `${value.family}　${value.given}`;
  const optionLabel = (v: string) => field.options?.find((o) => o.value === v)?.label ?? v;
  switch (field.type) {
    case 'date':
      return formatBothCalendars(value as string);
    case 'postalCode':
      return `〒${(value as string).slice(0, 3)}-${(value as string).slice(3)}`;
    case 'yesNo':
      return value === 'yes' ? 'はい' : 'いいえ';
    case 'consent':
      return '同意します';
    case 'choice':
      return optionLabel(value as string);
    case 'multiChoice':
      return asList(value).map(optionLabel).join('、');
    case 'file':
      return asList(value).map(fileName).join('、');
    default:
      return String(value);
  }
}

function rowsOf(fields: FieldDefinition[], values: ItemAnswers, context: Answers, fileName?: (id: string) => string, item?: { index: number; label: string }): AnswerRow[] {
  const prefix = item ? `${item.label}（${item.index + 1}）　` : '';
  return fields
    .filter((field) => isFieldShown(field, { ...context, ...values }))
    .map((field) => ({ label: prefix + field.label, value: formatValue(field, values[field.name], fileName), field: field.name, ...(item ? { item: item.index } : {}) }));
}

function sectionOf(page: PageDefinition, answers: Answers, fileName?: (id: string) => string): AnswerSection {
  if (!page.repeat) return { pageId: page.id, heading: page.title, rows: rowsOf(page.fields, answers as ItemAnswers, answers, fileName) };
  const items = (Array.isArray(answers[page.repeat.name]) ? answers[page.repeat.name] : []) as ItemAnswers[];
  const rows = items.flatMap((item, index) => rowsOf(page.fields, item, answers, fileName, { index, label: page.repeat!.itemLabel }));
  return { pageId: page.id, heading: page.title, rows };
}

/** The answers of the pages that apply, in form order: for the check page, the case page, the PDF. */
export function answerSections(definition: FormDefinition, answers: Answers, fileName?: (id: string) => string): AnswerSection[] {
  return visiblePages(definition, answers).map((page) => sectionOf(page, answers, fileName));
}

