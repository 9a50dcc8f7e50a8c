import { Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { auditEvents } from '../platform/audit/schema.ts';
import { verifyAuditTrail } from '../platform/audit/verify-audit-trail.ts';
import { recordAudit } from '../platform/audit/record-audit.ts';
import { jobCounts, listDeadJobs, retryDeadJob } from '../platform/jobs/dead-jobs.ts';
import { listOutbox } from '../platform/mail/dev-outbox.ts';
import { requireStaff } from '../platform/identity/staff-session-middleware.ts';
import type { Services } from '../platform/services.ts';
import { staffPage } from '../views/staff-page.tsx';
import { authorize, can } from '../platform/identity/staff-policy.ts';
import { staffAdminRoutes } from './staff-admin-routes.tsx';
import { AuditPage } from './audit-page.tsx';
import { DashboardPage } from './dashboard-page.tsx';
import { publishingCounts } from '../opendata/publishing-queries.ts';
import { JobsPage } from './jobs-page.tsx';
import { OutboxPage } from './outbox-page.tsx';
import { inboxCounts, inboxScope } from '../cases/case-queries.ts';
import { tokyoDate } from '../platform/calendar/business-days.ts';
import { latestAuditEvents } from './audit-events.ts';

/** Page-level gate for the admin pages; the commands behind them check the policy again. */
const requireAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  authorize(c.get('staff')!, 'jobs.view', { municipalityCode: c.get('municipality')!.code });
  await next();
};

/** Back-office pages for signed-in staff of one municipality. */
export function backofficeRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;
  const code = (c: { get(key: 'municipality'): AppEnv['Variables']['municipality'] }) => c.get('municipality')!.code;
  app.use(requireStaff);

  app.get('/', async (c) => {
    const staff = c.get('staff')!;
    const figures = await withTenant(db, code(c), async (tx) => ({
      cases: staff.role === 'publisher' ? null : await inboxCounts(tx, await inboxScope(tx, staff, tokyoDate(new Date()))),
      outboxCount: services.mailTransport.sandbox === true ? (await listOutbox(tx, 1000)).length : null,
      deadJobs: staff.role === 'admin' ? ((await jobCounts(tx)).dead ?? 0) : null,
      opendata: can(staff, 'opendata.publish', { municipalityCode: code(c) }) ? await publishingCounts(tx) : null,
    }));
    return staffPage(c, services, 'ダッシュボード', <DashboardPage staff={staff} municipalityName={c.get('municipality')!.nameJa} base={c.get('base')} figures={figures} csrfToken={services.csrf.tokenFor(c)} />);
  });

  app.get('/dev/outbox', async (c) => {
    if (!services.mailTransport.sandbox === true) return c.notFound();
    const messages = await withTenant(db, code(c), (tx) => listOutbox(tx, 50));
    return staffPage(c, services, '開発用送信箱', <OutboxPage messages={messages} />);
  });

  app.route('/', staffAdminRoutes(services));
  app.use('/admin/*', requireAdmin);
  app.get('/admin/jobs', async (c) => {
    const { counts, dead } = await withTenant(db, code(c), async (tx) => ({ counts: await jobCounts(tx), dead: await listDeadJobs(tx, 100) }));
    return staffPage(
      c,
      services,
      'バックグラウンド処理',
      <JobsPage counts={counts} dead={dead} base={c.get('base')} csrfToken={services.csrf.tokenFor(c)} retried={c.req.query('retried') === '1'} />,
    );
  });

  app.post('/admin/jobs/:id{[0-9]+}/retry', async (c) => {
    const staff = c.get('staff')!;
    const found = await withTenant(db, code(c), async (tx) => {
      const jobId = Number(c.req.param('id'));
      if (!(await retryDeadJob(tx, jobId))) return false;
      await recordAudit(tx, { municipalityCode: code(c), actorType: 'staff', actorId: staff.id, action: 'job.retried', target: `job:${jobId}` });
      return true;
    });
    if (!found) return c.notFound();
    return c.redirect(`${c.get('base')}/admin/jobs?retried=1`, 303);
  });

  app.get('/admin/audit', async (c) => {
    const { events, staffNames, targetNames } = await withTenant(db, code(c), latestAuditEvents);
    const [verification] = await verifyAuditTrail({ db, store: services.audit.checkpoints, key: services.audit.key }, [code(c)]);
    return staffPage(c, services, '監査ログ', <AuditPage events={events} verification={verification} staffNames={staffNames} targetNames={targetNames} />);
  });
  return app;
}
