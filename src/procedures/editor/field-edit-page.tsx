import type { FieldDefinition, FormDefinition, PageDefinition } from '../../forms/form-definition.ts';
import { CsrfField, type FieldError } from '../../views/form-fields.tsx';
import { describeCondition } from './condition-text.ts';
import { DATE_RANGE_LABELS, FILE_KIND_LABELS, FIELD_TYPE_LABELS, hasOptions, LOCKABLE, PREFILL_FOR } from './field-types.ts';
import { AreaField, ChoicesField, EditorErrors, errorAt, InputField, SelectField } from './inputs.tsx';
import { PreviewFrame } from './preview-frame.tsx';
import { many, one, type Raw } from './raw-form.ts';

export interface FieldEditProps {
  editorHref: string;
  csrfToken: string;
  definition: FormDefinition;
  page: PageDefinition;
  field: FieldDefinition;
  raw: Raw;
  errors: FieldError[];
  nameLocked: boolean;
  preview: { frame: string; full: string };
}

function TypeSettings(props: FieldEditProps) {
  const { field, raw, errors } = props;
  const prefill = props.page.repeat ? undefined : PREFILL_FOR[field.type];
  return (
    <>
      {field.type === 'text' || field.type === 'textarea' ? <InputField id="maxLength" label="最大の文字数" required={false} numeric suffix="文字" value={one(raw, 'maxLength')} error={errorAt(errors, 'maxLength')} /> : null}
      {field.type === 'number' ? (
        <>
          <InputField id="min" label="最小値" required={false} numeric value={one(raw, 'min')} error={errorAt(errors, 'min')} />
          <InputField id="max" label="最大値" required={false} numeric value={one(raw, 'max')} error={errorAt(errors, 'max')} />
          <InputField id="unit" label="単位" required={false} short value={one(raw, 'unit')} error={errorAt(errors, 'unit')} hint="入力欄の後ろに表示します（例：人、円）。" />
        </>
      ) : null}
      {field.type === 'date' ? <ChoicesField id="dateRange" legend="受け付ける日付" type="radio" options={Object.entries(DATE_RANGE_LABELS).map(([value, label]) => ({ value, label }))} selected={[one(raw, 'dateRange') || 'any']} /> : null}
      {field.type === 'file' ? <ChoicesField id="accept" legend="受け付けるファイルの種類" type="checkbox" hint="選ばない場合は、すべての種類を受け付けます。" options={Object.entries(FILE_KIND_LABELS).map(([value, label]) => ({ value, label }))} selected={many(raw, 'accept')} /> : null}
      {prefill ? (
        <ChoicesField
          id="prefill"
          legend="マイナンバーカードの情報"
          type="checkbox"
          hint="本人確認を「マイナンバーカード」にした手続きで使われます。"
          options={[{ value: 'yes', label: `${prefill.label}を最初から入力しておく` }]}
          selected={many(raw, 'prefill')}
        />
      ) : null}
      {prefill && LOCKABLE.includes(prefill.source) ? <ChoicesField id="prefillLocked" legend="カードの情報の変更" type="checkbox" hint="申請者本人の氏名・生年月日で、法令によりカードと一致している必要がある場合だけ選んでください。" options={[{ value: 'yes', label: '住民の方が変更できないようにする' }]} selected={many(raw, 'prefillLocked')} /> : null}
    </>
  );
}

function OptionRows(props: FieldEditProps) {
  const { raw, errors } = props;
  const count = Number(one(raw, 'opt-count')) || 0;
  return (
    <fieldset class="options-editor" id="options">
      <legend>選択肢</legend>
      <input type="hidden" name="opt-count" value={String(count)} />
      <ol class="option-list">
        {Array.from({ length: count }, (_, i) => (
          <li class="option-row">
            <InputField id={`opt-${i}-label`} label={`選択肢${i + 1}`} value={one(raw, `opt-${i}-label`)} error={errorAt(errors, `opt-${i}-label`)} hint={`保存される値：${one(raw, `opt-${i}-value`)}`} />
            <input type="hidden" name={`opt-${i}-value`} value={one(raw, `opt-${i}-value`)} />
            <div class="row-actions">
              {i > 0 ? <button class="button-link" type="submit" name="_action" value={`option-up:${i}`}>上へ<span class="visually-hidden">（選択肢{i + 1}）</span></button> : null}
              {i < count - 1 ? <button class="button-link" type="submit" name="_action" value={`option-down:${i}`}>下へ<span class="visually-hidden">（選択肢{i + 1}）</span></button> : null}
              <button class="button-link" type="submit" name="_action" value={`option-remove:${i}`}>削除<span class="visually-hidden">（選択肢{i + 1}「{one(raw, `opt-${i}-label`)}」）</span></button>
            </div>
          </li>
        ))}
      </ol>
      <InputField id="opt-new-label" label="追加する選択肢" required={false} value={one(raw, 'opt-new-label')} error={errorAt(errors, 'opt-new-label')} />
      <details class="advanced" open={Boolean(errorAt(errors, 'opt-new-value') || one(raw, 'opt-new-value'))}>
        <summary>保存される値を指定する（任意）</summary>
        <InputField id="opt-new-value" label="保存される値" required={false} value={one(raw, 'opt-new-value')} error={errorAt(errors, 'opt-new-value')} hint="空欄の場合は選択肢の文字をそのまま使います。追加した後は変更できません。" />
      </details>
      <p><button class="button button-secondary" type="submit" name="_action" value="add-option">選択肢を追加する</button></p>
    </fieldset>
  );
}

function Conditions(props: FieldEditProps) {
  const { field, definition } = props;
  const href = `${props.editorHref}/pages/${props.page.id}/fields/${field.name}`;
  return (
    <section aria-labelledby="conditions-title">
      <h2 id="conditions-title">表示と必須の条件</h2>
      <dl class="answers">
        <div><dt>表示する条件</dt><dd>{field.showIf ? `${describeCondition(definition, field.showIf)}だけ表示します。` : 'いつも表示します。'}</dd><dd><a href={`${href}/conditions/show`}>{field.showIf ? '変更する' : '条件を付ける'}<span class="visually-hidden">（表示する条件）</span></a></dd></div>
        {typeof field.required === 'object' ? <div><dt>必須にする条件</dt><dd>{describeCondition(definition, field.required)}は必須です。それ以外は任意です。</dd><dd><a href={`${href}/conditions/required`}>変更する<span class="visually-hidden">（必須にする条件）</span></a></dd></div> : null}
      </dl>
      <h2 id="checks-title">回答の確認（チェック）</h2>
      <p>ありえない答えを止める「エラー」や、念のため確かめていただく「注意」を表示できます。</p>
      {field.checks?.length ? (
        <ul>
          {field.checks.map((check) => (
            <li>
              <strong>{check.level === 'error' ? 'エラー' : '注意'}</strong>：{describeCondition(definition, check.when)}「{check.message}」
              {' '}<a href={`${href}/checks/${check.id}`}>編集<span class="visually-hidden">（チェック「{check.message}」）</span></a>
            </li>
          ))}
        </ul>
      ) : <p>チェックはありません。</p>}
      <p><a class="button button-secondary" href={`${href}/checks/new`}>チェックを追加する</a></p>
    </section>
  );
}

/** One question: wording, required, options and the settings of its kind, then its conditions, checks, place and removal. */
export function FieldEditPage(props: FieldEditProps) {
  const { field, page, definition, raw, errors } = props;
  const href = `${props.editorHref}/pages/${page.id}/fields/${field.name}`;
  const others = definition.pages.filter((p) => p.id !== page.id);
  return (
    <>
      <p><a class="back-link" href={`${props.editorHref}#field-${page.id}-${field.name}`}>編集画面に戻る（保存せずに戻ります）</a></p>
      <EditorErrors errors={errors} />
      <h1>質問の編集：{field.label}</h1>
      <p>ページ「{page.title}」の質問・種類：{FIELD_TYPE_LABELS[field.type]}</p>
      <div class="editor-layout">
        <div class="editor-main">
          <form method="post" action={href} novalidate data-live-form="true">
            <CsrfField token={props.csrfToken} />
            <InputField id="label" label="質問文" required value={one(raw, 'label')} error={errorAt(errors, 'label')} />
            <AreaField id="hint" label="補足の説明" required={false} rows={2} value={one(raw, 'hint')} error={errorAt(errors, 'hint')} />
            <ChoicesField
              id="required"
              legend="回答は必須ですか"
              type="radio"
              options={[{ value: 'yes', label: '必須' }, { value: 'no', label: '任意' }, { value: 'conditional', label: '条件によって必須', hint: '保存した後に、必須にする条件を選んでいただきます。' }]}
              selected={[one(raw, 'required')]}
              error={errorAt(errors, 'required')}
            />
            <TypeSettings {...props} />
            <div class="actions"><button class="button" type="submit" name="_action" value="save">保存する</button></div>
            {hasOptions(field.type) ? <OptionRows {...props} /> : null}
            <details class="advanced" open={Boolean(errorAt(errors, 'name'))}>
              <summary>項目名（データの列名）</summary>
              {props.nameLocked ? (
                <p>項目名：<code>{field.name}</code>（公開した版で使われているため、変更できません。申請のデータや書き出しがこの名前を使っています）</p>
              ) : (
                <InputField id="name" label="項目名" required={false} value={one(raw, 'name')} error={errorAt(errors, 'name')} hint="半角英数字で、英字から始めてください。条件で使われている場合は、条件の側も合わせて変わります。公開した後は変更できません。" />
              )}
            </details>
            {hasOptions(field.type) ? <div class="actions"><button class="button" type="submit" name="_action" value="save">保存する</button></div> : null}
          </form>
          <Conditions {...props} />
          {others.length ? (
            <section aria-labelledby="move-title">
              <h2 id="move-title">別のページへ移動</h2>
              <form method="post" action={`${href}/move`}>
                <CsrfField token={props.csrfToken} />
                <SelectField id="toPage" label="移動先のページ" options={others.map((p) => ({ value: p.id, label: `ページ${definition.pages.indexOf(p) + 1}：${p.title}` }))} value="" hint="移動先のページの最後に入ります。" />
                <button class="button button-secondary" type="submit">このページへ移動する</button>
              </form>
            </section>
          ) : null}
          <section aria-labelledby="delete-title">
            <h2 id="delete-title">削除</h2>
            <p><a href={`${href}/delete`}>この質問を削除する</a></p>
          </section>
        </div>
        <PreviewFrame src={props.preview.frame} fullHref={props.preview.full} title={`住民の方に表示される画面のプレビュー（ページ「${page.title}」）`} />
      </div>
    </>
  );
}
