import type { FieldType, FormDefinition } from '../../forms/form-definition.ts';

/**
 * Stable keys for answers, made from what staff type: words common in Japanese forms become English
 * parts (お子さんの生年月日 → childBirthDate); when none is found the kind of question names it.
 */
const WORDS: [string, string][] = ([
  ['生年月日', 'birth date'], ['郵便番号', 'postal code'], ['フリガナ', 'kana'], ['ふりがな', 'kana'], ['メールアドレス', 'email'],
  ['電話番号', 'phone'], ['マイナンバー', 'card'], ['医療機関', 'clinic'], ['保護者', 'guardian'], ['申請者', 'applicant'], ['届出人', 'applicant'],
  ['お子さん', 'child'], ['子ども', 'child'], ['子供', 'child'], ['児童', 'child'], ['配偶者', 'spouse'], ['世帯主', 'householder'], ['世帯', 'household'],
  ['氏名', 'name'], ['名前', 'name'], ['名称', 'title'], ['住所', 'address'], ['所在地', 'address'], ['電話', 'phone'], ['メール', 'email'], ['性別', 'gender'],
  ['続柄', 'relationship'], ['職業', 'job'], ['勤務先', 'workplace'], ['学校', 'school'], ['保育', 'nursery'], ['病院', 'clinic'], ['本人', 'self'],
  ['母', 'mother'], ['父', 'father'], ['理由', 'reason'], ['備考', 'note'], ['人数', 'count'], ['金額', 'amount'], ['費用', 'cost'], ['所得', 'income'],
  ['予定日', 'planned date'], ['年月日', 'date'], ['日付', 'date'], ['期間', 'period'], ['開始', 'start'], ['終了', 'end'], ['希望', 'wish'],
  ['内容', 'details'], ['種類', 'kind'], ['種別', 'kind'], ['番号', 'number'], ['年齢', 'age'], ['口座', 'account'], ['銀行', 'bank'], ['添付', 'attachment'],
  ['書類', 'document'], ['証明', 'proof'], ['写真', 'photo'], ['同意', 'consent'], ['連絡', 'contact'], ['相談', 'consultation'], ['車両', 'vehicle'],
  ['車', 'car'], ['犬', 'dog'], ['被害', 'damage'], ['建物', 'building'], ['転入', 'move in'], ['転出', 'move out'], ['引っ越し', 'move'],
] as [string, string][]).sort((a, b) => b[0].length - a[0].length);

const TYPE_WORDS: Record<FieldType, string> = {
  name: 'name', kana: 'kana', date: 'date', postalCode: 'postal code', address: 'address', phone: 'phone', email: 'email', number: 'number',
  choice: 'choice', multiChoice: 'choices', yesNo: 'yes no', text: 'text', textarea: 'note', file: 'file', consent: 'consent',
};

/** The English words found in a Japanese text, in order, at most three and each once. */
function wordsIn(text: string): string[] {
  const source = text.normalize('NFKC');
  const found: string[] = [];
  for (let i = 0; i < source.length && found.length < 3; ) {
    const ascii = /^[A-Za-z][A-Za-z0-9]*/u.exec(source.slice(i))?.[0];
    const word: [string, string] | undefined = ascii ? [ascii, ascii.toLowerCase()] : WORDS.find(([ja]) => source.startsWith(ja, i));
    if (word) {
      if (!found.includes(word[1])) found.push(word[1]);
      i += word[0].length;
    } else i++;
  }
  return found.flatMap((w) => w.split(' '));
}

const camel = (words: string[]) => words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');

function unique(base: string, taken: Set<string>, join: string): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${join}${n}`)) return `${base}${join}${n}`;
}

/** A new question's name: from its label, unique where it lives, and never one an older version used. */
export function fieldNameFor(label: string, type: FieldType, taken: Set<string>, group?: string): string {
  const words = wordsIn(label);
  const base = camel(words.length ? words : TYPE_WORDS[type].split(' ')).slice(0, 40);
  const scoped = new Set([...taken].flatMap((key) => (group ? (key.startsWith(`${group}.`) ? [key.slice(group.length + 1)] : []) : key.includes('.') ? [] : [key])));
  return unique(base, scoped, '');
}

export function pageIdFor(title: string, definition: FormDefinition): string {
  const words = wordsIn(title);
  return unique(words.length ? words.join('-').toLowerCase() : 'page', new Set(definition.pages.map((p) => p.id)), '-');
}

export function groupNameFor(itemLabel: string, taken: Set<string>): string {
  const words = wordsIn(itemLabel);
  return unique(`${camel(words.length ? words : ['item'])}List`, new Set([...taken].filter((k) => !k.includes('.'))), '');
}

/** An option's stored value when staff leave it to the system: the label itself, unique within the question. */
export function optionValueFor(label: string, taken: readonly string[]): string {
  const base = label.normalize('NFKC').trim().slice(0, 55);
  return unique(base, new Set(taken), '-');
}

export const FIELD_NAME = /^[a-zA-Z][a-zA-Z0-9_]*$/u;
