export const USAGE = `Usage: yakuba <command> [options]

Commands:
  serve [--zone all|public|internal] [--seed-demo]   start the web server(s) (default zone: all)
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
  help                                             show this text

Configuration is read from environment variables; see README.md.`;

export class UsageError extends Error {}
