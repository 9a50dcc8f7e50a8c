import type { ApplicationRow } from '../cases/resident-commands.ts';
import { formatBothCalendars } from '../forms/inputs/wareki-date.ts';
import { plainTitleOf } from '../forms/procedure-names.ts';

/** The confirmation: the 受付番号 large enough to read out on the phone, and what happens next. */
export function DonePage(props: { base: string; application: ApplicationRow; departmentName: string; phone: string; email?: string | null }) {
  const a = props.application;
  return (
    <>
      <div class="receipt" role="status">
        <h1>申請を受け付けました</h1>
        <p>手続き：{plainTitleOf({ title: a.procedureTitle, plainTitle: a.procedurePlainTitle })}</p>
        <p>受付番号</p>
        <p class="figure">{a.receiptNumber}</p>
        <p>お問い合わせの際は、この受付番号をお伝えください。</p>
      </div>
      <h2>このあとの流れ</h2>
      <ul>
        {props.email ? <li>受付番号を記載したメールを {props.email} にお送りしました。</li> : null}
        <li>担当課（{props.departmentName}）が申請内容を確認します。処理の目安は {formatBothCalendars(a.dueDate)} ごろです。</li>
        <li>内容に不足があるときは、補正（修正や書類の追加）をお願いすることがあります。その際はメールでお知らせします。</li>
        <li>申請の状況は、マイページでいつでも確認できます。</li>
      </ul>
      <p class="actions">
        <a class="button" href={`${props.base}/mypage/applications/${a.id}/copy.pdf`}>申請内容の控え（PDF）を保存する</a>
        <a class="button button-secondary" href={`${props.base}/mypage/applications/${a.id}`}>申請の状況を見る</a>
      </p>
      <h2>お問い合わせ</h2>
      <p>{props.departmentName}　電話 {props.phone}</p>
    </>
  );
}
