/**
 * The town never accepts an individual number (個人番号, My Number) through the online counter:
 * holding one brings duties under the マイナンバー法 that a profile or a free-text field must not
 * create by accident. This finds one inside any text so the form can refuse it before storing.
 */

const SEPARATOR = /^[\s\-‐‑–—−ー－]$/u;

/** True when the 12 digits end with the check digit of the individual number. */
export function hasIndividualNumberCheckDigit(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  let sum = 0;
  // P1 is the 11th digit, P11 the first; weights Q1..Q6 = 2..7 and Q7..Q11 = 2..6.
  for (let n = 1; n <= 11; n++) {
    const p = Number(digits[11 - n]);
    const q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const remainder = sum % 11;
  const check = remainder <= 1 ? 0 : 11 - remainder;
  return check === Number(digits[11]);
}

/**
 * Groups of digits separated by a single space or hyphen (as people write 1234 5678 9012);
 * any run of whole neighbouring groups that makes exactly 12 digits is a candidate, so a
 * 13-digit corporate number or a longer reference is not mistaken for one.
 */
export function containsIndividualNumber(text: string): boolean {
  for (const groups of digitGroupRuns(text.normalize('NFKC'))) {
    for (let start = 0; start < groups.length; start++) {
      let joined = '';
      for (let end = start; end < groups.length && joined.length < 12; end++) {
        joined += groups[end];
        if (joined.length === 12 && hasIndividualNumberCheckDigit(joined)) return true;
      }
    }
  }
  return false;
}

function digitGroupRuns(text: string): string[][] {
  const runs: string[][] = [];
  let groups: string[] = [];
  let current = '';
  let previousWasSeparator = false;
  const close = () => {
    if (current) groups.push(current);
    current = '';
  };
  for (const char of text) {
    if (/^\d$/.test(char)) {
      current += char;
      previousWasSeparator = false;
    } else if (SEPARATOR.test(char) && current && !previousWasSeparator) {
      close();
      previousWasSeparator = true;
    } else {
      close();
      if (groups.length) runs.push(groups);
      groups = [];
      previousWasSeparator = false;
    }
  }
  close();
  if (groups.length) runs.push(groups);
  return runs;
}

export const INDIVIDUAL_NUMBER_REFUSED =
  '個人番号（マイナンバー）は入力しないでください。このオンライン窓口では個人番号をお預かりしません。入力された番号は保存していません。';
