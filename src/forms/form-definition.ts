import { z } from 'zod';

/**
 * A procedure (手続き) as data: what the catalog shows about it and, when it can be done online,
 * the form residents fill in. Definitions are versioned; an application keeps the version it
 * was started with, so publishing a new version never changes one already in progress.
 */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '英小文字・数字・ハイフンで指定してください');
const fieldName = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, '英字で始まる英数字で指定してください');

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD の形式で指定してください');

/** A date an answer is compared with: today moved by some days, another date answer, or a fixed date. */
export const dateRefSchema = z.union([
  z.object({ today: z.number().int().min(-36600).max(36600) }).strict(),
  z.object({ field: fieldName, days: z.number().int().min(-36600).max(36600).optional() }).strict(),
  z.object({ date: isoDate }).strict(),
]);
export type DateRef = z.infer<typeof dateRefSchema>;

const pattern = z
  .string()
  .min(1)
  .max(200)
  .refine((value) => {
    try {
      new RegExp(value, 'u');
      return true;
    } catch {
      return false;
    }
  }, '正規表現として読めません');

/**
 * A condition on earlier answers: shows a question (showIf), makes it required (required), or
 * makes a plausibility check speak (checks[].when). A test on a question not answered is false.
 */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ field: fieldName, equals: z.union([z.string(), z.array(z.string()).min(1)]) }).strict(),
    z.object({ field: fieldName, notEquals: z.union([z.string(), z.array(z.string()).min(1)]) }).strict(),
    z.object({ field: fieldName, answered: z.boolean() }).strict(),
    /** A date answer earlier or later than the reference. */
    z.object({ field: fieldName, before: dateRefSchema }).strict(),
    z.object({ field: fieldName, after: dateRefSchema }).strict(),
    /** A birth date giving an age in whole years (today) below or above the limit. */
    z.object({ field: fieldName, ageUnder: z.number().int().min(0).max(150) }).strict(),
    z.object({ field: fieldName, ageOver: z.number().int().min(0).max(150) }).strict(),
    /** A number answer below or above the limit. */
    z.object({ field: fieldName, lessThan: z.number() }).strict(),
    z.object({ field: fieldName, moreThan: z.number() }).strict(),
    /** A text answer that contains (or does not contain) the pattern, a JavaScript regular expression. */
    z.object({ field: fieldName, matches: pattern }).strict(),
    z.object({ field: fieldName, notMatches: pattern }).strict(),
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
  ]),
);
export type Condition =
  | { field: string; equals: string | string[] }
  | { field: string; notEquals: string | string[] }
  | { field: string; answered: boolean }
  | { field: string; before: DateRef }
  | { field: string; after: DateRef }
  | { field: string; ageUnder: number }
  | { field: string; ageOver: number }
  | { field: string; lessThan: number }
  | { field: string; moreThan: number }
  | { field: string; matches: string }
  | { field: string; notMatches: string }
  | { all: Condition[] }
  | { any: Condition[] };

/**
 * A plausibility check on one question. An error stops the page (an impossible answer); a warning
 * asks the resident to confirm an unusual one, and staff see the confirmation on the case.
 * The message may say {value} (the answer as shown) and {age} (for a birth date).
 */
export const checkSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '英小文字・数字・ハイフンで指定してください').max(40),
    level: z.enum(['error', 'warning']),
    when: conditionSchema,
    message: z.string().min(1).max(300),
  })
  .strict();
export type FieldCheck = z.infer<typeof checkSchema>;

export const FIELD_TYPES = [
  'name', // 氏名: family + given
  'kana', // フリガナ: family + given, stored in full-width katakana
  'date', // 年・月・日, 西暦 or 和暦
  'postalCode',
  'address',
  'phone',
  'email',
  'number',
  'choice', // single choice (radios)
  'multiChoice', // checkboxes
  'yesNo', // stored as 'yes' or 'no'
  'text', // one line
  'textarea',
  'file', // an attachment
  'consent', // a declaration the resident ticks
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** 基本4情報 from the My Number card that a field may be prefilled from, and the postal code of the card's address. */
export const PREFILL_SOURCES = ['name', 'address', 'birthdate', 'gender', 'postalCode'] as const;

const option = z.object({ value: z.string().min(1).max(60), label: z.string().min(1).max(200) }).strict();

export const fieldSchema = z
  .object({
    name: fieldName,
    type: z.enum(FIELD_TYPES),
    label: z.string().min(1).max(200),
    hint: z.string().max(600).optional(),
    /** true, false, or required only when the condition holds (e.g. an attachment that may be skipped). */
    required: z.union([z.boolean(), conditionSchema]).default(true),
    showIf: conditionSchema.optional(),
    options: z.array(option).min(2).max(30).optional(),
    /** text/textarea: characters; number: value range. */
    maxLength: z.number().int().positive().max(4000).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    unit: z.string().max(10).optional(),
    /** date: 'past' for birth dates and events that happened, 'future' for planned ones. */
    dateRange: z.enum(['past', 'future', 'any']).optional(),
    prefill: z.enum(PREFILL_SOURCES).optional(),
    /** A prefilled value that the law requires to match the card (e.g. the applicant's own name). */
    prefillLocked: z.boolean().optional(),
    /** file: what kind of document, shown to the resident. */
    accept: z.array(z.enum(['pdf', 'jpeg', 'png', 'heic'])).optional(),
    checks: z.array(checkSchema).max(10).optional(),
  })
  .strict()
  .superRefine((field, ctx) => {
    const needsOptions = field.type === 'choice' || field.type === 'multiChoice';
    if (needsOptions && !field.options) ctx.addIssue({ code: 'custom', path: ['options'], message: '選択肢を2つ以上指定してください' });
    if (!needsOptions && field.options) ctx.addIssue({ code: 'custom', path: ['options'], message: 'この種類の項目には選択肢を指定できません' });
    if (field.min !== undefined && field.max !== undefined && field.min > field.max) ctx.addIssue({ code: 'custom', path: ['min'], message: '最小値が最大値を超えています' });
  });
export type FieldDefinition = z.infer<typeof fieldSchema>;

export const pageSchema = z
  .object({
    id: slug,
    title: z.string().min(1).max(120),
    intro: z.string().max(1000).optional(),
    showIf: conditionSchema.optional(),
    /** A repeating group: the page's fields are asked once per item (e.g. each child). */
    repeat: z
      .object({
        name: fieldName,
        itemLabel: z.string().min(1).max(40),
        min: z.number().int().min(0).max(20).default(1),
        max: z.number().int().min(1).max(20).default(10),
      })
      .strict()
      .optional(),
    fields: z.array(fieldSchema).min(1).max(20),
  })
  .strict();
export type PageDefinition = z.infer<typeof pageSchema>;

export const ASSURANCE_LEVELS = ['none', 'low', 'substantial', 'high'] as const;
export const CATEGORIES = ['kosodate', 'kaigo', 'hisai', 'kurashi', 'zeikin', 'kenko'] as const;
export type Category = (typeof CATEGORIES)[number];

export const formDefinitionSchema = z
  .object({
    id: slug,
    /** The name in law or on the national form (罹災証明書の交付申請). */
    title: z.string().min(1).max(120),
    /** The same in plain words, as residents say it (罹災証明書を申請する); shown first. */
    plainTitle: z.string().min(1).max(60).optional(),
    /** Other words residents search with: readings, older names, synonyms (保育園, りさい). */
    keywords: z.array(z.string().min(1).max(40)).max(30).optional(),
    /** The town lists it under よく使う手続き. */
    featured: z.boolean().optional(),
    category: z.enum(CATEGORIES),
    /** What it is, in one or two plain sentences. */
    summary: z.string().min(1).max(600),
    audience: z.string().min(1).max(600),
    /** What to have ready or attach. */
    bring: z.array(z.string().max(200)).max(20),
    fee: z.object({ amountYen: z.number().int().min(0), note: z.string().max(200).optional() }).strict().nullable(),
    /** Standard processing time in business days, and how it is worded to residents. */
    processingDays: z.number().int().min(0).max(365),
    processingNote: z.string().max(300).optional(),
    channels: z.object({ online: z.boolean(), post: z.boolean(), counter: z.boolean() }).strict(),
    howToApply: z.string().max(600).optional(),
    /** Code of the department (課) that handles it, as in the departments table. */
    department: z.string().min(1).max(40),
    assurance: z.enum(ASSURANCE_LEVELS),
    /** Years the personal data of a closed case is kept before the retention job deletes it. */
    retentionYears: z.number().int().min(1).max(30),
    /** The legal basis or the national form it follows, shown to staff. */
    basis: z.string().max(300).optional(),
    pages: z.array(pageSchema).max(30),
    declaration: z.string().max(1000).optional(),
  })
  .strict()
  .superRefine((definition, ctx) => {
    if (definition.channels.online && definition.pages.length === 0) ctx.addIssue({ code: 'custom', path: ['pages'], message: 'オンライン申請する手続きには、少なくとも1ページの質問が必要です' });
    if (definition.channels.online && !definition.declaration) ctx.addIssue({ code: 'custom', path: ['declaration'], message: 'オンライン申請する手続きには、申請前の宣誓文が必要です' });
    const seen = new Map<string, string>();
    definition.pages.forEach((page, p) => {
      page.fields.forEach((field, f) => {
        const key = page.repeat ? `${page.repeat.name}.${field.name}` : field.name;
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['pages', p, 'fields', f, 'name'], message: `項目名「${field.name}」が重複しています（${seen.get(key)}）` });
        seen.set(key, page.id);
      });
    });
    const pageIds = new Set<string>();
    definition.pages.forEach((page, p) => {
      if (pageIds.has(page.id)) ctx.addIssue({ code: 'custom', path: ['pages', p, 'id'], message: `ページID「${page.id}」が重複しています` });
      pageIds.add(page.id);
    });
    const topLevel = new Set(definition.pages.filter((page) => !page.repeat).flatMap((page) => page.fields.map((field) => field.name)));
    // A check inside a repeating group may also look at the other answers of its own item.
    const checkCondition = (condition: Condition | undefined, path: (string | number)[], item?: Set<string>) => {
      if (!condition) return;
      if ('all' in condition) return condition.all.forEach((c, i) => checkCondition(c, [...path, 'all', i], item));
      if ('any' in condition) return condition.any.forEach((c, i) => checkCondition(c, [...path, 'any', i], item));
      for (const name of fieldsOf(condition)) {
        if (!topLevel.has(name) && !item?.has(name)) ctx.addIssue({ code: 'custom', path, message: `条件に使う項目「${name}」がありません（繰り返しでない項目のみ使えます）` });
      }
    };
    definition.pages.forEach((page, p) => {
      checkCondition(page.showIf, ['pages', p, 'showIf']);
      page.fields.forEach((field, f) => {
        checkCondition(field.showIf, ['pages', p, 'fields', f, 'showIf']);
        if (typeof field.required === 'object') checkCondition(field.required, ['pages', p, 'fields', f, 'required']);
        field.checks?.forEach((check, k) => checkCondition(check.when, ['pages', p, 'fields', f, 'checks', k, 'when'], page.repeat ? new Set(page.fields.map((other) => other.name)) : undefined));
        const ids = new Set<string>();
        field.checks?.forEach((check, k) => {
          if (ids.has(check.id)) ctx.addIssue({ code: 'custom', path: ['pages', p, 'fields', f, 'checks', k, 'id'], message: `チェックのID「${check.id}」が重複しています` });
          ids.add(check.id);
        });
      });
    });
  });
export type FormDefinition = z.infer<typeof formDefinitionSchema>;

/** Every question a condition reads, through all/any. */
export function fieldsInCondition(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(fieldsInCondition);
  if ('any' in condition) return condition.any.flatMap(fieldsInCondition);
  return fieldsOf(condition);
}

/** The questions a single test (not all/any) reads: its own, and the one its date is compared with. */
export function fieldsOf(condition: Exclude<Condition, { all: Condition[] } | { any: Condition[] }>): string[] {
  const ref = 'before' in condition ? condition.before : 'after' in condition ? condition.after : undefined;
  return ref && 'field' in ref ? [condition.field, ref.field] : [condition.field];
}
export type FormDefinitionInput = z.input<typeof formDefinitionSchema>;
