import type { Context } from 'hono';
import type { AppEnv } from '../platform/http/app-env.ts';
import { publicPage } from '../views/public-page.tsx';
import { ASSURANCE_LABELS, type AssuranceLevel } from '../platform/identity/assurance.ts';

const NEEDED: Partial<Record<AssuranceLevel, { method: string; explanation: string }>> = {
  substantial: {
    method: 'パスキーによるサインイン',
    explanation: 'パスキーは、お使いのスマートフォンやパソコンの画面ロック（指紋、顔認証、暗証番号など）を使って本人であることを確かめる方法です。',
  },
  high: {
    method: 'マイナンバーカードによるサインイン',
    explanation: 'マイナンバーカードの読み取りと暗証番号の入力によって、本人であることを確かめる方法です。',
  },
};

/** Shown at the address the resident asked for, so the same link works once they can step up. */
export function stepUpPage(c: Context<AppEnv>, level: AssuranceLevel, returnPath: string) {
  const base = c.get('base');
  const needed = NEEDED[level] ?? NEEDED.high!;
  const current = ASSURANCE_LABELS[c.get('resident')?.assurance ?? 'none'];
  return publicPage(c, {
    title: '追加の本人確認が必要です',
    languages: ['ja'],
    cacheable: false,
    status: 403,
    body: () => (
      <>
        <h1>追加の本人確認が必要です</h1>
        <p>このページを利用するには、<strong>{needed.method}</strong>が必要です。</p>
        <p>{needed.explanation}</p>
        <p>現在の本人確認の状態：{current}</p>
        {level === 'high' ? (
          <p>
            <a class="button" href={`${base}/login/mynumber?${new URLSearchParams({ return: returnPath })}`} data-return-path={returnPath}>
              マイナンバーカードで本人確認する
            </a>
          </p>
        ) : (
          <>
            <p>
              <a class="button" href={`${base}/login?${new URLSearchParams({ return: returnPath, stepup: '1' })}`} data-return-path={returnPath}>
                パスキーでサインインし直す
              </a>
            </p>
            <p>パスキーをまだ登録していない場合は、<a href={`${base}/mypage/passkeys`}>マイページでこの端末のパスキーを登録</a>してから、もう一度お試しください。マイナンバーカードで本人確認することもできます（<a href={`${base}/login/mynumber?${new URLSearchParams({ return: returnPath })}`}>マイナンバーカードで本人確認する</a>）。</p>
          </>
        )}
        <ul>
          <li><a href={`${base}/mypage`}>マイページに戻る</a></li>
          <li><a href={`${base}/`}>ホームに戻る</a></li>
        </ul>
      </>
    ),
  });
}
