import { containsIndividualNumber } from '../individual-number.ts';

/** 基本4情報 as the card's certificate states them: the only personal data kept from a sign-in. */
export interface BasicFourInfo {
  name?: string;
  address?: string;
  /** YYYY-MM-DD. */
  birthdate?: string;
  /** As the provider sends it: 'male', 'female' or another value. */
  gender?: string;
}

export interface VerifiedIdentity extends BasicFourInfo {
  provider: string;
  verifiedAt: string;
}

export const BASIC_INFO_FIELDS = ['name', 'address', 'birthdate', 'gender'] as const;

/**
 * Twelve digits with or without separators, whatever the check digit: a claim that looks like an
 * individual number (個人番号) is dropped rather than kept, since the town must never hold one.
 */
function looksLikeIndividualNumber(value: string): boolean {
  const digits = value.normalize('NFKC').replace(/[\s\-‐‑–—−ー－]/gu, '');
  return /^\d{12}$/.test(digits) || containsIndividualNumber(value);
}

function text(value: unknown, maxLength = 300): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.normalize('NFC').trim();
  if (!trimmed || trimmed.length > maxLength || looksLikeIndividualNumber(trimmed)) return undefined;
  return trimmed;
}

function addressOf(claim: unknown): string | undefined {
  if (typeof claim === 'string') return text(claim);
  if (claim && typeof claim === 'object' && 'formatted' in claim) return text((claim as { formatted: unknown }).formatted);
  return undefined;
}

function birthdateOf(claim: unknown): string | undefined {
  const value = text(claim, 10);
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/**
 * Keeps exactly the four fields from the standard OIDC claims (`name`, `address.formatted`,
 * `birthdate`, `gender`); anything else the provider sends, including any identifier, is ignored.
 */
export function basicInfoFromClaims(claims: Record<string, unknown>): BasicFourInfo {
  const info: BasicFourInfo = {
    name: text(claims.name, 100),
    address: addressOf(claims.address),
    birthdate: birthdateOf(claims.birthdate),
    gender: text(claims.gender, 20),
  };
  for (const field of BASIC_INFO_FIELDS) if (info[field] === undefined) delete info[field];
  return info;
}

export function isComplete(info: BasicFourInfo): boolean {
  return BASIC_INFO_FIELDS.every((field) => info[field] !== undefined);
}
