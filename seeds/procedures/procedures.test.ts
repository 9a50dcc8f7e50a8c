import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formDefinitionSchema, type FormDefinition } from '../../src/forms/form-definition.ts';
import { demoProcedures } from './index.ts';

/** The national priority list: 子育て関係15手続, 介護関係11手続 and 被災者支援の罹災証明書. */
const NATIONAL_PROCEDURES = [
  'ninshin-todokede',
  'jido-teate-nintei-seikyu',
  'jido-teate-gaku-kaitei',
  'jido-teate-shimei-jusho-henko',
  'jido-teate-shometsu',
  'jido-teate-mishiharai',
  'jido-teate-kifu',
  'jido-teate-kifu-henko',
  'jido-teate-kyushokuhi-choshu',
  'jido-teate-kyushokuhi-choshu-henko',
  'jido-teate-genkyo',
  'hoiku-shikyu-nintei',
  'hoiku-riyou-moshikomi',
  'hoiku-genkyo',
  'jido-fuyo-teate-genkyo-jizen',
  'kaigo-nintei',
  'kaigo-nintei-koshin',
  'kaigo-nintei-kubun-henko',
  'kaigo-keikaku-sakusei-irai',
  'kaigo-futan-wariai-saikofu',
  'kaigo-hihokenshasho-saikofu',
  'kaigo-kogaku-service-hi',
  'kaigo-futan-gendogaku',
  'kaigo-fukushi-yogu-konyu',
  'kaigo-jutaku-kaishu',
  'kaigo-nintei-tennyu',
  'risai-shomeisho',
];
const COUNTER_PROCEDURES = ['tennyu-todoke', 'juminhyo-utsushi', 'inkan-toroku', 'kokuho-kanyu-dattai', 'keijidosha-zei-genmen'];
const DEPARTMENTS = new Set(['kosodate', 'kaigo', 'bousai', 'chomin']);
const INDIVIDUAL_NUMBER = /個人番号|マイナンバー/u;

function parsed(): FormDefinition[] {
  return demoProcedures.map((definition) => formDefinitionSchema.parse(definition));
}

function allFields(definition: FormDefinition) {
  return definition.pages.flatMap((page) => page.fields.map((field) => ({ page, field })));
}

describe('demo procedure definitions', () => {
  it('each parses with the form definition schema', () => {
    for (const definition of demoProcedures) {
      const result = formDefinitionSchema.safeParse(definition);
      assert.ok(result.success, `${definition.id}: ${result.success ? '' : JSON.stringify(result.error.issues, null, 2)}`);
    }
  });

  it('has unique ids and lists the 27 national procedures and the 5 counter ones', () => {
    const ids = demoProcedures.map((definition) => definition.id);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.filter((id, i) => ids.indexOf(id) !== i).join(', ')}`);
    assert.deepEqual([...ids].sort(), [...NATIONAL_PROCEDURES, ...COUNTER_PROCEDURES].sort());
  });

  it('gives each procedure a plain title in words residents use, and features a handful', () => {
    for (const definition of parsed()) {
      assert.ok(definition.plainTitle, `${definition.id} has no plain title`);
      assert.notEqual(definition.plainTitle, definition.title, `${definition.id}: the plain title repeats the legal one`);
      assert.doesNotMatch(definition.plainTitle, /及び|に係る|等の|の交付申請|申出$/u, `${definition.id}: 「${definition.plainTitle}」 is not plain`);
    }
    const featured = parsed().filter((definition) => definition.featured).length;
    assert.ok(featured >= 4 && featured <= 10, `${featured} featured procedures`);
  });

  it('offers every national procedure online', () => {
    const byId = new Map(parsed().map((definition) => [definition.id, definition]));
    for (const id of NATIONAL_PROCEDURES) {
      const definition = byId.get(id);
      assert.ok(definition, `${id} is missing`);
      assert.equal(definition.channels.online, true, `${id} should be online`);
    }
  });

  it('gives each online procedure pages and a declaration, and each other one how to apply instead', () => {
    for (const definition of parsed()) {
      if (definition.channels.online) {
        assert.ok(definition.pages.length > 0, `${definition.id} has no pages`);
        assert.ok(definition.declaration, `${definition.id} has no declaration`);
      } else {
        assert.deepEqual(definition.pages, [], `${definition.id} is not online but has pages`);
        assert.equal(definition.declaration, undefined, `${definition.id} is not online but has a declaration`);
        assert.match(definition.howToApply ?? '', /平日8時30分〜17時15分/u, `${definition.id} should give the counter hours`);
        assert.ok(definition.channels.counter || definition.channels.post, `${definition.id} has no way to apply`);
      }
    }
  });

  it('never asks for an individual number (マイナンバー)', () => {
    for (const definition of parsed()) {
      for (const { page, field } of allFields(definition)) {
        const where = `${definition.id} / ${page.id} / ${field.name}`;
        assert.doesNotMatch(field.name, /myNumber|individualNumber|kojinBango/i, where);
        assert.doesNotMatch(field.label, INDIVIDUAL_NUMBER, where);
        for (const option of field.options ?? []) assert.doesNotMatch(option.label, INDIVIDUAL_NUMBER, where);
        // A hint may mention it only to tell residents that they need not write it.
        if (field.hint && INDIVIDUAL_NUMBER.test(field.hint)) assert.match(field.hint, /不要/u, where);
      }
      for (const page of definition.pages) {
        if (page.intro && INDIVIDUAL_NUMBER.test(page.intro)) assert.match(page.intro, /不要/u, `${definition.id} / ${page.id}`);
      }
    }
  });

  it('uses only the demo departments, and the 被災者支援 category for 防災安全課', () => {
    for (const definition of parsed()) {
      assert.ok(DEPARTMENTS.has(definition.department), `${definition.id}: unknown department ${definition.department}`);
      if (definition.department === 'bousai') assert.equal(definition.category, 'hisai', definition.id);
    }
  });

  it('locks prefilled values only for the applicant’s own name and birth date under assurance high', () => {
    for (const definition of parsed()) {
      for (const { page, field } of allFields(definition)) {
        const where = `${definition.id} / ${page.id} / ${field.name}`;
        if (field.prefill) assert.equal(page.repeat, undefined, `${where}: prefill in a repeating group`);
        if (!field.prefillLocked) continue;
        assert.equal(definition.assurance, 'high', `${where}: locked prefill without assurance high`);
        assert.ok(field.prefill === 'name' || field.prefill === 'birthdate', `${where}: only name and birth date may be locked`);
      }
    }
  });

  it('gives each page of a form its own title (it is the browser title and the check page heading)', () => {
    for (const definition of parsed()) {
      const titles = definition.pages.map((page) => page.title);
      assert.deepEqual(titles.filter((title, i) => titles.indexOf(title) !== i), [], `${definition.id}: pages share a title`);
    }
  });

  it('keeps pages short and attachments typed', () => {
    for (const definition of parsed()) {
      for (const page of definition.pages) assert.ok(page.fields.length <= 6, `${definition.id} / ${page.id} has ${page.fields.length} fields`);
      for (const { page, field } of allFields(definition)) {
        if (field.type === 'file') assert.ok(field.accept && field.accept.length > 0, `${definition.id} / ${page.id} / ${field.name} has no accept`);
      }
    }
  });
});
