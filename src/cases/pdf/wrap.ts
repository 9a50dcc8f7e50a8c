// Characters that must not start a line (行頭禁則) and must not end one (行末禁則).
const NO_LINE_START = new Set(
  '、。，．,.・：；:;？！?!‼⁇⁈⁉ー―‐〜～…‥）)］]｝}」』】〕〉》〙〗〟’”ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻ゝゞヽヾ%％',
);
const NO_LINE_END = new Set('（(［[｛{「『【〔〈《〘〖〝‘“');

// Runs of Latin letters, digits and ASCII punctuation stay together (a phone number, an e-mail
// address, a word); Japanese text may break between any two characters.
const ATOM = /[\u0021-\u2e7f]+| +|[^]/gu;

const first = (atom: string) => Array.from(atom)[0] ?? '';
const last = (atom: string) => Array.from(atom).at(-1) ?? '';
const isSpace = (atom: string) => atom.startsWith(' ');

/**
 * Breaks text into lines no wider than maxWidth: at the given line ends, between Japanese
 * characters, and at spaces, keeping 。、）」 off the start of a line and （「 off its end.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph.match(ATOM) ?? [], maxWidth, measure));
}

function wrapParagraph(atoms: string[], maxWidth: number, measure: (text: string) => number): string[] {
  if (atoms.length === 0) return [''];
  const lines: string[] = [];
  const breaksRules = (at: number) => NO_LINE_START.has(first(atoms[at]!)) || NO_LINE_END.has(last(atoms[at - 1]!));
  let start = 0;
  while (start < atoms.length) {
    if (lines.length > 0) while (start < atoms.length && isSpace(atoms[start]!)) start++;
    if (start === atoms.length) break;
    let width = 0;
    let end = start;
    while (end < atoms.length && width + measure(atoms[end]!) <= maxWidth) width += measure(atoms[end++]!);
    if (end === atoms.length) {
      lines.push(atoms.slice(start).join('').trimEnd());
      break;
    }
    if (end === start) {
      const chars = Array.from(atoms[start]!);
      if (chars.length > 1) {
        atoms.splice(start, 1, ...chars);
        continue;
      }
      end = start + 1;
    } else if (!isSpace(atoms[end]!)) {
      let at = end;
      while (at > start + 1 && breaksRules(at)) at--;
      if (!breaksRules(at)) end = at;
    }
    lines.push(atoms.slice(start, end).join('').trimEnd());
    start = end;
  }
  return lines;
}
