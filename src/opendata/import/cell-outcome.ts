import type { Severity } from './types.ts';

/** What checking one cell found: the value to publish and, when it was corrected or is wrong, why. */
export interface CellOutcome {
  value: string;
  severity?: Severity;
  text?: string;
}

/** A problem found in one cell of a row. */
export interface CellFinding {
  /** 0-based position in the row. */
  index: number;
  severity: Severity;
  text: string;
}

export function accepted(value: string): CellOutcome {
  return { value };
}

export function corrected(value: string, text: string): CellOutcome {
  return { value, severity: 'warning', text };
}

export function rejected(value: string, text: string): CellOutcome {
  return { value, severity: 'error', text };
}

/** Accepts the folded form, with a warning only when folding changed what the publisher wrote. */
export function acceptFolded(original: string, folded: string, what: string): CellOutcome {
  return folded === original ? accepted(original) : corrected(folded, `全角の文字を半角にし、${what}を「${folded}」にしました。`);
}

/**
 * NFKC folds full-width digits, letters, colons and hyphens; the dashes people type between
 * digits (「ー」「‐」「−」「―」) become a hyphen.
 */
export function foldWidth(text: string): string {
  return text.normalize('NFKC').replace(/(?<=\d)[ー‐‑‒–—―−](?=\d)/gu, '-');
}

/** Words people write instead of leaving a cell blank. */
export const INSTEAD_OF_BLANK = /^(-|ー|―|—|‐|−|なし|無し|不明|未定|未確認|該当なし|非公開|空欄|n\/?a|null|none)$/iu;

export const BLANK_ADVICE = '値がない・わからないときは、何も書かずに空欄にしてください。';
