// The one reader of sockwalk's annotated C sources (media/kernel/…): where a function is defined and
// where its body ends, which part of each line is code (annotations are comments), and the header
// above a definition (its upstream file and line, its Elixir link). Used by the kernel's anchors, the
// generator of the stepping layer (scripts/gen-kernel.ts), the debug adapter and the extension.
// Pure functions over text: no file system, no `vscode`.

/** A function's definition in an annotated file: 1-based lines, inclusive. */
export interface FunctionRange {
  start: number;
  end: number;
}

/**
 * The definition of `name`: the first line at column 0 that contains `name(` and does not end in `;`
 * (a declaration); its body ends at the next line that starts with `}`.
 */
export function functionRange(lines: readonly string[], name: string): FunctionRange | undefined {
  const re = new RegExp(`(^|[^A-Za-z0-9_])${name.replace(/\$/g, '\\$')}\\(`);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!isDefinitionCandidate(l) || !re.test(l)) continue;
    for (let j = i + 1; j < lines.length; j++) {
      if (lines[j].startsWith('}')) return { start: i + 1, end: j + 1 };
    }
  }
  return undefined;
}

function isDefinitionCandidate(l: string): boolean {
  if (l.length === 0 || /\s/.test(l[0]) || l.startsWith('/') || l.startsWith('*') || l.startsWith('#')) return false;
  return !l.trimEnd().endsWith(';');
}

/** Each line with its comments blanked out (strings kept), so that matches find code only. */
export function codeLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let inBlock = false;
  for (const line of lines) {
    let code = '';
    let i = 0;
    while (i < line.length) {
      if (inBlock) {
        const end = line.indexOf('*/', i);
        if (end < 0) {
          i = line.length;
        } else {
          inBlock = false;
          i = end + 2;
        }
      } else if (line.startsWith('/*', i)) {
        inBlock = true;
        i += 2;
      } else if (line.startsWith('//', i)) {
        i = line.length;
      } else if (line[i] === '"') {
        const end = line.indexOf('"', i + 1);
        const stop = end < 0 ? line.length : end + 1;
        code += line.slice(i, stop);
        i = stop;
      } else {
        code += line[i++];
      }
    }
    out.push(code);
  }
  return out;
}

/** The upstream line and Elixir link from the comment block above a definition (1-based defLine). */
export function upstreamMeta(lines: readonly string[], defLine: number): { line: number; url: string } {
  let line = 0;
  let url = '';
  for (let i = defLine - 2; i >= 0 && i >= defLine - 15; i--) {
    const l = lines[i];
    if (l.startsWith('}') || l.trimEnd().endsWith(';')) break;
    const u = /(https:\/\/elixir\.bootlin\.com\/\S+#L(\d+))/.exec(l);
    if (u && !url) {
      url = u[1];
      line = Number(u[2]);
    }
  }
  return { line, url };
}

/** A line marker's text: what to find, and which occurrence (`text#2` is the second; 0: the only one). */
export function parseLineText(text: string): { needle: string; nth: number } {
  const hashAt = text.lastIndexOf('#');
  if (hashAt > 0 && /^\d+$/.test(text.slice(hashAt + 1))) return { needle: text.slice(0, hashAt), nth: Number(text.slice(hashAt + 1)) };
  return { needle: text, nth: 0 };
}

/**
 * Where a line marker's text stands inside a function: its 1-based line, or why it cannot be placed
 * (not found, ambiguous without `#n`, fewer occurrences than n).
 */
export function findLine(code: readonly string[], range: FunctionRange, text: string): { line: number } | { error: string; hits: number[] } {
  const { needle, nth } = parseLineText(text);
  const hits: number[] = [];
  for (let i = range.start; i <= range.end; i++) if (code[i - 1].includes(needle)) hits.push(i);
  if (hits.length === 0) return { error: 'not found', hits };
  if (nth === 0 && hits.length > 1) return { error: `ambiguous: on lines ${hits.join(', ')} (add #1 … #${hits.length})`, hits };
  if (nth > hits.length) return { error: `has only ${hits.length} occurrence(s)`, hits };
  return { line: hits[nth === 0 ? 0 : nth - 1] };
}
