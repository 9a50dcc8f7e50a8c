// Runs in a worker thread (see readings.ts): loads the kuromoji dictionary (IPADIC, about half a
// second and a few hundred MB) away from the event loop, and answers batches of texts with their
// readings in katakana. Kept free of project imports so that Node can run it with type stripping.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';

const require = createRequire(import.meta.url);
const kuromoji = require('kuromoji') as typeof import('kuromoji');
const dicPath = join(dirname(require.resolve('kuromoji/package.json')), 'dict');

const tokenizer = await new Promise<Tokenizer<IpadicFeatures>>((resolve, reject) => {
  kuromoji.builder({ dicPath }).build((error, built) => (error ? reject(error) : resolve(built)));
});

function readingOf(text: string): string {
  return tokenizer
    .tokenize(text)
    .map((token) => (token.reading && token.reading !== '*' ? token.reading : token.surface_form))
    .join('');
}

parentPort!.on('message', (message: { id: number; texts: string[] }) => {
  parentPort!.postMessage({ id: message.id, readings: message.texts.map(readingOf) });
});
parentPort!.postMessage({ ready: true });
