import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { signInResident } from '../../test/resident-sign-in.ts';
import type { TestBrowser } from '../../test/http-client.ts';
import { configureSanitisePool, runSanitiseTask, sanitiseSettingsFrom, stopSanitisePool } from '../platform/files/sanitise-pool.ts';
import { refusalForPoolError, sanitiseUpload } from '../platform/files/sanitise.ts';

const BASE = '/m/143421';

async function photo(): Promise<File> {
  const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c0ffee' } }).jpeg().toBuffer();
  return new File([bytes], 'shindan.jpg', { type: 'image/jpeg' });
}

/** Occupies one worker thread until the returned function is called. */
function holdOneWorker(): { release(): Promise<void> } {
  const signal = new SharedArrayBuffer(4);
  const done = runSanitiseTask({ kind: 'hold', signal });
  return {
    async release() {
      const flag = new Int32Array(signal);
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      await done;
    },
  };
}

describe('uploads while the sanitiser pool is full', () => {
  let t: TestApp;
  let browser: TestBrowser;
  before(async () => {
    await configureSanitisePool({ threads: 1, queue: 0, memoryMb: 128 });
    t = await createTestApp();
    browser = await signInResident(t.publicApp, t.services.db, 'hanako@example.jp');
  });
  after(async () => {
    await t.close();
    await configureSanitisePool(sanitiseSettingsFrom({}));
  });

  it('refuses the file with a clear message at its field and keeps the answers of this page and earlier ones', async () => {
    const started = await browser.submit(`${BASE}/procedures/ninshin-todokede/apply`, `${BASE}/procedures/ninshin-todokede/apply`, {});
    const draft = started.headers.get('location')!.split('/').at(-2)!;
    const page1 = `${BASE}/apply/${draft}/todokede-nin`;
    const first = await browser.submitMultipart(page1, page1, [
      ['name-family', '二宮'], ['name-given', '花子'], ['kana-family', 'ニノミヤ'], ['kana-given', 'ハナコ'],
      ['birthDate-year', '1990'], ['birthDate-month', '4'], ['birthDate-day', '1'], ['postalCode', '2590123'],
      ['address', '神奈川県中郡二宮町二宮1240-10'], ['phone', '09012345678'], ['_action', 'continue'],
    ]);
    assert.equal(first.status, 303);
    const page2 = `${BASE}/apply/${draft}/ninshin`;
    const due = new Date(Date.now() + 120 * 86400_000).toISOString().slice(0, 10).split('-');
    const second = await browser.submitMultipart(page2, page2, [
      ['dueDate-year', due[0]!], ['dueDate-month', due[1]!], ['dueDate-day', due[2]!],
      ['diagnosisDate-year', 'R7'], ['diagnosisDate-month', '10'], ['diagnosisDate-day', '1'],
      ['clinic', '湘南レディースクリニック'], ['babies', '1'], ['firstPregnancy', 'yes'], ['_action', 'continue'],
    ]);
    assert.equal(second.status, 303);

    const page3 = `${BASE}/apply/${draft}/kenko`;
    const answers: [string, string | File][] = [['hasWorries', 'yes'], ['worries', 'つわりが重いです'], ['diagnosisDocument-upload', await photo()], ['_action', 'continue']];
    const held = holdOneWorker();
    let busyHtml: string;
    try {
      const busy = await browser.submitMultipart(page3, page3, answers);
      assert.equal(busy.status, 400);
      busyHtml = await busy.text();
    } finally {
      await held.release();
    }
    assert.match(busyHtml, /ただいま混み合っているため、ファイルを確認できませんでした。時間をおいて、もう一度添付してください。/u);
    assert.match(busyHtml, /<p class="field-error" id="diagnosisDocument-error">[^<]*混み合っている[^<]*<\/p><input id="diagnosisDocument" name="diagnosisDocument-upload" type="file"[^>]*aria-invalid="true"/u, 'the message stands at the file field');
    assert.match(busyHtml, /<a href="#diagnosisDocument">[^<]*混み合っている/u, 'the summary links to the field');
    assert.match(busyHtml, /つわりが重いです/u, 'the answer typed on this page is kept');
    assert.doesNotMatch(busyHtml, /queue|Workers are busy/u, 'nothing from the pool is shown');

    const back = await (await browser.get(page1)).text();
    assert.match(back, /value="ニノミヤ"/u, 'the first page is still saved');
    const clinic = await (await browser.get(page2)).text();
    assert.match(clinic, /湘南レディースクリニック/u, 'the second page is still saved');

    const retried = await browser.submitMultipart(page3, page3, [['hasWorries', 'yes'], ['worries', 'つわりが重いです'], ['diagnosisDocument-upload', await photo()], ['_action', 'continue']]);
    assert.equal(retried.status, 303, 'the same file goes through once the pool has room');
    const check = await (await browser.get(`${BASE}/apply/${draft}/check`)).text();
    assert.match(check, /shindan\.jpg/u);
    assert.match(check, /ニノミヤ/u);
  });
});

describe('a sanitiser worker that dies', () => {
  before(() => configureSanitisePool({ threads: 1, queue: 4, memoryMb: 64 }));
  after(() => stopSanitisePool());

  it('is stopped by its memory limit, gives a refusal, and is replaced for the next upload', async () => {
    const error = await runSanitiseTask({ kind: 'exhaust-memory' }).then(
      () => assert.fail('the task should not finish'),
      (failure: unknown) => failure,
    );
    assert.equal((error as NodeJS.ErrnoException).code, 'ERR_WORKER_OUT_OF_MEMORY');
    const refused = refusalForPoolError(error);
    assert.equal(refused.reason, 'check_failed');
    assert.match(refused.message, /処理が止まりました/u);

    const next = await sanitiseUpload({ bytes: new Uint8Array(await (await photo()).arrayBuffer()), filename: 'next.jpg' });
    assert.equal(next.ok, true, 'the next upload is sanitised by a new worker');
  });
});
