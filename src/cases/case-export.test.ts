import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formDefinitionSchema, type FormDefinition } from '../forms/form-definition.ts';
import { buildCaseExport, caseExportCsv, FIXED_COLUMNS, isoTokyo } from './case-export.ts';
import type { ApplicationAttachmentRow, ApplicationRow } from './schema.ts';

const definition: FormDefinition = formDefinitionSchema.parse({
  id: 'jido-teate',
  title: '児童手当',
  category: 'kosodate',
  summary: 's',
  audience: 'a',
  bring: [],
  fee: null,
  processingDays: 5,
  channels: { online: true, post: false, counter: true },
  department: 'kosodate',
  assurance: 'low',
  retentionYears: 5,
  declaration: 'd',
  pages: [
    { id: 'seikyusha', title: '請求者', fields: [{ name: 'name', type: 'name', label: '氏名' }, { name: 'reasons', type: 'multiChoice', label: '理由', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] }] },
    { id: 'children', title: '児童', repeat: { name: 'children', itemLabel: '児童' }, fields: [{ name: 'birthDate', type: 'date', label: '生年月日' }, { name: 'proof', type: 'file', label: '書類', required: false }] },
  ],
});

function application(overrides: Partial<ApplicationRow>): ApplicationRow {
  return {
    id: 'a1', municipalityCode: '143421', receiptNumber: '2604-0000-001', idempotencyKey: 'k', procedureId: 'p', procedureSlug: 'jido-teate', procedureTitle: '児童手当', procedurePlainTitle: null, version: 1,
    departmentCode: 'kosodate', residentId: null, contactEmail: null, channel: 'online', counterStaffId: null, identityCheck: null, answers: {}, searchText: null, language: 'ja', confirmedWarnings: [], applicantAssurance: null, status: 'completed', assignedTo: null,
    submittedAt: new Date('2026-04-01T00:30:00Z'), dueDate: '2026-04-08', decidedAt: new Date('2026-04-03T06:00:00Z'), retentionYears: 5, personalDataDeletedAt: null, updatedAt: new Date(),
    ...overrides,
  };
}

describe('case export layout', () => {
  const attachment = { id: 'f', applicationId: 'a1', storageKey: 'drafts/x/file-1', filename: '保険証.pdf' } as ApplicationAttachmentRow;
  const data = buildCaseExport({
    slug: 'jido-teate',
    definitions: new Map([[1, definition]]),
    applications: [
      application({ answers: { name: { family: '二宮', given: '一郎' }, reasons: ['a', 'b'], children: [{ birthDate: '2020-01-02' }, { birthDate: '2022-03-04', proof: ['file-1'] }] } }),
      application({ id: 'a2', receiptNumber: '2604-0000-002', personalDataDeletedAt: new Date(), answers: { name: { family: '秘密', given: '' } } }),
    ],
    attachments: [attachment],
    now: new Date('2026-04-10T03:00:00Z'),
  });

  it('puts fixed columns first, then field paths in form order, repeats up to the most items seen', () => {
    assert.deepEqual(data.columns.map((c) => c.key), [...FIXED_COLUMNS, 'name.family', 'name.given', 'reasons', 'children[1].birthDate', 'children[1].proof', 'children[2].birthDate', 'children[2].proof']);
    assert.equal(data.columns.find((c) => c.key === 'children[2].birthDate')!.label, '児童／児童（2）生年月日');
  });

  it('normalises values: Japan-time ISO timestamps, lists joined with ;, files by name, nothing after deletion', () => {
    const [first, deleted] = data.rows;
    assert.equal(first!['受付日時'], '2026-04-01T09:30:00+09:00');
    assert.equal(first!['完了日時'], '2026-04-03T15:00:00+09:00');
    assert.equal(first!.reasons, 'a;b');
    assert.equal(first!['children[2].proof'], '保険証.pdf');
    assert.equal(first!['children[2].birthDate'], '2022-03-04');
    assert.equal(deleted!['name.family'], null);
    assert.equal(deleted!['受付番号'], '2604-0000-002');
    assert.equal(data.exportedAt, isoTokyo(new Date('2026-04-10T03:00:00Z')));
  });

  it('writes CSV with a BOM, CRLF and empty cells for missing values', () => {
    const csv = caseExportCsv(data);
    assert.ok(csv.startsWith('\uFEFF受付番号,手続きID,'));
    const lines = csv.split('\r\n');
    assert.equal(lines.length, 4);
    assert.equal(lines[3], '');
    assert.ok(lines[2]!.endsWith(',,,,,,,'));
  });
});
