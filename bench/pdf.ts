// bench/pdf: time to render 申請内容の控え, per PDF, after the font has been loaded once.
// Run: node --import tsx bench/pdf.ts
import { renderApplicationPdf } from '../src/cases/application-pdf.ts';
import { childAllowanceApplication } from '../src/cases/pdf/sample-application.ts';

const COPIES = 50;

const coldStart = performance.now();
await renderApplicationPdf(childAllowanceApplication());
console.log(`first PDF (loads the font): ${(performance.now() - coldStart).toFixed(0)} ms`);

for (const [name, input] of [
  ['normal application', childAllowanceApplication()],
  ['2,000-character answer', childAllowanceApplication({ longAnswer: true })],
] as const) {
  let bytes = 0;
  const started = performance.now();
  for (let copy = 0; copy < COPIES; copy++) bytes = (await renderApplicationPdf(input)).length;
  const ms = (performance.now() - started) / COPIES;
  console.log(`${name}: ${ms.toFixed(1)} ms per PDF, ${(bytes / 1024).toFixed(0)} KB (${COPIES} copies)`);
}
console.log(`resident memory: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
