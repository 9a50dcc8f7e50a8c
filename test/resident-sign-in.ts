import assert from 'node:assert/strict';
import { and, desc, eq } from 'drizzle-orm';
import type { Hono } from 'hono';
import { TestBrowser } from './http-client.ts';
import type { Queryable } from '../src/platform/db/database.ts';
import { mailMessages } from '../src/platform/mail/schema.ts';

/** For tests only: the code of the newest sign-in mail to an address, read from the dev outbox. */
export async function latestSignInCode(db: Queryable, municipalityCode: string, email: string): Promise<string> {
  const [mail] = await db
    .select()
    .from(mailMessages)
    .where(and(eq(mailMessages.municipalityCode, municipalityCode), eq(mailMessages.toAddress, email)))
    .orderBy(desc(mailMessages.createdAt))
    .limit(1);
  const code = mail ? /(?:確認コード|コード|Code)[：:] ?(\d{6})/.exec(mail.bodyText)?.[1] : undefined;
  assert.ok(code, `no sign-in code mailed to ${email}`);
  return code;
}

export async function countMailTo(db: Queryable, email: string): Promise<number> {
  return (await db.select().from(mailMessages).where(eq(mailMessages.toAddress, email))).length;
}

/** For tests only: signs in through the pages, as a resident's browser would. */
export async function signInResident(
  app: Hono<any>,
  db: Queryable,
  email: string,
  options: { base?: string; userAgent?: string; browser?: TestBrowser } = {},
): Promise<TestBrowser> {
  const base = options.base ?? '/m/143421';
  const browser = options.browser ?? new TestBrowser(app);
  const headers: Record<string, string> = options.userAgent ? { 'user-agent': options.userAgent } : {};
  const sent = await submitWithHeaders(browser, `${base}/login`, `${base}/login`, { email }, headers);
  assert.equal(sent.status, 303);
  const code = await latestSignInCode(db, base.slice(3), email.normalize('NFKC').toLowerCase());
  const signedIn = await submitWithHeaders(browser, `${base}/login/code`, `${base}/login/code`, { code }, headers);
  assert.equal(signedIn.status, 303, 'the code signs in');
  return browser;
}

/** TestBrowser.submit with extra request headers (a user agent, for the list of devices). */
export async function submitWithHeaders(browser: TestBrowser, pagePath: string, actionPath: string, form: Record<string, string>, headers: Record<string, string>) {
  const html = await (await browser.get(pagePath, headers)).text();
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  assert.ok(token, `no CSRF token on ${pagePath}`);
  return browser.post(actionPath, { ...form, _csrf: token }, headers);
}
