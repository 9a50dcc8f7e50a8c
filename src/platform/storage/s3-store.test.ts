import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startFakeS3Server, type FakeS3Server } from './fake-s3-server.ts';
import { runFileStoreContract } from './file-store-contract.ts';
import { createS3Store, type S3StoreOptions } from './s3-store.ts';

const optionsFor = (server: FakeS3Server): S3StoreOptions => ({
  endpoint: server.endpoint,
  bucket: server.bucket,
  region: server.region,
  accessKeyId: server.accessKeyId,
  secretAccessKey: server.secretAccessKey,
  retries: 0,
});

runFileStoreContract('S3-compatible (in-process fake server)', async () => {
  const server = await startFakeS3Server();
  return { store: createS3Store(optionsFor(server)), close: () => server.close() };
});

describe('S3 store', () => {
  let server: FakeS3Server;
  before(async () => {
    server = await startFakeS3Server();
  });
  after(() => server.close());

  it('writes one object per key under the prefix, with its content type', async () => {
    const store = createS3Store({ ...optionsFor(server), prefix: 'yakuba/' });
    await store.put('143421/applications/a/b', new Uint8Array([1, 2, 3]), 'application/pdf');
    const object = server.objects.get('yakuba/143421/applications/a/b');
    assert.deepEqual([...object!.bytes], [1, 2, 3]);
    assert.equal(object!.contentType, 'application/pdf');
  });

  it('refuses a malformed prefix or bucket name at start', () => {
    assert.throws(() => createS3Store({ ...optionsFor(server), prefix: '../' }), TypeError);
    assert.throws(() => createS3Store({ ...optionsFor(server), prefix: 'yakuba' }), TypeError);
    assert.throws(() => createS3Store({ ...optionsFor(server), bucket: 'Bad_Bucket' }), TypeError);
  });

  it('fails loudly when the credentials are wrong', async () => {
    const store = createS3Store({ ...optionsFor(server), secretAccessKey: 'wrong' });
    await assert.rejects(store.put('143421/x', new Uint8Array([1]), 'image/png'), /403 SignatureDoesNotMatch/);
    await assert.rejects(store.get('143421/x'), /403 SignatureDoesNotMatch/);
  });

  it('retries when the store is busy', async () => {
    const store = createS3Store({ ...optionsFor(server), retries: 2 });
    server.failNext(2, 503);
    await store.put('143421/busy', new Uint8Array([7]), 'image/png');
    assert.deepEqual([...(await store.get('143421/busy'))!.bytes], [7]);
  });

  it('gives up after the retries and says why', async () => {
    const store = createS3Store({ ...optionsFor(server), retries: 1 });
    server.failNext(2, 503);
    await assert.rejects(store.put('143421/busy2', new Uint8Array([7]), 'image/png'), /503 SlowDown/);
  });
});
