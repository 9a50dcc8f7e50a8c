/**
 * The CSP source that admits a tile template's images: its origin, or `https://*.host` when the
 * template spreads requests over sub-domains with `{s}` (as many tile servers do).
 */
export function tileImageSource(template: string): string {
  const url = new URL(template.replace(/\{s\}\./u, 'sub-domain.').replace(/\{[a-z]+\}/giu, '0'));
  if (/\{s\}\./u.test(template)) return `${url.protocol}//*.${url.host.slice('sub-domain.'.length)}`;
  return url.origin;
}
