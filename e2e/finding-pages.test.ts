import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ninshinTodokede } from '../seeds/procedures/ninshin-todokede.ts';
import { withTenant } from '../src/platform/db/tenant-scope.ts';
import { formDefinitionSchema } from '../src/forms/form-definition.ts';
import { caseSearchText } from '../src/forms/search-text.ts';
import { submitApplication } from '../src/cases/submit-application.ts';
import { findProcedureBySlug } from '../src/procedures/service.ts';
import { indexPublishedVersions } from '../src/procedures/search-index.ts';
import { checkPage, newContext, newPage, watchProblems } from './browser.ts';
import { useServerAndBrowser } from './server.ts';
import { signInStaffPage } from './staff-session.ts';

describe('finding one’s way in headless Chromium, JavaScript off, 360 px wide', () => {
  const suite = useServerAndBrowser();

  it('catalog with よく使う手続き, search by reading, a search without results, a procedure page', async () => {
    const server = suite.server();
    await indexPublishedVersions(server.app.services.db, '143421');
    const context = await newContext(suite.browser(), { javaScript: false, width: 360 });
    const page = await newPage(context, false);
    const problems = watchProblems(page);
    await page.goto(`${server.publicUrl}/m/143421/procedures`);
    await checkPage(page, 'finding-catalog', { title: /^手続き一覧｜二宮町$/ }, problems);
    assert.match((await page.textContent('#featured-title'))!, /よく使う手続き/);
    await page.fill('#q', 'じどうてあて');
    await page.click('form[role=search] button[type=submit]');
    await checkPage(page, 'finding-search-reading', { title: /^手続き一覧（検索結果）/ }, problems);
    assert.match((await page.textContent('main ul.procedure-list li'))!, /児童手当を申請する/);
    await page.fill('#q', '宇宙旅行');
    await page.click('form[role=search] button[type=submit]');
    await checkPage(page, 'finding-search-nothing', { title: /^手続き一覧（検索結果）/ }, problems, new Map());
    assert.match((await page.textContent('.no-match'))!, /電話 0463/);
    await page.goto(`${server.publicUrl}/m/143421/procedures/risai-shomeisho`);
    await checkPage(page, 'finding-procedure', { title: /^罹災証明書を申請する（罹災証明書の交付申請）｜/ }, problems);
    await context.close();
  });

  it('the inbox search, the audit log and the outbox in words', async () => {
    const server = suite.server();
    const definition = formDefinitionSchema.parse(ninshinTodokede);
    const answers = { name: { family: '真鶴', given: '花子' }, kana: { family: 'マナヅル', given: 'ハナコ' }, postalCode: '2590123', address: '神奈川県中郡二宮町山西100-2', phone: '0463-12-3456', birthDate: '1995-05-05' };
    await withTenant(server.app.services.db, '143421', async (tx) => {
      const procedure = (await findProcedureBySlug(tx, 'ninshin-todokede'))!;
      await submitApplication(tx, {
        municipalityCode: '143421', municipalityName: '二宮町', idempotencyKey: randomUUID(),
        procedure: { id: procedure.id, slug: procedure.slug, title: definition.title, plainTitle: definition.plainTitle, departmentCode: 'kosodate', processingDays: 3, retentionYears: 5 },
        version: procedure.publishedVersion!, answers, searchText: caseSearchText(definition, answers), files: [], channel: 'online', contactEmail: 'manazuru@example.jp',
      });
    });
    const staff = await signInStaffPage(suite.browser(), server, 'admin@ninomiya.example.jp');
    await staff.page.goto(`${server.internalUrl}/m/143421/cases`);
    await staff.page.fill('#inbox-q', 'まなづる');
    await staff.page.click('form.inbox-search button[type=submit]');
    await checkPage(staff.page, 'finding-inbox-search', { title: /^申請の処理｜/ }, staff.problems);
    assert.match((await staff.page.textContent('[role=status]'))!, /「まなづる」で探した結果、1件/);
    await staff.page.setViewportSize({ width: 360, height: 800 });
    await checkPage(staff.page, 'finding-inbox-search-360', { title: /^申請の処理｜/ }, staff.problems, new Map());
    await staff.page.setViewportSize({ width: 1280, height: 800 });
    await staff.page.goto(`${server.internalUrl}/m/143421/admin/audit`);
    await checkPage(staff.page, 'finding-audit', { title: /^監査ログ｜/ }, staff.problems);
    await staff.page.goto(`${server.internalUrl}/m/143421/dev/outbox`);
    await checkPage(staff.page, 'finding-outbox', { title: /^開発用送信箱｜/ }, staff.problems);
    await staff.close();
  });
});
