import { formatFileSize } from '../views/format-size.ts';
import { ChoiceGroup, TextareaField, TextField } from '../views/form-fields.tsx';
import type { FieldDefinition } from './form-definition.ts';
import type { RawValues } from './answers.ts';
import type { FieldWarning } from './field-checks.ts';

export interface UploadedFile {
  id: string;
  filename: string;
  size: number;
}

export interface RenderFieldProps {
  field: FieldDefinition;
  id: string;
  raw: RawValues;
  required: boolean;
  error?: string;
  /** An unusual answer to confirm, with the checkbox that confirms it. */
  warning?: FieldWarning;
  /** Shown under the label: why the question is asked only sometimes, or where a prefill came from. */
  note?: string;
  /** A prefilled value the law does not let the resident change: shown as text, never as a disabled input. */
  lockedText?: string;
  uploaded?: UploadedFile[];
}

const YES_NO = [
  { value: 'yes', label: 'はい' },
  { value: 'no', label: 'いいえ' },
];

const AUTOCOMPLETE: Partial<Record<FieldDefinition['type'], string>> = { postalCode: 'postal-code', address: 'street-address', phone: 'tel', email: 'email' };

function one(raw: RawValues, key: string): string | undefined {
  const value = raw[key];
  return Array.isArray(value) ? value[0] : value;
}

function many(raw: RawValues, key: string): string[] {
  const value = raw[key];
  return Array.isArray(value) ? value : value ? [value] : [];
}

function hintOf(props: RenderFieldProps): string | undefined {
  return [props.note, props.field.hint].filter(Boolean).join(' ') || undefined;
}

function Mark(props: { required: boolean }) {
  return <span class={props.required ? 'required' : 'optional'}>{props.required ? '※必須' : '※任意'}</span>;
}

function FieldsetHead(props: RenderFieldProps) {
  const hint = hintOf(props);
  return (
    <>
      <legend>{props.field.label}<Mark required={props.required} /></legend>
      {hint ? <span class="hint" id={`${props.id}-hint`}>{hint}</span> : null}
      {props.error ? <p class="field-error" id={`${props.id}-error`}>{props.error}</p> : null}
    </>
  );
}

function described(props: RenderFieldProps): string | undefined {
  return [hintOf(props) ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function PairField(props: RenderFieldProps) {
  const kana = props.field.type === 'kana';
  const parts = [
    { key: 'family', label: kana ? 'セイ' : '姓', autocomplete: kana ? 'off' : 'family-name' },
    { key: 'given', label: kana ? 'メイ' : '名', autocomplete: kana ? 'off' : 'given-name' },
  ];
  return (
    <div class="field">
      <fieldset class="parts" aria-describedby={described(props)}>
        <FieldsetHead {...props} />
        <div class="part-row">
          {parts.map((part) => (
            <div class="part">
              <label for={`${props.id}-${part.key}`}>{part.label}</label>
              <input id={`${props.id}-${part.key}`} name={`${props.id}-${part.key}`} type="text" class="input-short" value={one(props.raw, `${props.id}-${part.key}`)} autocomplete={part.autocomplete} aria-invalid={props.error ? 'true' : undefined} />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

function DateField(props: RenderFieldProps) {
  const parts = [
    { key: 'year', label: '年', hint: '西暦（例：1985）または和暦（例：昭和60、令和7、R7）', width: 'input-year' },
    { key: 'month', label: '月', width: 'input-2' },
    { key: 'day', label: '日', width: 'input-2' },
  ];
  return (
    <div class="field">
      <fieldset class="parts" aria-describedby={described(props)}>
        <FieldsetHead {...props} />
        <span class="hint">年は西暦（例：1985）でも和暦（例：昭和60、令和7、R7）でも入力できます。</span>
        <div class="part-row">
          {parts.map((part) => (
            <div class="part">
              <label for={`${props.id}-${part.key}`}>{part.label}</label>
              <input id={`${props.id}-${part.key}`} name={`${props.id}-${part.key}`} type="text" class={part.width} inputmode={part.key === 'year' ? undefined : 'numeric'} value={one(props.raw, `${props.id}-${part.key}`)} aria-invalid={props.error ? 'true' : undefined} />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

function FileField(props: RenderFieldProps) {
  const uploaded = props.uploaded ?? [];
  return (
    <div class="field">
      <label for={props.id}>{props.field.label}<Mark required={props.required} /></label>
      {hintOf(props) ? <span class="hint" id={`${props.id}-hint`}>{hintOf(props)}</span> : null}
      <span class="hint">PDF、JPEG、PNG、HEIC（iPhoneの写真）で、1ファイル10MBまで。スマートフォンではカメラで撮影することもできます。</span>
      {props.error ? <p class="field-error" id={`${props.id}-error`}>{props.error}</p> : null}
      {uploaded.length > 0 ? (
        <ul class="uploaded">
          {uploaded.map((file) => (
            <li>
              <input type="hidden" name={props.id} value={file.id} />
              {file.filename}（{formatFileSize(file.size)}、確認済み）
              <button class="button-link" type="submit" name="_action" value={`remove-file:${file.id}`}>取り消す<span class="visually-hidden">（{file.filename}）</span></button>
            </li>
          ))}
        </ul>
      ) : null}
      <input id={props.id} name={`${props.id}-upload`} type="file" accept="image/jpeg,image/png,image/heic,image/heif,application/pdf,.heic" aria-invalid={props.error ? 'true' : undefined} aria-describedby={described(props)} />
    </div>
  );
}

function LockedField(props: RenderFieldProps) {
  return (
    <div class="field">
      <p class="label-like">{props.field.label}</p>
      <p class="locked-value">{props.lockedText}</p>
      <span class="hint">マイナンバーカードで確認した情報のため、ここでは変更できません。違っている場合は担当課にお問い合わせください。</span>
    </div>
  );
}

function Confirm(props: { warning: FieldWarning; id: string }) {
  return (
    <div class="field-warning" id={`${props.id}-warning`}>
      <p>{props.warning.message}</p>
      <div class="choice">
        <input type="checkbox" id={`${props.id}-confirm`} name="_confirm" value={props.warning.key} />
        <label for={`${props.id}-confirm`}>この内容で間違いありません</label>
      </div>
    </div>
  );
}

/** One question of a form, rendered the same way in the resident's flow, the counter and the preview. */
export function RenderField(props: RenderFieldProps) {
  if (props.lockedText !== undefined) return <LockedField {...props} />;
  if (!props.warning) return <FieldControl {...props} />;
  return (
    <div class="field-with-warning">
      <FieldControl {...props} />
      <Confirm warning={props.warning} id={props.id} />
    </div>
  );
}

function FieldControl(props: RenderFieldProps) {
  const { field, id } = props;
  switch (field.type) {
    case 'name':
    case 'kana':
      return <PairField {...props} />;
    case 'date':
      return <DateField {...props} />;
    case 'file':
      return <FileField {...props} />;
    case 'choice':
    case 'multiChoice':
    case 'yesNo':
      return <ChoiceGroup id={id} legend={field.label} type={field.type === 'multiChoice' ? 'checkbox' : 'radio'} options={field.type === 'yesNo' ? YES_NO : field.options!} selected={many(props.raw, id)} required={props.required} hint={hintOf(props)} error={props.error} />;
    case 'consent':
      return <ChoiceGroup id={id} legend={field.label} type="checkbox" options={[{ value: 'yes', label: '同意します' }]} selected={many(props.raw, id)} required={props.required} hint={hintOf(props)} error={props.error} />;
    case 'textarea':
      return <TextareaField id={id} label={field.label} required={props.required} hint={hintOf(props)} error={props.error} value={one(props.raw, id)} footnote={`${field.maxLength ?? 2000}文字まで`} />;
    case 'postalCode':
      return (
        <>
          <TextField id={id} label={field.label} required={props.required} hint={[hintOf(props), 'ハイフンはあってもなくてもかまいません。'].filter(Boolean).join(' ')} error={props.error} value={one(props.raw, id)} inputmode="numeric" autocomplete="postal-code" short />
          <p class="lookup"><button class="button button-secondary" type="submit" name="_action" value={`lookup:${id}`}>郵便番号から住所を入力する</button></p>
        </>
      );
    default:
      return (
        <TextField
          id={id}
          label={field.label}
          required={props.required}
          hint={[hintOf(props), field.unit ? `単位：${field.unit}` : ''].filter(Boolean).join(' ') || undefined}
          error={props.error}
          value={one(props.raw, id)}
          type={field.type === 'email' ? 'email' : field.type === 'phone' ? 'tel' : 'text'}
          inputmode={field.type === 'number' ? 'numeric' : undefined}
          autocomplete={AUTOCOMPLETE[field.type]}
          short={field.type === 'number'}
        />
      );
  }
}
