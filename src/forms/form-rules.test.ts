import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formDefinitionSchema, type FieldDefinition, type FormDefinitionInput } from './form-definition.ts';
import { answerChanges } from './answer-changes.ts';
import { ageOn, conditionHolds } from './conditions.ts';
import { whoAnswers } from './describe-condition.ts';
import { requiredMessage } from './field-messages.ts';
import { formPageRange, pagesAfter } from './page-estimate.ts';
import { parsePage } from './parse-page.ts';
import { postalCodeOfAddress } from './inputs/postal-code.ts';

const TODAY = '2027-01-08';

const base: FormDefinitionInput = {
  id: 'sample',
  title: '見本',
  category: 'kurashi',
  summary: 's',
  audience: 'a',
  bring: [],
  fee: null,
  processingDays: 1,
  channels: { online: true, post: false, counter: false },
  department: 'd',
  assurance: 'low',
  retentionYears: 1,
  declaration: 'ok',
  pages: [
    {
      id: 'one',
      title: '一',
      fields: [
        { name: 'hasChild', type: 'yesNo', label: 'お子さんはいますか' },
        { name: 'childName', type: 'text', label: 'お子さんの名前', showIf: { field: 'hasChild', equals: 'yes' } },
        {
          name: 'spouseBirth',
          type: 'date',
          label: '配偶者の生年月日',
          required: false,
          checks: [{ id: 'young', level: 'warning', when: { field: 'spouseBirth', ageUnder: 16 }, message: '配偶者の生年月日が{value}（{age}歳）になっています。よろしいですか？' }],
        },
        {
          name: 'eventDate',
          type: 'date',
          label: '被害を受けた日',
          required: false,
          checks: [{ id: 'old', level: 'error', when: { field: 'eventDate', before: { today: -92 } }, message: '3か月を過ぎています' }],
        },
      ],
    },
    { id: 'two', title: '二', showIf: { field: 'hasChild', equals: 'yes' }, fields: [{ name: 'school', type: 'text', label: '学校' }] },
    { id: 'three', title: '三', fields: [{ name: 'ok', type: 'consent', label: '上記の内容に相違ありません' }] },
  ],
};
const definition = formDefinitionSchema.parse(base);

describe('conditions on dates, ages, numbers and patterns', () => {
  it('counts age in whole years, as procedures do', () => {
    assert.equal(ageOn('2011-01-08', TODAY), 16);
    assert.equal(ageOn('2011-01-09', TODAY), 15);
  });

  it('compares dates with today, with another answer, and with a fixed date', () => {
    const answers = { a: '2026-10-01', b: '2026-12-01' };
    assert.equal(conditionHolds({ field: 'a', before: { today: -92 } }, answers, TODAY), true);
    assert.equal(conditionHolds({ field: 'b', before: { today: -92 } }, answers, TODAY), false);
    assert.equal(conditionHolds({ field: 'b', after: { field: 'a', days: 30 } }, answers, TODAY), true);
    assert.equal(conditionHolds({ field: 'a', after: { date: '2026-10-01' } }, answers, TODAY), false);
    assert.equal(conditionHolds({ field: 'missing', before: { today: 0 } }, answers, TODAY), false, 'a test on an unanswered question is false');
  });

  it('tests numbers and text patterns, and combines tests', () => {
    const answers = { n: '12', address: '神奈川県中郡二宮町二宮', kind: 'flood' };
    assert.equal(conditionHolds({ field: 'n', moreThan: 10 }, answers), true);
    assert.equal(conditionHolds({ field: 'n', lessThan: 10 }, answers), false);
    assert.equal(conditionHolds({ field: 'address', notMatches: '[0-9０-９]|[〇一二三四五六七八九十百千]+(?:番|丁目|号)' }, answers), true, '二宮 is a place name, not a house number');
    assert.equal(conditionHolds({ all: [{ field: 'kind', equals: 'flood' }, { field: 'n', moreThan: 10 }] }, answers), true);
    assert.equal(conditionHolds({ any: [{ field: 'kind', equals: 'fire' }, { field: 'n', lessThan: 10 }] }, answers), false);
  });

  it('refuses an unreadable pattern and a check on a question that does not exist', () => {
    const broken = structuredClone(base);
    (broken.pages[0]!.fields[2] as FieldDefinition).checks = [{ id: 'x', level: 'error', when: { field: 'nowhere', matches: '(' }, message: 'm' }];
    const result = formDefinitionSchema.safeParse(broken);
    assert.equal(result.success, false);
    const messages = result.error!.issues.map((issue) => issue.message).join(' / ');
    assert.match(messages, /正規表現として読めません/u);
  });
});

describe('plausibility checks', () => {
  const page = definition.pages[0]!;
  it('stops an impossible answer at its field with the procedure’s message', () => {
    const parsed = parsePage(page, { hasChild: 'no', 'eventDate-year': '2026', 'eventDate-month': '9', 'eventDate-day': '1' }, {}, undefined, TODAY);
    assert.deepEqual(parsed.errors, [{ field: 'eventDate-year', message: '3か月を過ぎています' }]);
  });

  it('gives a warning with the answer and age in its words, and a key the confirmation sends back', () => {
    const parsed = parsePage(page, { hasChild: 'no', 'spouseBirth-year': '2020', 'spouseBirth-month': '5', 'spouseBirth-day': '1' }, {}, undefined, TODAY);
    assert.equal(parsed.errors.length, 0);
    assert.equal(parsed.warnings.length, 1);
    assert.equal(parsed.warnings[0]!.key, 'spouseBirth:young');
    assert.equal(parsed.warnings[0]!.message, '配偶者の生年月日が令和2年（2020年）5月1日（6歳）になっています。よろしいですか？');
  });
});

describe('messages in natural Japanese', () => {
  it('quotes a question or a sentence instead of gluing a particle onto it', () => {
    assert.equal(requiredMessage({ type: 'consent', label: '上記の内容に相違ありません' } as FieldDefinition), '「上記の内容に相違ありません」を確認し、同意する場合はチェックを入れてください');
    assert.equal(requiredMessage({ type: 'yesNo', label: 'お子さんはいますか' } as FieldDefinition), '「お子さんはいますか」について、「はい」か「いいえ」を選んでください');
    assert.equal(requiredMessage({ type: 'choice', label: 'あなたは、被害を受けた世帯の' } as FieldDefinition), '「あなたは、被害を受けた世帯の」について、当てはまるものを選んでください');
    assert.equal(requiredMessage({ type: 'text', label: '氏名' } as FieldDefinition), '氏名を入力してください');
    assert.equal(requiredMessage({ type: 'yesNo', label: '配偶者はいますか（事実婚を含みます）' } as FieldDefinition), '「配偶者はいますか（事実婚を含みます）」について、「はい」か「いいえ」を選んでください');
    assert.equal(requiredMessage({ type: 'text', label: '住所（わかる場合）' } as FieldDefinition), '住所（わかる場合）を入力してください');
    assert.equal(requiredMessage({ type: 'consent', label: '個人情報の取扱い' } as FieldDefinition), '個人情報の取扱いに同意する場合は、チェックを入れてください');
  });

  it('names who answers a follow-up in words', () => {
    assert.equal(whoAnswers({ field: 'hasChild', equals: 'yes' }, definition.pages[0]!.fields), '「お子さんはいますか」で「はい」を選んだ方のみお答えください');
  });
});

describe('the number of pages', () => {
  it('is a range before the answers that decide it, and fixed after', () => {
    assert.deepEqual(formPageRange(definition), { min: 2, max: 3 });
    assert.deepEqual(pagesAfter(definition, 'one', { hasChild: 'no' }), { min: 1, max: 1 });
    assert.deepEqual(pagesAfter(definition, 'one', { hasChild: 'yes' }), { min: 2, max: 2 });
  });
});

describe('answer changes', () => {
  it('lists changed, newly asked and no longer asked answers in form order', () => {
    const changes = answerChanges(definition, { hasChild: 'no' }, { hasChild: 'yes', childName: '花', school: '二宮小' });
    assert.deepEqual(changes.map((c) => [c.label, c.before, c.after]), [
      ['お子さんはいますか', 'いいえ', 'はい'],
      ['お子さんの名前', '（質問の対象外）', '花'],
      ['学校', '（質問の対象外）', '二宮小'],
    ]);
    assert.deepEqual(answerChanges(definition, { hasChild: 'no' }, { hasChild: 'no' }), []);
  });
});

describe('postal code of a card address', () => {
  it('finds the one code of the longest matching area, and none when it is not certain', () => {
    assert.equal(postalCodeOfAddress('神奈川県中郡二宮町二宮1240番地の3'), '2590123');
    assert.equal(postalCodeOfAddress('神奈川県中郡二宮町百合が丘二丁目5番8号'), '2590133');
    assert.equal(postalCodeOfAddress('神奈川県 中郡二宮町山西1823番地'), '2590124');
    assert.equal(postalCodeOfAddress('どこかの町1番地'), undefined);
  });
});
