import type { FieldInput } from './types.ts';

interface BankAccountOptions {
  /** Ask these only when an earlier choice equals a value (e.g. a new account rather than the registered one). */
  onlyIf?: { field: string; equals: string };
  holderHint?: string;
}

/** 金融機関名・支店名・預金の種別・口座番号・口座名義 of the account a payment goes to. */
export function bankAccountFields({ onlyIf, holderHint }: BankAccountOptions = {}): FieldInput[] {
  const when = () => (onlyIf ? { showIf: { ...onlyIf } } : {});
  return [
    { name: 'bankName', type: 'text', label: '金融機関名', maxLength: 50, ...when() },
    { name: 'branchName', type: 'text', label: '支店名', maxLength: 50, hint: 'ゆうちょ銀行の方は、振込用の店名（〇一八など）を入力してください。', ...when() },
    {
      name: 'accountType',
      type: 'choice',
      label: '預金の種別',
      options: [
        { value: 'futsu', label: '普通' },
        { value: 'toza', label: '当座' },
      ],
      ...when(),
    },
    { name: 'accountNumber', type: 'text', label: '口座番号', maxLength: 7, hint: '7桁の数字で入力してください。', ...when() },
    { name: 'accountHolderKana', type: 'kana', label: '口座名義（カナ）', ...(holderHint ? { hint: holderHint } : {}), ...when() },
  ];
}
