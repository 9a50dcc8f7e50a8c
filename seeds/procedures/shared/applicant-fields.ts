import type { FieldInput } from './types.ts';

/** The intro that tells residents they need not write their individual number (マイナンバー). */
export const NO_INDIVIDUAL_NUMBER = '個人番号の記入は不要です。町が必要に応じて確認します。';

interface ApplicantOptions {
  /** Lock the name and birth date to the My Number card; only for assurance high. */
  locked: boolean;
  addressLabel?: string;
  phoneHint?: string;
}

/** 氏名・フリガナ・生年月日・住所・電話番号 of the person filling in the form, prefilled from the card. */
export function applicantFields({ locked, addressLabel = '住所', phoneHint }: ApplicantOptions): FieldInput[] {
  const lock = locked ? { prefillLocked: true } : {};
  return [
    { name: 'name', type: 'name', label: '氏名', prefill: 'name', ...lock },
    { name: 'kana', type: 'kana', label: 'フリガナ' },
    { name: 'birthDate', type: 'date', label: '生年月日', dateRange: 'past', prefill: 'birthdate', ...lock },
    { name: 'postalCode', type: 'postalCode', label: '郵便番号', prefill: 'postalCode' },
    {
      name: 'address',
      type: 'address',
      label: addressLabel,
      prefill: 'address',
      checks: [{ id: 'no-house-number', level: 'warning', when: { field: 'address', notMatches: '[0-9０-９]|[〇一二三四五六七八九十百千]+(?:番|丁目|号)' }, message: '住所に番地が入っていないようです（{value}）。番地や部屋番号まで入力したか、ご確認ください。' }],
    },
    { name: 'phone', type: 'phone', label: '日中に連絡のとれる電話番号', ...(phoneHint ? { hint: phoneHint } : {}) },
  ];
}
