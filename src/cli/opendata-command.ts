import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { openConfiguredDatabase } from '../bootstrap.ts';
import type { Queryable } from '../platform/db/database.ts';
import { migrateDatabase } from '../platform/db/migrate.ts';
import { withTenant } from '../platform/db/tenant-scope.ts';
import { loadMunicipalityDirectory } from '../platform/tenancy/municipality-directory.ts';
import type { Municipality } from '../platform/tenancy/municipality.ts';
import { choicesNamed, datasetChoices, otherDatasetNote, type DatasetChoice } from '../opendata/dataset-choice.ts';
import { checkTable, DEFAULT_MAX_BYTES, oversizeResult, readTable } from '../opendata/import/import-table.ts';
import { summariseReading } from '../opendata/import/report-csv.ts';
import { columnReportLines, problemLines } from '../opendata/import/report-lines.ts';
import type { ImportResult } from '../opendata/import/types.ts';
import { recogniseDataset } from '../opendata/standards/recognise-dataset.ts';
import { publishUpload, recordUpload, type Publisher } from '../opendata/publishing.ts';
import type { CliContext } from './context.ts';
import type { OpendataImportOptions } from './opendata-args.ts';
import { chosenLine, doubtLines, summaryLine, type Outcome } from './opendata-output.ts';
import { OPENDATA_IMPORT_USAGE, UsageError } from './usage.ts';

const wrong = (message: string) => new UsageError(message, OPENDATA_IMPORT_USAGE);

/**
 * `yakuba opendata import`: the checks of the upload page on a file from disk, then (unless
 * --dry-run) the file stored as an upload of the dataset, ready to publish in the back office, or
 * published at once with --publish. Exit code 0 when the file was accepted, 1 when it was refused.
 */
export async function opendataImportCommand(ctx: CliContext, options: OpendataImportOptions): Promise<number> {
  try {
    return await importFile(ctx, options);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // Not the file's fault (the database is unreachable, the disk is full …): one line, no stack trace.
    process.stderr.write(`読み込みを中断しました。システムの問題のため、ファイルを確認できませんでした：${(error as Error).message}\n`);
    return 70;
  }
}

async function importFile(ctx: CliContext, options: OpendataImportOptions): Promise<number> {
  const path = resolve(options.file);
  const size = fileSize(path, options.file);
  const database = await openConfiguredDatabase(ctx.config);
  try {
    await migrateDatabase(database);
    const directory = await loadMunicipalityDirectory(database.db);
    const town = directory.byCode(options.municipality) ?? unknownTown(options.municipality, directory);
    const choices = await withTenant(database.db, town.code, (tx) => datasetChoices(tx));
    const named = options.dataset === undefined ? undefined : namedChoice(choices, options.dataset, town, options.dryRun);
    const fileName = basename(path).slice(0, 200);
    const read = size > DEFAULT_MAX_BYTES ? undefined : await readTable(new Uint8Array(readFileSync(path)), fileName);
    const reading = read?.ok ? read.reading : read?.result.reading;
    ctx.print(`ファイル：${path}${reading ? `（${summariseReading(reading)}）` : ''}`);

    let target = named;
    let result: ImportResult;
    if (!read || !read.ok) {
      result = read ? read.result : oversizeResult(size, DEFAULT_MAX_BYTES);
      if (target) ctx.print(chosenLine(target, town));
    } else {
      if (!target) {
        const recognition = recogniseDataset(read.table.header, choices);
        if (!recognition.best) {
          doubtLines(recognition, town).forEach(ctx.print);
          return 1;
        }
        target = recognition.best.candidate;
        ctx.print(chosenLine(target, town, recognition));
      } else ctx.print(chosenLine(target, town));
      const note = named ? otherDatasetNote(read.table.header, choices, named) : undefined;
      result = checkTable(read, target.columns, { notes: note ? [note] : [] });
    }
    columnReportLines(result).forEach(ctx.print);
    problemLines(result.problems).forEach(ctx.print);
    const outcome: Outcome = options.dryRun ? { kind: 'dry-run' } : !target ? { kind: 'unplaced' } : !target.dataset ? { kind: 'no-dataset' } : await store(database.db, town, target, { name: fileName, size }, result, options);
    ctx.print(summaryLine(result, outcome, target, town, ctx.config));
    return result.publishable && outcome.kind !== 'no-dataset' && outcome.kind !== 'unplaced' ? 0 : 1;
  } finally {
    await database.close();
  }
}

/** Stores the checked file as the upload page does, and publishes it with --publish when it has no error. */
async function store(db: Queryable, town: Municipality, target: DatasetChoice, file: { name: string; size: number }, result: ImportResult, options: OpendataImportOptions): Promise<Outcome> {
  const actor: Publisher = { system: 'cli', municipalityCode: town.code };
  const dataset = target.dataset!;
  return withTenant(db, town.code, async (tx) => {
    const upload = await recordUpload(tx, actor, dataset, file, result);
    if (!options.publish || !result.publishable) return { kind: 'stored', uploadId: upload.id };
    const version = await publishUpload(tx, actor, dataset, upload, options.note);
    return { kind: 'published', uploadId: upload.id, version };
  });
}

function fileSize(path: string, given: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw wrong(`ファイルが見つかりません：${given}`);
  }
  if (!stat.isFile()) throw wrong(`ファイルではありません（フォルダなど）：${given}`);
  return stat.size;
}

function unknownTown(code: string, directory: { list(): Municipality[] }): never {
  const known = directory.list().map((town) => `${town.code}（${town.nameJa}）`).join('、');
  throw wrong(`全国地方公共団体コード ${code} の団体は、この環境に登録されていません。${known ? `登録されている団体：${known}` : '団体が1つも登録されていません。'}`);
}

/** The dataset --dataset names; a standard the town has not added is accepted for --dry-run only. */
function namedChoice(choices: readonly DatasetChoice[], name: string, town: Municipality, dryRun: boolean): DatasetChoice {
  const named = choicesNamed(choices, name);
  const list = choices.filter((choice) => choice.dataset).map((choice) => `${choice.key}（${choice.title}）`).join('、');
  if (named.length === 0) throw wrong(`--dataset「${name}」に当たるデータセットがありません。${town.nameJa}のデータセット：${list || 'なし'}。標準データセットのIDも指定できます。`);
  if (named.length > 1) throw wrong(`標準データセット「${name}」に従うデータセットが${named.length}つあります。--dataset にURL名（${named.map((choice) => choice.key).join('、')}）を指定してください。`);
  if (!named[0]!.dataset && !dryRun) {
    throw wrong(`${town.nameJa}には「${named[0]!.title}」のデータセットがまだありません。バックオフィスの「オープンデータの公開」→「データセットを追加する」で追加してから実行してください（--dry-run なら確認だけできます）。`);
  }
  return named[0]!;
}
