import type { Child } from 'hono/jsx';
import { CsrfField, type FieldError } from '../../views/form-fields.tsx';

/** The message for an input, if the last attempt left one there. */
export const errorAt = (errors: FieldError[], id: string) => errors.find((e) => e.field === id)?.message;

function described(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function Mark(props: { required?: boolean }) {
  return <span class={props.required ? 'required' : 'optional'}>{props.required ? '※必須' : '※任意'}</span>;
}

function HintError(props: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {props.hint ? <span class="hint" id={`${props.id}-hint`}>{props.hint}</span> : null}
      {props.error ? <p class="field-error" id={`${props.id}-error`}>{props.error}</p> : null}
    </>
  );
}

export interface SelectProps {
  id: string;
  label: string;
  options: { value: string; label: string; group?: string }[];
  value: string;
  hint?: string;
  error?: string;
  required?: boolean;
  /** A first, empty choice such as 「選んでください」. */
  placeholder?: string;
  /** With JavaScript, a change presses this form's 「表示を更新する」 button. */
  refresh?: boolean;
}

export function SelectField(props: SelectProps) {
  const groups = [...new Set(props.options.map((o) => o.group ?? ''))];
  const option = (o: { value: string; label: string }) => <option value={o.value} selected={o.value === props.value}>{o.label}</option>;
  return (
    <div class="field">
      <label for={props.id}>{props.label}{props.required === undefined ? null : <Mark required={props.required} />}</label>
      <HintError {...props} />
      <select id={props.id} name={props.id} aria-invalid={props.error ? 'true' : undefined} aria-describedby={described(props.id, props.hint, props.error)} data-refresh={props.refresh ? 'true' : undefined}>
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {groups.length > 1 || groups[0] ? groups.map((group) => <optgroup label={group}>{props.options.filter((o) => (o.group ?? '') === group).map(option)}</optgroup>) : props.options.map(option)}
      </select>
    </div>
  );
}

export interface InputProps {
  id: string;
  label: string;
  value: string;
  hint?: string;
  error?: string;
  required?: boolean;
  numeric?: boolean;
  short?: boolean;
  maxLength?: number;
  /** Text after the box, such as a unit (日, 歳). */
  suffix?: string;
}

export function InputField(props: InputProps) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}{props.required === undefined ? null : <Mark required={props.required} />}</label>
      <HintError {...props} />
      <span class="input-with-suffix">
        <input
          id={props.id}
          name={props.id}
          type="text"
          value={props.value}
          inputmode={props.numeric ? 'numeric' : undefined}
          class={props.short || props.numeric ? 'input-short' : undefined}
          maxlength={props.maxLength}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={described(props.id, props.hint, props.error)}
        />
        {props.suffix ? <span>{props.suffix}</span> : null}
      </span>
    </div>
  );
}

export interface AreaProps {
  id: string;
  label: string;
  value: string;
  hint?: string;
  error?: string;
  required?: boolean;
  rows?: number;
}

export function AreaField(props: AreaProps) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}{props.required === undefined ? null : <Mark required={props.required} />}</label>
      <HintError {...props} />
      <textarea id={props.id} name={props.id} rows={props.rows ?? 4} aria-invalid={props.error ? 'true' : undefined} aria-describedby={described(props.id, props.hint, props.error)}>
        {props.value}
      </textarea>
    </div>
  );
}

export interface ChoicesProps {
  id: string;
  legend: string;
  type: 'radio' | 'checkbox';
  options: { value: string; label: string; hint?: string }[];
  selected: readonly string[];
  hint?: string;
  error?: string;
  required?: boolean;
  refresh?: boolean;
}

/** Radios or checkboxes, each choice with an optional explanation under it. */
export function ChoicesField(props: ChoicesProps) {
  return (
    <div class="field">
      <fieldset class="choices" aria-describedby={described(props.id, props.hint, props.error)}>
        <legend>{props.legend}{props.required === undefined ? null : <Mark required={props.required} />}</legend>
        <HintError {...props} />
        {props.options.map((option, index) => {
          const id = index === 0 ? props.id : `${props.id}-${index}`;
          return (
            <div class={option.hint ? 'choice choice-explained' : 'choice'}>
              <input type={props.type} id={id} name={props.id} value={option.value} checked={props.selected.includes(option.value)} aria-invalid={props.error ? 'true' : undefined} aria-describedby={option.hint ? `${id}-explained` : undefined} data-refresh={props.refresh ? 'true' : undefined} />
              <label for={id}>{option.label}</label>
              {option.hint ? <span class="hint choice-hint" id={`${id}-explained`}>{option.hint}</span> : null}
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

/** The problems of the last attempt: each one links to its input, or says where it is when no input shows it. */
export function EditorErrors(props: { errors: FieldError[]; title?: string }) {
  if (props.errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} data-error-summary aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{props.title ?? '保存できませんでした。次の点を直してください'}</h2>
      <p>入力した内容はそのまま残っています。</p>
      <ul>
        {props.errors.map((error) => (
          <li>{error.field ? <a href={`#${error.field}`}>{error.message}</a> : error.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** A one-button form, such as 上へ or 下へ. */
export function ActionButton(props: { action: string; csrfToken: string; fields?: Record<string, string>; class?: string; children: Child }) {
  return (
    <form class="inline-form" method="post" action={props.action}>
      <CsrfField token={props.csrfToken} />
      {Object.entries(props.fields ?? {}).map(([name, value]) => <input type="hidden" name={name} value={value} />)}
      <button class={props.class ?? 'button-link'} type="submit">{props.children}</button>
    </form>
  );
}

export function Notice(props: { text?: string }) {
  return props.text ? <p class="notice" role="status">{props.text}</p> : null;
}
