import { PageFrame } from '../views/page-frame.tsx';
import { formatDateTime } from '../views/format-date.ts';
import { CaseAttachments, CaseHistory } from './case-history.tsx';
import { CaseAnswers, CaseSummary } from './case-summary.tsx';
import type { CaseView } from './case-view.ts';

/** A page made for paper: no navigation or forms; the browser's own print command prints it. */
export function CasePrintPage(props: { view: CaseView; base: string; municipalityName: string; staffName: string; today: string; printedAt: Date }) {
  const { application: a } = props.view;
  return (
    <PageFrame lang="ja" title={`${a.procedureTitle}（受付番号 ${a.receiptNumber}）印刷用｜${props.municipalityName} 職員用`} textSize="standard" bodyClass="print-page">
      <main id="main" class="container" tabindex={-1}>
        <div class="print-hint notice">
          <p>この画面はそのまま印刷できます。ブラウザの印刷機能（Windows は Ctrl＋P、Mac は ⌘＋P）で「印刷する」を選んでください。</p>
          <p><a href={`${props.base}/cases/${a.id}`}>申請の画面に戻る</a></p>
        </div>
        <p class="print-meta">{props.municipalityName}　{props.view.departmentName}　職員用（取扱注意）</p>
        <h1>{a.procedureTitle}</h1>
        <CaseSummary view={props.view} today={props.today} />
        <h2>申請内容</h2>
        <CaseAnswers view={props.view} headingLevel="h3" />
        <h2>添付ファイル</h2>
        <CaseAttachments attachments={props.view.attachments} caseHref="" links={false} />
        <h2>履歴</h2>
        <CaseHistory events={props.view.events} names={props.view.names} />
        <p class="print-meta">印刷日時：{formatDateTime(props.printedAt)}　印刷した職員：{props.staffName}</p>
      </main>
    </PageFrame>
  );
}
