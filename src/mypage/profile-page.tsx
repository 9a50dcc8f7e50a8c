import { CsrfField, ErrorSummary, TextField, type FieldError } from '../views/form-fields.tsx';
import type { ProfileForm } from './profile.ts';

interface ProfilePageProps {
  base: string;
  csrfToken: string;
  form: ProfileForm;
  errors: FieldError[];
  saved: boolean;
}

export function ProfilePage(props: ProfilePageProps) {
  const error = (field: string) => props.errors.find((e) => e.field === field)?.message;
  return (
    <>
      <ErrorSummary errors={props.errors} />
      {props.saved ? <p class="notice" role="status">登録情報を保存しました。</p> : null}
      <h1>登録情報</h1>
      <p>ここに登録した内容は、オンラインで申請するときに入力欄へあらかじめ表示するためだけに使います。どの項目も登録は任意です。</p>
      <div class="notice notice-warning">
        <p>個人番号（マイナンバー）は、どの欄にも入力しないでください。このオンライン窓口では個人番号をお預かりしません。</p>
      </div>
      <form method="post" action={`${props.base}/mypage/profile`} novalidate>
        <CsrfField token={props.csrfToken} />
        <TextField id="name" label="氏名" autocomplete="name" hint="例：二宮 太郎" value={props.form.name} error={error('name')} />
        <TextField id="name-kana" label="フリガナ" hint="例：ニノミヤ タロウ（ひらがなで入力しても、カタカナに直して保存します）" value={props.form['name-kana']} error={error('name-kana')} />
        <BirthDateField form={props.form} errors={props.errors} />
        <TextField id="address" label="住所" autocomplete="street-address" hint="例：神奈川県中郡二宮町二宮961番地" value={props.form.address} error={error('address')} />
        <TextField id="phone" label="電話番号" type="tel" autocomplete="tel" inputmode="tel" hint="例：0463-71-3311（ハイフンはなくてもかまいません）" value={props.form.phone} error={error('phone')} />
        <button class="button" type="submit">保存する</button>
      </form>
      <p><a href={`${props.base}/mypage`}>マイページに戻る</a></p>
    </>
  );
}

const DATE_PARTS = [
  { id: 'birth-year', label: '年', autocomplete: 'bday-year' },
  { id: 'birth-month', label: '月', autocomplete: 'bday-month' },
  { id: 'birth-day', label: '日', autocomplete: 'bday-day' },
] as const;

/** Three numeric fields in one fieldset; each distinct message is shown once, above them. */
function BirthDateField(props: { form: ProfileForm; errors: FieldError[] }) {
  const dateErrors = props.errors.filter((e) => e.field.startsWith('birth-'));
  const shown = dateErrors.filter((e, i) => dateErrors.findIndex((other) => other.message === e.message) === i);
  const described = ['birth-hint', ...shown.map((e) => `${e.field}-error`)].join(' ');
  return (
    <div class="field">
      <fieldset class="choices" aria-describedby={described}>
        <legend>
          生年月日<span class="optional">※任意</span>
        </legend>
        <span class="hint" id="birth-hint">西暦で入力してください。例：1985 年 4 月 1 日</span>
        {shown.map((e) => (
          <p class="field-error" id={`${e.field}-error`}>{e.message}</p>
        ))}
        {DATE_PARTS.map((part) => (
          <div class="field">
            <label for={part.id}>{part.label}</label>
            <input
              id={part.id}
              name={part.id}
              type="text"
              inputmode="numeric"
              autocomplete={part.autocomplete}
              class="input-short"
              value={props.form[part.id]}
              aria-invalid={dateErrors.some((e) => e.field === part.id) ? 'true' : undefined}
            />
          </div>
        ))}
      </fieldset>
    </div>
  );
}
