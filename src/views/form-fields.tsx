import { CSRF_FIELD } from '../platform/http/csrf.ts';

export interface FieldError {
  field: string;
  message: string;
}

/** GOV.UK-style summary: focused on load, each message links to its field. */
export function ErrorSummary(props: { errors: FieldError[] }) {
  if (props.errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} data-error-summary aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">入力内容を確認してください</h2>
      <ul>
        {props.errors.map((error) => (
          <li><a href={`#${error.field}`}>{error.message}</a></li>
        ))}
      </ul>
    </div>
  );
}

/** The ids a field's input is described by: its hint and its error, when it has them. */
function describedBy(props: { id: string; hint?: string; error?: string }): string | undefined {
  return [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function RequiredMark(props: { required?: boolean }) {
  return <span class={props.required ? 'required' : 'optional'}>{props.required ? '※必須' : '※任意'}</span>;
}

/** Under the label: the hint, then the message saying what is wrong. */
function HintAndError(props: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {props.hint ? <span class="hint" id={`${props.id}-hint`}>{props.hint}</span> : null}
      {props.error ? <p class="field-error" id={`${props.id}-error`}>{props.error}</p> : null}
    </>
  );
}

export interface TextFieldProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  value?: string;
  type?: 'text' | 'email' | 'password' | 'tel';
  autocomplete?: string;
  inputmode?: 'numeric' | 'text' | 'email' | 'tel';
  short?: boolean;
}

export function TextField(props: TextFieldProps) {
  return (
    <div class="field">
      <label for={props.id}>
        {props.label}
        <RequiredMark required={props.required} />
      </label>
      <HintAndError {...props} />
      <input
        id={props.id}
        name={props.id}
        type={props.type ?? 'text'}
        value={props.type === 'password' ? undefined : props.value}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        class={props.short ? 'input-short' : undefined}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        required={props.required}
      />
    </div>
  );
}

export interface TextareaFieldProps {
  id: string;
  /** Defaults to the id. */
  name?: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  value?: string;
  maxLength?: number;
  /** Shown under the box, e.g. the length limit. */
  footnote?: string;
}

export function TextareaField(props: TextareaFieldProps) {
  return (
    <div class="field">
      <label for={props.id}>
        {props.label}
        <RequiredMark required={props.required} />
      </label>
      <HintAndError {...props} />
      <textarea id={props.id} name={props.name ?? props.id} rows={5} maxlength={props.maxLength} required={props.required} aria-invalid={props.error ? 'true' : undefined} aria-describedby={describedBy(props)}>
        {props.value ?? ''}
      </textarea>
      {props.footnote ? <span class="hint">{props.footnote}</span> : null}
    </div>
  );
}

export function CsrfField(props: { token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={props.token} />;
}

export interface ChoiceGroupProps {
  id: string;
  legend: string;
  type: 'radio' | 'checkbox';
  options: { value: string; label: string }[];
  selected: readonly string[];
  required?: boolean;
  hint?: string;
  error?: string;
}

/** Radios or checkboxes in a fieldset; the first input carries the id the error summary links to. */
export function ChoiceGroup(props: ChoiceGroupProps) {
  return (
    <div class="field">
      <fieldset class="choices" aria-describedby={describedBy(props)}>
        <legend>
          {props.legend}
          <RequiredMark required={props.required} />
        </legend>
        <HintAndError {...props} />
        {props.options.map((option, index) => (
          <div class="choice">
            <input
              type={props.type}
              id={index === 0 ? props.id : `${props.id}-${index}`}
              name={props.id}
              value={option.value}
              checked={props.selected.includes(option.value)}
              aria-invalid={props.error ? 'true' : undefined}
            />
            <label for={index === 0 ? props.id : `${props.id}-${index}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
