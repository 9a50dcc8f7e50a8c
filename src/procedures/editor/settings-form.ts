import { ASSURANCE_LEVELS, CATEGORIES, type FormDefinition } from '../../forms/form-definition.ts';
import type { FieldError } from '../../views/form-fields.tsx';
import { lines, many, numberOf, one, optional, type Raw } from './raw-form.ts';

type Settings = Omit<FormDefinition, 'pages'>;

/** The settings as the form shows them. */
export function settingsRaw(d: Omit<FormDefinition, 'pages'>): Raw {
  return {
    slug: d.id,
    title: d.title,
    plainTitle: d.plainTitle ?? '',
    keywords: (d.keywords ?? []).join('\n'),
    featured: d.featured ? 'yes' : '',
    category: d.category,
    summary: d.summary,
    audience: d.audience,
    bring: d.bring.join('\n'),
    feeKind: d.fee ? 'paid' : 'free',
    feeAmount: d.fee ? String(d.fee.amountYen) : '',
    feeNote: d.fee?.note ?? '',
    processingDays: String(d.processingDays),
    processingNote: d.processingNote ?? '',
    channels: (['online', 'post', 'counter'] as const).filter((k) => d.channels[k]),
    howToApply: d.howToApply ?? '',
    department: d.department,
    assurance: d.assurance,
    retentionYears: String(d.retentionYears),
    basis: d.basis ?? '',
    declaration: d.declaration ?? '',
  };
}

function whole(raw: Raw, name: string, errors: FieldError[], what: string): number {
  const value = numberOf(raw, name);
  if (value === undefined || !Number.isInteger(value)) errors.push({ field: name, message: `${what}を半角の整数で入力してください` });
  return value ?? 0;
}

/** The settings from what was posted; input format is checked here, the rules by the definition check. */
export function parseSettings(raw: Raw, id: string): { settings?: Settings; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const feeKind = one(raw, 'feeKind');
  const amount = feeKind === 'paid' ? whole(raw, 'feeAmount', errors, '手数料の金額') : 0;
  const processingDays = whole(raw, 'processingDays', errors, '処理にかかる日数');
  const retentionYears = whole(raw, 'retentionYears', errors, '保存年限');
  const category = one(raw, 'category');
  const assurance = one(raw, 'assurance');
  if (!CATEGORIES.includes(category as never)) errors.push({ field: 'category', message: '分類を選んでください' });
  if (!ASSURANCE_LEVELS.includes(assurance as never)) errors.push({ field: 'assurance', message: '本人確認の方法を選んでください' });
  if (!one(raw, 'department')) errors.push({ field: 'department', message: '担当課を選んでください' });
  if (errors.length) return { errors };
  const channels = many(raw, 'channels');
  const keywords = lines(raw, 'keywords');
  const settings: Settings = {
    id,
    title: one(raw, 'title').trim(),
    ...(optional(raw, 'plainTitle') ? { plainTitle: optional(raw, 'plainTitle') } : {}),
    ...(keywords.length ? { keywords } : {}),
    ...(one(raw, 'featured') === 'yes' ? { featured: true } : {}),
    category: category as Settings['category'],
    summary: one(raw, 'summary').trim(),
    audience: one(raw, 'audience').trim(),
    bring: lines(raw, 'bring'),
    fee: feeKind === 'paid' ? { amountYen: amount, ...(optional(raw, 'feeNote') ? { note: optional(raw, 'feeNote') } : {}) } : null,
    processingDays,
    ...(optional(raw, 'processingNote') ? { processingNote: optional(raw, 'processingNote') } : {}),
    channels: { online: channels.includes('online'), post: channels.includes('post'), counter: channels.includes('counter') },
    ...(optional(raw, 'howToApply') ? { howToApply: optional(raw, 'howToApply') } : {}),
    department: one(raw, 'department'),
    assurance: assurance as Settings['assurance'],
    retentionYears,
    ...(optional(raw, 'basis') ? { basis: optional(raw, 'basis') } : {}),
    ...(optional(raw, 'declaration') ? { declaration: optional(raw, 'declaration') } : {}),
  };
  return { settings, errors };
}

const SETTING_INPUTS: Record<string, string> = {
  id: 'slug', fee: 'feeAmount', channels: 'channels', keywords: 'keywords', bring: 'bring',
};

/** The input that shows a problem found by the definition check in the settings. */
export function settingsInput(path: (string | number)[]): string | undefined {
  const [key, sub] = path;
  if (key === 'fee' && sub === 'note') return 'feeNote';
  if (key === 'pages') return path.length === 1 ? 'channels' : undefined;
  if (typeof key !== 'string') return undefined;
  return SETTING_INPUTS[key] ?? (['title', 'plainTitle', 'featured', 'category', 'summary', 'audience', 'processingDays', 'processingNote', 'howToApply', 'department', 'assurance', 'retentionYears', 'basis', 'declaration'].includes(key) ? key : undefined);
}
