import type { RawValues } from './answers.ts';

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
