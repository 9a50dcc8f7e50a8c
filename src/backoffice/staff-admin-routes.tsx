import { Hono, type Context } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import {
  StaffAdminError,
  assignDepartments,
  changeStaffRole,
  createStaffMember,
  getStaffMember,
  listDepartments,
  listStaffMembers,
  resetSecondFactor,
  setStaffDisabled,
  staffHistory,
  staffLocks,
  unlockStaffAccount,
} from '../platform/identity/staff-admin.ts';
import { normalizeEmail } from '../platform/identity/staff-accounts.ts';
import { isStaffRole } from '../platform/identity/staff-roles.ts';
import { authorize } from '../platform/identity/staff-policy.ts';
import type { Services } from '../platform/services.ts';
import type { FieldError } from '../views/form-fields.tsx';
import { staffPage } from '../views/staff-page.tsx';
import { StaffCreatedPage, StaffFormPage, type StaffFormValues } from './staff-form-page.tsx';
import { StaffDetailPage } from './staff-detail-page.tsx';
import { StaffListPage } from './staff-list-page.tsx';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

function formValues(form: Record<string, string | File | (string | File)[]>): StaffFormValues {
  const list = (value: unknown) => (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String);
  return { displayName: String(form.displayName ?? '').trim(), email: String(form.email ?? '').trim(), role: String(form.role ?? ''), departmentIds: list(form.departmentIds) };
}

function validate(values: StaffFormValues): FieldError[] {
  const errors: FieldError[] = [];
  if (!values.displayName) errors.push({ field: 'displayName', message: '氏名を入力してください' });
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(normalizeEmail(values.email))) errors.push({ field: 'email', message: 'メールアドレスを name@example.jp の形で入力してください' });
  if (!isStaffRole(values.role)) errors.push({ field: 'role', message: '役割を選んでください' });
  return errors;
}

/** Staff account administration: create, disable and re-enable, role, departments, second-factor reset. */
export function staffAdminRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;
  const tenant = <T,>(c: Context<AppEnv>, fn: Parameters<typeof withTenant<T>>[2]) => withTenant(db, c.get('municipality')!.code, fn);

  const form = async (c: Context<AppEnv>, values: StaffFormValues, errors: FieldError[]) => {
    const departments = await tenant(c, (tx) => listDepartments(tx));
    const title = `${errors.length ? 'エラー：' : ''}職員を追加する`;
    return staffPage(c, services, title, <StaffFormPage values={values} errors={errors} departments={departments} base={c.get('base')} csrfToken={services.csrf.tokenFor(c)} />, errors.length ? 400 : 200);
  };

  app.get('/admin/staff', async (c) => {
    const { members, departments } = await tenant(c, async (tx) => ({ members: await listStaffMembers(tx, c.get('staff')!), departments: await listDepartments(tx) }));
    return staffPage(c, services, '職員アカウント', <StaffListPage members={members} departments={departments} base={c.get('base')} />);
  });

  app.get('/admin/staff/new', async (c) => {
    authorize(c.get('staff')!, 'staff.create', { municipalityCode: c.get('municipality')!.code });
    return form(c, { displayName: '', email: '', role: 'staff', departmentIds: [] }, []);
  });

  app.post('/admin/staff/new', async (c) => {
    const values = formValues(await c.req.parseBody({ all: true }));
    const errors = validate(values);
    if (errors.length > 0) return form(c, values, errors);
    try {
      const created = await tenant(c, (tx) => createStaffMember(tx, c.get('staff')!, { ...values, role: values.role as never }));
      return staffPage(
        c,
        services,
        '職員アカウントを作成しました',
        <StaffCreatedPage displayName={created.account.displayName} email={created.account.email} firstPassword={created.firstPassword} staffId={created.account.id} base={c.get('base')} />,
      );
    } catch (error) {
      if (error instanceof StaffAdminError) return form(c, values, [{ field: 'email', message: error.message }]);
      throw error;
    }
  });

  app.get(`/admin/staff/:id{${UUID}}`, async (c) => {
    const actor = c.get('staff')!;
    const id = c.req.param('id');
    const found = await tenant(c, async (tx) => {
      const member = await getStaffMember(tx, actor, id);
      return member && { member, departments: await listDepartments(tx), history: await staffHistory(tx, actor, id), locks: (await staffLocks(tx, actor, id))! };
    });
    if (!found) return c.notFound();
    return staffPage(
      c,
      services,
      `職員アカウント：${found.member.displayName}`,
      <StaffDetailPage {...found} isSelf={id === actor.id} base={c.get('base')} csrfToken={services.csrf.tokenFor(c)} done={c.req.query('done')} />,
    );
  });

  const command = (path: string, done: string, run: (c: Context<AppEnv>, id: string, form: Record<string, unknown>) => Promise<unknown>) =>
    app.post(`/admin/staff/:id{${UUID}}/${path}`, async (c) => {
      const id = c.req.param('id');
      const member = await tenant(c, (tx) => getStaffMember(tx, c.get('staff')!, id));
      if (!member) return c.notFound();
      await run(c, id, await c.req.parseBody({ all: true }));
      return c.redirect(`${c.get('base')}/admin/staff/${id}?done=${done}`, 303);
    });

  command('disable', 'disabled', (c, id) => tenant(c, (tx) => setStaffDisabled(tx, c.get('staff')!, id, true)));
  command('enable', 'enabled', (c, id) => tenant(c, (tx) => setStaffDisabled(tx, c.get('staff')!, id, false)));
  command('unlock', 'unlocked', (c, id) => tenant(c, (tx) => unlockStaffAccount(tx, c.get('staff')!, id)));
  command('reset-second-factor', 'reset', (c, id) => tenant(c, (tx) => resetSecondFactor(tx, c.get('staff')!, id)));
  command('role', 'role', async (c, id, body) => {
    const role = String(body.role ?? '');
    if (isStaffRole(role)) await tenant(c, (tx) => changeStaffRole(tx, c.get('staff')!, id, role));
  });
  command('departments', 'departments', (c, id, body) => {
    const ids = (Array.isArray(body.departmentIds) ? body.departmentIds : body.departmentIds === undefined ? [] : [body.departmentIds]).map(String);
    return tenant(c, (tx) => assignDepartments(tx, c.get('staff')!, id, ids.filter((value) => new RegExp(`^${UUID}$`).test(value))));
  });
  return app;
}
