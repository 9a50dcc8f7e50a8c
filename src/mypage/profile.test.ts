import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatBirthDate, parseProfileForm } from './profile.ts';
import { isKatakana, toFullWidthKatakana } from '../platform/text/kana.ts';

const TODAY = new Date('2026-06-01T00:00:00Z');

describe('profile input', () => {
  it('turns hiragana and half-width katakana into full-width katakana', () => {
    assert.equal(toFullWidthKatakana('にのみや　たろう'), 'ニノミヤ　タロウ');
    assert.equal(toFullWidthKatakana('ﾆﾉﾐﾔ ﾀﾞｲｽｹ'), 'ニノミヤ　ダイスケ');
    assert.equal(toFullWidthKatakana(' ゆうこ・ぱーかー '), 'ユウコ・パーカー');
    assert.equal(isKatakana('ニノミヤ　タロウ'), true);
    assert.equal(isKatakana('Ninomiya'), false);
  });

  it('accepts full-width digits and hyphens in the phone number and birth date', () => {
    const parsed = parseProfileForm({ phone: '０４６３－７１－３３１１', 'birth-year': '１９８５', 'birth-month': '４', 'birth-day': '１' }, TODAY);
    assert.deepEqual(parsed, { ok: true, profile: { phone: '0463-71-3311', birthDate: '1985-04-01' } });
    assert.equal(formatBirthDate('1985-04-01'), '1985年4月1日（昭和60年）');
  });

  it('puts each error at its field and keeps what was typed', () => {
    const parsed = parseProfileForm({ name: '二宮 太郎', 'name-kana': 'Taro', 'birth-year': '1985', 'birth-month': '2', 'birth-day': '30', phone: '12-34' }, TODAY);
    assert.equal(parsed.ok, false);
    if (parsed.ok) return;
    assert.deepEqual(parsed.errors.map((e) => e.field), ['name-kana', 'birth-day', 'phone']);
    assert.equal(parsed.form.name, '二宮 太郎');
    assert.equal(parsed.form.phone, '12-34');
    const partial = parseProfileForm({ 'birth-year': '1985' }, TODAY);
    assert.equal(partial.ok === false && partial.errors[0]!.field, 'birth-month');
    const future = parseProfileForm({ 'birth-year': '2026', 'birth-month': '12', 'birth-day': '1' }, TODAY);
    assert.match(future.ok === false ? future.errors[0]!.message : '', /今日より後/);
  });
});
