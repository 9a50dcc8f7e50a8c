import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { startFakeS3Server, type FakeS3Server } from '../src/platform/storage/fake-s3-server.ts';
import { loadConfig, ConfigError } from '../src/platform/config/config.ts';
import { withTenant } from '../src/platform/db/tenant-scope.ts';
import { applicationAttachments } from '../src/cases/schema.ts';
import { createTestApp, type TestApp } from './test-app.ts';
import { signInResident } from './resident-sign-in.ts';
import { applyForNinshin } from './ninshin-application.ts';

describe('files in S3-compatible object storage (YAKUBA_S3_*)', () => {
  let s3: FakeS3Server;
  let t: TestApp;
  before(async () => {
    s3 = await startFakeS3Server();
    t = await createTestApp({ YAKUBA_S3_ENDPOINT: s3.endpoint, YAKUBA_S3_BUCKET: s3.bucket, YAKUBA_S3_REGION: s3.region, YAKUBA_S3_ACCESS_KEY_ID: s3.accessKeyId, YAKUBA_S3_SECRET_ACCESS_KEY: s3.secretAccessKey, YAKUBA_S3_PREFIX: 'town/' });
  });
  after(async () => {
    await t.close();
    await s3.close();
  });

  it('keeps a resident’s attachment in the bucket, under the prefix, and reads it back from there', async () => {
    const resident = await signInResident(t.publicApp, t.services.db, 's3-resident@example.jp');
    const id = await applyForNinshin(resident);
    const [file] = await withTenant(t.services.db, '143421', (tx) => tx.select().from(applicationAttachments).where(eq(applicationAttachments.applicationId, id)));
    assert.ok(file?.storageKey, 'the attachment has a storage key');
    const object = s3.objects.get(`town/${file.storageKey}`);
    assert.ok(object, `object town/${file.storageKey} is in the bucket`);
    assert.equal(object.contentType, file.contentType);
    assert.deepEqual((await t.services.files.get(file.storageKey))?.bytes, object.bytes);
  });

  it('refuses an endpoint without its bucket or keys, naming the missing setting and never the secret', () => {
    assert.throws(() => loadConfig({ YAKUBA_S3_ENDPOINT: 'https://s3.example.jp', YAKUBA_S3_SECRET_ACCESS_KEY: 'do-not-print-me' }), (error: Error) => error instanceof ConfigError && /YAKUBA_S3_BUCKET/.test(error.message) && !error.message.includes('do-not-print-me'));
    assert.throws(() => loadConfig({ YAKUBA_S3_ENDPOINT: 'ftp://s3.example.jp' }), /YAKUBA_S3_ENDPOINT/);
  });
});
