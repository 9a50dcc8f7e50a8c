import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { tokyoDate } from '../platform/calendar/business-days.ts';
import { requireStaff } from '../platform/identity/staff-session-middleware.ts';
import { authorize } from '../platform/identity/staff-policy.ts';
import type { Services } from '../platform/services.ts';
import type { FieldError } from '../views/form-fields.tsx';
import { staffPage } from '../views/staff-page.tsx';
import { FiguresPage } from './figures-page.tsx';
import { fiscalYearOf, planFigures } from './plan-figures.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

function isRealDate(text: string): boolean {
  return ISO_DATE.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

/** The period asked for, or this fiscal year; a wrong date is reported and the fiscal year shown instead. */
function parsePeriod(query: Record<string, string>, today: string): { from: string; to: string; errors: FieldError[]; input: { from: string; to: string } } {
  const fiscal = fiscalYearOf(today);
  const input = { from: query.from ?? fiscal.from, to: query.to ?? fiscal.to };
  const errors: FieldError[] = [];
  if (!isRealDate(input.from)) errors.push({ field: 'from', message: '開始日を正しい日付で入力してください（例：2026-04-01）' });
  if (!isRealDate(input.to)) errors.push({ field: 'to', message: '終了日を正しい日付で入力してください（例：2027-04-01）' });
  if (errors.length === 0 && input.from >= input.to) errors.push({ field: 'to', message: '終了日は開始日より後の日付にしてください' });
  return errors.length ? { ...fiscal, errors, input } : { ...input, errors, input };
}

const requireFigures: MiddlewareHandler<AppEnv> = async (c, next) => {
  authorize(c.get('staff')!, 'case.figures', { municipalityCode: c.get('municipality')!.code });
  await next();
};

/** /cases/figures: the plan's figures as a page and as JSON for later reporting. */
export function figuresRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const code = (c: Context<AppEnv>) => c.get('municipality')!.code;
  for (const path of ['/cases/figures', '/cases/figures.json']) app.use(path, requireStaff, requireFigures);

  app.get('/cases/figures', async (c) => {
    const period = parsePeriod(c.req.query(), tokyoDate(new Date()));
    const figures = await withTenant(services.db, code(c), (tx) => planFigures(tx, period.from, period.to));
    const title = '申請の件数と処理日数';
    return staffPage(c, services, period.errors.length ? `エラー：${title}` : title, <FiguresPage base={c.get('base')} figures={figures} errors={period.errors} input={period.input} />, period.errors.length ? 400 : 200);
  });

  app.get('/cases/figures.json', async (c) => {
    const period = parsePeriod(c.req.query(), tokyoDate(new Date()));
    if (period.errors.length) return c.json({ error: period.errors }, 400);
    const figures = await withTenant(services.db, code(c), (tx) => planFigures(tx, period.from, period.to));
    c.header('Cache-Control', 'no-store');
    return c.json({ municipalityCode: code(c), ...figures });
  });

  return app;
}
