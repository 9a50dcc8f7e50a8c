import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { applicantFields } from './shared/applicant-fields.ts';

/** 妊娠の届出 (母子保健法第15条). The paper form is the town's 妊娠届出書. */
export const ninshinTodokede: FormDefinitionInput = {
  id: 'ninshin-todokede',
  title: '妊娠の届出',
  plainTitle: '妊娠を届け出る（母子健康手帳の交付）',
  keywords: ['母子手帳', '母子健康手帳', '妊婦健診'],
  featured: true,
  category: 'kosodate',
  summary: '妊娠したことを町に届け出る手続きです。届出の後、母子健康手帳と妊婦健康診査の補助券をお渡しします。',
  audience: '町内に住民票があり、医療機関で妊娠の診断を受けた方',
  bring: ['妊娠の診断を受けた医療機関名と出産予定日がわかるもの'],
  fee: null,
  processingDays: 3,
  processingNote: '届出の後、保健師から面談の日程についてご連絡します。母子健康手帳は面談の際にお渡しします。',
  channels: { online: true, post: false, counter: true },
  howToApply: 'オンラインで24時間届け出られます。窓口（子育て・健康課）でも受け付けています。',
  department: 'kosodate',
  assurance: 'low',
  retentionYears: 5,
  basis: '母子保健法第15条',
  pages: [
    {
      id: 'todokede-nin',
      title: '届け出る方（妊娠している方）',
      fields: applicantFields({ locked: false }),
    },
    {
      id: 'ninshin',
      title: '妊娠について',
      fields: [
        { name: 'dueDate', type: 'date', label: '出産予定日', dateRange: 'future' },
        { name: 'diagnosisDate', type: 'date', label: '妊娠の診断を受けた日', dateRange: 'past' },
        { name: 'clinic', type: 'text', label: '診断を受けた医療機関の名称', maxLength: 100 },
        {
          name: 'babies',
          type: 'choice',
          label: '妊娠している子の数',
          options: [
            { value: '1', label: '1人' },
            { value: '2', label: '2人（双子）' },
            { value: '3', label: '3人以上' },
          ],
        },
        { name: 'firstPregnancy', type: 'yesNo', label: '初めての妊娠ですか' },
      ],
    },
    {
      id: 'kenko',
      title: '体調や相談したいこと',
      fields: [
        { name: 'hasWorries', type: 'yesNo', label: '体調や生活のことで、保健師に相談したいことはありますか' },
        { name: 'worries', type: 'textarea', label: '相談したいこと', maxLength: 1000, showIf: { field: 'hasWorries', equals: 'yes' } },
        { name: 'diagnosisDocument', type: 'file', label: '妊娠の診断を受けたことがわかる書類（任意）', hint: '医療機関で発行された書類があれば添付してください。ない場合は添付しなくてかまいません。', required: false, accept: ['pdf', 'jpeg', 'png', 'heic'] },
      ],
    },
  ],
  declaration: '届け出た内容に相違ありません。届出の内容は、母子保健事業（保健師による面談・妊婦健康診査など）のために使われることに同意します。',
};
