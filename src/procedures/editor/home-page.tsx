import type { FieldDefinition, FormDefinition, PageDefinition } from '../../forms/form-definition.ts';
import { CATEGORY_LABELS } from '../catalog-labels.ts';
import { describeCondition } from './condition-text.ts';
import type { EditorState } from './editor-state.ts';
import { FIELD_TYPE_LABELS } from './field-types.ts';
import { ActionButton, Notice } from './inputs.tsx';
import { PreviewFrame } from './preview-frame.tsx';
import { VersionList, type VersionRow } from './version-list.tsx';

export interface HomeProps {
  editorHref: string;
  listHref: string;
  csrfToken: string;
  state: EditorState;
  departmentName: string;
  versions: VersionRow[];
  notice?: string;
  /** The preview of the form page last changed: in the frame, and in a window of its own. */
  preview: { frame: string; full: string };
  lastChange?: { at: Date; by: string };
}

const when = (d: Date) => d.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'short' });

export function requiredText(field: FieldDefinition): string {
  return field.required === true ? '必須' : field.required === false ? '任意' : '条件によって必須';
}

export const fieldAnchor = (page: PageDefinition, field: FieldDefinition) => `field-${page.id}-${field.name}`;
export const pageAnchor = (page: PageDefinition) => `page-${page.id}`;

function StatePanel(props: HomeProps) {
  const { state, editorHref } = props;
  const published = state.procedure.publishedVersion;
  const seen = published === null ? '住民の方には表示されていません（非公開）。' : `住民の方には第${published}版が表示されています。`;
  return (
    <section class="state-panel" aria-labelledby="state-title">
      <h2 id="state-title">{state.draft ? `下書き（第${state.version}版）を編集しています` : published === null ? 'この手続きは非公開です' : `第${published}版を公開しています`}</h2>
      <p>
        {seen}
        {state.draft ? '下書きの変更は、「公開する」を押すまで住民の方には表示されません。' : '変更すると新しい下書きが作られます。公開している版はそのまま残ります。'}
      </p>
      {props.lastChange ? <p>最後の変更：{when(props.lastChange.at)}　{props.lastChange.by}</p> : null}
      <p><a href="#preview-title">プレビューで確認する</a></p>
      <div class="actions">
        {state.draft ? <a class="button" href={`${editorHref}/publish`}>下書きを確認して公開する</a> : null}
        {state.draft ? <a class="button button-secondary" href={`${editorHref}/discard`}>下書きを破棄する</a> : null}
      </div>
    </section>
  );
}

function SettingsSummary(props: { definition: FormDefinition; departmentName: string; editorHref: string }) {
  const d = props.definition;
  const ways = [d.channels.online ? 'オンライン' : '', d.channels.post ? '郵送' : '', d.channels.counter ? '窓口' : ''].filter(Boolean).join('・') || 'なし';
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">手続きの案内と設定</h2>
      <dl class="answers">
        <div><dt>名称</dt><dd>{d.title}{d.plainTitle ? `（わかりやすい名称：${d.plainTitle}）` : ''}</dd></div>
        <div><dt>分類</dt><dd>{CATEGORY_LABELS[d.category]}{d.featured ? '・よく使う手続き' : ''}</dd></div>
        <div><dt>申請の方法</dt><dd>{ways}</dd></div>
        <div><dt>担当課</dt><dd>{props.departmentName}</dd></div>
      </dl>
      <p><a class="button button-secondary" href={`${props.editorHref}/settings`}>案内と設定を編集する</a></p>
    </section>
  );
}

function FieldRow(props: { page: PageDefinition; field: FieldDefinition; index: number; count: number; definition: FormDefinition; editorHref: string; csrfToken: string }) {
  const { page, field } = props;
  const href = `${props.editorHref}/pages/${page.id}/fields/${field.name}`;
  return (
    <li id={fieldAnchor(page, field)} class="field-row">
      <p class="field-row-label"><a href={href}>{field.label}<span class="visually-hidden">（質問を編集する）</span></a></p>
      <p class="field-row-facts">
        {FIELD_TYPE_LABELS[field.type]}・{requiredText(field)}
        {field.showIf ? `・${describeCondition(props.definition, field.showIf)}だけ表示` : ''}
        {field.checks?.length ? `・確認のチェック${field.checks.length}件` : ''}
      </p>
      <div class="row-actions">
        {props.index > 0 ? <ActionButton action={`${href}/move`} csrfToken={props.csrfToken} fields={{ direction: 'up' }}>上へ<span class="visually-hidden">（「{field.label}」を上へ移動）</span></ActionButton> : null}
        {props.index < props.count - 1 ? <ActionButton action={`${href}/move`} csrfToken={props.csrfToken} fields={{ direction: 'down' }}>下へ<span class="visually-hidden">（「{field.label}」を下へ移動）</span></ActionButton> : null}
      </div>
    </li>
  );
}

function PageBlock(props: { page: PageDefinition; index: number; definition: FormDefinition; editorHref: string; csrfToken: string }) {
  const { page, definition } = props;
  const href = `${props.editorHref}/pages/${page.id}`;
  const count = definition.pages.length;
  return (
    <section id={pageAnchor(page)} class="page-block" aria-labelledby={`${pageAnchor(page)}-title`}>
      <h3 id={`${pageAnchor(page)}-title`}>ページ{props.index + 1}：{page.title}</h3>
      {page.showIf ? <p>{describeCondition(definition, page.showIf)}だけ表示します。</p> : null}
      {page.repeat ? <p>くり返し：{page.repeat.itemLabel}ごとに同じ質問をします（{page.repeat.min}〜{page.repeat.max}件）。</p> : null}
      <div class="row-actions">
        <a href={href}>ページの設定<span class="visually-hidden">（ページ{props.index + 1}）</span></a>
        {props.index > 0 ? <ActionButton action={`${href}/move`} csrfToken={props.csrfToken} fields={{ direction: 'up' }}>ページを上へ<span class="visually-hidden">（ページ{props.index + 1}「{page.title}」）</span></ActionButton> : null}
        {props.index < count - 1 ? <ActionButton action={`${href}/move`} csrfToken={props.csrfToken} fields={{ direction: 'down' }}>ページを下へ<span class="visually-hidden">（ページ{props.index + 1}「{page.title}」）</span></ActionButton> : null}
      </div>
      <ol class="field-list">
        {page.fields.map((field, f) => <FieldRow page={page} field={field} index={f} count={page.fields.length} definition={definition} editorHref={props.editorHref} csrfToken={props.csrfToken} />)}
      </ol>
      <p><a class="button button-secondary" href={`${href}/fields/new`}>このページに質問を追加する<span class="visually-hidden">（ページ{props.index + 1}）</span></a></p>
    </section>
  );
}

/** The editor's home: state and publishing, the settings in short, every page and question with its order, the preview and the versions. */
export function EditorHome(props: HomeProps) {
  const { definition } = props.state;
  return (
    <>
      <p><a class="back-link" href={props.listHref}>手続きの管理に戻る</a></p>
      <Notice text={props.notice} />
      <h1>手続きの編集：{definition.title}</h1>
      <StatePanel {...props} />
      <div class="editor-layout">
        <div class="editor-main">
          <SettingsSummary definition={definition} departmentName={props.departmentName} editorHref={props.editorHref} />
          <section aria-labelledby="pages-title">
            <h2 id="pages-title">申請フォーム（{definition.pages.length}ページ）</h2>
            {definition.pages.length === 0 ? <p>まだ質問のページがありません。オンラインで申請を受け付けるには、ページを追加して質問を作ってください。</p> : null}
            {definition.pages.map((page, p) => <PageBlock page={page} index={p} definition={definition} editorHref={props.editorHref} csrfToken={props.csrfToken} />)}
            <p><a class="button" href={`${props.editorHref}/pages/new`}>ページを追加する</a></p>
          </section>
          <section aria-labelledby="json-title">
            <h2 id="json-title">上級者向け（JSON）</h2>
            <p>同じ下書きを、JSON形式の文字列として直接編集できます。フォームでの変更と同じ確認を行います。</p>
            <p><a href={`${props.editorHref}/json`}>JSON形式で編集する</a></p>
          </section>
        </div>
        <PreviewFrame src={props.preview.frame} fullHref={props.preview.full} title={`住民の方に表示される画面のプレビュー（${definition.title}）`} />
      </div>
      <VersionList editorHref={props.editorHref} csrfToken={props.csrfToken} published={props.state.procedure.publishedVersion} versions={props.versions} />
      {props.state.procedure.publishedVersion !== null ? (
        <section aria-labelledby="unpublish-title">
          <h2 id="unpublish-title">公開をやめる</h2>
          <p>手続き一覧と申請画面に表示されなくなります。入力途中・申請済みの申請は、そのまま扱えます。</p>
          <ActionButton action={`${props.editorHref}/unpublish`} csrfToken={props.csrfToken} class="button button-secondary">非公開にする</ActionButton>
        </section>
      ) : null}
    </>
  );
}
