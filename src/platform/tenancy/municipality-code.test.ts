import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isValidMunicipalityCode, municipalityCheckDigit } from './municipality-code.ts';
import { municipalityInput } from './municipality.ts';
import { demoMunicipalities } from '../../../seeds/demo-municipalities.ts';

describe('全国地方公共団体コード', () => {
  it('accepts real codes with their check digit', () => {
    for (const code of ['143421', '143413', '011002', '131016', '271004', '130001', '472115']) {
      assert.ok(isValidMunicipalityCode(code), code);
    }
  });

  it('computes the check digit by modulus 11, including the remainders 0 and 1', () => {
    assert.equal(municipalityCheckDigit('14342'), 1);
    assert.equal(municipalityCheckDigit('13101'), 6);
    // remainder 0: 11 - 0 = 11 → last digit 1; remainder 1 (00006: 12 mod 11): 10 → 0
    assert.equal(municipalityCheckDigit('00000'), 1);
    assert.equal(municipalityCheckDigit('00006'), 0);
  });

  it('refuses a wrong check digit, wrong length or non-digits', () => {
    for (const code of ['143420', '14342', '1434211', '14342a', '１４３４２１', '']) {
      assert.equal(isValidMunicipalityCode(code), false, code);
    }
  });

  it('validates a municipality record, including a colour dark enough for white text', () => {
    assert.ok(municipalityInput.safeParse(demoMunicipalities[0]).success);
    const badCode = municipalityInput.safeParse({ ...demoMunicipalities[0], code: '143420' });
    assert.match(badCode.error!.issues[0]!.message, /検査数字/);
    const paleColour = municipalityInput.safeParse({ ...demoMunicipalities[0], primaryColor: '#ffee88' });
    assert.match(paleColour.error!.issues[0]!.message, /明度比/);
    const noJapanese = municipalityInput.safeParse({ ...demoMunicipalities[0], languages: ['en'] });
    assert.match(noJapanese.error!.issues[0]!.message, /日本語は必須/);
  });
});
