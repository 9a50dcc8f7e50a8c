import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatBothCalendars, formatWareki, parseDateParts } from './wareki-date.ts';

function iso(year: string, month: string, day: string, era?: Parameters<typeof parseDateParts>[3]): string | undefined {
  const result = parseDateParts(year, month, day, era);
  return result.ok ? result.iso : undefined;
}

function message(year: string, month: string, day: string, era?: Parameters<typeof parseDateParts>[3]): string {
  const result = parseDateParts(year, month, day, era);
  assert.equal(result.ok, false, `${year}/${month}/${day} should be refused`);
  return result.ok ? '' : result.message;
}

describe('parseDateParts', () => {
  it('reads 西暦 in half- and full-width digits, with or without 年・月・日', () => {
    assert.equal(iso('2025', '4', '1'), '2025-04-01');
    assert.equal(iso('２０２５', '０４', '０１'), '2025-04-01');
    assert.equal(iso('2025年', '4月', '1日'), '2025-04-01');
    assert.equal(iso('西暦2025', '12', '31'), '2025-12-31');
    assert.equal(iso(' 2025 ', ' 4 ', ' 1 '), '2025-04-01');
  });

  it('reads 和暦 written with the era name, its initial, full-width letters or the ㋿ sign', () => {
    assert.equal(iso('令和7', '4', '1'), '2025-04-01');
    assert.equal(iso('R7', '4', '1'), '2025-04-01');
    assert.equal(iso('r7', '4', '1'), '2025-04-01');
    assert.equal(iso('Ｒ７', '４', '１'), '2025-04-01');
    assert.equal(iso('㋿7', '4', '1'), '2025-04-01');
    assert.equal(iso('令和 7年', '4', '1'), '2025-04-01');
    assert.equal(iso('平成31', '4', '30'), '2019-04-30');
    assert.equal(iso('H31', '4', '30'), '2019-04-30');
    assert.equal(iso('昭和64', '1', '7'), '1989-01-07');
    assert.equal(iso('S64', '1', '7'), '1989-01-07');
    assert.equal(iso('昭和50', '8', '15'), '1975-08-15');
    assert.equal(iso('大正15', '12', '24'), '1926-12-24');
    assert.equal(iso('T1', '7', '30'), '1912-07-30');
  });

  it('takes 元 as the first year of an era', () => {
    assert.equal(iso('令和元', '5', '1'), '2019-05-01');
    assert.equal(iso('令和元年', '5月', '1日'), '2019-05-01');
    assert.equal(iso('平成元', '1', '8'), '1989-01-08');
    assert.equal(iso('昭和元', '12', '25'), '1926-12-25');
    assert.equal(iso('元', '5', '1', 'reiwa'), '2019-05-01');
  });

  it('uses the era chosen separately, and refuses a typed era that disagrees with it', () => {
    assert.equal(iso('7', '4', '1', 'reiwa'), '2025-04-01');
    assert.equal(iso('63', '3', '3', 'showa'), '1988-03-03');
    assert.equal(iso('2025', '4', '1', 'seireki'), '2025-04-01');
    assert.equal(iso('令和7', '4', '1', 'reiwa'), '2025-04-01');
    assert.match(message('H31', '4', '1', 'reiwa'), /元号の選択（令和）と年の入力（平成）が合っていません/);
    assert.match(message('7', '4', '1', 'seireki'), /西暦の年は4桁/);
    assert.match(message('2025', '4', '1', 'reiwa'), /西暦で入力するときは「西暦」を選んでください/);
  });

  it('refuses dates outside the era they are written in, saying which era to use', () => {
    assert.equal(message('平成31', '5', '1'), '平成は31年4月30日までです。令和元年5月1日以降は令和で入力してください。');
    assert.equal(message('H32', '1', '1'), '平成は31年4月30日までです。令和元年5月1日以降は令和で入力してください。');
    assert.equal(message('令和元', '4', '30'), '令和は元年5月1日からです。それより前の日付は平成で入力してください。');
    assert.equal(message('昭和64', '1', '8'), '昭和は64年1月7日までです。平成元年1月8日以降は平成で入力してください。');
    assert.equal(message('平成元', '1', '7'), '平成は元年1月8日からです。それより前の日付は昭和で入力してください。');
    assert.equal(message('大正15', '12', '25'), '大正は15年12月24日までです。昭和元年12月25日以降は昭和で入力してください。');
    assert.equal(message('大正元', '7', '29'), '大正は元年7月30日からです。それより前の日付には対応していません。');
  });

  it('refuses days that do not exist in the calendar', () => {
    assert.equal(message('2026', '2', '30'), '日付が正しくありません。2月は28日までです。');
    assert.equal(message('令和8', '2', '29'), '日付が正しくありません。2月は28日までです。');
    assert.equal(iso('令和6', '2', '29'), '2024-02-29');
    assert.equal(message('2025', '4', '31'), '日付が正しくありません。4月は30日までです。');
    assert.equal(message('2100', '2', '29'), '日付が正しくありません。2月は28日までです。');
    assert.equal(iso('2000', '2', '29'), '2000-02-29');
  });

  it('explains empty and malformed parts in Japanese', () => {
    assert.equal(message('', '4', '1'), '年を入力してください。');
    assert.equal(message('2025', '', '1'), '月を入力してください。');
    assert.equal(message('2025', '4', ''), '日を入力してください。');
    assert.equal(message('2025', '13', '1'), '月は1から12までの数字で入力してください。');
    assert.equal(message('2025', '0', '1'), '月は1から12までの数字で入力してください。');
    assert.equal(message('2025', '4', '32'), '日は1から31までの数字で入力してください。');
    assert.equal(message('2025', '四', '1'), '月は1から12までの数字で入力してください。');
    assert.match(message('7', '4', '1'), /西暦（例：2025）か、元号を付けて（例：令和7）/);
    assert.match(message('令和0', '4', '1'), /令和の年は「元」か/);
    assert.match(message('明治45', '7', '29'), /西暦（例：2025）か、元号を付けて/);
    assert.match(message('25', '4', '1', 'seireki'), /西暦の年は4桁/);
  });
});

describe('formatWareki and formatBothCalendars', () => {
  it('writes the era year, with 元年 for the first', () => {
    assert.equal(formatWareki('2025-04-01'), '令和7年4月1日');
    assert.equal(formatWareki('2019-05-01'), '令和元年5月1日');
    assert.equal(formatWareki('2019-04-30'), '平成31年4月30日');
    assert.equal(formatWareki('1989-01-07'), '昭和64年1月7日');
    assert.equal(formatWareki('1989-01-08'), '平成元年1月8日');
    assert.equal(formatWareki('1926-12-24'), '大正15年12月24日');
    assert.equal(formatWareki('1900-01-01'), '1900年1月1日');
  });

  it('puts 西暦 in brackets after the era year', () => {
    assert.equal(formatBothCalendars('2025-04-01'), '令和7年（2025年）4月1日');
    assert.equal(formatBothCalendars('2019-05-01'), '令和元年（2019年）5月1日');
    assert.equal(formatBothCalendars('1975-08-15'), '昭和50年（1975年）8月15日');
  });

  it('round-trips through parseDateParts', () => {
    for (const date of ['2019-05-01', '2019-04-30', '1989-01-08', '1989-01-07', '1926-12-25', '2026-12-28']) {
      const [, era, year] = /^(令和|平成|昭和|大正)(元|\d+)年/u.exec(formatWareki(date))!;
      assert.equal(iso(`${era}${year}`, date.slice(5, 7), date.slice(8, 10)), date);
    }
  });

  it('refuses strings that are not calendar dates', () => {
    assert.throws(() => formatWareki('2025-02-30'), RangeError);
    assert.throws(() => formatBothCalendars('2025/04/01'), RangeError);
  });
});
