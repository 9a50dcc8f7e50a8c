import { CATEGORIES, type Category } from '../../forms/form-definition.ts';
import { CsrfField, type FieldError } from '../../views/form-fields.tsx';
import { CATEGORY_LABELS } from '../catalog-labels.ts';
import { AreaField, ChoicesField, EditorErrors, errorAt, InputField, SelectField } from './inputs.tsx';
import { many, one, type Raw } from './raw-form.ts';

export const ASSURANCE_CHOICES = [
  { value: 'none', label: '本人確認なし', hint: 'サインインせずに申請できます。個人の情報をほとんど扱わない申込み向けです。' },
  { value: 'low', label: 'メールアドレスの確認', hint: 'メールに届く確認コードでサインインしていただきます。多くの届出・申請はこれで足ります。' },
  { value: 'substantial', label: 'パスキー', hint: '登録した端末の指紋・顔認証などでサインインしていただきます。メールより確かな確認が必要な場合に選びます。' },
  { value: 'high', label: 'マイナンバーカード', hint: 'カードで本人であることを確認します。法令で厳格な本人確認が求められる手続き向けです。カードの氏名・住所などを最初から入力できます。' },
];

export interface SettingsPageProps {
  action: string;
  backHref: string;
  csrfToken: string;
  raw: Raw;
  errors: FieldError[];
  departments: { code: string; nameJa: string }[];
  /** Creating a procedure: its address is chosen once, here. */
  creating: boolean;
  title: string;
}

/** Every fact residents read about the procedure, and how it is handled, in one form. */
export function SettingsPage(props: SettingsPageProps) {
  const { raw, errors } = props;
  const text = (id: string, label: string, extra: { hint?: string; required?: boolean; short?: boolean; numeric?: boolean; suffix?: string } = {}) => (
    <InputField id={id} label={label} value={one(raw, id)} error={errorAt(errors, id)} required={extra.required ?? false} {...extra} />
  );
  const area = (id: string, label: string, extra: { hint?: string; required?: boolean; rows?: number } = {}) => (
    <AreaField id={id} label={label} value={one(raw, id)} error={errorAt(errors, id)} required={extra.required ?? false} {...extra} />
  );
  return (
    <>
      <p><a class="back-link" href={props.backHref}>{props.creating ? '手続きの管理に戻る' : '編集画面に戻る（保存せずに戻ります）'}</a></p>
      <EditorErrors errors={errors} />
      <h1>{props.title}</h1>
      {props.creating ? <p>まず手続きの案内と設定を入力して作成します。質問のページは、作成した後に追加できます。作成した手続きは下書きとして保存され、公開するまで住民の方には表示されません。定義をJSON形式で用意している場合は、<a href={`${props.backHref}/new/json`}>JSON形式で作る（上級者向け）</a>こともできます。</p> : null}
      <form method="post" action={props.action} novalidate data-live-form="true">
        <CsrfField token={props.csrfToken} />
        <h2>名称と分類</h2>
        {text('title', '正式な名称', { required: true, hint: '法令や国の様式にある名称です（例：罹災証明書の交付申請）。' })}
        {text('plainTitle', 'わかりやすい名称', { hint: '住民の方が使う言葉で、60文字以内（例：罹災証明書を申請する）。一覧では最初に表示されます。' })}
        {props.creating ? text('slug', 'アドレスに使う名前', { hint: '住民向けのページのアドレス（URL）の一部になります。英小文字・数字・ハイフンで入力してください（例：inu-touroku）。空欄の場合は自動で付けます。作成した後は変更できません。' }) : null}
        <ChoicesField id="category" legend="分類" type="radio" options={CATEGORIES.map((c: Category) => ({ value: c, label: CATEGORY_LABELS[c] }))} selected={[one(raw, 'category')]} error={errorAt(errors, 'category')} required />
        <ChoicesField id="featured" legend="よく使う手続き" type="checkbox" options={[{ value: 'yes', label: '手続きの一覧の「よく使う手続き」に表示する' }]} selected={many(raw, 'featured')} />
        {area('keywords', '検索で使われる言葉', { hint: '読み方・以前の名称・言い換えなど（例：りさい、保育園）。1行に1つ入力してください。', rows: 3 })}
        <h2>住民の方への案内</h2>
        {area('summary', 'どのような手続きか', { required: true, hint: '1〜2文で、やさしい言葉で書いてください。' })}
        {area('audience', '対象となる方', { required: true })}
        {area('bring', '用意するもの・添付するもの', { hint: '1行に1つ入力してください。ない場合は空欄のままにしてください。' })}
        <ChoicesField id="feeKind" legend="手数料" type="radio" options={[{ value: 'free', label: '無料' }, { value: 'paid', label: '有料' }]} selected={[one(raw, 'feeKind') || 'free']} />
        {text('feeAmount', '手数料の金額（有料の場合）', { numeric: true, suffix: '円' })}
        {text('feeNote', '手数料についての補足（有料の場合）', { hint: '例：1通につき' })}
        {text('processingDays', '処理にかかる日数', { required: true, numeric: true, suffix: '日', hint: '土日祝日を除いた日数です。その場で受け付ける場合は0にしてください。' })}
        {text('processingNote', '処理の期間についての補足')}
        <ChoicesField id="channels" legend="申請の方法" type="checkbox" options={[{ value: 'online', label: 'オンライン（このシステムで申請を受け付ける）', hint: '質問のページと、申請前の宣誓文が必要です。' }, { value: 'post', label: '郵送' }, { value: 'counter', label: '窓口' }]} selected={many(raw, 'channels')} error={errorAt(errors, 'channels')} hint="当てはまるものをすべて選んでください。" />
        {area('howToApply', '窓口・郵送での申請の方法', { hint: '窓口の場所と受付時間、郵送先など。' })}
        {area('declaration', '申請前の宣誓文（オンラインの場合）', { hint: '申請内容の確認画面で、住民の方に同意していただく文です（例：記入した内容に誤りはありません）。' })}
        <h2>担当と取り扱い</h2>
        <SelectField id="department" label="担当課" options={props.departments.map((d) => ({ value: d.code, label: d.nameJa }))} value={one(raw, 'department')} placeholder="選んでください" error={errorAt(errors, 'department')} required hint="申請はこの課の受付一覧に届きます。" />
        <ChoicesField id="assurance" legend="オンライン申請に必要な本人確認" type="radio" options={ASSURANCE_CHOICES} selected={[one(raw, 'assurance')]} error={errorAt(errors, 'assurance')} required />
        {text('retentionYears', '個人情報の保存年限', { required: true, numeric: true, suffix: '年', hint: '処理が終わった申請の個人情報を、この年数が過ぎたら自動で削除します（1〜30年）。' })}
        {text('basis', '根拠法令・様式（職員向け）', { hint: '例：災害対策基本法第90条の2' })}
        <div class="actions">
          <button class="button" type="submit" name="_action" value="save">{props.creating ? '手続きを作成する' : '保存する'}</button>
        </div>
      </form>
    </>
  );
}
