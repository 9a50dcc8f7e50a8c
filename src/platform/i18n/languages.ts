export const LANGUAGES = ['ja', 'en', 'easy'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_LABELS: Record<Language, string> = {
  ja: '日本語',
  en: 'English',
  easy: 'やさしい日本語',
};

/** The value of the html lang attribute: やさしい日本語 is Japanese. */
export function htmlLang(language: Language): string {
  return language === 'en' ? 'en' : 'ja';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
