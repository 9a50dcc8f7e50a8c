import type { Child } from 'hono/jsx';
import { ASSET_VERSION } from './asset-version.ts';

export interface FrameProps {
  lang: string;
  title: string;
  textSize: string;
  /** Text of the skip link, in the page's language. */
  skipLinkText?: string;
  themeHref?: string;
  bodyClass?: string;
  /** Extra enhancement scripts under /assets (e.g. passkeys); pages stay usable without them. */
  scripts?: string[];
  /** For scripts that post JSON: the page's CSRF token. */
  csrfToken?: string;
  children: Child;
}

/** The html document around every page of both zones. */
export function PageFrame(props: FrameProps) {
  return (
    <html lang={props.lang} class={`text-${props.textSize}`}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <link rel="stylesheet" href={`/assets/tokens.css?v=${ASSET_VERSION}`} />
        <link rel="stylesheet" href={`/assets/app.css?v=${ASSET_VERSION}`} />
        {props.themeHref ? <link rel="stylesheet" href={props.themeHref} /> : null}
        <link rel="icon" type="image/svg+xml" href={props.themeHref?.replace(/\.css$/u, '.svg') ?? '/favicon.svg'} />
        {props.csrfToken ? <meta name="csrf-token" content={props.csrfToken} /> : null}
        <script src={`/assets/app.js?v=${ASSET_VERSION}`} defer></script>
        {(props.scripts ?? []).map((name) => (
          <script src={`/assets/${name}?v=${ASSET_VERSION}`} defer></script>
        ))}
      </head>
      <body class={props.bodyClass}>
        <a class="skip-link" href="#main">{props.skipLinkText ?? '本文へ移動'}</a>
        {props.children}
      </body>
    </html>
  );
}
