import type { FormDefinition } from '../forms/form-definition.ts';
import type { Answers } from '../forms/answers.ts';
import { isFieldShown, visiblePages } from '../forms/conditions.ts';
import type { RequestedField } from './requested-field.ts';

/**
 * The questions staff may reopen in a correction request, in form order: each question of the
 * pages that apply, and a repeating page (each child, each building) as a whole.
 */
export function correctableQuestions(definition: FormDefinition, answers: Answers): Map<string, RequestedField> {
  const questions = new Map<string, RequestedField>();
  for (const page of visiblePages(definition, answers)) {
    if (page.repeat) {
      questions.set(`${page.id}:`, { page: page.id, pageTitle: page.title });
      continue;
    }
    for (const field of page.fields.filter((f) => isFieldShown(f, answers))) questions.set(`${page.id}:${field.name}`, { page: page.id, pageTitle: page.title, field: field.name, fieldLabel: field.label });
  }
  return questions;
}
