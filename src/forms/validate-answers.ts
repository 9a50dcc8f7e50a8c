import type { FieldError } from '../views/form-fields.tsx';
import type { FormDefinition } from './form-definition.ts';
import type { Answers } from './answers.ts';
import { visiblePages } from './conditions.ts';
import { isConfirmed, type FieldWarning } from './field-checks.ts';
import { itemCount, pageToRaw } from './page-values.ts';
import { parsePage } from './parse-page.ts';

export interface PageProblems {
  pageId: string;
  errors: FieldError[];
  /** Warnings not confirmed for the answers as they are. */
  warnings: FieldWarning[];
  /** Every warning of the page, confirmed or not. */
  allWarnings: FieldWarning[];
}

/** Each page that applies, read back from the saved answers as the form would read them. */
export function checkAnswers(definition: FormDefinition, answers: Answers): PageProblems[] {
  return visiblePages(definition, answers).map((page) => {
    const parsed = parsePage(page, pageToRaw(page, answers), answers, itemCount(page, answers));
    return { pageId: page.id, errors: parsed.errors, warnings: parsed.warnings.filter((w) => !isConfirmed(w, answers)), allWarnings: parsed.warnings };
  });
}

/** The pages that would not pass as saved: a missing or impossible answer, or an unusual one not confirmed. */
export function incompletePages(definition: FormDefinition, answers: Answers): PageProblems[] {
  return checkAnswers(definition, answers).filter((page) => page.errors.length > 0 || page.warnings.length > 0);
}
