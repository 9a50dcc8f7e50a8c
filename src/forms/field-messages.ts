import type { FieldDefinition } from './form-definition.ts';

/**
 * A label that is a question or a sentence (「お子さんはいますか」「…を申し立てます」「あなたは、被害を
 * 受けた世帯の」) cannot take を or に directly: the messages quote it instead. A noun ending in kana
 * (取扱い, お住まい) is not a sentence.
 */
export function isSentenceLabel(label: string): boolean {
  const withoutNote = label.trim().replace(/[（(][^（）()]*[）)]$/u, '');
  return /(?:[、。，．？！?!]|か|ます|ません|です|でした|ました|ください|たい|ない|[のはがをにへとでやも])$/u.test(withoutNote);
}

/** The subject of a message about a text box: 「氏名」 or 「「…」の欄」. */
function boxOf(label: string): string {
  return isSentenceLabel(label) ? `「${label}」の欄` : label;
}

const CHOICE_TYPES: readonly FieldDefinition['type'][] = ['choice', 'multiChoice', 'yesNo'];

/** What to say when a required question was left unanswered. */
export function requiredMessage(field: FieldDefinition): string {
  const label = field.label;
  const sentence = isSentenceLabel(label);
  if (field.type === 'consent') return sentence ? `「${label}」を確認し、同意する場合はチェックを入れてください` : `${label}に同意する場合は、チェックを入れてください`;
  if (field.type === 'file') return sentence ? `「${label}」の書類を添付してください` : `${label}を添付してください`;
  if (field.type === 'yesNo') return sentence ? `「${label}」について、「はい」か「いいえ」を選んでください` : `${label}について、「はい」か「いいえ」を選んでください`;
  if (CHOICE_TYPES.includes(field.type)) return sentence ? `「${label}」について、当てはまるものを選んでください` : `${label}を選んでください`;
  return sentence ? `「${label}」の欄に入力してください` : `${label}を入力してください`;
}

/** Messages about the form of an answer, worded for the label whatever its shape. */
export const formatMessages = {
  familyMissing: (label: string) => `${boxOf(label)}の姓を入力してください`,
  givenMissing: (label: string) => `${boxOf(label)}の名を入力してください`,
  pairTooLong: (label: string) => `${boxOf(label)}は、姓・名それぞれ40文字以内で入力してください`,
  notKatakana: (label: string) => `${boxOf(label)}はカタカナで入力してください（ひらがなでも入力できます）`,
  notNumber: (label: string) => `${boxOf(label)}は数字で入力してください`,
  belowMin: (label: string, min: number) => `${boxOf(label)}は${min}以上で入力してください`,
  aboveMax: (label: string, max: number) => `${boxOf(label)}は${max}以下で入力してください`,
  notPast: (label: string) => `${boxOf(label)}は今日以前の日付を入力してください`,
  notFuture: (label: string) => `${boxOf(label)}は今日以降の日付を入力してください`,
  notOption: (label: string) => (isSentenceLabel(label) ? `「${label}」について、選択肢から選んでください` : `${label}は選択肢から選んでください`),
  notYesNo: (label: string) => (isSentenceLabel(label) ? `「${label}」について、「はい」か「いいえ」を選んでください` : `${label}について、「はい」か「いいえ」を選んでください`),
  notConsented: (label: string) => requiredMessage({ type: 'consent', label } as FieldDefinition),
  postalCode: (label: string) => `${boxOf(label)}は7桁の数字で入力してください（例：259-0196）`,
  email: (label: string) => `${boxOf(label)}の形式が正しくありません（例：name@example.jp）`,
  tooLong: (label: string, limit: number, length: number) => `${boxOf(label)}は${limit}文字以内で入力してください（現在${length}文字）`,
  /** A message from a parser (dates, phone numbers), after the question it is about. */
  about: (label: string, message: string) => `${isSentenceLabel(label) ? `「${label}」` : label}：${message}`,
};
