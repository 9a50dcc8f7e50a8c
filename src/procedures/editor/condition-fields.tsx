import type { FieldError } from '../../views/form-fields.tsx';
import { rowInput } from './condition-form.ts';
import { OPERATORS, operatorsFor, type ConditionDraft, type ConditionRow, type ConditionSubject } from './condition-ops.ts';
import { answerChoices } from './field-types.ts';
import { AreaField, ChoicesField, errorAt, InputField, SelectField } from './inputs.tsx';

function DateInputs(props: { row: ConditionRow; index: number; subjects: ConditionSubject[]; errors: FieldError[] }) {
  const { row, index, errors } = props;
  const dates = props.subjects.filter((s) => s.field.type === 'date' && s.field.name !== row.field);
  return (
    <>
      <ChoicesField
        id={rowInput(index, 'ref')}
        legend="比べる日付"
        type="radio"
        options={[
          { value: 'today', label: '今日（申請する日）' },
          ...(dates.length ? [{ value: 'field', label: '別の日付の質問の答え' }] : []),
          { value: 'date', label: '決まった日付' },
        ]}
        selected={[row.ref]}
      />
      <InputField id={rowInput(index, 'days')} label="比べる日付からずらす日数" required={false} numeric suffix="日" value={row.days} error={errorAt(errors, rowInput(index, 'days'))} hint="後の日付は数字のまま、前の日付はマイナスを付けます（例：30日前なら -30）。ずらさない場合は 0 です。" />
      {dates.length ? <SelectField id={rowInput(index, 'refField')} label="比べる質問（「別の日付の質問の答え」の場合）" options={dates.map((s) => ({ value: s.field.name, label: s.field.label, group: s.pageTitle }))} value={row.refField} placeholder="選んでください" error={errorAt(errors, rowInput(index, 'refField'))} /> : null}
      <InputField id={rowInput(index, 'date')} label="日付（「決まった日付」の場合）" required={false} short value={row.date} error={errorAt(errors, rowInput(index, 'date'))} hint="西暦で入力してください（例：2026-04-01）。" />
    </>
  );
}

function ValueInputs(props: { row: ConditionRow; index: number; subject?: ConditionSubject; subjects: ConditionSubject[]; errors: FieldError[] }) {
  const { row, index, subject, errors } = props;
  if (!subject || !row.op) return <p class="hint">質問と条件を選んでから「表示を更新する」を押すと、比べる答えを入力する欄が表示されます。</p>;
  const choices = answerChoices(subject.field);
  switch (row.op) {
    case 'equals':
    case 'notEquals':
      return choices ? (
        <ChoicesField id={rowInput(index, 'values')} legend="当てはまる答え" type="checkbox" options={choices} selected={row.values} error={errorAt(errors, rowInput(index, 'values'))} hint="1つ以上選んでください。" />
      ) : (
        <AreaField id={rowInput(index, 'value')} label="比べる答え" rows={3} value={row.value} error={errorAt(errors, rowInput(index, 'value'))} hint="1行に1つ入力してください。入力した文字と完全に同じ答えのときに当てはまります。" />
      );
    case 'before':
    case 'after':
      return <DateInputs row={row} index={index} subjects={props.subjects} errors={errors} />;
    case 'ageUnder':
    case 'ageOver':
      return <InputField id={rowInput(index, 'value')} label="年齢" numeric suffix="歳" value={row.value} error={errorAt(errors, rowInput(index, 'value'))} hint="今日の時点の満年齢で比べます。" />;
    case 'lessThan':
    case 'moreThan':
      return <InputField id={rowInput(index, 'value')} label="比べる数値" numeric value={row.value} error={errorAt(errors, rowInput(index, 'value'))} />;
    case 'matches':
    case 'notMatches':
      return <InputField id={rowInput(index, 'value')} label="形式（正規表現）" value={row.value} error={errorAt(errors, rowInput(index, 'value'))} hint="例：半角数字7桁なら ^[0-9]{7}$。わからない場合は情報担当にご相談ください。" />;
    default:
      return null;
  }
}

/** The rows of a condition, each built from choices: a question, a test in words, and what to compare with. */
export function ConditionFields(props: { draft: ConditionDraft; subjects: ConditionSubject[]; errors: FieldError[] }) {
  const { draft, subjects, errors } = props;
  return (
    <>
      <input type="hidden" name="cond-count" value={String(draft.rows.length)} />
      {draft.rows.map((row, index) => {
        const subject = subjects.find((s) => s.field.name === row.field);
        return (
          <fieldset class="group-box condition-row" id={`cond-${index}`}>
            <legend>条件{draft.rows.length > 1 ? index + 1 : ''}</legend>
            <SelectField id={rowInput(index, 'field')} label="質問" required options={subjects.map((s) => ({ value: s.field.name, label: s.self ? `${s.field.label}（この質問）` : s.field.label, group: s.pageTitle }))} value={row.field} placeholder="選んでください" error={errorAt(errors, rowInput(index, 'field'))} refresh />
            <SelectField id={rowInput(index, 'op')} label="条件" required options={operatorsFor(subject?.field.type).map((op) => ({ value: op, label: `（上の質問）${OPERATORS[op]}` }))} value={row.op} placeholder="選んでください" error={errorAt(errors, rowInput(index, 'op'))} refresh />
            <ValueInputs row={row} index={index} subject={subject} subjects={subjects} errors={errors} />
            {draft.rows.length > 1 ? <button class="button-link" type="submit" name="_action" value={`remove-row:${index}`}>条件{index + 1}を外す</button> : null}
          </fieldset>
        );
      })}
      {draft.rows.length > 1 ? (
        <ChoicesField id="cond-combine" legend="条件の組み合わせ" type="radio" options={[{ value: 'all', label: 'すべて満たすとき' }, { value: 'any', label: 'いずれかを満たすとき' }]} selected={[draft.combine]} />
      ) : null}
    </>
  );
}
