import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { ConfigError } from './platform/config/config.ts';
import { auditCheckpointCommand, auditVerifyCommand } from './cli/audit-command.ts';
import { createCliContext, type CliContext } from './cli/context.ts';
import { backupCommand, migrateCommand, restoreCommand, seedCommand } from './cli/database-commands.ts';
import { serveCommand, type ZoneChoice } from './cli/serve-command.ts';
import { staffCreateCommand } from './cli/staff-command.ts';
import { parseOpendataImport } from './cli/opendata-args.ts';
import { OPENDATA_IMPORT_USAGE, USAGE, UsageError } from './cli/usage.ts';
import { workerCommand } from './cli/worker-command.ts';

type Command = (ctx: CliContext, args: string[]) => Promise<number>;

const ZONES: readonly ZoneChoice[] = ['all', 'public', 'internal'];

function parse<T extends ParseArgsOptionsConfig>(args: string[], options: T, positionals = 0) {
  const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  if (parsed.positionals.length > positionals) throw new UsageError(`unexpected argument: ${parsed.positionals[positionals]}`);
  return parsed;
}

const commands: Record<string, Command> = {
  serve: (ctx, args) => {
    const { values } = parse(args, { zone: { type: 'string' }, 'seed-demo': { type: 'boolean' }, workers: { type: 'string' } } as const);
    const zone = (values.zone ?? 'all') as ZoneChoice;
    if (!ZONES.includes(zone)) throw new UsageError(`--zone must be one of ${ZONES.join(', ')}`);
    const workers = values.workers === undefined ? 1 : /^\d+$/u.test(values.workers) ? Number(values.workers) : Number.NaN;
    return serveCommand(ctx, { zone, seedDemo: values['seed-demo'] === true, workers });
  },
  migrate: (ctx, args) => (parse(args, {}), migrateCommand(ctx)),
  seed: (ctx, args) => (parse(args, {}), seedCommand(ctx)),
  worker: (ctx, args) => (parse(args, {}), workerCommand(ctx)),
  backup: (ctx, args) => backupCommand(ctx, parse(args, { out: { type: 'string' } } as const).values.out),
  restore: (ctx, args) => restoreCommand(ctx, parse(args, {}, 1).positionals[0]),
  staff: (ctx, [sub, ...args]) => {
    if (sub !== 'create') throw new UsageError('staff needs a subcommand: staff create');
    const { values } = parse(args, { municipality: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } } as const);
    return staffCreateCommand(ctx, values);
  },
  opendata: (ctx, [sub, ...args]) => {
    if (sub !== 'import') throw new UsageError('opendata のあとに import を指定してください。', OPENDATA_IMPORT_USAGE);
    const options = parseOpendataImport(args);
    // The import pipeline is loaded only for this command, not at every start of the server.
    return import('./cli/opendata-command.ts').then(({ opendataImportCommand }) => opendataImportCommand(ctx, options));
  },
  audit: (ctx, [sub, ...args]) => {
    const run = sub === 'verify' ? auditVerifyCommand : sub === 'checkpoint' ? auditCheckpointCommand : undefined;
    if (!run) throw new UsageError('audit needs a subcommand: audit verify or audit checkpoint');
    return run(ctx, parse(args, { municipality: { type: 'string' } } as const).values.municipality);
  },
};

/** Runs one CLI command and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    console.log(USAGE);
    return 0;
  }
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(name ? `Unknown command: ${name}\n\n${USAGE}` : USAGE);
    return 2;
  }
  try {
    return await command(createCliContext(), args);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 78;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message}\n\n${error instanceof UsageError ? error.usage : USAGE}`);
      return 2;
    }
    throw error;
  }
}
