import { randomUUID } from 'node:crypto';
import type { FieldError } from '../views/form-fields.tsx';
import type { FormDefinition, PageDefinition } from '../forms/form-definition.ts';
import type { Answers, RawValues } from '../forms/answers.ts';
import { anchorId, fieldId } from '../forms/field-ids.ts';
import { itemCount } from '../forms/page-values.ts';
import { parsePage } from '../forms/parse-page.ts';
import { lookupPostalCode, normalizePostalCode } from '../forms/inputs/postal-code.ts';
import type { DraftFile } from './drafts.ts';
import { sanitiseUpload } from '../platform/files/sanitise.ts';
import type { FileStore } from '../platform/storage/file-store.ts';

export interface SubmittedPage {
  raw: RawValues;
  uploads: { id: string; file: File }[];
  action: string;
}

/** Splits a multipart body into text inputs (all values kept) and the files sent with it. */
export async function readPageBody(form: FormData): Promise<SubmittedPage> {
  const raw: RawValues = {};
  const uploads: { id: string; file: File }[] = [];
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string') {
      if (key.endsWith('-upload') && value.size > 0) uploads.push({ id: key.slice(0, -'-upload'.length), file: value });
      continue;
    }
    const existing = raw[key];
    raw[key] = existing === undefined ? value : [existing].flat().concat(value);
  }
  const action = typeof raw._action === 'string' ? raw._action : 'continue';
  return { raw, uploads, action };
}

export type PageOutcome =
  | { kind: 'saved'; answers: Answers; files: Record<string, DraftFile>; stay: boolean }
  | { kind: 'show'; answers: Answers; files: Record<string, DraftFile>; raw: RawValues; errors: FieldError[]; count: number };

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
    files[id] = { id, field: field.name, filename, contentType: result.contentType, size: result.bytes.length, storageKey };
    submitted.raw[upload.id] = [submitted.raw[upload.id] ?? []].flat().concat(id);
  }
}

function lookupAddress(page: PageDefinition, raw: RawValues, postalId: string): void {
  const code = normalizePostalCode(String(raw[postalId] ?? ''));
  const areas = code ? lookupPostalCode(code) : [];
  const postal = fieldByInputId(page, postalId);
  const address = page.fields.find((field) => field.type === 'address');
  if (!postal || !address || areas.length === 0) return;
  // Inside a repeating group both inputs share the item's prefix (children-0-).
  const addressId = postalId.slice(0, postalId.length - postal.name.length) + address.name;
  const area = areas[0]!;
  raw[addressId] = `${area.prefecture}${area.city}${area.town}`;
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
  if (action.startsWith('lookup:')) lookupAddress(page, raw, action.slice('lookup:'.length));
  const parsed = parsePage(page, raw, options.saved, count);
  const errors = [...uploadErrors, ...parsed.errors.filter((e) => !uploadErrors.some((u) => u.field === e.field))];
  const stayOnPage = action !== 'continue' && action !== 'save';
  if (stayOnPage) return { kind: 'show', answers: parsed.answers, files, raw, errors: [], count };
  if (errors.length > 0 && action === 'continue') return { kind: 'show', answers: parsed.answers, files, raw, errors, count };
  return { kind: 'saved', answers: parsed.answers, files, stay: action === 'save' };
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

