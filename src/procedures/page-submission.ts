import { randomUUID } from 'node:crypto';
import type { SubmittedPage } from '../forms/read-page-body.ts';
import type { FieldError } from '../views/form-fields.tsx';
import type { FormDefinition, PageDefinition } from '../forms/form-definition.ts';
import type { Answers, RawValues } from '../forms/answers.ts';
import { fieldId } from '../forms/field-ids.ts';
import { itemCount } from '../forms/page-values.ts';
import { parsePage } from '../forms/parse-page.ts';
import { CONFIRMED_KEY, confirmedWarnings, isConfirmed, type FieldWarning } from '../forms/field-checks.ts';
import { lookupPostalCode, normalizePostalCode } from '../forms/inputs/postal-code.ts';
import type { DraftFile } from './drafts.ts';
import { sanitiseUpload } from '../platform/files/sanitise.ts';
import type { FileStore } from '../platform/storage/file-store.ts';

export type PageOutcome =
  | { kind: 'saved'; answers: Answers; files: Record<string, DraftFile>; stay: boolean }
  | { kind: 'show'; answers: Answers; files: Record<string, DraftFile>; raw: RawValues; errors: FieldError[]; warnings: FieldWarning[]; notes: Record<string, string>; count: number };

function fieldByInputId(page: PageDefinition, inputId: string) {
  return page.fields.find((field) => inputId === field.name || inputId.endsWith(`-${field.name}`));
}

async function storeUploads(page: PageDefinition, submitted: SubmittedPage, store: FileStore, keyPrefix: string, files: Record<string, DraftFile>, errors: FieldError[]) {
  for (const upload of submitted.uploads) {
    const field = fieldByInputId(page, upload.id);
    if (!field || field.type !== 'file') continue;
    const result = await sanitiseUpload({ bytes: new Uint8Array(await upload.file.arrayBuffer()), filename: upload.file.name, declaredType: upload.file.type });
    if (!result.ok) {
      errors.push({ field: upload.id, message: `${field.label}：${result.message}` });
      continue;
    }
    const id = randomUUID();
    const storageKey = `${keyPrefix}/${id}`;
    await store.put(storageKey, result.bytes, result.contentType);
    const filename = `${upload.file.name.replace(/\.[^.]*$/u, '') || '添付ファイル'}.${result.extension}`;
    files[id] = { id, field: field.name, filename, contentType: result.contentType, size: result.bytes.length, uploadedSize: upload.file.size, storageKey };
    submitted.raw[upload.id] = [submitted.raw[upload.id] ?? []].flat().concat(id);
  }
}

/**
 * Fills the address from the postal code, unless the resident (or the card) already gave a fuller
 * one: then the address is kept and a note names the area the code stands for.
 */
function lookupAddress(page: PageDefinition, raw: RawValues, postalId: string, notes: Record<string, string>): void {
  const code = normalizePostalCode(String(raw[postalId] ?? ''));
  const areas = code ? lookupPostalCode(code) : [];
  const postal = fieldByInputId(page, postalId);
  const address = page.fields.find((field) => field.type === 'address');
  if (!postal || !address) return;
  // Inside a repeating group both inputs share the item's prefix (children-0-).
  const addressId = postalId.slice(0, postalId.length - postal.name.length) + address.name;
  if (areas.length === 0) {
    notes[postalId] = code ? 'この郵便番号に当たる住所が見つかりませんでした。住所を入力してください。' : '郵便番号を7桁の数字で入力してから、ボタンを押してください。';
    return;
  }
  const looked = `${areas[0]!.prefecture}${areas[0]!.city}${areas[0]!.town}`;
  const typed = String([raw[addressId] ?? ''].flat()[0] ?? '').trim();
  if (typed === '' || looked.startsWith(typed)) {
    raw[addressId] = looked;
    notes[addressId] = areas.length > 1 ? `この郵便番号には複数の地域があります（${areas.map((a) => a.town || a.city).join('、')}）。違う場合は直してください。続けて番地などを入力してください。` : '郵便番号から入力しました。続けて番地などを入力してください。';
    return;
  }
  const normalized = typed.normalize('NFKC');
  if (!normalized.startsWith(looked.normalize('NFKC'))) notes[addressId] = `郵便番号${code!.slice(0, 3)}-${code!.slice(3)}の地域は「${looked}」です。入力済みの住所はそのままにしています。違っている場合は直してください。`;
}

/** What the resident ticked to confirm warnings, and the answers with those confirmations kept. */
function withConfirmations(answers: Answers, warnings: FieldWarning[], ticked: readonly string[], pageInputs: (key: string) => boolean): Answers {
  const kept = Object.fromEntries(Object.entries(confirmedWarnings(answers)).filter(([key]) => !pageInputs(key)));
  for (const warning of warnings) if (isConfirmed(warning, answers, ticked)) kept[warning.key] = warning.signature;
  return { ...answers, [CONFIRMED_KEY]: kept } as unknown as Answers;
}

/**
 * What a press of a page's button does: add or remove an item, remove a file, look up an address
 * (these show the page again), or save the page, with the messages for what is missing or wrong.
 * Answers that parse are kept even when others on the page do not.
 */
export async function submitPage(options: {
  definition: FormDefinition;
  page: PageDefinition;
  saved: Answers;
  files: Record<string, DraftFile>;
  submitted: SubmittedPage;
  store: FileStore;
  keyPrefix: string;
}): Promise<PageOutcome> {
  const { page, submitted } = options;
  const files = { ...options.files };
  const uploadErrors: FieldError[] = [];
  await storeUploads(page, submitted, options.store, options.keyPrefix, files, uploadErrors);
  const raw = submitted.raw;
  let count = page.repeat ? Number(raw[`${page.repeat.name}-count`] ?? itemCount(page, options.saved)) || 1 : 0;
  const action = submitted.action;
  if (action.startsWith('remove-file:')) {
    const fileId = action.slice('remove-file:'.length);
    for (const key of Object.keys(raw)) if (Array.isArray(raw[key]) || raw[key] === fileId) raw[key] = [raw[key]!].flat().filter((v) => v !== fileId);
    delete files[fileId];
  }
  if (page.repeat && action === 'add-item') count = Math.min(page.repeat.max, count + 1);
  if (page.repeat && action.startsWith('remove-item:')) {
    const removed = Number(action.slice('remove-item:'.length));
    shiftItems(page, raw, removed, count);
    count = Math.max(page.repeat.min, count - 1);
  }
  const notes: Record<string, string> = {};
  if (action.startsWith('lookup:')) lookupAddress(page, raw, action.slice('lookup:'.length), notes);
  const parsed = parsePage(page, raw, options.saved, count);
  const errors = [...uploadErrors, ...parsed.errors.filter((e) => !uploadErrors.some((u) => u.field === e.field))];
  const ticked = [raw._confirm ?? []].flat();
  const answers = withConfirmations(parsed.answers, parsed.warnings, ticked, (key) => fieldByInputId(page, key.slice(0, key.lastIndexOf(':'))) !== undefined);
  const show = (shown: FieldError[], warnings: FieldWarning[]): PageOutcome => ({ kind: 'show', answers, files, raw, errors: shown, warnings, notes, count });
  if (action !== 'continue' && action !== 'save') return show([], []);
  if (action === 'save') return { kind: 'saved', answers, files, stay: true };
  if (errors.length > 0) return show(errors, parsed.warnings.filter((w) => !isConfirmed(w, answers)));
  const unconfirmed = parsed.warnings.filter((w) => !isConfirmed(w, answers));
  if (unconfirmed.length > 0) return show([], unconfirmed);
  return { kind: 'saved', answers, files, stay: false };
}

/** Removing item n moves the inputs of the items after it up by one. */
function shiftItems(page: PageDefinition, raw: RawValues, removed: number, count: number): void {
  const group = page.repeat!.name;
  for (let index = removed; index < count; index++) {
    for (const field of page.fields) {
      const from = fieldId(field, { group, index: index + 1 });
      const to = fieldId(field, { group, index });
      for (const suffix of ['', '-family', '-given', '-year', '-month', '-day']) {
        if (raw[from + suffix] !== undefined) raw[to + suffix] = raw[from + suffix]!;
        else delete raw[to + suffix];
      }
    }
  }
}

