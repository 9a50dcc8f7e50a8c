import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { residents } from '../platform/identity/schema.ts';
import type { LoadedDraft } from './apply-context.ts';
import { PREFILLED_KEY, prefillFromCard } from './apply-flow.ts';
import { savePage } from './draft-flow.tsx';
import { findDraft, startDraft } from './drafts.ts';
import type { Answers } from '../forms/answers.ts';
import { findPublishedProcedure } from './service.ts';

const TOWN = '143421';

describe('saving a page whose name and birth date are locked to the My Number card', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('reads the locked values as the card gave them (they have no inputs), whatever was posted', async () => {
    const { db, files } = t.services;
    const { loaded, residentId } = await withTenant(db, TOWN, async (tx) => {
      const published = (await findPublishedProcedure(tx, 'jido-teate-nintei-seikyu'))!;
      const [resident] = await tx.insert(residents).values({ municipalityCode: TOWN, email: 'locked@example.jp' }).returning();
      const prefill = prefillFromCard(published.definition, { name: '二宮 花子', birthdate: '1986-04-12', address: '神奈川県中郡二宮町二宮1240番地の3', gender: 'female' });
      const draft = await startDraft(tx, { municipalityCode: TOWN, procedureId: published.procedure.id, version: published.version, owner: { residentId: resident!.id }, answers: { ...prefill.answers, [PREFILLED_KEY]: prefill.prefilled } });
      const loaded: LoadedDraft = { draft, definition: published.definition, procedure: published.procedure, answers: draft.answers as Answers, files: {} };
      return { loaded, residentId: resident!.id };
    });
    const form = new FormData();
    const posted: [string, string][] = [
      ['name-family', '別人'],
      ['name-given', '太郎'],
      ['kana-family', 'ニノミヤ'],
      ['kana-given', 'ハナコ'],
      ['postalCode', '259-0123'],
      ['address', '神奈川県中郡二宮町二宮1240番地の3'],
      ['phone', '0463-71-1234'],
      ['_action', 'continue'],
    ];
    for (const [name, value] of posted) form.append(name, value);
    const saved = await savePage(db, files, TOWN, loaded, 'seikyusha', form, false, `/m/${TOWN}/apply/${loaded.draft.id}`);
    assert.deepEqual(saved, { kind: 'next', href: `/m/${TOWN}/apply/${loaded.draft.id}/shigoto` }, 'no 「氏名を入力してください」 for a value shown as text');
    const stored = await withTenant(db, TOWN, (tx) => findDraft(tx, loaded.draft.id, { residentId }));
    const answers = stored!.answers as Answers;
    assert.deepEqual(answers.name, { family: '二宮', given: '花子' }, 'a posted name does not replace the card’s');
    assert.equal(answers.birthDate, '1986-04-12');
    assert.deepEqual(answers.kana, { family: 'ニノミヤ', given: 'ハナコ' });
  });
});
