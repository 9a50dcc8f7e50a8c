import { NO_INDIVIDUAL_NUMBER } from './applicant-fields.ts';
import { kaigoApplicantPages } from './kaigo-pages.ts';
import type { PageInput } from './types.ts';

/** The pages of a 再交付 of a 介護保険 card (被保険者証 or 負担割合証): who asks, why, and where to send the new one. */
export function saikofuPages(card: string): PageInput[] {
  return [
    ...kaigoApplicantPages({ who: '再交付を受ける方', locked: false, relationTitle: '被保険者との関係', relationLabel: '被保険者との関係' }),
    {
      id: 'riyu',
      title: '再交付の理由',
      intro: NO_INDIVIDUAL_NUMBER,
      fields: [
        { name: 'insuredNumber', type: 'text', label: '介護保険の被保険者番号（わかる場合）', maxLength: 10, required: false, hint: '10桁の番号です。わからない場合は入力しなくてかまいません。' },
        {
          name: 'reason',
          type: 'choice',
          label: '再交付を受ける理由',
          options: [
            { value: 'lost', label: 'なくした' },
            { value: 'damaged', label: '破れた・汚れた' },
            { value: 'other', label: 'その他' },
          ],
        },
        { name: 'reasonOther', type: 'text', label: 'その他の理由', maxLength: 200, showIf: { field: 'reason', equals: 'other' } },
        {
          name: 'returnNotice',
          type: 'consent',
          label: `破れた・汚れた${card}は、新しい${card}が届いた後に町へ返します`,
          showIf: { field: 'reason', equals: 'damaged' },
        },
      ],
    },
    {
      id: 'sofu',
      title: '送り先',
      intro: `新しい${card}は郵送でお届けします。`,
      fields: [
        {
          name: 'sendTo',
          type: 'choice',
          label: '送り先',
          options: [
            { value: 'registered', label: '被保険者の住民票の住所' },
            { value: 'other', label: 'ほかの場所（入院先・入所している施設など）' },
          ],
        },
        { name: 'sendAddressee', type: 'text', label: '送り先の宛名（施設名など）', maxLength: 100, showIf: { field: 'sendTo', equals: 'other' } },
        { name: 'sendPostalCode', type: 'postalCode', label: '送り先の郵便番号', showIf: { field: 'sendTo', equals: 'other' } },
        { name: 'sendAddress', type: 'address', label: '送り先の住所', showIf: { field: 'sendTo', equals: 'other' } },
      ],
    },
  ];
}
