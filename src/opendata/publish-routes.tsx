import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { departmentsByCode } from '../platform/identity/departments.ts';
import { requireStaff } from '../platform/identity/staff-session-middleware.ts';
import { authorize } from '../platform/identity/staff-policy.ts';
import type { Services } from '../platform/services.ts';
import { staffPage } from '../views/staff-page.tsx';
import { forgetCatalog } from './catalog-cache.ts';
import { NewDatasetPage } from './new-dataset-page.tsx';
import { readNewDataset, type NewDatasetForm } from './new-dataset-input.ts';
import { PublishListPage, StaffDatasetPage } from './publish-pages.tsx';
import { listDatasetOverviews } from './publishing-queries.ts';
import { columnsOf, datasetChoices, otherDatasetNote } from './dataset-choice.ts';
import { createDataset, findDatasetBySlug, findUpload, listUploads, publishUpload, recordUpload } from './publishing.ts';
import { STANDARD_DATASETS } from './standards/datasets.ts';
import { UploadReportPage } from './upload-report-page.tsx';

/** Upload routes get the whole file even above the usual request limit, so an oversized file gets a report, not a bare error. */
export const OPENDATA_UPLOAD_PATH = /\/opendata\/[a-z0-9_]+\/uploads$/u;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;
const EMPTY_FORM: NewDatasetForm = { standard: '', slug: '', title: '', description: '', keywords: '', category: '', department: '', frequency: '', columns: '' };

const requirePublisher: MiddlewareHandler<AppEnv> = async (c, next) => {
  authorize(c.get('staff')!, 'opendata.publish', { municipalityCode: c.get('municipality')!.code });
  await next();
};

/** オープンデータの公開 for 公開担当 and admins: add datasets, check uploaded files, publish versions. */
export function publishRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;
  const code = (c: Context<AppEnv>) => c.get('municipality')!.code;
  const publicBase = (c: Context<AppEnv>) => `${services.config.PUBLIC_BASE_URL ?? `http://localhost:${services.config.PUBLIC_PORT}`}/m/${code(c)}`;
  for (const path of ['/opendata', '/opendata/*']) app.use(path, requireStaff, requirePublisher);

  app.get('/opendata', async (c) => {
    const list = await withTenant(db, code(c), (tx) => listDatasetOverviews(tx));
    return staffPage(c, services, 'オープンデータの公開', <PublishListPage base={c.get('base')} list={list} />);
  });

  const showNewForm = async (c: Context<AppEnv>, form: NewDatasetForm, errors: { field: string; message: string }[]) => {
    const departments = await withTenant(db, code(c), (tx) => departmentsByCode(tx));
    const list = [...departments.values()].map((d) => ({ code: d.code, name: d.nameJa }));
    const title = errors.length ? 'エラー：データセットを追加する' : 'データセットを追加する';
    return staffPage(c, services, title, <NewDatasetPage base={c.get('base')} csrfToken={services.csrf.tokenFor(c)} form={form} errors={errors} standards={STANDARD_DATASETS} departments={list} />, errors.length ? 400 : 200);
  };

  app.get('/opendata/new', (c) => showNewForm(c, EMPTY_FORM, []));

  app.post('/opendata/new', async (c) => {
    const body = await c.req.parseBody();
    const form = Object.fromEntries(Object.keys(EMPTY_FORM).map((key) => [key, typeof body[key] === 'string' ? (body[key] as string) : ''])) as NewDatasetForm;
    const created = await withTenant(db, code(c), async (tx) => {
      const departments = new Set((await departmentsByCode(tx)).keys());
      const taken = new Set((await listDatasetOverviews(tx)).map((o) => o.dataset.slug));
      const { input, errors } = readNewDataset(form, departments, taken);
      return input ? { dataset: await createDataset(tx, c.get('staff')!, input), errors } : { errors };
    });
    if (!created.dataset) return showNewForm(c, form, created.errors);
    return c.redirect(`${c.get('base')}/opendata/${created.dataset.slug}?created=1`, 303);
  });

  const showDataset = async (c: Context<AppEnv>, slug: string, extra: { notice?: string; uploadError?: string }, status: 200 | 400 = 200) => {
    const found = await withTenant(db, code(c), async (tx) => {
      const dataset = await findDatasetBySlug(tx, slug);
      return dataset ? { dataset, uploads: await listUploads(tx, dataset.id) } : undefined;
    });
    if (!found) return c.notFound();
    const title = `${extra.uploadError ? 'エラー：' : ''}${found.dataset.title}（公開の管理）`;
    return staffPage(c, services, title, <StaffDatasetPage base={c.get('base')} publicBase={publicBase(c)} csrfToken={services.csrf.tokenFor(c)} {...found} {...extra} />, status);
  };

  app.get('/opendata/:slug', (c) => {
    const published = c.req.query('published');
    const notice = published ? `第${Number(published)}版を公開しました。利用者の画面とAPIには1分以内に反映されます。` : c.req.query('created') ? 'データセットを追加しました。ファイルを登録して公開してください。' : undefined;
    return showDataset(c, c.req.param('slug'), { notice });
  });

  app.post('/opendata/:slug/uploads', async (c) => {
    const slug = c.req.param('slug');
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File) || file.size === 0) return showDataset(c, slug, { uploadError: '登録するファイルを選んでください。' }, 400);
    const dataset = await withTenant(db, code(c), (tx) => findDatasetBySlug(tx, slug));
    if (!dataset) return c.notFound();
    // The import pipeline is loaded on the first upload rather than at start-up.
    const { checkTable, readTable } = await import('./import/import-table.ts');
    const read = await readTable(new Uint8Array(await file.arrayBuffer()), file.name);
    const choices = await withTenant(db, code(c), (tx) => datasetChoices(tx));
    const target = choices.find((choice) => choice.dataset?.id === dataset.id)!;
    const note = read.ok ? otherDatasetNote(read.table.header, choices, target) : undefined;
    const result = read.ok ? checkTable(read, columnsOf(dataset), { notes: note ? [note] : [] }) : read.result;
    const upload = await withTenant(db, code(c), (tx) => recordUpload(tx, c.get('staff')!, dataset, { name: file.name.slice(0, 200), size: file.size }, result));
    return c.redirect(`${c.get('base')}/opendata/${slug}/uploads/${upload.id}`, 303);
  });

  const loadUpload = (c: Context<AppEnv>) => {
    const { slug, id } = c.req.param() as { slug: string; id: string };
    if (!UUID.test(id)) return Promise.resolve(undefined);
    return withTenant(db, code(c), async (tx) => {
      const dataset = await findDatasetBySlug(tx, slug);
      const upload = dataset ? await findUpload(tx, dataset.id, id) : undefined;
      return dataset && upload ? { dataset, upload } : undefined;
    });
  };

  app.get('/opendata/:slug/uploads/:id', async (c) => {
    const found = await loadUpload(c);
    if (!found) return c.notFound();
    const nextVersion = (found.dataset.publishedVersion ?? 0) + 1;
    return staffPage(c, services, `ファイルの確認結果：${found.upload.fileName}`, <UploadReportPage base={c.get('base')} csrfToken={services.csrf.tokenFor(c)} nextVersion={nextVersion} {...found} />);
  });

  app.get('/opendata/:slug/uploads/:id/report.csv', async (c) => {
    const found = await loadUpload(c);
    if (!found) return c.notFound();
    const { reportToCsv } = await import('./import/report-csv.ts');
    c.header('Content-Type', 'text/csv; charset=UTF-8');
    c.header('Content-Disposition', `attachment; filename="report-${found.dataset.slug}.csv"`);
    return c.body(reportToCsv({ ...found.upload.result, table: undefined }, found.upload.fileName));
  });

  app.post('/opendata/:slug/uploads/:id/publish', async (c) => {
    const found = await loadUpload(c);
    if (!found) return c.notFound();
    const note = String((await c.req.parseBody()).note ?? '').trim().slice(0, 200);
    if (!found.upload.result.publishable) return c.redirect(`${c.get('base')}/opendata/${found.dataset.slug}/uploads/${found.upload.id}`, 303);
    const version = await withTenant(db, code(c), (tx) => publishUpload(tx, c.get('staff')!, found.dataset, found.upload, note));
    forgetCatalog(db, code(c));
    services.pageCache.clear();
    return c.redirect(`${c.get('base')}/opendata/${found.dataset.slug}?published=${version}`, 303);
  });
  return app;
}
