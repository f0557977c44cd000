// The fast-path twins of the simulated kernel functions: part of the generator of the stepping layer
// (scripts/gen-kernel.ts), which hands this file each kernel module already expanded to its
// generators (line markers, frames) and writes the result, twins appended, to src/kernel/gen/.
//
// Every simulated kernel function is a generator so the engine can pause before any line (stepping,
// breakpoints) and a task can block (`yield SLEEP`). When nothing can pause — no stepping, no
// breakpoints, no stop-at-step, no line observer: Engine.fast — most of that machinery is dead
// weight: a function that can never sleep runs to its end anyway. For each such function this
// transform appends a plain twin, `name$fast`, to the module: the same body with
//   `if (at(X)) yield;`  →  the step counted and the trace line recorded, inline (no frame, no check;
//                            TraceBuffer.op's common case is written out: see TraceBuffer.lim)
//   `enter(FN, {vars})`  →  the enter traced inline, no frame pushed (a line observer's sink counts the
//                            twins' depth from the entries: Engine.twinDepth); the twin's frame is a
//                            shared placeholder (no vars record)
//   `leave(f)`           →  the exit traced inline (and the lines the twin counted added to the engine's count)
//   `f.vars.x = e;`      →  `e;`, or nothing when e is pure  (nobody can look at the frame)
//   `yield* g(args)`     →  `g$fast(args)`             (indirect calls: the callee's `.fast` twin,
//                                                       or its generator driven to its end)
// and every `yield* g(args)` in the generators becomes `($E.fast ? g$fast(args) : yield* g(args))`,
// so a generator that may block (a system call) still runs its non-blocking callees as plain calls.
// The trace, the step count and every observable effect are the same either way; with anything
// that can pause set, the generators run exactly as written.
//
// Which functions may sleep is decided statically: a function sleeps if it has a `yield` that is not
// the `if (at(X)) yield;` pattern, a `yield*` whose callee is not a known kernel generator (e.g.
// a local generator), or a `yield*` to a function or an ops-table method (`sk->sk_prot->close`:
// every function stored under that property name in an object literal) that may sleep. A method no
// object literal of the kernel stores a generator under is unknown, and counts as "may sleep".
// Softirq-context code (timers, receive processing) never sleeps, as in the kernel.
// Each decision keeps its reason (Analysis.why), which `npm run gen -- --why NAME` prints.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

/**
 * Calls without side effects (casts, the hash keys views show): in an enter() vars record or a
 * `f.vars.x = …` assignment, dropped in twins.
 */
const PURE_CALLS = new Set(['inet_sk', 'tcp_sk', 'inet_csk', 'ehashKey', 'skKey', 'portaddrKey']);

/**
 * Classes whose constructor stores a function the kernel later calls through a field: class →
 * field → the argument's index. `new TimerList(name, host, tcp_retransmit_timer, sk)` makes
 * tcp_retransmit_timer a target of `timer.fn(arg)` (src/kernel/core/timer.ts).
 */
const STORED_BY_CONSTRUCTOR = { TimerList: { fn: 2 } };

function unwrap(e) {
  while (ts.isNonNullExpression(e) || ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) e = e.expression;
  return e;
}

function isFunctionLike(n) {
  return ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n) || ts.isGetAccessor(n) || ts.isSetAccessor(n) || ts.isConstructorDeclaration(n);
}

/** `if (at(X)) yield;` — the line marker. */
function isAtYield(y) {
  const st = y.parent;
  if (!ts.isExpressionStatement(st) || y.expression) return false;
  const ifs = st.parent;
  if (!ts.isIfStatement(ifs) || ifs.thenStatement !== st || ifs.elseStatement) return false;
  const c = ifs.expression;
  return ts.isCallExpression(c) && ts.isIdentifier(c.expression) && c.expression.text === 'at' && c.arguments.length === 1;
}

class FileInfo {
  constructor(file, text) {
    this.file = file;
    this.text = text;
    this.sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    /** local name → { file, name } for named imports of .ts modules */
    this.imports = new Map();
    /** top-level generator declarations by name */
    this.decls = new Map();
    /** every generator function (declarations and expressions) */
    this.gens = [];
    for (const st of this.sf.statements) {
      if (ts.isImportDeclaration(st) && st.importClause && !st.importClause.isTypeOnly && st.importClause.namedBindings && ts.isNamedImports(st.importClause.namedBindings)) {
        const spec = st.moduleSpecifier.text;
        if (!spec.startsWith('.')) continue;
        const target = resolveModule(path.dirname(file), spec);
        if (!target) continue;
        for (const el of st.importClause.namedBindings.elements) {
          if (el.isTypeOnly) continue;
          this.imports.set(el.name.text, { file: target, name: (el.propertyName ?? el.name).text });
        }
      }
    }
    /** `const X = defineFn(file, name, [line, …])` at top level: X → key → its place (anchor ids follow it). */
    this.defs = new Map();
    for (const st of this.sf.statements) {
      if (!ts.isVariableStatement(st)) continue;
      for (const d of st.declarationList.declarations) {
        const c = d.initializer && unwrap(d.initializer);
        if (!ts.isIdentifier(d.name) || !c || !ts.isCallExpression(c) || !ts.isIdentifier(c.expression) || c.expression.text !== 'defineFn') continue;
        // (the anchors' lines, in order: keys L<line>, L<line>_2 … as defineFn makes them)
        const lit = c.arguments[2] && unwrap(c.arguments[2]);
        if (!lit || !ts.isArrayLiteralExpression(lit)) continue;
        const keys = new Map();
        let ok = true;
        for (const e of lit.elements) {
          if (!ts.isNumericLiteral(e)) {
            ok = false;
            continue;
          }
          let k = `L${e.text}`;
          for (let i = 2; keys.has(k); i++) k = `L${e.text}_${i}`;
          keys.set(k, keys.size);
        }
        if (ok) this.defs.set(d.name.text, keys);
      }
    }
    const visit = (n) => {
      // (a generator method of an object literal is a generator an ops table stores: `{ *close() {…} }`)
      if ((ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || (ts.isMethodDeclaration(n) && ts.isObjectLiteralExpression(n.parent))) && n.asteriskToken && n.body) {
        const g = { node: n, file, key: '', name: n.name && !ts.isMethodDeclaration(n) ? n.name.text : '', top: false, own: false, why: '', direct: new Set(), methods: new Set(), sites: [], atYields: [], sleeps: false };
        g.top = ts.isFunctionDeclaration(n) && n.parent === this.sf && !!n.name;
        g.key = g.top ? `${file}#${g.name}` : `${file}@${n.pos}`;
        if (g.top) this.decls.set(g.name, g);
        this.gens.push(g);
      }
      ts.forEachChild(n, visit);
    };
    visit(this.sf);
  }
}

function resolveModule(dir, spec) {
  for (const c of [path.resolve(dir, spec) + '.ts', path.join(path.resolve(dir, spec), 'index.ts')]) if (fs.existsSync(c)) return c;
  return null;
}

class Analysis {
  /**
   * root: the package; texts: each kernel module's absolute source path → its expanded text;
   * sourceLines (optional): per module, the source line of each line of its expanded text (a reason
   * names the line of the hand-written module).
   */
  constructor(root, texts, sourceLines) {
    this.root = root;
    this.sourceLines = sourceLines || new Map();
    this.files = new Map();
    for (const [f, text] of texts) this.files.set(f, new FileInfo(f, text));
    this.byKey = new Map();
    for (const fi of this.files.values()) for (const g of fi.gens) this.byKey.set(g.key, g);
    /** method (property) name → generator keys stored under it in object literals */
    this.methodTargets = new Map();
    for (const fi of this.files.values()) this.collectMethods(fi);
    for (const fi of this.files.values()) for (const g of fi.gens) this.scanBody(fi, g);
    // fixpoint: sleeping spreads to callers (direct and through ops-table methods)
    const methodSleeps = new Map();
    for (let changed = true; changed; ) {
      changed = false;
      for (const [m, keys] of this.methodTargets) {
        const k = [...keys].find((k) => this.byKey.get(k).sleeps);
        if (k && !methodSleeps.get(m)) {
          methodSleeps.set(m, k);
          changed = true;
        }
      }
      for (const g of this.byKey.values()) {
        if (g.sleeps) continue;
        const d = [...g.direct].find((k) => this.byKey.get(k).sleeps);
        if (d) {
          const t = this.byKey.get(d);
          g.why = `it calls ${t.name || 'a local generator'}(), which may sleep`;
        } else {
          const m = [...g.methods].find((m) => !this.methodTargets.has(m) || methodSleeps.get(m));
          if (m !== undefined) {
            const k = methodSleeps.get(m);
            const t = k && this.byKey.get(k);
            g.why = k ? `it calls ->${m}(), and ${t.name ? `${t.name}()` : `the generator at ${this.where(t.file, t.node)}`}, stored as ${m}, may sleep` : `it calls ->${m}(), and no ops table of the kernel stores a generator as ${m}: an unknown indirect call may sleep`;
          }
        }
        if (g.why) {
          g.sleeps = true;
          changed = true;
        }
      }
    }
  }

  /** `file:line` of a node, as a line of the hand-written module (see sourceLines). */
  where(file, node) {
    const fi = this.files.get(file);
    const l = fi.sf.getLineAndCharacterOfPosition(node.getStart(fi.sf)).line + 1;
    return `${path.relative(this.root, file)}:${(this.sourceLines.get(file) || [])[l - 1] || l}`;
  }

  /** The generator an identifier names in file fi, or null. */
  resolveIdent(fi, name) {
    const d = fi.decls.get(name);
    if (d) return d;
    const imp = fi.imports.get(name);
    if (!imp) return null;
    const tf = this.files.get(imp.file);
    return (tf && tf.decls.get(imp.name)) || null;
  }

  collectMethods(fi) {
    const add = (m, g) => {
      if (!g) return;
      if (!this.methodTargets.has(m)) this.methodTargets.set(m, new Set());
      this.methodTargets.get(m).add(g.key);
    };
    const visit = (n) => {
      if (ts.isPropertyAssignment(n) && (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name))) {
        const init = unwrap(n.initializer);
        if (ts.isIdentifier(init)) add(n.name.text, this.resolveIdent(fi, init.text));
        else if (ts.isFunctionExpression(init) && init.asteriskToken) add(n.name.text, fi.gens.find((g) => g.node === init));
      } else if (ts.isMethodDeclaration(n) && n.asteriskToken && (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name))) {
        add(n.name.text, fi.gens.find((g) => g.node === n));
      } else if (ts.isShorthandPropertyAssignment(n)) {
        add(n.name.text, this.resolveIdent(fi, n.name.text));
      } else if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && STORED_BY_CONSTRUCTOR[n.expression.text]) {
        for (const [prop, i] of Object.entries(STORED_BY_CONSTRUCTOR[n.expression.text])) {
          const arg = n.arguments && n.arguments[i] && unwrap(n.arguments[i]);
          if (arg && ts.isIdentifier(arg)) add(prop, this.resolveIdent(fi, arg.text));
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(fi.sf);
  }

  scanBody(fi, g) {
    const visit = (n) => {
      if (n !== g.node && isFunctionLike(n)) return;
      if (ts.isYieldExpression(n)) {
        const where = () => this.where(fi.file, n);
        if (!n.asteriskToken) {
          if (isAtYield(n)) g.atYields.push(n);
          else {
            g.own = true;
            g.why ||= `it yields at ${where()} (\`${n.getText(fi.sf)}\`): it sleeps or pauses there itself`;
          }
        } else {
          const call = n.expression && unwrap(n.expression);
          if (!call || !ts.isCallExpression(call)) {
            g.own = true;
            g.why ||= `it delegates to something that is not a call at ${where()}`;
          } else {
            const callee = unwrap(call.expression);
            if (ts.isIdentifier(callee)) {
              const t = this.resolveIdent(fi, callee.text);
              if (t) {
                g.direct.add(t.key);
                g.sites.push({ y: n, call, kind: 'direct', target: t, local: callee.text });
              } else {
                g.own = true;
                g.why ||= `it calls ${callee.text}() at ${where()}, which is not a kernel generator the analysis knows (it may sleep)`;
              }
            } else if (ts.isPropertyAccessExpression(callee)) {
              g.methods.add(callee.name.text);
              g.sites.push({ y: n, call, kind: 'method' });
            } else {
              g.own = true;
              g.why ||= `it calls an expression at ${where()} the analysis cannot follow (it may sleep)`;
            }
          }
        }
      }
      ts.forEachChild(n, visit);
    };
    ts.forEachChild(g.node, visit);
    if (g.own) g.sleeps = true;
  }

  /** The files the transform rewrites. */
  inScope(file) {
    return this.files.has(path.resolve(file));
  }

  /** A generator's key in the engine's registry of twins: its name, or module#name where two share it. */
  keyOf(g) {
    if (!this.twinNames) {
      this.twinNames = new Map();
      for (const x of this.byKey.values()) if (this.twinned(x)) this.twinNames.set(x.name, (this.twinNames.get(x.name) ?? 0) + 1);
    }
    // (the name alone where it is unique, as the kernel's function names are)
    if (this.twinNames.get(g.name) === 1) return g.name;
    return `${path.relative(path.join(this.root, 'src', 'kernel'), g.file).replace(/\.ts$/, '').split(path.sep).join('/')}#${g.name}`;
  }

  /**
   * The twinned generators g may call: its direct callees and every generator an ops table stores
   * under a member it calls through (the engine's registry, to know which twins can reach a breakpoint).
   */
  callees(g) {
    const out = new Set();
    for (const k of g.direct) {
      const t = this.byKey.get(k);
      if (t && this.twinned(t)) out.add(t);
    }
    for (const m of g.methods) for (const k of this.methodTargets.get(m) ?? []) {
      const t = this.byKey.get(k);
      if (t && this.twinned(t)) out.add(t);
    }
    return [...out];
  }

  /**
   * g's callees as the registry gets them in g's module: a name in scope there (the function itself,
   * or the local it is imported as: minified to a letter or two), else its registry key as a string.
   */
  calleeRefs(fi, g) {
    const local = (t) => {
      if (t.file === fi.file && fi.decls.get(t.name) === t) return t.name;
      for (const [name, imp] of fi.imports) if (imp.file === t.file && imp.name === t.name) return name;
      return null;
    };
    return this.callees(g)
      .map((t) => local(t) ?? `'${this.keyOf(t)}'`)
      .sort();
  }

  /**
   * The names an object literal of the kernel holds as a value (`close: tcp_close`, `{ inet_bind }`):
   * the functions whose kernel name the views read off a table.
   */
  heldInTables() {
    if (!this.held) {
      this.held = new Set();
      const visit = (n) => {
        if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.initializer)) this.held.add(n.initializer.text);
        else if (ts.isShorthandPropertyAssignment(n)) this.held.add(n.name.text);
        ts.forEachChild(n, visit);
      };
      for (const fi of this.files.values()) visit(fi.sf);
    }
    return this.held;
  }

  /** The names of a module's top-level function declarations (generators or not), in order. */
  topLevelFunctions(file) {
    const fi = this.files.get(path.resolve(file));
    return fi ? fi.sf.statements.flatMap((st) => (ts.isFunctionDeclaration(st) && st.name && st.body ? [st.name.text] : [])) : [];
  }

  /** Whether g gets a twin. */
  twinned(g) {
    return g.top && !g.sleeps;
  }

  transform(file, text) {
    file = path.resolve(file);
    let fi = this.files.get(file);
    if (!fi) return text;
    if (fi.text !== text) throw new Error(`fastpath: ${file} changed since the analysis`);
    const src = fi.text;
    const slice = (n) => src.slice(n.getStart(fi.sf), n.end);
    const oneLine = (s) => (s.includes('\n') && !s.includes('//') && !s.includes('`') ? s.replace(/\s*\n\s*/g, ' ') : s);
    const argsText = (call) => (call.arguments.length ? src.slice(call.arguments.pos, call.arguments.end) : '');
    const neededImports = new Map(); // module file → Map(importedName → local)
    const calleeText = (call) => slice(call.expression);

    const fastCall = (site) => {
      const args = argsText(site.call);
      if (site.kind === 'direct') {
        if (site.target.file !== file) {
          const imp = fi.imports.get(site.local);
          if (!neededImports.has(imp.file)) neededImports.set(imp.file, new Map());
          neededImports.get(imp.file).set(imp.name, site.local);
        }
        return `${site.local}$fast(${args})`;
      }
      return `(($t = ${calleeText(site.call)}).fast !== undefined ? $t.fast(${args}) : $drive($t(${args})))`;
    };
    const genCall = (site) => {
      if (site.kind === 'direct') {
        if (!this.twinned(site.target)) return null;
        return `($E.fast || $E.twinOk[${site.local}.k] === 1 ? ${oneLine(fastCall(site))} : ${slice(site.y)})`;
      }
      const args = oneLine(argsText(site.call));
      return `(($t = ${oneLine(calleeText(site.call))}).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(${args}) : ${slice(site.y)})`;
    };

    // 1. the generators, in place: their yield* sites dispatch to twins when the engine is fast
    const edits = [];
    for (const g of fi.gens) {
      let indirect = false;
      for (const site of g.sites) {
        const r = genCall(site);
        if (r !== null) edits.push({ start: site.y.getStart(fi.sf), end: site.y.end, text: r });
        if (r !== null && site.kind === 'method') indirect = true;
      }
      // the callee of an indirect call, local: a module-wide one kept the last callee (and the world
      // its closure holds) alive after the run
      if (indirect) edits.push({ start: g.node.body.getStart(fi.sf) + 1, end: g.node.body.getStart(fi.sf) + 1, text: ' let $t: any;' });
    }
    let out = applyEdits(src, edits, 0);

    // 2. the twins, appended
    const twins = [];
    const fastProps = [];
    for (const g of fi.gens) {
      if (!this.twinned(g)) continue;
      twins.push(this.twin(fi, g, fastCall, genCall));
      fastProps.push(`$kreg(${g.name}, ${g.name}$fast, '${this.keyOf(g)}', () => [${this.calleeRefs(fi, g).join(', ')}]);`);
    }
    if (!twins.length && !edits.length) return src;
    const engine = path.relative(path.dirname(file), path.join(this.root, 'src', 'kernel', 'core', 'engine')).split(path.sep).join('/');
    const tail = ['', '// ---- fast-path twins (scripts/twins.cjs) ----'];
    tail.push(`import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '${engine.startsWith('.') ? engine : './' + engine}';`);
    for (const [mod, names] of neededImports) {
      let rel = path.relative(path.dirname(file), mod).replace(/\.ts$/, '').split(path.sep).join('/');
      if (!rel.startsWith('.')) rel = './' + rel;
      tail.push(`import { ${[...names].map(([name, local]) => `${name}$fast as ${local}$fast`).join(', ')} } from '${rel}';`);
    }
    tail.push(...twins, ...fastProps, '');
    return out + '\n' + tail.join('\n');
  }

  twin(fi, g, fastCall, genCall) {
    const src = fi.text;
    const n = g.node;
    const start = n.getStart(fi.sf);
    const edits = [];
    const rep = (a, b, text) => edits.push({ start: a, end: b, text });
    rep(n.asteriskToken.getStart(fi.sf), n.asteriskToken.end, '');
    rep(n.name.getStart(fi.sf), n.name.end, `${g.name}$fast`);
    if (n.type) rep(n.type.getStart(fi.sf), n.type.end, 'any');
    // the engine, once per call (it cannot change while a twin runs)
    // (its locals, declared below once the body shows which it uses)
    const HEAD = '/*$head*/';
    rep(n.body.getStart(fi.sf) + 1, n.body.getStart(fi.sf) + 1, HEAD);
    const frames = new Map(); // frame variable → its anchors' expression
    const nested = new Set(fi.gens.filter((x) => x !== g).map((x) => x.node));
    const inNested = (node) => {
      for (let p = node.parent; p && p !== n; p = p.parent) if (nested.has(p)) return true;
      return false;
    };
    // enter() calls first, to know the frame variables
    const visitEnter = (x) => {
      if (x !== n && isFunctionLike(x)) return;
      if (ts.isVariableDeclaration(x) && ts.isIdentifier(x.name) && x.initializer && ts.isCallExpression(x.initializer)) {
        const c = x.initializer;
        if (ts.isIdentifier(c.expression) && c.expression.text === 'enter') frames.set(x.name.text, c.arguments[0].getText(fi.sf));
      }
      ts.forEachChild(x, visitEnter);
    };
    ts.forEachChild(n, visitEnter);
    const countsLocally = frames.size === 1;
    // A twin with one frame counts its lines in a local, $s, and adds it to the engine's count once,
    // when it leaves (at each return): one write of the engine per call instead of one per run of lines.
    // The count is the same whenever no twin runs; meanwhile only a generator a twin drives could
    // read it (a slice's end, not exact anyway), and nothing else counts while a twin runs.
    const steps = countsLocally ? '$s' : '$e.steps';
    const pure = (e) => {
      e = unwrap(e);
      if (ts.isIdentifier(e) || ts.isLiteralExpression(e) || e.kind === ts.SyntaxKind.NullKeyword || e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) return true;
      if (ts.isPropertyAccessExpression(e)) return pure(e.expression);
      if (ts.isCallExpression(e)) return ts.isIdentifier(e.expression) && PURE_CALLS.has(e.expression.text) && e.arguments.every(pure);
      return false;
    };
    const sitesByYield = new Map();
    for (const x of fi.gens) for (const s of x.sites) sitesByYield.set(s.y, s);
    const runs = lineRuns(fi, n, nested);
    // enter() and the run of lines that starts the function body: one entry (see enterRuns)
    const merged = enterRuns(fi, n, nested, runs);
    const mergedMarkers = new Map([...merged.values()].map((m) => [m.marker, m.n]));
    // the run of lines just before a `return` of a plain value: the exit's entry carries it (see exitRuns)
    const exiting = frames.size === 1 ? exitRuns(fi, n, nested, runs, [...frames.values()][0]) : new Map();
    for (const m of mergedMarkers.keys()) exiting.delete(m);
    if (exiting.size) rep(n.body.getStart(fi.sf) + 1, n.body.getStart(fi.sf) + 1, ' let $x = -1;');
    // The exit without try/finally (see leaveTry): the exit's entry is written at each return of the
    // try block and where the block ends, and the try goes. A try/finally costs a twin 5-10% of its
    // time, a twin is entered some 400 times per connection's lifecycle, and the finally is there
    // for the exit only. A twin that throws leaves the run dead (an internal error), its frames open
    // in the trace: they are where it died.
    const lt = frames.size === 1 ? leaveTry(n, nested) : null;
    const leaveText = (v) => {
      const op = exiting.size ? `($x >= 0 ? $x | ${EXIT} : ${frames.get(v)}.fn.id | ${EXIT})` : `(${frames.get(v)}.fn.id | ${EXIT})`;
      // (the lines this call counted in $s go to the engine's count once, here: see $s below)
      return `(${countsLocally ? '$e.steps += $s, ' : ''}$tb !== null && ${traceOp(op)})`;
    };
    const leaveOp = lt !== null && frames.has(lt.frame) ? leaveText(lt.frame) : '';
    if (lt !== null && !leaveOp) throw new Error(`fastpath: leave(${lt.frame}) without its enter() in ${g.name}`);
    const visit = (x) => {
      if (lt !== null && x === lt.stmt) {
        // `try {` … `} finally { leave(f); }`  →  `{` … `} <exit>;`
        rep(x.getStart(fi.sf), x.tryBlock.getStart(fi.sf), '');
        const last = x.tryBlock.statements[x.tryBlock.statements.length - 1];
        rep(x.tryBlock.end, x.end, last && (ts.isReturnStatement(last) || ts.isThrowStatement(last)) ? '' : ` ${leaveOp};`);
        ts.forEachChild(x.tryBlock, visit);
        return;
      }
      if (lt !== null && ts.isReturnStatement(x) && x.pos >= lt.stmt.tryBlock.pos && x.end <= lt.stmt.tryBlock.end) {
        // `return e;`  →  `return ($r = (e), <exit>, $r);` (e first: the calls in it write their entries before the exit)
        if (!x.expression) {
          rep(x.getStart(fi.sf), x.end, `{ ${leaveOp}; return; }`);
          return;
        }
        rep(x.getStart(fi.sf), x.expression.getStart(fi.sf), 'return ($r = (');
        rep(x.expression.end, x.end, `), ${leaveOp}, $r);`);
        visit(x.expression);
        return;
      }
      if (x !== n && isFunctionLike(x) && !nested.has(x)) return;
      if (nested.has(x)) {
        // a generator inside the twin stays a generator (with the generators' dispatch)
        const visitGen = (y) => {
          if (ts.isYieldExpression(y) && sitesByYield.has(y)) {
            const r = genCall(sitesByYield.get(y));
            if (r !== null) rep(y.getStart(fi.sf), y.end, r);
          }
          ts.forEachChild(y, visitGen);
        };
        ts.forEachChild(x, visitGen);
        return;
      }
      if (ts.isIfStatement(x) && ts.isExpressionStatement(x.thenStatement) && ts.isYieldExpression(x.thenStatement.expression) && isAtYield(x.thenStatement.expression)) {
        // the step, and TraceBuffer.op's common case written out (a call per executed line costs
        // more than the line); $tb is the trace when it records lines
        const a = x.expression.arguments[0].getText(fi.sf);
        const run = runs.get(x);
        // ($tb: the engine's lineSink — the trace, and a line observer's sink when there is one)
        if (exiting.has(x)) {
          // (its trace entry goes with the exit's, at leave())
          const k = exiting.get(x);
          rep(x.getStart(fi.sf), x.end, `${k > 1 ? `${steps} += ${k}` : `++${steps}`}; $x = ${a} | ${k * RUN_UNIT};`);
        } else if (mergedMarkers.has(x)) {
          // (its trace entry went with the enter's)
          const k = mergedMarkers.get(x);
          rep(x.getStart(fi.sf), x.end, k > 1 ? `${steps} += ${k};` : `++${steps};`);
        } else if (run === 0) rep(x.getStart(fi.sf), x.end, '');
        else if (run > 1) rep(x.getStart(fi.sf), x.end, `${steps} += ${run}; if ($tb !== null) ${traceOp(`(${a} | ${(run - 1) * RUN_UNIT})`)};`);
        else rep(x.getStart(fi.sf), x.end, `++${steps}; if ($tb !== null) ${traceOp(a)};`);
        return;
      }
      if (ts.isYieldExpression(x)) {
        const site = sitesByYield.get(x);
        if (!site || !x.asteriskToken) throw new Error(`fastpath: unexpected yield in ${g.name}`);
        // arguments holding yields of their own are not supported
        const sub = (y) => {
          if (ts.isYieldExpression(y)) throw new Error(`fastpath: nested yield in ${g.name}`);
          ts.forEachChild(y, sub);
        };
        ts.forEachChild(site.call, sub);
        rep(x.getStart(fi.sf), x.end, fastCall(site));
        return;
      }
      if (ts.isCallExpression(x) && ts.isIdentifier(x.expression) && !inNested(x)) {
        const fnName = x.expression.text;
        if (fnName === 'enter' && x.arguments.length === 2) {
          const vars = unwrap(x.arguments[1]);
          const keep = !(ts.isObjectLiteralExpression(vars) && vars.properties.every((p) => ts.isShorthandPropertyAssignment(p) || (ts.isPropertyAssignment(p) && pure(p.initializer))));
          const def = x.arguments[0].getText(fi.sf);
          const m = merged.get(x);
          const op = m ? `(${m.anchor} | ${m.n * RUN_UNIT + ENTER})` : `(${def}.fn.id | ${ENTER})`;
          // Engine's enter() for twins, written out: the enter's entry only (a line observer's sink
          // counts the twins' depth from the entries: see Engine.twinDepth)
          const push = `$tb !== null && ${traceOp(op)}, $FF`;
          rep(x.getStart(fi.sf), x.end, keep ? `(${x.arguments[1].getText(fi.sf)}, ${push})` : `(${push})`);
          return;
        }
        if (fnName === 'leave' && x.arguments.length === 1) {
          const v = x.arguments[0].getText(fi.sf);
          if (!frames.has(v)) throw new Error(`fastpath: leave(${v}) without its enter() in ${g.name}`);
          rep(x.getStart(fi.sf), x.end, leaveText(v));
          return;
        }
      }
      // f.vars.x = e;  →  e;
      if (ts.isExpressionStatement(x) && ts.isBinaryExpression(x.expression) && x.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        const l = x.expression.left;
        if (ts.isPropertyAccessExpression(l) && ts.isPropertyAccessExpression(l.expression) && l.expression.name.text === 'vars' && ts.isIdentifier(l.expression.expression) && frames.has(l.expression.expression.text)) {
          const right = x.expression.right;
          if (pure(right)) {
            rep(x.getStart(fi.sf), x.end, '');
            return;
          }
          rep(x.getStart(fi.sf), right.getStart(fi.sf), '');
          visit(right);
          return;
        }
      }
      ts.forEachChild(x, visit);
    };
    ts.forEachChild(n, visit);
    const body = applyEdits(src.slice(start, n.end), edits, start);
    // the engine, once per call (it cannot change while a twin runs), and only what the body uses
    const uses = (v) => new RegExp(`\\${v}\\b`).test(body.replace(HEAD, ''));
    const head = [
      ' const $e = $E;',
      uses('$tb') ? ' const $tb: any = $e.lineSink;' : '',
      uses('$st') ? ' const $st = $e.current!.stack;' : '',
      uses('$t') ? ' let $t: any;' : '',
      uses('$o') ? ' let $o: number;' : '',
      uses('$r') ? ' let $r: any;' : '',
      countsLocally ? ' let $s = 0;' : '',
    ].join('');
    return body.replace(HEAD, head);
  }
}

/**
 * A line entry's count of further lines (src/kernel/core/trace.ts: LINE_RUN_SHIFT): `anchor | (n - 1) * RUN_UNIT`
 * is n lines, the anchor and the n - 1 declared after it in the same defineFn(); n fits in 8 bits.
 */
const RUN_UNIT = 1 << 20;
const MAX_RUN = 256;

/** The `DEF.key` of a line marker `if (at(DEF.key)) yield;`, or null. */
function markerOf(fi, st) {
  if (!ts.isIfStatement(st) || !ts.isExpressionStatement(st.thenStatement) || !ts.isYieldExpression(st.thenStatement.expression) || !isAtYield(st.thenStatement.expression)) return null;
  const a = unwrap(st.expression.arguments[0]);
  if (!ts.isPropertyAccessExpression(a) || !ts.isIdentifier(a.expression)) return null;
  const keys = fi.defs.get(a.expression.text);
  if (!keys || !keys.has(a.name.text)) return null;
  return { def: a.expression.text, index: keys.get(a.name.text) };
}

/**
 * A statement that may run between two lines recorded as one entry: it writes no trace entry,
 * cannot throw (short of a simulator bug) and cannot leave the straight line — assignments,
 * declarations and operators over names, literals and fields, and the pure casts. (A field may be
 * an accessor: the kernel structs' getters and setters only alias other fields, e.g. sk_state.)
 */
function straight(st) {
  if (ts.isExpressionStatement(st)) return plain(st.expression);
  if (ts.isVariableStatement(st)) return st.declarationList.declarations.every((d) => ts.isIdentifier(d.name) && (!d.initializer || plain(d.initializer)));
  return ts.isEmptyStatement(st);
}
function plain(e) {
  if (ts.isIdentifier(e) || ts.isLiteralExpression(e) || ts.isNoSubstitutionTemplateLiteral(e)) return true;
  switch (e.kind) {
    case ts.SyntaxKind.NullKeyword:
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.ThisKeyword:
      return true;
  }
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isTypeOfExpression(e)) return plain(e.expression);
  if (ts.isPropertyAccessExpression(e)) return plain(e.expression);
  if (ts.isElementAccessExpression(e)) return plain(e.expression) && plain(e.argumentExpression);
  if (ts.isBinaryExpression(e)) return e.operatorToken.kind !== ts.SyntaxKind.InKeyword && e.operatorToken.kind !== ts.SyntaxKind.InstanceOfKeyword && plain(e.left) && plain(e.right);
  if (ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) return plain(e.operand);
  if (ts.isConditionalExpression(e)) return plain(e.condition) && plain(e.whenTrue) && plain(e.whenFalse);
  if (ts.isTemplateExpression(e)) return e.templateSpans.every((sp) => plain(sp.expression));
  if (ts.isArrayLiteralExpression(e)) return e.elements.every((x) => !ts.isSpreadElement(x) && plain(x));
  if (ts.isObjectLiteralExpression(e)) return e.properties.every((p) => (ts.isPropertyAssignment(p) && !ts.isComputedPropertyName(p.name) && plain(p.initializer)) || ts.isShorthandPropertyAssignment(p));
  // (the pure casts write no trace and cannot throw)
  if (ts.isCallExpression(e)) return ts.isIdentifier(e.expression) && PURE_CALLS.has(e.expression.text) && e.arguments.every(plain);
  return false;
}

/** Calls fn(statements) for each statement list of a twin's body (blocks and case clauses), not nested functions. */
function eachStatementList(fnNode, nested, fn) {
  const visit = (x) => {
    if (x !== fnNode && (isFunctionLike(x) || nested.has(x))) return;
    if (ts.isBlock(x) || ts.isCaseClause(x) || ts.isDefaultClause(x)) fn(x.statements);
    ts.forEachChild(x, visit);
  };
  ts.forEachChild(fnNode, visit);
}

/**
 * The runs of line markers in a twin's body: markers of one function's consecutive anchors with
 * only straight statements between them (nothing between them can write a trace entry, throw or
 * branch, so the lines are all reached once the first is). Returns marker → run length for each
 * run's first marker (2 or more), 0 for the markers it covers.
 */
function lineRuns(fi, fnNode, nested) {
  const runs = new Map();
  eachStatementList(fnNode, nested, (stmts) => {
    for (let i = 0; i < stmts.length; i++) {
      const m = markerOf(fi, stmts[i]);
      if (!m) continue;
      const covered = [];
      let last = m.index;
      let end = i;
      for (let j = i + 1; j < stmts.length && covered.length + 1 < MAX_RUN; j++) {
        const m2 = markerOf(fi, stmts[j]);
        if (m2) {
          if (m2.def !== m.def || m2.index !== last + 1) break;
          covered.push(stmts[j]);
          last = m2.index;
          end = j;
        } else if (!straight(stmts[j])) break;
      }
      if (covered.length) {
        runs.set(stmts[i], covered.length + 1);
        for (const c of covered) runs.set(c, 0);
        i = end;
      }
    }
  });
  return runs;
}

/**
 * The enter() calls whose function body then reaches its first line marker through straight
 * statements only (into a `try` block too): the enter's trace entry can carry that marker's run of
 * n lines, `ENTER | n << 20 | anchor` (src/kernel/core/trace.ts; n from 1 to MAX_CARRIED_RUN), and the
 * marker then writes nothing. Returns enter call → { marker, n, anchor (its `DEF.key` text) }.
 */
function enterRuns(fi, fnNode, nested, runs) {
  const out = new Map();
  const firstMarker = (stmts, from, def) => {
    for (let i = from; i < stmts.length; i++) {
      const st = stmts[i];
      const m = markerOf(fi, st);
      if (m) return m.def === def ? st : null;
      if (ts.isTryStatement(st)) return firstMarker(st.tryBlock.statements, 0, def);
      if (!straight(st)) return null;
    }
    return null;
  };
  eachStatementList(fnNode, nested, (stmts) => {
    stmts.forEach((st, i) => {
      if (!ts.isVariableStatement(st) || st.declarationList.declarations.length !== 1) return;
      const init = st.declarationList.declarations[0].initializer;
      const c = init && unwrap(init);
      if (!c || !ts.isCallExpression(c) || !ts.isIdentifier(c.expression) || c.expression.text !== 'enter' || c.arguments.length !== 2) return;
      const defArg = unwrap(c.arguments[0]);
      if (!ts.isIdentifier(defArg)) return;
      const marker = firstMarker(stmts, i + 1, defArg.text);
      if (!marker) return;
      const n = runs.get(marker) ?? 1;
      if (n < 1 || n > MAX_CARRIED_RUN) return;
      out.set(c, { marker, n, anchor: marker.expression.arguments[0].getText(fi.sf) });
    });
  });
  return out;
}
/** The longest run an enter or exit entry carries (n in 8 bits, from 1). */
const MAX_CARRIED_RUN = 255;

/**
 * The line markers (a run's first, or a marker alone) whose lines end in `return` of nothing or of
 * a plain value, inside the try block whose finally leave()s the function: nothing can write an
 * entry between those lines and the exit, so the exit's entry carries them, `EXIT | n << 20 |
 * anchor` (src/kernel/core/trace.ts), and the marker only notes them in `$x`. Returns marker → n.
 */
function exitRuns(fi, fnNode, nested, runs, defText) {
  const out = new Map();
  eachStatementList(fnNode, nested, (stmts) => {
    for (let i = 0; i < stmts.length; i++) {
      const m = markerOf(fi, stmts[i]);
      if (!m || m.def !== defText || runs.get(stmts[i]) === 0) continue;
      const n = runs.get(stmts[i]) ?? 1;
      if (n > MAX_CARRIED_RUN) continue;
      // past the run's last marker (and the straight statements after it) to the return
      let j = i + 1;
      let seen = 1;
      while (j < stmts.length && seen < n) {
        if (markerOf(fi, stmts[j])) seen++;
        j++;
      }
      while (j < stmts.length && !markerOf(fi, stmts[j]) && straight(stmts[j])) j++;
      const r = stmts[j];
      if (!r || !ts.isReturnStatement(r) || (r.expression && !plain(r.expression))) continue;
      if (leavesThrough(r, fnNode)) out.set(stmts[i], n);
    }
  });
  return out;
}
/** A return whose only enclosing try (up to the function) is the one that calls leave() in its finally. */
function leavesThrough(ret, fnNode) {
  let tries = 0;
  let last = null;
  for (let p = ret.parent; p && p !== fnNode; p = p.parent) {
    if (ts.isTryStatement(p) && ret.pos >= p.tryBlock.pos && ret.end <= p.tryBlock.end) {
      tries++;
      last = p;
    }
  }
  if (tries !== 1 || !last.finallyBlock) return false;
  return last.finallyBlock.statements.some((st) => ts.isExpressionStatement(st) && ts.isCallExpression(st.expression) && ts.isIdentifier(st.expression.expression) && st.expression.expression.text === 'leave');
}

/**
 * The try statement a twin's body ends its frame with, `try { … } finally { leave(f); }`, when it is
 * a statement of the body itself, its finally holds only that leave(), and no other try is in the
 * function (outside nested functions): then each of its returns can write the exit itself. Returns
 * { stmt, frame: f's name } or null.
 */
function leaveTry(fnNode, nested) {
  let found = null;
  let others = 0;
  const visit = (x) => {
    if (x !== fnNode && (isFunctionLike(x) || nested.has(x))) return;
    if (ts.isTryStatement(x)) {
      const fin = x.finallyBlock;
      const st = fin && fin.statements.length === 1 ? fin.statements[0] : null;
      const c = st && ts.isExpressionStatement(st) ? st.expression : null;
      const isLeave = c && ts.isCallExpression(c) && ts.isIdentifier(c.expression) && c.expression.text === 'leave' && c.arguments.length === 1 && ts.isIdentifier(c.arguments[0]);
      if (isLeave && !x.catchClause && x.parent === fnNode.body && found === null) found = { stmt: x, frame: c.arguments[0].text };
      else others++;
    }
    ts.forEachChild(x, visit);
  };
  ts.forEachChild(fnNode, visit);
  return found !== null && others === 0 ? found : null;
}

/** TraceBuffer's packed ENTER and EXIT (src/kernel/core/trace.ts). */
const ENTER = 1 << 28;
const EXIT = 2 << 28;
/** TraceBuffer.op(now, op) as an expression, its common case written out (see TraceBuffer.lim). */
function traceOp(op) {
  // (a plain anchor is written as it is; a composed entry is computed once, into $o)
  if (/^[A-Za-z_$][\w$]*\.[\w$]+$/.test(op)) return `($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = ${op}) : $tb.op($e.now, ${op}))`;
  return `($o = ${op}, $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))`;
}

function applyEdits(text, edits, base) {
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let pos = base;
  for (const e of edits) {
    if (e.start < pos) throw new Error('fastpath: overlapping edits');
    out += text.slice(pos - base, e.start - base) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos - base);
}

/** Why the generator `name` (a top-level kernel function) has a fast twin or not, or null when unknown. */
Analysis.prototype.why = function (name) {
  const gs = [...this.byKey.values()].filter((g) => g.top && g.name === name);
  if (!gs.length) return null;
  return gs.map((g) => ({ name, file: path.relative(this.root, g.file), twin: this.twinned(g), why: g.sleeps ? g.why || 'it may sleep' : 'nothing it does or calls can sleep' }));
};

module.exports = { Analysis };
