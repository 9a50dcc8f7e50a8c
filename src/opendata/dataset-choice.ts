import type { Queryable } from '../platform/db/database.ts';
import type { Finding } from './import/problem-log.ts';
import { datasets, type DatasetRow } from './schema.ts';
import { findStandard, STANDARD_DATASETS } from './standards/datasets.ts';
import { recogniseDataset, type DatasetCandidate } from './standards/recognise-dataset.ts';
import type { ColumnSpec } from './standards/types.ts';

/** A dataset a file may go to: one of the town's (by slug), or a standard one the town has not added yet (by the standard's id). */
export interface DatasetChoice extends DatasetCandidate {
  dataset?: DatasetRow;
  /** Id of the standard followed, if any. */
  standard: string | null;
}

export function columnsOf(dataset: DatasetRow): readonly ColumnSpec[] {
  return (dataset.standard ? findStandard(dataset.standard)?.columns : undefined) ?? dataset.customColumns ?? [];
}

/** The town's datasets, then the standard datasets none of them follows. */
export async function datasetChoices(tx: Queryable): Promise<DatasetChoice[]> {
  const own = await tx.select().from(datasets);
  const followed = new Set(own.map((dataset) => dataset.standard));
  return [
    ...own.map((dataset) => ({ key: dataset.slug, title: dataset.title, columns: columnsOf(dataset), dataset, standard: dataset.standard })),
    ...STANDARD_DATASETS.filter((standard) => !followed.has(standard.id)).map((standard) => ({ key: standard.id, title: standard.title, columns: standard.columns, standard: standard.id })),
  ];
}

/** What `--dataset` names: a slug of the town's datasets, else the id of a standard (all the town's datasets that follow it). */
export function choicesNamed(choices: readonly DatasetChoice[], name: string): DatasetChoice[] {
  const bySlug = choices.filter((choice) => choice.dataset?.slug === name);
  if (bySlug.length > 0) return bySlug;
  const byStandard = choices.filter((choice) => choice.standard === name);
  return byStandard.some((choice) => choice.dataset) ? byStandard.filter((choice) => choice.dataset) : byStandard;
}

/** A whole-file warning when the headers clearly fit another kind of dataset than the one the file is checked against. */
export function otherDatasetNote(header: readonly string[], choices: readonly DatasetChoice[], target: DatasetChoice): Finding | undefined {
  const best = recogniseDataset(header, choices).best;
  if (!best) return undefined;
  const fits = best.candidate;
  if (fits.key === target.key || (fits.standard !== null && fits.standard === target.standard)) return undefined;
  return {
    severity: 'warning',
    text: `見出しは「${fits.title}」の形式によく合います（一致度${percent(best.score)}）。登録先の「${target.title}」で正しいか確かめてください。`,
  };
}

export function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}
