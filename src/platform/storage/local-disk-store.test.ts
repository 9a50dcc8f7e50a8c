import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runFileStoreContract } from './file-store-contract.ts';
import { createLocalDiskStore } from './local-disk-store.ts';

runFileStoreContract('local disk', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'yakuba-store-'));
  return { store: createLocalDiskStore({ root }), close: () => rm(root, { recursive: true, force: true }) };
});

describe('local disk store', () => {
  let root: string;
  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'yakuba-store-'));
  });
  after(() => rm(root, { recursive: true, force: true }));

  it('lays a key out as a data file and a sidecar, with no temporary files left', async () => {
    const store = createLocalDiskStore({ root });
    await store.put('143421/applications/a1/b2', new Uint8Array([1, 2]), 'application/pdf');
    const files = await readdir(path.join(root, '143421', 'applications', 'a1'));
    assert.deepEqual(files.sort(), ['b2.bin', 'b2.json']);
  });

  it('does not show a file whose sidecar was never written', async () => {
    const store = createLocalDiskStore({ root });
    const dir = path.join(root, '143421', 'interrupted');
    await store.put('143421/interrupted/other', new Uint8Array([1]), 'image/png');
    await writeFile(path.join(dir, 'half.bin'), new Uint8Array([1, 2, 3]));
    await writeFile(path.join(dir, 'half.json.1a2b3c.tmp'), '{"contentType":"image/png"');
    assert.equal(await store.get('143421/interrupted/half'), undefined);
  });
});
