import { accepted, corrected, rejected, type CellOutcome } from './cell-outcome.ts';

const DAYS = ['月', '火', '水', '木', '金', '土', '日', '祝'] as const;
const WEEKDAY_ADVICE =
  'この列には「月,火,水,木,金」または「月・火・水・木・金」のように、月火水木金土日祝の文字を区切って書いてください。第2土曜日などの細かい決まりは、特記事項の列に書いてください。';

/** Already in one of the forms the standard's files use: 月,火,水 or 月・火・水 or 月火水. */
const CANONICAL = /^[月火水木金土日祝](,[月火水木金土日祝])*$|^[月火水木金土日祝](・[月火水木金土日祝])*$/u;

/** Day letters written together in the week's order, each once (月火水木金, 土日祝). */
function isRunOfDays(raw: string): boolean {
  const positions = [...raw].map((day) => DAYS.indexOf(day as (typeof DAYS)[number]));
  return positions.length > 0 && positions.every((position, i) => position >= 0 && (i === 0 || position > positions[i - 1]!));
}

export function checkWeekdays(raw: string): CellOutcome {
  if (CANONICAL.test(raw) || isRunOfDays(raw)) return accepted(raw);
  const days = readDays(raw.normalize('NFKC'));
  if (!days) return rejected(raw, `「${raw}」は曜日として読めません。${WEEKDAY_ADVICE}`);
  const value = DAYS.filter((day) => days.has(day)).join(',');
  return corrected(value, `曜日を「${value}」の形に直しました。`);
}

/** Reads 月曜日、火曜日 / 月～金 / 平日・土 / 月火水 and the like into a set of day letters. */
function readDays(text: string): Set<string> | undefined {
  const compact = text
    .replace(/\s+/gu, '')
    .replace(/毎日|全日/gu, '月~日,祝')
    .replace(/祝日|祝祭日/gu, '祝')
    .replace(/曜日?/gu, '')
    .replace(/平日/gu, '月~金')
    .replace(/[〜～ー−―-]/gu, '~');
  const days = new Set<string>();
  for (const part of compact.split(/[,、・/]/u).filter(Boolean)) {
    const range = /^([月火水木金土日])~([月火水木金土日])$/u.exec(part);
    if (range) {
      const from = DAYS.indexOf(range[1] as (typeof DAYS)[number]);
      const to = DAYS.indexOf(range[2] as (typeof DAYS)[number]);
      if (to < from) return undefined;
      DAYS.slice(from, to + 1).forEach((day) => days.add(day));
      continue;
    }
    if (!/^[月火水木金土日祝]+$/u.test(part)) return undefined;
    [...part].forEach((day) => days.add(day));
  }
  return days.size > 0 ? days : undefined;
}
