// The one reader of sockwalk's annotated C sources (media/kernel/…): where a function is defined and
// where its body ends, which part of each line is code (annotations are comments), and the header
// above a definition (its upstream file and line, its Elixir link), which lines a definition shows
// (code, and `......` for what it leaves out), where a definition is in a real kernel file, and the
// map from each shown line to its line in Linux v5.4 (media/kernel/upstream-lines.json, written by
// scripts/sources-check.ts). Used by the kernel's anchors, the generator of the stepping layer
// (scripts/gen-kernel.ts), the checker, the debug adapter and the extension.
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
  /** A function, or a data definition (an ops table, an array: `name = {`, `name[16] = {`). */
  kind: 'function' | 'data';
  summary: string;
  /** Kernel path, e.g. net/ipv4/af_inet.c */
  upstreamFile: string;
  upstreamLine: number;
  url: string;
  /** 0-based line of the definition in the annotated file; the body runs to endLine (inclusive). */
  defLine: number;
  endLine: number;
}

/** Every function header of an annotated source (the comment block with `name -- …`, upstream, URL), data definitions too. */
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
    // the definition: the first line after the block naming the function with `(` (or the data with `=`)
    let def = -1;
    let kind: FnHeader['kind'] = 'function';
    for (let k = j + 1; k < lines.length && k < j + 6; k++) {
      const d = definitionRe(m[1]).exec(lines[k]);
      if (d) {
        def = k;
        kind = d[1] === '(' ? 'function' : 'data';
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
    out.push({ name: m[1], kind, summary, upstreamFile, upstreamLine, url, defLine: def, endLine: end });
  }
  return out;
}

/** The function whose body holds a 0-based line. */
export function functionAt(headers: FnHeader[], line: number): FnHeader | undefined {
  return headers.find((h) => h.defLine <= line && line <= h.endLine);
}

/** A line naming `name` as a definition would: `name(` (a function) or `name =` / `name[…] =` (data). */
function definitionRe(name: string): RegExp {
  return new RegExp(`(?:^|[^A-Za-z0-9_])${name.replace(/[^A-Za-z0-9_]/g, '')}\\s*(\\(|(?:\\[[^\\]]*\\])?\\s*=(?!=))`);
}

/**
 * The line (0-based) of a definition in a real kernel source file — the line that names it, as
 * Elixir's links do: the first line that starts at column 0, names the function followed by `(`
 * (or the data followed by `=`, `[…] =`) and is not a declaration (no `;` before `{`).
 */
export function findDefinition(text: string, name: string): number | undefined {
  return findDefinitionIn(text.split('\n'), name);
}

function findDefinitionIn(lines: readonly string[], name: string): number | undefined {
  const re = definitionRe(name);
  for (let i = 0; i < lines.length; i++) {
    if (!/^[A-Za-z_]/.test(lines[i]) || !re.test(lines[i])) continue;
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

/**
 * A definition in a real kernel file (kernel style): from the line that names it to the first line
 * after it that starts with `}` at column 0 (the function's closing brace, a table's `};`). 1-based.
 */
export function realDefinition(lines: readonly string[], name: string): FunctionRange | undefined {
  const def = findDefinitionIn(lines, name);
  if (def === undefined) return undefined;
  for (let j = def + 1; j < lines.length; j++) if (lines[j].startsWith('}')) return { start: def + 1, end: j + 1 };
  return undefined;
}

/** The Elixir page of a line of Linux v5.4. */
export function elixirUrl(kernelPath: string, line: number): string {
  return `https://elixir.bootlin.com/linux/v5.4/source/${kernelPath}#L${line}`;
}

/**
 * What a Linux tree's Makefile says it is: VERSION.PATCHLEVEL.SUBLEVEL (and EXTRAVERSION), and
 * whether that is v5.4 (5.4.0) — the tree the annotated sources quote and their lines number.
 */
export function makefileVersion(makefile: string): { version: string; extra: string; isV54: boolean } {
  const v = (k: string) => new RegExp(`^${k}\\s*=[ \\t]*(\\S*)`, 'm').exec(makefile)?.[1] ?? '';
  const version = `${v('VERSION')}.${v('PATCHLEVEL')}.${v('SUBLEVEL')}`;
  return { version, extra: v('EXTRAVERSION'), isV54: version === '5.4.0' };
}

/** A line's code compared the way the checker and the map compare it: comments gone, no whitespace. */
export function normalizedCode(code: string): string {
  return code.replace(/\s+/g, '');
}

/**
 * Whether a line of an annotated source marks omitted code: its code is `......`, or it is a comment
 * that begins with `......` (`/* ...... the error path *\/`).
 */
export function isGapLine(raw: string, code: string): boolean {
  const c = normalizedCode(code);
  if (c === '......') return true;
  return c === '' && /^\s*\/[*/]\s*\.{6}/.test(raw);
}

/** One line of a definition as an annotated source shows it: code (normalised), or a `......` gap. */
export interface ShownLine {
  /** 1-based line of the annotated file. */
  line: number;
  gap: boolean;
  /** The code with comments and whitespace removed ('' for a gap). */
  code: string;
}

/**
 * The lines a definition shows, from its first line to its last (1-based, inclusive): each code line
 * and each `......`; blank lines and annotations (comments) are not shown lines.
 * `code` is codeLines() of the whole file (a comment may open above the range).
 */
export function shownLines(lines: readonly string[], code: readonly string[], start: number, end: number): ShownLine[] {
  const out: ShownLine[] = [];
  for (let i = start; i <= end; i++) {
    if (isGapLine(lines[i - 1], code[i - 1])) out.push({ line: i, gap: true, code: '' });
    else {
      const c = normalizedCode(code[i - 1]);
      if (c) out.push({ line: i, gap: false, code: c });
    }
  }
  return out;
}

/** A short fingerprint of a line's normalised code (FNV-1a, 32 bits, 8 hex digits). */
export function fingerprint(code: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) {
    h ^= code.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

// ---- the map from rendition lines to Linux v5.4 lines (media/kernel/upstream-lines.json) ----

/** Where the map is, as a path under media/kernel/ (read with the same reader as the sources). */
export const UPSTREAM_MAP_PATH = 'upstream-lines.json';

/**
 * The map: for each annotated file (its kernel path), every code line its definitions show, as
 * [line in the annotated file, line in Linux v5.4 (0: not a line of v5.4), fingerprint of its code].
 * The fingerprints let a check without a kernel tree tell that the map is stale.
 */
export interface UpstreamMap {
  generated: string;
  linux: string;
  files: Record<string, Array<[number, number, string]>>;
}

/** Every code line the definitions of an annotated file show: [line, fingerprint], in order. */
export function shownFingerprints(text: string): Array<[number, string]> {
  const lines = text.split('\n');
  const code = codeLines(lines);
  const out: Array<[number, string]> = [];
  for (const h of functionHeaders(text)) {
    for (const s of shownLines(lines, code, h.defLine + 1, h.endLine + 1)) if (!s.gap) out.push([s.line, fingerprint(s.code)]);
  }
  return out;
}

/** Reads the map's JSON; undefined when it is missing or not a map. */
export function parseUpstreamMap(json: string | undefined): UpstreamMap | undefined {
  if (!json) return undefined;
  try {
    const m = JSON.parse(json) as UpstreamMap;
    if (!m || typeof m !== 'object' || typeof m.files !== 'object' || m.files === null) return undefined;
    return m;
  } catch {
    return undefined;
  }
}

/**
 * Why the map is stale for one annotated file ([] when it is not): a shown line the map lacks,
 * one whose code changed, one the map has that is no longer shown.
 */
export function mapStaleness(map: UpstreamMap | undefined, file: string, text: string): string[] {
  const have = new Map((map?.files[file] ?? []).map(([l, , fp]) => [l, fp]));
  const problems: string[] = [];
  const shown = shownFingerprints(text);
  for (const [l, fp] of shown) {
    const m = have.get(l);
    if (m === undefined) problems.push(`${file}:${l}: not in the map`);
    else if (m !== fp) problems.push(`${file}:${l}: changed since the map was written`);
    have.delete(l);
  }
  for (const l of have.keys()) problems.push(`${file}:${l}: in the map, no longer a shown line`);
  return problems;
}

/**
 * The v5.4 line of each line of an annotated file the map knows, checked line by line against the
 * file as it is now (a line whose code changed since the map was written is left out: no line rather
 * than a wrong one). 1-based on both sides.
 */
export function upstreamLines(map: UpstreamMap | undefined, file: string, text: string): Map<number, number> {
  const out = new Map<number, number>();
  const entries = map?.files[file];
  if (!entries) return out;
  const now = new Map(shownFingerprints(text));
  for (const [l, real, fp] of entries) if (real > 0 && now.get(l) === fp) out.set(l, real);
  return out;
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
