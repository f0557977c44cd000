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

/** Code of a line without its comments and strings (replaced by spaces: columns stay). */
export function codeOnly(line: string): string {
  let out = '';
  let inStr = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inStr) {
      out += ' ';
      if (c === '\\') {
        out += ' ';
        i++;
      } else if (c === '"') inStr = false;
      continue;
    }
    if (c === '"') {
      inStr = true;
      out += ' ';
      continue;
    }
    if (line.startsWith('//', i)) return out + ' '.repeat(line.length - i);
    if (line.startsWith('/*', i)) {
      const close = line.indexOf('*/', i + 2);
      const end = close < 0 ? line.length : close + 2;
      out += ' '.repeat(end - i);
      i = end - 1;
      continue;
    }
    out += c;
  }
  return out;
}

export interface FnHeader {
  name: string;
  summary: string;
  /** Kernel path, e.g. net/ipv4/af_inet.c */
  upstreamFile: string;
  upstreamLine: number;
  url: string;
  /** 0-based line of the definition in the annotated file; the body runs to endLine (inclusive). */
  defLine: number;
  endLine: number;
}

/** Every function header of an annotated source (the comment block with `name -- …`, upstream, URL). */
export function functionHeaders(text: string): FnHeader[] {
  const lines = text.split('\n');
  const out: FnHeader[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*\*\s+([A-Za-z_][A-Za-z0-9_]*)\s+--\s*(.*)$/.exec(lines[i]);
    if (!m) continue;
    let upstreamFile = '';
    let upstreamLine = 0;
    let url = '';
    let j = i + 1;
    let summary = m[2].trim();
    for (; j < lines.length && !/\*\//.test(lines[j]); j++) {
      const u = /upstream:\s*(\S+?):(\d+)/.exec(lines[j]);
      if (u) {
        upstreamFile = u[1];
        upstreamLine = Number(u[2]);
      }
      const h = /(https?:\/\/\S+)/.exec(lines[j]);
      if (h) url = h[1];
      else if (!u && /^\s*\*\s+\S/.test(lines[j])) summary += ' ' + lines[j].replace(/^\s*\*\s+/, '').trim();
    }
    // the definition: the first line after the block naming the function with `(`
    let def = -1;
    for (let k = j + 1; k < lines.length && k < j + 6; k++) {
      if (new RegExp(`\\b${m[1]}\\s*\\(`).test(lines[k])) {
        def = k;
        break;
      }
    }
    if (def < 0) continue;
    let end = def;
    let depth = 0;
    let opened = false;
    for (let k = def; k < lines.length; k++) {
      for (const c of codeOnly(lines[k])) {
        if (c === '{') {
          depth++;
          opened = true;
        } else if (c === '}') depth--;
      }
      end = k;
      if (opened && depth <= 0) break;
      if (!opened && /;\s*$/.test(lines[k])) break; // a declaration or macro
    }
    out.push({ name: m[1], summary, upstreamFile, upstreamLine, url, defLine: def, endLine: end });
  }
  return out;
}

/** The function whose body holds a 0-based line. */
export function functionAt(headers: FnHeader[], line: number): FnHeader | undefined {
  return headers.find((h) => h.defLine <= line && line <= h.endLine);
}

/**
 * The line (0-based) of a function's definition in a real kernel source file: the first line that
 * starts at column 0, names the function followed by `(` and is not a declaration (no `;` before `{`).
 */
export function findDefinition(text: string, name: string): number | undefined {
  const lines = text.split('\n');
  const re = new RegExp(`^[A-Za-z_].*\\b${name.replace(/[^A-Za-z0-9_]/g, '')}\\s*\\(`);
  for (let i = 0; i < lines.length; i++) {
    if (!re.test(lines[i])) continue;
    // follow the signature until `{` (a definition) or `;` (a prototype)
    for (let k = i; k < lines.length && k < i + 12; k++) {
      const code = codeOnly(lines[k]);
      const semi = code.indexOf(';');
      const brace = code.indexOf('{');
      if (brace >= 0 && (semi < 0 || brace < semi)) return i;
      if (semi >= 0) break;
      if (k > i && /^\{/.test(lines[k])) return i;
    }
    if (lines[i + 1] !== undefined && /^\{/.test(lines[i + 1])) return i;
  }
  return undefined;
}

/** The parameter names of the function defined at 1-based defLine (`struct sock *sk, int flags` → sk, flags). */
export function definitionParams(lines: readonly string[], defLine: number, name: string): string[] {
  const p: string[] = [];
  let sig = '';
  for (let i = defLine - 1; i < lines.length && i < defLine + 6; i++) {
    sig += lines[i] + ' ';
    if (sig.includes(')')) break;
  }
  const open = sig.indexOf(`${name}(`);
  const close = sig.indexOf(')', open);
  if (open >= 0 && close > open) {
    for (const part of sig.slice(open + name.length + 1, close).split(',')) {
      const m = /([A-Za-z_][A-Za-z0-9_]*)\s*(\[\s*\])?\s*$/.exec(part.trim());
      if (m && m[1] !== 'void') p.push(m[1]);
    }
  }
  return p;
}
