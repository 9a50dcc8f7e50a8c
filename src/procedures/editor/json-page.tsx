import { CsrfField } from '../../views/form-fields.tsx';
import type { DefinitionProblem } from '../definition-check.ts';
import { Notice } from './inputs.tsx';

export interface JsonPageProps {
  action: string;
  backHref: string;
  csrfToken: string;
  /** Undefined when creating a procedure. */
  slug?: string;
  title: string;
  text: string;
  problems: DefinitionProblem[];
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
      <p>入力した内容はそのまま残っています。</p>
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

/** 上級者向け: the same draft as JSON in a text box, checked on save like every form change. */
export function JsonPage(props: JsonPageProps) {
  return (
    <>
      <p><a class="back-link" href={props.backHref}>{props.slug ? '編集画面に戻る（保存せずに戻ります）' : '手続きの管理に戻る'}</a></p>
      <Notice text={props.notice} />
      <ProblemList text={props.text} problems={props.problems} />
      <h1>{props.title}</h1>
      <p>{props.slug ? 'フォームで編集しているものと同じ下書きです。保存すると下書きが置き換わり、フォームの画面にも反映されます。公開するまで住民の方には表示されません。' : '手続きの定義をJSON形式で入力して作成します。'}</p>
      <form method="post" action={props.action}>
        <CsrfField token={props.csrfToken} />
        <div class="field">
          <label for="definition">手続きの定義（JSON形式）<span class="required">※必須</span></label>
          <span class="hint" id="definition-hint">
            案内文（title、summary、bring など）と申請フォーム（pages）を記述します。項目の種類（type）は name、kana、date、postalCode、address、phone、email、number、choice、multiChoice、yesNo、text、textarea、file、consent から選びます。{props.slug ? `手続きID（id）「${props.slug}」は変更できません。公開した版にある項目名（name）を変えると、別の質問として扱われます。` : 'id は英小文字・数字・ハイフンで、ほかの手続きと重ならないものにしてください。'}
          </span>
          {props.problems.length ? <p class="field-error" id="definition-error">{props.problems.length}件の誤りがあります（上の一覧を参照）</p> : null}
          <textarea id="definition" name="definition" class="code-input" rows={30} spellcheck={false} aria-describedby={props.problems.length ? 'definition-hint definition-error' : 'definition-hint'} aria-invalid={props.problems.length ? 'true' : undefined}>
            {props.text}
          </textarea>
        </div>
        <button class="button" type="submit">確認して下書きに保存する</button>
      </form>
    </>
  );
}
