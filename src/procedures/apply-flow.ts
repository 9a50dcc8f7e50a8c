import type { FormDefinition, PageDefinition } from '../forms/form-definition.ts';
import type { Answers } from '../forms/answers.ts';
import { visiblePages } from '../forms/conditions.ts';
import type { BasicFourInfo } from '../platform/identity/oidc/basic-info.ts';
import { postalCodeOfAddress } from '../forms/inputs/postal-code.ts';

export interface PagePosition {
  page: PageDefinition;
  index: number;
  total: number;
  previous?: PageDefinition;
  next?: PageDefinition;
}

/** Where a page stands among the pages that apply to these answers; undefined if it does not apply. */
export function positionOf(definition: FormDefinition, pageId: string, answers: Answers): PagePosition | undefined {
  const pages = visiblePages(definition, answers);
  const index = pages.findIndex((page) => page.id === pageId);
  if (index < 0) return undefined;
  return { page: pages[index]!, index, total: pages.length, previous: pages[index - 1], next: pages[index + 1] };
}

function splitName(name: string): { family: string; given: string } {
  const [family, ...rest] = name.normalize('NFKC').trim().split(/\s+/u);
  return { family: family ?? '', given: rest.join(' ') };
}

export interface Prefill {
  answers: Answers;
  /** Fields filled from the card, by field name. */
  prefilled: string[];
}

/** Answers taken from the My Number card's 基本4情報 for the fields that ask for them. */
export function prefillFromCard(definition: FormDefinition, info: BasicFourInfo | undefined): Prefill {
  const answers: Answers = {};
  const prefilled: string[] = [];
  if (!info) return { answers, prefilled };
  for (const page of definition.pages) {
    if (page.repeat) continue;
    for (const field of page.fields) {
      const source = field.prefill === 'postalCode' ? (info.address ? postalCodeOfAddress(info.address) : undefined) : field.prefill ? info[field.prefill] : undefined;
      if (!source) continue;
      if (field.type === 'name') answers[field.name] = splitName(source);
      else if (field.type === 'postalCode' && /^\d{7}$/u.test(source)) answers[field.name] = source;
      else if (field.type === 'date' && /^\d{4}-\d{2}-\d{2}$/u.test(source)) answers[field.name] = source;
      else if (field.type === 'address' || field.type === 'text') answers[field.name] = source;
      else if (field.type === 'choice' && field.options?.some((o) => o.value === source)) answers[field.name] = source;
      else continue;
      prefilled.push(field.name);
    }
  }
  return { answers, prefilled };
}

export const PREFILLED_KEY = '_prefilled';

export function prefilledFields(answers: Answers): string[] {
  const value = answers[PREFILLED_KEY];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
