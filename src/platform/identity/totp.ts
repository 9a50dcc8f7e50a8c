import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

const PERIOD = 30;

function totp(secret: string, label: string, issuer: string): TOTP {
  return new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });
}

export function createTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, label: string, issuer: string): string {
  return totp(secret, label, issuer).toString();
}

export function totpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
}

/**
 * Checks a 6-digit code with one step of clock drift either way. Returns the time step that
 * matched so the caller can refuse the same code a second time, or null.
 */
export function matchTotp(secret: string, code: string, lastUsedStep: number | null): number | null {
  const normalized = code.replace(/[\s-]/g, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (!/^\d{6}$/.test(normalized)) return null;
  const delta = totp(secret, 'x', 'x').validate({ token: normalized, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(Date.now() / 1000 / PERIOD) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}

/** The current code: used by tests and by the demo enrolment instructions, never by sign-in. */
export function currentTotp(secret: string): string {
  return totp(secret, 'x', 'x').generate();
}
