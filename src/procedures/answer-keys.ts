import type { FormDefinition } from '../forms/form-definition.ts';

/** Every key answers use in a definition: top-level names, repeating groups, and group.name inside them. */
export function answerKeys(definition: FormDefinition): Set<string> {
  const keys = new Set<string>();
  for (const page of definition.pages) {
    if (page.repeat) keys.add(page.repeat.name);
    for (const field of page.fields) keys.add(page.repeat ? `${page.repeat.name}.${field.name}` : field.name);
  }
  return keys;
}
