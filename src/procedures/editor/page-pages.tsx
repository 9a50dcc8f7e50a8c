import type { FormDefinition, PageDefinition } from '../../forms/form-definition.ts';
import { CsrfField, type FieldError } from '../../views/form-fields.tsx';
import { describeCondition } from './condition-text.ts';
import { AreaField, ChoicesField, EditorErrors, errorAt, InputField } from './inputs.tsx';
import { NewFieldInputs } from './new-field-inputs.tsx';
import { PreviewFrame } from './preview-frame.tsx';
import { many, one, type Raw } from './raw-form.ts';

function PageInputs(props: { raw: Raw; errors: FieldError[] }) {
  const { raw, errors } = props;
  return (
    <>
      <InputField id="pageTitle" label="ページの見出し" required value={one(raw, 'pageTitle')} error={errorAt(errors, 'pageTitle')} hint="住民の方に、このページで何をお聞きするかが伝わる見出しにしてください（例：お子さんについて）。" />
      <AreaField id="intro" label="ページの説明" required={false} rows={3} value={one(raw, 'intro')} error={errorAt(errors, 'intro')} hint="見出しの下に表示します。" />
    </>
  );
}

/** A new page with its first question: a page always has at least one. */
export function PageAddPage(props: { action: string; backHref: string; csrfToken: string; raw: Raw; errors: FieldError[] }) {
  return (
    <>
      <p><a class="back-link" href={props.backHref}>編集画面に戻る（追加せずに戻ります）</a></p>
      <EditorErrors errors={props.errors} title="追加できませんでした。次の点を直してください" />
      <h1>ページの追加</h1>
      <p>申請フォームの最後にページを追加します。ページには質問が1つ以上必要なため、最初の質問も一緒に入力してください。</p>
      <form method="post" action={props.action} novalidate>
        <CsrfField token={props.csrfToken} />
        <PageInputs raw={props.raw} errors={props.errors} />
        <fieldset class="group-box">
          <legend>最初の質問</legend>
          <NewFieldInputs raw={props.raw} errors={props.errors} />
        </fieldset>
        <div class="actions"><button class="button" type="submit">ページを追加する</button></div>
      </form>
    </>
  );
}

export interface PageEditProps {
  editorHref: string;
  csrfToken: string;
  definition: FormDefinition;
  page: PageDefinition;
  raw: Raw;
  errors: FieldError[];
  preview: { frame: string; full: string };
}

/** A page's wording, its repeating-group settings, its condition and its removal. */
export function PageEditPage(props: PageEditProps) {
  const { raw, errors, page, definition } = props;
  const href = `${props.editorHref}/pages/${page.id}`;
  const number = definition.pages.indexOf(page) + 1;
  return (
    <>
      <p><a class="back-link" href={`${props.editorHref}#page-${page.id}`}>編集画面に戻る（保存せずに戻ります）</a></p>
      <EditorErrors errors={errors} />
      <h1>ページの設定：{page.title}</h1>
      <p>申請フォームのページ{number}（質問{page.fields.length}件）</p>
      <div class="editor-layout">
        <div class="editor-main">
          <form method="post" action={href} novalidate data-live-form="true">
            <CsrfField token={props.csrfToken} />
            <PageInputs raw={raw} errors={errors} />
            <fieldset class="group-box">
              <legend>くり返し</legend>
              <ChoicesField id="repeat" legend="同じ質問を、人数分などくり返してお聞きしますか" type="checkbox" options={[{ value: 'yes', label: 'くり返す（お子さんごと、世帯の方ごとなど）', hint: 'くり返すページの質問は、ほかの質問の表示の条件には使えません。' }]} selected={many(raw, 'repeat')} />
              <InputField id="itemLabel" label="くり返す単位の呼び方（くり返す場合）" required={false} value={one(raw, 'itemLabel')} error={errorAt(errors, 'itemLabel')} hint="例：お子さん。「お子さん（1）」「お子さんを追加する」のように表示します。" />
              <InputField id="repeatMin" label="最少の件数" required={false} numeric suffix="件" value={one(raw, 'repeatMin')} error={errorAt(errors, 'repeatMin')} />
              <InputField id="repeatMax" label="最多の件数" required={false} numeric suffix="件" value={one(raw, 'repeatMax')} error={errorAt(errors, 'repeatMax')} />
            </fieldset>
            <div class="actions"><button class="button" type="submit">保存する</button></div>
          </form>
          <section aria-labelledby="page-condition-title">
            <h2 id="page-condition-title">このページを表示する条件</h2>
            <p>{page.showIf ? `${describeCondition(definition, page.showIf)}だけ、このページを表示します。` : 'いつも表示します。'}</p>
            {number > 1 ? <p><a href={`${href}/conditions`}>{page.showIf ? '条件を変更する' : '条件を付ける'}</a></p> : <p>最初のページには、前の質問がないため条件を付けられません。</p>}
          </section>
          <section aria-labelledby="page-delete-title">
            <h2 id="page-delete-title">削除</h2>
            <p><a href={`${href}/delete`}>このページを削除する（質問{page.fields.length}件も削除されます）</a></p>
          </section>
        </div>
        <PreviewFrame src={props.preview.frame} fullHref={props.preview.full} title={`住民の方に表示される画面のプレビュー（ページ「${page.title}」）`} />
      </div>
    </>
  );
}
