const WEIGHTS = [6, 5, 4, 3, 2] as const;

/** Check digit of a 全国地方公共団体コード (JIS X 0401/0402): modulus 11 over the first five digits. */
export function municipalityCheckDigit(firstFive: string): number {
  const sum = [...firstFive].reduce((total, digit, index) => total + Number(digit) * WEIGHTS[index]!, 0);
  return (11 - (sum % 11)) % 10;
}

export function isValidMunicipalityCode(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return municipalityCheckDigit(code.slice(0, 5)) === Number(code[5]);
}
