/**
 * fetch with a cookie jar for flows across two servers on one host (the public zone and the
 * identity provider): like a browser, cookies are kept per host name, not per port.
 */
export class CookieClient {
  readonly cookies = new Map<string, string>();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const headers = new Headers(init.headers);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const expired = attributes.some((a) => /max-age=0|expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, pair!.slice(at + 1));
    }
    return response;
  }

  async post(url: string, form: Record<string, string>, origin = new URL(url).origin): Promise<Response> {
    return this.request(url, { method: 'POST', body: new URLSearchParams(form), headers: { origin, 'content-type': 'application/x-www-form-urlencoded' } });
  }

  /** Follows redirects with GET until a page answers, or until `stop` says the next address is far enough. */
  async follow(response: Response, from: string, stop?: (url: URL) => boolean): Promise<{ response: Response; url: string }> {
    let url = from;
    for (let hops = 0; hops < 10 && response.status >= 300 && response.status < 400; hops++) {
      url = new URL(response.headers.get('location')!, url).href;
      if (stop?.(new URL(url))) return { response, url };
      await response.body?.cancel();
      response = await this.request(url);
    }
    return { response, url };
  }
}
