// The generator of the kernel's stepping layer: reads the hand-written kernel modules (src/kernel/net/,
// src/kernel/arch/), where each statement is marked once with the C line it stands for, and writes
// src/kernel/gen/ — per module its anchor tables, its stepping generators and their fast-path twins.
//
//   npm run gen                  regenerate src/kernel/gen/ (the build runs this first)
//   npm run gen -- --check       fail when src/kernel/gen/ is not what the sources generate (CI)
//   npm run gen -- --why NAME    why kernel function NAME has a fast twin, or why not
//
// The marker forms (declared in src/kernel/mark.ts, never run):
//   line`sk = sk_alloc(net, PF_INET, GFP_KERNEL, answer_prot, kern);`
//       before the statements that stand for that C line: the text of the line (or a part of it that
//       is found once in the function; `text#2` for its second occurrence) in the annotated source of
//       the function of the same name (media/kernel/…). Becomes `if (at(anchor)) yield;`.
//   frame({ sk, uaddr: addr })   where the function's frame opens, with the values the debugger shows
//       first (without it the frame opens at the top with the parameters). The rest of the body runs
//       inside `try { … } finally { leave(frame) }`.
//   frame.err = err;             a value the debugger shows from here on (dropped in the twins).
// A marker whose line is missing from the function, or ambiguous in it, fails the generation with the
// TypeScript file, line and column.

import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { codeLines, findLine, functionRange, type FunctionRange } from '../src/kernel/core/annotated';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Analysis } = require('./twins.cjs') as { Analysis: new (root: string, texts: Map<string, string>, sourceLines?: Map<string, number[]>) => TwinAnalysis };

interface TwinAnalysis {
  transform(file: string, text: string): string;
  heldInTables(): Set<string>;
  topLevelFunctions(file: string): string[];
  why(name: string): Array<{ name: string; file: string; twin: boolean; why: string }> | null;
}

export const HEADER = '// generated — do not edit. Written by scripts/gen-kernel.ts from';
/** Generated code is checked where it is written: its source (tsc checks that) and the generator's tests. */
const NOCHECK = '// @ts-nocheck';

/** The hand-written kernel module folders (relative to src/kernel) and where their generated twins go. */
export const SOURCE_DIRS = ['net', 'fs', 'kernel', 'drivers', 'arch'];
export const GEN_DIR = 'gen';
const MARK_MODULE = path.join('core', 'mark');

export class GenError extends Error {}

interface Annotated {
  lines: string[];
  code: string[];
}

export interface GenOptions {
  /** The package root. */
  root: string;
  /** Overrides for module texts (absolute path → text), for tests. */
  texts?: Map<string, string>;
  /** Overrides for annotated files (kernel path → text), for tests. */
  annotated?: Map<string, string>;
}

export interface GenResult {
  /** Generated file (absolute path) → its text. */
  files: Map<string, string>;
  analysis: TwinAnalysis;
}

function listTs(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listTs(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

function listAnnotated(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listAnnotated(dir, r));
    else if (/\.[ch]$/.test(e.name)) out.push(r);
  }
  return out.sort();
}

/** The annotated sources, and where each kernel function is defined in them. */
class Sources {
  private files = new Map<string, Annotated>();
  constructor(root: string, overrides?: Map<string, string>) {
    const dir = path.join(root, 'media', 'kernel');
    const names = new Set([...listAnnotated(dir), ...(overrides?.keys() ?? [])]);
    for (const f of names) {
      const text = overrides?.get(f) ?? fs.readFileSync(path.join(dir, f), 'utf8');
      const lines = text.split('\n');
      this.files.set(f, { lines, code: codeLines(lines) });
    }
  }
  /** Every annotated file that defines `name`. */
  definitions(name: string): Array<{ file: string; range: FunctionRange; src: Annotated }> {
    const out = [];
    for (const [file, src] of this.files) {
      const range = functionRange(src.lines, name);
      if (range) out.push({ file, range, src });
    }
    return out;
  }
}

function rel(from: string, to: string): string {
  let r = path.relative(path.dirname(from), to).split(path.sep).join('/');
  if (!r.startsWith('.')) r = './' + r;
  return r;
}

/** Escapes a C line for a single-quoted TypeScript string. */
function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}
/** `lines`, when given, receives the source line (1-based) of each line of the result. */
function applyEdits(text: string, edits: Edit[], lines?: number[]): string {
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  let line = 1;
  lines?.push(line);
  const newlines = (s: string) => s.split('\n').length - 1;
  const copy = (s: string) => {
    for (let i = newlines(s); i > 0; i--) lines?.push(++line);
  };
  for (const e of edits) {
    if (e.start < pos) throw new Error('gen-kernel: overlapping edits');
    copy(text.slice(pos, e.start));
    // (an inserted line stands for the line of its place)
    for (let i = newlines(e.text); i > 0; i--) lines?.push(line);
    line += newlines(text.slice(e.start, e.end));
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  copy(text.slice(pos));
  return out + text.slice(pos);
}

/**
 * One module in marker form → the same module as the engine runs it: anchor tables declared with
 * defineFn(), `if (at(anchor)) yield;` before each marked statement, each kernel function's frame
 * opened with enter() and closed with leave() in a finally.
 */
export function expand(file: string, text: string, sources: Sources, root: string, lines?: number[]): string {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const where = (n: ts.Node) => {
    const p = sf.getLineAndCharacterOfPosition(n.getStart(sf));
    return `${path.relative(root, file)}:${p.line + 1}:${p.character + 1}`;
  };
  const fail = (n: ts.Node, msg: string): never => {
    throw new GenError(`${where(n)}: ${msg}`);
  };
  const edits: Edit[] = [];
  // the markers' import goes; the engine's and the anchors' come in
  let markImport: ts.ImportDeclaration | undefined;
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const spec = st.moduleSpecifier.text;
    const names = st.importClause?.namedBindings && ts.isNamedImports(st.importClause.namedBindings) ? st.importClause.namedBindings.elements.map((e) => e.name.text) : [];
    for (const reserved of ['at', 'enter', 'leave', 'defineFn']) if (names.includes(reserved)) fail(st, `'${reserved}' is the generator's: the source uses the markers line\`…\` and frame() instead`);
    if (spec.startsWith('.') && path.resolve(path.dirname(file), spec) === path.join(root, 'src', 'kernel', MARK_MODULE)) markImport = st;
  }
  const kernelDir = path.join(root, 'src', 'kernel');
  const imports = `import { at, enter, leave } from '${rel(file, path.join(kernelDir, 'core', 'engine'))}';\nimport { defineFn } from '${rel(file, path.join(kernelDir, 'core', 'anchors'))}';\n`;
  // (the import itself, not its newline: a kernel function right after it inserts its table there)
  if (markImport) edits.push({ start: markImport.getStart(sf), end: markImport.end, text: imports.slice(0, -1) });

  const isLine = (n: ts.Node): n is ts.TaggedTemplateExpression => ts.isTaggedTemplateExpression(n) && ts.isIdentifier(n.tag) && n.tag.text === 'line';
  const isFrameCall = (n: ts.Node): n is ts.CallExpression => ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'frame';
  const isFrameField = (n: ts.Node): n is ts.PropertyAccessExpression => ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'frame';
  // the C text as written (raw: `\n` in a marker is the two characters of the C source, not a newline)
  const markerText = (m: ts.TaggedTemplateExpression) => {
    const t = m.template as ts.NoSubstitutionTemplateLiteral;
    return t.rawText ?? t.text;
  };
  const isFunc = (n: ts.Node) => ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n) || ts.isGetAccessor(n) || ts.isSetAccessor(n) || ts.isConstructorDeclaration(n);

  const owned = new Set<ts.Node>();
  for (const st of sf.statements) {
    if (!ts.isFunctionDeclaration(st) || !st.body || !st.name) continue;
    const markers: ts.TaggedTemplateExpression[] = [];
    const frames: ts.CallExpression[] = [];
    const fields: ts.PropertyAccessExpression[] = [];
    const visit = (n: ts.Node, inGen: boolean) => {
      if (n !== st && isFunc(n)) inGen = !!(n as ts.FunctionLikeDeclaration).asteriskToken;
      if (isLine(n)) {
        if (!inGen) fail(n, 'a line marker inside a function that is not a generator (it cannot pause there)');
        markers.push(n);
      } else if (isFrameCall(n)) frames.push(n);
      else if (isFrameField(n)) fields.push(n);
      ts.forEachChild(n, (c) => visit(c, inGen));
    };
    visit(st, !!st.asteriskToken);
    if (!markers.length && !frames.length) {
      if (fields.length) fail(fields[0], 'frame.x outside a kernel function (one with line markers or frame())');
      continue;
    }
    const name = st.name.text;
    // a declaration named like a marker inside the function would be taken for it
    const shadow = (n: ts.Node): void => {
      if ((ts.isParameter(n) || ts.isVariableDeclaration(n) || ts.isFunctionDeclaration(n)) && n.name && ts.isIdentifier(n.name) && (n.name.text === 'frame' || n.name.text === 'line') && n !== st) {
        fail(n.name, `a local named '${n.name.text}' in a kernel function hides the marker of that name: rename it`);
      }
      ts.forEachChild(n, shadow);
    };
    ts.forEachChild(st, shadow);
    if (!st.asteriskToken) fail(st.name, `${name} has markers (line\`…\` or frame()) but is not a generator (function*)`);
    if (frames.length > 1) fail(frames[1], 'frame() opens the frame once');
    const frameCall = frames[0];
    if (frameCall && !(ts.isExpressionStatement(frameCall.parent) && frameCall.parent.parent === st.body)) fail(frameCall, 'frame({...}) must be a statement of the function body itself (not nested)');
    // before frame() the frame is the caller's: a line there would be counted in the caller's frame, and
    // frame.x would read $f before it is declared (a nested function defined there runs later: fine)
    const early = (n: ts.Node) => !!frameCall && n.getStart(sf) < frameCall.getStart(sf) && ts.findAncestor(n.parent, isFunc) === st;
    for (const n of [...markers, ...fields]) if (early(n)) fail(n, `${isLine(n) ? 'a line marker' : 'frame.x'} before frame(): the frame opens there`);
    // where the C function is
    const defs = sources.definitions(name);
    if (!defs.length) fail(st.name, `${name} is not defined in any annotated source under media/kernel/ (a kernel function's TypeScript name is its C name)`);
    if (defs.length > 1) fail(st.name, `${name} is defined in more than one annotated source: ${defs.map((d) => d.file).join(', ')}`);
    const def = defs[0];
    // each marker's line
    const byText = new Map<string, { line: number; first: number }>();
    for (const m of markers) {
      if (!ts.isNoSubstitutionTemplateLiteral(m.template)) fail(m, 'a line marker is a plain text: no ${…} in it');
      const t = markerText(m);
      if (!ts.isExpressionStatement(m.parent)) fail(m, 'a line marker is a statement of its own: line`…`;');
      if (byText.has(t)) continue;
      const r = findLine(def.src.code, def.range, t);
      if (!('line' in r)) {
        const msg =
          r.error === 'not found'
            ? `"${t}" is not a line of ${name} in ${def.file} (its lines ${def.range.start}–${def.range.end})`
            : r.error.startsWith('ambiguous')
              ? `"${t}" is ${r.error} in ${name} (${def.file})`
              : `"${t}": ${name} in ${def.file} ${r.error} of it (lines ${r.hits.join(', ')})`;
        fail(m, msg);
      }
      byText.set(t, { line: (r as { line: number }).line, first: byText.size });
    }
    // the table: the anchors in the order of their lines (consecutive lines get consecutive anchors,
    // which the fast path records as one entry when they run one after the other)
    const ordered = [...byText.entries()].sort((a, b) => a[1].line - b[1].line || a[1].first - b[1].first);
    const keyOf = new Map<string, string>();
    const used = new Set<string>();
    for (const [t, { line }] of ordered) {
      let k = `L${line}`;
      for (let i = 2; used.has(k); i++) k = `L${line}_${i}`;
      used.add(k);
      keyOf.set(t, k);
    }
    const table = `A$${name}`;
    // (each anchor by its line in the annotated file — the text is there, read when the sources load;
    // the key is L<line>, L<line>_2 for a second anchor on one line: see defineFn)
    const rows = ordered.map(([, { line }]) => line);
    edits.push({ start: st.getFullStart(), end: st.getFullStart(), text: `\nconst ${table} = defineFn(${quote(def.file)}, ${quote(name)}, [${rows.join(', ')}]);` });
    for (const m of markers) {
      const s = m.parent as ts.ExpressionStatement;
      owned.add(s);
      edits.push({ start: s.getStart(sf), end: s.end, text: `if (at(${table}.${keyOf.get(markerText(m))})) yield;` });
    }
    for (const fr of [...frames, ...fields]) owned.add(fr);
    for (const fa of fields) edits.push({ start: fa.expression.getStart(sf), end: fa.expression.end, text: '$f.vars' });
    // the frame
    const body = st.body;
    let open: number;
    let record: string;
    if (frameCall) {
      if (frameCall.arguments.length !== 1) fail(frameCall, 'frame() takes one object: the values the debugger shows');
      record = frameCall.arguments[0].getText(sf);
      open = frameCall.parent.getStart(sf);
      edits.push({ start: open, end: frameCall.parent.end, text: `const $f = enter(${table}, ${record});\n  try {` });
    } else {
      const params = st.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : fail(p, 'a destructured parameter: open the frame with frame({...})')));
      record = `{ ${params.join(', ')} }`;
      open = body.getStart(sf) + 1;
      edits.push({ start: open, end: open, text: `\n  const $f = enter(${table}, ${params.length ? record : '{}'});\n  try {` });
    }
    const close = body.end - 1;
    edits.push({ start: close, end: close, text: `  } finally {\n    leave($f);\n  }\n` });
  }
  // markers outside kernel functions (left as they are, they would be names the generated module lacks)
  const stray = (n: ts.Node): void => {
    if (isLine(n) && !owned.has(n.parent)) fail(n, 'a line marker outside a kernel function (a top-level function* of this module)');
    if (isFrameCall(n) && !owned.has(n)) fail(n, 'frame() outside a kernel function (a top-level function* of this module)');
    if (isFrameField(n) && !owned.has(n)) fail(n, 'frame.x outside a kernel function (a top-level function* of this module)');
    ts.forEachChild(n, stray);
  };
  stray(sf);
  if (!edits.length) return text;
  return applyEdits(text, edits, lines);
}

/** Generates every kernel module; throws GenError naming the file, line and column of a bad marker. */
export function generate(opts: GenOptions): GenResult {
  const root = path.resolve(opts.root);
  const kernelDir = path.join(root, 'src', 'kernel');
  const sources = new Sources(root, opts.annotated);
  // (texts override the modules on disk, as annotated does the annotated files: the others are read)
  const modules = [...new Set([...SOURCE_DIRS.flatMap((d) => listTs(path.join(kernelDir, d))), ...(opts.texts?.keys() ?? [])])];
  const expanded = new Map<string, string>();
  const sourceLines = new Map<string, number[]>();
  for (const f of modules) {
    const lines: number[] = [];
    expanded.set(f, expand(f, opts.texts?.get(f) ?? fs.readFileSync(f, 'utf8'), sources, root, lines));
    sourceLines.set(f, lines);
  }
  // one kernel function, one module: two definitions would both declare its anchors
  const definedIn = new Map<string, string>();
  for (const [f, text] of expanded) {
    for (const m of text.matchAll(/^const A\$([A-Za-z0-9_$]+) = defineFn\(/gm)) {
      const other = definedIn.get(m[1]);
      if (other) throw new GenError(`${path.relative(root, f)}: ${m[1]} is also a kernel function of ${path.relative(root, other)}: one function, one module`);
      definedIn.set(m[1], f);
    }
  }
  const analysis = new Analysis(root, expanded, sourceLines);
  const genOf = (f: string) => path.join(kernelDir, GEN_DIR, path.relative(kernelDir, f));
  // (the functions any table holds: they carry their kernel name)
  const held = analysis.heldInTables();
  const files = new Map<string, string>();
  for (const [f, text] of expanded) {
    const out = genOf(f);
    let body = analysis.transform(f, text);
    // imports: a kernel module's sibling → its generated twin; anything else → where it is
    body = body.replace(/(\bfrom\s+|\bimport\s*\(\s*)'(\.{1,2}\/[^']*)'/g, (_m, lead: string, spec: string) => {
      const abs = path.resolve(path.dirname(f), spec);
      const target = expanded.has(abs + '.ts') ? genOf(abs) : abs;
      return `${lead}'${rel(out, target)}'`;
    });
    // the kernel names of the functions a table of this module holds, kept through minification (an
    // ops table's members are read off them)
    const names = analysis.topLevelFunctions(f).filter((n) => held.has(n));
    if (names.length) body += `\n// ---- kernel names ----\n${names.map((n) => `(${n} as any).kname = '${n}';`).join('\n')}\n`;
    files.set(out, `${HEADER} ${path.relative(root, f).split(path.sep).join('/')}\n${NOCHECK}\n${body}`);
  }
  return { files, analysis };
}

/** The generated files that are on disk now (to find stale ones). */
function onDisk(root: string): string[] {
  return listTs(path.join(root, 'src', 'kernel', GEN_DIR));
}

function main(argv: string[]): number {
  const root = path.resolve(__dirname, '..');
  const whyAt = argv.indexOf('--why');
  let result: GenResult;
  try {
    result = generate({ root });
  } catch (e) {
    if (e instanceof GenError) {
      process.stderr.write(`gen-kernel: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  if (whyAt >= 0) {
    const name = argv[whyAt + 1];
    const r = name ? result.analysis.why(name) : null;
    if (!r) {
      process.stderr.write(`gen-kernel: no kernel function named ${name ?? '(none given)'}\n`);
      return 1;
    }
    for (const x of r) process.stdout.write(`${x.name} (${x.file}): ${x.twin ? 'has a fast twin' : 'no fast twin'} — ${x.why}\n`);
    return 0;
  }
  const check = argv.includes('--check');
  const stale: string[] = [];
  for (const [f, text] of result.files) {
    const now = fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : undefined;
    if (now === text) continue;
    stale.push(path.relative(root, f));
    if (!check) {
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, text);
    }
  }
  for (const f of onDisk(root)) {
    if (result.files.has(f)) continue;
    stale.push(path.relative(root, f));
    if (!check) fs.rmSync(f);
  }
  if (check) {
    if (stale.length) {
      process.stderr.write(`gen-kernel: src/kernel/gen/ is stale (run npm run gen): ${stale.join(', ')}\n`);
      return 1;
    }
    process.stdout.write(`gen-kernel: src/kernel/gen/ is up to date (${result.files.size} modules)\n`);
    return 0;
  }
  process.stdout.write(`gen-kernel: ${stale.length ? `wrote ${stale.length}` : 'no change'} (${result.files.size} modules)\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
