import { CsrfField } from '../views/form-fields.tsx';
import { CATEGORY_LABELS } from './catalog-labels.ts';
import type { DefinitionProblem } from './definition-check.ts';
import type { ProcedureOverview } from './service.ts';

const date = (d: Date) => d.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'short' });

function publicationState(published: number | null, latest: number): string {
  if (published === null) return '非公開';
  if (published === latest) return `公開中（第${published}版）`;
  return `公開中（第${published}版）・第${latest}版は未公開`;
}

/** 手続きの管理: every procedure, whether residents see it, and which version. */
export function ProcedureListPage(props: { base: string; list: ProcedureOverview[] }) {
  return (
    <>
      <h1>手続きの管理</h1>
      <p>手続きの案内と申請フォームの内容を編集し、公開・非公開を切り替えます。保存するたびに新しい版ができ、公開するまで住民の方には表示されません。入力途中や申請済みの申請は、始めたときの版のまま扱われます。</p>
      <p><a class="button button-secondary" href={`${props.base}/admin/procedures/new`}>新しい手続きを追加する</a></p>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">手続きの一覧（{props.list.length}件）</caption>
          <thead><tr><th scope="col">手続き</th><th scope="col">分類</th><th scope="col">受付方法</th><th scope="col">状態</th></tr></thead>
          <tbody>
            {props.list.map(({ procedure, latest }) => (
              <tr>
                <td><a href={`${props.base}/admin/procedures/${procedure.slug}`}>{latest.definition.title}</a></td>
                <td>{CATEGORY_LABELS[latest.definition.category]}</td>
                <td>{latest.definition.channels.online ? 'オンライン' : '窓口・郵送'}</td>
                <td>{publicationState(procedure.publishedVersion, latest.version)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export interface VersionRow {
  version: number;
  createdAt: Date;
  author: string;
  title: string;
}

export interface EditorProps {
  base: string;
  csrfToken: string;
  /** Undefined when adding a new procedure. */
  slug?: string;
  title: string;
  text: string;
  problems: DefinitionProblem[];
  published: number | null;
  versions: VersionRow[];
  notice?: string;
}

/** The lines around a problem, numbered as in the text box, so the admin sees what is wrong. */
function Excerpt(props: { text: string; line: number }) {
  const lines = props.text.split('\n');
  const from = Math.max(1, props.line - 2);
  const to = Math.min(lines.length, props.line + 2);
  const shown = lines.slice(from - 1, to).map((content, i) => `${String(from + i).padStart(4)}${from + i === props.line ? ' ▶ ' : '   '}${content}`);
  return <pre><code>{shown.join('\n')}</code></pre>;
}

function ProblemList(props: { text: string; problems: DefinitionProblem[] }) {
  if (props.problems.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} data-error-summary aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">保存できませんでした。{props.problems.length}件の誤りを直してください</h2>
      <ol>
        {props.problems.slice(0, 30).map((problem) => (
          <li>
            <p><a href="#definition">{problem.line}行目{problem.column}文字目（{problem.where}）</a>：{problem.message}</p>
            <Excerpt text={props.text} line={problem.line} />
          </li>
        ))}
      </ol>
      {props.problems.length > 30 ? <p>ほか{props.problems.length - 30}件あります。上の誤りを直してから、もう一度保存してください。</p> : null}
    </div>
  );
}

function VersionList(props: EditorProps) {
  const slugBase = `${props.base}/admin/procedures/${props.slug}`;
  return (
    <section aria-labelledby="versions">
      <h2 id="versions">版の一覧と公開</h2>
      <p>公開すると、住民向けの手続き一覧・案内・申請画面がその版に切り替わります。先にプレビューで表示を確認してください。</p>
      {props.published !== null ? (
        <form method="post" action={`${slugBase}/unpublish`}>
          <CsrfField token={props.csrfToken} />
          <button class="button button-secondary" type="submit">この手続きを非公開にする（住民の方に表示しない）</button>
        </form>
      ) : <p><strong>現在は非公開です。</strong>住民の方には表示されていません。</p>}
      <div class="table-scroll">
        <table>
          <thead><tr><th scope="col">版</th><th scope="col">保存日時・保存した人</th><th scope="col">操作</th></tr></thead>
          <tbody>
            {props.versions.map((v) => (
              <tr>
                <td>第{v.version}版{v.version === props.published ? <strong>（公開中）</strong> : null}</td>
                <td>{date(v.createdAt)}　{v.author}</td>
                <td>
                  <a href={`${slugBase}/versions/${v.version}/preview`}>プレビュー<span class="visually-hidden">（第{v.version}版）</span></a>
                  {v.version !== props.published ? (
                    <form class="inline-form" method="post" action={`${slugBase}/publish`}>
                      <CsrfField token={props.csrfToken} />
                      <input type="hidden" name="version" value={String(v.version)} />
                      <button class="button-link" type="submit">第{v.version}版を公開する</button>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The definition as JSON in a text box, checked on save, with each problem shown by line. */
export function ProcedureEditorPage(props: EditorProps) {
  const action = props.slug ? `${props.base}/admin/procedures/${props.slug}` : `${props.base}/admin/procedures/new`;
  return (
    <>
      <p><a class="back-link" href={`${props.base}/admin/procedures`}>手続きの管理に戻る</a></p>
      {props.notice ? <p class="notice" role="status">{props.notice}</p> : null}
      <ProblemList text={props.text} problems={props.problems} />
      <h1>{props.slug ? `手続きの編集：${props.title}` : '新しい手続きの追加'}</h1>
      <form method="post" action={action}>
        <CsrfField token={props.csrfToken} />
        <div class="field">
          <label for="definition">手続きの定義（JSON形式）<span class="required">※必須</span></label>
          <span class="hint" id="definition-hint">
            案内文（title、summary、bring など）と申請フォーム（pages）を記述します。項目の種類（type）は name、kana、date、postalCode、address、phone、email、number、choice、multiChoice、yesNo、text、textarea、file、consent から選びます。{props.slug ? `手続きID（id）「${props.slug}」は変更できません。` : 'id は英小文字・数字・ハイフンで、ほかの手続きと重ならないものにしてください。'}
          </span>
          {props.problems.length ? <p class="field-error" id="definition-error">{props.problems.length}件の誤りがあります（上の一覧を参照）</p> : null}
          <textarea id="definition" name="definition" class="code-input" rows={30} spellcheck={false} aria-describedby={props.problems.length ? 'definition-hint definition-error' : 'definition-hint'} aria-invalid={props.problems.length ? 'true' : undefined}>
            {props.text}
          </textarea>
        </div>
        <button class="button" type="submit">検証して新しい版として保存する</button>
      </form>
      {props.slug ? <VersionList {...props} /> : null}
    </>
  );
}
