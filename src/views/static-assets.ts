import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
import type { MunicipalityDirectory } from '../platform/tenancy/municipality-directory.ts';
import type { AppEnv } from '../platform/http/app-env.ts';
import { DEFAULT_ICON_COLOUR, faviconIco, faviconSvg } from './favicon.ts';

interface Asset {
  body: Buffer;
  gzipped: Buffer;
  type: string;
  etag: string;
}

const require = createRequire(import.meta.url);

function asset(body: Buffer, type: string): Asset {
  return { body, gzipped: gzipSync(body), type, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"` };
}

/** The browser library's prebuilt bundle; its package exports do not list the file, so find it from the entry. */
function webauthnBrowserBundle(): string {
  return join(dirname(dirname(require.resolve('@simplewebauthn/browser'))), 'dist/bundle/index.umd.min.js');
}

/** Leaflet's script, stylesheet and marker images, served under /assets with a `leaflet` prefix. */
function leafletAssets(): [string, Asset][] {
  const dist = (name: string) => readFileSync(require.resolve(`leaflet/dist/${name}`));
  return [
    // The source map is not shipped, so its comment would only make browsers ask for a missing file.
    ['leaflet.js', asset(Buffer.from(dist('leaflet.js').toString('utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/u, '\n')), 'text/javascript; charset=utf-8')],
    ['leaflet.css', asset(dist('leaflet.css'), 'text/css; charset=utf-8')],
    ...['marker-icon.png', 'marker-icon-2x.png', 'marker-shadow.png'].map((name): [string, Asset] => [`leaflet-${name}`, asset(dist(`images/${name}`), 'image/png')]),
  ];
}

function loadBundledAssets(): Map<string, Asset> {
  const views = (name: string) => readFileSync(new URL(`./assets/${name}`, import.meta.url));
  return new Map([
    ['tokens.css', asset(readFileSync(require.resolve('@digital-go-jp/design-tokens/dist/tokens.css')), 'text/css; charset=utf-8')],
    ['app.css', asset(views('app.css'), 'text/css; charset=utf-8')],
    ['app.js', asset(views('app.js'), 'text/javascript; charset=utf-8')],
    ['passkey.js', asset(views('passkey.js'), 'text/javascript; charset=utf-8')],
    ['webauthn-browser.js', asset(readFileSync(webauthnBrowserBundle()), 'text/javascript; charset=utf-8')],
    ['map.js', asset(views('map.js'), 'text/javascript; charset=utf-8')],
    ['editor.js', asset(views('editor.js'), 'text/javascript; charset=utf-8')],
    ...leafletAssets(),
  ]);
}

/** CSS, script and per-municipality theme, held in memory and served with ETag and gzip. */
export function staticAssetRoutes(directory: MunicipalityDirectory): Hono<AppEnv> {
  const bundled = loadBundledAssets();
  const themes = new Map(
    directory.list().map((m) => [m.code, asset(Buffer.from(`:root { --yakuba-primary: ${m.primaryColor}; }\n`), 'text/css; charset=utf-8')]),
  );
  const icons = new Map(directory.list().map((m) => [m.code, asset(Buffer.from(faviconSvg(m.primaryColor)), 'image/svg+xml')]));
  const defaultIcon = asset(Buffer.from(faviconSvg(DEFAULT_ICON_COLOUR)), 'image/svg+xml');
  let ico: Promise<Asset> | undefined;
  const app = new Hono<AppEnv>();
  app.get('/theme/:file{[0-9]{6}\\.css}', (c) => send(c, themes.get(c.req.param('file').slice(0, 6))));
  app.get('/theme/:file{[0-9]{6}\\.svg}', (c) => send(c, icons.get(c.req.param('file').slice(0, 6))));
  app.get('/favicon.svg', (c) => send(c, defaultIcon));
  app.get('/favicon.ico', async (c) => send(c, await (ico ??= faviconIco(DEFAULT_ICON_COLOUR).then((bytes) => asset(bytes, 'image/x-icon')))));
  app.get('/assets/:name', (c) => send(c, bundled.get(c.req.param('name'))));
  return app;
}

function send(c: import('hono').Context, found: Asset | undefined) {
  if (!found) return c.notFound();
  c.header('ETag', found.etag);
  c.header('Cache-Control', c.req.query('v') ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
  c.header('Vary', 'Accept-Encoding');
  if (c.req.header('if-none-match') === found.etag) return c.body(null, 304);
  c.header('Content-Type', found.type);
  if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
    c.header('Content-Encoding', 'gzip');
    return c.body(new Uint8Array(found.gzipped));
  }
  return c.body(new Uint8Array(found.body));
}
