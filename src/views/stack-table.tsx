import type { Child } from 'hono/jsx';

export interface StackTableProps {
  /** Read by screen readers; shown when visibleCaption is set. */
  caption?: string;
  visibleCaption?: boolean;
  labelledBy?: string;
  columns: string[];
  rows: Child[][];
  /** The first cell names the row (a receipt number, a procedure). */
  rowHeader?: boolean;
  class?: string;
}

/**
 * A table that becomes one labelled block per row when its place is narrow — a phone, 200 % zoom
 * or the large text sizes (a container query, so it follows the text size too). The roles are
 * written out because some browsers drop table semantics once the cells are no longer laid out
 * as a table.
 */
export function StackTable(props: StackTableProps) {
  return (
    <div class="stack-wrap">
      <table class={['stack', props.class].filter(Boolean).join(' ')} role="table" aria-labelledby={props.labelledBy}>
        {props.caption ? <caption class={props.visibleCaption ? undefined : 'visually-hidden'}>{props.caption}</caption> : null}
        <thead role="rowgroup">
          <tr role="row">{props.columns.map((label) => <th scope="col" role="columnheader">{label}</th>)}</tr>
        </thead>
        <tbody role="rowgroup">
          {props.rows.map((cells) => (
            <tr role="row">
              {cells.map((cell, index) =>
                index === 0 && props.rowHeader ? (
                  <th scope="row" role="rowheader" data-label={props.columns[index]}><span>{cell}</span></th>
                ) : (
                  <td role="cell" data-label={props.columns[index]}><span>{cell}</span></td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
