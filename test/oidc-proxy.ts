import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer } from '../src/platform/http/listen.ts';

export type Tamper = (path: string, body: Buffer) => Buffer | undefined;

export interface TamperingProxy {
  url: string;
  port: number;
  /** Where the real provider listens. */
  target: number;
  /** When set, every response body passes through it (undefined leaves it as it was). */
  tamper: Tamper | undefined;
  close(): Promise<void>;
}

/**
 * A man in the middle for tests: the provider's issuer is this proxy's address, so a test can
 * change the token or key set on the way to the relying party, as an attacker on the path would.
 */
export async function startTamperingProxy(): Promise<TamperingProxy> {
  const proxy: TamperingProxy = { url: '', port: 0, target: 0, tamper: undefined, close: async () => {} };
  const server = createServer((req, res) => {
    const upstream = request({ host: '127.0.0.1', port: proxy.target, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const original = Buffer.concat(chunks);
        const body = proxy.tamper?.(req.url ?? '/', original) ?? original;
        const headers = { ...answer.headers, 'content-length': String(body.length) };
        delete headers['transfer-encoding'];
        res.writeHead(answer.statusCode ?? 502, headers);
        res.end(body);
      });
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.port = (server.address() as AddressInfo).port;
  proxy.url = `http://127.0.0.1:${proxy.port}`;
  proxy.close = () => closeServer(server);
  return proxy;
}
