import { CsrfField, ErrorSummary, type FieldError } from '../views/form-fields.tsx';
import type { FieldDefinition, PageDefinition } from './form-definition.ts';
import type { Answers, RawValues } from './answers.ts';
import { isFieldRequired, isFieldShown, samePageDependency } from './conditions.ts';
import { anchorId, fieldId } from './field-ids.ts';
import { RenderField, type UploadedFile } from './render-field.tsx';

export interface FormPageProps {
  page: PageDefinition;
  raw: RawValues;
  /** Saved answers, to decide which questions depend on earlier pages. */
  answers: Answers;
  errors: FieldError[];
  action: string;
  csrfToken: string;
  progress: { current: number; total: number };
  backHref?: string;
  files: Record<string, UploadedFile>;
  notes?: Record<string, string>;
  locked?: Record<string, string>;
  itemCount: number;
  /** The preview in the back office shows the page without a way to submit it. */
  preview?: boolean;
  returnTo?: string;
}

function conditionalNote(field: FieldDefinition, page: PageDefinition): string | undefined {
  const dependency = samePageDependency(field, page);
  return dependency ? `「${dependency.label}」の答えによってはお答えいただく質問です。該当しない場合は空欄のままで結構です。` : undefined;
}

function Fields(props: FormPageProps & { item?: { group: string; index: number } }) {
  const { page } = props;
  return (
    <>
      {page.fields.map((field) => {
        const onSamePage = samePageDependency(field, page);
        const dependsOnEarlierPage = !onSamePage && !isFieldShown(field, props.answers);
        if (dependsOnEarlierPage && !props.preview) return null;
        const id = fieldId(field, props.item);
        const error = props.errors.find((e) => e.field === anchorId(field, id))?.message;
        const uploaded = field.type === 'file' ? [props.raw[id]].flat().filter((v): v is string => !!v && !!props.files[v]).map((v) => props.files[v]!) : undefined;
        const note = [onSamePage ? conditionalNote(field, page) : undefined, dependsOnEarlierPage ? '（プレビュー）前のページの答えによって表示される質問です。' : undefined, props.notes?.[id]].filter(Boolean).join(' ') || undefined;
        return <RenderField field={field} id={id} raw={props.raw} required={onSamePage ? false : isFieldRequired(field, props.answers)} error={error} note={note} lockedText={props.locked?.[id]} uploaded={uploaded} />;
      })}
    </>
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
      <p class="progress">{props.progress.current} / {props.progress.total} ページ目</p>
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
