import type { Language } from './languages.ts';

type Messages = Record<string, Record<Language, string>>;

/** Words of the page frame shared by every public page. */
export const layoutMessages = {
  skipLink: { ja: '本文へ移動', en: 'Skip to main content', easy: 'ページの 中身へ 行く' },
  language: { ja: '言語', en: 'Language', easy: 'ことば' },
  textSize: { ja: '文字サイズ', en: 'Text size', easy: '字の 大きさ' },
  textStandard: { ja: '標準', en: 'Standard', easy: 'ふつう' },
  textLarge: { ja: '大', en: 'Large', easy: '大きい' },
  textXLarge: { ja: '特大', en: 'Extra large', easy: 'とても 大きい' },
  home: { ja: 'ホーム', en: 'Home', easy: 'はじめの ページ' },
  contact: { ja: 'お問い合わせ', en: 'Contact', easy: 'しつもんの 連絡先' },
  openingHours: { ja: '開庁時間', en: 'Office hours', easy: '役場が あいている 時間' },
  phone: { ja: '電話', en: 'Phone', easy: '電話' },
  accessibility: { ja: 'ウェブアクセシビリティ方針', en: 'Web accessibility policy', easy: 'だれでも 使える ウェブサイトの 約束' },
  officialSite: { ja: '公式ウェブサイト', en: 'Official website', easy: '役場の ホームページ' },
  menu: { ja: 'メニュー', en: 'Menu', easy: 'メニュー' },
  account: { ja: 'アカウント', en: 'Account', easy: 'アカウント' },
  mypage: { ja: 'マイページ', en: 'My page', easy: 'マイページ' },
  signIn: { ja: 'サインイン', en: 'Sign in', easy: 'サインイン' },
  untranslated: {
    ja: '',
    en: 'This page has not yet been translated into English. It is shown in Japanese below.',
    easy: 'この ページは、まだ やさしい 日本語に なって いません。下に ふつうの 日本語で 書いて います。',
  },
  current: { ja: '（選択中）', en: ' (selected)', easy: '（いま これ）' },
  poweredBy: { ja: 'Yakuba（オープンソースのデジタル役場）で運営しています', en: 'Powered by Yakuba, an open-source digital town hall', easy: 'Yakuba という しくみで 動いています' },
} satisfies Messages;

export type LayoutMessageKey = keyof typeof layoutMessages;

export function layoutText(language: Language, key: LayoutMessageKey): string {
  return layoutMessages[key][language];
}
