import type { ApplicationRow } from '../cases/resident-commands.ts';
import { formatDateTime } from '../views/format-date.ts';
import { ChoiceGroup, CsrfField, TextField, type FieldError } from '../views/form-fields.tsx';
import { CATEGORY_LABELS } from './catalog-labels.ts';
import { IDENTITY_CHECKS, type CounterIdentityInput } from './counter-identity.ts';
import { CATEGORIES } from '../forms/form-definition.ts';
import { formatBothCalendars } from '../forms/inputs/wareki-date.ts';
import type { PublishedProcedure } from './service.ts';

export interface CounterDraftSummary {
  id: string;
  title: string;
  firstPage: string;
  updatedAt: Date;
}

const time = (value: Date) => formatDateTime(value);

/** 書かない窓口: pick the procedure the resident came for, or go back to an unfinished one. */
export function CounterIndexPage(props: { base: string; csrfToken: string; procedures: PublishedProcedure[]; drafts: CounterDraftSummary[]; discarded: boolean }) {
  const grouped = CATEGORIES.map((category) => ({ category, items: props.procedures.filter((p) => p.definition.category === category) })).filter((g) => g.items.length > 0);
  return (
    <>
      {props.discarded ? <p class="notice" role="status">入力途中の申請を削除しました。</p> : null}
      <h1>窓口での申請受付（書かない窓口）</h1>
      <p>来庁された方から聞き取った内容を、職員が代わりに入力します。受け付けた申請は、オンライン申請と同じく担当課の「申請の処理」に届きます。最後に本人確認の方法を記録し、申請内容の控えをお渡しします。</p>
      {props.drafts.length > 0 ? (
        <section aria-labelledby="counter-drafts">
          <h2 id="counter-drafts">入力途中の申請（{props.drafts.length}件）</h2>
          <p>申請者が帰られた場合は、個人情報を残さないよう削除してください。削除しなくても30日で自動的に消去されます。</p>
          <ul>
            {props.drafts.map((d) => (
              <li>
                <a href={`${props.base}/counter/drafts/${d.id}/${d.firstPage}`}>{d.title}</a>（最終入力 {time(d.updatedAt)}）
                <form class="inline-form" method="post" action={`${props.base}/counter/drafts/${d.id}/discard`}>
                  <CsrfField token={props.csrfToken} />
                  <button class="button-link" type="submit">削除する<span class="visually-hidden">（{d.title}、{time(d.updatedAt)}）</span></button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2>手続きを選ぶ</h2>
      {grouped.map((group) => (
        <section aria-labelledby={`cat-${group.category}`}>
          <h3 id={`cat-${group.category}`}>{CATEGORY_LABELS[group.category]}</h3>
          <ul class="procedure-list">
            {group.items.map(({ procedure, definition }) => (
              <li>
                <form class="inline-form" method="post" action={`${props.base}/counter/start`}>
                  <CsrfField token={props.csrfToken} />
                  <input type="hidden" name="procedure" value={procedure.slug} />
                  <button class="button-link" type="submit">{definition.title}<span class="visually-hidden">の入力を始める</span></button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** On the check page: how identity was confirmed, and where to send the receipt mail. */
export function CounterIdentityFields(props: { input: CounterIdentityInput; errors: FieldError[] }) {
  const error = (field: string) => props.errors.find((e) => e.field === field)?.message;
  return (
    <>
      <h2>窓口での確認事項</h2>
      <ChoiceGroup id="identity-check" legend="本人確認の方法" type="radio" required options={IDENTITY_CHECKS.map((o) => ({ value: o.value, label: o.label }))} selected={[props.input.identityCheck]} error={error('identity-check')} />
      <TextField id="identity-note" label="本人確認の補足" hint="代理人の氏名、確認した書類の組み合わせなど（100文字以内）" value={props.input.identityNote} error={error('identity-note')} />
      <TextField id="contact-email" label="受付番号を知らせるメールアドレス" type="email" autocomplete="off" hint="申請者が希望する場合に入力します。空欄の場合、メールは送りません。" value={props.input.contactEmail} error={error('contact-email')} />
    </>
  );
}

/** After a counter application: the 受付番号 to tell the resident, and the copy to print. */
export function CounterDonePage(props: { base: string; application: ApplicationRow; departmentName: string; canOpenCase: boolean }) {
  const a = props.application;
  return (
    <>
      <div class="receipt" role="status">
        <h1>窓口での申請を受け付けました</h1>
        <p>{a.procedureTitle}</p>
        <p>受付番号</p>
        <p class="figure">{a.receiptNumber}</p>
      </div>
      <h2>申請者にお伝えすること</h2>
      <ul>
        <li>受付番号（お問い合わせの際に必要です）</li>
        <li>担当課は{props.departmentName}、処理の目安は {formatBothCalendars(a.dueDate)} ごろです。</li>
        {a.contactEmail ? <li>受付番号を記載したメールを {a.contactEmail} に送りました。</li> : <li>メールは送っていません。控えを印刷してお渡しください。</li>}
      </ul>
      <p class="actions">
        <a class="button" href={`${props.base}/counter/done/${a.id}/copy.pdf`}>申請内容の控え（PDF）を開いて印刷する</a>
        {props.canOpenCase ? <a class="button button-secondary" href={`${props.base}/cases/${a.id}`}>この申請の処理画面を開く</a> : null}
      </p>
      <p><a href={`${props.base}/counter`}>続けて別の申請を受け付ける</a></p>
    </>
  );
}
