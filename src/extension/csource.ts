// Reading sockwalk's annotated C sources as text, for the editor features: the C expression under
// the cursor (hovers), the expressions of a function worth showing inline, the annotation above a
// line, the function a line belongs to and its upstream header. Pure functions: no `vscode`, no kernel.

// (the format itself — headers, definitions, what is code — is read by the one reader the kernel and
// the debugger share: src/kernel/core/annotated.ts)
import { codeOnly } from '../kernel/core/annotated';
export { functionHeaders, functionAt, findDefinition, type FnHeader } from '../kernel/core/annotated';

const C_KEYWORDS = new Set(
  (
    'auto break case char const continue default do double else enum extern float for goto if inline int long register ' +
    'restrict return short signed sizeof static struct switch typedef union unsigned void volatile while bool true false ' +
    'NULL u8 u16 u32 u64 s8 s16 s32 s64 __u8 __u16 __u32 __u64 __be16 __be32 kuid_t likely unlikely'
  ).split(' '),
);

export interface ExprAt {
  expression: string;
  /** 0-based start and end (exclusive) columns on the line. */
  start: number;
  end: number;
}

/**
 * The C expression to evaluate for a hover at `col` (0-based): the identifier under the cursor with the
 * `a->b.c` chain before it (`sk->sk_state` when hovering `sk_state`), or undefined on keywords, numbers,
 * comments and strings.
 */
export function expressionAt(line: string, col: number): ExprAt | undefined {
  if (inCommentOrString(line, col)) return undefined;
  const isId = (c: string | undefined) => !!c && /[A-Za-z0-9_]/.test(c);
  let s = col;
  let e = col;
  if (!isId(line[col])) {
    if (col > 0 && isId(line[col - 1])) s = e = col - 1;
    else return undefined;
  }
  while (s > 0 && isId(line[s - 1])) s--;
  while (e < line.length && isId(line[e])) e++;
  const word = line.slice(s, e);
  if (!/^[A-Za-z_]/.test(word) || C_KEYWORDS.has(word)) return undefined;
  // walk back over `->`/`.` separated identifiers
  let start = s;
  for (;;) {
    let p = start;
    while (p > 0 && line[p - 1] === ' ') p--;
    let sep = 0;
    if (line.slice(p - 2, p) === '->') sep = 2;
    else if (line[p - 1] === '.' && !/[0-9]/.test(line[p - 2] ?? '')) sep = 1;
    if (!sep) break;
    let q = p - sep;
    while (q > 0 && line[q - 1] === ' ') q--;
    let r = q;
    while (r > 0 && isId(line[r - 1])) r--;
    if (r === q || !/^[A-Za-z_]/.test(line.slice(r, q))) break;
    start = r;
  }
  const expression = line.slice(start, e).replace(/\s+/g, '');
  return { expression, start, end: e };
}

/** Whether col is inside a comment or a string literal on this line (a line-local approximation). */
export function inCommentOrString(line: string, col: number): boolean {
  const t = line.trimStart();
  if (t.startsWith('*') || t.startsWith('/*') || t.startsWith('//')) {
    const idx = line.indexOf(t[0]);
    if (col >= idx) return true;
  }
  let inStr = false;
  for (let i = 0; i < line.length && i < col; i++) {
    const c = line[i];
    if (inStr) {
      if (c === '\\') i++;
      else if (c === '"') inStr = false;
    } else if (c === '"') inStr = true;
    else if (line.startsWith('/*', i) || line.startsWith('//', i)) {
      const close = line.indexOf('*/', i + 2);
      if (line.startsWith('//', i) || close < 0 || close + 2 > col) return true;
      i = close + 1;
    }
  }
  return inStr;
}


export interface InlineExpr {
  /** 0-based line. */
  line: number;
  start: number;
  end: number;
  expression: string;
  /** A plain identifier (looked up among the frame's variables) rather than a chain to evaluate. */
  plain: boolean;
}

/**
 * The expressions worth showing inline in lines [from, to] (0-based, inclusive): each identifier
 * chain `a->b.c` (evaluated) and each plain identifier (looked up), once per line, skipping keywords,
 * calls (`name(`), types after `struct` and upper-case macros.
 */
export function inlineExpressions(lines: string[], from: number, to: number): InlineExpr[] {
  const out: InlineExpr[] = [];
  const isComment = (l: string) => /^\s*(\/\*|\*|\/\/)/.test(l);
  for (let n = Math.max(0, from); n <= to && n < lines.length; n++) {
    const raw = lines[n];
    if (isComment(raw)) continue;
    const code = codeOnly(raw);
    const seen = new Set<string>();
    const re = /[A-Za-z_][A-Za-z0-9_]*(?:\s*(?:->|\.)\s*[A-Za-z_][A-Za-z0-9_]*)*/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(code))) {
      const text = m[0].replace(/\s+/g, '');
      const first = text.split(/->|\./)[0];
      const before = code.slice(0, m.index);
      const after = code.slice(m.index + m[0].length);
      if (C_KEYWORDS.has(first) || /^[A-Z0-9_]+$/.test(first)) continue;
      if (/\b(struct|union|enum|goto)\s+$/.test(before)) continue;
      if (/^\s*\(/.test(after) && !text.includes('->') && !text.includes('.')) continue; // a call
      if (/^\s*\(/.test(after)) continue; // a call through a pointer: sk->sk_prot->hash(sk)
      if (/^\s*[A-Za-z_*]/.test(after) && !text.includes('->') && !text.includes('.')) continue; // a type name: `int err`
      if (/[.>]\s*$/.test(before) && /->\s*$|\.\s*$/.test(before)) continue;
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ line: n, start: m.index, end: m.index + m[0].length, expression: text, plain: !text.includes('->') && !text.includes('.') });
    }
  }
  return out;
}

/** The comment just above a line (its annotation), as one line of text, or undefined. */
export function annotationAbove(lines: string[], line: number): string | undefined {
  let n = line - 1;
  // skip blank lines? no: the annotation must touch the line
  if (n < 0) return undefined;
  const parts: string[] = [];
  const l0 = lines[n]?.trim() ?? '';
  if (l0.startsWith('//')) {
    while (n >= 0 && lines[n].trim().startsWith('//')) parts.unshift(lines[n--].trim().replace(/^\/\/\s?/, ''));
  } else if (l0.endsWith('*/')) {
    const buf: string[] = [];
    while (n >= 0) {
      const t = lines[n].trim();
      buf.unshift(t);
      if (t.startsWith('/*')) break;
      n--;
    }
    if (n < 0) return undefined;
    for (const t of buf) {
      const s = t.replace(/^\/\*+\s?/, '').replace(/\s?\*+\/$/, '').replace(/^\*\s?/, '').trim();
      if (s) parts.push(s);
    }
    // a function's header block (name -- summary / upstream / URL) is not a line annotation
    if (parts.some((p) => /^upstream:/.test(p) || /^https?:\/\//.test(p))) return undefined;
  } else {
    // trailing comment on the line itself
    const m = /\/\*\s*(.*?)\s*\*\/\s*$|\/\/\s*(.*)$/.exec(lines[line] ?? '');
    if (m && (m[1] || m[2])) return (m[1] ?? m[2]).trim();
    return undefined;
  }
  const text = parts.join(' ').replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** Columns the current line and its annotation share: past them the annotation is cut (with …) and hovers in full. */
export const AFTER_COLUMNS = 80;

/** The annotation as shown after a line of code: cut to what fits in AFTER_COLUMNS (at least 32 columns of it). */
export function fitAfter(code: string, note: string): string {
  const used = code.replace(/\t/g, '    ').trimEnd().length + 4;
  const room = Math.max(32, AFTER_COLUMNS - used);
  if (note.length <= room) return note;
  const cut = note.slice(0, room - 1);
  const space = cut.lastIndexOf(' ');
  return (space > room * 0.6 ? cut.slice(0, space) : cut).trimEnd() + '…';
}
