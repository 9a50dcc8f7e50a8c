import { parseArgs } from 'node:util';
import { OPENDATA_IMPORT_USAGE, UsageError } from './usage.ts';

export interface OpendataImportOptions {
  municipality: string;
  dataset?: string;
  dryRun: boolean;
  publish: boolean;
  note: string;
  file: string;
}

const OPTIONS = {
  municipality: { type: 'string' },
  dataset: { type: 'string' },
  'dry-run': { type: 'boolean' },
  publish: { type: 'boolean' },
  note: { type: 'string' },
} as const;

const wrong = (message: string) => new UsageError(message, OPENDATA_IMPORT_USAGE);

/** The arguments of `yakuba opendata import`, refused in Japanese (exit code 2) when they are wrong. */
export function parseOpendataImport(args: string[]): OpendataImportOptions {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw wrong(argumentMessage(error as Error & { code?: string }));
  }
  const { values, positionals } = parsed;
  if (!values.municipality) throw wrong('--municipality に全国地方公共団体コード（例：143421）を指定してください。');
  if (!/^\d{6}$/u.test(values.municipality)) throw wrong(`--municipality には6桁の全国地方公共団体コードを指定してください（指定された値：${values.municipality}）。`);
  if (positionals.length === 0) throw wrong('読み込むファイルを指定してください。');
  if (positionals.length > 1) throw wrong(`ファイルは1回に1つだけ指定してください（指定されたもの：${positionals.join('、')}）。`);
  if (values['dry-run'] && values.publish) throw wrong('--dry-run（確認だけ）と --publish（公開する）は同時に指定できません。');
  if (values.note !== undefined && !values.publish) throw wrong('--note は --publish と一緒に指定してください。');
  if (values.dataset !== undefined && values.dataset.trim() === '') throw wrong('--dataset にデータセットのURL名か標準データセットのIDを指定してください。');
  return {
    municipality: values.municipality,
    ...(values.dataset !== undefined ? { dataset: values.dataset.trim() } : {}),
    dryRun: values['dry-run'] === true,
    publish: values.publish === true,
    note: (values.note ?? '').trim().slice(0, 200),
    file: positionals[0]!,
  };
}

function argumentMessage(error: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/u.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `使えないオプションです：${option ?? error.message}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `${option ?? 'オプション'} の値が正しくありません。${/argument missing/u.test(error.message) ? '値を続けて指定してください。' : 'このオプションは値をとりません。'}`;
    default:
      return `引数が正しくありません：${error.message}`;
  }
}
