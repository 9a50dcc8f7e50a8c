import type { Child } from 'hono/jsx';
import { GENDER_LABELS, SAMPLE_CARD_HOLDERS, type SampleCardHolder } from './sample-card-holders.ts';

export const SANDBOX_BANNER = 'テスト用認証（本番では使用できません）';
export const LOCAL_IDP_STYLESHEET = '/local-idp.css';

const birthdate = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** 1986年4月12日（昭和61年4月12日） */
export function formatBirthdate(value: string): string {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return `${year}年${month}月${day}日（${birthdate.format(new Date(Date.UTC(year, month - 1, day)))}）`;
}

function Frame(props: { title: string; children: Child }) {
  return (
    <html lang="ja">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${props.title}｜${SANDBOX_BANNER}`}</title>
        <link rel="stylesheet" href={LOCAL_IDP_STYLESHEET} />
      </head>
      <body>
        <header class="banner">
          <p>
            <strong>{SANDBOX_BANNER}</strong>
          </p>
          <p>開発と試験のための認証画面です。実際のマイナンバーカードは読み取りません。</p>
        </header>
        <main>{props.children}</main>
      </body>
    </html>
  );
}

export function ChooseHolderPage(props: { uid: string; clientName: string; error?: string }) {
  return (
    <Frame title="マイナンバーカードで本人確認">
      <h1>マイナンバーカードで本人確認</h1>
      <p>「{props.clientName}」が、あなたの本人確認を求めています。</p>
      <p>この画面ではカードの読み取りと暗証番号の入力の代わりに、見本のカード所有者から1人を選びます。</p>
      <form method="post" action={`/interaction/${props.uid}/login`}>
        <fieldset aria-describedby={props.error ? 'holder-error' : undefined}>
          <legend>カードの所有者（見本）</legend>
          {props.error ? (
            <p id="holder-error" class="error">
              {props.error}
            </p>
          ) : null}
          {SAMPLE_CARD_HOLDERS.map((holder, index) => (
            <div class="choice">
              <input type="radio" id={`holder-${index}`} name="holder" value={holder.id} required />
              <label for={`holder-${index}`}>
                {holder.name}（{holder.nameKana}）、{formatBirthdate(holder.birthdate)}生まれ、{holder.address}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit">この所有者として本人確認する</button>
      </form>
      <AbortForm uid={props.uid} label="本人確認をやめて戻る" />
    </Frame>
  );
}

export function ConsentPage(props: { uid: string; clientName: string; holder: SampleCardHolder }) {
  const { holder } = props;
  return (
    <Frame title="情報の提供への同意">
      <h1>情報の提供への同意</h1>
      <p>本人確認ができました。「{props.clientName}」に、カードに記録された次の情報（基本4情報）を提供します。</p>
      <dl>
        <dt>氏名</dt>
        <dd>{holder.name}</dd>
        <dt>住所</dt>
        <dd>{holder.address}</dd>
        <dt>生年月日</dt>
        <dd>{formatBirthdate(holder.birthdate)}</dd>
        <dt>性別</dt>
        <dd>{GENDER_LABELS[holder.gender]}</dd>
      </dl>
      <p>個人番号（マイナンバー）は提供しません。</p>
      <form method="post" action={`/interaction/${props.uid}/confirm`}>
        <button type="submit">同意して提供する</button>
      </form>
      <AbortForm uid={props.uid} label="同意しない" />
    </Frame>
  );
}

function AbortForm(props: { uid: string; label: string }) {
  return (
    <form method="post" action={`/interaction/${props.uid}/abort`}>
      <button type="submit" class="secondary">
        {props.label}
      </button>
    </form>
  );
}

export function LocalErrorPage(props: { title: string; message: string }) {
  return (
    <Frame title={props.title}>
      <h1>{props.title}</h1>
      <p>{props.message}</p>
      <p>元のサイトの画面に戻り、もう一度「マイナンバーカードで本人確認する」から始めてください。</p>
    </Frame>
  );
}
