import type { Municipality } from './municipality.ts';
import type { MunicipalityDirectory } from './municipality-directory.ts';

const PREFIX = /^\/m\/(\d{6})(?=\/|$)/;

/** Path without the `/m/{code}` prefix: the router matches on this, so one route serves both forms. */
export function stripTenantPrefix(path: string): string {
  const match = PREFIX.exec(path);
  return match ? path.slice(match[0].length) || '/' : path;
}

export interface TenantResolution {
  municipality: Municipality | undefined;
  /** Prefix to put before every link of this request ('' when the host names the municipality). */
  base: string;
}

/** A request belongs to a municipality by its host name, or by a `/m/{code}` prefix on a shared host. */
export function resolveTenant(directory: MunicipalityDirectory, host: string | undefined, path: string): TenantResolution {
  const match = PREFIX.exec(path);
  if (match) return { municipality: directory.byCode(match[1]!), base: match[0] };
  const hostname = (host ?? '').replace(/:\d+$/, '');
  return { municipality: directory.byHost(hostname), base: '' };
}
