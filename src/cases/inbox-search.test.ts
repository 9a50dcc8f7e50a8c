import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { signInStaff } from '../../test/staff-browser.ts';
import type { TestBrowser } from '../../test/http-client.ts';
import { ninshinTodokede } from '../../seeds/procedures/ninshin-todokede.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { formDefinitionSchema } from '../forms/form-definition.ts';
import { caseSearchText } from '../forms/search-text.ts';
import { saveProcedureVersion } from '../procedures/service.ts';
import { purgeExpiredPersonalData } from './retention.ts';
import { applications, type ApplicationRow } from './schema.ts';
import { submitApplication } from './submit-application.ts';

const PASSWORD = 'ninomiya-demo-2026';
const TOWN = '/m/143421';
const definition = formDefinitionSchema.parse(ninshinTodokede);

describe('finding a case in the inbox by number, name, フリガナ, phone or address', () => {
  let t: TestApp;
  let staff: TestBrowser;
  let procedure: { id: string; version: number };

  before(async () => {
    t = await createTestApp();
    staff = (await signInStaff(t, 'staff@ninomiya.example.jp', PASSWORD)).browser;
    const saved = await withTenant(t.services.db, '143421', (tx) => saveProcedureVersion(tx, '143421', definition, null));
    procedure = { id: saved.procedureId, version: saved.version };
  });
  after(() => t.close());

  async function createCase(person: { family: string; given: string; kanaFamily: string; kanaGiven: string; phone: string; address: string }, departmentCode = 'kosodate'): Promise<ApplicationRow> {
    const answers = {
      name: { family: person.family, given: person.given },
      kana: { family: person.kanaFamily, given: person.kanaGiven },
      birthDate: '1995-05-05',
      postalCode: '2590123',
      address: person.address,
      phone: person.phone,
      dueDate: '2026-10-01',
      diagnosisDate: '2026-03-01',
      clinic: '二宮レディースクリニック',
      babies: '1',
      firstPregnancy: 'yes',
      hasWorries: 'no',
    };
    const { application } = await withTenant(t.services.db, '143421', (tx) =>
      submitApplication(tx, {
        municipalityCode: '143421',
        municipalityName: '二宮町',
        idempotencyKey: randomUUID(),
        procedure: { id: procedure.id, slug: 'ninshin-todokede', title: '妊娠の届出', plainTitle: definition.plainTitle, departmentCode, processingDays: 3, retentionYears: 5 },
        version: procedure.version,
        answers,
        searchText: caseSearchText(definition, answers),
        files: [],
        channel: 'online',
        contactEmail: 'resident@example.jp',
      }),
    );
    return application;
  }

  const find = async (browser: TestBrowser, q: string) => (await browser.get(`${TOWN}/cases?q=${encodeURIComponent(q)}`)).text();
  const listed = (html: string, a: ApplicationRow) => html.includes(`${TOWN}/cases/${a.id}"`);

  it('offers one search box on the inbox', async () => {
    const html = await (await staff.get(`${TOWN}/cases`)).text();
    assert.match(html, /<label for="inbox-q">受付番号・氏名・フリガナ・電話番号・住所で探す<\/label>/u);
  });

  it('finds by 受付番号 with or without hyphens, and by each personal detail in any width or kana', async () => {
    const wanted = await createCase({ family: '真鶴', given: '花子', kanaFamily: 'マナヅル', kanaGiven: 'ハナコ', phone: '0463-12-3456', address: '神奈川県中郡二宮町山西100-2' });
    const other = await createCase({ family: '箱根', given: '一郎', kanaFamily: 'ハコネ', kanaGiven: 'イチロウ', phone: '0465-99-8888', address: '神奈川県中郡二宮町中里5' });
    const digits = wanted.receiptNumber.replaceAll('-', '');
    for (const q of [wanted.receiptNumber, digits, ` ${digits.slice(0, 4)} ${digits.slice(4)} `, '真鶴', '真鶴 花子', 'まなづる', 'ﾏﾅﾂﾞﾙ ﾊﾅｺ', 'マナヅル', '0463123456', '0463-12-3456', '０４６３－１２－３４５６', '山西100-2', '山西１００ー２']) {
      const html = await find(staff, q);
      assert.ok(listed(html, wanted), `${q} finds the case`);
      assert.ok(!listed(html, other), `${q} finds only the case`);
      assert.match(html, /で探した結果、1件/u, q);
    }
    assert.match(await find(staff, '熱海'), /「熱海」に当てはまる申請はありません/u);
  });

  it('finds a case whatever its state, unless a state is chosen', async () => {
    const done = await createCase({ family: '大井', given: '茜', kanaFamily: 'オオイ', kanaGiven: 'アカネ', phone: '090-1111-2222', address: '神奈川県中郡二宮町緑が丘1' });
    await t.services.db.update(applications).set({ status: 'completed', decidedAt: new Date() }).where(eq(applications.id, done.id));
    assert.ok(listed(await find(staff, 'おおい'), done));
    assert.ok(!listed(await (await staff.get(`${TOWN}/cases?q=${encodeURIComponent('おおい')}&status=open`)).text(), done));
  });

  it('finds nothing in a department the staff member may not see', async () => {
    const kaigoCase = await createCase({ family: '松田', given: '健', kanaFamily: 'マツダ', kanaGiven: 'ケン', phone: '0465-22-3333', address: '神奈川県中郡二宮町百合が丘2' }, 'kaigo');
    assert.ok(!listed(await find(staff, '松田'), kaigoCase), 'a 子育て・健康課 member does not find a 高齢介護課 case');
    assert.ok(!listed(await find(staff, kaigoCase.receiptNumber), kaigoCase));
    const kaigoStaff = (await signInStaff(t, 'koreikaigo@ninomiya.example.jp', PASSWORD)).browser;
    assert.ok(listed(await find(kaigoStaff, '松田'), kaigoCase), 'its own department does');
  });

  it('finds a purged case no more by the personal data that was deleted', async () => {
    const old = await createCase({ family: '寒川', given: '梅', kanaFamily: 'サムカワ', kanaGiven: 'ウメ', phone: '0467-44-5555', address: '神奈川県中郡二宮町富士見が丘3' });
    assert.ok(listed(await find(staff, '寒川'), old));
    await t.services.db.update(applications).set({ status: 'completed', decidedAt: new Date('2015-04-01T00:00:00Z') }).where(eq(applications.id, old.id));
    await withTenant(t.services.db, '143421', (tx) => purgeExpiredPersonalData(tx, '143421'));
    const [row] = await t.services.db.select().from(applications).where(eq(applications.id, old.id));
    assert.equal(row!.searchText, null);
    for (const q of ['寒川', 'さむかわ', '0467445555', '富士見が丘']) assert.ok(!listed(await find(staff, q), old), q);
    assert.ok(listed(await find(staff, old.receiptNumber), old), 'its 受付番号, which is no personal data, still finds it');
  });
});
