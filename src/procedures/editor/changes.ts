import type { FormDefinition } from '../../forms/form-definition.ts';

/** What a draft changes against the published version, in words for the publish confirmation. */
export function changesBetween(before: FormDefinition | undefined, after: FormDefinition): string[] {
  if (!before) return ['初めて公開します。'];
  const said: string[] = [];
  const { pages: oldPages, ...oldSettings } = before;
  const { pages: newPages, ...newSettings } = after;
  if (JSON.stringify(oldSettings) !== JSON.stringify(newSettings)) said.push('手続きの案内または設定を変更しました。');
  const fields = (d: FormDefinition) => new Map(d.pages.flatMap((page) => page.fields.map((field) => [`${page.repeat?.name ?? ''}.${field.name}`, { field, page }] as const)));
  const oldFields = fields(before);
  const newFields = fields(after);
  for (const [key, { field }] of newFields) {
    const old = oldFields.get(key);
    if (!old) said.push(`質問「${field.label}」を追加しました。`);
    else if (JSON.stringify(old.field) !== JSON.stringify(field)) said.push(`質問「${field.label}」を変更しました。`);
  }
  for (const [key, { field }] of oldFields) if (!newFields.has(key)) said.push(`質問「${field.label}」を削除しました。`);
  const pagesOf = (d: FormDefinition) => JSON.stringify(d.pages.map(({ fields: _fields, ...page }) => page));
  if (pagesOf(before) !== pagesOf(after)) said.push('ページの追加・削除・順番・設定を変更しました。');
  const order = (d: FormDefinition, kept: Set<string>) => d.pages.flatMap((page) => page.fields.map((field) => `${page.id}/${page.repeat?.name ?? ''}.${field.name}`)).filter((key) => kept.has(key.slice(key.indexOf('/') + 1)));
  const common = new Set([...newFields.keys()].filter((key) => oldFields.has(key)));
  if (JSON.stringify(order(before, common)) !== JSON.stringify(order(after, common))) said.push('質問の順番または載せるページを変更しました。');
  return said.length ? said : ['公開中の版との違いはありません。'];
}
