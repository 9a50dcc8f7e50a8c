/** A code in words, with the code itself in small type where support needs it (監査ログ, バックグラウンド処理). */
export function CodeLabel(props: { label: string | undefined; code: string; fallback: string; showCode?: boolean }) {
  const showCode = props.showCode ?? true;
  return (
    <>
      {props.label ?? props.fallback}
      {showCode || !props.label ? <span class="code-note">{props.code}</span> : null}
    </>
  );
}
