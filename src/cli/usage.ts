export const OPENDATA_IMPORT_USAGE = `yakuba opendata import --municipality CODE [--dataset ID] [--dry-run | --publish [--note TEXT]] FILE
  FILE             CSV（UTF-8・Shift_JIS、BOMの有無・改行の種類は問いません）または Excel（.xlsx）
  --municipality   全国地方公共団体コード（例：143421）
  --dataset        登録先のデータセット（データセットのURL名、または標準データセットのID。省略すると見出しから判断します）
  --dry-run        確認だけを行い、何も保存しません
  --publish        エラーがなければ、登録したうえで新しい版として公開します
  --note           公開するときの「更新の内容」（利用者に表示されます）
  終了コード：0 登録（確認）できた、1 ファイルを受け付けられない、2 引数の誤り、70 システムの問題`;

export const USAGE = `Usage: yakuba <command> [options]

Commands:
  serve [--zone all|public|internal] [--seed-demo] [--workers N]
                                                   start the web server(s) (default zone: all);
                                                   --workers N: N processes on the same ports
                                                   (PostgreSQL only)
  migrate                                          apply database migrations
  seed                                             add the demo municipalities and staff
  worker                                           run background jobs only
  backup [--out FILE]                              back up the embedded database to a .tar.gz file
  restore FILE                                     replace the embedded database with a backup
  staff create --municipality CODE --email EMAIL --name NAME [--role ROLE]
                                                   create a staff account (prints a first password)
  audit verify [--municipality CODE]               check the audit trail's hash chains and their latest
                                                   signed checkpoints (exit code 1 if anything differs)
  audit checkpoint [--municipality CODE]           sign the head of each chain now (file store and log)
  opendata import --municipality CODE [--dataset ID] [--dry-run | --publish [--note TEXT]] FILE
                                                   check an open data file as the upload page does and
                                                   store it for publishing (--dry-run: check only)
  help                                             show this text

Configuration is read from environment variables; see README.md.`;

/** A wrong command line: exit code 2, the message, then the usage text that applies. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string = USAGE,
  ) {
    super(message);
  }
}
