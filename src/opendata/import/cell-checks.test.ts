import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkEmail, checkPhone, checkPostalCode, checkUrl } from './cell-contact.ts';
import { checkDate } from './cell-dates.ts';
import { checkOne, checkUmu } from './cell-flags.ts';
import { checkDecimal, checkInteger } from './cell-numbers.ts';
import type { CellOutcome } from './cell-outcome.ts';
import { checkMunicipalityCode } from './cell-places.ts';
import { checkTime } from './cell-time.ts';
import { checkWeekdays } from './cell-weekdays.ts';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u;

function ok(outcome: CellOutcome, value: string): void {
  assert.deepEqual(outcome, { value });
}
function fixed(outcome: CellOutcome, value: string): void {
  assert.equal(outcome.severity, 'warning', outcome.text);
  assert.equal(outcome.value, value);
  assert.match(outcome.text ?? '', JAPANESE);
}
function wrong(outcome: CellOutcome, pattern: RegExp): void {
  assert.equal(outcome.severity, 'error', `expected an error, got ${JSON.stringify(outcome)}`);
  assert.match(outcome.text ?? '', pattern);
}

describe('cell checks', () => {
  it('municipality codes: check digit, five digits, lost leading zero, full width', () => {
    ok(checkMunicipalityCode('143421'), '143421');
    wrong(checkMunicipalityCode('143420'), /6桁目（検査数字）が合いません。.*「143421」/u);
    wrong(checkMunicipalityCode('14342'), /5桁です。.*6桁目として検査数字.*「143421」/u);
    wrong(checkMunicipalityCode('11002'), /先頭の「0」が消えている.*「011002」/u);
    fixed(checkMunicipalityCode('１４３４２１'), '143421');
    wrong(checkMunicipalityCode('二宮町'), /形になっていません/u);
  });

  it('integers: blank words, units, grouping, full width, 0 kept', () => {
    ok(checkInteger('0'), '0');
    ok(checkInteger('1200'), '1200');
    fixed(checkInteger('1,234'), '1234');
    fixed(checkInteger('３０'), '30');
    wrong(checkInteger('30人'), /数字だけ.*単位は見出しや備考/u);
    wrong(checkInteger('約30'), /数字だけ/u);
    for (const word of ['-', 'なし', '不明']) wrong(checkInteger(word), /空欄にしてください。数が0のときは「0」/u);
    wrong(checkInteger('2.5'), /整数/u);
    wrong(checkInteger('-3'), /マイナス/u);
  });

  it('decimals: sign and point allowed, units refused', () => {
    ok(checkDecimal('-1.5'), '-1.5');
    fixed(checkDecimal('1,234.5'), '1234.5');
    wrong(checkDecimal('12.5m'), /数字だけ/u);
  });

  it('times: hh:mm, h:mm and full width corrected, 24:00 allowed, 9時 refused', () => {
    ok(checkTime('09:00'), '09:00');
    ok(checkTime('24:00'), '24:00');
    fixed(checkTime('9:00'), '09:00');
    fixed(checkTime('９：３０'), '09:30');
    fixed(checkTime('08:30:00'), '08:30');
    wrong(checkTime('9時'), /「09:00」のように/u);
    wrong(checkTime('24:30'), /存在しない時刻/u);
    wrong(checkTime('9:00～17:00'), /それぞれの列/u);
  });

  it('dates: ISO kept, slashes and 年月日 and 和暦 corrected, impossible dates refused', () => {
    ok(checkDate('2025-04-01'), '2025-04-01');
    fixed(checkDate('2025/4/1'), '2025-04-01');
    fixed(checkDate('2025年4月1日'), '2025-04-01');
    fixed(checkDate('令和7年4月1日'), '2025-04-01');
    fixed(checkDate('令和元年5月1日'), '2019-05-01');
    fixed(checkDate('R7.4.1'), '2025-04-01');
    fixed(checkDate('昭和50年11月3日'), '1975-11-03');
    wrong(checkDate('2025-02-30'), /存在しない日付/u);
    wrong(checkDate('令和7年2月29日'), /存在しない日付/u);
    wrong(checkDate('45748'), /Excelの日付が数値のまま/u);
    wrong(checkDate('4月1日'), /西暦の「年-月-日」/u);
    ok(checkDate('2025/4/1', { isoDates: false }), '2025/4/1');
  });

  it('有無 flags: 有/無 kept, ○ and × corrected, others refused', () => {
    ok(checkUmu('有'), '有');
    fixed(checkUmu('○'), '有');
    fixed(checkUmu('×'), '無');
    fixed(checkUmu('なし'), '無');
    wrong(checkUmu('1'), /「有」か「無」/u);
  });

  it('1-or-blank flags: ○ and 有 become 1, 0 is refused rather than blanked', () => {
    ok(checkOne('1'), '1');
    fixed(checkOne('○'), '1');
    fixed(checkOne('〇'), '1');
    fixed(checkOne('有'), '1');
    wrong(checkOne('0'), /当てはまらない行は、値を消して空欄に/u);
    wrong(checkOne('×'), /当てはまるときは「1」/u);
  });

  it('phone numbers: Japanese shapes, full width and brackets corrected, two numbers and extensions refused', () => {
    ok(checkPhone('0463-71-3311'), '0463-71-3311');
    ok(checkPhone('0120-123-456'), '0120-123-456');
    ok(checkPhone('090-1234-5678'), '090-1234-5678');
    fixed(checkPhone('０４６３ー７１ー３３１１'), '0463-71-3311');
    fixed(checkPhone('0463(71)3311'), '0463-71-3311');
    wrong(checkPhone('0463-71-3311、0463-71-3312'), /2つ以上/u);
    wrong(checkPhone('0463-71-3311（内線123）'), /「内線番号」の列/u);
    wrong(checkPhone('463713311'), /先頭の「0」が消えている/u);
    wrong(checkPhone('71-3311'), /市外局番から/u);
  });

  it('mail addresses, URLs and postal codes', () => {
    ok(checkEmail('bousai@town.ninomiya.lg.jp'), 'bousai@town.ninomiya.lg.jp');
    fixed(checkEmail('bousai＠town.ninomiya.lg.jp'), 'bousai@town.ninomiya.lg.jp');
    fixed(checkEmail('mailto:a@b.jp'), 'a@b.jp');
    wrong(checkEmail('a@b.jp, c@d.jp'), /2つ以上/u);
    wrong(checkEmail('役場'), /メールアドレスの形/u);
    ok(checkUrl('https://www.town.ninomiya.kanagawa.jp/'), 'https://www.town.ninomiya.kanagawa.jp/');
    wrong(checkUrl('www.town.ninomiya.kanagawa.jp'), /https:\/\//u);
    wrong(checkUrl('https://a.jp https://b.jp'), /2つ以上/u);
    ok(checkPostalCode('259-0123'), '259-0123');
    fixed(checkPostalCode('2590123'), '259-0123');
    fixed(checkPostalCode('〒259-0123'), '259-0123');
    wrong(checkPostalCode('600001'), /先頭の「0」/u);
  });

  it('weekdays: both separators kept, common forms corrected, anything else refused', () => {
    ok(checkWeekdays('月,火,水,木,金'), '月,火,水,木,金');
    ok(checkWeekdays('土・日・祝'), '土・日・祝');
    fixed(checkWeekdays('月～金'), '月,火,水,木,金');
    fixed(checkWeekdays('月曜日、水曜日'), '月,水');
    fixed(checkWeekdays('平日・祝日'), '月,火,水,木,金,祝');
    ok(checkWeekdays('月火水'), '月火水');
    fixed(checkWeekdays('水月'), '月,水');
    wrong(checkWeekdays('第2土曜日'), /特記事項の列/u);
  });
});
