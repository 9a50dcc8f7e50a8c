import type { Browser, Page } from 'playwright-core';
import { currentTotp } from '../src/platform/identity/totp.ts';
import { newContext, newPage, watchProblems } from './browser.ts';
import type { RunningTestServer } from './server.ts';

/** Signs a demo staff member in (JavaScript off unless asked; password, TOTP enrolment, recovery codes) and lands on the dashboard. */
export async function signInStaffPage(browser: Browser, server: RunningTestServer, email: string, town = '/m/143421', options: { width?: number; javaScript?: boolean } = {}): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const javaScript = options.javaScript ?? false;
  const context = await newContext(browser, { javaScript, width: options.width ?? 1280 });
  const page = await newPage(context, javaScript);
  const problems = watchProblems(page);
  await page.goto(`${server.internalUrl}${town}/login`);
  await page.fill('#email', email);
  await page.fill('#password', 'ninomiya-demo-2026');
  await page.click('button[type=submit]');
  await page.fill('#code', currentTotp((await page.textContent('[data-totp-secret]'))!.trim()));
  await page.click('button[type=submit]');
  await page.click('text=保管しました。ダッシュボードへ進む');
  return { page, problems, close: () => context.close() };
}
