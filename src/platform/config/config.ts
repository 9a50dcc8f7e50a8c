import { z } from 'zod';
import { isAuditKey } from './audit-key.ts';

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'an integer between 1 and 65535 / 1〜65535 の整数' })
    .int('an integer between 1 and 65535 / 1〜65535 の整数')
    .min(1, 'an integer between 1 and 65535 / 1〜65535 の整数')
    .max(65535, 'an integer between 1 and 65535 / 1〜65535 の整数')
    .default(fallback);

const optionalUrl = (protocols: string[], expected: string) =>
  z
    .string()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine((value) => value === undefined || hasProtocol(value, protocols), expected);

function hasProtocol(value: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const envSchema = z.object({
  YAKUBA_ENV: z
    .enum(['development', 'test', 'production'], {
      error: 'one of development, test, production / development・test・production のいずれか',
    })
    .default('development'),
  DATABASE_URL: optionalUrl(['postgres:', 'postgresql:'], 'a postgres:// URL / postgres:// で始まる URL'),
  YAKUBA_DATA_DIR: z.string().min(1).default('./data'),
  YAKUBA_BIND: z.string().min(1).default('127.0.0.1'),
  PUBLIC_PORT: port(3000),
  INTERNAL_PORT: port(3001),
  PUBLIC_BASE_URL: optionalUrl(['http:', 'https:'], 'an http(s):// URL / http(s):// で始まる URL'),
  INTERNAL_BASE_URL: optionalUrl(['http:', 'https:'], 'an http(s):// URL / http(s):// で始まる URL'),
  YAKUBA_SECRET: z
    .string()
    .min(32, 'at least 32 characters of random text / 32 文字以上のランダムな文字列')
    .optional(),
  YAKUBA_AUDIT_KEY: z
    .string()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine((value) => value === undefined || isAuditKey(value), 'an Ed25519 private key, PEM or base64 PKCS#8 / Ed25519 の秘密鍵（PEM または base64 の PKCS#8）'),
  YAKUBA_AUDIT_CHECKPOINT_MINUTES: z.coerce
    .number({ error: 'an integer between 1 and 1440 / 1〜1440 の整数' })
    .int('an integer between 1 and 1440 / 1〜1440 の整数')
    .min(1, 'an integer between 1 and 1440 / 1〜1440 の整数')
    .max(1440, 'an integer between 1 and 1440 / 1〜1440 の整数')
    .default(60),
  SMTP_URL: optionalUrl(['smtp:', 'smtps:'], 'an smtp:// or smtps:// URL / smtp:// または smtps:// で始まる URL'),
  MAIL_FROM: z.string().email('an e-mail address / メールアドレス').optional(),
  YAKUBA_JOBS: z
    .enum(['inline', 'off'], { error: 'inline or off / inline または off' })
    .default('inline'),
  MYNUMBER_OIDC: z
    .string()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine(
      (value) => value === undefined || value === 'local' || value === 'off' || hasProtocol(value, ['https:', 'http:']),
      'local, off or the issuer URL of an OpenID provider / local・off または OpenID プロバイダの発行者 URL',
    ),
  MYNUMBER_OIDC_CLIENT_ID: z.string().min(1).optional(),
  MYNUMBER_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  MYNUMBER_OIDC_SCOPES: z
    .string()
    .default('openid profile address')
    .refine((value) => value.split(/\s+/).includes('openid'), 'a list of scopes that includes openid / openid を含むスコープの一覧')
    // The town never receives the individual number (個人番号), so it never asks for it.
    .refine((value) => !/my_?number|individual|kojin/i.test(value), 'scopes without the individual number / 個人番号のスコープは指定できません'),
  LOCAL_IDP_PORT: port(3002),
  /** Map tiles of the facility maps: an XYZ template; its host is allowed for images on map pages only. */
  MAP_TILE_URL: z
    .string()
    .default('https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png')
    .refine(
      (value) => hasProtocol(value.replace(/\{[a-z]+\}/giu, '0'), ['https:', 'http:']) && ['{z}', '{x}', '{y}'].every((part) => value.includes(part)),
      'an http(s):// tile URL with {z}, {x} and {y} / {z}・{x}・{y} を含む http(s):// のタイル URL',
    ),
  /** Credit shown on the map (HTML: the tile provider's terms ask for a link). */
  MAP_TILE_ATTRIBUTION: z.string().min(1).default('<a href="https://maps.gsi.go.jp/development/ichiran.html">地理院タイル</a>'),
  /** Files in S3-compatible object storage instead of YAKUBA_DATA_DIR/files: needed when processes run on several hosts. */
  YAKUBA_S3_ENDPOINT: optionalUrl(['http:', 'https:'], 'an http(s):// URL / http(s):// で始まる URL'),
  YAKUBA_S3_BUCKET: z.string().min(1).optional(),
  YAKUBA_S3_REGION: z.string().min(1).default('ap-northeast-1'),
  YAKUBA_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  YAKUBA_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  YAKUBA_S3_PREFIX: z.string().optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
});

/** MYNUMBER_OIDC is resolved: 'local' (test provider, the default outside production), 'off', or an issuer URL. */
export type Config = z.infer<typeof envSchema> & { secretIsEphemeral: boolean; MYNUMBER_OIDC: string };

export class ConfigError extends Error {}

/** Their values are never repeated in an error message (which may end up in a log). */
const SECRET_VARIABLES = new Set(['YAKUBA_SECRET', 'YAKUBA_AUDIT_KEY', 'MYNUMBER_OIDC_CLIENT_SECRET', 'YAKUBA_S3_SECRET_ACCESS_KEY']);

/** Reads and validates the environment; throws ConfigError with one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    const value = env[name];
    throw new ConfigError(
      `設定エラー / configuration error: ${name} must be ${issue.message}` +
        (value === undefined || SECRET_VARIABLES.has(name) ? '' : ` (got "${value}")`),
    );
  }
  const config = parsed.data;
  if (config.PUBLIC_PORT === config.INTERNAL_PORT) {
    throw new ConfigError(
      `設定エラー / configuration error: INTERNAL_PORT must differ from PUBLIC_PORT (both ${config.PUBLIC_PORT})`,
    );
  }
  if (config.YAKUBA_ENV === 'production') requireProductionSettings(config);
  if (config.YAKUBA_S3_ENDPOINT) {
    const missing = (['YAKUBA_S3_BUCKET', 'YAKUBA_S3_ACCESS_KEY_ID', 'YAKUBA_S3_SECRET_ACCESS_KEY'] as const).find((name) => config[name] === undefined);
    if (missing) throw new ConfigError(`設定エラー / configuration error: ${missing} must be set when YAKUBA_S3_ENDPOINT is set / オブジェクトストレージを使うときは必須です`);
  }
  const mynumber = resolveMynumberProvider(config);
  return { ...config, MYNUMBER_OIDC: mynumber, secretIsEphemeral: config.YAKUBA_SECRET === undefined };
}

function requireProductionSettings(config: z.infer<typeof envSchema>): void {
  const missing = (['DATABASE_URL', 'YAKUBA_SECRET', 'YAKUBA_AUDIT_KEY', 'SMTP_URL', 'MAIL_FROM', 'PUBLIC_BASE_URL'] as const).find(
    (name) => config[name] === undefined,
  );
  if (missing) {
    throw new ConfigError(
      `設定エラー / configuration error: ${missing} must be set when YAKUBA_ENV=production / 本番環境では必須です`,
    );
  }
}

function resolveMynumberProvider(config: z.infer<typeof envSchema>): string {
  const production = config.YAKUBA_ENV === 'production';
  const choice = config.MYNUMBER_OIDC ?? (production ? 'off' : 'local');
  const fail = (message: string) => {
    throw new ConfigError(`設定エラー / configuration error: ${message}`);
  };
  if (choice === 'local') {
    if (production) fail('MYNUMBER_OIDC=local (the test identity provider) is refused when YAKUBA_ENV=production / テスト用認証は本番環境では使用できません');
    if (config.LOCAL_IDP_PORT === config.PUBLIC_PORT || config.LOCAL_IDP_PORT === config.INTERNAL_PORT) {
      fail(`LOCAL_IDP_PORT must differ from PUBLIC_PORT and INTERNAL_PORT (got ${config.LOCAL_IDP_PORT})`);
    }
  } else if (choice !== 'off') {
    if (production && !choice.startsWith('https:')) fail(`MYNUMBER_OIDC must be an https:// issuer URL when YAKUBA_ENV=production (got "${choice}")`);
    const missing = (['MYNUMBER_OIDC_CLIENT_ID', 'MYNUMBER_OIDC_CLIENT_SECRET'] as const).find((name) => config[name] === undefined);
    if (missing) fail(`${missing} must be set when MYNUMBER_OIDC names a provider / プロバイダを指定するときは必須です`);
  }
  return choice;
}
