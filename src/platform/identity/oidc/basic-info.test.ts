import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { basicInfoFromClaims, isComplete } from './basic-info.ts';

describe('基本4情報 from OIDC claims', () => {
  it('keeps exactly name, address.formatted, birthdate and gender', () => {
    const info = basicInfoFromClaims({
      sub: 'abc',
      name: ' 二宮 花子 ',
      address: { formatted: '神奈川県中郡二宮町二宮1240番地の3', postal_code: '259-0123' },
      birthdate: '1986-04-12',
      gender: 'female',
      email: 'hanako@example.jp',
      phone_number: '0463-00-0000',
    });
    assert.deepEqual(info, { name: '二宮 花子', address: '神奈川県中郡二宮町二宮1240番地の3', birthdate: '1986-04-12', gender: 'female' });
    assert.ok(isComplete(info));
  });

  it('drops any value that looks like an individual number (12 digits), whatever the separators', () => {
    const info = basicInfoFromClaims({ name: '123456789012', address: { formatted: '1234 5678 9012' }, birthdate: '1986-04-12', gender: '１２３４-５６７８-９０１２' });
    assert.deepEqual(info, { birthdate: '1986-04-12' });
    assert.equal(isComplete(info), false);
    // A real number (valid check digit) inside a longer text is dropped too.
    assert.equal(basicInfoFromClaims({ address: '二宮町 123456789018' }).address, undefined);
  });

  it('ignores values of the wrong shape', () => {
    assert.deepEqual(basicInfoFromClaims({ name: 42, address: { formatted: null }, birthdate: '12 April 1986', gender: ['female'] }), {});
    assert.equal(basicInfoFromClaims({ address: '神奈川県中郡二宮町二宮961' }).address, '神奈川県中郡二宮町二宮961');
  });
});
