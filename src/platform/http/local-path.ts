/** A path on this site that is safe to redirect to (no other host, no scheme tricks). */
export function localPath(value: string | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  return value;
}
