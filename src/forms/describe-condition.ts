import type { Condition, FieldDefinition } from './form-definition.ts';

const YES_NO_LABELS: Record<string, string> = { yes: 'はい', no: 'いいえ' };

function optionLabel(field: FieldDefinition | undefined, value: string): string {
  if (field?.type === 'yesNo' || field?.type === 'consent') return YES_NO_LABELS[value] ?? value;
  return field?.options?.find((option) => option.value === value)?.label ?? value;
}

function quoted(values: string[], field: FieldDefinition | undefined): string {
  return values.map((value) => `「${optionLabel(field, value)}」`).join('か');
}

function describeOne(condition: Condition, fields: (name: string) => FieldDefinition | undefined): string | undefined {
  if ('all' in condition || 'any' in condition) {
    const parts = ('all' in condition ? condition.all : condition.any).map((c) => describeOne(c, fields));
    if (parts.some((part) => part === undefined)) return undefined;
    return parts.join('all' in condition ? '、かつ' : '、または');
  }
  const field = fields(condition.field);
  if (!field) return undefined;
  const question = `「${field.label}」`;
  if ('equals' in condition) return `${question}で${quoted([condition.equals].flat(), field)}を選んだ方`;
  if ('notEquals' in condition) return `${question}で${quoted([condition.notEquals].flat(), field)}以外を選んだ方`;
  if ('answered' in condition) return condition.answered ? `${question}に回答した方` : `${question}に回答していない方`;
  return undefined;
}

/**
 * Who answers a question that depends on another on the same page, in words for its heading:
 * 「「被害の原因」で「その他」を選んだ方のみお答えください」. Without JavaScript the question stays on
 * the page under this heading; with it, the question appears only when it applies.
 */
export function whoAnswers(condition: Condition, fields: FieldDefinition[]): string {
  const described = describeOne(condition, (name) => fields.find((field) => field.name === name));
  return described ? `${described}のみお答えください` : '前の質問の答えによってお答えいただく質問です。該当する方のみお答えください';
}

/** For a question required only in some cases, decided by an answer on the same page. */
export function requiredWhen(condition: Condition, fields: FieldDefinition[]): string {
  const described = describeOne(condition, (name) => fields.find((field) => field.name === name));
  return described ? `${described}は、必ずお答えください。` : '前の質問の答えによっては、必ずお答えいただく質問です。';
}
