import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getPath } from 'hono/utils/url';
import { sql } from 'drizzle-orm';
import type { Services } from './platform/services.ts';
import type { AppEnv, Zone } from './platform/http/app-env.ts';
import { observeRequests } from './platform/http/request-observer.ts';
import { SQL_TRACE_HEADER, sqlTraceFile, traceRequest } from './platform/db/sql-trace.ts';
import { staticAssetRoutes } from './views/static-assets.ts';
import { tenantMiddleware } from './platform/http/tenant-middleware.ts';
import { stripTenantPrefix } from './platform/tenancy/resolve-tenant.ts';
import { renderPage } from './platform/http/render.ts';
import { ProblemPage } from './views/problem-page.tsx';
import { ForbiddenError } from './platform/identity/staff-policy.ts';
import { CsrfRefusedError } from './platform/http/csrf.ts';

/** One attachment (10 MB after the sanitiser's limit) with the rest of its page fits easily. */
const MAX_REQUEST_BYTES = 25 * 1024 * 1024;
/** Routes that check a whole file themselves (open data tables) get the file even when it is too big, so they can say so in their own report. */
const LARGE_UPLOAD_BYTES = 64 * 1024 * 1024;

function forbidden(c: Context<AppEnv>) {
  const m = c.get('municipality');
  return renderPage(
    c,
    <ProblemPage
      title="この操作を行う権限がありません"
      siteName={m?.nameJa}
      paragraphs={['この画面や操作は、権限のある職員だけが利用できます。必要な場合は、所属長または管理者に依頼してください。']}
      links={[{ href: `${c.get('base') ?? ''}/`, label: 'ダッシュボードに戻る' }]}
    />,
    403,
  );
}

function csrfRefused(c: Context<AppEnv>, backHref: string) {
  c.header('Cache-Control', 'no-store');
  return renderPage(
    c,
    <ProblemPage
      title="送信を受け付けられませんでした"
      siteName={c.get('municipality')?.nameJa}
      paragraphs={[
        '画面を開いてから時間がたったか、別のサイトから送信されたため、安全のため受け付けませんでした。',
        'お手数ですが、前の画面に戻り、画面を読み込み直してからもう一度送信してください。',
      ]}
      links={[{ href: backHref, label: '前の画面に戻る' }]}
    />,
    403,
  );
}

/**
 * One zone's application with the middleware every page shares. The router sees paths without
 * the `/m/{code}` prefix, so each route is written once and serves both ways of naming a tenant.
 */
export function createZoneApp(zone: Zone, services: Services, options: { pageCache?: MiddlewareHandler<AppEnv>; largeUploads?: RegExp } = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>({ getPath: (request) => stripTenantPrefix(getPath(request)) });
  app.use(observeRequests(zone, services.logger, services.metrics));
  if (sqlTraceFile()) app.use((c, next) => (c.req.header(SQL_TRACE_HEADER) ? traceRequest(`${c.req.method} ${new URL(c.req.url).pathname}`, next) : next()));
  if (options.pageCache) app.use(options.pageCache);
  app.get('/healthz', (c) => c.json({ status: 'ok', zone }));
  app.get('/readyz', async (c) => {
    try {
      await services.db.execute(sql`select 1`);
      return c.json({ status: 'ready', zone });
    } catch {
      return c.json({ status: 'unavailable', zone }, 503);
    }
  });
  app.route('/', staticAssetRoutes(services.directory));
  app.use(tenantMiddleware(services.directory));
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (c) =>
        renderPage(c, <ProblemPage title="送信されたデータが大きすぎます" siteName={c.get('municipality')?.nameJa} paragraphs={[`一度に送れるのは${maxSize / 1024 / 1024}MBまでです。添付ファイルは1件ずつ、10MB以下にしてお送りください。`, 'これまでのページで保存した内容は失われていません。ブラウザの「戻る」で前の画面に戻ってください。']} links={[{ href: `${c.get('base') ?? ''}/`, label: 'トップページへ' }]} />, 413),
    });
  const usual = limit(MAX_REQUEST_BYTES);
  const large = limit(LARGE_UPLOAD_BYTES);
  app.use((c, next) => (options.largeUploads?.test(c.req.path) ? large(c, next) : usual(c, next)));
  app.use(services.csrf.protect);
  app.notFound((c) => {
    const m = c.get('municipality');
    const base = c.get('base') ?? '';
    return renderPage(
      c,
      <ProblemPage
        title="ページが見つかりません"
        siteName={m?.nameJa}
        themeHref={m ? `/theme/${m.code}.css` : undefined}
        paragraphs={[
          'お探しのページは見つかりませんでした。アドレス（URL）に誤りがないか、ご確認ください。',
          'ページが移動または削除された可能性があります。',
        ]}
        links={[{ href: `${base}/`, label: 'ホームに戻る' }, ...(m ? [{ href: `tel:${m.phone}`, label: `電話でのお問い合わせ（${m.phone}）` }] : [])]}
      />,
      404,
    );
  });
  app.onError((error, c) => {
    if (error instanceof ForbiddenError) return forbidden(c);
    if (error instanceof CsrfRefusedError) return csrfRefused(c, error.backHref);
    services.logger.error({ requestId: c.get('requestId'), err: error, path: c.req.path }, 'unhandled error');
    const m = c.get('municipality');
    return renderPage(
      c,
      <ProblemPage
        title="ただいまご利用いただけません"
        siteName={m?.nameJa}
        paragraphs={[
          '申し訳ありません。システムに問題が発生し、ページを表示できませんでした。',
          '入力中の内容が保存されていない場合があります。時間をおいてから、もう一度お試しください。',
          `お問い合わせの際は、次の番号をお伝えください：${c.get('requestId') ?? '-'}`,
        ]}
        links={[{ href: `${c.get('base') ?? ''}/`, label: 'ホームに戻る' }, ...(m ? [{ href: `tel:${m.phone}`, label: `電話でのお問い合わせ（${m.phone}）` }] : [])]}
      />,
      500,
    );
  });
  return app;
}
