// `npm run sources:check -- --linux DIR [--details] [--write]`: checks every annotated definition of
// media/kernel/ against Linux v5.4 (DIR: a v5.4 tree, or just its files at their paths).
//
// For each definition (a function or an ops table / array with a `name -- …` header):
//  - its definition line in the real file (the line that names it, as Elixir's links do) must be the
//    header's `upstream: PATH:LINE` and its Elixir link's #L;
//  - every code line it shows (comments are ours and skipped; whitespace aside) must be a line of that
//    definition in v5.4, in v5.4's order — otherwise "not found" (altered, invented or from a later
//    version; the details say whether the text is elsewhere in the definition, elsewhere in the file,
//    or several real lines joined into one);
//  - every real code line left out between two shown lines must be marked by a `......` line (or a
//    comment beginning with `......`) between them — otherwise an "unmarked omission".
// The tree itself must be v5.4: its Makefile's VERSION, PATCHLEVEL, SUBLEVEL are 5, 4, 0.
// One line per definition, then a summary; exit 1 on any mismatch.
//
// --write also writes media/kernel/upstream-lines.json (generated — do not edit): each shown line of
// each annotated file with its v5.4 line (0 where it is not found) and a fingerprint of its code,
// which src/kernel/core/annotated.ts reads for every front end. `--check-map` (no tree needed) only
// says whether that map is stale against the annotated sources; `--write` without a tree brings it up
// to date when only annotations moved the shown lines (their code, in order, unchanged).
//
// The reading of the annotated format is annotated.ts's; this file only aligns and reports.

import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  codeLines,
  elixirUrl,
  functionHeaders,
  makefileVersion,
  mapStaleness,
  normalizedCode,
  parseUpstreamMap,
  realDefinition,
  shownLines,
  shownFingerprints,
  UPSTREAM_MAP_PATH,
  type FnHeader,
  type ShownLine,
  type UpstreamMap,
} from '../src/kernel/core/annotated';

export interface NotFound {
  line: number;
  text: string;
  /** Why, when the text is known elsewhere: out of order, outside the definition, joined lines. */
  hint: string;
  /** The v5.4 lines it stands for, when known (moved: that line; joined: those lines). */
  real: number[];
}

export interface Omission {
  /** The shown lines around the gap (annotated file, 1-based; 0 at the definition's ends). */
  after: number;
  before: number;
  /** The real code lines skipped (v5.4, 1-based). */
  real: number[];
}

export interface DefinitionResult {
  name: string;
  /** The annotated file's kernel path and the definition's line in it (1-based). */
  file: string;
  line: number;
  /** The header's claim. */
  upstreamFile: string;
  upstreamLine: number;
  url: string;
  /** The definition line in the real file (1-based), or 0 when the definition is not there. */
  realLine: number;
  /** Problems with the header: wrong line, wrong link, file missing, definition missing. */
  header: string[];
  shown: number;
  /** Each shown code line (annotated line → v5.4 line) that was found. */
  found: Map<number, number>;
  /**
   * The map's line for each shown code line it can place: the found ones, and those not found whose
   * statement is known (moved, or several real lines joined: the first) — the front ends show that.
   */
  mapped: Map<number, number>;
  notFound: NotFound[];
  omissions: Omission[];
}

export const ok = (r: DefinitionResult) => r.header.length === 0 && r.notFound.length === 0 && r.omissions.length === 0;

/** Reads a file of the tree; undefined when absent. */
export type TreeReader = (kernelPath: string) => string | undefined;

const BIG = 1e6;

/**
 * Aligns a definition's shown lines with its real lines: each shown code line goes to a real line
 * with the same code, in order, so that as few as possible are left unmatched and, after that, as few
 * real code lines as possible are skipped where no `......` stands. Returns the matches (indexes into
 * `real`) and, per gap between matches, the skipped real lines where no `......` marks them.
 * `real[k]` is the normalised code of the k-th real line ('' for blank or comment-only lines).
 */
export function align(shown: readonly ShownLine[], real: readonly string[]): { match: number[]; omissions: Array<{ afterShown: number; beforeShown: number; real: number[] }> } {
  const m = real.length;
  // significant lines before index k
  const sig = new Int32Array(m + 1);
  for (let k = 0; k < m; k++) sig[k + 1] = sig[k] + (real[k] ? 1 : 0);
  const between = (p: number, k: number) => sig[k] - sig[p + 1]; // significant lines strictly between p and k
  const where = new Map<string, number[]>();
  for (let k = 0; k < m; k++) if (real[k]) (where.get(real[k]) ?? where.set(real[k], []).get(real[k])!).push(k);
  // state s = (p + 1) * 2 + g: p the last matched real line (-1: none yet), g a `......` since then
  const S = (m + 1) * 2;
  let cost = new Float64Array(S).fill(Infinity);
  cost[0] = 0;
  const back: Int32Array[] = []; // per shown item: the previous state of each state
  for (const item of shown) {
    const next = new Float64Array(S).fill(Infinity);
    const prev = new Int32Array(S).fill(-1);
    if (item.gap) {
      for (let s = 0; s < S; s++) {
        if (cost[s] === Infinity) continue;
        const t = s | 1;
        if (cost[s] < next[t]) {
          next[t] = cost[s];
          prev[t] = s;
        }
      }
    } else {
      const cands = where.get(item.code) ?? [];
      for (let s = 0; s < S; s++) {
        if (cost[s] === Infinity) continue;
        // left unmatched: the state stays
        if (cost[s] + BIG < next[s]) {
          next[s] = cost[s] + BIG;
          prev[s] = s;
        }
        const p = (s >> 1) - 1;
        const g = s & 1;
        for (const k of cands) {
          if (k <= p) continue;
          const c = cost[s] + (g ? 0 : between(p, k));
          const t = (k + 1) * 2;
          if (c < next[t]) {
            next[t] = c;
            prev[t] = s;
          }
        }
      }
    }
    back.push(prev);
    cost = next;
  }
  // the end: real lines after the last match are skipped too
  let best = -1;
  let bestCost = Infinity;
  for (let s = 0; s < S; s++) {
    if (cost[s] === Infinity) continue;
    const p = (s >> 1) - 1;
    const c = cost[s] + (s & 1 ? 0 : between(p, m));
    if (c < bestCost) {
      bestCost = c;
      best = s;
    }
  }
  const match = new Array<number>(shown.length).fill(-1);
  let s = best;
  for (let i = shown.length - 1; i >= 0; i--) {
    const ps = back[i][s];
    if (!shown[i].gap && s !== ps) match[i] = (s >> 1) - 1; // a match moves p; left unmatched, the state stays
    s = ps;
  }
  // unmarked omissions: between consecutive matches (and the ends) with no gap item between
  const omissions: Array<{ afterShown: number; beforeShown: number; real: number[] }> = [];
  let lastK = -1;
  let lastI = -1;
  let gap = false;
  const close = (k: number, i: number) => {
    if (!gap) {
      const skipped: number[] = [];
      for (let j = lastK + 1; j < k; j++) if (real[j]) skipped.push(j);
      if (skipped.length) omissions.push({ afterShown: lastI, beforeShown: i, real: skipped });
    }
  };
  for (let i = 0; i < shown.length; i++) {
    if (shown[i].gap) gap = true;
    else if (match[i] >= 0) {
      close(match[i], i);
      lastK = match[i];
      lastI = i;
      gap = false;
    }
  }
  close(m, -1);
  return { match, omissions };
}

/** The normalised code of each line of a real file (comments and whitespace removed). */
function realCode(lines: readonly string[]): string[] {
  return codeLines(lines).map(normalizedCode);
}

/**
 * Why a shown line is not in the definition (in order): its text elsewhere in the definition (out of
 * order, or shown more often than v5.4 has it), several consecutive real lines joined into one,
 * elsewhere in the file, or nowhere. `real` lines it stands for (1-based): the line it was moved from,
 * the lines it joins — those are not counted as left out.
 */
function hintFor(code: string, real: readonly string[], range: { start: number; end: number }, matchedReal: ReadonlySet<number>): { hint: string; real: number[] } {
  const inDef: number[] = [];
  const inFile: number[] = [];
  for (let k = 0; k < real.length; k++) {
    if (real[k] !== code) continue;
    if (k + 1 >= range.start && k + 1 <= range.end) inDef.push(k + 1);
    else inFile.push(k + 1);
  }
  const free = inDef.filter((k) => !matchedReal.has(k));
  if (free.length) return { hint: `out of v5.4's order (v5.4 has it at line ${free.join(', ')})`, real: free.slice(0, 1) };
  if (inDef.length) return { hint: `shown more often than v5.4 has it (v5.4 line ${inDef.join(', ')})`, real: [] };
  for (let k = range.start - 1; k < range.end; k++) {
    if (!real[k] || !code.startsWith(real[k])) continue;
    let joined = real[k];
    for (let j = k + 1; j < range.end && j < k + 12; j++) {
      joined += real[j];
      if (!code.startsWith(joined)) break;
      if (joined === code && real[j]) {
        const lines: number[] = [];
        for (let x = k; x <= j; x++) lines.push(x + 1);
        return { hint: `joins v5.4 lines ${k + 1}–${j + 1} into one`, real: lines };
      }
    }
  }
  if (inFile.length) return { hint: `in v5.4 only outside this definition (line ${inFile.slice(0, 3).join(', ')}${inFile.length > 3 ? ', …' : ''})`, real: [] };
  return { hint: 'not in v5.4 (altered, invented or from a later version)', real: [] };
}

/** Checks one annotated definition against the real file's text (undefined: the file is missing). */
export function checkDefinition(file: string, lines: readonly string[], code: readonly string[], h: FnHeader, realText: string | undefined): DefinitionResult {
  const r: DefinitionResult = {
    name: h.name,
    file,
    line: h.defLine + 1,
    upstreamFile: h.upstreamFile,
    upstreamLine: h.upstreamLine,
    url: h.url,
    realLine: 0,
    header: [],
    shown: 0,
    found: new Map(),
    mapped: new Map(),
    notFound: [],
    omissions: [],
  };
  const shown = shownLines(lines, code, h.defLine + 1, h.endLine + 1);
  r.shown = shown.filter((s) => !s.gap).length;
  const upstreamFile = h.upstreamFile || file;
  if (!h.upstreamFile) r.header.push('no `upstream: PATH:LINE` in the header');
  if (realText === undefined) {
    r.header.push(`${upstreamFile} is not in the tree`);
    return r;
  }
  const realLines = realText.split('\n');
  const range = realDefinition(realLines, h.name);
  if (!range) {
    r.header.push(`${h.name} is not defined in v5.4's ${upstreamFile}`);
    return r;
  }
  r.realLine = range.start;
  const want = elixirUrl(upstreamFile, range.start);
  if (h.upstreamLine !== range.start && h.url === elixirUrl(upstreamFile, h.upstreamLine)) r.header.push(`header and link say line ${h.upstreamLine}, v5.4 defines it at ${range.start}`);
  else {
    if (h.upstreamLine !== range.start) r.header.push(`header says line ${h.upstreamLine}, v5.4 defines it at ${range.start}`);
    if (h.url !== want) r.header.push(`link ${h.url || '(none)'} should be ${want}`);
  }
  const all = realCode(realLines);
  const body = all.slice(range.start - 1, range.end);
  const { match, omissions } = align(shown, body);
  const matched = new Set<number>();
  shown.forEach((s, i) => {
    if (match[i] >= 0) {
      r.found.set(s.line, range.start + match[i]);
      matched.add(range.start + match[i]);
    }
  });
  const accounted = new Set<number>();
  shown.forEach((s, i) => {
    if (s.gap || match[i] >= 0) return;
    const h = hintFor(s.code, all, range, matched);
    r.notFound.push({ line: s.line, text: lines[s.line - 1].trim(), hint: h.hint, real: h.real });
    for (const k of h.real) accounted.add(k);
  });
  for (const [l, k] of r.found) r.mapped.set(l, k);
  for (const n of r.notFound) if (n.real.length) r.mapped.set(n.line, n.real[0]);
  for (const o of omissions) {
    // real lines a not-found line stands for (moved, joined) are reported with it, not as left out
    const left = o.real.map((k) => range.start + k).filter((k) => !accounted.has(k));
    if (left.length) r.omissions.push({ after: o.afterShown >= 0 ? shown[o.afterShown].line : 0, before: o.beforeShown >= 0 ? shown[o.beforeShown].line : 0, real: left });
  }
  return r;
}

export interface TreeVersion {
  /** e.g. "5.4.0", or undefined without a Makefile. */
  version?: string;
  extra?: string;
  isV54: boolean;
  message: string;
}

/** What the tree's Makefile says (VERSION, PATCHLEVEL, SUBLEVEL, EXTRAVERSION). */
export function treeVersion(makefile: string | undefined): TreeVersion {
  if (makefile === undefined) return { isV54: false, message: 'no Makefile: the version of these files is not known (files at their paths are checked as they are)' };
  const { version, extra, isV54 } = makefileVersion(makefile);
  return {
    version,
    extra,
    isV54,
    message: isV54 ? `Makefile says ${version}${extra ? ` (EXTRAVERSION ${extra})` : ''}: Linux v5.4` : `Makefile says ${version}${extra}: NOT Linux v5.4 (VERSION/PATCHLEVEL/SUBLEVEL must be 5/4/0)`,
  };
}

/** Every annotated source under a media/kernel directory: kernel paths, sorted. */
export function annotatedFiles(mediaKernel: string, rel = ''): string[] {
  const out: string[] = [];
  for (const d of fs.readdirSync(path.join(mediaKernel, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${d.name}` : d.name;
    if (d.isDirectory()) out.push(...annotatedFiles(mediaKernel, p));
    else if (/\.[ch]$/.test(d.name)) out.push(p);
  }
  return out.sort();
}

export interface CheckResult {
  tree: TreeVersion;
  results: DefinitionResult[];
}

/** Checks every annotated definition of `mediaKernel` against the tree read by `readTree`. */
export function checkSources(mediaKernel: string, readTree: TreeReader): CheckResult {
  const results: DefinitionResult[] = [];
  for (const file of annotatedFiles(mediaKernel)) {
    const text = fs.readFileSync(path.join(mediaKernel, file), 'utf8');
    const lines = text.split('\n');
    const code = codeLines(lines);
    for (const h of functionHeaders(text)) results.push(checkDefinition(file, lines, code, h, readTree(h.upstreamFile || file)));
  }
  return { tree: treeVersion(readTree('Makefile')), results };
}

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

/** The report: one line per definition (with --details, each problem under it), then the summary. */
export function report(c: CheckResult, details: boolean): { text: string; failed: boolean } {
  const out: string[] = [];
  const w = Math.max(...c.results.map((r) => r.name.length), 10);
  for (const r of c.results) {
    const where = `${r.upstreamFile || r.file}:${r.realLine || '?'}`;
    const probs: string[] = [];
    if (r.header.length) probs.push(r.header.join('; '));
    if (r.notFound.length) probs.push(`${plural(r.notFound.length, 'shown line')} not found in v5.4`);
    if (r.omissions.length) probs.push(`${plural(r.omissions.reduce((n, o) => n + o.real.length, 0), 'real line')} left out unmarked (${plural(r.omissions.length, 'place')})`);
    out.push(`${ok(r) ? 'ok  ' : 'FAIL'}  ${r.name.padEnd(w)}  ${where.padEnd(40)}  ${ok(r) ? `${r.shown} shown lines, all v5.4's, in order` : probs.join('; ')}`);
    if (details && !ok(r)) {
      for (const n of r.notFound) out.push(`        media/kernel/${r.file}:${n.line}: ${n.text}  — ${n.hint}`);
      for (const o of r.omissions) {
        const a = o.after ? `after media/kernel/${r.file}:${o.after}` : 'at the start';
        const b = o.before ? `before :${o.before}` : 'to the end';
        out.push(`        ${a}, ${b}: v5.4 lines ${ranges(o.real)} left out with no \`......\``);
      }
    }
  }
  const n = c.results.length;
  const defsOk = c.results.filter((r) => r.realLine && r.realLine === r.upstreamLine && r.url === elixirUrl(r.upstreamFile || r.file, r.realLine)).length;
  const shown = c.results.reduce((a, r) => a + r.shown, 0);
  const notFound = c.results.reduce((a, r) => a + r.notFound.length, 0);
  const omitted = c.results.reduce((a, r) => a + r.omissions.length, 0);
  const omittedLines = c.results.reduce((a, r) => a + r.omissions.reduce((x, o) => x + o.real.length, 0), 0);
  const good = c.results.filter(ok).length;
  const treeOk = c.tree.isV54 || c.tree.version === undefined;
  out.push('');
  out.push(`tree: ${c.tree.message}`);
  out.push(`definitions checked: ${n} (${new Set(c.results.map((r) => r.file)).size} annotated files)`);
  out.push(`definition lines exact (header and Elixir link): ${defsOk}/${n}`);
  out.push(`shown lines found in v5.4, in order: ${shown - notFound}/${shown}${notFound ? ` (${notFound} not found, in ${c.results.filter((r) => r.notFound.length).length} definitions)` : ''}`);
  out.push(`unmarked omissions: ${omitted}${omitted ? ` (${omittedLines} real lines, in ${c.results.filter((r) => r.omissions.length).length} definitions)` : ''}`);
  out.push(`definitions fully right: ${good}/${n}`);
  const failed = good !== n || !treeOk;
  out.push(failed ? `sources:check: MISMATCH${details ? '' : ' (--details lists every line)'}` : 'sources:check: every annotated definition is Linux v5.4, exactly');
  return { text: out.join('\n'), failed };
}

function ranges(xs: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < xs.length; ) {
    let j = i;
    while (j + 1 < xs.length && xs[j + 1] === xs[j] + 1) j++;
    out.push(i === j ? `${xs[i]}` : `${xs[i]}–${xs[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

/** The map's JSON for a set of results: every shown line of every annotated file, in line order. */
export function mapJson(mediaKernel: string, c: CheckResult): string {
  const real = new Map<string, Map<number, number>>();
  for (const r of c.results) {
    const m = real.get(r.file) ?? real.set(r.file, new Map()).get(r.file)!;
    for (const [l, k] of r.mapped) m.set(l, k);
  }
  const files: UpstreamMap['files'] = {};
  for (const file of annotatedFiles(mediaKernel)) {
    const text = fs.readFileSync(path.join(mediaKernel, file), 'utf8');
    files[file] = shownFingerprints(text).map(([l, fp]) => [l, real.get(file)?.get(l) ?? 0, fp]);
  }
  const head = `{\n  "generated": "generated — do not edit: npm run sources:check -- --linux DIR --write (scripts/sources-check.ts)",\n  "linux": "v5.4",\n  "files": {\n`;
  const body = Object.entries(files)
    .map(([f, es]) => `    ${JSON.stringify(f)}: [\n${es.map((e) => `      ${JSON.stringify(e)}`).join(',\n')}\n    ]`)
    .join(',\n');
  return `${head}${body}\n  }\n}\n`;
}

/** Why the committed map is stale against the annotated sources ([] when it is current). */
export function mapProblems(mediaKernel: string): string[] {
  const mapPath = path.join(mediaKernel, UPSTREAM_MAP_PATH);
  const map = parseUpstreamMap(fs.existsSync(mapPath) ? fs.readFileSync(mapPath, 'utf8') : undefined);
  if (!map) return [`media/kernel/${UPSTREAM_MAP_PATH} is missing or not a map`];
  const problems: string[] = [];
  const files = annotatedFiles(mediaKernel);
  for (const f of files) problems.push(...mapStaleness(map, f, fs.readFileSync(path.join(mediaKernel, f), 'utf8')));
  for (const f of Object.keys(map.files)) if (!files.includes(f)) problems.push(`${f}: in the map, no such annotated file`);
  return problems;
}

/**
 * The map brought up to date without a tree, when only where the shown lines stand changed (an
 * annotation added or removed): each file's shown lines, in order, have the same code as the map's,
 * so each keeps its v5.4 line at its new place. Returns the new JSON, or the files whose code changed.
 */
export function reanchorMap(mediaKernel: string): { json: string } | { changed: string[] } {
  const mapPath = path.join(mediaKernel, UPSTREAM_MAP_PATH);
  const map = parseUpstreamMap(fs.existsSync(mapPath) ? fs.readFileSync(mapPath, 'utf8') : undefined);
  const changed: string[] = [];
  const lines = new Map<string, Map<number, number>>();
  for (const file of annotatedFiles(mediaKernel)) {
    const now = shownFingerprints(fs.readFileSync(path.join(mediaKernel, file), 'utf8'));
    const was = map?.files[file] ?? [];
    if (now.length !== was.length || now.some(([, fp], i) => fp !== was[i][2])) {
      changed.push(file);
      continue;
    }
    lines.set(file, new Map(now.map(([l], i) => [l, was[i][1]])));
  }
  if (changed.length) return { changed };
  const c: CheckResult = { tree: { isV54: true, message: '' }, results: [] };
  for (const [file, m] of lines) c.results.push({ file, mapped: m } as DefinitionResult);
  return { json: mapJson(mediaKernel, c) };
}

/** A reader of a Linux tree (or of just its files at their paths). */
export function treeReader(dir: string): TreeReader {
  return (p) => {
    const f = path.join(dir, p);
    return fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : undefined;
  };
}

function main(argv: string[]): number {
  const root = path.resolve(__dirname, '..');
  let linux: string | undefined;
  let media = path.join(root, 'media', 'kernel');
  let details = false;
  let write = false;
  let checkMap = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--linux') linux = argv[++i];
    else if (a === '--media') media = path.resolve(argv[++i]);
    else if (a === '--details') details = true;
    else if (a === '--write') write = true;
    else if (a === '--check-map') checkMap = true;
    else {
      process.stderr.write(`sources:check: unknown argument ${a}\nusage: npm run sources:check -- --linux DIR [--details] [--write] | --check-map\n`);
      return 2;
    }
  }
  if (checkMap) {
    const problems = mapProblems(media);
    if (problems.length) {
      process.stderr.write(`sources:check: media/kernel/${UPSTREAM_MAP_PATH} is stale against the annotated sources (${problems.length}):\n${problems.slice(0, 20).map((p) => `  ${p}\n`).join('')}${problems.length > 20 ? '  …\n' : ''}run: npm run sources:check -- --linux DIR --write  (DIR: a Linux v5.4 tree)\n`);
      return 1;
    }
    process.stdout.write(`sources:check: media/kernel/${UPSTREAM_MAP_PATH} is current\n`);
    return 0;
  }
  if (!linux && write) {
    // no tree: only where the shown lines stand may have changed
    const r = reanchorMap(media);
    if ('changed' in r) {
      process.stderr.write(`sources:check: the code shown in ${r.changed.join(', ')} changed since the map was written: --write needs --linux DIR (a Linux v5.4 tree)\n`);
      return 1;
    }
    fs.writeFileSync(path.join(media, UPSTREAM_MAP_PATH), r.json);
    process.stdout.write(`sources:check: the shown code is unchanged; media/kernel/${UPSTREAM_MAP_PATH} follows the lines to their new places\n`);
    return 0;
  }
  if (!linux) {
    process.stderr.write('sources:check: --linux DIR is required (a Linux v5.4 tree, or its files at their paths)\n');
    return 2;
  }
  if (!fs.existsSync(linux)) {
    process.stderr.write(`sources:check: ${linux} does not exist\n`);
    return 2;
  }
  const c = checkSources(media, treeReader(linux));
  const { text, failed } = report(c, details);
  process.stdout.write(`sources:check against ${linux}\n${text}\n`);
  if (write) {
    if (!c.tree.isV54) {
      process.stderr.write('sources:check: not writing the map: the tree is not Linux v5.4 by its Makefile\n');
      return 1;
    }
    const file = path.join(media, UPSTREAM_MAP_PATH);
    fs.writeFileSync(file, mapJson(media, c));
    const n = c.results.reduce((a, r) => a + r.mapped.size, 0);
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}: ${n} lines with their v5.4 line\n`);
  }
  return failed ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
