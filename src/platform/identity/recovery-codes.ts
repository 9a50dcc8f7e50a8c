import { createHash, randomInt } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { staffRecoveryCodes } from './schema.ts';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const COUNT = 10;

function hashCode(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

/** ABCD-EFGH: 40 bits each, with no 0/O or 1/I to misread on paper. */
function newCode(): string {
  const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

export function looksLikeRecoveryCode(input: string): boolean {
  return /^[A-Z0-9]{4}-?[A-Z0-9]{4}$/.test(normalize(input));
}

function normalize(input: string): string {
  return input.normalize('NFKC').toUpperCase().replace(/\s/g, '');
}

/** Replaces any earlier codes; the plain codes are shown once and never stored. */
export async function issueRecoveryCodes(tx: Queryable, municipalityCode: string, staffId: string): Promise<string[]> {
  await tx.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffId, staffId));
  const codes = Array.from({ length: COUNT }, newCode);
  await tx.insert(staffRecoveryCodes).values(codes.map((code) => ({ municipalityCode, staffId, codeHash: hashCode(code) })));
  return codes;
}

/** Spends one unused code; true when it was valid. */
export async function spendRecoveryCode(tx: Queryable, staffId: string, input: string): Promise<boolean> {
  const compact = normalize(input).replace('-', '');
  const code = `${compact.slice(0, 4)}-${compact.slice(4)}`;
  const spent = await tx
    .update(staffRecoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(staffRecoveryCodes.staffId, staffId), eq(staffRecoveryCodes.codeHash, hashCode(code)), isNull(staffRecoveryCodes.usedAt)))
    .returning({ id: staffRecoveryCodes.id });
  return spent.length === 1;
}
