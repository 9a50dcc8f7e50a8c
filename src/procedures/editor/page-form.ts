import type { FormDefinition, PageDefinition } from '../../forms/form-definition.ts';
import type { FieldError } from '../../views/form-fields.tsx';
import { answerKeys } from '../answer-keys.ts';
import { groupNameFor } from './names.ts';
import { numberOf, one, optional, type Raw } from './raw-form.ts';

export function pageRaw(page: PageDefinition): Raw {
  return {
    pageTitle: page.title,
    intro: page.intro ?? '',
    repeat: page.repeat ? 'yes' : '',
    itemLabel: page.repeat?.itemLabel ?? '',
    repeatMin: String(page.repeat?.min ?? 1),
    repeatMax: String(page.repeat?.max ?? 10),
  };
}

/** A page's title, introduction and repeating-group settings from the form; its questions and condition are kept. */
export function parsePageEdit(raw: Raw, page: PageDefinition, definition: FormDefinition, fixedKeys: Set<string>): { page?: PageDefinition; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const title = one(raw, 'pageTitle').trim();
  if (!title) errors.push({ field: 'pageTitle', message: 'ページの見出しを入力してください' });
  const repeating = one(raw, 'repeat') === 'yes';
  const itemLabel = one(raw, 'itemLabel').trim();
  const min = numberOf(raw, 'repeatMin');
  const max = numberOf(raw, 'repeatMax');
  if (repeating) {
    if (!itemLabel) errors.push({ field: 'itemLabel', message: 'くり返す単位の呼び方を入力してください（例：お子さん）' });
    if (min === undefined || !Number.isInteger(min)) errors.push({ field: 'repeatMin', message: '最少の件数を半角の整数で入力してください' });
    if (max === undefined || !Number.isInteger(max)) errors.push({ field: 'repeatMax', message: '最多の件数を半角の整数で入力してください' });
    else if (min !== undefined && max < min) errors.push({ field: 'repeatMax', message: '最多の件数は、最少の件数以上にしてください' });
  }
  if (errors.length) return { errors };
  const { intro: _intro, repeat: _repeat, ...kept } = page;
  const taken = new Set([...answerKeys(definition), ...fixedKeys]);
  const name = page.repeat?.name ?? groupNameFor(itemLabel, taken);
  return {
    page: {
      ...kept,
      title,
      ...(optional(raw, 'intro') ? { intro: optional(raw, 'intro') } : {}),
      ...(repeating ? { repeat: { name, itemLabel, min: min!, max: max! } } : {}),
    },
    errors,
  };
}

/** The input that shows a problem the definition check found on this page. */
export function pageInput(path: (string | number)[], p: number): string | undefined {
  if (path[0] !== 'pages' || path[1] !== p) return undefined;
  const [key, sub] = path.slice(2);
  if (key === 'title' || key === 'id') return 'pageTitle';
  if (key === 'intro') return 'intro';
  if (key === 'repeat') return sub === 'min' ? 'repeatMin' : sub === 'max' ? 'repeatMax' : 'itemLabel';
  return undefined;
}
