import type { ColumnKind, ColumnSpec } from '../standards/types.ts';
import { checkPostalCode, checkEmail, checkPhone, checkUrl } from './cell-contact.ts';
import { checkDate, type DateRules } from './cell-dates.ts';
import { checkOne, checkUmu } from './cell-flags.ts';
import { checkDecimal, checkInteger } from './cell-numbers.ts';
import { accepted, type CellFinding, type CellOutcome } from './cell-outcome.ts';
import { checkMunicipalityCode } from './cell-places.ts';
import { checkTime } from './cell-time.ts';
import { checkWeekdays } from './cell-weekdays.ts';
import { checkCoordinates } from './validate-coordinates.ts';

export type CellRules = DateRules;

export interface CheckedRow {
  /** The row with corrected values in place. */
  cells: string[];
  findings: CellFinding[];
}

/** Checks one non-empty, trimmed value against its column's kind. Coordinates are checked in pairs elsewhere. */
export function checkCell(kind: ColumnKind, value: string, rules: CellRules): CellOutcome {
  switch (kind) {
    case 'municipalityCode':
      return checkMunicipalityCode(value);
    case 'integer':
      return checkInteger(value);
    case 'decimal':
      return checkDecimal(value);
    case 'time':
      return checkTime(value);
    case 'date':
      return checkDate(value, rules);
    case 'flagUmu':
      return checkUmu(value);
    case 'flagOne':
      return checkOne(value);
    case 'phone':
      return checkPhone(value);
    case 'email':
      return checkEmail(value);
    case 'url':
      return checkUrl(value);
    case 'postalCode':
      return checkPostalCode(value);
    case 'weekdays':
      return checkWeekdays(value);
    case 'latitude':
    case 'longitude':
    case 'text':
      return accepted(value);
  }
}

/** Checks every mapped cell of a data row; `mapped[i]` is the standard column of the file's column i. */
export function validateRow(row: readonly string[], mapped: readonly (ColumnSpec | undefined)[], rules: CellRules): CheckedRow {
  const cells = [...row];
  const findings: CellFinding[] = [];
  mapped.forEach((spec, index) => {
    const value = cells[index] ?? '';
    if (!spec) return;
    if (value === '') {
      // For 1-or-blank flags, blank is a value ("does not apply"); required means the column must be there.
      if (spec.requirement === 'required' && spec.kind !== 'flagOne') findings.push({ index, severity: 'error', text: '必須の項目が空です。値を入れてください。' });
      return;
    }
    const outcome = checkCell(spec.kind, value, rules);
    cells[index] = outcome.value;
    if (outcome.severity && outcome.text) findings.push({ index, severity: outcome.severity, text: outcome.text });
  });
  const latitude = mapped.findIndex((spec) => spec?.kind === 'latitude');
  const longitude = mapped.findIndex((spec) => spec?.kind === 'longitude');
  findings.push(...checkCoordinates(cells, latitude, longitude));
  findings.sort((a, b) => a.index - b.index);
  return { cells, findings };
}
