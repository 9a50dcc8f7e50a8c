import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { checkPage, launchBrowser, newContext, newPage, watchProblems } from './browser.ts';
import { startTestServer, type RunningTestServer } from './server.ts';

const TILES = 'https://cyberjapandata.gsi.go.jp/**';
// A 1×1 grey PNG stands in for every map tile: the tests run offline.
const TILE_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

async function listedNames(page: Page): Promise<string[]> {
  return page.locator('.facility-name a').allTextContents();
}

describe('facility maps and lists in headless Chromium (axe-core, WCAG 2.2 AA)', () => {
  let server: RunningTestServer;
  let browser: Browser;
  const url = (path: string) => `${server.publicUrl}/m/143421${path}`;

  before(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('works with JavaScript off: the form changes the order and the filters shorten the list', async () => {
    const context = await newContext(browser, { javaScript: false, width: 360 });
    const page = await newPage(context, false);
    const problems = watchProblems(page);
    await page.goto(url('/opendata/nearby'));
    await checkPage(page, 'map-nearby-nojs', { title: /^近くの施設を探す｜二宮町$/ }, problems);
    assert.equal(await page.locator('[data-map-panel]').isVisible(), false, 'no empty map without JavaScript');
    assert.equal(await page.locator('[data-map-locate]').isVisible(), false, 'no location button without JavaScript');
    await page.screenshot({ path: '/tmp/map-nearby-nojs.png', fullPage: true });
    const before = await listedNames(page);
    await page.selectOption('#district', '百合が丘');
    await page.click('button[type=submit]');
    assert.match(decodeURIComponent(page.url()), /district=百合が丘/);
    assert.match((await page.textContent('#list-title'))!, /百合が丘地区の中心から近い順/);
    const after = await listedNames(page);
    assert.equal(after.length, before.length);
    assert.notDeepEqual(after, before, 'another district gives another order');
    await checkPage(page, 'map-nearby-nojs-yurigaoka', { title: /^近くの施設を探す｜二宮町$/ }, problems);

    await page.fill('#address', '東京都千代田区');
    await page.click('button[type=submit]');
    await checkPage(page, 'map-nearby-nojs-error', { title: /^エラー：近くの施設を探す｜二宮町$/ }, problems);

    await page.goto(url('/opendata/datasets/public_toilet/map'));
    await checkPage(page, 'map-toilet-nojs', { title: /^公衆トイレ一覧（地図と一覧）｜二宮町$/ }, problems);
    const all = await listedNames(page);
    await page.check('label:has-text("オストメイト用の設備がある")');
    await page.click('button[type=submit]');
    const filtered = await listedNames(page);
    assert.ok(filtered.length > 0 && filtered.length < all.length, `${filtered.length} of ${all.length}`);
    assert.match((await page.textContent('[role=status].map-count'))!, new RegExp(`${filtered.length}件のトイレが見つかりました`));

    await page.goto(url('/opendata/datasets/aed/map'));
    await checkPage(page, 'map-aed-nojs', { title: /^AED設置箇所一覧（地図と一覧）｜二宮町$/ }, problems);
    await page.click('.facility-name a >> nth=0');
    await checkPage(page, 'map-aed-row-nojs', { title: /（AED設置箇所一覧）｜二宮町$/ }, problems);
    await context.close();
  });

  it('keeps the list within a 360 px screen at 200% zoom and at the largest text size', async () => {
    for (const view of [{ width: 180, size: 'standard' }, { width: 360, size: 'xlarge' }]) {
      const context = await browser.newContext({ viewport: { width: view.width, height: 740 }, javaScriptEnabled: false });
      const page = await context.newPage();
      for (const path of ['/opendata/nearby', '/opendata/datasets/aed/map', '/opendata/datasets/aed/rows/143421-0001']) {
        await page.goto(url(`/settings/text-size?value=${view.size}&return=${encodeURIComponent(path)}`));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${path} at ${view.width}px/${view.size}: horizontal overflow of ${overflow}px`);
      }
      await context.close();
    }
  });

  it('draws the same places on the map with JavaScript on, markers from /assets and tiles allowed by the CSP', async () => {
    const context = await newContext(browser, { width: 360 });
    await context.route(TILES, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: TILE_PNG }));
    const page = await newPage(context, true);
    const problems = watchProblems(page);
    for (const path of ['/opendata/nearby', '/opendata/datasets/evacuation_space/map?hazard=tsunami']) {
      await page.goto(url(path));
      await page.waitForSelector('.leaflet-marker-icon');
      await page.waitForSelector('.leaflet-tile-loaded');
      const markers = await page.locator('.leaflet-marker-icon').count();
      assert.equal(markers, (await listedNames(page)).length, `${path}: one marker per listed place`);
      assert.ok(markers > 0);
      assert.ok(await page.locator('img.leaflet-marker-icon[src="/assets/leaflet-marker-icon-2x.png"], img.leaflet-marker-icon[src="/assets/leaflet-marker-icon.png"]').count() === markers);
      assert.equal(await page.locator('[data-map-locate]').isVisible(), true);
      await checkPage(page, path.includes('nearby') ? 'map-nearby-js' : 'map-evacuation-js', { title: /｜二宮町$/ }, problems);
    }
    await page.goto(url('/opendata/nearby'));
    await page.waitForSelector('.leaflet-marker-icon');
    await page.screenshot({ path: '/tmp/map-nearby-js.png', fullPage: true });
    // Markers of nearby places overlap, so the click is sent to the first one itself.
    await page.locator('.leaflet-marker-icon').first().dispatchEvent('click');
    const popupLink = page.locator('.leaflet-popup a[href*="/rows/"]');
    assert.equal(await popupLink.getAttribute('href'), await page.locator('.facility-name a >> nth=0').getAttribute('href'), 'the popup links to the same facility page as the list');
    assert.equal(await page.getAttribute('.leaflet-popup-close-button', 'aria-label'), '閉じる');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('keeps the list when the tiles cannot be loaded', async () => {
    const context = await newContext(browser);
    await context.route(TILES, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(url('/opendata/datasets/aed/map'));
    await page.waitForSelector('.leaflet-marker-icon');
    await page.waitForSelector('.map-tile-note:has-text("地図の画像を読み込めませんでした")');
    assert.equal(await page.locator('.leaflet-marker-icon').count(), (await listedNames(page)).length);
    await context.close();
  });

  it('sorts from the resident\'s location after 「現在地から探す」', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ja-JP', geolocation: { latitude: 35.3094, longitude: 139.2672 }, permissions: ['geolocation'] });
    await context.route(TILES, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: TILE_PNG }));
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(url('/opendata/nearby'));
    await Promise.all([page.waitForURL(/lat=35\.3094&lon=139\.2672/), page.click('text=現在地から探す')]);
    assert.match((await page.textContent('#list-title'))!, /現在地から近い順/);
    assert.equal(await page.inputValue('#district'), '');
    await checkPage(page, 'map-nearby-location', { title: /^近くの施設を探す｜二宮町$/ }, problems);
    await context.close();
  });
});
