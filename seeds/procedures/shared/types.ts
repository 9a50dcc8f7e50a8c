import type { FormDefinitionInput } from '../../../src/forms/form-definition.ts';

/** The input (not yet parsed) shapes of a page, a question and a condition, as the definitions are written. */
export type PageInput = FormDefinitionInput['pages'][number];
export type FieldInput = PageInput['fields'][number];
export type ConditionInput = NonNullable<FieldInput['showIf']>;
