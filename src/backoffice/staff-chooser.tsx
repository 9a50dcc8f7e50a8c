import type { Municipality } from '../platform/tenancy/municipality.ts';
import { PageFrame } from '../views/page-frame.tsx';

/** Internal zone on a shared host: pick the municipality to sign in to. */
export function StaffMunicipalityChooser(props: { municipalities: Municipality[] }) {
  return (
    <PageFrame lang="ja" title="自治体の選択｜Yakuba 職員用" textSize="standard" bodyClass="staff">
      <header class="staff-header">
        <div class="container header-inner">
          <span class="site-name">Yakuba 職員用</span>
          <span class="zone-badge">庁内（内部ゾーン）</span>
        </div>
      </header>
      <main id="main" class="container" tabindex={-1}>
        <h1>自治体の選択</h1>
        <p>サインインする自治体を選んでください。</p>
        <ul>
          {props.municipalities.map((m) => (
            <li><a href={`/m/${m.code}/login`}>{m.nameJa}（{m.code}）</a></li>
          ))}
        </ul>
      </main>
    </PageFrame>
  );
}
