import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkPage, newContext, newPage, watchProblems } from './browser.ts';
import { useServerAndBrowser } from './server.ts';
import { signInStaffPage } from './staff-session.ts';

const TOWN = '/m/143421';

describe('open data catalog and publishing in headless Chromium, JavaScript off', () => {
  const suite = useServerAndBrowser();

  it('a resident finds a dataset, reads it and downloads its file', async () => {
    const context = await newContext(suite.browser(), { javaScript: false, width: 360 });
    const page = await newPage(context, false);
    const problems = watchProblems(page);
    await page.goto(`${suite.server().publicUrl}${TOWN}/`);
    await page.click('a:has-text("オープンデータ")');
    await checkPage(page, 'opendata-01-catalog', { title: /^オープンデータ｜/ }, problems);
    assert.match((await page.textContent('[role=status]'))!, /7件のデータセットがあります/u);
    await page.fill('#q', '公衆トイレ');
    await page.click('summary:has-text("絞り込む")');
    await page.selectOption('#filter-format', 'GeoJSON');
    await page.click('button:has-text("この条件で探す")');
    await checkPage(page, 'opendata-02-search', { title: /^オープンデータ（検索結果）｜/ }, problems);
    assert.match((await page.textContent('[role=status]'))!, /7件中 1件/u);
    await page.click('a:has-text("公衆トイレ一覧")');
    await checkPage(page, 'opendata-03-dataset', { title: /^公衆トイレ一覧｜/ }, problems);
    assert.match((await page.textContent('main'))!, /サンプルデータです/u);
    const download = await page.request.get(`${suite.server().publicUrl}${TOWN}/opendata/files/143421_public_toilet.csv`);
    assert.equal(download.status(), 200);
    assert.equal((await download.body()).subarray(0, 3).toString('hex'), 'efbbbf', 'the CSV starts with a BOM');
    await page.click('a:has-text("オープンデータの一覧に戻る")');
    await page.click('a:has-text("APIの使い方")');
    await checkPage(page, 'opendata-04-api-guide', { title: /^オープンデータAPIの使い方｜/ }, problems);
    await context.close();
  });

  it('a publisher uploads a file with mistakes, reads the report, then publishes a corrected file', async () => {
    const { page, problems, close } = await signInStaffPage(suite.browser(), suite.server(), 'publisher@ninomiya.example.jp');
    await page.click('nav >> text=オープンデータの公開');
    await checkPage(page, 'publish-01-list', { title: /^オープンデータの公開｜/ }, problems);
    await page.click('a:has-text("AED設置箇所一覧")');
    await checkPage(page, 'publish-02-dataset', { title: /^AED設置箇所一覧（公開の管理）｜/ }, problems);
    const csv = (await (await page.request.get(`${suite.server().publicUrl}${TOWN}/opendata/files/143421_aed.csv`)).text()).replace(/^\uFEFF/u, '');
    const [header, first, ...rest] = csv.split('\r\n');
    const cells = first!.split(',');
    cells[header!.split(',').indexOf('緯度')] = '135.3';
    const broken = [header, cells.join(','), ...rest].join('\r\n');
    await page.setInputFiles('#file', { name: 'aed-broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
    await page.click('button:has-text("ファイルを確認する")');
    await checkPage(page, 'publish-03-report-errors', { title: /^ファイルの確認結果：aed-broken\.csv｜/ }, problems);
    assert.match((await page.textContent('main'))!, /このファイルは公開できません/u);
    assert.match((await page.textContent('main'))!, /2行目/u);
    await page.setInputFiles('#file', { name: 'aed-fixed.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.click('button:has-text("ファイルを確認する")');
    await checkPage(page, 'publish-04-report-ok', { title: /^ファイルの確認結果：aed-fixed\.csv｜/ }, problems);
    await page.fill('#note', '設置場所を確認しました。');
    await page.click('button:has-text("この内容で公開する（第2版）")');
    await checkPage(page, 'publish-05-published', { title: /^AED設置箇所一覧（公開の管理）｜/ }, problems);
    assert.match((await page.textContent('[role=status]'))!, /第2版を公開しました/u);
    await page.click('nav >> text=オープンデータの公開');
    await page.click('a:has-text("データセットを追加する")');
    await checkPage(page, 'publish-06-new', { title: /^データセットを追加する｜/ }, problems);
    await page.click('button:has-text("データセットを追加する")');
    await checkPage(page, 'publish-07-new-errors', { title: /^エラー：データセットを追加する｜/ }, problems);
    await page.click('nav >> text=オープンデータの公開');
    await page.click('a:has-text("公衆トイレ一覧")');
    await page.setInputFiles('#file', { name: 'トイレ（旧形式）.csv', mimeType: 'text/csv', buffer: readFileSync('test/fixtures/opendata/toilets-2019-sjis.csv') });
    await page.click('button:has-text("ファイルを確認する")');
    await checkPage(page, 'publish-08-report-older-layout', { title: /^ファイルの確認結果：トイレ（旧形式）\.csv｜/ }, problems);
    assert.match((await page.textContent('main'))!, /都道府県名 → 地方公共団体名/u);
    await close();
  });
});
