import type { Municipality } from '../platform/tenancy/municipality.ts';
import { ASSURANCE_NEEDS, CATEGORY_LABELS } from './catalog-labels.ts';
import type { FormDefinition } from '../forms/form-definition.ts';
import { ProcedureHeading } from '../forms/procedure-name.tsx';

function channelsText(definition: FormDefinition): string {
  const ways = [definition.channels.online ? 'オンライン（24時間）' : '', definition.channels.post ? '郵送' : '', definition.channels.counter ? '窓口' : ''].filter(Boolean);
  return ways.join('・');
}

/** What a procedure is, who it is for, what to have ready, and how to do it. */
export function ProcedurePage(props: { base: string; slug: string; definition: FormDefinition; departmentName: string; municipality: Municipality }) {
  const { definition: d, municipality: m } = props;
  return (
    <>
      <p><a href={`${props.base}/procedures`}>手続き一覧</a> ＞ {CATEGORY_LABELS[d.category]}</p>
      <ProcedureHeading names={d} />
      <p class="lead">{d.summary}</p>
      <dl class="answers">
        <div><dt>対象となる方</dt><dd>{d.audience}</dd></div>
        <div><dt>用意するもの・添付するもの</dt><dd>{d.bring.length ? d.bring.join('\n') : '特にありません。'}</dd></div>
        <div><dt>手数料</dt><dd>{d.fee ? `${d.fee.amountYen.toLocaleString('ja-JP')}円${d.fee.note ? `（${d.fee.note}）` : ''}` : '無料'}</dd></div>
        <div><dt>処理にかかる期間</dt><dd>{d.processingDays > 0 ? `おおむね${d.processingDays}日（土日祝日・年末年始を除く）` : 'その場で受け付けます'}{d.processingNote ? `\n${d.processingNote}` : ''}</dd></div>
        <div><dt>申請の方法</dt><dd>{channelsText(d)}{d.howToApply ? `\n${d.howToApply}` : ''}</dd></div>
        <div><dt>担当</dt><dd>{`${m.nameJa} ${props.departmentName}\n電話 ${m.phone}（${m.openingHours}）`}</dd></div>
      </dl>
      {d.channels.online ? (
        <section aria-labelledby="apply-online">
          <h2 id="apply-online">オンラインで申請する</h2>
          <p>{ASSURANCE_NEEDS[d.assurance]}入力した内容は各ページで保存され、途中でやめても続きから再開できます。</p>
          <p><a class="button" href={`${props.base}/procedures/${props.slug}/apply`}>申請を始める</a></p>
        </section>
      ) : (
        <p class="notice">この手続きは、まだオンラインでは申請できません。上の「申請の方法」をご覧ください。</p>
      )}
    </>
  );
}
