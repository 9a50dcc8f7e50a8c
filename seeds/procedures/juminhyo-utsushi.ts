import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';

/** 住民票の写しの交付申請 (住民基本台帳法第12条). Counter or post only in this demo; the fee is 300円 a copy. */
export const juminhyoUtsushi: FormDefinitionInput = {
  id: 'juminhyo-utsushi',
  title: '住民票の写しの交付申請',
  plainTitle: '住民票の写しを請求する',
  keywords: ['住民票', '住民票の写し'],
  featured: true,
  category: 'kurashi',
  summary: '住民票の写しを請求する手続きです。役場の窓口か、郵送で請求できます。',
  audience: '町内に住民票がある方ご本人と、同じ世帯の方。それ以外の方は委任状が必要です。',
  bring: [
    '窓口に来る方の本人確認書類（マイナンバーカード、運転免許証、パスポートなど）',
    '手数料（1通300円）',
    '別の世帯の方が請求する場合は委任状',
  ],
  fee: { amountYen: 300, note: '1通につき' },
  processingDays: 0,
  processingNote: '窓口ではその場でお渡しします。郵送の場合は、届いてから数日でお送りします。',
  channels: { online: false, post: true, counter: true },
  howToApply: '役場の町民課の窓口で請求してください。受付時間は平日8時30分〜17時15分です（土日祝日・年末年始を除く）。郵送でも請求できます。請求書、本人確認書類の写し、手数料分の定額小為替、切手を貼った返信用封筒（宛先は住民票の住所）を同封して、町民課へお送りください。',
  department: 'chomin',
  assurance: 'none',
  retentionYears: 5,
  basis: '住民基本台帳法第12条（本人等の請求による住民票の写し等の交付）',
  pages: [],
};
