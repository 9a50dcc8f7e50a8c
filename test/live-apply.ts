import sharp from 'sharp';
import { demoProcedures } from '../seeds/procedures/index.ts';
import { formDefinitionSchema, type FieldDefinition, type FormDefinition, type PageDefinition } from '../src/forms/form-definition.ts';
import { fieldId } from '../src/forms/field-ids.ts';
import type { LiveBrowser, LiveResponse } from './live-browser.ts';

const TOWN = '/m/143421';

export function demoProcedure(slug: string): FormDefinition {
  const found = demoProcedures.find((definition) => definition.id === slug);
  if (!found) throw new Error(`no demo procedure ${slug}`);
  return formDefinitionSchema.parse(found);
}

let photo: Promise<Buffer> | undefined;
const smallPhoto = () => (photo ??= sharp({ create: { width: 32, height: 24, channels: 3, background: '#c0ffee' } }).png().toBuffer());

function isoDate(daysFromToday: number): string[] {
  return new Date(Date.now() + daysFromToday * 86400_000).toISOString().slice(0, 10).split('-');
}

/** A valid answer for every field (conditional ones too: the engine drops those not shown). */
async function fieldEntries(field: FieldDefinition, id: string): Promise<[string, string | File][]> {
  switch (field.type) {
    case 'name':
      return [[`${id}-family`, '二宮'], [`${id}-given`, '花子']];
    case 'kana':
      return [[`${id}-family`, 'ニノミヤ'], [`${id}-given`, 'ハナコ']];
    case 'date': {
      const [year, month, day] = field.dateRange === 'future' ? isoDate(40) : isoDate(-2000);
      return [[`${id}-year`, year!], [`${id}-month`, month!], [`${id}-day`, day!]];
    }
    case 'postalCode':
      return [[id, '259-0123']];
    case 'address':
      return [[id, '神奈川県中郡二宮町二宮1240-10']];
    case 'phone':
      return [[id, '0463-71-3311']];
    case 'email':
      return [[id, 'hanako@example.jp']];
    case 'number':
      return [[id, String(Math.min(field.max ?? Infinity, Math.max(field.min ?? 1, 1)))]];
    case 'choice':
    case 'multiChoice':
      return [[id, field.options![0]!.value]];
    case 'yesNo':
    case 'consent':
      return [[id, 'yes']];
    case 'file':
      return [[`${id}-upload`, new File([new Uint8Array(await smallPhoto())], 'shorui.png', { type: 'image/png' })]];
    default:
      return [[id, '記入例'.slice(0, field.maxLength ?? 100)]];
  }
}

export async function pageEntries(page: PageDefinition): Promise<[string, string | File][]> {
  const entries: [string, string | File][] = [['_action', 'continue']];
  const items = page.repeat ? [{ group: page.repeat.name, index: 0 }] : [undefined];
  if (page.repeat) entries.push([`${page.repeat.name}-count`, '1']);
  for (const item of items) for (const field of page.fields) entries.push(...(await fieldEntries(field, fieldId(field, item))));
  return entries;
}

/**
 * Starts a draft and answers every page through the real pages, up to the check page.
 * onPage sees each form page as served (before it is answered). Returns the draft's id.
 */
export async function fillApplication(browser: LiveBrowser, publicUrl: string, slug: string, onPage?: (url: string, page: LiveResponse) => Promise<void>): Promise<string> {
  const definition = demoProcedure(slug);
  const start = `${publicUrl}${TOWN}/procedures/${slug}/apply`;
  const started = await browser.submit(start, start, {});
  if (started.status !== 303 || !started.location) throw new Error(`${slug}: starting answered ${started.status}`);
  let url = new URL(started.location, publicUrl).href;
  const draftId = new URL(url).pathname.split('/').at(-2)!;
  for (let pages = 0; !url.endsWith('/check'); pages++) {
    if (pages > 40) throw new Error(`${slug}: the pages never reach the check page`);
    const shown = await browser.get(url);
    if (shown.status !== 200) throw new Error(`${slug}: ${url} answered ${shown.status}`);
    await onPage?.(url, shown);
    const page = definition.pages.find((p) => p.id === new URL(url).pathname.split('/').at(-1));
    if (!page) throw new Error(`${slug}: unknown page ${url}`);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(shown.body)![1]!;
    const posted = await browser.postMultipart(url, [['_csrf', csrf], ...(await pageEntries(page))]);
    if (posted.status !== 303 || !posted.location) throw new Error(`${slug}: ${page.id} answered ${posted.status}: ${errorSummary(posted.body)}`);
    url = new URL(posted.location, publicUrl).href;
  }
  return draftId;
}

/** The check page's submit with the declaration ticked; the CSRF token may be reused. */
export function submitDraft(browser: LiveBrowser, publicUrl: string, draftId: string, csrf: string, headers: Record<string, string> = {}): Promise<LiveResponse> {
  return browser.post(`${publicUrl}${TOWN}/apply/${draftId}/submit`, { _csrf: csrf, declaration: 'yes' }, headers);
}

export function receiptNumberIn(html: string): string | undefined {
  return /<p class="figure">(\d{4}-\d{4}-\d{3})<\/p>/u.exec(html)?.[1];
}

function errorSummary(html: string): string {
  return [...html.matchAll(/<a href="#[^"]+">([^<]+)<\/a>/gu)].map((m) => m[1]).slice(0, 5).join(' / ') || html.slice(0, 200);
}
