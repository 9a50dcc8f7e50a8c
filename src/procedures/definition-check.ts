import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import { formDefinitionSchema, type FormDefinition } from '../forms/form-definition.ts';

export interface DefinitionProblem {
  line: number;
  column: number;
  /** Where in the definition, in words: ページ2「…」 › 項目3「…」 › label. */
  where: string;
  message: string;
}

export type DefinitionCheck = { ok: true; definition: FormDefinition } | { ok: false; problems: DefinitionProblem[] };

const japanese = z.locales.ja();

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: '使えない文字があります',
  InvalidNumberFormat: '数値の書き方が正しくありません',
  PropertyNameExpected: '項目名（"…"）が必要です',
  ValueExpected: '値が必要です',
  ColonExpected: '「:」が必要です',
  CommaExpected: '「,」が必要です',
  CloseBraceExpected: '「}」が足りません',
  CloseBracketExpected: '「]」が足りません',
  EndOfFileExpected: '最後の「}」の後ろに余分な文字があります',
  InvalidCommentToken: 'コメントは書けません',
  UnexpectedEndOfComment: 'コメントが閉じられていません',
  UnexpectedEndOfString: '文字列の「"」が閉じられていません',
  UnexpectedEndOfNumber: '数値が途中で終わっています',
  InvalidUnicode: '文字コードの指定が正しくありません',
  InvalidEscapeCharacter: '「\\」の使い方が正しくありません',
  InvalidCharacter: '文字列の中に使えない文字（改行など）があります',
};

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** A path such as pages.1.fields.0.label said the way an editor reads the form. */
function describePath(path: PropertyKey[], value: unknown): string {
  const parts: string[] = [];
  let node: unknown = value;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const child = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const named = child && typeof child === 'object' ? ((child as { title?: unknown; label?: unknown; name?: unknown }).title ?? (child as { label?: unknown }).label ?? (child as { name?: unknown }).name) : undefined;
    const suffix = typeof named === 'string' ? `「${named}」` : '';
    if (path[i - 1] === 'pages' && typeof key === 'number') parts.push(`ページ${key + 1}${suffix}`);
    else if (path[i - 1] === 'fields' && typeof key === 'number') parts.push(`項目${key + 1}${suffix}`);
    else if (path[i - 1] === 'options' && typeof key === 'number') parts.push(`選択肢${key + 1}`);
    else if (!(['pages', 'fields', 'options'].includes(String(key)) && typeof path[i + 1] === 'number')) parts.push(String(key));
    node = child;
  }
  return parts.length ? parts.join(' › ') : '全体';
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), value);
}

/**
 * Checks a definition typed in the editor: first that it is JSON, then that it is a valid form
 * definition, giving each problem the line it is on so an admin can find it in the text.
 */
export function checkDefinitionText(text: string): DefinitionCheck {
  const syntax: ParseError[] = [];
  const tree = parseTree(text, syntax, { allowTrailingComma: false, disallowComments: true });
  if (syntax.length > 0 || !tree) {
    // Later syntax errors are mostly echoes of the first one: show where reading stopped.
    const first = syntax[0] ?? ({ error: 4, offset: 0, length: 0 } as ParseError);
    return { ok: false, problems: [{ ...lineAndColumn(text, first.offset), where: 'JSONの書き方', message: SYNTAX_MESSAGES[printParseErrorCode(first.error)] ?? 'JSONとして読み取れません' }] };
  }
  const value: unknown = JSON.parse(text);
  const parsed = formDefinitionSchema.safeParse(value, { error: japanese.localeError });
  if (parsed.success) return { ok: true, definition: parsed.data };
  const problems = parsed.error.issues.map((issue) => {
    let node = findNodeAtLocation(tree, issue.path as (string | number)[]);
    for (let depth = issue.path.length - 1; !node && depth >= 0; depth--) node = findNodeAtLocation(tree, issue.path.slice(0, depth) as (string | number)[]);
    const missing = issue.code === 'invalid_type' && valueAt(value, issue.path) === undefined;
    return { ...lineAndColumn(text, node?.offset ?? 0), where: describePath(issue.path, value), message: missing ? '必須の項目がありません。指定してください' : issue.message };
  });
  return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
}

/** The definition as the editor shows it: keys in the schema's order (the database keeps its own order). */
export function definitionText(definition: FormDefinition): string {
  return JSON.stringify(formDefinitionSchema.parse(definition), null, 2);
}
