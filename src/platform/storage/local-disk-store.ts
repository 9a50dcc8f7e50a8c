import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { assertValidContentType, assertValidStorageKey, type FileStore } from './file-store.ts';

export interface LocalDiskStoreOptions {
  root: string;
  id?: string;
}

interface Sidecar {
  contentType: string;
  size: number;
}

/**
 * Each key becomes `<root>/<key>.bin` with a `<key>.json` sidecar holding the content type.
 * Keys never contain dots, so the suffixes can't collide with another key, and a key can also be
 * the folder of longer keys (`a/b` and `a/b/c`) as in object storage.
 */
export function createLocalDiskStore(options: LocalDiskStoreOptions): FileStore {
  const root = path.resolve(options.root);
  const pathsOf = (key: string) => {
    assertValidStorageKey(key);
    const base = path.join(root, ...key.split('/'));
    return { data: `${base}.bin`, sidecar: `${base}.json`, dir: path.dirname(base) };
  };

  return {
    id: options.id ?? 'local-disk',

    async put(key, bytes, contentType) {
      const paths = pathsOf(key);
      assertValidContentType(contentType);
      await mkdir(paths.dir, { recursive: true });
      const sidecar: Sidecar = { contentType, size: bytes.byteLength };
      // Data first, sidecar last: a reader only sees a file once its sidecar exists.
      await writeDurably(paths.data, bytes);
      await writeDurably(paths.sidecar, Buffer.from(JSON.stringify(sidecar)));
      await syncDirectory(paths.dir);
    },

    async get(key) {
      const paths = pathsOf(key);
      const sidecarText = await readIfExists(paths.sidecar);
      if (sidecarText === undefined) return undefined;
      const sidecar = JSON.parse(sidecarText.toString('utf8')) as Sidecar;
      const bytes = await readIfExists(paths.data);
      if (bytes === undefined || bytes.byteLength !== sidecar.size) return undefined;
      return { bytes, contentType: sidecar.contentType };
    },

    async delete(key) {
      const paths = pathsOf(key);
      await rm(paths.sidecar, { force: true });
      await rm(paths.data, { force: true });
    },
  };
}

async function writeDurably(target: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temporary, 'wx', 0o640);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, target);
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function readIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
