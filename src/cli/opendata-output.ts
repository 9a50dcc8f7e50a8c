import type { Config } from '../platform/config/config.ts';
import type { Municipality } from '../platform/tenancy/municipality.ts';
import { percent, type DatasetChoice } from '../opendata/dataset-choice.ts';
import type { ImportResult } from '../opendata/import/types.ts';
import type { CandidateScore, Recognition } from '../opendata/standards/recognise-dataset.ts';

/** What became of a checked file. */
export type Outcome = { kind: 'dry-run' } | { kind: 'unplaced' } | { kind: 'no-dataset' } | { kind: 'stored'; uploadId: string } | { kind: 'published'; uploadId: string; version: number };

/** Below this, the nearest datasets are not worth naming. */
const NEAR_ENOUGH = 0.2;

const label = (choice: { key: string; title: string }) => `「${choice.title}」（${choice.key}）`;
const scored = (entry: CandidateScore) => `${label(entry.candidate)} ${percent(entry.score)}`;

/** Which dataset the file is checked against, and how that was decided. */
export function chosenLine(target: DatasetChoice, town: Municipality, recognition?: Recognition): string {
  const missing = target.dataset ? '' : `※${town.nameJa}にはこのデータセットがまだありません。`;
  if (!recognition?.best) return `データセット（--dataset で指定）：${label(target)}${missing}`;
  const { best, ranking, headers } = recognition;
  const runnerUp = ranking[1] ? `。次点：${scored(ranking[1])}${recognition.bySpelling ? '。列名の書き方がこのデータセットのものです' : ''}` : '';
  return `データセット：${label(target)}。見出しから判断しました（一致度${percent(best.score)}、見出し${headers}列のうち${best.matched}列がこのデータセットの列${runnerUp}）。${missing}`;
}

/** Why no dataset was chosen, with the nearest ones, and what to do. */
export function doubtLines(recognition: Recognition, town: Municipality): string[] {
  const nearest = recognition.ranking.slice(0, 3).map(scored).join('、');
  const advice = `--dataset で登録先を指定してください（${town.nameJa}のデータセットのURL名、または標準データセットのID）。`;
  if (recognition.doubt === 'ambiguous') {
    return [`どのデータセットのファイルか判断できませんでした。見出しが複数のデータセットに同じくらい合います（${nearest}）。`, advice];
  }
  const closest = recognition.ranking[0];
  const near = closest && closest.score >= NEAR_ENOUGH ? `（近いもの：${nearest}）` : '';
  return [
    `どのデータセットのファイルか判断できませんでした。見出し${recognition.headers}列のうち、どのデータセットの列とも一致したのは多くて${closest?.matched ?? 0}列です${near}。`,
    `${advice}見出しが1行目にあるか、列名が標準データセットの名前になっているかも確かめてください。`,
  ];
}

/** The last line: counts, and what was stored or published, or why not. */
export function summaryLine(result: ImportResult, outcome: Outcome, target: DatasetChoice | undefined, town: Municipality, config: Config): string {
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const counts = errors > 0 ? `エラー${errors}件、注意${warnings}件。このファイルは公開できません` : warnings > 0 ? `エラーはありません（注意${warnings}件）` : 'エラーも注意もありません';
  const page = 'uploadId' in outcome && target?.dataset ? `${internalBase(config)}/m/${town.code}/opendata/${target.dataset.slug}/uploads/${outcome.uploadId}` : '';
  switch (outcome.kind) {
    case 'dry-run':
      return `結果：${counts}。--dry-run のため、何も保存していません。`;
    case 'unplaced':
      return `結果：${counts}。何も保存していません。`;
    case 'no-dataset':
      return `結果：${counts}。${town.nameJa}には「${target?.title}」のデータセットがまだないため、保存していません。バックオフィスの「オープンデータの公開」→「データセットを追加する」で追加してから、もう一度実行してください。`;
    case 'stored':
      return errors > 0
        ? `結果：${counts}。確認結果を保存しました（公開中のデータは変わりません）：${page}。エラーを直して、もう一度実行してください。`
        : `結果：${counts}。確認済みのファイルとして登録しました。バックオフィスで内容を確かめて公開してください：${page}`;
    case 'published':
      return `結果：${counts}。第${outcome.version}版として公開しました。利用者の画面とAPIには1分以内に反映されます。確認結果：${page}`;
  }
}

function internalBase(config: Config): string {
  return (config.INTERNAL_BASE_URL ?? `http://localhost:${config.INTERNAL_PORT}`).replace(/\/$/u, '');
}
