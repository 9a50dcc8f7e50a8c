import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { saikofuPages } from './shared/kaigo-saikofu-pages.ts';

/** 被保険者証の再交付申請 (介護保険法施行規則第27条). The paper form is 介護保険被保険者証等再交付申請書; the title is the one in the national list of 介護関係11手続, with （介護保険） added so residents can tell it from other insurance cards. */
export const kaigoHihokenshashoSaikofu: FormDefinitionInput = {
  id: 'kaigo-hihokenshasho-saikofu',
  title: '被保険者証の再交付申請（介護保険）',
  plainTitle: '介護保険の保険証を再発行してもらう',
  keywords: ['介護保険証', '紛失', 'なくした', '再発行'],
  category: 'kaigo',
  summary: '介護保険被保険者証をなくしたり、破れたりしたときに、再交付を受ける手続きです。',
  audience: '町の介護保険の被保険者証をお持ちの方で、被保険者証をなくしたり、破れたり汚れたりした方',
  bring: [],
  fee: null,
  processingDays: 5,
  processingNote: '申請の後、新しい被保険者証を郵送します。窓口で申請した場合は、その場でお渡しできることがあります。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'オンラインで24時間申請できます。窓口（高齢介護課）や郵送でも受け付けています。',
  department: 'kaigo',
  assurance: 'substantial',
  retentionYears: 2,
  basis: '介護保険法施行規則第27条（被保険者証の再交付）',
  pages: saikofuPages('被保険者証'),
  declaration: '申請した内容に相違ありません。介護保険被保険者証の再交付を申請します。',
};
