import { accepted, corrected, foldWidth, rejected, type CellOutcome } from './cell-outcome.ts';

const TIME_ADVICE = '時刻は「09:00」のように、半角数字の「時:分」（24時間制）で書いてください。';

/** hh:mm, 24-hour clock; 24:00 is allowed as the end of a day. */
export function checkTime(raw: string): CellOutcome {
  const folded = foldWidth(raw);
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/u.exec(folded);
  if (!match) {
    if (/[時分]/u.test(folded)) return rejected(raw, `「${raw}」は使えない書き方です。${TIME_ADVICE}（例：「9時30分」→「09:30」）`);
    if (/[~〜～-]/u.test(folded)) return rejected(raw, `「${raw}」のように時間帯を1つのセルに書くことはできません。開始と終了の時刻を、それぞれの列に書いてください。`);
    return rejected(raw, `「${raw}」は時刻として読めません。${TIME_ADVICE}それ以外の説明は特記事項の列に書いてください。`);
  }
  const [, hours = '', minutes = '', seconds] = match;
  const hour = Number(hours);
  const minute = Number(minutes);
  if (minute > 59 || hour > 24 || (hour === 24 && minute > 0)) return rejected(raw, `「${raw}」は存在しない時刻です。${TIME_ADVICE}`);
  if (seconds !== undefined && seconds !== '00') return rejected(raw, `「${raw}」には秒が入っています。${TIME_ADVICE}`);
  const value = `${hours.padStart(2, '0')}:${minutes}`;
  return value === raw ? accepted(raw) : corrected(value, `時刻を「${value}」の形に直しました。`);
}
