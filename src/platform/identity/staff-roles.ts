export const STAFF_ROLES = ['admin', 'section_head', 'staff', 'publisher'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  admin: '管理者',
  section_head: '所属長',
  staff: '職員',
  publisher: '公開担当',
};

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}
