/**
 * Other spellings real files use for a standard header, besides the 2019 names in
 * older-layouts.ts: pairs the standard itself spells two ways across datasets (名称_英字 /
 * 名称_英語, 電話番号 / 連絡先電話番号), the current names for the datasets that keep the 2019
 * layout, and common wordings (フリガナ for カナ). Each pair is listed both ways because either side
 * may be the standard name of a given dataset. Width, brackets, spaces, separators, case and
 * long-vowel look-alikes are folded by normaliseHeader, so they need no entry here.
 */
const KANA = ['フリガナ', 'ふりがな', 'よみがな', 'カナ'];

const ALIASES: Readonly<Record<string, readonly string[]>> = {
  ID: ['No.', '番号'],
  NO: ['ID', 'No.', '番号'],
  全国地方公共団体コード: ['地方公共団体コード', '団体コード'],
  都道府県コード又は市区町村コード: ['全国地方公共団体コード', '市区町村コード'],
  市区町村名: ['地方公共団体名'],
  名称_カナ: KANA.map((kana) => `名称_${kana}`).concat(KANA),
  名称_英語: ['名称_英字'],
  名称_英字: ['名称_英語'],
  イベント名: ['名称'],
  イベント名_カナ: ['名称_カナ', ...KANA.map((kana) => `イベント名_${kana}`)],
  イベント名_英語: ['イベント名_英字', '名称_英語', '名称_英字'],
  所在地_連結表記: ['所在地'],
  住所: ['所在地_連結表記', '所在地'],
  方書: ['建物名等(方書)'],
  電話番号: ['連絡先電話番号'],
  連絡先電話番号: ['電話番号'],
  内線番号: ['連絡先内線番号'],
  連絡先内線番号: ['内線番号'],
  連絡先メールアドレス: ['メールアドレス'],
  連絡先FormURL: ['FormURL', '問い合わせフォームURL'],
  緯度: ['緯度(世界測地系)'],
  経度: ['経度(世界測地系)'],
};

export function aliasesOf(name: string): readonly string[] | undefined {
  return ALIASES[name];
}
