import type { IncomingMessage, ServerResponse } from 'node:http';
import type { InteractionDetails, Provider } from 'oidc-provider';
import type { JSX } from 'hono/jsx/jsx-runtime';
import { ChooseHolderPage, ConsentPage, LocalErrorPage } from './local-pages.tsx';
import { findSampleCardHolder } from './sample-card-holders.ts';

const MAX_FORM_BYTES = 8 * 1024;

export function sendPage(res: ServerResponse, status: number, page: JSX.Element): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(`<!DOCTYPE html>${page}`);
}

export function expiredPage(res: ServerResponse): void {
  sendPage(
    res,
    400,
    <LocalErrorPage title="本人確認を続けられません" message="画面を開いてから時間がたったか、手続きの途中でブラウザの操作が行われたため、本人確認を続けられませんでした。" />,
  );
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > MAX_FORM_BYTES) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}

async function clientName(provider: Provider, details: InteractionDetails): Promise<string> {
  const client = await provider.Client.find(details.params.client_id);
  return client?.clientName ?? details.params.client_id;
}

async function grantConsent(provider: Provider, details: InteractionDetails): Promise<string> {
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: details.session!.accountId, clientId: details.params.client_id });
  if (!grant) throw new Error('grant not found');
  const missing = details.prompt.details;
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
  return grant.save();
}

/**
 * The sign-in and consent pages of the local test provider, in place of oidc-provider's
 * development pages (which use inline style and English). Plain forms, no script.
 */
export async function handleInteraction(provider: Provider, req: IncomingMessage, res: ServerResponse, uid: string, action: string | undefined): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) return expiredPage(res);
  const prompt = details.prompt.name;
  const name = await clientName(provider, details);

  if (req.method === 'GET' && action === undefined) {
    if (prompt === 'login') return sendPage(res, 200, <ChooseHolderPage uid={uid} clientName={name} />);
    const holder = findSampleCardHolder(details.session?.accountId);
    if (prompt === 'consent' && holder) return sendPage(res, 200, <ConsentPage uid={uid} clientName={name} holder={holder} />);
    return expiredPage(res);
  }
  if (req.method !== 'POST') return expiredPage(res);
  // The interaction cookie is SameSite=Lax; checking Origin as well keeps other sites' forms out.
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== new URL(provider.issuer).origin) return expiredPage(res);
  const form = await readForm(req);

  if (action === 'abort') {
    return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'End-User aborted interaction' }, { mergeWithLastSubmission: false });
  }
  if (action === 'login' && prompt === 'login') {
    const holder = findSampleCardHolder(form.get('holder'));
    if (!holder) return sendPage(res, 400, <ChooseHolderPage uid={uid} clientName={name} error="本人確認をする、見本のカード所有者を1人選んでください。" />);
    return provider.interactionFinished(req, res, { login: { accountId: holder.id } }, { mergeWithLastSubmission: false });
  }
  if (action === 'confirm' && prompt === 'consent') {
    const grantId = await grantConsent(provider, details);
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }
  return expiredPage(res);
}
