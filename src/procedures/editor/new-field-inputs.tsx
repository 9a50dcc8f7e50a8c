import { FIELD_TYPES } from '../../forms/form-definition.ts';
import type { FieldError } from '../../views/form-fields.tsx';
import { FIELD_TYPE_HINTS, FIELD_TYPE_LABELS } from './field-types.ts';
import { AreaField, ChoicesField, errorAt, InputField } from './inputs.tsx';
import { one, type Raw } from './raw-form.ts';

/** What a new question needs: its kind in plain words, its wording, options for a choice; the name only if staff care. */
export function NewFieldInputs(props: { raw: Raw; errors: FieldError[] }) {
  const { raw, errors } = props;
  return (
    <>
      <ChoicesField id="type" legend="質問の種類" type="radio" required options={FIELD_TYPES.map((t) => ({ value: t, label: FIELD_TYPE_LABELS[t], hint: FIELD_TYPE_HINTS[t] }))} selected={[one(raw, 'type')]} error={errorAt(errors, 'type')} />
      <InputField id="label" label="質問文" required value={one(raw, 'label')} error={errorAt(errors, 'label')} hint="住民の方に表示する問いかけです（例：お子さんの生年月日）。" />
      <AreaField id="hint" label="補足の説明" required={false} value={one(raw, 'hint')} error={errorAt(errors, 'hint')} rows={2} hint="質問文の下に表示します。書き方の例などを入れてください。" />
      <AreaField id="options" label="選択肢（「選択（1つ）」「選択（複数）」の場合）" required={false} value={one(raw, 'options')} error={errorAt(errors, 'options')} rows={4} hint="1行に1つずつ、2つ以上入力してください。ほかの種類では使いません。" />
      <ChoicesField id="required" legend="回答は必須ですか" type="radio" options={[{ value: 'yes', label: '必須' }, { value: 'no', label: '任意' }]} selected={[one(raw, 'required') || 'yes']} hint="条件によって必須にする場合は、追加した後で設定できます。" />
      <details class="advanced" open={Boolean(errorAt(errors, 'name') || one(raw, 'name'))}>
        <summary>項目名を指定する（任意）</summary>
        <InputField id="name" label="項目名（データの列名）" required={false} value={one(raw, 'name')} error={errorAt(errors, 'name')} hint="書き出すデータの列名になります。半角英数字で、英字から始めてください。空欄の場合は質問文から自動で付けます。公開した後は変更できません。" />
      </details>
    </>
  );
}
