// Parser for the scenario language: text -> Scenario (ast.ts) plus diagnostics.
// Line oriented: each line is tokenized, parsed by a small recursive-descent parser, and then the
// whole scenario is checked (names, fds, call signatures from calls.ts). Never throws.

import { iptWords, parseIptables } from './iptables';
import type { Arg, Diagnostic, Expect, FdItem, Loc, ParseResult, Scenario, Stmt } from './ast';
import { CONSTANTS, ERRNO } from '../kernel/include/uapi';
import { internalized } from '../kernel/core/intern';
import { CALLS, callSignature, callSpec, formOf, maxArgs, minArgs, paramsFor, type CallSpec, type ParamSpec } from './calls';

export function formatDiagnostic(source: string, d: Diagnostic): string {
  return `${source}:${d.loc.line}:${d.loc.col}: ${d.severity}: ${d.message}`;
}

export function parseScenario(text: string, source: string): ParseResult {
  suggestBudget = SUGGEST_BUDGET;
  try {
    return new Parser(typeof text === 'string' ? text : String(text ?? ''), String(source)).run();
  } catch (e) {
    // A bug in the parser must not take the editor or the CLI down with it.
    return { diagnostics: [{ loc: { line: 1, col: 1 }, severity: 'error', message: `internal parser error: ${String(e)}` }] };
  }
}

// ---------------------------------------------------------------------------------------------
// Did-you-mean

/** The longest word that gets did-you-mean suggestions (longer ones are no typo of a short name). */
const SUGGEST_MAX_WORD = 64;
/**
 * Work allowed for suggestions in one parse (candidates looked at plus distance cells computed):
 * past it, diagnostics simply carry no "did you mean". Keeps a parse linear in its input whatever
 * the number of unknown names and candidates (some tens of ms at most).
 */
const SUGGEST_BUDGET = 2_000_000;
let suggestBudget = SUGGEST_BUDGET;

const ROW_MAX = 2 * SUGGEST_MAX_WORD + 2;
const ROWS = [new Int32Array(ROW_MAX), new Int32Array(ROW_MAX), new Int32Array(ROW_MAX)];

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), or `limit + 1` as
 * soon as it must exceed `limit` (only a band of width 2·limit+1 around the diagonal is computed).
 */
function editDistance(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return limit + 1;
  const BIG = limit + 1;
  // n ≤ SUGGEST_MAX_WORD and |n - m| ≤ limit < n, so rows of ROW_MAX cells are enough
  let prev2 = ROWS[0].fill(BIG, 0, m + 1);
  let prev = ROWS[1].fill(BIG, 0, m + 1);
  let cur = ROWS[2];
  for (let j = 0; j <= Math.min(m, limit); j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - limit);
    const hi = Math.min(m, i + limit);
    cur.fill(BIG, 0, m + 1);
    if (i <= limit) cur[0] = i;
    let rowMin = cur[0];
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v > BIG ? BIG : v;
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    suggestBudget -= m + 1;
    if (rowMin > limit) return BIG; // every path already costs more: stop early
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[m], BIG);
}

/**
 * Candidates closest to `word` (case-insensitive; only those at the best distance), at most `max`.
 * Bounded: words over 64 characters get none, candidates whose length alone puts them out of reach
 * are skipped, distances stop at the limit, and one parse spends at most SUGGEST_BUDGET on this.
 */
export function closeMatches(word: string, candidates: Iterable<string>, max = 3): string[] {
  if (word.length > SUGGEST_MAX_WORD || suggestBudget <= 0) return [];
  const w = word.toLowerCase();
  if (w.length > SUGGEST_MAX_WORD) return [];
  const limit = Math.max(1, Math.floor(word.length / 3));
  const scored: Array<[number, string]> = [];
  for (const c of candidates) {
    if (--suggestBudget <= 0) return [];
    if (Math.abs(c.length - w.length) > limit) continue;
    const dist = editDistance(w, c.toLowerCase(), limit);
    if (dist <= limit) scored.push([dist, c]);
  }
  scored.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1));
  return scored.filter((s) => s[0] === scored[0][0]).slice(0, max).map((s) => s[1]);
}

/** "; did you mean X?" / "; did you mean X, Y or Z?" / "". */
function suggest(word: string, candidates: Iterable<string>): string {
  const m = closeMatches(word, candidates);
  if (m.length === 0) return '';
  return `; did you mean ${m.length === 1 ? m[0] : `${m.slice(0, -1).join(', ')} or ${m[m.length - 1]}`}?`;
}

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isConstant = (n: string): boolean => has(CONSTANTS, n);
const isErrno = (n: string): boolean => has(ERRNO, n);
/** The ioctl requests the simulator answers (do_vfs_ioctl's, for every file), by name and by number. */
const IOCTL_REQUESTS = new Set(['FIONBIO', 'FIOCLEX', 'FIONCLEX']);
const IOCTL_NAMES = new Map([...IOCTL_REQUESTS].map((n) => [CONSTANTS[n], n]));

// ---------------------------------------------------------------------------------------------
// Tokens

interface Tok {
  kind: 'name' | 'num' | 'str' | 'punct' | 'bad';
  /** Source text (for `str`, the decoded value is in `value`). */
  text: string;
  value?: string;
  col: number;
  /** Exclusive end column. */
  end: number;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_-]/;
const NUM_CHAR = /[A-Za-z0-9_.]/;
const DIGIT = /[0-9]/;
const PUNCT = ':=(),|&.>[]';
const DUR_UNITS: Record<string, number> = { us: 1, ms: 1000, s: 1_000_000 };
const RATE_UNITS: Record<string, number> = { bit: 1, kbit: 1000, mbit: 1_000_000, gbit: 1_000_000_000 };
/** `WHO: iptables …` (WHO a host or a process). */
const IPT_LINE = /^(\s*)([A-Za-z_][A-Za-z0-9_-]*)\s*:\s*iptables(?=[\s#]|$)/;
const KEYWORDS = ['host', 'process', 'link', 'sysctl', 'mtu', 'txqueuelen', 'sleep', 'pause', 'drop', 'delay'];
const INT_MIN = -(2 ** 31);
/** The descriptors an fd_set holds (glibc's FD_SETSIZE). */
const FD_SETSIZE = 1024;
const INT_MAX = 2 ** 31 - 1;

/** An error on one line: aborts parsing that line. */
class LineError {
  constructor(readonly col: number, readonly end: number | undefined, readonly message: string) {}
}

/** Split a digit-started word into what it is. */
type NumInfo =
  | { kind: 'int'; value: number }
  | { kind: 'ip'; ip: string; port?: number; error?: string }
  | { kind: 'dur'; amount: string; unit: string }
  | { kind: 'bad'; message: string };

function classifyNum(text: string): NumInfo {
  const neg = text.startsWith('-');
  const body = neg ? text.slice(1) : text;
  let m: RegExpMatchArray | null;
  if (/^(0|[1-9][0-9]*)$/.test(body) || /^0[xX][0-9a-fA-F]+$/.test(body)) {
    const v = Number(body) * (neg ? -1 : 1);
    if (!Number.isSafeInteger(v)) return { kind: 'bad', message: `number ${text} is too large` };
    return { kind: 'int', value: v === 0 ? 0 : v };
  }
  if (/^[0-9]+$/.test(body)) return { kind: 'bad', message: `number ${text} has a leading zero (write it in decimal, or 0x.. for hex)` };
  if ((m = body.match(/^([0-9]+)\.([0-9]+)\.([0-9]+)\.([0-9]+)(?::([0-9A-Za-z_]*))?$/))) {
    if (neg) return { kind: 'bad', message: `'${text}': an address cannot be negative` };
    const octets = m.slice(1, 5);
    const ip = octets.join('.');
    for (const o of octets) {
      if (o.length > 1 && o.startsWith('0')) return { kind: 'ip', ip, error: `octet '${o}' of ${ip} has a leading zero` };
      if (Number(o) > 255) return { kind: 'ip', ip, error: `octet ${o} of ${ip} is out of range (0-255)` };
    }
    if (m[5] === undefined) return { kind: 'ip', ip };
    if (!/^[0-9]{1,5}$/.test(m[5]) || Number(m[5]) > 65535) return { kind: 'ip', ip, error: `port '${m[5]}' of ${ip} is not a number in 0-65535` };
    return { kind: 'ip', ip, port: Number(m[5]) };
  }
  if ((body.match(/\./g) ?? []).length >= 2) return { kind: 'bad', message: `'${text}' is not an IPv4 address a.b.c.d[:port]` };
  if ((m = body.match(/^([0-9]+(?:\.[0-9]+)?)([A-Za-z]*)$/))) {
    if (neg) return { kind: 'bad', message: `'${text}': a duration cannot be negative` };
    return { kind: 'dur', amount: m[1], unit: m[2] };
  }
  return { kind: 'bad', message: `'${text}' is not a number` };
}

// ---------------------------------------------------------------------------------------------
// Sysctls: what each one's proc handler in Linux 5.4 accepts (every value is a C int first)

interface SysctlSpec {
  handler: string;
  min?: number;
  max?: number;
  /** How many integers a write may give (ip_local_port_range: two). */
  count?: number;
}

const SYSCTLS: Record<string, SysctlSpec> = {
  'net.core.somaxconn': { handler: 'proc_dointvec_minmax', min: 0 },
  'net.ipv4.ip_local_port_range': { handler: 'ipv4_local_port_range', min: 1, max: 65535, count: 2 },
  'net.ipv4.tcp_syn_retries': { handler: 'proc_dointvec_minmax', min: 1, max: 127 },
  'net.ipv4.tcp_synack_retries': { handler: 'proc_dointvec' },
  'net.ipv4.tcp_syncookies': { handler: 'proc_dointvec' },
  'net.ipv4.tcp_max_syn_backlog': { handler: 'proc_dointvec' },
  'net.ipv4.tcp_abort_on_overflow': { handler: 'proc_dointvec' },
  // proc_dointvec_jiffies: seconds, refused past INT_MAX / HZ (HZ = 1000 in the simulation)
  'net.ipv4.tcp_fin_timeout': { handler: 'proc_dointvec_jiffies', min: -Math.floor(INT_MAX / 1000), max: Math.floor(INT_MAX / 1000) },
  'net.ipv4.tcp_tw_reuse': { handler: 'proc_dointvec_minmax', min: 0, max: 2 },
  'net.ipv4.ip_nonlocal_bind': { handler: 'proc_dointvec' },
  'net.ipv4.ip_unprivileged_port_start': { handler: 'ipv4_privileged_ports', min: 0, max: 65535 },
};

/** The sysctls a scenario may set (the simulated kernel's struct net has each). */
export const SYSCTL_KEYS = Object.keys(SYSCTLS);

interface PortState {
  low: number;
  high: number;
  prot: number;
}

// ---------------------------------------------------------------------------------------------
// The parser

interface Span { col: number; end: number }
type CallStmt = Extract<Stmt, { kind: 'call' }>;
type Atom = Extract<Arg, { kind: 'or' }>['parts'][number];
/** End columns of or-expression parts, for underlining the offending one. */
const atomEnds = new WeakMap<Atom, number>();
/** End columns of descriptor-list entries (`lfd POLLIN | POLLOUT`). */
const listItemEnds = new WeakMap<FdItem, number>();

/** Positions of a statement's parts that the checks point at. */
interface StmtInfo {
  stmt: Stmt;
  /** host/process: the declared name; call: the assign target; wait: the target. */
  name?: Span;
  /** process: its host; sysctl: the host; call/wait: the process prefix; fault: the sender. */
  ref?: Span;
  /** fault: the receiving host. */
  ref2?: Span;
  addrs?: Span[];
  fnEnd?: number;
  argEnds?: number[];
  expect?: Span;
}

/** Process state while checking statements in order. */
interface ProcState {
  fds: Map<string, number>; // fd name -> line it was bound on
  values: Map<string, { fn: string; line: number }>; // non-fd results
  background: Set<string>; // assign targets of background calls
  bgCount: number;
}

class Parser {
  private diags: Diagnostic[] = [];
  private infos: StmtInfo[] = [];
  private lineNo = 0;
  private toks: Tok[] = [];
  private i = 0;
  private eol = 1;
  /** Names a broken line would have declared or bound: no cascade of "unknown" errors on them. */
  private brokenNames = new Set<string>();
  private brokenHosts = 0;
  /**
   * One string per distinct name and address: a scenario repeats `client`, `connect`, `fd`,
   * 10.0.0.1 … on every line, and the run compares and looks them up on every call (a Map key, an
   * address the kernel compares, a trace field) — the same string is found by identity.
   */
  private interned = new Map<string, string>();
  private intern(s: string): string {
    let x = this.interned.get(s);
    if (x !== undefined) return x;
    x = internalized(s);
    this.interned.set(s, x);
    return x;
  }

  constructor(private text: string, private source: string) {}

  run(): ParseResult {
    const lines = this.text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    const description = this.description(lines);
    lines.forEach((l, idx) => this.parseLine(l, idx + 1));
    this.check();
    this.diags.sort((a, b) => a.loc.line - b.loc.line || a.loc.col - b.loc.col);
    const diagnostics = this.diags;
    if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
    const scenario: Scenario = { source: this.source, description, stmts: this.infos.map((x) => x.stmt) };
    return { scenario, diagnostics };
  }

  private error(line: number, col: number, end: number | undefined, message: string, severity: Diagnostic['severity'] = 'error'): void {
    const d: Diagnostic = { loc: { line, col }, severity, message };
    if (end !== undefined && end > col) d.endCol = end;
    this.diags.push(d);
  }

  /** The leading comment block, with `# ` stripped. */
  private description(lines: string[]): string {
    let i = 0;
    while (i < lines.length && lines[i].trim() === '') i++;
    const out: string[] = [];
    for (; i < lines.length && lines[i].trimStart().startsWith('#'); i++) {
      const l = lines[i].trimStart().slice(1);
      out.push((l.startsWith(' ') ? l.slice(1) : l).trimEnd());
    }
    return out.join('\n');
  }

  // --- tokenizer -----------------------------------------------------------------------------

  /** Tokenize one line; returns false if the line had a lexical error (already reported). */
  private lex(line: string): boolean {
    const toks: Tok[] = [];
    let ok = true;
    let p = 0;
    let codeEnd = line.length;
    const bad = (col: number, end: number, msg: string) => { // the first lexical error of a line is enough
      if (ok) this.error(this.lineNo, col, end, msg);
      ok = false;
    };
    while (p < line.length) {
      const c = line[p];
      const start = p;
      if (c === ' ' || c === '\t') { p++; continue; }
      if (c === '#') { codeEnd = p; break; }
      if (NAME_START.test(c)) {
        while (p < line.length && NAME_CHAR.test(line[p])) p++;
        toks.push({ kind: 'name', text: this.intern(line.slice(start, p)), col: start + 1, end: p + 1 });
      } else if (DIGIT.test(c) || (c === '-' && DIGIT.test(line[p + 1] ?? ''))) {
        p++;
        while (p < line.length && NUM_CHAR.test(line[p])) p++;
        if (line[p] === ':' && /[0-9A-Za-z_]/.test(line[p + 1] ?? '') && line.slice(start, p).includes('.')) {
          p++;
          while (p < line.length && /[0-9A-Za-z_]/.test(line[p])) p++;
        }
        toks.push({ kind: 'num', text: line.slice(start, p), col: start + 1, end: p + 1 });
      } else if (c === '"') {
        let value = '';
        p++;
        let closed = false;
        while (p < line.length) {
          const ch = line[p];
          if (ch === '"') { p++; closed = true; break; }
          if (ch !== '\\') { value += ch; p++; continue; }
          const e = line[p + 1];
          if (e === 'n') value += '\n';
          else if (e === 't') value += '\t';
          else if (e === '\\' || e === '"') value += e;
          else if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(line.slice(p + 2, p + 4))) {
            value += String.fromCharCode(parseInt(line.slice(p + 2, p + 4), 16));
            p += 2;
          } else {
            bad(p + 1, p + 3, e === 'x' ? 'escape \\x needs two hex digits, e.g. \\x0a' : `unknown escape '\\${e ?? ''}' (use \\n \\t \\\\ \\" \\xHH)`);
          }
          p += 2;
        }
        if (!closed) bad(start + 1, p + 1, 'unterminated string: missing closing "');
        toks.push({ kind: 'str', text: line.slice(start, p), value, col: start + 1, end: p + 1 });
      } else if (PUNCT.includes(c)) {
        p++;
        toks.push({ kind: 'punct', text: c, col: start + 1, end: p + 1 });
      } else {
        const cp = line.codePointAt(p) ?? 0;
        p += cp > 0xffff ? 2 : 1;
        bad(start + 1, p + 1, `unexpected character '${line.slice(start, p)}'`);
        toks.push({ kind: 'bad', text: line.slice(start, p), col: start + 1, end: p + 1 });
      }
    }
    this.toks = toks;
    this.i = 0;
    this.eol = line.slice(0, codeEnd).trimEnd().length + 1;
    return ok;
  }

  // --- token helpers -------------------------------------------------------------------------

  private peek(o = 0): Tok | undefined { return this.toks[this.i + o]; }
  private atEnd(): boolean { return this.i >= this.toks.length; }
  private isPunct(p: string, o = 0): boolean { const t = this.peek(o); return t?.kind === 'punct' && t.text === p; }
  private fail(message: string, t: Tok | undefined = this.peek()): never {
    throw t ? new LineError(t.col, t.end, message) : new LineError(this.eol, undefined, message);
  }
  private describe(t: Tok | undefined): string {
    return t ? `'${t.text.length > 40 ? t.text.slice(0, 40) + '…' : t.text}'` : 'end of line';
  }
  private expectPunct(p: string, what: string): Tok {
    const t = this.peek();
    if (t?.kind !== 'punct' || t.text !== p) this.fail(`expected ${what}, got ${this.describe(t)}`);
    this.i++;
    return t;
  }
  private expectName(what: string): Tok {
    const t = this.peek();
    if (t?.kind !== 'name') this.fail(`expected ${what}, got ${this.describe(t)}`);
    this.i++;
    return t;
  }
  private expectEnd(after: string): void {
    if (!this.atEnd()) this.fail(`unexpected ${this.describe(this.peek())} after ${after}`);
  }
  private loc(t: Tok): Loc { return { line: this.lineNo, col: t.col }; }

  // --- statements ----------------------------------------------------------------------------

  private parseLine(line: string, lineNo: number): void {
    this.lineNo = lineNo;
    // (iptables' words are its own: read apart from the scenario's tokens)
    const ipt = IPT_LINE.exec(line);
    if (ipt) return this.iptablesLine(line, ipt);
    const lexOk = this.lex(line);
    if (this.atEnd()) return;
    try {
      this.infos.push(this.statement());
    } catch (e) {
      if (!(e instanceof LineError)) throw e;
      this.noteBroken();
      // After a lexical error the syntax error is usually its echo: report only the first.
      if (lexOk) this.error(lineNo, e.col, e.end, e.message);
    }
  }

  /** `WHO: iptables …`: the rule's words, each malformed one a diagnostic at its column. */
  private iptablesLine(line: string, m: RegExpExecArray): void {
    const whoCol = m[1].length + 1;
    const afterKw = m[0].length;
    const hash = line.indexOf('#', afterKw);
    const eol = line.slice(0, hash < 0 ? line.length : hash).trimEnd().length + 1;
    const r = parseIptables(iptWords(line, afterKw), eol, suggest);
    if (!r.ok) {
      this.error(this.lineNo, r.col, r.end, r.message);
      return;
    }
    const who = this.intern(m[2]);
    const stmt: Stmt = { kind: 'iptables', who, host: who, cmd: r.cmd, text: `iptables ${r.text}`, loc: { line: this.lineNo, col: whoCol } };
    this.infos.push({ stmt, ref: { col: whoCol, end: whoCol + who.length } });
  }

  /** Remember what a line that did not parse meant to declare, to avoid follow-on errors. */
  private noteBroken(): void {
    const [a, b, c] = this.toks;
    if (a?.kind !== 'name') return;
    if ((a.text === 'host' || a.text === 'process') && b?.kind === 'name') {
      this.brokenNames.add(b.text);
      if (a.text === 'host') this.brokenHosts++;
    } else if (b?.kind === 'punct' && b.text === ':' && c?.kind === 'name') {
      this.brokenNames.add(`${a.text}:${c.text}`); // proc:fdName
    }
  }

  private statement(): StmtInfo {
    const t = this.peek()!;
    if (t.kind === 'name' && this.isPunct(':', 1)) return this.procStatement();
    if (t.kind !== 'name') this.fail(`expected a statement (host, process, link, sysctl, mtu, txqueuelen, sleep, pause or 'NAME: call(...)'), got ${this.describe(t)}`);
    this.i++;
    const loc = this.loc(t);
    switch (t.text) {
      case 'host': {
        const name = this.expectName('a host name');
        const addrs: string[] = [];
        const spans: Span[] = [];
        while (!this.atEnd()) {
          const a = this.peek()!;
          const n = a.kind === 'num' ? classifyNum(a.text) : undefined;
          if (n?.kind !== 'ip') this.fail(`expected an IPv4 address like 10.0.0.1, got ${this.describe(a)}`, a);
          if (n.error) this.fail(n.error, a);
          if (n.port !== undefined) this.fail(`a host address takes no port: write ${n.ip}`, a);
          if (n.ip === '0.0.0.0' || n.ip === '255.255.255.255') this.fail(`${n.ip} cannot be a host's address`, a);
          addrs.push(this.intern(n.ip));
          spans.push({ col: a.col, end: a.end });
          this.i++;
        }
        if (addrs.length === 0) this.fail(`host ${name.text} needs an IPv4 address, e.g. host ${name.text} 10.0.0.1`);
        return { stmt: { kind: 'host', name: name.text, addrs, loc }, name: span(name), addrs: spans };
      }
      case 'process': {
        const name = this.expectName('a process name');
        const on = this.peek();
        if (on?.kind !== 'name' || on.text !== 'on') this.fail(`expected 'on HOST' after the process name, got ${this.describe(on)}`);
        this.i++;
        const host = this.expectName('a host name');
        this.expectEnd('the host name');
        return { stmt: { kind: 'process', name: name.text, host: host.text, loc }, name: span(name), ref: span(host) };
      }
      case 'link': {
        const d = this.peek();
        if (d?.kind === 'name' && d.text === 'down') {
          this.i++;
          const durationUs = this.duration();
          this.expectEnd('the duration');
          return { stmt: { kind: 'linkdown', durationUs, loc } };
        }
        if (d?.kind === 'name' && d.text === 'rate') {
          this.i++;
          const rateBps = this.rate();
          this.expectEnd('the rate');
          return { stmt: { kind: 'linkrate', rateBps, loc } };
        }
        if (d?.kind !== 'name' || d.text !== 'delay') this.fail(`expected 'delay', 'down' or 'rate' after 'link' (link delay 1ms, link down 3s, link rate 1mbit), got ${this.describe(d)}`);
        this.i++;
        const delayUs = this.duration();
        this.expectEnd('the delay');
        return { stmt: { kind: 'link', delayUs, loc } };
      }
      case 'sleep': {
        const durationUs = this.duration();
        this.expectEnd('the duration');
        return { stmt: { kind: 'sleep', durationUs, loc } };
      }
      case 'drop':
      case 'delay': {
        let count = 1;
        let every: number | undefined;
        const c = this.peek();
        if (t.text === 'drop' && c?.kind === 'name' && c.text === 'every') {
          // a loss pattern: every Nth segment (10th, 2nd, 3rd, 21st, or just the number)
          this.i++;
          const e = this.peek();
          const m = e?.kind === 'num' ? /^([0-9]+)(?:st|nd|rd|th)?$/.exec(e.text) : null;
          const n = m ? classifyNum(m[1]) : undefined;
          if (n?.kind !== 'int' || n.value < 2) this.fail(`expected which segments to drop after 'every' (2nd, 3rd, 10th …: 2 or more), got ${this.describe(e)}`, e);
          every = n.value;
          this.i++;
        } else if (t.text === 'drop' && c?.kind === 'num') {
          const n = classifyNum(c.text);
          if (n?.kind !== 'int' || n.value < 1) this.fail(`expected how many segments to drop (1 or more), got ${this.describe(c)}`, c);
          count = n.value;
          this.i++;
        }
        const from = this.expectName(`the sending host (${t.text} server > client "S.")`);
        this.expectPunct('>', `'>' between the two hosts (${t.text} ${from.text} > HOST)`);
        const to = this.expectName('the receiving host');
        let flags: string | undefined;
        const f = this.peek();
        if (f?.kind === 'str') {
          flags = f.value ?? '';
          if (!/^(S|S\.|\.|P\.|F\.|FP\.|R|R\.|UDP|ICMP|frag)$/.test(flags)) this.fail(`unknown flags "${flags}": use tcpdump's notation (S, S., ., P., F., R, R.) or UDP, ICMP, frag (an IP fragment after the first)`, f);
          this.i++;
        }
        let extraUs: number | undefined;
        if (t.text === 'delay') {
          const by = this.peek();
          if (by?.kind !== 'name' || by.text !== 'by') this.fail(`expected 'by DURATION' (delay ${from.text} > ${to.text} by 500ms), got ${this.describe(by)}`);
          this.i++;
          extraUs = this.duration();
        }
        this.expectEnd(t.text === 'delay' ? 'the duration' : 'the flags');
        const stmt: Stmt = { kind: 'fault', action: t.text as 'drop' | 'delay', count, from: from.text, to: to.text, loc, ...(flags !== undefined ? { flags } : {}), ...(extraUs !== undefined ? { extraUs } : {}), ...(every !== undefined ? { every } : {}) };
        return { stmt, ref: span(from), ref2: span(to) };
      }
      case 'sysctl': {
        const host = this.expectName('a host name (sysctl HOST net.core.somaxconn = 128)');
        const first = this.expectName('a sysctl name like net.core.somaxconn');
        let key = first.text;
        let keyEnd = first.end;
        while (this.isPunct('.')) {
          this.i++;
          const part = this.expectName('a sysctl name part after \'.\'');
          key += '.' + part.text;
          keyEnd = part.end;
        }
        const spec = has(SYSCTLS, key) ? SYSCTLS[key] : undefined;
        if (!spec) {
          const keyTok: Tok = { kind: 'name', text: key, col: first.col, end: keyEnd };
          this.fail(`unknown sysctl ${key.length > 80 ? key.slice(0, 80) + '…' : key}${suggest(key, Object.keys(SYSCTLS)) || ` (known: ${Object.keys(SYSCTLS).join(', ')})`}`, keyTok);
        }
        this.expectPunct('=', `'=' after ${key}`);
        const values: number[] = [];
        const spans: Span[] = [];
        const count = spec.count ?? 1;
        for (;;) {
          const v = this.peek();
          if (v === undefined && values.length > 0) break;
          const n = v?.kind === 'num' ? classifyNum(v.text) : undefined;
          if (n?.kind !== 'int') {
            this.fail(values.length ? `expected the end of the line after ${key}'s value${count > 1 ? 's' : ''}, got ${this.describe(v)}` : `expected an integer value for ${key}, got ${this.describe(v)}`, v);
          }
          if (values.length === count) this.fail(`${key} takes ${count === 1 ? 'one integer' : `at most ${count} integers`}`, v);
          // proc_dointvec: a C int, else EINVAL; then the handler's own bounds (proc_dointvec_minmax …)
          if (n.value < INT_MIN || n.value > INT_MAX) this.fail(`${key} = ${v!.text}: out of range for an int (${INT_MIN} to ${INT_MAX}); the kernel refuses it with EINVAL`, v);
          const [min, max] = [spec.min ?? INT_MIN, spec.max ?? INT_MAX];
          if (n.value < min || n.value > max) this.fail(`${key} = ${v!.text}: the kernel accepts ${min} to ${max} (${spec.handler}), else EINVAL`, v);
          values.push(n.value);
          spans.push(span(v!));
          this.i++;
        }
        this.expectEnd('the value');
        return { stmt: { kind: 'sysctl', host: host.text, key, value: values[0], loc, ...(values.length > 1 ? { values } : {}) }, ref: span(host), addrs: spans };
      }
      case 'mtu': {
        // ip link set dev DEV mtu N: dev_set_mtu_ext() refuses below dev->min_mtu and above dev->max_mtu
        const host = this.expectName('a host name (mtu HOST 1400, or mtu HOST lo 1500)');
        let dev: 'eth0' | 'lo' = 'eth0';
        const d = this.peek();
        if (d?.kind === 'name') {
          if (d.text !== 'eth0' && d.text !== 'lo') this.fail(`unknown device '${d.text}': each host has eth0 (its NIC on the link) and lo`, d);
          dev = d.text;
          this.i++;
        }
        const v = this.peek();
        const n = v?.kind === 'num' ? classifyNum(v.text) : undefined;
        if (n?.kind !== 'int') this.fail(`expected the MTU in bytes (mtu HOST 1400), got ${this.describe(v)}`, v);
        // eth0: our NIC, like veth, min_mtu ETH_MIN_MTU (68) and max_mtu ETH_MAX_MTU (65535); lo has
        // no limits of its own (min_mtu and max_mtu 0), but below IPV4_MIN_MTU (68) IPv4 leaves the
        // device (inetdev_event: NETDEV_CHANGEMTU → inetdev_destroy), which is not simulated
        if (dev === 'eth0' && (n.value < 68 || n.value > 65535)) this.fail(`mtu ${n.value}: eth0 takes 68 to 65535 (its min_mtu and max_mtu), else EINVAL`, v);
        if (dev === 'lo' && n.value < 68) this.fail(`mtu ${n.value}: below 68 (IPV4_MIN_MTU) IPv4 leaves lo (inetdev_destroy), which is not simulated`, v);
        if (dev === 'lo' && n.value > INT_MAX) this.fail(`mtu ${n.value}: out of range for an int, EINVAL`, v);
        this.i++;
        this.expectEnd('the MTU');
        return { stmt: { kind: 'mtu', host: host.text, dev, mtu: n.value, loc }, ref: span(host) };
      }
      case 'txqueuelen': {
        // ip link set dev eth0 txqueuelen N: dev_change_tx_queue_len, pfifo_fast's bands resized to N
        const host = this.expectName('a host name (txqueuelen HOST 100)');
        const v = this.peek();
        const n = v?.kind === 'num' ? classifyNum(v.text) : undefined;
        if (n?.kind !== 'int' || n.value < 1 || n.value > INT_MAX) this.fail(`expected eth0's queue length in frames, 1 or more (txqueuelen HOST 100), got ${this.describe(v)}`, v);
        this.i++;
        this.expectEnd('the queue length');
        return { stmt: { kind: 'txqueuelen', host: host.text, len: n.value, loc }, ref: span(host) };
      }
      case 'pause': {
        const s = this.peek();
        if (s?.kind !== 'str') this.fail(`expected a message in quotes after 'pause', got ${this.describe(s)}`);
        this.i++;
        this.expectEnd('the message');
        return { stmt: { kind: 'pause', message: s.value ?? '', loc } };
      }
    }
    if (this.isPunct('(') || this.isPunct('=')) this.fail(`a call needs a process prefix, e.g. 'server: ${t.text}${this.isPunct('(') ? '(...)' : ' = ...'}'`, t);
    this.fail(`unknown statement '${t.text}'${suggest(t.text, KEYWORDS)}`, t);
  }

  /** `NAME: wait [X]` or `NAME: [X =] fn(args) [&] [= expect] [&]`. */
  private procStatement(): StmtInfo {
    const procTok = this.peek()!;
    this.i += 2;
    const loc = this.loc(procTok);
    const proc = procTok.text;
    const first = this.peek();
    if (first?.kind === 'name' && (first.text === 'fork' || first.text === 'thread') && !this.isPunct('=', 1) && !this.isPunct('(', 1)) {
      this.i++;
      const child = this.expectName(`the new process's name after '${first.text}' (${proc}: ${first.text} worker)`);
      this.expectEnd(`'${first.text} ${child.text}'`);
      return { stmt: { kind: 'spawn', proc, how: first.text, child: child.text, loc }, ref: span(procTok), name: span(child) };
    }
    if (first?.kind === 'name' && first.text === 'wait' && !this.isPunct('=', 1) && !this.isPunct('(', 1)) {
      this.i++;
      const target = this.peek();
      if (target === undefined) return { stmt: { kind: 'wait', proc, loc }, ref: span(procTok) };
      if (target.kind !== 'name') this.fail(`expected the name of a background call's result after 'wait', got ${this.describe(target)}`);
      this.i++;
      this.expectEnd(`'wait ${target.text}'`);
      return { stmt: { kind: 'wait', proc, target: target.text, loc }, ref: span(procTok), name: span(target) };
    }
    let assignTok: Tok | undefined;
    if (first?.kind === 'name' && this.isPunct('=', 1)) {
      assignTok = first;
      this.i += 2;
    }
    const fnTok = this.expectName(assignTok ? `a call after '${assignTok.text} ='` : 'a call like socket(...) or \'wait\'');
    if (!this.isPunct('(')) {
      if (KEYWORDS.includes(fnTok.text)) this.fail(`'${fnTok.text}' is not per process: write it without '${proc}:'`, fnTok);
      this.fail(`expected '(' after ${fnTok.text}, got ${this.describe(this.peek())}`);
    }
    this.i++;
    const args: Arg[] = [];
    const argEnds: number[] = [];
    if (this.isPunct(')')) this.i++;
    else {
      for (;;) {
        const [arg, end] = this.arg();
        args.push(arg);
        argEnds.push(end);
        if (this.isPunct(',')) { this.i++; continue; }
        if (this.isPunct(')')) { this.i++; break; }
        this.fail(`expected ',' or ')' in the arguments of ${fnTok.text}, got ${this.describe(this.peek())}`);
      }
    }
    let background = false;
    let expect: Expect | undefined;
    let expectSpan: Span | undefined;
    let sawExpect = false;
    while (!this.atEnd()) {
      const t = this.peek()!;
      if (t.kind === 'punct' && t.text === '&') {
        if (background) this.fail(`'&' given twice`);
        background = true;
        this.i++;
      } else if (t.kind === 'punct' && t.text === '=') {
        if (sawExpect) this.fail('a call has at most one expectation');
        sawExpect = true;
        this.i++;
        [expect, expectSpan] = this.expectation();
      } else {
        this.fail(`unexpected ${this.describe(t)} after the call: expected '&', '= VALUE' or end of line`);
      }
    }
    const stmt: Stmt = { kind: 'call', proc, fn: fnTok.text, args, background, loc, fnLoc: this.loc(fnTok) };
    if (assignTok) stmt.assign = assignTok.text;
    if (expect) stmt.expect = expect;
    return { stmt, ref: span(procTok), name: assignTok && span(assignTok), fnEnd: fnTok.end, argEnds, expect: expectSpan };
  }

  /** After `=`: `N`, `-1 ENAME`, `"text"` or `any`. */
  private expectation(): [Expect | undefined, Span | undefined] {
    const t = this.peek();
    if (t === undefined) this.fail(`expected a value after '=' (a number, -1 ERRNO, "text" or any)`);
    this.i++;
    const loc = this.loc(t);
    if (t.kind === 'str') return [{ kind: 'data', value: t.value ?? '', loc }, span(t)];
    if (t.kind === 'name' && t.text === 'any') return [undefined, undefined];
    if (t.kind === 'name' && isErrno(t.text)) this.fail(`write '= -1 ${t.text}': a failing call returns -1 and sets errno`, t);
    const n = t.kind === 'num' ? classifyNum(t.text) : undefined;
    if (n?.kind !== 'int') this.fail(n?.kind === 'bad' ? n.message : `expected a value after '=' (a number, -1 ERRNO, "text" or any), got ${this.describe(t)}`, t);
    const e = this.peek();
    if (n.value === -1) {
      if (e?.kind !== 'name') this.fail('-1 must be followed by an errno name, e.g. = -1 ECONNREFUSED', t);
      this.i++;
      if (!isErrno(e.text)) {
        const close = closeMatches(e.text, Object.keys(ERRNO));
        this.fail(`unknown errno '${e.text}'${close.length ? `; close matches: ${close.join(', ')}` : ''}`, e);
      }
      return [{ kind: 'errno', errno: e.text, loc }, { col: t.col, end: e.end }];
    }
    if (e?.kind === 'name' && isErrno(e.text)) this.fail(`an errno name only follows -1: write '= -1 ${e.text}'`, e);
    return [{ kind: 'ret', value: n.value, loc }, span(t)];
  }

  /** One argument: string, address, or a name/int possibly or-ed with more. Returns it and its end column. */
  private arg(): [Arg, number] {
    const t = this.peek();
    if (t?.kind === 'punct' && t.text === '[') return this.list(t);
    if (t?.kind === 'str') { this.i++; return [{ kind: 'string', value: t.value ?? '', loc: this.loc(t) }, t.end]; }
    if (t?.kind === 'num') {
      const n = classifyNum(t.text);
      if (n.kind === 'ip') {
        if (n.error) this.fail(n.error, t);
        if (n.port === undefined) this.fail(`address ${n.ip} needs a port: write ${n.ip}:PORT (e.g. ${n.ip}:8080)`, t);
        this.i++;
        return [{ kind: 'addr', ip: this.intern(n.ip), port: n.port, loc: this.loc(t) }, t.end];
      }
    }
    const first = this.atom();
    if (!this.isPunct('|')) return [first, this.toks[this.i - 1].end];
    const parts = [first];
    while (this.isPunct('|')) {
      this.i++;
      parts.push(this.atom());
    }
    return [{ kind: 'or', parts, loc: first.loc }, this.toks[this.i - 1].end];
  }

  /**
   * A descriptor list after its `[`: entries `FD [EVENTS]` separated by commas (poll's `lfd POLLIN |
   * POLLOUT`, select's `lfd`), or none. Which entries a call takes is checked with the call.
   */
  private list(open: Tok): [Arg, number] {
    this.i++;
    const items: FdItem[] = [];
    if (this.isPunct(']')) {
      this.i++;
      return [{ kind: 'list', items, loc: this.loc(open) }, this.toks[this.i - 1].end];
    }
    for (;;) {
      const ft = this.peek();
      if (ft?.kind !== 'name' && ft?.kind !== 'num') this.fail(`expected a descriptor in the list (an fd name or number, as in [lfd POLLIN, cfd POLLOUT] or [lfd, cfd]), got ${this.describe(ft)}`);
      const fd = this.atom();
      const item: FdItem = { fd, loc: fd.loc };
      if (!this.atEnd() && !this.isPunct(',') && !this.isPunct(']')) {
        const first = this.atom();
        if (!this.isPunct('|')) item.events = first;
        else {
          const parts = [first];
          while (this.isPunct('|')) {
            this.i++;
            parts.push(this.atom());
          }
          item.events = { kind: 'or', parts, loc: first.loc };
        }
      }
      listItemEnds.set(item, this.toks[this.i - 1].end);
      items.push(item);
      if (this.isPunct(',')) { this.i++; continue; }
      if (this.isPunct(']')) { this.i++; break; }
      const next = this.peek();
      if (item.events && (next?.kind === 'name' || next?.kind === 'num')) this.fail(`expected ',' or ']' in the descriptor list, got ${this.describe(next)}: an entry's events are joined with '|' (lfd POLLIN | POLLOUT)`);
      this.fail(`expected ',' or ']' in the descriptor list, got ${this.describe(next)}`);
    }
    return [{ kind: 'list', items, loc: this.loc(open) }, this.toks[this.i - 1].end];
  }

  private atom(): Atom {
    const t = this.peek();
    let a: Atom | undefined;
    if (t?.kind === 'name') a = { kind: 'name', name: t.text, loc: this.loc(t) };
    if (t?.kind === 'num') {
      const n = classifyNum(t.text);
      if (n.kind === 'int') a = { kind: 'int', value: n.value, loc: this.loc(t) };
      else
      this.fail(n.kind === 'bad' ? n.message : n.kind === 'ip' ? `an address cannot be combined with '|'` : `'${t.text}' is not a number`, t);
    }
    if (a && t) {
      this.i++;
      atomEnds.set(a, t.end);
      return a;
    }
    this.fail(`expected an argument (a number, a name, an address a.b.c.d:port or a "string"), got ${this.describe(t)}`);
  }

  /** `1ms`, `1.5ms`, `200us`, `2s` (also `1 ms`) in microseconds. */
  /** A bit rate as tc writes it: 1mbit, 100kbit, 1gbit, 9600bit (decimal: kbit is 1000 bits per second). */
  private rate(): number {
    const t = this.peek();
    const n = t?.kind === 'num' ? classifyNum(t.text) : undefined;
    const unit = n?.kind === 'dur' ? n.unit : '';
    const whole = n?.kind === 'dur' && /^[0-9]+$/.test(n.amount) ? Number(n.amount) : 0;
    if (!t || !has(RATE_UNITS, unit) || whole < 1) this.fail(`expected a rate like 1mbit, 100kbit or 1gbit, got ${this.describe(t)}`, t);
    this.i++;
    const bps = whole * RATE_UNITS[unit];
    if (!Number.isSafeInteger(bps) || bps > 100_000_000_000) this.fail(`rate ${t.text} is too high (at most 100gbit)`, t);
    return bps;
  }

  private duration(): number {
    const t = this.peek();
    const n = t?.kind === 'num' ? classifyNum(t.text) : undefined;
    if (!t || !n || (n.kind !== 'int' && n.kind !== 'dur')) this.fail(`expected a duration like 1ms, 1.5ms, 200us or 2s, got ${this.describe(t)}`, t);
    this.i++;
    const amount = n.kind === 'int' ? String(n.value) : n.amount;
    let unit = n.kind === 'int' ? '' : n.unit;
    if (n.kind === 'int' && n.value < 0) this.fail('a duration cannot be negative', t);
    const u = this.peek();
    if (unit === '' && u?.kind === 'name' && has(DUR_UNITS, u.text)) { unit = u.text; this.i++; }
    if (unit === '') this.fail(`duration ${amount} needs a unit: us, ms or s (e.g. ${amount}ms)`, t);
    if (!has(DUR_UNITS, unit)) this.fail(`unknown time unit '${unit}': use us, ms or s`, t);
    const [whole, frac = ''] = amount.split('.');
    const scale = DUR_UNITS[unit];
    const digits = String(scale).length - 1; // 0, 3 or 6 decimal places fit in microseconds
    if (frac.replace(/0+$/, '').length > digits) this.fail(`${t.text} is not a whole number of microseconds`, t);
    const us = Number(whole) * scale + (digits ? Number((frac + '000000').slice(0, digits)) : 0);
    if (!Number.isSafeInteger(us)) this.fail(`duration ${t.text} is too long`, t);
    return us;
  }

  // --- checks over the whole scenario --------------------------------------------------------

  /**
   * The two sysctls whose handlers check each other (net/ipv4/sysctl_net_ipv4.c): ipv4_local_port_range
   * keeps low <= high and low >= ip_unprivileged_port_start; ipv4_privileged_ports keeps the start
   * below the range's low end. A write of one value to the range sets only its low end.
   */
  private checkPorts(s: Extract<Stmt, { kind: 'sysctl' }>, x: StmtInfo, portState: Map<string, PortState>): void {
    if (s.key !== 'net.ipv4.ip_local_port_range' && s.key !== 'net.ipv4.ip_unprivileged_port_start') return;
    let st = portState.get(s.host);
    if (!st) portState.set(s.host, (st = { low: 32768, high: 60999, prot: 1024 }));
    const line = s.loc.line;
    const sp = x.addrs ?? [];
    if (s.key === 'net.ipv4.ip_local_port_range') {
      const low = s.value;
      const high = s.values?.[1] ?? st.high;
      if (high < low) {
        const at = sp[1] ?? sp[0];
        this.error(line, at.col, at.end, `net.ipv4.ip_local_port_range: the high end ${high}${s.values ? '' : ' (the current one)'} is below the low end ${low}; the kernel refuses it with EINVAL`);
        return;
      }
      if (low < st.prot) {
        this.error(line, sp[0].col, sp[0].end, `net.ipv4.ip_local_port_range: the low end ${low} is below net.ipv4.ip_unprivileged_port_start (${st.prot}); the kernel refuses it with EINVAL`);
        return;
      }
      st.low = low;
      st.high = high;
      return;
    }
    if (s.value >= st.low) {
      this.error(line, sp[0].col, sp[0].end, `net.ipv4.ip_unprivileged_port_start = ${s.value} must stay below the local port range's low end (${st.low}); the kernel refuses it with EINVAL`);
      return;
    }
    st.prot = s.value;
  }

  private check(): void {
    const hosts = new Map<string, { line: number; addrs: string[] }>();
    /** Every process (a host's default process included) -> its host. */
    const procs = new Map<string, { host: string; line: number; isHost: boolean }>();
    const addrOwner = new Map<string, { host: string; line: number }>();
    const declared = (name: string) => procs.get(name);
    /** Per host, in statement order: the local port range and ip_unprivileged_port_start the kernel would hold. */
    const portState = new Map<string, PortState>();

    /** Processes made by `fork`/`thread`: the line they appear on (calls before it are refused). */
    const spawned = new Map<string, number>();
    for (const x of this.infos) {
      const s = x.stmt;
      if (s.kind !== 'host' && s.kind !== 'process') continue;
      const line = s.loc.line;
      const prev = declared(s.name);
      if (prev) {
        this.error(line, x.name!.col, x.name!.end, `duplicate name '${s.name}': already declared as a ${prev.isHost ? 'host' : 'process'} on line ${prev.line}`);
        continue;
      }
      if (s.kind === 'host') {
        hosts.set(s.name, { line, addrs: s.addrs });
        procs.set(s.name, { host: s.name, line, isHost: true });
        s.addrs.forEach((a, k) => {
          const owner = addrOwner.get(a);
          const sp = x.addrs![k];
          if (owner) this.error(line, sp.col, sp.end, `address ${a} is already used by host ${owner.host} (line ${owner.line})`);
          else addrOwner.set(a, { host: s.name, line });
        });
      } else {
        procs.set(s.name, { host: s.host, line, isHost: false });
      }
    }
    for (const x of this.infos) {
      const s = x.stmt;
      if (s.kind !== 'spawn') continue;
      const parent = procs.get(s.proc);
      const prev = procs.get(s.child);
      if (prev) {
        this.error(s.loc.line, x.name!.col, x.name!.end, `duplicate name '${s.child}': already declared as a ${prev.isHost ? 'host' : 'process'} on line ${prev.line}`);
        continue;
      }
      if (!parent) continue; // (reported with the statements below)
      procs.set(s.child, { host: parent.host, line: s.loc.line, isHost: false });
      spawned.set(s.child, s.loc.line);
    }
    for (const x of this.infos) {
      const s = x.stmt;
      if (s.kind === 'process' && procs.get(s.name)?.line === s.loc.line && !hosts.has(s.host) && !this.brokenNames.has(s.host)) {
        const what = procs.has(s.host) ? `'${s.host}' is a process, not a host` : `unknown host '${s.host}'${suggest(s.host, hosts.keys())}`;
        this.error(s.loc.line, x.ref!.col, x.ref!.end, what);
      }
    }
    if (hosts.size === 0 && this.brokenHosts === 0) {
      this.error(1, 1, undefined, 'no host declared: a scenario needs at least one line like `host server 10.0.0.1`');
    }

    // Where each process first assigns each name: to tell "used too early" from "unknown".
    const firstAssign = new Map<string, number>();
    for (const x of this.infos) {
      const s = x.stmt;
      if (s.kind === 'call' && s.assign && !firstAssign.has(`${s.proc}:${s.assign}`)) firstAssign.set(`${s.proc}:${s.assign}`, s.loc.line);
    }
    const states = new Map<string, ProcState>();
    const state = (p: string): ProcState => {
      let st = states.get(p);
      if (!st) states.set(p, (st = { fds: new Map(), values: new Map(), background: new Set(), bgCount: 0 }));
      return st;
    };

    for (const x of this.infos) {
      const s = x.stmt;
      const line = s.loc.line;
      if (s.kind === 'fault') {
        for (const [h, sp] of [[s.from, x.ref!], [s.to, x.ref2!]] as Array<[string, Span]>) {
          if (!hosts.has(h) && !this.brokenNames.has(h)) this.error(line, sp.col, sp.end, `unknown host '${h}'${suggest(h, hosts.keys())}`);
        }
        continue;
      }
      if (s.kind === 'iptables') {
        const p = procs.get(s.who);
        if (p) s.host = p.host;
        else if (!this.brokenNames.has(s.who)) this.error(line, x.ref!.col, x.ref!.end, `iptables: unknown host or process '${s.who}'${suggest(s.who, procs.keys())}`);
        continue;
      }
      if (s.kind === 'mtu' || s.kind === 'txqueuelen') {
        if (!hosts.has(s.host) && !this.brokenNames.has(s.host)) {
          const p = procs.get(s.host);
          const what = p ? `'${s.host}' is a process; ${s.kind} takes a host name (it runs on ${p.host})` : `unknown host '${s.host}'${suggest(s.host, hosts.keys())}`;
          this.error(line, x.ref!.col, x.ref!.end, what);
        }
        continue;
      }
      if (s.kind === 'sysctl') {
        if (!hosts.has(s.host) && !this.brokenNames.has(s.host)) {
          const p = procs.get(s.host);
          const what = p ? `'${s.host}' is a process; sysctl takes a host name (it runs on ${p.host})` : `unknown host '${s.host}'${suggest(s.host, hosts.keys())}`;
          this.error(line, x.ref!.col, x.ref!.end, what);
          continue;
        }
        this.checkPorts(s, x, portState);
        continue;
      }
      if (s.kind !== 'call' && s.kind !== 'wait' && s.kind !== 'spawn') continue;
      const known = procs.has(s.proc) || this.brokenNames.has(s.proc);
      if (!known) {
        const hint = suggest(s.proc, procs.keys()) || ` (declare it with 'host ${s.proc} IPV4' or 'process ${s.proc} on HOST')`;
        this.error(line, x.ref!.col, x.ref!.end, `unknown process '${s.proc}'${hint}`);
      } else if ((spawned.get(s.proc) ?? 0) > line) {
        this.error(line, x.ref!.col, x.ref!.end, `'${s.proc}' does not exist yet: it is made on line ${spawned.get(s.proc)}`);
      }
      const st = state(s.proc);
      if (s.kind === 'spawn') {
        // the child's descriptor names: a copy (fork) or the same ones (thread)
        if (known && spawned.get(s.child) === line) {
          states.set(s.child, s.how === 'thread'
            ? { fds: st.fds, values: st.values, background: new Set(), bgCount: 0 }
            : { fds: new Map(st.fds), values: new Map(st.values), background: new Set(), bgCount: 0 });
        }
        continue;
      }
      if (s.kind === 'wait') {
        if (!known) continue;
        if (s.target === undefined) {
          if (st.bgCount === 0) this.error(line, s.loc.col, undefined, `'${s.proc}' has no background call ('&') to wait for`);
        } else if (!st.background.has(s.target) && !this.brokenNames.has(`${s.proc}:${s.target}`)) {
          const n = x.name!;
          const assigned = st.fds.get(s.target) ?? st.values.get(s.target)?.line;
          this.error(line, n.col, n.end, assigned !== undefined
            ? `'${s.target}' was not assigned by a background call: add '&' to the call on line ${assigned}`
            : `'${s.target}' is not the result of a background call in '${s.proc}'${suggest(s.target, st.background)}`);
        }
        continue;
      }
      this.checkCall(x, s, st, known, firstAssign, states);
    }
  }

  private checkCall(x: StmtInfo, s: CallStmt, st: ProcState, known: boolean,
    firstAssign: Map<string, number>, states: Map<string, ProcState>): void {
    const line = s.loc.line;
    const err = (col: number, end: number | undefined, msg: string) => this.error(line, col, end, msg);
    const spec = callSpec(s.fn);
    if (!spec) {
      err(s.fnLoc.col, x.fnEnd, s.fn === 'wait' ? `wait is not a call: write '${s.proc}: wait NAME'` : `unknown call '${s.fn}'${suggest(s.fn, Object.keys(CALLS))}`);
    } else {
      // (poll and select: the form over a list of descriptors, or the one-descriptor form)
      const form = formOf(spec, s.args[0]?.kind);
      const min = minArgs(spec, form), max = maxArgs(spec, form);
      if (s.args.length < min || s.args.length > max) {
        const want = min === max ? `${min} argument${min === 1 ? '' : 's'}` : `${min} or ${max} arguments`;
        const col = s.args.length > max ? s.args[max].loc.col : s.fnLoc.col;
        const end = s.args.length > max ? x.argEnds![s.args.length - 1] : x.fnEnd;
        if (form === spec.oneFd && s.args.length >= minArgs(spec) && s.args.length <= maxArgs(spec)) {
          // (as many arguments as the form over a list takes: the list is what is missing)
          err(s.args[0].loc.col, x.argEnds![0], `${s.fn} over several descriptors takes a list first: ${callSignature(spec)}; for one descriptor: ${callSignature(spec, form)}`);
        } else {
          err(col, end, `${s.fn} takes ${want}: ${callSignature(spec, form)}; got ${s.args.length}`);
        }
      }
      const params = paramsFor(form, s.args.length);
      s.args.forEach((a, k) => {
        if (k < params.length) this.checkArg(a, x.argEnds![k], params[k], s, st, known, firstAssign, states);
      });
      this.checkSpecial(x, s, spec);
    }
    if (s.assign !== undefined && x.name) {
      const n = x.name;
      if (isConstant(s.assign)) err(n.col, n.end, `'${s.assign}' is a constant name; pick another name for the result`);
      const prevFd = st.fds.get(s.assign);
      if (spec?.returnsFd !== false) {
        if (prevFd !== undefined) this.error(line, n.col, n.end, `'${s.assign}' is assigned again (it held an fd from line ${prevFd})`, 'warning');
        st.values.delete(s.assign);
        st.fds.set(s.assign, line);
      } else {
        if (prevFd !== undefined) this.error(line, n.col, n.end, `'${s.assign}' held an fd from line ${prevFd}; after this line it is the result of ${s.fn}, not an fd`, 'warning');
        st.fds.delete(s.assign);
        st.values.set(s.assign, { fn: s.fn, line });
      }
      if (s.background) st.background.add(s.assign);
    }
    if (s.background) st.bgCount++;
  }

  /** setsockopt's SO_LINGER form, data expectations. */
  private checkSpecial(x: StmtInfo, s: CallStmt, spec: CallSpec): void {
    const line = s.loc.line;
    if (s.fn === 'setsockopt' && s.args.length >= 4) {
      const opt = s.args[2];
      const linger = opt.kind === 'name' && opt.name === 'SO_LINGER';
      const timeval = opt.kind === 'name' && (opt.name === 'SO_RCVTIMEO' || opt.name === 'SO_SNDTIMEO');
      if (s.args.length === 5 && !linger && !timeval) {
        this.error(line, s.args[4].loc.col, x.argEnds![4], 'only SO_LINGER, SO_RCVTIMEO and SO_SNDTIMEO take two values: setsockopt(fd, SOL_SOCKET, SO_LINGER, onoff, linger)');
      } else if (s.args.length === 4 && linger) {
        this.error(line, s.fnLoc.col, x.fnEnd, 'SO_LINGER takes two values: setsockopt(fd, SOL_SOCKET, SO_LINGER, onoff, linger)');
      } else if (s.args.length === 4 && timeval) {
        this.error(line, s.fnLoc.col, x.fnEnd, '{0} takes two values, a struct timeval: setsockopt(fd, SOL_SOCKET, {0}, tv_sec, tv_usec)'.replace(/\{0\}/g, (opt as { name: string }).name));
      }
    }
    if (s.fn === 'ioctl' && s.args.length >= 2) {
      const req = s.args[1];
      const name = req.kind === 'name' ? (IOCTL_REQUESTS.has(req.name) ? req.name : undefined) : req.kind === 'int' ? IOCTL_NAMES.get(req.value) : undefined;
      if (req.kind === 'name' && !isConstant(req.name)) {
        // (an unknown constant: said already)
      } else if (name === undefined) {
        this.error(line, req.loc.col, x.argEnds![1], 'the simulator answers ioctl() for FIONBIO, FIOCLEX and FIONCLEX only (the requests every file shares)');
      } else if (name === 'FIONBIO' && s.args.length === 2) {
        this.error(line, s.fnLoc.col, x.fnEnd, 'FIONBIO takes an int: ioctl(fd, FIONBIO, 1) makes the file non-blocking, ioctl(fd, FIONBIO, 0) blocking again');
      } else if (name !== 'FIONBIO' && s.args.length === 3) {
        this.error(line, s.args[2].loc.col, x.argEnds![2], '{0} takes no argument: ioctl(fd, {0})'.replace(/\{0\}/g, name));
      }
    }
    const e = s.expect;
    if (e?.kind !== 'data') return;
    const sp = x.expect!;
    if (spec.value) return;
    if (!spec.reads) {
      this.error(line, sp.col, sp.end, `a "text" expectation is for calls that read (recv, read, recvfrom), not ${s.fn}`);
      return;
    }
    const len = s.args[1];
    if (!spec.events && len?.kind === 'int' && /^[\x00-\x7f]*$/.test(e.value) && e.value.length > len.value) {
      this.error(line, sp.col, sp.end, `${s.fn} reads at most ${len.value} byte${len.value === 1 ? '' : 's'} but the expected text has ${e.value.length}`);
    }
  }

  private checkArg(a: Arg, end: number, p: ParamSpec, s: CallStmt, st: ProcState, known: boolean,
    firstAssign: Map<string, number>, states: Map<string, ProcState>): void {
    const line = s.loc.line;
    const err = (msg: string, col = a.loc.col, e: number | undefined = end) => this.error(line, col, e, msg);
    const what = `${s.fn}'s ${p.name}`;
    const constant = (c: Atom, cEnd: number) => {
      if (c.kind === 'int') return;
      if (isConstant(c.name)) return;
      const msg = st.fds.has(c.name) ? `${what} is a constant, but '${c.name}' is an fd`
        : `unknown constant '${c.name}'${suggest(c.name, Object.keys(CONSTANTS))}`;
      err(msg, c.loc.col, cEnd);
    };
    if (a.kind === 'list' && p.kind !== 'pollfds' && p.kind !== 'fdset') {
      return err(`${what} cannot be a list: only poll's and select's descriptors are written [fd, …]`);
    }
    switch (p.kind) {
      case 'pollfds':
      case 'fdset': {
        if (a.kind !== 'list') {
          return err(p.kind === 'pollfds'
            ? `${what} must be a list of descriptors with their events, like [lfd POLLIN, cfd POLLIN | POLLOUT]`
            : `${what} must be a list of descriptors, like [lfd, cfd] ([] for none)`);
        }
        const fdItem = { ...p, kind: 'fd' as const };
        for (const item of a.items) {
          const itemEnd = listItemEnds.get(item) ?? end;
          const fdEnd = atomEnds.get(item.fd) ?? itemEnd;
          // (poll skips a negative fd — do_pollfd's `if (fd < 0)` — select's bitmaps have no place for one)
          if (item.fd.kind === 'int' && item.fd.value < 0) {
            if (p.kind === 'fdset') err(`${what} holds descriptors, and ${item.fd.value} is none`, item.fd.loc.col, fdEnd);
          } else if (item.fd.kind === 'int' && p.kind === 'fdset' && item.fd.value >= FD_SETSIZE) {
            err(`${what}: descriptor ${item.fd.value} does not fit an fd_set (FD_SETSIZE is ${FD_SETSIZE})`, item.fd.loc.col, fdEnd);
          } else {
            this.checkArg(item.fd, fdEnd, fdItem, s, st, known, firstAssign, states);
          }
          if (p.kind === 'pollfds' && !item.events) {
            if (item.fd.kind === 'name' && isConstant(item.fd.name)) continue; // (said above)
            err(`${what}: ${item.fd.kind === 'name' ? item.fd.name : item.fd.value} needs its events, like [${item.fd.kind === 'name' ? item.fd.name : item.fd.value} POLLIN]`, item.loc.col, itemEnd);
          } else if (p.kind === 'fdset' && item.events) {
            err(`${what} holds descriptors only (the set says what is asked): write [lfd, cfd]`, item.events.loc.col, itemEnd);
          } else if (item.events) {
            this.checkArg(item.events, itemEnd, { name: 'events', kind: 'const' }, s, st, known, firstAssign, states);
          }
        }
        return;
      }
      case 'fd': {
        if (a.kind === 'int') {
          if (a.value < 0) err(`${what} must be a non-negative fd number`);
          return;
        }
        if (a.kind !== 'name') return err(`${what} must be an fd name or number`);
        const n = a.name;
        if (st.fds.has(n) || !known || this.brokenNames.has(`${s.proc}:${n}`)) return;
        const v = st.values.get(n);
        if (v) return err(`'${n}' is not an fd: it holds the result of ${v.fn} (line ${v.line})`);
        const later = firstAssign.get(`${s.proc}:${n}`);
        if (later !== undefined) return err(`'${n}' is used before it is assigned (line ${later})`);
        for (const [other, ost] of states) {
          if (other !== s.proc && ost.fds.has(n)) return err(`'${n}' is an fd of process '${other}', not of '${s.proc}': fds belong to one process`);
        }
        if (isConstant(n)) return err(`${what} must be an fd, not the constant ${n}`);
        return err(`unknown fd '${n}' in '${s.proc}'${suggest(n, st.fds.keys())}`);
      }
      case 'int':
        if (a.kind !== 'int') return err(`${what} must be an integer${a.kind === 'name' && isConstant(a.name) ? `, not the constant ${a.name}` : ''}`);
        if (a.value < INT_MIN || a.value > INT_MAX) err(`${what} ${a.value} is out of range for a C int`);
        return;
      case 'data':
        if (a.kind === 'string') return;
        if (a.kind === 'int') { if (a.value < 0) err(`${what} must be a "string" or a byte count >= 0`); return; }
        return err(`${what} must be a "string" or a byte count`);
      case 'addr':
        if (a.kind === 'name' && st.values.get(a.name)?.fn === 'recvfrom') return; // the sender recvfrom learned
        if (a.kind !== 'addr') err(`${what} must be an address a.b.c.d:port`);
        return;
      case 'addr|const':
      case 'const':
        if (a.kind === 'addr') { if (p.kind === 'const') err(`${what} must be a constant, not an address`); return; }
        if (a.kind === 'name' || a.kind === 'int') return constant(a, end);
        if (a.kind === 'or') {
          a.parts.forEach((c) => constant(c, atomEnds.get(c) ?? end));
          return;
        }
        return err(`${what} must be ${p.kind === 'const' ? 'a constant' : 'an address a.b.c.d:port or AF_UNSPEC'}, not a string`);
    }
  }
}

function span(t: Tok): Span {
  return { col: t.col, end: t.end };
}
