import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkPage, newContext, newPage, SCREENSHOT_DIR, watchProblems } from './browser.ts';
import { useServerAndBrowser } from './server.ts';

const TOWN = '/m/143421';

const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();
const headerHeight = (page: Page) => page.locator('header.site-header').evaluate((element) => element.getBoundingClientRect().height);

describe('the header menu, the chosen language and narrow tables in headless Chromium, JavaScript off', () => {
  const suite = useServerAndBrowser();

  it('on a 360 px phone the header is one row with 「メニュー」, and English chosen there stays on the next pages', async () => {
    const context = await newContext(suite.browser(), { javaScript: false, width: 360 });
    const page = await newPage(context, false);
    const problems = watchProblems(page);
    await page.goto(`${suite.server().publicUrl}${TOWN}/procedures/ninshin-todokede`);
    await checkPage(page, 'menu-01-procedure', { title: /｜二宮町$/u }, problems);
    assert.ok(await visible(page, 'header .header-menu summary'), 'メニュー is shown');
    assert.equal(await visible(page, 'header .header-wide'), false, 'the wide header tools are hidden');
    assert.ok((await headerHeight(page)) < 90, `the header is one row (${await headerHeight(page)} px)`);

    await page.click('header .header-menu summary');
    await checkPage(page, 'menu-02-open', { title: /｜二宮町$/u }, problems);
    await page.locator('header .header-menu a[lang="en"]').click();
    await checkPage(page, 'menu-03-english', { lang: 'en', title: /｜Ninomiya Town$|｜二宮町$/u }, problems);
    assert.equal(new URL(page.url()).pathname, `${TOWN}/procedures/ninshin-todokede`, 'back on the same page');
    assert.match((await page.textContent('main .notice.untranslated'))!, /has not yet been translated into English/u);
    assert.equal(await page.textContent('header .header-menu summary'), 'Menu');

    await page.goto(`${suite.server().publicUrl}${TOWN}/opendata`);
    await checkPage(page, 'menu-04-english-opendata', { lang: 'en', title: /｜/u }, problems);
    assert.ok(await visible(page, 'main .notice.untranslated'), 'the note is on the next page too');
    await page.goto(`${suite.server().publicUrl}${TOWN}/`);
    await checkPage(page, 'menu-05-english-home', { lang: 'en', title: /Ninomiya Town/u }, problems);
    assert.equal(await page.locator('main .notice.untranslated').count(), 0, 'the translated home page has no note');
    await context.close();
  });

  it('on a wide screen the tools sit in the header and the menu is hidden', async () => {
    const context = await newContext(suite.browser(), { javaScript: false, width: 1024 });
    const page = await newPage(context, false);
    await page.goto(`${suite.server().publicUrl}${TOWN}/procedures`);
    assert.ok(await visible(page, 'header .header-wide nav[aria-label="言語"]'));
    assert.equal(await visible(page, 'header .header-menu summary'), false);
    await context.close();
  });

  it('at 200 % text on a wide screen (JavaScript on) the header folds into 「メニュー」 and tables stack too', async () => {
    const context = await newContext(suite.browser(), { javaScript: true, width: 1024 });
    const page = await newPage(context, true);
    const problems = watchProblems(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await page.goto(`${suite.server().publicUrl}${TOWN}/opendata`);
    await page.click('a:has-text("公衆トイレ一覧")');
    assert.ok(await visible(page, 'header .header-menu summary'), 'メニュー at 200 % text');
    assert.equal(await visible(page, 'header .header-wide'), false);
    await page.click('summary:has-text("列の説明")');
    const display = await page.locator('table.stack tbody td').first().evaluate((element) => getComputedStyle(element).display);
    assert.equal(display, 'grid', 'the column table is stacked at 200 % text');
    await page.click('header .header-menu summary');
    // A full-page screenshot resets the font sizes, so this one is of the screen as the resident sees it.
    await page.screenshot({ path: `${SCREENSHOT_DIR}/stack-200-percent-menu-open-screen.png` });
    await checkPage(page, 'stack-200-percent-menu-open', { title: /^公衆トイレ一覧｜/u }, problems);
    await context.close();
  });

  it('a table of columns becomes labelled blocks on a phone and stays a table on a wide screen', async () => {
    for (const width of [360, 1024]) {
      const context = await newContext(suite.browser(), { javaScript: false, width });
      const page = await newPage(context, false);
      const problems = watchProblems(page);
      await page.goto(`${suite.server().publicUrl}${TOWN}/opendata`);
      await page.click('a:has-text("公衆トイレ一覧")');
      await page.click('summary:has-text("列の説明")');
      assert.ok(await visible(page, 'table.stack tbody td'), 'the column table is open');
      await checkPage(page, `stack-${width}-dataset`, { title: /^公衆トイレ一覧｜/u }, problems);
      const cell = page.locator('table.stack tbody td').first();
      const display = await cell.evaluate((element) => getComputedStyle(element).display);
      const label = await cell.evaluate((element) => getComputedStyle(element, '::before').content);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width === 360) {
        assert.equal(display, 'grid', 'each cell is a label and its value');
        assert.match(label, /^"[^"]+"/u, 'the column name is shown beside the value');
        assert.ok(scrollWidth <= 361, `no sideways scrolling (${scrollWidth} px)`);
      } else {
        assert.equal(display, 'table-cell');
      }
      await context.close();
    }
  });
});
