import { fieldsInCondition, type FormDefinition, type PageDefinition } from './form-definition.ts';
import type { Answers } from './answers.ts';
import { conditionHolds } from './conditions.ts';

/** How many pages a form has: those that apply now, and at most, counting those later answers may still bring in. */
export interface PageRange {
  min: number;
  max: number;
}

/** A page that does not apply now but may: its condition reads a question not answered yet. */
function mayApply(page: PageDefinition, answers: Answers): boolean {
  return page.showIf !== undefined && fieldsInCondition(page.showIf).some((name) => answers[name] === undefined);
}

function range(pages: PageDefinition[], answers: Answers): PageRange {
  const applying = pages.filter((page) => conditionHolds(page.showIf, answers)).length;
  return { min: applying, max: applying + pages.filter((page) => !conditionHolds(page.showIf, answers) && mayApply(page, answers)).length };
}

/** The pages of the whole form, as the start page states them before any answer. */
export function formPageRange(definition: FormDefinition, answers: Answers = {}): PageRange {
  return range(definition.pages, answers);
}

/** The pages still to come after the given one, with the answers so far. */
export function pagesAfter(definition: FormDefinition, pageId: string, answers: Answers): PageRange {
  const index = definition.pages.findIndex((page) => page.id === pageId);
  return range(definition.pages.slice(index + 1), answers);
}

/** 「3ページ」 or 「3〜5ページ」. */
export function pageRangeText(pages: PageRange): string {
  return pages.min === pages.max ? `${pages.min}ページ` : `${pages.min}〜${pages.max}ページ`;
}
