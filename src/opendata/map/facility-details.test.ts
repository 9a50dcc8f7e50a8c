import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from './facility-details.ts';
import { chosenMoment } from './opening-hours.ts';

const monday = chosenMoment('月', 600);
const facts = (...args: Parameters<typeof factsOf>) => Object.fromEntries(factsOf(...args));

describe('facts in words', () => {
  it('names the toilet equipment, and says when there is none', () => {
    const full = facts('toilet', { 車椅子使用者用トイレ有無: '有', 乳幼児用設備設置トイレ有無: '有', オストメイト設置トイレ有無: '無', 利用開始時間: '00:00', 利用終了時間: '24:00' }, monday);
    assert.equal(full['設備'], '車椅子で使えるトイレ、乳幼児用の設備');
    assert.equal(full['使える時間'], '24時間');
    const none = facts('toilet', { 車椅子使用者用トイレ有無: '無', バリアフリートイレ数: '0', 乳幼児用設備設置トイレ有無: '無', オストメイト設置トイレ有無: '無', 利用開始時間: '06:00', 利用終了時間: '21:00', 利用可能時間特記事項: '年末年始は閉鎖' }, monday);
    assert.equal(none['設備'], '車椅子用・乳幼児用・オストメイト用の設備はありません');
    assert.equal(none['使える時間'], '6:00〜21:00。年末年始は閉鎖');
  });

  it('says whether an AED can be used at the moment, with its hours and notes', () => {
    const aed = { 設置位置: '1階 ロビー', 利用可能曜日: '月火水木金', 開始時間: '08:30', 終了時間: '17:15', 利用可能日時特記事項: '年末年始を除く', 小児対応設備の有無: '有' };
    assert.deepEqual(factsOf('aed', aed, monday), [
      ['置き場所', '1階 ロビー'],
      ['使える日時', '平日（月〜金） 8:30〜17:15。年末年始を除く'],
      ['使えるか', '使えます（月曜日 10:00）'],
      ['子ども用', '小児用のパッドなどがあります'],
    ]);
    assert.equal(facts('aed', aed, chosenMoment('土', 600))['使えるか'], '使えない時間です（土曜日 10:00）');
    assert.equal(facts('aed', { ...aed, 外部利用不可: '有' }, monday)['使えるか'], '施設の関係者だけが使えます（月曜日 10:00）');
  });

  it('lists the disasters an evacuation site is designated for', () => {
    const site = facts('evacuation', { 災害種別_地震: '1', 災害種別_津波: '1', 災害種別_内水氾濫: '1', 指定避難所との重複: '1', 想定収容人数: '1200' }, monday);
    assert.equal(site['使える災害'], '地震、津波、内水氾濫');
    assert.match(site['避難所']!, /指定避難所を兼ねています/);
    assert.equal(site['受け入れ人数のめやす'], '1200人');
  });

  it('shows the nursing room and changing corner of childcare facilities', () => {
    const center = facts('childcare', { 種別: '子育て支援センター', 授乳室: '有', おむつ替えコーナー: '有', 利用可能曜日: '月火水木金土', 開始時間: '09:00', 終了時間: '16:00' }, monday);
    assert.equal(center['設備'], '授乳室、おむつ替えコーナー');
    assert.equal(center['開いている日時'], '月・火・水・木・金・土 9:00〜16:00');
  });

  it('gives the date and venue of other datasets such as events', () => {
    assert.deepEqual(factsOf(undefined, { 開始日: '2027-02-20', 終了日: '2027-02-20', 開始時間: '09:30', 終了時間: '12:30', 場所名称: '駅前広場' }, monday), [
      ['日時', '2027-02-20 09:30〜12:30'],
      ['会場', '駅前広場'],
    ]);
  });
});
