import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normalizePhone } from './phone.ts';

function value(input: string): string | undefined {
  const result = normalizePhone(input);
  return result.ok ? result.value : undefined;
}

function refusal(input: string): string {
  const result = normalizePhone(input);
  assert.equal(result.ok, false, `${input} should be refused`);
  return result.ok ? '' : result.message;
}

describe('normalizePhone', () => {
  it('places hyphens after area codes of every length', () => {
    const cases: [string, string][] = [
      ['0463713311', '0463-71-3311'], // 二宮町役場
      ['0312345678', '03-1234-5678'],
      ['0451234567', '045-123-4567'],
      ['0612345678', '06-1234-5678'],
      ['0465221234', '0465-22-1234'],
      ['0499212345', '04992-1-2345'],
    ];
    for (const [input, formatted] of cases) {
      const result = normalizePhone(input);
      assert.deepEqual(result, { ok: true, value: formatted, digits: input, kind: 'landline' }, input);
    }
  });

  it('accepts full-width digits, any dash, spaces, brackets and +81', () => {
    for (const input of ['０４６３－７１－３３１１', '0463ー71ー3311', '0463‐71‐3311', '0463 71 3311', '(0463)71-3311', '0463(71)3311', '+81 463-71-3311', '+81(0)463713311', '＋８１４６３７１３３１１', ' 0463-7-13311 ']) {
      assert.equal(value(input), '0463-71-3311', input);
    }
  });

  it('recognises mobile, IP, free dial and navi dial numbers by their prefix', () => {
    assert.deepEqual(normalizePhone('09012345678'), { ok: true, value: '090-1234-5678', digits: '09012345678', kind: 'mobile' });
    assert.equal(value('070-1234-5678'), '070-1234-5678');
    assert.equal(value('+81 80 1234 5678'), '080-1234-5678');
    assert.deepEqual(normalizePhone('050-1234-5678'), { ok: true, value: '050-1234-5678', digits: '05012345678', kind: 'ipPhone' });
    assert.deepEqual(normalizePhone('0120-123-456'), { ok: true, value: '0120-123-456', digits: '0120123456', kind: 'freeDial' });
    assert.deepEqual(normalizePhone('0800-123-4567'), { ok: true, value: '0800-123-4567', digits: '08001234567', kind: 'freeDial' });
    assert.deepEqual(normalizePhone('0570-123-456'), { ok: true, value: '0570-123-456', digits: '0570123456', kind: 'naviDial' });
  });

  it('says how many digits a number of that kind has', () => {
    assert.equal(refusal('090-1234-567'), '携帯電話の番号（070・080・090）は11桁です。入力された番号は10桁です。');
    assert.equal(refusal('0120-123-4567'), 'フリーダイヤルの番号（0120）は10桁です。入力された番号は11桁です。');
    assert.equal(refusal('0800-123-456'), 'フリーダイヤルの番号（0800）は11桁です。入力された番号は10桁です。');
    assert.equal(refusal('0463-71-33111'), '固定電話の番号は10桁です。入力された番号は11桁です。');
    assert.equal(refusal('0463-71-331'), '固定電話の番号は10桁です。入力された番号は9桁です。');
  });

  it('refuses what is not a Japanese phone number', () => {
    assert.equal(refusal(''), '電話番号を入力してください。');
    assert.match(refusal('463-71-3311'), /0から始まる10桁または11桁/);
    assert.match(refusal('00-1234-5678'), /0から始まる10桁または11桁/);
    assert.match(refusal('0463-71-3311 内線12'), /0から始まる10桁または11桁/);
    assert.match(refusal('abc'), /0から始まる10桁または11桁/);
    assert.equal(refusal('+1 202 555 0123'), '日本国内の電話番号を入力してください。');
    assert.equal(value('0463-71-33'), undefined);
  });
});
