export const VENDORED: string[];
export function vendoredPaths(): Map<string, string>;
export function buildVendor(root: string, outDir: string): Promise<void>;
