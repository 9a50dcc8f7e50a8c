import type { Child } from 'hono/jsx';
import type { SignedInStaff } from '../platform/http/app-env.ts';
import type { Municipality } from '../platform/tenancy/municipality.ts';
import { CsrfField } from './form-fields.tsx';
import { PageFrame } from './page-frame.tsx';

export interface StaffLayoutProps {
  municipality: Municipality;
  base: string;
  title: string;
  staff?: SignedInStaff;
  csrfToken: string;
  mailSandbox: boolean;
  scripts?: string[];
  children: Child;
}

/** The back office frame: always says it is the internal zone, and whether it runs in sandbox mode. */
export function StaffLayout(props: StaffLayoutProps) {
  const { base, municipality: m } = props;
  return (
    <PageFrame lang="ja" title={`${props.title}｜${m.nameJa} 職員用`} textSize="standard" bodyClass="staff" scripts={props.scripts} csrfToken={props.scripts ? props.csrfToken : undefined}>
      {props.mailSandbox ? (
        <div class="sandbox-banner">
          <div class="container">開発・試験用の設定で動作しています。メールは実際には送信されず、開発用送信箱に保存されます。</div>
        </div>
      ) : null}
      <header class="staff-header">
        <div class="container header-inner">
          <a class="site-name" href={`${base}/`}>
            <span>{m.nameJa} 職員用</span>
          </a>
          <span class="zone-badge">庁内（内部ゾーン）</span>
        </div>
        {props.staff ? (
          <nav class="staff-nav container" aria-label="職員用メニュー">
            <ul>
              <li><a href={`${base}/`}>ダッシュボード</a></li>
              {props.staff.role !== 'publisher' ? <li><a href={`${base}/cases`}>申請の処理</a></li> : null}
              {props.staff.role !== 'publisher' ? <li><a href={`${base}/counter`}>窓口受付</a></li> : null}
              {props.mailSandbox ? <li><a href={`${base}/dev/outbox`}>開発用送信箱</a></li> : null}
              {props.staff.role === 'admin' ? <li><a href={`${base}/admin/procedures`}>手続きの管理</a></li> : null}
              {props.staff.role === 'admin' || props.staff.role === 'publisher' ? <li><a href={`${base}/opendata`}>オープンデータの公開</a></li> : null}
              {props.staff.role === 'admin' ? <li><a href={`${base}/admin/staff`}>職員アカウント</a></li> : null}
              {props.staff.role === 'admin' ? <li><a href={`${base}/admin/jobs`}>バックグラウンド処理</a></li> : null}
              {props.staff.role === 'admin' ? <li><a href={`${base}/admin/audit`}>監査ログ</a></li> : null}
              <li>
                <form class="inline-form" method="post" action={`${base}/logout`}>
                  <CsrfField token={props.csrfToken} />
                  <button class="button-link" type="submit">サインアウト（{props.staff.displayName}）</button>
                </form>
              </li>
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" class="container" tabindex={-1}>
        {props.children}
      </main>
    </PageFrame>
  );
}
