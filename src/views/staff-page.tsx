import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../platform/http/app-env.ts';
import { renderPage } from '../platform/http/render.ts';
import type { Services } from '../platform/services.ts';
import { StaffLayout } from './staff-layout.tsx';

/** Renders a back-office page in the staff layout of the request's municipality. */
export function staffPage(c: Context<AppEnv>, services: Services, title: string, body: Child, status: ContentfulStatusCode = 200, scripts?: string[]) {
  c.header('Cache-Control', 'no-store');
  return renderPage(
    c,
    <StaffLayout
      municipality={c.get('municipality')!}
      base={c.get('base')}
      title={title}
      staff={c.get('staff')}
      csrfToken={services.csrf.tokenFor(c)}
      mailSandbox={services.mailTransport.sandbox === true}
      scripts={scripts}
    >
      {body}
    </StaffLayout>,
    status,
  );
}
