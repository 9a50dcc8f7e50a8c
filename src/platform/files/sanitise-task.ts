import type { ResolvedLimits } from './refusal.ts';
import type { UploadInput } from './sanitise-here.ts';

/**
 * What the sanitiser's worker threads are given. `hold` and `exhaust-memory` exist only so tests
 * can fill the pool and kill a worker on purpose; nothing a request sends reaches them.
 */
export type SanitiseTask =
  | { kind: 'sanitise'; input: UploadInput; limits: ResolvedLimits }
  | { kind: 'hold'; signal: SharedArrayBuffer }
  | { kind: 'exhaust-memory' };
