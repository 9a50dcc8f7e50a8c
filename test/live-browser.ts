import http from 'node:http';

export interface LiveResponse {
  status: number;
  location: string | undefined;
  body: string;
  bytes: Buffer;
  headers: http.IncomingHttpHeaders;
}

/**
 * A small browser over real HTTP for a server started as a process: keeps cookies (per host name,
 * as browsers do across ports), keeps connections alive, and may come from its own loopback
 * address (127.x.y.z) so that per-address rate limits see many people rather than one.
 */
export class LiveBrowser {
  readonly cookies = new Map<string, string>();
  private readonly agent: http.Agent;

  constructor(localAddress?: string) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 4, ...(localAddress ? { localAddress } : {}) });
  }

  get(url: string): Promise<LiveResponse> {
    return this.send('GET', url);
  }

  post(url: string, form: Record<string, string>, extraHeaders: http.OutgoingHttpHeaders = {}): Promise<LiveResponse> {
    return this.send('POST', url, Buffer.from(new URLSearchParams(form).toString()), 'application/x-www-form-urlencoded', extraHeaders);
  }

  /** Multipart, as a page with a file input sends it. */
  async postMultipart(url: string, entries: [string, string | File][]): Promise<LiveResponse> {
    const form = new FormData();
    for (const [name, value] of entries) form.append(name, value);
    const request = new Request(url, { method: 'POST', body: form });
    return this.send('POST', url, Buffer.from(await request.arrayBuffer()), request.headers.get('content-type')!);
  }

  /** GETs a page and POSTs to action with the page's CSRF token. */
  async submit(pageUrl: string, action: string, form: Record<string, string>): Promise<LiveResponse> {
    return this.post(action, { ...form, _csrf: await this.csrfToken(pageUrl) });
  }

  async csrfToken(pageUrl: string): Promise<string> {
    const page = await this.get(pageUrl);
    const token = csrfTokenIn(page.body);
    if (!token) throw new Error(`no CSRF token on ${pageUrl} (status ${page.status})`);
    return token;
  }

  /** Follows redirects with GET, as a browser does after a 303. */
  async follow(response: LiveResponse, from: string, stop?: (url: URL) => boolean): Promise<{ response: LiveResponse; url: string }> {
    let url = from;
    for (let hops = 0; hops < 10 && response.location && response.status >= 300 && response.status < 400; hops++) {
      url = new URL(response.location, url).href;
      if (stop?.(new URL(url))) break;
      response = await this.get(url);
    }
    return { response, url };
  }

  close(): void {
    this.agent.destroy();
  }

  private send(method: string, url: string, body?: Buffer, contentType?: string, extraHeaders: http.OutgoingHttpHeaders = {}): Promise<LiveResponse> {
    const target = new URL(url);
    const headers: http.OutgoingHttpHeaders = { ...extraHeaders };
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (cookie) headers.cookie = cookie;
    if (body) Object.assign(headers, { 'content-type': contentType, 'content-length': body.length, origin: target.origin });
    return new Promise((resolve, reject) => {
      const request = http.request(target, { method, headers, agent: this.agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          this.keepCookies(response.headers['set-cookie'] ?? []);
          const bytes = Buffer.concat(chunks);
          resolve({ status: response.statusCode!, location: response.headers.location, body: bytes.toString('utf8'), bytes, headers: response.headers });
        });
      });
      request.on('error', reject);
      request.end(body);
    });
  }

  private keepCookies(setCookies: string[]): void {
    for (const header of setCookies) {
      const [pair, ...attributes] = header.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const expired = attributes.some((a) => /max-age=0|expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, pair!.slice(at + 1));
    }
  }
}

export function csrfTokenIn(html: string): string | undefined {
  return /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
}

/** A distinct loopback address for the n-th simulated person where all of 127/8 is local (Linux). */
export function loopbackAddress(n: number): string | undefined {
  return process.platform === 'linux' ? `127.0.${1 + Math.floor(n / 250)}.${1 + (n % 250)}` : undefined;
}
