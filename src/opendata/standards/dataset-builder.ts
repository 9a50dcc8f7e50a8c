import { column } from './column.ts';
import { normaliseHeader } from './normalise-header.ts';
import type { ColumnSpec, Requirement, StandardDataset } from './types.ts';

export interface DatasetPlan {
  id: string;
  title: string;
  /** Headers in the standard's order; a group (ADDR, CONTACT, ACC) is expanded in place. */
  headers: readonly (string | readonly ColumnSpec[])[];
  required: readonly string[];
  recommended: readonly string[];
  nameColumn: string;
}

export function defineDataset(plan: DatasetPlan): StandardDataset {
  const specs = plan.headers.flatMap((entry) => (typeof entry === 'string' ? [column(entry)] : entry));
  const names = new Set(specs.map((spec) => normaliseHeader(spec.name)));
  const requirementOf = (spec: ColumnSpec): Requirement =>
    plan.required.includes(spec.name) ? 'required' : plan.recommended.includes(spec.name) ? 'recommended' : spec.requirement;
  const finished = specs.map((spec) => withoutShadowingAliases({ ...spec, requirement: requirementOf(spec) }, names));
  assertKnown(plan, finished);
  const geographic = finished.some((spec) => spec.kind === 'latitude') && finished.some((spec) => spec.kind === 'longitude');
  return { id: plan.id, title: plan.title, columns: finished, geographic, nameColumn: plan.nameColumn };
}

/** An alias (or a column folded in) that is another column's own name in this dataset would steal that column's data. */
function withoutShadowingAliases(spec: ColumnSpec, names: ReadonlySet<string>): ColumnSpec {
  const { aliases: allAliases, fillFrom: allFills, ...rest } = spec;
  const aliases = (allAliases ?? []).filter((alias) => !names.has(normaliseHeader(alias)));
  const fillFrom = (allFills ?? []).filter((name) => !names.has(normaliseHeader(name)));
  return { ...rest, ...(aliases.length > 0 ? { aliases } : {}), ...(fillFrom.length > 0 ? { fillFrom } : {}) };
}

function assertKnown(plan: DatasetPlan, specs: readonly ColumnSpec[]): void {
  const names = new Set(specs.map((spec) => spec.name));
  const unknown = [...plan.required, ...plan.recommended, plan.nameColumn].filter((name) => !names.has(name));
  if (unknown.length > 0) throw new Error(`${plan.id}: unknown columns ${unknown.join(', ')}`);
  if (names.size !== specs.length) throw new Error(`${plan.id}: a header is listed twice`);
}
