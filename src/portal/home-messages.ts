import type { Language } from '../platform/i18n/languages.ts';

export interface ServiceCard {
  key: string;
  title: Record<Language, string>;
  description: Record<Language, string>;
  /** Where the service lives: only services that exist are offered on the home page. */
  path: string;
}

export const homeText = {
  title: { ja: 'ホーム', en: 'Home', easy: 'はじめの ページ' },
  welcome: {
    ja: 'オンラインでできる手続きと、町のオープンデータをご案内します。オンラインの手続きは、24時間いつでもご利用いただけます。',
    en: 'Apply for the town’s procedures online, at any hour, and use the town’s open data.',
    easy: 'スマートフォンや パソコンで 役場の 手続きが できます。24時間 いつでも 使えます。',
  },
  servicesHeading: { ja: 'サービス一覧', en: 'Services', easy: 'できること' },
} satisfies Record<string, Record<Language, string>>;

export const serviceCards: ServiceCard[] = [
  {
    key: 'procedures',
    path: '/procedures',
    title: { ja: 'オンライン手続き', en: 'Online procedures', easy: 'インターネットで 手続き' },
    description: {
      ja: '児童手当、保育、介護保険などの申請を、来庁せずに行えます。',
      en: 'Apply for child allowance, childcare, long-term care insurance and more without visiting.',
      easy: '子どもの お金や 介護の 申しこみが 家で できます。',
    },
  },
  {
    key: 'mypage',
    path: '/mypage',
    title: { ja: 'マイページ', en: 'My page', easy: 'マイページ' },
    description: {
      ja: '申請した手続きの状況や、町からの補正のお願いを確認できます。',
      en: 'See where your applications stand and answer the town’s requests for corrections.',
      easy: '出した 申しこみが いま どう なって いるか わかります。',
    },
  },
  {
    key: 'opendata',
    path: '/opendata',
    title: { ja: 'オープンデータ', en: 'Open data', easy: '町の データ' },
    description: {
      ja: '公共施設、避難場所、AEDの設置場所などのデータと地図です。',
      en: 'Data and maps of public facilities, evacuation sites, AEDs and more.',
      easy: 'ひなんする 場所などが 地図で わかります。',
    },
  },
];
