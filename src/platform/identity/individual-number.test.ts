import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { containsIndividualNumber, hasIndividualNumberCheckDigit } from './individual-number.ts';

/** The check digit spelled out independently: weights for the first 11 digits read from the left. */
function withCheckDigit(first11: string): string {
  const weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = [...first11].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  const remainder = sum % 11;
  return `${first11}${remainder <= 1 ? 0 : 11 - remainder}`;
}

describe('individual number (マイナンバー) detection', () => {
  const valid = withCheckDigit('12345678901');
  const invalid = `${valid.slice(0, 11)}${(Number(valid[11]) + 1) % 10}`;

  it('recognises the check digit, and only the right one', () => {
    assert.equal(hasIndividualNumberCheckDigit(valid), true);
    assert.equal(hasIndividualNumberCheckDigit(invalid), false);
    for (const first11 of ['00000000000', '98765432109', '31415926535', '27182818284']) {
      assert.equal(hasIndividualNumberCheckDigit(withCheckDigit(first11)), true, first11);
    }
  });

  it('finds a number written with spaces, hyphens or full-width digits inside other text', () => {
    const spaced = `${valid.slice(0, 4)} ${valid.slice(4, 8)} ${valid.slice(8)}`;
    const hyphened = `${valid.slice(0, 4)}-${valid.slice(4, 8)}-${valid.slice(8)}`;
    const fullWidth = valid.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    for (const text of [valid, spaced, hyphened, fullWidth, `${fullWidth.slice(0, 4)}　${fullWidth.slice(4)}`, `番号は${hyphened}です`, `${valid} 0463-71-3311`]) {
      assert.equal(containsIndividualNumber(text), true, text);
    }
  });

  it('leaves ordinary numbers alone: wrong check digit, phone numbers, 13-digit corporate numbers', () => {
    for (const text of [invalid, '0463-71-3311', '二宮町二宮961番地', `1${valid}`, `${valid}5`, `${valid.slice(0, 6)}--${valid.slice(6)}`, '']) {
      assert.equal(containsIndividualNumber(text), false, text);
    }
  });
});
