import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { desc, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { TestBrowser } from '../../test/http-client.ts';
import { auditEvents } from '../platform/audit/schema.ts';

const forged = {
  id: 'Zm9yZ2VkLWNyZWRlbnRpYWw',
  rawId: 'Zm9yZ2VkLWNyZWRlbnRpYWw',
  type: 'public-key',
  clientExtensionResults: {},
  response: { clientDataJSON: 'e30', authenticatorData: 'AAAA', signature: 'AAAA' },
};

describe('passkey sign-in refusals', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('refuses a JSON post without the page’s CSRF token', async () => {
    const browser = new TestBrowser(t.publicApp);
    await browser.get('/m/143421/login');
    const response = await browser.post('/m/143421/login/passkey/options', {}, { 'content-type': 'application/json' });
    assert.equal(response.status, 403);
  });

  it('refuses an answer without a challenge this browser was given', async () => {
    const browser = new TestBrowser(t.publicApp);
    const response = await browser.postJson('/m/143421/login', '/m/143421/login/passkey', { response: forged });
    assert.equal(response.status, 400);
    assert.equal(browser.cookies.has('yakuba_resident'), false);
  });

  it('refuses a forged answer to a real challenge and records the failure', async () => {
    const browser = new TestBrowser(t.publicApp);
    const options = await browser.postJson('/m/143421/login', '/m/143421/login/passkey/options', {});
    assert.equal(options.status, 200);
    assert.match(((await options.json()) as { challenge: string }).challenge, /^[A-Za-z0-9_-]{20,}$/);
    const response = await browser.postJson('/m/143421/login', '/m/143421/login/passkey', { response: forged });
    assert.equal(response.status, 400);
    assert.equal(browser.cookies.has('yakuba_resident'), false);
    const [last] = await t.services.db.select().from(auditEvents).where(eq(auditEvents.action, 'resident.sign_in_failed')).orderBy(desc(auditEvents.id)).limit(1);
    assert.equal((last!.detail as { method: string }).method, 'passkey');
  });

  it('refuses a staff passkey answer before the password step', async () => {
    const browser = new TestBrowser(t.internalApp, 'localhost:3001');
    const response = await browser.postJson('/m/143421/login', '/m/143421/login/passkey', { response: forged });
    assert.equal(response.status, 401);
  });
});
