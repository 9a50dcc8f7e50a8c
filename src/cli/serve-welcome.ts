import { demoStaff } from '../../seeds/demo-municipalities.ts';
import type { Config } from '../platform/config/config.ts';
import type { Municipality } from '../platform/tenancy/municipality.ts';
import type { CliContext } from './context.ts';

export const publicUrlOf = (config: Config) => config.PUBLIC_BASE_URL ?? `http://localhost:${config.PUBLIC_PORT}`;
export const internalUrlOf = (config: Config) => config.INTERNAL_BASE_URL ?? `http://localhost:${config.INTERNAL_PORT}`;

export interface ServerUrls {
  publicUrl?: string;
  internalUrl?: string;
  /** The local test identity provider (MYNUMBER_OIDC=local). */
  localIdpUrl?: string;
}

export function printWelcome(ctx: CliContext, running: ServerUrls, showDemo: boolean, municipalities: Municipality[]): void {
  const lines = ['', 'Yakuba is running / Yakuba を起動しました'];
  if (running.publicUrl) lines.push(`  住民向けポータル (public zone):  ${running.publicUrl}/`);
  if (running.internalUrl) lines.push(`  職員用 (internal zone):          ${running.internalUrl}/`);
  for (const m of municipalities) {
    const links = [running.publicUrl && `${running.publicUrl}/m/${m.code}/`, running.internalUrl && `${running.internalUrl}/m/${m.code}/login`];
    lines.push(`    ${m.nameJa} (${m.code}): ${links.filter(Boolean).join('   ')}`);
  }
  if (running.localIdpUrl) lines.push(`  テスト用認証 (local OpenID provider, not for production): ${running.localIdpUrl}/`);
  if (showDemo && running.internalUrl) {
    lines.push('  Demo staff sign-in / デモ職員のサインイン (a second factor is enrolled at the first sign-in):');
    for (const staff of demoStaff) lines.push(`    ${staff.municipalityCode}  ${staff.email}  /  ${staff.password}  (${staff.role})`);
  }
  lines.push('');
  ctx.print(lines.join('\n'));
}

