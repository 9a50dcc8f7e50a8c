import type { Context } from 'hono';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { contentSecurityPolicy } from '../../platform/http/security-headers.ts';
import type { FormDefinition, PageDefinition } from '../../forms/form-definition.ts';
import { FormPage } from '../../forms/render-page.tsx';
import { publicPage } from '../../views/public-page.tsx';
import { ProcedurePage } from '../procedure-page.tsx';

export interface PreviewTarget {
  slug: string;
  version: number;
  draft: boolean;
  definition: FormDefinition;
  departmentName: string;
  pageId?: string;
  /** Shown inside the editor: links stay in the frame, the way back is the editor around it. */
  frame: boolean;
}

function PreviewBar(props: { target: PreviewTarget; href: (pageId?: string) => string; editorHref: string; pages: PageDefinition[]; current?: string }) {
  const { target } = props;
  const which = target.draft ? `下書き 第${target.version}版` : `第${target.version}版`;
  return (
    <nav class="preview-bar" aria-label="プレビューのページ">
      <p>
        <strong>プレビュー（{which}）</strong>：住民の方にはこのように表示されます。この画面から申請はできません。
        {props.target.frame ? null : <a href={props.editorHref}>編集画面に戻る</a>}
      </p>
      <ol>
        <li>{props.current ? <a href={props.href()}>手続きの案内</a> : <span aria-current="page">手続きの案内</span>}</li>
        {props.pages.map((page) => (
          <li>{page.id === props.current ? <span aria-current="page">{page.title}</span> : <a href={props.href(page.id)}>{page.title}</a>}</li>
        ))}
      </ol>
    </nav>
  );
}

/** A version (or a change not yet saved) rendered in the residents' layout: the guidance page, or one form page. */
export function renderPreview(c: Context<AppEnv>, target: PreviewTarget) {
  const { definition } = target;
  const index = definition.pages.findIndex((p) => p.id === target.pageId);
  const shown = index >= 0 ? definition.pages[index]! : undefined;
  const editorHref = `${c.get('base')}/admin/procedures/${target.slug}`;
  const href = (pageId?: string) => {
    const query = new URLSearchParams({ ...(pageId ? { page: pageId } : {}), ...(target.frame ? { frame: '1' } : {}) }).toString();
    return `${editorHref}/versions/${target.version}/preview${query ? `?${query}` : ''}`;
  };
  const bar = <PreviewBar target={target} href={href} editorHref={editorHref} pages={definition.pages} current={shown?.id} />;
  const body = shown ? (
    <FormPage page={shown} raw={{}} answers={{}} errors={[]} action="#" csrfToken="" progress={{ current: index + 1, total: definition.pages.length + 1 }} files={{}} itemCount={shown.repeat?.min || 1} preview />
  ) : (
    <ProcedurePage base={c.get('base')} slug={target.slug} definition={definition} departmentName={target.departmentName} municipality={c.get('municipality')!} />
  );
  if (target.frame) {
    c.header('Content-Security-Policy', contentSecurityPolicy({ frameAncestors: "'self'" }));
    c.header('X-Frame-Options', 'SAMEORIGIN');
  }
  return publicPage(c, { title: `プレビュー：${shown ? shown.title : definition.title}`, languages: ['ja'], cacheable: false, body: () => <>{bar}{body}</> });
}
