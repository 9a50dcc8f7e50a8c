import { matchHeaders } from './header-match.ts';
import { normaliseHeader } from './normalise-header.ts';
import { isOlderName } from './older-layouts.ts';
import type { ColumnSpec } from './types.ts';

/** A dataset a file may belong to: one of the town's, or a standard dataset the town has not added yet. */
export interface DatasetCandidate {
  key: string;
  title: string;
  columns: readonly ColumnSpec[];
}

export interface CandidateScore<C extends DatasetCandidate = DatasetCandidate> {
  candidate: C;
  /** Share of the evidence in the file's headers this dataset explains, 0–1 (see recogniseDataset). */
  score: number;
  /** Headers of the file that are columns of this dataset (by any spelling, current or 2019). */
  matched: number;
}

export interface Recognition<C extends DatasetCandidate = DatasetCandidate> {
  /** The dataset the file is, when the headers say so clearly enough. */
  best?: CandidateScore<C>;
  /** Every candidate that explains at least one header, best first. */
  ranking: CandidateScore<C>[];
  /** Non-empty headers of the file. */
  headers: number;
  /** Why there is no best: nothing fits well enough, or two datasets fit about equally. */
  doubt?: 'no-fit' | 'ambiguous';
  /** The best fits about as well as the runner-up, and won by the standard's spelling of the headers. */
  bySpelling?: boolean;
}

/** The best must explain at least this share of the headers' weight, and at least MIN_MATCHED headers … */
const MIN_SCORE = 0.4;
const MIN_MATCHED = 3;
/**
 * … and the runner-up must score below this share of the best's score. 公共施設一覧 and
 * 観光施設一覧 share most columns: a full file of either leaves the other at about 0.8.
 */
const MAX_RUNNER_UP = 0.9;
const ALIAS_QUALITY = 0.6;

/**
 * Which dataset a file is, by its headers. Each header is weighed by how telling it is: one that
 * only 公衆トイレ一覧 has (男性トイレ総数) counts fully, one that nine datasets share (名称)
 * counts a ninth, and a header no dataset has counts fully against all of them. A candidate's
 * score is the weight of the headers it explains over the weight of all headers.
 */
export function recogniseDataset<C extends DatasetCandidate>(fileHeaders: readonly string[], candidates: readonly C[]): Recognition<C> {
  const headers = [...new Set(fileHeaders.map(normaliseHeader).filter((key) => key !== ''))];
  const explained = candidates.map((candidate) => explainedHeaders(headers, candidate.columns));
  const sharedBy = headers.map((_, index) => explained.filter((found) => found.has(index)).length);
  const weight = (index: number) => 1 / Math.max(1, sharedBy[index]!);
  const total = headers.reduce((sum, _, index) => sum + weight(index), 0);
  const scored = candidates
    .map((candidate, at) => {
      const found = explained[at]!;
      const evidence = [...found].reduce((sum, [index, quality]) => sum + weight(index) * quality, 0);
      return { candidate, matched: found.size, score: total === 0 ? 0 : evidence / total, found };
    })
    .filter((entry) => entry.matched > 0)
    .sort((a, b) => b.score - a.score || b.matched - a.matched);
  const ranking = scored.map(({ found: _found, ...entry }) => entry);
  const [first] = scored;
  if (!first || first.score < MIN_SCORE || first.matched < MIN_MATCHED) return { ranking, headers: headers.length, doubt: 'no-fit' };
  const close = scored.slice(1).filter((other) => other.score > first.score * MAX_RUNNER_UP);
  if (close.some((other) => !spellingDecides(first.found, other.found, headers))) return { ranking, headers: headers.length, doubt: 'ambiguous' };
  return { best: ranking[0], ranking, headers: headers.length, ...(close.length > 0 ? { bySpelling: true } : {}) };
}

/**
 * Between datasets that share the file's columns, the current standard's spelling decides: the
 * first takes every header the other takes, and some of them by its own name where the other
 * needs an alias. A 2019 name (住所, NO) decides nothing, since every dataset of that time used it.
 */
function spellingDecides(first: ReadonlyMap<number, number>, other: ReadonlyMap<number, number>, headers: readonly string[]): boolean {
  if ([...other.keys()].some((index) => !first.has(index))) return false;
  const telling = [...first].filter(([index]) => !isOlderName(headers[index]!));
  const firstBetter = telling.some(([index, quality]) => quality > (other.get(index) ?? 0));
  const otherBetter = telling.some(([index, quality]) => quality < (other.get(index) ?? 0));
  return firstBetter && !otherBetter;
}

/**
 * Headers a dataset's columns take (by position in the de-duplicated normalised headers), with how
 * well: its own name counts fully; another spelling, a 2019 name or a folded column counts less, so
 * a file that writes 名称_英字 and 電話番号 is 公共施設一覧 rather than 観光施設一覧, which spells
 * them 名称_英語 and 連絡先電話番号.
 */
function explainedHeaders(headers: readonly string[], columns: readonly ColumnSpec[]): Map<number, number> {
  const match = matchHeaders(headers, columns);
  const found = new Map<number, number>(match.folded.map(({ index }) => [index, ALIAS_QUALITY]));
  match.matched.forEach((spec, index) => {
    if (spec) found.set(index, normaliseHeader(spec.name) === headers[index] ? 1 : ALIAS_QUALITY);
  });
  return found;
}
