import type { Queryable } from '../db/database.ts';
import { createRegistry, type Registry } from '../registry.ts';
import type { JobRow } from './schema.ts';

export interface JobContext {
  /** The system connection: not tenant-scoped, so use withTenant for tenant data where it matters. */
  db: Queryable;
  job: JobRow;
  municipalityCode: string;
}

export interface JobHandler {
  /** The job kind this handler runs. */
  id: string;
  sandbox?: boolean;
  run(payload: unknown, ctx: JobContext): Promise<void>;
}

export type JobHandlers = Registry<JobHandler>;

export function createJobHandlers(): JobHandlers {
  return createRegistry<JobHandler>('job handler');
}
