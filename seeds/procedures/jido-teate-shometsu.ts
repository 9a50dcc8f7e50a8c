import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { NO_INDIVIDUAL_NUMBER } from './shared/applicant-fields.ts';
import { jukyushaPage, receiverNumberField } from './shared/jido-teate-pages.ts';

/** 受給事由消滅の届出 (児童手当法第26条). The paper form is 児童手当受給事由消滅届; the title is the one in the national list, with （児童手当） added so residents can tell what it is about. */
export const jidoTeateShometsu: FormDefinitionInput = {
  id: 'jido-teate-shometsu',
  title: '受給事由消滅の届出（児童手当）',
  plainTitle: '児童手当を受けなくなるときに届け出る',
  keywords: ['転出', '引っ越し', '公務員', '受給終了'],
  category: 'kosodate',
  summary: '町外へ引っ越すときや公務員になったときなど、町から児童手当を受ける理由がなくなったときの届出です。',
  audience: '町から児童手当を受けている方で、町外へ引っ越す、公務員になる、児童を養育しなくなった、配偶者が受給者になるなどの理由で、受給する理由がなくなった方',
  bring: [],
  fee: null,
  processingDays: 10,
  processingNote: '届出の後、「支給事由消滅通知書」をお送りします。届出が遅れると、手当を返していただくことがあります。',
  channels: { online: true, post: true, counter: true },
  howToApply: 'マイナンバーカードを使って、オンラインで24時間届け出られます。窓口（子育て・健康課）や郵送でも受け付けています。',
  department: 'kosodate',
  assurance: 'high',
  retentionYears: 5,
  basis: '児童手当法第26条（届出）。様式は児童手当受給事由消滅届',
  pages: [
    jukyushaPage({ locked: true, intro: NO_INDIVIDUAL_NUMBER }),
    {
      id: 'riyu',
      title: '受給する理由がなくなったこと',
      fields: [
        receiverNumberField(),
        {
          name: 'reason',
          type: 'choice',
          label: '理由',
          options: [
            { value: 'moveOut', label: '町外へ引っ越す（引っ越した）' },
            { value: 'civilServant', label: '公務員になった' },
            { value: 'noChild', label: '児童を養育しなくなった' },
            { value: 'spouse', label: '配偶者が受給者になる（配偶者の所得の方が高くなった）' },
            { value: 'abroad', label: '海外に住むことになった' },
            { value: 'other', label: 'その他' },
          ],
        },
        { name: 'reasonOther', type: 'text', label: 'その他の理由', maxLength: 200, showIf: { field: 'reason', equals: 'other' } },
        { name: 'eventDate', type: 'date', label: '理由がなくなった日（引っ越す日など）', dateRange: 'any' },
      ],
    },
    {
      id: 'tenshutsu',
      title: '引っ越し先',
      intro: '引っ越し先の市区町村で、転入した日の翌日から15日以内に、あらためて認定請求をしてください。',
      showIf: { field: 'reason', equals: ['moveOut', 'abroad'] },
      fields: [
        { name: 'newPostalCode', type: 'postalCode', label: '引っ越し先の郵便番号', required: false, hint: '海外の場合は入力しなくてかまいません。' },
        { name: 'newAddress', type: 'address', label: '引っ越し先の住所' },
      ],
    },
    {
      id: 'kinmusaki',
      title: '公務員としての勤務先',
      intro: '公務員の方の児童手当は、勤務先から支給されます。勤務先で手続きをしてください。',
      showIf: { field: 'reason', equals: 'civilServant' },
      fields: [{ name: 'employerName', type: 'text', label: '勤務先（所属庁）の名称', maxLength: 100 }],
    },
    {
      id: 'haigusha',
      title: '新しく受給者になる配偶者',
      intro: '配偶者の方は、別に「児童手当等の受給資格及び児童手当の額についての認定請求」をしてください。',
      showIf: { field: 'reason', equals: 'spouse' },
      fields: [
        { name: 'spouseName', type: 'name', label: '配偶者の氏名' },
        { name: 'spouseKana', type: 'kana', label: '配偶者のフリガナ' },
      ],
    },
  ],
  declaration: '届け出た内容に相違ありません。',
};
