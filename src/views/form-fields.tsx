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
  const described = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={props.id}>
        {props.label}
        <span class={props.required ? 'required' : 'optional'}>{props.required ? '※必須' : '※任意'}</span>
      </label>
      {props.hint ? <span class="hint" id={`${props.id}-hint`}>{props.hint}</span> : null}
      {props.error ? <p class="field-error" id={`${props.id}-error`}>{props.error}</p> : null}
      <input
        id={props.id}
        name={props.id}
        type={props.type ?? 'text'}
        value={props.type === 'password' ? undefined : props.value}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        class={props.short ? 'input-short' : undefined}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={described || undefined}
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
  const described = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={props.id}>
        {props.label}
        <span class={props.required ? 'required' : 'optional'}>{props.required ? '※必須' : '※任意'}</span>
      </label>
      {props.hint ? <span class="hint" id={`${props.id}-hint`}>{props.hint}</span> : null}
      {props.error ? <p class="field-error" id={`${props.id}-error`}>{props.error}</p> : null}
      <textarea id={props.id} name={props.name ?? props.id} rows={5} maxlength={props.maxLength} required={props.required} aria-invalid={props.error ? 'true' : undefined} aria-describedby={described || undefined}>
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
  const described = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <fieldset class="choices" aria-describedby={described || undefined}>
        <legend>
          {props.legend}
          <span class={props.required ? 'required' : 'optional'}>{props.required ? '※必須' : '※任意'}</span>
        </legend>
        {props.hint ? <span class="hint" id={`${props.id}-hint`}>{props.hint}</span> : null}
        {props.error ? <p class="field-error" id={`${props.id}-error`}>{props.error}</p> : null}
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
