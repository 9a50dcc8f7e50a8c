import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { InvalidStorageKeyError, type FileStore } from './file-store.ts';

export interface FileStoreUnderTest {
  store: FileStore;
  close(): Promise<void>;
}

const INVALID_KEYS = [
  '',
  '/143421/a',
  '../etc/passwd',
  '143421/../../x',
  '143421/./x',
  '143421//x',
  '143421/x/',
  '143421/X',
  '143421/a b',
  '143421\\a',
  '143421/a.pdf',
  '143421/申請',
  'C:/x',
  'a'.repeat(513),
];

/** The behaviour every storage backend shares; each backend's test file calls this once. */
export function runFileStoreContract(name: string, open: () => Promise<FileStoreUnderTest>): void {
  describe(`FileStore contract: ${name}`, () => {
    let subject: FileStoreUnderTest;
    let store: FileStore;
    const freshKey = () => `143421/applications/${randomUUID()}/${randomUUID()}`;

    before(async () => {
      subject = await open();
      store = subject.store;
    });
    after(() => subject.close());

    it('has an id', () => {
      assert.match(store.id, /^[a-z0-9-]+$/);
    });

    it('returns the bytes and content type that were put', async () => {
      const key = freshKey();
      const bytes = new Uint8Array([0, 1, 2, 255, 0, 10, 13]);
      await store.put(key, bytes, 'application/pdf');
      const found = await store.get(key);
      assert.ok(found);
      assert.ok(Buffer.isBuffer(found.bytes));
      assert.deepEqual([...found.bytes], [...bytes]);
      assert.equal(found.contentType, 'application/pdf');
    });

    it('returns undefined for a key that was never put', async () => {
      assert.equal(await store.get(freshKey()), undefined);
    });

    it('keeps an empty file', async () => {
      const key = freshKey();
      await store.put(key, new Uint8Array(0), 'image/png');
      const found = await store.get(key);
      assert.equal(found?.bytes.byteLength, 0);
      assert.equal(found?.contentType, 'image/png');
    });

    it('keeps a 3 MB file byte for byte', async () => {
      const key = freshKey();
      const bytes = new Uint8Array(3 * 1024 * 1024).map((_, i) => (i * 31 + (i >> 8)) & 0xff);
      await store.put(key, bytes, 'image/jpeg');
      const found = await store.get(key);
      assert.ok(found?.bytes.equals(bytes));
    });

    it('is not affected by later changes to the caller’s array', async () => {
      const key = freshKey();
      const bytes = new Uint8Array([1, 2, 3]);
      await store.put(key, bytes, 'image/png');
      bytes[0] = 9;
      assert.deepEqual([...(await store.get(key))!.bytes], [1, 2, 3]);
    });

    it('replaces the file and content type when the same key is put again', async () => {
      const key = freshKey();
      await store.put(key, new Uint8Array([1, 2, 3]), 'image/png');
      await store.put(key, new Uint8Array([4, 5]), 'image/jpeg');
      const found = await store.get(key);
      assert.deepEqual([...found!.bytes], [4, 5]);
      assert.equal(found!.contentType, 'image/jpeg');
    });

    it('deletes, and deleting a missing key is not an error', async () => {
      const key = freshKey();
      await store.put(key, new Uint8Array([1]), 'image/png');
      await store.delete(key);
      assert.equal(await store.get(key), undefined);
      await store.delete(key);
      await store.delete(freshKey());
    });

    it('keeps a key and the keys under it apart', async () => {
      const parent = freshKey();
      const child = `${parent}/thumbnail`;
      await store.put(parent, new Uint8Array([1]), 'application/pdf');
      await store.put(child, new Uint8Array([2]), 'image/jpeg');
      assert.deepEqual([...(await store.get(parent))!.bytes], [1]);
      assert.deepEqual([...(await store.get(child))!.bytes], [2]);
      await store.delete(parent);
      assert.equal(await store.get(parent), undefined);
      assert.deepEqual([...(await store.get(child))!.bytes], [2]);
    });

    it('keeps files of different municipalities apart', async () => {
      const id = randomUUID();
      await store.put(`143421/applications/${id}`, new Uint8Array([1]), 'image/png');
      await store.put(`143413/applications/${id}`, new Uint8Array([2]), 'image/png');
      assert.deepEqual([...(await store.get(`143421/applications/${id}`))!.bytes], [1]);
      assert.deepEqual([...(await store.get(`143413/applications/${id}`))!.bytes], [2]);
    });

    it('handles concurrent puts of different keys', async () => {
      const keys = Array.from({ length: 20 }, freshKey);
      await Promise.all(keys.map((key, i) => store.put(key, new Uint8Array([i]), 'image/png')));
      const found = await Promise.all(keys.map((key) => store.get(key)));
      assert.deepEqual(
        found.map((f) => f?.bytes[0]),
        keys.map((_, i) => i),
      );
    });

    it('refuses keys that could escape or be ambiguous', async () => {
      for (const key of INVALID_KEYS) {
        await assert.rejects(store.put(key, new Uint8Array([1]), 'image/png'), InvalidStorageKeyError, key);
        await assert.rejects(store.get(key), InvalidStorageKeyError, key);
        await assert.rejects(store.delete(key), InvalidStorageKeyError, key);
      }
    });

    it('refuses a content type that is not a media type', async () => {
      for (const contentType of ['', 'pdf', 'text/html\r\nX-Evil: 1', 'a/b c']) {
        await assert.rejects(store.put(freshKey(), new Uint8Array([1]), contentType), TypeError);
      }
    });
  });
}
