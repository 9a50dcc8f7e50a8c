import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { STAFF_POLICIES, can, type StaffAction, type StaffActor } from './staff-policy.ts';
import type { StaffRole } from './staff-roles.ts';

const NINOMIYA = '143421';
const actor = (role: StaffRole, departmentIds: string[] = ['kosodate']): StaffActor => ({ id: `${role}-1`, municipalityCode: NINOMIYA, role, departmentIds });
const own = { municipalityCode: NINOMIYA };
const colleague = { municipalityCode: NINOMIYA, staffId: 'someone-else' };
const kosodateCase = { municipalityCode: NINOMIYA, departmentId: 'kosodate' };
const kaigoCase = { municipalityCode: NINOMIYA, departmentId: 'kaigo' };

/** The expected answer for every role, written out as a table a reviewer can check. */
const EXPECTED: [StaffAction, object, Record<StaffRole, boolean>][] = [
  ['staff.list', own, { admin: true, section_head: false, staff: false, publisher: false }],
  ['staff.create', own, { admin: true, section_head: false, staff: false, publisher: false }],
  ['staff.disable', colleague, { admin: true, section_head: false, staff: false, publisher: false }],
  ['staff.reset_second_factor', colleague, { admin: true, section_head: false, staff: false, publisher: false }],
  ['staff.unlock', colleague, { admin: true, section_head: false, staff: false, publisher: false }],
  ['staff.change_role', colleague, { admin: true, section_head: false, staff: false, publisher: false }],
  ['jobs.retry', own, { admin: true, section_head: false, staff: false, publisher: false }],
  ['audit.view', own, { admin: true, section_head: false, staff: false, publisher: false }],
  ['outbox.view', own, { admin: true, section_head: true, staff: true, publisher: true }],
  ['case.view', kosodateCase, { admin: true, section_head: true, staff: true, publisher: false }],
  ['case.view', kaigoCase, { admin: true, section_head: false, staff: false, publisher: false }],
  ['case.handle', kosodateCase, { admin: false, section_head: true, staff: true, publisher: false }],
  ['case.handle', kaigoCase, { admin: false, section_head: false, staff: false, publisher: false }],
  ['case.decide', kosodateCase, { admin: false, section_head: true, staff: false, publisher: false }],
  ['case.counter_intake', kaigoCase, { admin: true, section_head: true, staff: true, publisher: false }],
  ['case.figures', own, { admin: true, section_head: true, staff: true, publisher: true }],
  ['case.export', kosodateCase, { admin: true, section_head: true, staff: false, publisher: false }],
  ['case.export', kaigoCase, { admin: true, section_head: false, staff: false, publisher: false }],
  ['procedure.edit', own, { admin: true, section_head: false, staff: false, publisher: false }],
  ['document.approve', kosodateCase, { admin: false, section_head: true, staff: false, publisher: false }],
  ['opendata.publish', own, { admin: true, section_head: false, staff: false, publisher: true }],
];

describe('staff policies', () => {
  it('answers every role as the table says', () => {
    for (const [action, resource, answers] of EXPECTED) {
      for (const [role, expected] of Object.entries(answers) as [StaffRole, boolean][]) {
        assert.equal(can(actor(role), action, resource as never), expected, `${role} ${action} ${JSON.stringify(resource)}`);
      }
    }
  });

  it('covers every declared action in the table', () => {
    const tested = new Set(EXPECTED.map(([action]) => action));
    const untested = Object.keys(STAFF_POLICIES).filter((action) => !tested.has(action as StaffAction) && !['staff.enable', 'staff.view_sign_ins', 'jobs.view'].includes(action));
    assert.deepEqual(untested, []);
  });

  it('refuses everything on another municipality’s resources, even to an admin', () => {
    for (const action of Object.keys(STAFF_POLICIES) as StaffAction[]) {
      assert.equal(can(actor('admin'), action, { municipalityCode: '143413', departmentId: 'kosodate' }), false, action);
    }
  });

  it('does not let an admin disable, demote or reset themselves', () => {
    const admin = actor('admin');
    for (const action of ['staff.disable', 'staff.change_role', 'staff.reset_second_factor', 'staff.unlock'] as const) {
      assert.equal(can(admin, action, { municipalityCode: NINOMIYA, staffId: admin.id }), false, action);
    }
  });

  it('lets staff see their own sign-in history but not a colleague’s', () => {
    const staff = actor('staff');
    assert.equal(can(staff, 'staff.view_sign_ins', { municipalityCode: NINOMIYA, staffId: staff.id }), true);
    assert.equal(can(staff, 'staff.view_sign_ins', colleague), false);
  });
});
