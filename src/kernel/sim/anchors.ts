// Anchors tie each simulated step to a line of the annotated C sources (media/kernel/…) by the
// line's *text*, resolved when the sources are loaded — never by a hard-coded line number.
// Every simulated kernel function declares its anchors once, at module load, with defineFn().

export interface FnDef {
  id: number;
  name: string;
  /** Path inside the kernel tree, e.g. "net/ipv4/af_inet.c" (annotated copy under media/kernel/). */
  file: string;
  /** 1-based line of the definition in the annotated source (0 until resolved). */
  defLine: number;
  /** Range of the body in the annotated source (1-based, inclusive). */
  endLine: number;
  anchors: number[];
  /** Upstream line and Elixir URL, read from the comment block above the definition. */
  upstreamLine: number;
  url: string;
}

export interface AnchorDef {
  id: number;
  fn: FnDef;
  key: string;
  /** The text to find inside the function; `text#2` means its second occurrence. */
  text: string;
  /** Resolved 1-based line in the annotated file (0 until resolved). */
  line: number;
}

export const FUNCTIONS: FnDef[] = [];
export const ANCHORS: AnchorDef[] = [];
const byName = new Map<string, FnDef>();

export type Anchors<K extends string> = { readonly fn: FnDef } & { readonly [P in K]: number };

/** Declares a simulated kernel function and the lines it can stop at. */
export function defineFn<K extends string>(file: string, name: string, lines: Record<K, string>): Anchors<K> {
  if (byName.has(name)) throw new Error(`defineFn: ${name} declared twice`);
  const fn: FnDef = { id: FUNCTIONS.length, name, file, defLine: 0, endLine: 0, anchors: [], upstreamLine: 0, url: '' };
  FUNCTIONS.push(fn);
  byName.set(name, fn);
  const out: Record<string, unknown> = { fn };
  for (const key of Object.keys(lines) as K[]) {
    // (a trace entry holds an anchor in 20 bits: see LINE_RUN_SHIFT in trace.ts)
    if (ANCHORS.length >= 1 << 20) throw new Error('defineFn: too many anchors');
    const a: AnchorDef = { id: ANCHORS.length, fn, key, text: lines[key], line: 0 };
    ANCHORS.push(a);
    fn.anchors.push(a.id);
    out[key] = a.id;
  }
  // A copy, not `out` itself: an object given many properties one keyed store at a time drops to
  // dictionary mode in V8, and every line the twins record reads an anchor id from it (`RCV3.th`).
  // A spread copy has fast properties: that read is a plain field load.
  return { ...out } as Anchors<K>;
}

export function findFunction(name: string): FnDef | undefined {
  return byName.get(name);
}

export interface AnchorProblem {
  fn: string;
  file: string;
  message: string;
}

/** Reads one annotated file by its kernel-tree path; throws or returns undefined when missing. */
export type SourceReader = (kernelPath: string) => string | undefined;

let resolvedWith: SourceReader | undefined;
let lastProblems: AnchorProblem[] = [];

/**
 * Finds every declared function and anchor in the annotated sources. Returns the problems
 * (missing function, missing or ambiguous anchor); steps whose anchor did not resolve keep line 0.
 */
export function resolveAnchors(read: SourceReader): AnchorProblem[] {
  if (resolvedWith === read) return lastProblems;
  const problems: AnchorProblem[] = [];
  const files = new Map<string, string[] | undefined>();
  for (const fn of FUNCTIONS) {
    if (!files.has(fn.file)) {
      let text: string | undefined;
      try {
        text = read(fn.file);
      } catch {
        text = undefined;
      }
      files.set(fn.file, text === undefined ? undefined : text.split('\n'));
    }
    const lines = files.get(fn.file);
    if (!lines) {
      problems.push({ fn: fn.name, file: fn.file, message: `annotated source ${fn.file} not found` });
      continue;
    }
    const range = functionRange(lines, fn.name);
    if (!range) {
      problems.push({ fn: fn.name, file: fn.file, message: `function ${fn.name} not defined in ${fn.file}` });
      continue;
    }
    fn.defLine = range.start;
    fn.endLine = range.end;
    const meta = upstreamMeta(lines, range.start);
    fn.upstreamLine = meta.line;
    fn.url = meta.url;
    for (const id of fn.anchors) {
      const a = ANCHORS[id];
      const hashAt = a.text.lastIndexOf('#');
      let needle = a.text;
      let nth = 0;
      if (hashAt > 0 && /^\d+$/.test(a.text.slice(hashAt + 1))) {
        needle = a.text.slice(0, hashAt);
        nth = Number(a.text.slice(hashAt + 1));
      }
      const hits: number[] = [];
      const code = codeOf(fn.file, lines);
      for (let i = range.start; i <= range.end; i++) {
        if (code[i - 1].includes(needle)) hits.push(i);
      }
      if (hits.length === 0) {
        problems.push({ fn: fn.name, file: fn.file, message: `anchor "${a.text}" (${a.key}) not found in ${fn.name}` });
      } else if (nth === 0 && hits.length > 1) {
        problems.push({
          fn: fn.name,
          file: fn.file,
          message: `anchor "${a.text}" (${a.key}) is ambiguous in ${fn.name}: lines ${hits.join(', ')}`,
        });
        a.line = hits[0];
      } else if (nth > hits.length) {
        problems.push({ fn: fn.name, file: fn.file, message: `anchor "${a.text}" (${a.key}) has only ${hits.length} occurrence(s)` });
      } else {
        a.line = hits[nth === 0 ? 0 : nth - 1];
      }
    }
  }
  resolvedWith = read;
  lastProblems = problems;
  return problems;
}

const codeCache = new Map<string, string[]>();
/** Each line with its comments blanked out, so anchors match code only (annotations never). */
function codeOf(file: string, lines: string[]): string[] {
  let out = codeCache.get(file);
  if (out && out.length === lines.length) return out;
  out = [];
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
  codeCache.set(file, out);
  return out;
}

/** The definition is the first line at column 0 that contains `name(`; its body ends at a column-0 `}`. */
export function functionRange(lines: string[], name: string): { start: number; end: number } | undefined {
  const re = new RegExp(`(^|[^A-Za-z0-9_])${name.replace(/\$/g, '\\$')}\\(`);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.length === 0 || /\s/.test(l[0]) || l.startsWith('/') || l.startsWith('*') || l.startsWith('#')) continue;
    if (!re.test(l) || l.trimEnd().endsWith(';')) continue;
    for (let j = i + 1; j < lines.length; j++) {
      if (lines[j].startsWith('}')) return { start: i + 1, end: j + 1 };
    }
  }
  return undefined;
}

function upstreamMeta(lines: string[], defLine: number): { line: number; url: string } {
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
