import type { FieldDefinition } from './form-definition.ts';

/** HTML id/name of a field: its name, or group-index-name inside a repeating group. */
export function fieldId(field: FieldDefinition, item?: { group: string; index: number }): string {
  return item ? `${item.group}-${item.index}-${field.name}` : field.name;
}

/** The input the error summary links to: the first part of a field made of several inputs. */
export function anchorId(field: FieldDefinition, id: string): string {
  if (field.type === 'name' || field.type === 'kana') return `${id}-family`;
  if (field.type === 'date') return `${id}-year`;
  return id;
}
