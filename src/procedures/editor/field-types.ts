import type { FieldDefinition, FieldType } from '../../forms/form-definition.ts';

/** The kinds of question as staff choose them, in the order offered. */
export const FIELD_TYPE_LABELS: Record<FieldType, string> = {
  name: '氏名',
  kana: 'フリガナ',
  date: '日付',
  postalCode: '郵便番号',
  address: '住所',
  phone: '電話番号',
  email: 'メールアドレス',
  number: '数値',
  choice: '選択（1つ）',
  multiChoice: '選択（複数）',
  yesNo: 'はい・いいえ',
  text: '1行の文章',
  textarea: '複数行の文章',
  file: '添付ファイル',
  consent: '同意',
};

export const FIELD_TYPE_HINTS: Record<FieldType, string> = {
  name: '姓と名を分けてお聞きします。',
  kana: '姓と名を分けてお聞きし、全角カタカナで保存します。',
  date: '年・月・日に分けてお聞きします（和暦でも入力できます）。',
  postalCode: '7桁の数字。住所の入力を助けます。',
  address: '都道府県から番地・建物名まで。',
  phone: '日中に連絡の取れる番号など。',
  email: '連絡用のメールアドレス。',
  number: '人数・金額など、数字だけの答え。',
  choice: '選択肢から1つだけ選んでいただきます。',
  multiChoice: '選択肢から当てはまるものをすべて選んでいただきます。',
  yesNo: '「はい」か「いいえ」で答えていただきます。',
  text: '短い文章（名称など）。',
  textarea: '長めの文章（理由・相談内容など）。',
  file: '書類の写真やPDFを添付していただきます。',
  consent: '内容に同意していただくためのチェック欄。',
};

export const hasOptions = (type: FieldType): boolean => type === 'choice' || type === 'multiChoice';

const YES_NO = [{ value: 'yes', label: 'はい' }, { value: 'no', label: 'いいえ' }];

/** The answers a question can have, when it offers a fixed set (what a condition can pick from). */
export function answerChoices(field: FieldDefinition): { value: string; label: string }[] | undefined {
  if (field.options) return field.options;
  if (field.type === 'yesNo') return YES_NO;
  if (field.type === 'consent') return [{ value: 'yes', label: '同意する' }];
  return undefined;
}

/** Questions whose answer is one line of text that a pattern or a typed value can be compared with. */
export const TEXT_ANSWERS: readonly FieldType[] = ['text', 'textarea', 'email', 'phone', 'postalCode', 'address'];

export const DATE_RANGE_LABELS = {
  past: '今日以前の日付（生年月日や、すでにあった出来事）',
  future: '今日以降の日付（予定日など）',
  any: 'どちらでもよい',
} as const;

export const FILE_KIND_LABELS = { pdf: 'PDF', jpeg: 'JPEG（写真）', png: 'PNG（画像）', heic: 'HEIC（iPhoneの写真）' } as const;

/** Card facts the law may require to match (the applicant's own name and birth date): only these can be locked. */
export const LOCKABLE: readonly string[] = ['name', 'birthdate'];

/** Which card fact (基本4情報) fits which kind of question; never inside a repeating group (the card describes one person). */
export const PREFILL_FOR: Partial<Record<FieldType, { source: 'name' | 'address' | 'birthdate' | 'gender'; label: string }>> = {
  name: { source: 'name', label: 'マイナンバーカードの氏名' },
  address: { source: 'address', label: 'マイナンバーカードの住所' },
  date: { source: 'birthdate', label: 'マイナンバーカードの生年月日' },
};
