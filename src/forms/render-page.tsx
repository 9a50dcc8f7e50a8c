import { CsrfField, ErrorSummary, type FieldError } from '../views/form-fields.tsx';
import type { FieldDefinition, PageDefinition } from './form-definition.ts';
import type { Answers, RawValues } from './answers.ts';
import { isFieldRequired, isFieldShown, samePageDependency } from './conditions.ts';
import { requiredWhen, whoAnswers } from './describe-condition.ts';
import type { FieldWarning } from './field-checks.ts';
import { anchorId, fieldId } from './field-ids.ts';
import { pageRangeText, type PageRange } from './page-estimate.ts';
import { RenderField, type UploadedFile } from './render-field.tsx';

export interface FormPageProps {
  page: PageDefinition;
  raw: RawValues;
  /** Saved answers, to decide which questions depend on earlier pages. */
  answers: Answers;
  errors: FieldError[];
  /** Unusual answers the resident is asked to confirm before going on. */
  warnings?: FieldWarning[];
  action: string;
  csrfToken: string;
  /** This page's number among those that apply, and the pages still to come (without the check page). */
  progress: { current: number; total?: number; remaining?: PageRange };
  backHref?: string;
  files: Record<string, UploadedFile>;
  notes?: Record<string, string>;
  locked?: Record<string, string>;
  itemCount: number;
  /** The preview in the back office shows the page without a way to submit it. */
  preview?: boolean;
  returnTo?: string;
}

type Item = { group: string; index: number };

function FieldOf(props: FormPageProps & { field: FieldDefinition; item?: Item; dependsOnEarlierPage: boolean }) {
  const { field } = props;
  const id = fieldId(field, props.item);
  const anchor = anchorId(field, id);
  const error = props.errors.find((e) => e.field === anchor)?.message;
  const warning = props.warnings?.find((w) => w.field === anchor);
  const uploaded = field.type === 'file' ? [props.raw[id]].flat().filter((v): v is string => !!v && !!props.files[v]).map((v) => props.files[v]!) : undefined;
  // Required only in some cases that an answer on this page decides: marked 必須 with the case named, never 任意.
  const requiredHere = samePageDependency(field, props.page, field.required) !== undefined;
  const required = requiredHere || isFieldRequired(field, props.answers);
  const note = [
    props.dependsOnEarlierPage ? '（プレビュー）前のページの答えによって表示される質問です。' : undefined,
    requiredHere && !isFieldRequired(field, props.answers) ? requiredWhen(field.required as Exclude<FieldDefinition['required'], boolean>, props.page.fields) : undefined,
    props.notes?.[id],
  ].filter(Boolean).join(' ') || undefined;
  return <RenderField field={field} id={id} raw={props.raw} required={required} error={error} warning={warning} note={note} lockedText={props.locked?.[id]} uploaded={uploaded} />;
}

/** A run of questions asked only when an answer above them on this page makes them apply. */
interface Block {
  condition?: FieldDefinition['showIf'];
  fields: FieldDefinition[];
}

function blocksOf(page: PageDefinition): Block[] {
  const blocks: Block[] = [];
  for (const field of page.fields) {
    const condition = samePageDependency(field, page) ? field.showIf : undefined;
    const last = blocks.at(-1);
    if (last && condition && JSON.stringify(last.condition) === JSON.stringify(condition)) last.fields.push(field);
    else blocks.push({ condition, fields: [field] });
  }
  return blocks;
}

function Fields(props: FormPageProps & { item?: Item }) {
  const { page } = props;
  return (
    <>
      {blocksOf(page).map((block, index) => {
        const fields = block.fields
          .map((field) => ({ field, dependsOnEarlierPage: !block.condition && !isFieldShown(field, props.answers) }))
          .filter(({ dependsOnEarlierPage }) => !dependsOnEarlierPage || props.preview)
          .map(({ field, dependsOnEarlierPage }) => <FieldOf {...props} field={field} dependsOnEarlierPage={dependsOnEarlierPage} />);
        if (!block.condition) return <>{fields}</>;
        const headingId = `${props.item ? `${props.item.group}-${props.item.index}-` : ''}${page.id}-when-${index}`;
        return (
          <div class="conditional" data-show-if={JSON.stringify(block.condition)} data-item-prefix={props.item ? `${props.item.group}-${props.item.index}-` : ''} role="group" aria-labelledby={headingId}>
            <p class="conditional-heading" id={headingId}>{whoAnswers(block.condition, page.fields)}</p>
            {fields}
          </div>
        );
      })}
    </>
  );
}

function Progress(props: { progress: FormPageProps['progress'] }) {
  const { current, total, remaining } = props.progress;
  if (!remaining) return <p class="progress">{current} / {total} ページ目</p>;
  const rest = remaining.max === 0 ? 'このあと申請内容の確認です' : `このあと${pageRangeText(remaining)}と、申請内容の確認があります`;
  return <p class="progress">{current}ページ目（{rest}）</p>;
}

function WarningSummary(props: { warnings: FieldWarning[] }) {
  if (props.warnings.length === 0) return null;
  return (
    <div class="warning-summary" role="status" aria-labelledby="warning-summary-title">
      <h2 id="warning-summary-title">入力内容をご確認ください</h2>
      <p>次の内容は、まれな答えです。間違いがなければ、それぞれの「この内容で間違いありません」にチェックを入れて、もう一度「次へ進む」を押してください。</p>
      <ul>
        {props.warnings.map((warning) => (
          <li><a href={`#${warning.field}`}>{warning.message}</a></li>
        ))}
      </ul>
    </div>
  );
}

/** One page of a form: error summary, progress, its questions (or each item of a repeating group), continue. */
export function FormPage(props: FormPageProps) {
  const { page } = props;
  const repeat = page.repeat;
  return (
    <>
      {props.backHref ? <p><a class="back-link" href={props.backHref}>戻る</a></p> : null}
      <ErrorSummary errors={props.errors} />
      {props.errors.length === 0 ? <WarningSummary warnings={props.warnings ?? []} /> : null}
      <Progress progress={props.progress} />
      <h1>{page.title}</h1>
      {page.intro ? <p>{page.intro}</p> : null}
      <form method="post" action={props.action} enctype="multipart/form-data" novalidate>
        <CsrfField token={props.csrfToken} />
        {props.returnTo ? <input type="hidden" name="_return" value={props.returnTo} /> : null}
        {repeat ? (
          <>
            <input type="hidden" name={`${repeat.name}-count`} value={String(props.itemCount)} />
            {Array.from({ length: props.itemCount }, (_, index) => (
              <fieldset class="repeat-item">
                <legend>{repeat.itemLabel}（{index + 1}）</legend>
                <Fields {...props} item={{ group: repeat.name, index }} />
                {props.itemCount > repeat.min ? <button class="button-link" type="submit" name="_action" value={`remove-item:${index}`}>この{repeat.itemLabel}（{index + 1}）を削除する</button> : null}
              </fieldset>
            ))}
            {props.itemCount < repeat.max ? <p><button class="button button-secondary" type="submit" name="_action" value="add-item">{repeat.itemLabel}を追加する</button></p> : null}
          </>
        ) : (
          <Fields {...props} />
        )}
        {props.preview ? <p class="notice">プレビューです。この画面からは送信できません。</p> : (
          <div class="actions">
            <button class="button" type="submit" name="_action" value="continue">次へ進む</button>
            <button class="button button-secondary" type="submit" name="_action" value="save">保存して中断する</button>
          </div>
        )}
      </form>
    </>
  );
}
