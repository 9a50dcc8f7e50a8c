import { randomUUID } from 'node:crypto';
import { sanitiseUpload } from '../platform/files/sanitise.ts';
import type { FileStore } from '../platform/storage/file-store.ts';
import type { SubmittedFile } from './submit-application.ts';

/** A document sent with an answer to a correction request, sanitised and stored; or the message why it was refused. */
export async function storeCorrectionFile(store: FileStore, municipalityCode: string, applicationId: string, upload: unknown): Promise<{ file?: SubmittedFile } | { error: string }> {
  if (!(upload instanceof File) || upload.size === 0) return {};
  const result = await sanitiseUpload({ bytes: new Uint8Array(await upload.arrayBuffer()), filename: upload.name, declaredType: upload.type });
  if (!result.ok) return { error: result.message };
  const storageKey = `${municipalityCode}/applications/${applicationId}/${randomUUID()}`;
  await store.put(storageKey, result.bytes, result.contentType);
  return { file: { field: 'correction', label: '補正で追加した書類', filename: `${upload.name.replace(/\.[^.]*$/u, '') || '書類'}.${result.extension}`, contentType: result.contentType, size: result.bytes.length, uploadedSize: upload.size, storageKey } };
}
