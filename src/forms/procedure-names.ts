/**
 * A procedure has a legal name (児童手当等の受給資格及び児童手当の額についての認定請求) and, usually,
 * a plain title as residents say it (児童手当を申請する). Residents read the plain title first and
 * the legal name beside it; staff pages and exports keep the legal name.
 */
export interface ProcedureNames {
  title: string;
  plainTitle?: string | null;
}

/** The name residents read first: the plain title, or the legal name when there is none. */
export function plainTitleOf(names: ProcedureNames): string {
  return names.plainTitle?.trim() || names.title;
}

/** The legal name to show beside the plain title; undefined when the two are the same. */
export function legalNameOf(names: ProcedureNames): string | undefined {
  return plainTitleOf(names) === names.title ? undefined : names.title;
}

/** Both in one line, for page titles and mail: 児童手当を申請する（児童手当等の…認定請求）. */
export function bothNames(names: ProcedureNames): string {
  const legal = legalNameOf(names);
  return legal ? `${plainTitleOf(names)}（${legal}）` : names.title;
}
