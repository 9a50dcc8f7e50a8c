/** What a browser posted, as text: one value or several per name (files are not part of editor forms). */
export type Raw = Record<string, string | string[]>;

export function rawOf(body: Record<string, unknown>): Raw {
  const raw: Raw = {};
  for (const [name, value] of Object.entries(body)) {
    const texts = [value].flat().filter((item): item is string => typeof item === 'string');
    raw[name] = texts.length === 1 ? texts[0]! : texts;
  }
  return raw;
}

export function one(raw: Raw, name: string): string {
  const value = raw[name];
  return (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).normalize('NFC');
}

/** One value, trimmed; undefined when left empty. */
export function optional(raw: Raw, name: string): string | undefined {
  return one(raw, name).trim() || undefined;
}

export function many(raw: Raw, name: string): string[] {
  const value = raw[name];
  return (value === undefined ? [] : [value].flat()).map((item) => item.normalize('NFC'));
}

/** A text box with one entry per line, blank lines dropped. */
export function lines(raw: Raw, name: string): string[] {
  return one(raw, name)
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A number typed in any width (全角 digits too); undefined when empty, NaN when not a number. */
export function numberOf(raw: Raw, name: string): number | undefined {
  const text = one(raw, name).normalize('NFKC').replace(/[,\s]/gu, '').replace(/^[−ー‐]/u, '-');
  if (text === '') return undefined;
  return /^-?\d+(?:\.\d+)?$/u.test(text) ? Number(text) : Number.NaN;
}

/** The `_action` button that sent the form, split into its verb and argument (e.g. option-up:2). */
export function actionOf(raw: Raw): { verb: string; arg: string } {
  const [verb = 'save', arg = ''] = one(raw, '_action').split(':');
  return { verb, arg };
}
