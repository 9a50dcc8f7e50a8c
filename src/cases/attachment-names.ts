import type { ApplicationAttachmentRow } from './schema.ts';

/**
 * Answers name a file by the id it had in the draft, which is the last segment of its storage
 * key; this turns such an id back into the file name the resident gave.
 */
export function attachmentFileName(attachments: readonly ApplicationAttachmentRow[], unknown?: string): (id: string) => string {
  return (id) => attachments.find((a) => a.storageKey?.split('/').at(-1) === id)?.filename ?? unknown ?? id;
}
