import { Hono, type Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../platform/http/app-env.ts';
import { requireResident } from '../identity/require-resident.ts';
import { clearResidentCookie } from '../platform/identity/resident-session-cookie.ts';
import type { Services } from '../platform/services.ts';
import { publicPage } from '../views/public-page.tsx';
import { DeleteConfirmPage, DeletedPage } from './delete-pages.tsx';
import { MyPage } from './mypage-page.tsx';
import { parseProfileForm, profileToForm, type Profile } from './profile.ts';
import { ProfilePage } from './profile-page.tsx';
import {
  deleteResidentAccount, endOtherSessions, endSession, exportResidentData, listSessions, loadResident, recordIndividualNumberRefused, saveProfile,
} from './service.ts';
import { SessionsPage } from './sessions-page.tsx';
import { ApplicationListPage } from './applications-page.tsx';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { listResidentApplications } from '../cases/resident-commands.ts';
import { listDraftSummaries } from '../procedures/draft-summaries.ts';

function page(c: Context<AppEnv>, title: string, body: Child, status?: ContentfulStatusCode) {
  return publicPage(c, { title, languages: ['ja'], cacheable: false, status, body: () => body });
}

/** マイページ: the signed-in resident's own account. */
export function mypageRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = services;
  const csrf = (c: Context<AppEnv>) => services.csrf.tokenFor(c);
  const town = (c: Context<AppEnv>) => c.get('municipality')!.nameJa;
  app.use('/mypage/*', requireResident('low'));

  app.get('/mypage', async (c) => {
    const resident = c.get('resident')!;
    return page(c, 'マイページ', <MyPage resident={resident} lastSignInAt={resident.lastSignInAt} townName={town(c)} base={c.get('base')} csrfToken={csrf(c)} />);
  });

  app.get('/mypage/applications', async (c) => {
    const residentId = c.get('resident')!.id;
    const { drafts, applications } = await withTenant(db, c.get('municipality')!.code, async (tx) => ({ drafts: await listDraftSummaries(tx, { residentId }), applications: await listResidentApplications(tx, residentId) }));
    return page(c, '申請の一覧', <ApplicationListPage base={c.get('base')} drafts={drafts} applications={applications} saved={c.req.query('saved') === '1'} />);
  });

  app.get('/mypage/profile', async (c) => {
    const row = await loadResident(db, c.get('resident')!);
    const form = profileToForm((row?.profile ?? {}) as Profile);
    return page(c, '登録情報', <ProfilePage base={c.get('base')} csrfToken={csrf(c)} form={form} errors={[]} saved={c.req.query('saved') === '1'} />);
  });

  app.post('/mypage/profile', async (c) => {
    const resident = c.get('resident')!;
    const parsed = parseProfileForm(await c.req.parseBody());
    if (parsed.ok) {
      await saveProfile(db, resident, parsed.profile);
      return c.redirect(`${c.get('base')}/mypage/profile?saved=1`, 303);
    }
    if (parsed.refusedIndividualNumber.length) await recordIndividualNumberRefused(db, resident, parsed.refusedIndividualNumber);
    const body = <ProfilePage base={c.get('base')} csrfToken={csrf(c)} form={parsed.form} errors={parsed.errors} saved={false} />;
    return page(c, 'エラー：登録情報', body, 400);
  });

  app.get('/mypage/sessions', async (c) => {
    const sessions = await listSessions(db, c.get('resident')!);
    return page(c, 'サインイン中の端末', <SessionsPage base={c.get('base')} csrfToken={csrf(c)} sessions={sessions} notice={c.req.query('ended')} />);
  });

  app.post('/mypage/sessions/end', async (c) => {
    const ref = String((await c.req.parseBody()).session ?? '');
    const ended = await endSession(db, c.get('resident')!, ref);
    if (ended === 'current') {
      clearResidentCookie(c);
      return c.redirect(`${c.get('base')}/login?signed_out=1`, 303);
    }
    return c.redirect(`${c.get('base')}/mypage/sessions?ended=${ended === 'other' ? 'one' : 'unknown'}`, 303);
  });

  app.post('/mypage/sessions/end-others', async (c) => {
    await endOtherSessions(db, c.get('resident')!);
    return c.redirect(`${c.get('base')}/mypage/sessions?ended=others`, 303);
  });

  app.get('/mypage/export', async (c) => {
    const data = await exportResidentData(db, c.get('resident')!);
    c.header('Cache-Control', 'no-store');
    c.header('Content-Disposition', 'attachment; filename="my-data.json"');
    return c.body(JSON.stringify(data, null, 2), 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  app.get('/mypage/delete', (c) =>
    page(c, 'アカウントの削除', <DeleteConfirmPage base={c.get('base')} csrfToken={csrf(c)} email={c.get('resident')!.email} townName={town(c)} />),
  );

  app.post('/mypage/delete', async (c) => {
    await deleteResidentAccount(db, c.get('resident')!);
    clearResidentCookie(c);
    c.set('resident', undefined);
    return page(c, 'アカウントを削除しました', <DeletedPage base={c.get('base')} townName={town(c)} />);
  });
  return app;
}
