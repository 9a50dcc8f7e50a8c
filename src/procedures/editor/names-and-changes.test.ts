import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formDefinitionSchema, type FormDefinition } from '../../forms/form-definition.ts';
import { changesBetween } from './changes.ts';
import { fieldNameFor, optionValueFor, pageIdFor } from './names.ts';

const definition = (pages: FormDefinition['pages']): FormDefinition =>
  formDefinitionSchema.parse({ id: 'x', title: 'x', category: 'kurashi', summary: 's', audience: 'a', bring: [], fee: null, processingDays: 1, channels: { online: false, post: false, counter: true }, department: 'chomin', assurance: 'low', retentionYears: 5, pages });

describe('names made from labels, and the changes a draft makes', () => {
  it('makes English names from words of Japanese forms, unique where the answer lives', () => {
    assert.equal(fieldNameFor('お子さんの生年月日', 'date', new Set()), 'childBirthDate');
    assert.equal(fieldNameFor('ご希望の連絡方法', 'choice', new Set()), 'wishContact');
    assert.equal(fieldNameFor('いつごろですか', 'date', new Set(['date', 'date2'])), 'date3', 'the kind names it when no word is known');
    assert.equal(fieldNameFor('Ｅメール', 'email', new Set()), 'eEmail', 'full-width letters are read');
    assert.equal(fieldNameFor('氏名', 'name', new Set(['kids.name']), 'kids'), 'name2', 'inside a group only its own names count');
    assert.equal(fieldNameFor('氏名', 'name', new Set(['kids.name'])), 'name');
    assert.equal(pageIdFor('お子さんについて', definition([])), 'child');
    assert.equal(optionValueFor('大型犬', ['大型犬']), '大型犬-2');
  });

  it('says what a draft changes against the published version', () => {
    const page = { id: 'p', title: 'ページ', fields: [{ name: 'a', type: 'text', label: 'A' }, { name: 'b', type: 'text', label: 'B' }] } as FormDefinition['pages'][number];
    const before = definition([page]);
    assert.deepEqual(changesBetween(undefined, before), ['初めて公開します。']);
    assert.deepEqual(changesBetween(before, before), ['公開中の版との違いはありません。']);
    const added = definition([{ ...page, fields: [...page.fields, { name: 'c', type: 'text', label: 'C', required: true }] }]);
    assert.deepEqual(changesBetween(before, added), ['質問「C」を追加しました。'], 'adding a question is said once');
    const swapped = definition([{ ...page, fields: [page.fields[1]!, page.fields[0]!] }]);
    assert.deepEqual(changesBetween(before, swapped), ['質問の順番または載せるページを変更しました。']);
    const renamed = definition([{ ...page, title: '新しい見出し' }]);
    assert.deepEqual(changesBetween(before, renamed), ['ページの追加・削除・順番・設定を変更しました。']);
  });
});
