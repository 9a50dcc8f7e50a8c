import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lookupPostalCode, normalizePostalCode } from './postal-code.ts';

describe('normalizePostalCode', () => {
  it('accepts 7 digits with or without a hyphen, full-width digits and the 〒 mark', () => {
    for (const input of ['2590123', '259-0123', '〒259-0123', '〒 259-0123', '２５９－０１２３', '〒２５９０１２３', '259ー0123', '259−0123', '259 0123', ' 259-0123 ']) {
      assert.equal(normalizePostalCode(input), '2590123', input);
    }
  });

  it('refuses anything else', () => {
    for (const input of ['', '259-012', '25901234', '2590-123', '259--0123', '259-0123-', 'abc-defg', '二五九〇一二三', '〒', '259_0123']) {
      assert.equal(normalizePostalCode(input), undefined, input);
    }
  });
});

describe('lookupPostalCode', () => {
  it('finds the towns of 二宮町', () => {
    const expected: [string, string][] = [
      ['2590121', '松根'],
      ['2590122', '富士見が丘'],
      ['2590123', '二宮'],
      ['2590124', '山西'],
      ['2590125', '川匂'],
      ['2590131', '中里'],
      ['2590132', '緑が丘'],
      ['2590133', '百合が丘'],
      ['2590134', '一色'],
    ];
    for (const [code, town] of expected) {
      assert.deepEqual(lookupPostalCode(code), [{ prefecture: '神奈川県', city: '中郡二宮町', town, municipalityCode: '14342' }], code);
    }
  });

  it('finds 大磯町, whose codes are both 255-00xx and 259-01xx', () => {
    assert.deepEqual(lookupPostalCode('255-0003'), [{ prefecture: '神奈川県', city: '中郡大磯町', town: '大磯', municipalityCode: '14341' }]);
    assert.deepEqual(lookupPostalCode('〒259-0111'), [{ prefecture: '神奈川県', city: '中郡大磯町', town: '国府本郷', municipalityCode: '14341' }]);
    assert.deepEqual(lookupPostalCode('２５９０１１４').map((area) => area.town), ['月京']);
  });

  it('returns every area a shared code covers', () => {
    assert.deepEqual(
      lookupPostalCode('2590100').map((area) => `${area.city}${area.town}`),
      ['中郡二宮町', '足柄上郡中井町'],
    );
    assert.deepEqual(
      lookupPostalCode('498-0000').map((area) => `${area.prefecture}${area.city}`),
      ['愛知県弥富市', '三重県桑名郡木曽岬町'],
    );
  });

  it('covers the whole country, keeping the leading zero of Hokkaido municipality codes', () => {
    const [sapporo] = lookupPostalCode('060-0042');
    assert.equal(sapporo?.prefecture, '北海道');
    assert.equal(sapporo?.municipalityCode, '01101');
    assert.equal(lookupPostalCode('100-0014')[0]?.town, '永田町');
    assert.equal(lookupPostalCode('900-0006')[0]?.prefecture, '沖縄県');
  });

  it('returns nothing for unknown or malformed codes', () => {
    assert.deepEqual(lookupPostalCode('000-0000'), []);
    assert.deepEqual(lookupPostalCode('259-012'), []);
    assert.deepEqual(lookupPostalCode('abc'), []);
    assert.deepEqual(lookupPostalCode(''), []);
  });
});
