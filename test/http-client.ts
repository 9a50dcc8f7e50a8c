import type { Hono } from 'hono';

/**
 * A tiny browser for app.request(): keeps cookies, sends the Host header, and can read a form's
 * CSRF token, so tests exercise the same path a person's browser takes.
 */
let browsers = 0;

export class TestBrowser {
  cookies = new Map<string, string>();
  /** Each browser comes from its own documentation-range address, as the Node server would report. */
  readonly remoteAddress: string;
  constructor(private app: Hono<any>, private host = 'localhost:3000', remoteAddress?: string) {
    this.remoteAddress = remoteAddress ?? `192.0.2.${(browsers = (browsers % 250) + 1)}`;
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.send(path, { method: 'GET', headers });
  }

  async post(path: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    return this.send(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(form).toString(),
    });
  }

  /** POSTs an already encoded form body as it is, for values a form would never produce. */
  async postRaw(path: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.send(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body });
  }

  /** POSTs JSON as the passkey script does, with the CSRF token of a page in the header. */
  async postJson(pagePath: string, actionPath: string, body: unknown): Promise<Response> {
    const html = await (await this.get(pagePath)).text();
    const token = /name="(?:_csrf|csrf-token)" (?:value|content)="([^"]+)"/.exec(html)?.[1] ?? '';
    return this.send(actionPath, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': token }, body: JSON.stringify(body) });
  }

  /** GETs a page and POSTs the form with its CSRF token added. */
  async submit(pagePath: string, actionPath: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    const page = await this.get(pagePath);
    const html = await page.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if (!token) throw new Error(`no CSRF token on ${pagePath} (status ${page.status})`);
    return this.post(actionPath, { ...form, _csrf: token }, headers);
  }

  /** GETs a form page and POSTs it as multipart (files allowed), with its CSRF token, as a file form is sent. */
  async submitMultipart(pagePath: string, actionPath: string, entries: [string, string | File][]): Promise<Response> {
    const html = await (await this.get(pagePath)).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if (!token) throw new Error(`no CSRF token on ${pagePath}`);
    const form = new FormData();
    form.append('_csrf', token);
    for (const [name, value] of entries) form.append(name, value);
    return this.send(actionPath, { method: 'POST', headers: {}, body: form });
  }

  private async send(path: string, init: RequestInit & { headers: Record<string, string> }): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await this.app.request(
      path,
      { ...init, headers: { host: this.host, ...(cookie ? { cookie } : {}), ...init.headers } },
      { incoming: { socket: { remoteAddress: this.remoteAddress, remotePort: 50000, remoteFamily: 'IPv4' } } },
    );
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const [name, value] = pair!.split('=') as [string, string];
      const expired = attributes.some((a) => /max-age=0/i.test(a.trim()));
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return response;
  }
}
