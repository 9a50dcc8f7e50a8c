import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { saikofuPages } from './shared/kaigo-saikofu-pages.ts';

/** 介護保険負担割合証の再交付申請 (介護保険法施行規則第28条の2). The paper form is 介護保険負担割合証再交付申請書; the title is the one in the national list of 介護関係11手続. */
export const kaigoFutanWariaiSaikofu: FormDefinitionInput = {
  id: 'kaigo-futan-wariai-saikofu',
  title: '介護保険負担割合証の再交付申請',
  plainTitle: '介護保険の負担割合証を再発行してもらう',
  keywords: ['紛失', 'なくした', '再発行'],
  category: 'kaigo',
  summary: '介護保険のサービスを利用するときの自己負担の割合（1割〜3割）が書かれた「負担割合証」をなくしたり、破れたりしたときに、再交付を受ける手続きです。',
  audience: '要介護・要支援の認定を受けている方、または介護予防・生活支援サービス事業の対象者で、負担割合証をなくしたり、破れたり汚れたりした方',
  bring: [],
  fee: null,
  processingDays: 5,
  processingNote: '申請の後、新しい負担割合証を郵送します。窓口で申請した場合は、その場でお渡しできることがあります。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'オンラインで24時間申請できます。窓口（高齢介護課）や郵送でも受け付けています。',
  department: 'kaigo',
  assurance: 'substantial',
  retentionYears: 2,
  basis: '介護保険法施行規則第28条の2（負担割合証）',
  pages: saikofuPages('負担割合証'),
  declaration: '申請した内容に相違ありません。負担割合証の再交付を申請します。',
};
