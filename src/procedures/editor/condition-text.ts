import type { Condition, DateRef, FormDefinition } from '../../forms/form-definition.ts';
import { answerChoices } from './field-types.ts';

function labelOf(definition: FormDefinition, name: string): string {
  for (const page of definition.pages) for (const field of page.fields) if (field.name === name) return field.label;
  return name;
}

function choiceLabel(definition: FormDefinition, name: string, value: string): string {
  for (const page of definition.pages) for (const field of page.fields) if (field.name === name) return answerChoices(field)?.find((c) => c.value === value)?.label ?? value;
  return value;
}

function dateText(definition: FormDefinition, ref: DateRef): string {
  const shift = (days: number) => (days > 0 ? `の${days}日後` : days < 0 ? `の${-days}日前` : '');
  if ('today' in ref) return `今日${shift(ref.today)}`;
  if ('field' in ref) return `「${labelOf(definition, ref.field)}」${shift(ref.days ?? 0)}`;
  const [y, m, d] = ref.date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A condition in a sentence ending in 「とき」, as the editor lists it. */
export function describeCondition(definition: FormDefinition, condition: Condition): string {
  if ('all' in condition) return condition.all.map((c) => describeCondition(definition, c).replace(/とき$/u, '')).join('、かつ') + 'とき';
  if ('any' in condition) return condition.any.map((c) => describeCondition(definition, c).replace(/とき$/u, '')).join('、または') + 'とき';
  const q = `「${labelOf(definition, condition.field)}」`;
  const values = (list: string | string[]) => [list].flat().map((v) => `「${choiceLabel(definition, condition.field, v)}」`);
  if ('equals' in condition) return `${q}が${values(condition.equals).join('または')}のとき`;
  if ('notEquals' in condition) return `${q}が${values(condition.notEquals).join('・')}のどれでもないとき`;
  if ('answered' in condition) return `${q}に${condition.answered ? '回答がある' : '回答がない'}とき`;
  if ('before' in condition) return `${q}が${dateText(definition, condition.before)}より前のとき`;
  if ('after' in condition) return `${q}が${dateText(definition, condition.after)}より後のとき`;
  if ('ageUnder' in condition) return `${q}から数えた年齢が${condition.ageUnder}歳未満のとき`;
  if ('ageOver' in condition) return `${q}から数えた年齢が${condition.ageOver}歳を超えるとき`;
  if ('lessThan' in condition) return `${q}が${condition.lessThan}より小さいとき`;
  if ('moreThan' in condition) return `${q}が${condition.moreThan}より大きいとき`;
  if ('matches' in condition) return `${q}が形式「${condition.matches}」に当てはまるとき`;
  return `${q}が形式「${condition.notMatches}」に当てはまらないとき`;
}
