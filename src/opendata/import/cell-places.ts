import { isValidMunicipalityCode, municipalityCheckDigit } from '../../platform/tenancy/municipality-code.ts';
import { accepted, corrected, foldWidth, rejected, type CellOutcome } from './cell-outcome.ts';

const CODE_ADVICE = '全国地方公共団体コードは、検査数字を含む半角数字6桁です（例：二宮町は「143421」）。';
const LOST_ZERO = '先頭の「0」が消えているようです（Excelで数値として入力すると消えます）。';

/** 全国地方公共団体コード: six digits, the sixth a check digit over the first five. */
export function checkMunicipalityCode(raw: string): CellOutcome {
  const code = foldWidth(raw);
  if (isValidMunicipalityCode(code)) return code === raw ? accepted(raw) : corrected(code, `全角の数字を半角の「${code}」にしました。`);
  if (/^\d{6}$/u.test(code)) {
    const right = withCheckDigit(code.slice(0, 5));
    return rejected(raw, `「${raw}」は6桁目（検査数字）が合いません。最初の5桁が正しければ、正しいコードは「${right}」です。${CODE_ADVICE}`);
  }
  if (/^\d{5}$/u.test(code)) {
    if (isValidMunicipalityCode(`0${code}`)) return rejected(raw, `「${raw}」は5桁です。${LOST_ZERO}正しいコードは「0${code}」と思われます。`);
    return rejected(
      raw,
      `「${raw}」は5桁です。5桁の団体コードの後ろに、6桁目として検査数字を付けてください。このコードなら「${withCheckDigit(code)}」です。${CODE_ADVICE}`,
    );
  }
  if (/^\d{4}$/u.test(code)) {
    return rejected(raw, `「${raw}」は4桁です。${LOST_ZERO}検査数字も付いていません。正しいコードは「${withCheckDigit(`0${code}`)}」と思われます。`);
  }
  return rejected(raw, `「${raw}」は全国地方公共団体コードの形になっていません。${CODE_ADVICE}`);
}

function withCheckDigit(firstFive: string): string {
  return `${firstFive}${municipalityCheckDigit(firstFive)}`;
}

export type CoordinateReading = { ok: true; outcome: CellOutcome; degrees: number } | { ok: false; outcome: CellOutcome };

/** A coordinate in decimal degrees; more than six decimals is allowed but warned about. */
export function readCoordinate(raw: string, name: '緯度' | '経度'): CoordinateReading {
  const folded = foldWidth(raw);
  if (/[°度′'″"分秒]/u.test(folded)) {
    return { ok: false, outcome: rejected(raw, `${name}が度分秒で書かれています。「${name === '緯度' ? '35.300123' : '139.253456'}」のように、10進数の度で書いてください。`) };
  }
  if (!/^-?\d+(\.\d+)?$/u.test(folded)) {
    return { ok: false, outcome: rejected(raw, `「${raw}」は${name}として読めません。「${name === '緯度' ? '35.300123' : '139.253456'}」のように、半角の数字で書いてください。`) };
  }
  const decimals = folded.split('.')[1]?.length ?? 0;
  const outcome =
    decimals > 6
      ? corrected(folded, `${name}の小数点以下が${decimals}桁あります。6桁（約10cmの精度）あれば十分です。このままでも公開できます。`)
      : folded === raw
        ? accepted(raw)
        : corrected(folded, `全角の数字を半角の「${folded}」にしました。`);
  return { ok: true, outcome, degrees: Number(folded) };
}

export const JAPAN = { latitude: [20, 46], longitude: [122, 154] } as const;

export function insideJapan(degrees: number, axis: keyof typeof JAPAN): boolean {
  const [low, high] = JAPAN[axis];
  return degrees >= low && degrees <= high;
}
