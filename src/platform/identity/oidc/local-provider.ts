import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { closeServer } from '../../http/listen.ts';
import { expiredPage, handleInteraction } from './local-interactions.tsx';
import { LOCAL_IDP_STYLESHEET, LocalErrorPage } from './local-pages.tsx';
import { createMemoryAdapterClass } from './memory-adapter.ts';
import { claimsOf, findSampleCardHolder } from './sample-card-holders.ts';

export interface LocalProviderOptions {
  /** As browsers and the relying party reach it; defaults to the listening address. */
  issuer?: string;
  port: number;
  host: string;
  clientId: string;
  clientSecret: string;
  /** Callback URLs of the public zone, one per way of reaching a municipality. */
  redirectUris: string[];
  cookieSecret: string;
  onError?: (error: unknown) => void;
}

export interface RunningLocalProvider {
  issuer: string;
  port: number;
  stop(): Promise<void>;
}

const stylesheet = readFileSync(new URL('./local-idp.css', import.meta.url), 'utf8');
const INTERACTION = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|confirm|abort))?$/;

/** A fresh key at every start: nothing signed by an earlier run (or another instance) verifies. */
function signingKey() {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', alg: 'ES256' };
}

function createProvider(options: LocalProviderOptions & { issuer: string }): Provider {
  return new Provider(options.issuer, {
    adapter: createMemoryAdapterClass(),
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        client_name: 'Yakuba オンライン窓口',
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: 'ES256',
      },
    ],
    jwks: { keys: [signingKey()] },
    cookies: {
      names: { session: 'local_idp_session', interaction: 'local_idp_interaction', resume: 'local_idp_resume' },
      keys: [options.cookieSecret],
    },
    responseTypes: ['code'],
    scopes: ['openid', 'profile', 'address'],
    claims: { openid: ['sub'], profile: ['name', 'birthdate', 'gender'], address: ['address'] },
    // The 基本4情報 travel in the signed ID token, as the relying party reads them from there.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    ttl: { AccessToken: 300, AuthorizationCode: 60, IdToken: 300, Interaction: 600, Session: 600, Grant: 600 },
    findAccount: async (_ctx: unknown, sub: string) => {
      const holder = findSampleCardHolder(sub);
      return holder ? { accountId: holder.id, claims: async () => claimsOf(holder) } : undefined;
    },
    renderError: async (ctx: { type: string; body: string; status: number }, out: { error?: string }) => {
      ctx.type = 'html';
      const page = LocalErrorPage({ title: '本人確認を続けられません', message: `認証の要求を処理できませんでした（エラーの種類：${out.error ?? '不明'}）。` });
      ctx.body = `<!DOCTYPE html>${page}`;
    },
  });
}

function securityHeaders(redirectUris: string[]): Record<string, string> {
  // Consent ends in a redirect to the town's site, which form-action must allow.
  const origins = [...new Set(redirectUris.map((uri) => new URL(uri).origin))].join(' ');
  return {
    'Content-Security-Policy': `default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self' ${origins}; frame-ancestors 'none'; base-uri 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    // same-origin, not no-referrer: with no-referrer Chromium sends `Origin: null` on the provider's own forms.
    'Referrer-Policy': 'same-origin',
  };
}

/** The local OpenID provider for development and tests: a real OIDC server on its own port. */
export async function startLocalProvider(options: LocalProviderOptions): Promise<RunningLocalProvider> {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const issuer = options.issuer ?? `http://${options.host}:${port}`;
  const provider = createProvider({ ...options, issuer });
  provider.on('server_error', (_ctx: unknown, error: unknown) => options.onError?.(error));
  provider.on('error', (error: unknown) => options.onError?.(error));
  const oidc = provider.callback();
  const headers = Object.entries(securityHeaders(options.redirectUris));

  handle = (req, res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === LOCAL_IDP_STYLESHEET) {
      res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'max-age=3600' });
      return void res.end(stylesheet);
    }
    const match = INTERACTION.exec(path);
    if (!match) return oidc(req, res);
    handleInteraction(provider, req, res, match[1]!, match[2]).catch(() => (res.headersSent ? res.end() : expiredPage(res)));
  };
  return { issuer, port, stop: () => closeServer(server) };
}
