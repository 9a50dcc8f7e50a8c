import { FIELD_TYPES, type FieldDefinition, type FieldType, type FormDefinition, type PageDefinition } from '../../forms/form-definition.ts';
import type { FieldError } from '../../views/form-fields.tsx';
import { FIELD_TYPE_LABELS, hasOptions, LOCKABLE, PREFILL_FOR } from './field-types.ts';
import { answerKeys } from '../answer-keys.ts';
import { FIELD_NAME, fieldNameFor, optionValueFor } from './names.ts';
import { lines, many, numberOf, one, optional, type Raw } from './raw-form.ts';

type Option = { value: string; label: string };

function checkName(name: string, taken: Set<string>, errors: FieldError[]): void {
  if (!FIELD_NAME.test(name)) errors.push({ field: 'name', message: '項目名は英字で始まる半角英数字で入力してください（例：childName）' });
  else if (taken.has(name)) errors.push({ field: 'name', message: `項目名「${name}」はほかの質問（または以前の版）で使われています。別の名前にするか、空欄にしてください` });
}

/** Names already used where a question on this page lives: its group, or the top level. */
function takenNames(definition: FormDefinition, page: PageDefinition, fixedKeys: Set<string>, except?: string): Set<string> {
  const keys = new Set([...answerKeys(definition), ...fixedKeys]);
  const group = page.repeat?.name;
  const scoped = [...keys].flatMap((key) => (group ? (key.startsWith(`${group}.`) ? [key.slice(group.length + 1)] : []) : key.includes('.') ? [] : [key]));
  return new Set(scoped.filter((name) => name !== except));
}

/** A question to add, from its kind, its wording and (for a choice) its options; the name is made from the label unless given. */
export function parseNewField(raw: Raw, definition: FormDefinition, page: PageDefinition, fixedKeys: Set<string>): { field?: FieldDefinition; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const type = one(raw, 'type') as FieldType;
  const label = one(raw, 'label').trim();
  if (!FIELD_TYPES.includes(type)) errors.push({ field: 'type', message: '質問の種類を選んでください' });
  if (!label) errors.push({ field: 'label', message: '質問文を入力してください' });
  const optionLabels = lines(raw, 'options');
  if (FIELD_TYPES.includes(type) && hasOptions(type) && optionLabels.length < 2) errors.push({ field: 'options', message: `「${FIELD_TYPE_LABELS[type]}」の質問には、選択肢を2つ以上、1行に1つずつ入力してください` });
  const taken = takenNames(definition, page, fixedKeys);
  const given = optional(raw, 'name');
  if (given) checkName(given, taken, errors);
  if (errors.length) return { errors };
  const options: Option[] = [];
  for (const optionLabel of optionLabels) options.push({ value: optionValueFor(optionLabel, options.map((o) => o.value)), label: optionLabel });
  const field: FieldDefinition = {
    name: given ?? fieldNameFor(label, type, new Set([...taken]), undefined),
    type,
    label,
    ...(optional(raw, 'hint') ? { hint: optional(raw, 'hint') } : {}),
    required: one(raw, 'required') !== 'no',
    ...(hasOptions(type) ? { options } : {}),
  };
  return { field, errors };
}

/** The question as the edit form shows it. */
export function fieldRaw(field: FieldDefinition): Raw {
  return {
    label: field.label,
    hint: field.hint ?? '',
    required: field.required === true ? 'yes' : field.required === false ? 'no' : 'conditional',
    name: field.name,
    'opt-count': String(field.options?.length ?? 0),
    ...Object.fromEntries((field.options ?? []).flatMap((o, i) => [[`opt-${i}-label`, o.label], [`opt-${i}-value`, o.value]])),
    maxLength: field.maxLength === undefined ? '' : String(field.maxLength),
    min: field.min === undefined ? '' : String(field.min),
    max: field.max === undefined ? '' : String(field.max),
    unit: field.unit ?? '',
    dateRange: field.dateRange ?? 'any',
    accept: field.accept ?? [],
    prefill: field.prefill ? 'yes' : '',
    prefillLocked: field.prefillLocked ? 'yes' : '',
  };
}

function postedOptions(raw: Raw, action: { verb: string; arg: string }, errors: FieldError[]): Option[] {
  const count = Math.min(Number(one(raw, 'opt-count')) || 0, 30);
  let options = Array.from({ length: count }, (_, i) => ({ value: one(raw, `opt-${i}-value`), label: one(raw, `opt-${i}-label`).trim() }));
  options.forEach((o, i) => {
    if (!o.label) errors.push({ field: `opt-${i}-label`, message: `選択肢${i + 1}の文字を入力してください（不要な場合は「削除」を押してください）` });
  });
  const newLabel = one(raw, 'opt-new-label').trim();
  if (action.verb === 'add-option' && !newLabel) errors.push({ field: 'opt-new-label', message: '追加する選択肢の文字を入力してください' });
  if (newLabel) {
    const value = optional(raw, 'opt-new-value') ?? optionValueFor(newLabel, options.map((o) => o.value));
    if (options.some((o) => o.value === value)) errors.push({ field: 'opt-new-value', message: `値「${value}」はほかの選択肢で使われています` });
    options.push({ value, label: newLabel });
  }
  const at = Number(action.arg);
  const move = (from: number, to: number) => {
    if (to < 0 || to >= options.length) return;
    const next = [...options];
    [next[from], next[to]] = [next[to]!, next[from]!];
    options = next;
  };
  if (action.verb === 'option-up') move(at, at - 1);
  if (action.verb === 'option-down') move(at, at + 1);
  if (action.verb === 'option-remove') options = options.filter((_, i) => i !== at);
  if (options.length < 2) errors.push({ field: 'opt-new-label', message: '選択肢は2つ以上必要です。減らす前に、別の選択肢を追加してください' });
  return options;
}

function limit(raw: Raw, name: string, errors: FieldError[], what: string, whole = false): number | undefined {
  const value = numberOf(raw, name);
  if (value !== undefined && (Number.isNaN(value) || (whole && !Number.isInteger(value)))) errors.push({ field: name, message: `${what}は半角の${whole ? '整数' : '数値'}で入力してください` });
  return value !== undefined && !Number.isNaN(value) ? value : undefined;
}

/**
 * The question after the edit form: wording, required, options (with the button pressed applied),
 * the settings of its kind. Conditions and checks are kept as they are; they have pages of their own.
 */
export function parseFieldEdit(raw: Raw, field: FieldDefinition, nameLocked: boolean, taken: Set<string>, action: { verb: string; arg: string }, prefillable: boolean): { field?: FieldDefinition; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const label = one(raw, 'label').trim();
  if (!label) errors.push({ field: 'label', message: '質問文を入力してください' });
  const name = nameLocked ? field.name : (optional(raw, 'name') ?? field.name);
  if (!nameLocked && name !== field.name) checkName(name, taken, errors);
  const options = hasOptions(field.type) ? postedOptions(raw, action, errors) : undefined;
  const maxLength = field.type === 'text' || field.type === 'textarea' ? limit(raw, 'maxLength', errors, '最大の文字数', true) : undefined;
  const min = field.type === 'number' ? limit(raw, 'min', errors, '最小値') : undefined;
  const max = field.type === 'number' ? limit(raw, 'max', errors, '最大値') : undefined;
  if (errors.length) return { errors };
  const required = one(raw, 'required');
  const next: FieldDefinition = { ...field, name, label, required: required === 'no' ? false : required === 'conditional' ? field.required : true };
  /** Only what the form shows for this kind of question is set or cleared; anything else is kept. */
  const put = <K extends keyof FieldDefinition>(key: K, value: FieldDefinition[K] | undefined) => {
    if (value === undefined) delete next[key];
    else next[key] = value;
  };
  put('hint', optional(raw, 'hint'));
  if (options) put('options', options);
  if (field.type === 'text' || field.type === 'textarea') put('maxLength', maxLength);
  if (field.type === 'number') {
    put('min', min);
    put('max', max);
    put('unit', optional(raw, 'unit'));
  }
  if (field.type === 'date') put('dateRange', ['past', 'future'].includes(one(raw, 'dateRange')) ? (one(raw, 'dateRange') as 'past' | 'future') : undefined);
  if (field.type === 'file') {
    const accept = many(raw, 'accept').filter((k): k is 'pdf' | 'jpeg' | 'png' | 'heic' => ['pdf', 'jpeg', 'png', 'heic'].includes(k));
    put('accept', accept.length ? accept : undefined);
  }
  const prefill = prefillable ? PREFILL_FOR[field.type] : undefined;
  if (prefill) {
    put('prefill', one(raw, 'prefill') === 'yes' ? prefill.source : undefined);
    put('prefillLocked', one(raw, 'prefill') === 'yes' && LOCKABLE.includes(prefill.source) && one(raw, 'prefillLocked') === 'yes' ? true : undefined);
  }
  return { field: next, errors };
}

export { takenNames };

/** The input that shows a problem the definition check found in this question. */
export function fieldInput(path: (string | number)[], p: number, f: number, prefix: 'edit' | 'new' = 'edit'): string | undefined {
  if (path[0] !== 'pages' || path[1] !== p || path[2] !== 'fields' || path[3] !== f) return undefined;
  const [key, index, sub] = path.slice(4);
  if (key === 'options') return prefix === 'new' ? 'options' : typeof index === 'number' && sub === 'label' ? `opt-${index}-label` : 'opt-new-label';
  if (key === 'name') return 'name';
  if (key === 'required' && path.length === 5) return 'required';
  if (typeof key === 'string' && ['label', 'hint', 'maxLength', 'min', 'max', 'unit'].includes(key)) return key;
  return undefined;
}
