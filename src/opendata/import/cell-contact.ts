import { accepted, corrected, foldWidth, rejected, type CellOutcome } from './cell-outcome.ts';

const PHONE_ADVICE = '「0463-71-3311」のように、市外局番から半角数字とハイフンで書いてください。';
const PHONE_LIKE = /0\d{1,4}[-(]?\d{1,4}[-)]?\d{3,4}/gu;

export function checkPhone(raw: string): CellOutcome {
  const folded = foldWidth(raw).replace(/\s+/gu, ' ');
  if (/内線|ext/iu.test(folded)) return rejected(raw, '内線番号は、この列ではなく「内線番号」の列に書いてください。この列には外線の番号だけを書いてください。');
  if ((folded.match(PHONE_LIKE) ?? []).length > 1) {
    return rejected(raw, '1つのセルに電話番号が2つ以上あります。代表の番号を1つだけ書き、ほかの番号は備考の列に書いてください。');
  }
  const bracketed = /^(0\d{1,4})\((\d{1,4})\)(\d{3,4})$/u.exec(folded);
  const value = bracketed ? bracketed.slice(1).join('-') : folded;
  const digits = value.replaceAll('-', '');
  const shaped = /^0\d{1,4}-\d{1,4}-\d{3,4}$/u.test(value) || /^0\d+$/u.test(value);
  if (!shaped || digits.length < 10 || digits.length > 11) {
    const lostZero = /^[1-9]\d{8,9}$/u.test(digits) ? '先頭の「0」が消えているようです（Excelで数値として入力すると消えます）。' : '';
    return rejected(raw, `「${raw}」は電話番号の形になっていません。${lostZero}${PHONE_ADVICE}`);
  }
  return value === raw ? accepted(raw) : corrected(value, `電話番号を「${value}」の形に直しました。`);
}

export function checkEmail(raw: string): CellOutcome {
  const folded = foldWidth(raw).replace(/^mailto:/iu, '');
  if (/[\s,、;；]/u.test(folded) || (folded.match(/@/gu) ?? []).length > 1) {
    return rejected(raw, '1つのセルにメールアドレスが2つ以上あるか、空白が入っています。代表のアドレスを1つだけ書いてください。');
  }
  if (!/^[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/u.test(folded)) {
    return rejected(raw, `「${raw}」はメールアドレスの形になっていません。「info@town.example.lg.jp」のように半角で書いてください。`);
  }
  return folded === raw ? accepted(raw) : corrected(folded, `メールアドレスを「${folded}」に直しました。`);
}

export function checkUrl(raw: string): CellOutcome {
  const ascii = /^[ｈＨ][ｔＴ][ｔＴ][ｐＰ]/u.test(raw) ? raw.normalize('NFKC') : raw;
  if (/\s/u.test(ascii) || (ascii.match(/https?:\/\//gu) ?? []).length > 1) {
    return rejected(raw, '1つのセルにURLが2つ以上あるか、空白が入っています。URLは1つだけ書き、空白を取り除いてください。');
  }
  if (/^www\./iu.test(ascii)) return rejected(raw, `URLの先頭に「https://」がありません。「https://${ascii}」のように、https:// から書いてください。`);
  if (!/^https?:\/\/[^/\s]+\.[^/\s]+/iu.test(ascii)) {
    return rejected(raw, `「${raw}」はURLの形になっていません。「https://」または「http://」から始まるURLを書いてください。`);
  }
  return ascii === raw ? accepted(raw) : corrected(ascii, `全角の文字を半角にし、URLを「${ascii}」にしました。`);
}

export function checkPostalCode(raw: string): CellOutcome {
  const folded = foldWidth(raw).replace(/^〒\s*/u, '');
  const value = /^\d{7}$/u.test(folded) ? `${folded.slice(0, 3)}-${folded.slice(3)}` : folded;
  if (!/^\d{3}-\d{4}$/u.test(value)) {
    const lostZero = /^\d{6}$/u.test(folded) ? '先頭の「0」が消えているようです（Excelで数値として入力すると消えます）。' : '';
    return rejected(raw, `「${raw}」は郵便番号の形になっていません。${lostZero}「259-0123」のように、半角数字7桁をハイフンでつないで書いてください。`);
  }
  return value === raw ? accepted(raw) : corrected(value, `郵便番号を「${value}」の形に直しました。`);
}
