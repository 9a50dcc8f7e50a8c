import type { Problem } from './import/types.ts';

/** The check of one file: errors first, each placed at its row and column as the spreadsheet shows them. */
export function ProblemTable(props: { problems: Problem[] }) {
  const sorted = [...props.problems].sort((a, b) => (a.severity === b.severity ? (a.row ?? 0) - (b.row ?? 0) : a.severity === 'error' ? -1 : 1));
  return (
    <div class="table-scroll" tabindex={0} role="region" aria-label="確認結果の表">
      <table class="problem-table">
        <thead><tr><th scope="col">種類</th><th scope="col">行</th><th scope="col">列</th><th scope="col">内容</th></tr></thead>
        <tbody>
          {sorted.map((problem) => (
            <tr>
              <td><span class={problem.severity === 'error' ? 'status-tag tag-error' : 'status-tag'}>{problem.severity === 'error' ? '要修正' : '確認'}</span></td>
              <td>{problem.row === undefined ? 'ファイル全体' : `${problem.row}行目`}</td>
              <td>{problem.column ?? '—'}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function countBySeverity(problems: Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}
