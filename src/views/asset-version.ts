import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const files = ['./assets/app.css', './assets/app.js', './assets/passkey.js', './assets/map.js', './assets/editor.js'].map((path) => readFileSync(new URL(path, import.meta.url)));

/** Changes whenever a bundled asset changes, so assets can be cached for a year. */
export const ASSET_VERSION = createHash('sha256').update(Buffer.concat(files)).digest('hex').slice(0, 12);
