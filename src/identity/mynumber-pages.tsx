import type { Context } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import { publicPage } from '../views/public-page.tsx';

export type NotCompletedReason = 'denied' | 'invalid' | 'unavailable' | 'signed-out';

const EXPLANATION: Record<NotCompletedReason, string[]> = {
  denied: ['情報の提供に同意されなかったため、マイナンバーカードによる本人確認を中止しました。'],
  invalid: [
    '本人確認の途中で確認できない点があったため、安全のため手続きを中止しました。',
    '画面を開いてから時間がたった場合や、ブラウザの「戻る」「再読み込み」を使った場合にも、この画面が表示されることがあります。',
  ],
  unavailable: ['現在、マイナンバーカードによる本人確認のサービスに接続できません。時間をおいてから、もう一度お試しください。'],
  'signed-out': ['サインインの有効期限が切れたため、本人確認の結果を受け取れませんでした。お手数ですが、もう一度サインインしてからお試しください。'],
};

const STATUS = { denied: 200, invalid: 400, unavailable: 503, 'signed-out': 401 } as const;

/** The sign-in did not complete: say so plainly, keep everything else, and offer the way back. */
export function notCompletedPage(c: Context<AppEnv>, reason: NotCompletedReason, options: { returnPath: string; sandbox: boolean }) {
  const base = c.get('base');
  const retry = `/login/mynumber?return=${encodeURIComponent(options.returnPath)}`;
  const retryHref = reason === 'signed-out' ? `${base}/login?return=${encodeURIComponent(retry)}` : `${base}${retry}`;
  const phone = c.get('municipality')!.phone;
  return publicPage(c, {
    title: 'マイナンバーカードによる本人確認が完了しませんでした',
    languages: ['ja'],
    cacheable: false,
    status: STATUS[reason],
    body: () => (
      <>
        <h1>マイナンバーカードによる本人確認が完了しませんでした</h1>
        {EXPLANATION[reason].map((text) => (
          <p>{text}</p>
        ))}
        {reason === 'signed-out' ? null : <p>これまでのサインインの状態や、保存済みの内容はそのまま残っています。</p>}
        {options.sandbox ? (
          <p class="notice notice-warning">この環境では、テスト用認証（本番では使用できません）を使っています。</p>
        ) : null}
        <ul>
          <li>
            <a href={retryHref}>{reason === 'signed-out' ? 'サインインしてから、もう一度本人確認する' : 'もう一度マイナンバーカードで本人確認する'}</a>
          </li>
          <li>
            <a href={`${base}${options.returnPath}`}>元のページに戻る</a>
          </li>
          <li>
            <a href={`tel:${phone}`}>うまくいかない場合は、お電話でお問い合わせください（{phone}）</a>
          </li>
        </ul>
      </>
    ),
  });
}
