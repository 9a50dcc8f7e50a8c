import { matchHeaders } from './header-match.ts';
import { normaliseHeader } from './normalise-header.ts';
import type { ColumnSpec } from './types.ts';

/** A dataset a file may belong to: one of the town's, or a standard dataset the town has not added yet. */
export interface DatasetCandidate {
  key: string;
  title: string;
  columns: readonly ColumnSpec[];
}

export interface CandidateScore {
  candidate: DatasetCandidate;
  /** Share of the evidence in the file's headers this dataset explains, 0–1 (see recogniseDataset). */
  score: number;
  /** Headers of the file that are columns of this dataset (by any spelling, current or 2019). */
  matched: number;
}

export interface Recognition {
  /** The dataset the file is, when the headers say so clearly enough. */
  best?: CandidateScore;
  /** Every candidate that explains at least one header, best first. */
  ranking: CandidateScore[];
  /** Non-empty headers of the file. */
  headers: number;
  /** Why there is no best: nothing fits well enough, or two datasets fit about equally. */
  doubt?: 'no-fit' | 'ambiguous';
}

/** The best must explain at least this share of the headers' weight, and at least MIN_MATCHED headers … */
const MIN_SCORE = 0.4;
const MIN_MATCHED = 3;
/**
 * … and the runner-up must score below this share of the best's score. 公共施設一覧 and
 * 観光施設一覧 share most columns: a full file of either leaves the other at about 0.8.
 */
const MAX_RUNNER_UP = 0.9;

/**
 * Which dataset a file is, by its headers. Each header is weighed by how telling it is: one that
 * only 公衆トイレ一覧 has (男性トイレ総数) counts fully, one that nine datasets share (名称)
 * counts a ninth, and a header no dataset has counts fully against all of them. A candidate's
 * score is the weight of the headers it explains over the weight of all headers.
 */
export function recogniseDataset(fileHeaders: readonly string[], candidates: readonly DatasetCandidate[]): Recognition {
  const headers = [...new Set(fileHeaders.map(normaliseHeader).filter((key) => key !== ''))];
  const explained = candidates.map((candidate) => explainedHeaders(headers, candidate.columns));
  const sharedBy = headers.map((_, index) => explained.filter((set) => set.has(index)).length);
  const weight = (index: number) => 1 / Math.max(1, sharedBy[index]!);
  const total = headers.reduce((sum, _, index) => sum + weight(index), 0);
  const ranking = candidates
    .map((candidate, at) => {
      const indexes = [...explained[at]!];
      return { candidate, matched: indexes.length, score: total === 0 ? 0 : indexes.reduce((sum, index) => sum + weight(index), 0) / total };
    })
    .filter((scored) => scored.matched > 0)
    .sort((a, b) => b.score - a.score || b.matched - a.matched);
  const [first, second] = ranking;
  if (!first || first.score < MIN_SCORE || first.matched < MIN_MATCHED) return { ranking, headers: headers.length, doubt: 'no-fit' };
  if (second && second.score > first.score * MAX_RUNNER_UP) return { ranking, headers: headers.length, doubt: 'ambiguous' };
  return { best: first, ranking, headers: headers.length };
}

/** Positions (in the de-duplicated normalised headers) of the headers a dataset's columns take, folded ones included. */
function explainedHeaders(headers: readonly string[], columns: readonly ColumnSpec[]): Set<number> {
  const match = matchHeaders(headers, columns);
  const taken = new Set(match.folded.map(({ index }) => index));
  match.matched.forEach((spec, index) => {
    if (spec) taken.add(index);
  });
  return taken;
}
