import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { NO_INDIVIDUAL_NUMBER } from './shared/applicant-fields.ts';
import { insuredNumberField, kaigoApplicantPages } from './shared/kaigo-pages.ts';

/** 居宅（介護予防）サービス計画作成（変更）依頼の届出 (介護保険法施行規則第77条・第83条の9). The paper form is 居宅サービス計画作成依頼（変更）届出書; the title is the one in the national list of 介護関係11手続. */
export const kaigoKeikakuSakuseiIrai: FormDefinitionInput = {
  id: 'kaigo-keikaku-sakusei-irai',
  title: '居宅（介護予防）サービス計画作成（変更）依頼の届出',
  plainTitle: 'ケアプランを作る事業者を届け出る',
  keywords: ['ケアプラン', 'ケアマネジャー', 'ケアマネ', '居宅介護支援事業者'],
  category: 'kaigo',
  summary: 'ケアプラン（居宅サービス計画・介護予防サービス計画）の作成を、どの事業者に頼むかを町に届け出る手続きです。事業者を変えるときも届け出てください。',
  audience: '要介護・要支援の認定を受けた方、または介護予防・生活支援サービス事業の対象者で、在宅でサービスを利用する方',
  bring: ['介護保険被保険者証', '依頼する事業者の名称と所在地'],
  fee: null,
  processingDays: 5,
  processingNote: '届出の後、事業者の名称を記載した被保険者証をお送りします。届出がないと、サービスの費用をいったん全額お支払いいただくことがあります。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'オンラインで24時間届け出られます。窓口（高齢介護課）や郵送でも受け付けています。依頼する事業者が代わりに届け出ることもできます。',
  department: 'kaigo',
  assurance: 'substantial',
  retentionYears: 5,
  basis: '介護保険法施行規則第77条（居宅サービス計画の作成依頼の届出）・第83条の9（介護予防）',
  pages: [
    ...kaigoApplicantPages({ who: 'サービスを利用する方', locked: false, verb: '届け出る' }),
    {
      id: 'keikaku',
      title: '依頼の内容',
      intro: NO_INDIVIDUAL_NUMBER,
      fields: [
        insuredNumberField(),
        {
          name: 'requestType',
          type: 'choice',
          label: '届出の種類',
          options: [
            { value: 'new', label: '新しく依頼する' },
            { value: 'change', label: '依頼する事業者を変える' },
          ],
        },
        {
          name: 'planType',
          type: 'choice',
          label: '作成を依頼する計画',
          options: [
            { value: 'kaigo', label: '居宅サービス計画（要介護1〜5の方）' },
            { value: 'yobo', label: '介護予防サービス計画・介護予防ケアマネジメント（要支援1・2の方、事業対象者の方）' },
          ],
        },
        { name: 'startDate', type: 'date', label: '依頼を始める日（変える場合は、変える日）', dateRange: 'any' },
      ],
    },
    {
      id: 'jigyosha',
      title: '依頼する事業者',
      intro: '要介護の方は居宅介護支援事業所、要支援の方は地域包括支援センターなどになります。',
      fields: [
        { name: 'providerName', type: 'text', label: '事業所の名称', maxLength: 100 },
        { name: 'providerNumber', type: 'text', label: '事業所番号（わかる場合）', maxLength: 10, required: false },
        { name: 'providerPostalCode', type: 'postalCode', label: '事業所の郵便番号', required: false },
        { name: 'providerAddress', type: 'address', label: '事業所の所在地' },
        { name: 'providerPhone', type: 'phone', label: '事業所の電話番号' },
      ],
    },
    {
      id: 'henko',
      title: '変更の前の事業者',
      showIf: { field: 'requestType', equals: 'change' },
      fields: [
        { name: 'previousProviderName', type: 'text', label: '変更の前の事業所の名称', maxLength: 100 },
        { name: 'changeReason', type: 'textarea', label: '変える理由（任意）', maxLength: 500, required: false, hint: '例：引っ越したため、要介護から要支援になったため' },
      ],
    },
    {
      id: 'tenpu',
      title: '添付書類',
      fields: [
        {
          name: 'insuranceCardImage',
          type: 'file',
          label: '介護保険被保険者証の写真（任意）',
          hint: '被保険者証の表面を撮影して添付してください。添付がなくても届け出られます。',
          required: false,
          accept: ['pdf', 'jpeg', 'png', 'heic'],
        },
      ],
    },
  ],
  declaration: '届け出た内容に相違ありません。上記の事業者に計画の作成を依頼したことを届け出ます。',
};
