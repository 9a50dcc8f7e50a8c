import type { Blocker } from './publish-page.tsx';
import type { usesOf } from './structure.ts';

const ROLE_WORDS = { page: 'ページを表示する条件', show: '表示する条件', required: '必須にする条件', check: '回答の確認（チェック）' } as const;

/** Where a question's answer is read, each with the page to change it on, for the delete step. */
export function usesText(editor: string, uses: ReturnType<typeof usesOf>): Blocker[] {
  return uses.map((use) => {
    const field = use.field ? `${editor}/pages/${use.page.id}/fields/${use.field.name}` : '';
    const href = use.role === 'page' ? `${editor}/pages/${use.page.id}/conditions` : use.role === 'check' ? `${field}#checks-title` : `${field}/conditions/${use.role}`;
    return { text: `${use.field ? `質問「${use.field.label}」` : `ページ「${use.page.title}」`}の${ROLE_WORDS[use.role]}`, href };
  });
}
