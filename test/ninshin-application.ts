import assert from 'node:assert/strict';
import sharp from 'sharp';
import type { TestBrowser } from './http-client.ts';

async function photo(): Promise<File> {
  const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c0ffee' } }).jpeg().toBuffer();
  return new File([bytes], 'shindan.jpg', { type: 'image/jpeg' });
}

/** For tests only: 妊娠の届出 through the real pages, with an attachment; answers the application's id. */
export async function applyForNinshin(resident: TestBrowser, base = '/m/143421', submitHeaders: Record<string, string> = {}): Promise<string> {
  const start = `${base}/procedures/ninshin-todokede/apply`;
  const draft = (await resident.submit(start, start, {})).headers.get('location')!.split('/').slice(0, -1).join('/');
  const send = async (page: string, entries: [string, string | File][]) => {
    const response = await resident.submitMultipart(`${draft}/${page}`, `${draft}/${page}`, [...entries, ['_action', 'continue']]);
    assert.equal(response.status, 303, `${page}: ${response.status}`);
  };
  const due = new Date(Date.now() + 120 * 86400_000).toISOString().slice(0, 10).split('-');
  await send('todokede-nin', [['name-family', '二宮'], ['name-given', '花子'], ['kana-family', 'ニノミヤ'], ['kana-given', 'ハナコ'], ['birthDate-year', '1990'], ['birthDate-month', '4'], ['birthDate-day', '1'], ['postalCode', '2590123'], ['address', '神奈川県中郡二宮町二宮1240番地'], ['phone', '0463-71-3311']]);
  await send('ninshin', [['dueDate-year', due[0]!], ['dueDate-month', due[1]!], ['dueDate-day', due[2]!], ['diagnosisDate-year', 'R8'], ['diagnosisDate-month', '10'], ['diagnosisDate-day', '1'], ['clinic', '湘南レディースクリニック'], ['babies', '1'], ['firstPregnancy', 'yes']]);
  await send('kenko', [['hasWorries', 'no'], ['diagnosisDocument-upload', await photo()]]);
  const submitted = await resident.submit(`${draft}/check`, `${draft}/submit`, { declaration: 'yes' }, submitHeaders);
  assert.equal(submitted.status, 303, 'submitted');
  return submitted.headers.get('location')!.split('/').at(-1)!;
}
