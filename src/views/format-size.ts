/** A file size as people read it: 512バイト, 200KB, 3.2MB. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes}バイト`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)}KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)}MB`;
}
