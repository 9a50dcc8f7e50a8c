import type { StaffRole } from './staff-roles.ts';

/** Who is acting: a signed-in staff member of one municipality. */
export interface StaffActor {
  id: string;
  municipalityCode: string;
  role: StaffRole;
  departmentIds: readonly string[];
}

/** What is acted on: always owned by a municipality, sometimes by a department or a person. */
export interface PolicyResource {
  municipalityCode: string;
  departmentId?: string | null;
  staffId?: string | null;
}

type Rule = (actor: StaffActor, resource: PolicyResource) => boolean;

const isAdmin: Rule = (actor) => actor.role === 'admin';
const anyStaff: Rule = () => true;
const inDepartment: Rule = (actor, resource) => !!resource.departmentId && actor.departmentIds.includes(resource.departmentId);
const notSelf: Rule = (actor, resource) => resource.staffId !== actor.id;
const all =
  (...rules: Rule[]): Rule =>
  (actor, resource) =>
    rules.every((rule) => rule(actor, resource));
const any =
  (...rules: Rule[]): Rule =>
  (actor, resource) =>
    rules.some((rule) => rule(actor, resource));
const role =
  (...roles: StaffRole[]): Rule =>
  (actor) =>
    roles.includes(actor.role);

/**
 * Every action staff can take, and who may take it. Domain commands call can() themselves, so a
 * route that forgets a check still cannot act beyond the policy. Another municipality's resource
 * is refused before any rule is read.
 */
export const STAFF_POLICIES = {
  'staff.list': isAdmin,
  'staff.create': isAdmin,
  'staff.disable': all(isAdmin, notSelf),
  'staff.enable': isAdmin,
  'staff.change_role': all(isAdmin, notSelf),
  'staff.reset_second_factor': all(isAdmin, notSelf),
  'staff.unlock': all(isAdmin, notSelf),
  'staff.view_sign_ins': any(isAdmin, (actor, resource) => resource.staffId === actor.id),
  'jobs.view': isAdmin,
  'jobs.retry': isAdmin,
  'audit.view': isAdmin,
  'outbox.view': anyStaff,
  'case.view': any(isAdmin, all(role('staff', 'section_head'), inDepartment)),
  'case.handle': all(role('staff', 'section_head'), inDepartment),
  'case.counter_intake': role('admin', 'staff', 'section_head'),
  'case.figures': anyStaff,
  'case.decide': all(role('section_head'), inDepartment),
  'case.export': any(isAdmin, all(role('section_head'), inDepartment)),
  'procedure.edit': isAdmin,
  'document.approve': all(role('section_head'), inDepartment),
  'opendata.publish': role('admin', 'publisher'),
} satisfies Record<string, Rule>;

export type StaffAction = keyof typeof STAFF_POLICIES;

export function can(actor: StaffActor, action: StaffAction, resource: PolicyResource): boolean {
  if (actor.municipalityCode !== resource.municipalityCode) return false;
  return STAFF_POLICIES[action](actor, resource);
}

export class ForbiddenError extends Error {
  constructor(readonly action: StaffAction) {
    super(`not allowed: ${action}`);
  }
}

/** For commands: throws ForbiddenError, which the HTTP layer turns into a 403 page. */
export function authorize(actor: StaffActor, action: StaffAction, resource: PolicyResource): void {
  if (!can(actor, action, resource)) throw new ForbiddenError(action);
}
