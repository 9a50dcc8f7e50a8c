/** First western year minus one, so that 令和1年 = 2018 + 1 = 2019. */
const ERA_BASE: Readonly<Record<string, number>> = {
  明治: 1867,
  大正: 1911,
  昭和: 1925,
  平成: 1988,
  令和: 2018,
  M: 1867,
  T: 1911,
  S: 1925,
  H: 1988,
  R: 2018,
};

const KANJI_ERA = /^(明治|大正|昭和|平成|令和)(元|\d{1,2})年(\d{1,2})月(\d{1,2})日$/u;
const LETTER_ERA = /^([MTSHR])(元|\d{1,2})[./-](\d{1,2})[./-](\d{1,2})$/u;

export interface WesternDate {
  year: number;
  month: number;
  day: number;
}

/** 令和7年4月1日, 令和元年5月1日 or R7.4.1 as a western date; undefined when the text is not 和暦. */
export function fromJapaneseEra(text: string): WesternDate | undefined {
  const match = KANJI_ERA.exec(text) ?? LETTER_ERA.exec(text.toUpperCase());
  if (!match) return undefined;
  const [, era = '', year = '', month = '', day = ''] = match;
  const base = ERA_BASE[era];
  if (base === undefined) return undefined;
  return { year: base + (year === '元' ? 1 : Number(year)), month: Number(month), day: Number(day) };
}
