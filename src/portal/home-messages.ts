import type { Language } from '../platform/i18n/languages.ts';

export interface ServiceCard {
  key: string;
  title: Record<Language, string>;
  description: Record<Language, string>;
  /** Where the service lives once it is available; without it the card says 準備中. */
  path?: string;
}

export const homeText = {
  title: { ja: 'ホーム', en: 'Home', easy: 'はじめの ページ' },
  welcome: {
    ja: 'オンラインでできる手続きや、窓口の予約、よくある質問をご案内します。24時間いつでもご利用いただけます。',
    en: 'Apply for procedures online, book a visit to the town hall and find answers to common questions, at any hour.',
    easy: 'スマートフォンや パソコンで 役場の 手続きが できます。24時間 いつでも 使えます。',
  },
  servicesHeading: { ja: 'サービス一覧', en: 'Services', easy: 'できること' },
  preparing: { ja: '準備中', en: 'Coming soon', easy: 'じゅんびちゅう' },
  preparingNote: {
    ja: '「準備中」と表示しているサービスは、現在準備を進めています。ご利用いただけるまでの間は、お電話または窓口でお問い合わせください。',
    en: 'Services marked “Coming soon” are being prepared. Until then, please contact the town hall by phone or at the counter.',
    easy: '「じゅんびちゅう」の ものは まだ 使えません。電話か 役場の 窓口で 聞いてください。',
  },
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
    key: 'reservations',
    title: { ja: '窓口の予約', en: 'Book a counter visit', easy: '窓口の よやく' },
    description: {
      ja: '窓口での手続き、スマホ教室、相談の日時を予約できます。',
      en: 'Book a time for a counter visit, a smartphone class or a consultation.',
      easy: '役場に 行く 日と 時間を きめられます。',
    },
  },
  {
    key: 'payments',
    title: { ja: '手数料のお支払い', en: 'Pay fees', easy: 'お金を はらう' },
    description: {
      ja: '証明書の手数料などを、キャッシュレスでお支払いいただけます。',
      en: 'Pay fees for certificates and other services without cash.',
      easy: 'カードなどで お金を はらえます。',
    },
  },
  {
    key: 'help',
    title: { ja: 'よくある質問', en: 'Questions and answers', easy: 'よく ある しつもん' },
    description: {
      ja: 'ごみの出し方、各種証明書、子育てなど、よくある質問にお答えします。',
      en: 'Answers about waste collection, certificates, child-rearing and more.',
      easy: 'ごみの 出しかたなどの こたえが あります。',
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
  {
    key: 'plan',
    title: { ja: 'デジタル化推進計画の進み具合', en: 'Digital plan progress', easy: 'デジタル化の 計画' },
    description: {
      ja: '町のデジタル化推進計画の取組みと目標の達成状況をお知らせします。',
      en: 'How the town’s digitalisation plan and its targets are progressing.',
      easy: '町が デジタル化を どこまで すすめたか わかります。',
    },
  },
];
