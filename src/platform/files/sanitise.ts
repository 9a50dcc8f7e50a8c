import { refuse, type RefusedFile, type ResolvedLimits } from './refusal.ts';
import { DEFAULT_SANITISE_LIMITS, definedOnly, type SanitisedFile, type SanitiseLimits, type UploadInput } from './sanitise-here.ts';
import { PoolBusy, runSanitiseTask } from './sanitise-pool.ts';

export type { RefusalReason, RefusedFile } from './refusal.ts';
export { DEFAULT_SANITISE_LIMITS, type SanitisedFile, type SanitiseLimits, type UploadInput } from './sanitise-here.ts';

/**
 * 無害化: the only way a resident's file reaches the internal zone. The type comes from the bytes,
 * only PDF, JPEG, PNG and HEIC are allowed, and the result is always a newly written file. The
 * decoding runs in a pool of worker threads, so a PDF does not hold up other requests; a full
 * queue or a worker that died gives a refusal like any other.
 */
export async function sanitiseUpload(input: UploadInput, limits: SanitiseLimits = {}): Promise<SanitisedFile | RefusedFile> {
  const resolved: ResolvedLimits = { ...DEFAULT_SANITISE_LIMITS, ...definedOnly(limits) };
  if (input.bytes.byteLength === 0) return refuse('empty', resolved);
  if (input.bytes.byteLength > resolved.maxBytes) return refuse('too_large', resolved);
  try {
    return await runSanitiseTask<SanitisedFile | RefusedFile>({ kind: 'sanitise', input, limits: resolved });
  } catch (error) {
    return refusalForPoolError(error, resolved);
  }
}

/** A full queue asks the resident to try again later; a worker that died (out of memory, a decoder crash) refuses the file. */
export function refusalForPoolError(error: unknown, limits: ResolvedLimits = DEFAULT_SANITISE_LIMITS): RefusedFile {
  if (error instanceof PoolBusy) return refuse('busy', limits);
  return { ...refuse('check_failed', limits), detail: error instanceof Error ? error.message : String(error) };
}
