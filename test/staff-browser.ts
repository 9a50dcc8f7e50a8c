import assert from 'node:assert/strict';
import { currentTotp } from '../src/platform/identity/totp.ts';
import { TestBrowser } from './http-client.ts';
import type { TestApp } from './test-app.ts';

/** Signs a demo staff member in through the real pages (password, then TOTP enrolment). */
export async function signInStaff(t: TestApp, email: string, password: string, base = '/m/143421'): Promise<{ browser: TestBrowser; secret: string }> {
  const browser = new TestBrowser(t.internalApp, 'localhost:3001');
  const afterPassword = await browser.submit(`${base}/login`, `${base}/login`, { email, password });
  assert.equal(afterPassword.headers.get('location'), `${base}/login/enrol`, `sign-in of ${email}`);
  const page = await (await browser.get(`${base}/login/enrol`)).text();
  const secret = /data-totp-secret="true">([A-Z2-7]+)</.exec(page)![1]!;
  const done = await browser.submit(`${base}/login/enrol`, `${base}/login/enrol`, { code: currentTotp(secret) });
  assert.ok([200, 303].includes(done.status), `enrolment of ${email}: ${done.status}`);
  return { browser, secret };
}
