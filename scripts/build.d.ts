export const distDir: string;
export function isBuildCurrent(files?: string[]): boolean;
export function build(options?: { force?: boolean }): Promise<boolean>;
