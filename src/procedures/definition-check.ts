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

/** A problem found in a definition value: where it is as a path, in words, and what is wrong. */
export interface DefinitionIssue {
  path: (string | number)[];
  where: string;
  message: string;
}

export type DefinitionValueCheck = { ok: true; definition: FormDefinition } | { ok: false; issues: DefinitionIssue[] };

const japanese = z.locales.ja();

/** Lengths and ranges said as a form asks for them; anything else in zod's Japanese. */
function sizeMessage(issue: { code?: string; origin?: string; minimum?: unknown; maximum?: unknown; inclusive?: boolean }): string | undefined {
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  if (issue.code === 'too_small' && issue.origin === 'string') return limit <= 1 ? '入力してください' : `${limit}文字以上で入力してください`;
  if (issue.code === 'too_big' && issue.origin === 'string') return `${limit}文字以内で入力してください`;
  if (issue.code === 'too_small' && issue.origin === 'number') return issue.inclusive === false ? `${limit}より大きい数値にしてください` : `${limit}以上の数値にしてください`;
  if (issue.code === 'too_big' && issue.origin === 'number') return issue.inclusive === false ? `${limit}より小さい数値にしてください` : `${limit}以下の数値にしてください`;
  if (issue.code === 'too_small' && issue.origin === 'array') return `${limit}個以上必要です`;
  if (issue.code === 'too_big' && issue.origin === 'array') return `${limit}個までにしてください`;
  return undefined;
}

const definitionErrors: z.core.$ZodErrorMap = (issue) => sizeMessage(issue as Parameters<typeof sizeMessage>[0]) ?? japanese.localeError(issue);

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
 * The definition check every editor change goes through, from the form editor or the JSON view:
 * the schema with its rules, each problem with its path and the place said in words.
 */
export function checkDefinitionValue(value: unknown): DefinitionValueCheck {
  const parsed = formDefinitionSchema.safeParse(value, { error: definitionErrors });
  if (parsed.success) return { ok: true, definition: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => {
      const path = issue.path as (string | number)[];
      const missing = issue.code === 'invalid_type' && valueAt(value, path) === undefined;
      return { path, where: describePath(path, value), message: missing ? '必須の項目がありません。指定してください' : issue.message };
    }),
  };
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
  const checked = checkDefinitionValue(JSON.parse(text));
  if (checked.ok) return checked;
  const problems = checked.issues.map((issue) => {
    let node = findNodeAtLocation(tree, issue.path);
    for (let depth = issue.path.length - 1; !node && depth >= 0; depth--) node = findNodeAtLocation(tree, issue.path.slice(0, depth));
    return { ...lineAndColumn(text, node?.offset ?? 0), where: issue.where, message: issue.message };
  });
  return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
}

/** The definition as the editor shows it: keys in the schema's order (the database keeps its own order). */
export function definitionText(definition: FormDefinition): string {
  return JSON.stringify(formDefinitionSchema.parse(definition), null, 2);
}
