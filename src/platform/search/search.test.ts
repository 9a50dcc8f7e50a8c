import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MUNICIPAL_SYNONYMS } from './municipal-synonyms.ts';
import { isKanaOnly, looseReading, normalizeForSearch } from './normalize.ts';
import { parseQuery, queryWords } from './query.ts';
import { readingsOf, stopReadings } from './readings.ts';
import { romajiToHiragana } from './romaji.ts';
import { prepareFields, scoreFields } from './score.ts';
import { createSynonyms } from './synonyms.ts';

describe('search text', () => {
  it('folds width, case and katakana, and drops spaces and punctuation', () => {
    assert.equal(normalizeForSearch('ｼﾞﾄﾞｳﾃｱﾃ'), 'じどうてあて');
    assert.equal(normalizeForSearch('ジドウ　テアテ'), 'じどうてあて');
    assert.equal(normalizeForSearch('ＰＤＦ・申請（郵送）'), 'pdf申請郵送');
    assert.equal(normalizeForSearch('サービス'), 'さーびす');
    assert.ok(isKanaOnly('じどうてあて'));
    assert.ok(!isKanaOnly('児童てあて'));
  });

  it('compares readings loosely: long vowels, ぢ/づ', () => {
    assert.equal(looseReading('じどうてあて'), looseReading('じどてあて'));
    assert.equal(looseReading('さーびす'), looseReading('さびす'));
    assert.equal(looseReading('てつづき'), looseReading('てつずき'));
    assert.equal(looseReading('おおいそ'), looseReading('おいそ'));
    assert.notEqual(looseReading('かいご'), looseReading('かご'));
  });

  it('reads rōmaji as hiragana, and leaves other words alone', () => {
    assert.equal(romajiToHiragana('jidouteate'), 'じどうてあて');
    assert.equal(romajiToHiragana('Risai'), 'りさい');
    assert.equal(romajiToHiragana('pdf'), undefined);
    assert.equal(romajiToHiragana('児童'), undefined);
  });

  it('splits a query at spaces and at a particle between kanji words', () => {
    assert.deepEqual(queryWords('児童手当の申請'), ['児童手当', '申請']);
    assert.deepEqual(queryWords('保育園　申込み'), ['保育園', '申込み']);
    assert.deepEqual(queryWords('こどもの手当'), ['こどもの手当'], 'の after kana stays in the word');
  });
});

describe('synonyms', () => {
  const synonyms = createSynonyms(MUNICIPAL_SYNONYMS);

  it('finds a group’s other words, the longest word of the group first', () => {
    assert.ok(synonyms.variants('保育園').includes('保育施設'));
    assert.ok(synonyms.variants('認可保育園').includes('保育所'));
    assert.ok(synonyms.variants('保育園の申し込み').includes('保育施設の申し込み'));
  });

  it('maps one way where the words are not equals', () => {
    assert.ok(synonyms.variants('引っ越し').includes('転入'));
    assert.ok(!synonyms.variants('転入').includes('転出'));
    assert.ok(synonyms.related('転入届').includes('引っ越し'), 'a text about 転入 can be found by 引っ越し');
  });
});

describe('scoring', () => {
  const synonyms = createSynonyms(MUNICIPAL_SYNONYMS);
  const doc = (title: string, summary: string, reading?: string) => prepareFields([{ text: title, reading, weight: 10 }, { text: summary, weight: 1 }]);

  it('needs every word, and counts a title hit above one in the text', () => {
    const inTitle = doc('保育施設等の利用申込', '保育所などを利用したい方');
    const inText = doc('支給認定の申請', '保育施設を利用するための認定');
    const terms = parseQuery('保育園', synonyms);
    assert.ok(scoreFields(inTitle, terms) > scoreFields(inText, terms));
    assert.ok(scoreFields(inText, terms) > 0);
    assert.equal(scoreFields(inTitle, parseQuery('保育園 介護', synonyms)), 0);
  });

  it('finds a kana or rōmaji word by the reading only', () => {
    const fields = doc('罹災証明書の交付申請', '災害の証明', 'リサイショウメイショノコウフシンセイ');
    assert.ok(scoreFields(fields, parseQuery('りさい', synonyms)) > 0);
    assert.ok(scoreFields(fields, parseQuery('リサイ', synonyms)) > 0);
    assert.ok(scoreFields(fields, parseQuery('risai shoumeisho', synonyms)) > 0);
    assert.equal(scoreFields(doc('罹災証明書の交付申請', '災害の証明'), parseQuery('りさい', synonyms)), 0, 'no reading, no hit');
  });
});

describe('readings', () => {
  after(() => stopReadings());

  it('reads kanji text in a worker thread with the dictionary', async () => {
    const [child, disaster, mixed] = await readingsOf(['児童手当を申請する', '罹災証明書', 'PDF 3枚']);
    assert.equal(child, 'ジドウテアテヲシンセイスル');
    assert.equal(disaster, 'リサイショウメイショ');
    assert.match(mixed!, /^PDF/u, 'unknown words are kept as written');
    assert.deepEqual(await readingsOf([]), []);
  });
});
