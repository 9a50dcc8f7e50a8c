import type { Municipality } from '../platform/tenancy/municipality.ts';
import { PageFrame } from '../views/page-frame.tsx';

/** Shown on a shared host name that does not name a municipality. */
export function MunicipalityChooser(props: { municipalities: Municipality[] }) {
  return (
    <PageFrame lang="ja" title="自治体を選んでください｜Yakuba" textSize="standard">
      <header class="site-header">
        <div class="container header-inner">
          <span class="site-name">Yakuba デジタル役場</span>
        </div>
      </header>
      <main id="main" class="container" tabindex={-1}>
        <h1>自治体を選んでください</h1>
        <p>このサイトでは、次の自治体の手続きやお知らせをご案内しています。</p>
        <ul class="card-list">
          {props.municipalities.map((m) => (
            <li class="card">
              <h2><a class="card-link" href={`/m/${m.code}/`}>{m.nameJa}</a></h2>
              <p lang="en">{m.nameEn}</p>
              <p>{m.prefecture}　全国地方公共団体コード {m.code}</p>
            </li>
          ))}
        </ul>
      </main>
    </PageFrame>
  );
}
