import { CsrfField } from '../views/form-fields.tsx';
import { formatDateTime } from '../views/format-date.ts';
import { describeDevice } from './device.ts';
import { StackTable } from '../views/stack-table.tsx';
import type { ResidentSession } from './service.ts';

const NOTICES: Record<string, string> = {
  one: '選んだ端末からサインアウトしました。',
  others: 'この端末以外のすべての端末からサインアウトしました。',
  unknown: 'その端末は、すでにサインアウトしています。',
};

export function SessionsPage(props: { base: string; csrfToken: string; sessions: ResidentSession[]; notice?: string }) {
  const { base } = props;
  const others = props.sessions.filter((s) => !s.current).length;
  const notice = props.notice ? NOTICES[props.notice] : undefined;
  return (
    <>
      {notice ? <p class="notice" role="status">{notice}</p> : null}
      <h1>サインイン中の端末</h1>
      <p>このアカウントで現在サインインしている端末（スマートフォンやパソコンのブラウザ）の一覧です。心当たりのない端末がある場合は、その端末からサインアウトしてください。</p>
      <div class="table-scroll">
        <StackTable
          caption="サインイン中の端末の一覧"
          columns={['端末', 'サインインした日時', '最後に利用した日時', '操作']}
          rows={props.sessions.map((session) => [
            <>
              {describeDevice(session.userAgent)}
              {session.current ? <> <span class="status-tag">この端末</span></> : null}
            </>,
            formatDateTime(session.createdAt),
            formatDateTime(session.lastSeenAt),
            <form method="post" action={`${base}/mypage/sessions/end`} class="inline-form">
              <CsrfField token={props.csrfToken} />
              <input type="hidden" name="session" value={session.ref} />
              <button class="button-link" type="submit">
                サインアウト<span class="visually-hidden">（{describeDevice(session.userAgent)}、{formatDateTime(session.createdAt)}にサインイン）</span>
              </button>
            </form>,
          ])}
        />
      </div>
      {others > 0 ? (
        <form method="post" action={`${base}/mypage/sessions/end-others`}>
          <CsrfField token={props.csrfToken} />
          <button class="button button-secondary" type="submit">この端末以外のすべての端末からサインアウトする</button>
        </form>
      ) : (
        <p>この端末のほかに、サインインしている端末はありません。</p>
      )}
      <p><a href={`${base}/mypage`}>マイページに戻る</a></p>
    </>
  );
}
