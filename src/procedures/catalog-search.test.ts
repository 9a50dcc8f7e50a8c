import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { TestBrowser } from '../../test/http-client.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { stopReadings } from '../platform/search/readings.ts';
import { formDefinitionSchema } from '../forms/form-definition.ts';
import { procedureVersions } from './schema.ts';
import { indexInBackground, indexPublishedVersions } from './search-index.ts';
import { saveProcedureVersion, setPublishedVersion } from './service.ts';

const BASE = '/m/143421';

/** The slugs of the results, best first. */
function results(html: string): string[] {
  const list = /<h2 id="results-title">[\s\S]*?<\/ul>/u.exec(html)?.[0] ?? '';
  return [...list.matchAll(/href="\/m\/143421\/procedures\/([a-z0-9-]+)"/gu)].map((m) => m[1]!);
}

/** A procedure as another town might write it: a legal name only, no plain title, no keywords. */
const otherTown = formDefinitionSchema.parse({
  id: 'hoikusho-nyusho',
  title: '認可保育所入所申込書の提出',
  category: 'kosodate',
  summary: '仕事や病気などで家庭で保育ができない場合の入所の申込みです。',
  audience: '町内在住で、保護者が就労等している世帯',
  bring: ['就労証明書'],
  fee: null,
  processingDays: 30,
  channels: { online: false, post: true, counter: true },
  department: 'kosodate',
  assurance: 'low',
  retentionYears: 5,
  pages: [],
});

describe('procedure search: readings, variants and synonyms', () => {
  let t: TestApp;
  const browser = () => new TestBrowser(t.publicApp);
  const search = async (q: string) => (await browser().get(`${BASE}/procedures?q=${encodeURIComponent(q)}`)).text();

  before(async () => {
    t = await createTestApp();
    await withTenant(t.services.db, '143421', async (tx) => {
      const saved = await saveProcedureVersion(tx, '143421', otherTown, null, 99);
      await setPublishedVersion(tx, saved.procedureId, saved.version);
    });
    await indexPublishedVersions(t.services.db, '143421');
  });
  after(async () => {
    await stopReadings();
    await t.close();
  });

  it('finds 児童手当 by its reading in hiragana, katakana, half-width kana and rōmaji, the main one first', async () => {
    for (const q of ['じどうてあて', 'ジドウテアテ', 'ｼﾞﾄﾞｳﾃｱﾃ', 'jidouteate']) {
      const found = results(await search(q));
      assert.equal(found[0], 'jido-teate-nintei-seikyu', `${q}: ${found.join(', ')}`);
      assert.ok(found.length >= 10, `${q} finds the other 児童手当 procedures too`);
      assert.ok(!found.includes('kaigo-nintei'), q);
    }
  });

  it('finds 罹災証明書 by りさい, and shows the plain title with the legal name beside it', async () => {
    const html = await search('りさい');
    assert.equal(results(html)[0], 'risai-shomeisho');
    assert.match(html, />罹災証明書を申請する<\/a><span class="legal-name">正式名称：罹災証明書の交付申請<\/span>/u);
  });

  it('finds 保育施設 and 保育所 by 保育園, written or in kana, without keywords naming it', async () => {
    for (const q of ['保育園', 'ほいくえん', '認可保育園']) {
      const found = results(await search(q));
      assert.ok(found.includes('hoiku-riyou-moshikomi'), `${q}: ${found.join(', ')}`);
      assert.ok(found.includes('hoikusho-nyusho'), `${q} finds another town's 保育所: ${found.join(', ')}`);
    }
  });

  it('folds full-width and half-width letters and digits, and kana/kanji variants', async () => {
    const kaigo = results(await search('かいご'));
    assert.ok(kaigo.length >= 10);
    assert.deepEqual(results(await search('ＫＡＩＧＯ')), kaigo, 'full-width rōmaji');
    assert.deepEqual(results(await search('ｶｲｺﾞ')), kaigo, 'half-width katakana');
    assert.ok(results(await search('申し込み')).includes('hoikusho-nyusho'), '申し込み finds 申込');
    assert.ok(results(await search('引っ越し')).includes('tennyu-todoke'));
    assert.ok(results(await search('ひっこし')).includes('tennyu-todoke'), 'by the reading of a synonym');
  });

  it('ranks a hit in the title above one in the description', async () => {
    const found = results(await search('住民票'));
    assert.equal(found[0], 'juminhyo-utsushi', found.join(', '));
    assert.ok(found.includes('ninshin-todokede'), 'also where 住民票 is only mentioned');
  });

  it('says plainly when nothing matches, and offers the full list and the phone number', async () => {
    const html = await search('宇宙旅行');
    assert.deepEqual(results(html), []);
    assert.match(html, /「宇宙旅行」に当てはまる手続きは見つかりませんでした/u);
    assert.match(html, /href="\/m\/143421\/procedures">すべての手続きの一覧<\/a>/u);
    assert.match(html, /電話 <a href="tel:\d+">0463-\d+-\d+<\/a>/u);
    assert.match(html, /受付時間：平日/u);
    assert.match(html, /子育て・健康課/u);
  });

  it('lists よく使う手続き at the top of the catalog', async () => {
    const html = await (await browser().get(`${BASE}/procedures`)).text();
    const featured = /<h2 id="featured-title">よく使う手続き<\/h2>[\s\S]*?<\/ul>/u.exec(html)?.[0] ?? '';
    assert.match(featured, /児童手当を申請する/u);
    assert.match(featured, /罹災証明書を申請する/u);
    assert.ok(html.indexOf('featured-title') < html.indexOf('cat-kosodate'));
  });

  it('reads a newly published version in the background, off the request', async () => {
    const saved = await withTenant(t.services.db, '143421', async (tx) => {
      const version = await saveProcedureVersion(tx, '143421', { ...otherTown, title: '罹災届出証明書の交付申請' }, null, 99);
      await setPublishedVersion(tx, version.procedureId, version.version);
      return version;
    });
    const stored = async () => (await t.services.db.select().from(procedureVersions).where(and(eq(procedureVersions.procedureId, saved.procedureId), eq(procedureVersions.version, saved.version))))[0]!.searchIndex;
    assert.equal(await stored(), null);
    await (await browser().get(`${BASE}/procedures`)).text();
    await indexInBackground(t.services.db, '143421', (error) => assert.fail(String(error)));
    assert.ok(await stored(), 'the readings are stored');
    assert.ok(results(await search('りさいとどけで')).includes('hoikusho-nyusho'));
  });
});
