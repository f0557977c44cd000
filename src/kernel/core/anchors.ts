// Anchors tie each simulated step to a line of the annotated C sources (media/kernel/…). The
// generator finds each marker's line by its text and writes the line's number into the table (the
// text is in the annotated file, read with it when the sources load); CI regenerates and fails on
// any difference, so a table never points at a line the file has moved.
// Every simulated kernel function declares its anchors once, at module load, with defineFn() — in the
// generated stepping layer (src/kernel/gen/, from the line markers of src/kernel/net/: scripts/gen-kernel.ts).

import { codeLines, functionRange, parseUpstreamMap, upstreamLines, upstreamMeta, UPSTREAM_MAP_PATH } from './annotated';

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
  /**
   * The v5.4 lines of the definition line and of the closing line, from the map
   * (media/kernel/upstream-lines.json); 0 when the map does not know them.
   */
  realDefLine?: number;
  realEndLine?: number;
}

export interface AnchorDef {
  id: number;
  fn: FnDef;
  key: string;
  /** The code of its line in the annotated file (comments blanked, trimmed), read when the sources load. */
  text: string;
  /** 1-based line in the annotated file (the generator found it there, from the marker's text). */
  line: number;
  /** Its line in Linux v5.4, from the map (media/kernel/upstream-lines.json); 0 when the map does not know it. */
  realLine: number;
}

export const FUNCTIONS: FnDef[] = [];
export const ANCHORS: AnchorDef[] = [];
const byName = new Map<string, FnDef>();

export type Anchors<K extends string> = { readonly fn: FnDef } & { readonly [P in K]: number };

/**
 * Declares a simulated kernel function and the lines it can stop at: their lines in the annotated
 * file, in order (the generator writes them). Anchor keys are `L<line>`, and `L<line>_2`, `_3` … for
 * further anchors on the same line (two statements a line stands for).
 */
export function defineFn<K extends string>(file: string, name: string, lines: readonly number[]): Anchors<K> {
  if (byName.has(name)) throw new Error(`defineFn: ${name} declared twice`);
  const fn: FnDef = { id: FUNCTIONS.length, name, file, defLine: 0, endLine: 0, anchors: [], upstreamLine: 0, url: '' };
  FUNCTIONS.push(fn);
  byName.set(name, fn);
  const out: Record<string, unknown> = { fn };
  for (const line of lines) {
    let key = `L${line}`;
    for (let i = 2; key in out; i++) key = `L${line}_${i}`;
    // (a trace entry holds an anchor in 20 bits: see LINE_RUN_SHIFT in trace.ts)
    if (ANCHORS.length >= 1 << 20) throw new Error('defineFn: too many anchors');
    const a: AnchorDef = { id: ANCHORS.length, fn, key, text: '', line, realLine: 0 };
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
 * Finds every declared function and anchor in the annotated sources, and their v5.4 lines in the map
 * the same reader finds beside them (`upstream-lines.json`; a line the map does not know, or whose
 * code changed since the map was written, gets 0). Returns the problems (missing function, missing or
 * ambiguous anchor); steps whose anchor did not resolve keep line 0.
 */
export function resolveAnchors(read: SourceReader): AnchorProblem[] {
  if (resolvedWith === read) return lastProblems;
  const problems: AnchorProblem[] = [];
  const files = new Map<string, string[] | undefined>();
  const real = new Map<string, Map<number, number>>();
  const tryRead = (p: string) => {
    try {
      return read(p);
    } catch {
      return undefined;
    }
  };
  const map = parseUpstreamMap(tryRead(UPSTREAM_MAP_PATH));
  for (const fn of FUNCTIONS) {
    if (!files.has(fn.file)) {
      const text = tryRead(fn.file);
      files.set(fn.file, text === undefined ? undefined : text.split('\n'));
      if (text !== undefined) real.set(fn.file, upstreamLines(map, fn.file, text));
    }
    const lines = files.get(fn.file);
    const realOf = real.get(fn.file);
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
    fn.realDefLine = realOf?.get(range.start) ?? 0;
    fn.realEndLine = realOf?.get(range.end) ?? 0;
    const meta = upstreamMeta(lines, range.start);
    fn.upstreamLine = meta.line;
    fn.url = meta.url;
    const code = codeOf(fn.file, lines);
    for (const id of fn.anchors) {
      const a = ANCHORS[id];
      // (the generator put the anchor on a code line of the function: src/kernel/gen/ is checked in CI)
      const text = a.line >= range.start && a.line <= range.end ? code[a.line - 1].trim() : '';
      if (!text) problems.push({ fn: fn.name, file: fn.file, message: `anchor ${a.key}: line ${a.line} is not a code line of ${fn.name} (lines ${range.start}–${range.end}): src/kernel/gen/ is stale (npm run gen)` });
      a.text = text;
      a.realLine = realOf?.get(a.line) ?? 0;
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
  out = codeLines(lines);
  codeCache.set(file, out);
  return out;
}

export { functionRange };
