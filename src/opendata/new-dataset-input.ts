import { z } from 'zod';
import type { FieldError } from '../views/form-fields.tsx';
import { CATEGORIES, UPDATE_FREQUENCIES } from './labels.ts';
import type { NewDataset } from './publishing.ts';
import { findStandard } from './standards/datasets.ts';
import type { ColumnSpec } from './standards/types.ts';

const SLUG = /^[a-z0-9]+(?:_[a-z0-9]+)*$/u;

/** The form's raw values, kept to show them again when something is wrong. */
export type NewDatasetForm = Record<'standard' | 'slug' | 'title' | 'description' | 'keywords' | 'category' | 'department' | 'frequency' | 'columns', string>;

const schema = z.object({
  standard: z.string().refine((v) => v === '' || findStandard(v) !== undefined, '標準データセットを一覧から選んでください。'),
  slug: z.string().trim().min(1, 'URLに使う名前を入力してください。').max(60, 'URLに使う名前は60文字以内にしてください。').regex(SLUG, 'URLに使う名前は、半角の英小文字・数字と「_」で入力してください（例：bus_stop）。'),
  title: z.string().trim().min(1, 'データセットの名前を入力してください。').max(100, '名前は100文字以内にしてください。'),
  description: z.string().trim().min(1, '説明を入力してください。どんなデータか、いつ時点かを書いてください。').max(2000, '説明は2,000文字以内にしてください。'),
  keywords: z.string().max(300, 'キーワードは300文字以内にしてください。'),
  category: z.enum(CATEGORIES.map((c) => c.id) as [string, ...string[]], '分類を選んでください。'),
  department: z.string().min(1, '担当課を選んでください。'),
  frequency: z.enum(Object.keys(UPDATE_FREQUENCIES) as [string, ...string[]], '更新頻度を選んでください。'),
  columns: z.string().max(20_000, '列の説明が長すぎます。'),
});

/** One column per line, 「列名：説明」 (the description may be left out). */
export function parseColumnLines(text: string): ColumnSpec[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name, ...rest] = line.split(/[:：]/u);
      return { name: name!.trim(), kind: 'text' as const, requirement: 'optional' as const, description: rest.join('：').trim() || undefined };
    });
}

export function readNewDataset(form: NewDatasetForm, departments: ReadonlySet<string>, takenSlugs: ReadonlySet<string>): { input?: NewDataset; errors: FieldError[] } {
  const parsed = schema.safeParse(form);
  const errors: FieldError[] = parsed.success ? [] : parsed.error.issues.map((issue) => ({ field: String(issue.path[0]), message: issue.message }));
  if (!parsed.success) return { errors };
  const value = parsed.data;
  if (!departments.has(value.department)) errors.push({ field: 'department', message: '担当課を一覧から選んでください。' });
  if (takenSlugs.has(value.slug)) errors.push({ field: 'slug', message: `「${value.slug}」は別のデータセットで使われています。別の名前にしてください。` });
  const columns = value.standard ? null : parseColumnLines(value.columns);
  if (columns && columns.length === 0) errors.push({ field: 'columns', message: '標準に沿わないデータセットでは、列名を1行に1つずつ入力してください。' });
  if (columns && new Set(columns.map((c) => c.name)).size !== columns.length) errors.push({ field: 'columns', message: '同じ列名が2回以上あります。列名は重ならないようにしてください。' });
  if (errors.length) return { errors };
  const keywords = value.keywords.split(/[,、，\s]+/u).map((k) => k.trim()).filter(Boolean);
  return {
    errors,
    input: { slug: value.slug, standard: value.standard || null, title: value.title, description: value.description, keywords, category: value.category, departmentCode: value.department, updateFrequency: value.frequency, customColumns: columns },
  };
}
