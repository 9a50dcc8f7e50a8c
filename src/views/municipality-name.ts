import type { Language } from '../platform/i18n/languages.ts';
import type { Municipality } from '../platform/tenancy/municipality.ts';

export function municipalityName(municipality: Municipality, language: Language): string {
  if (language === 'en') return municipality.nameEn;
  if (language === 'easy') return `${municipality.nameJa}（${municipality.nameKana}）`;
  return municipality.nameJa;
}
