// The debugger's small C-like expression language, for breakpoint conditions, logpoints, watches,
// hovers and the debug console: identifiers from a frame's variables, `->` and `.` with kernel field
// names (walking the real simulated objects), the casts inet_sk() inet_csk() tcp_sk() inet_rsk()
// tcp_rsk() as identity views, kernel constants (TCP_LISTEN, AF_INET, EINVAL, NULL), comparison,
// logic and a little arithmetic. A tokenizer and a Pratt parser; errors are ExprError with a
// message a user can act on.

import { CONSTANTS, ERRNO } from '../kernel/include/uapi';
import { TCP_STATE_NAMES } from '../kernel/include/net/tcp_states';
import { SockCommon } from '../kernel/include/net/sock';
import { t } from '../l10n/l10n';

export class ExprError extends Error {}

export type Node =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'id'; name: string }
  | { k: 'field'; obj: Node; name: string; arrow: boolean }
  | { k: 'index'; obj: Node; index: Node }
  | { k: 'call'; fn: string; args: Node[] }
  | { k: 'un'; op: string; e: Node }
  | { k: 'bin'; op: string; l: Node; r: Node };

interface Tok {
  t: 'num' | 'str' | 'id' | 'op' | 'end';
  v: string;
  pos: number;
}

const OPS = ['->', '==', '!=', '<=', '>=', '&&', '||', '<<', '>>', '<', '>', '!', '(', ')', '[', ']', '.', ',', '+', '-', '*', '/', '%', '&', '|', '~'];

export function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (/[0-9]/.test(c)) {
      const m = /^(0x[0-9a-fA-F]+|[0-9]+)/.exec(src.slice(i))!;
      i += m[0].length;
      if (/[A-Za-z_]/.test(src[i] ?? '')) throw new ExprError(t('bad number at column {0}: "{1}"', start + 1, src.slice(start, i + 1)));
      out.push({ t: 'num', v: m[0], pos: start });
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))!;
      i += m[0].length;
      out.push({ t: 'id', v: m[0], pos: start });
    } else if (c === '"' || c === "'") {
      const end = src.indexOf(c, i + 1);
      if (end < 0) throw new ExprError(t('unterminated string at column {0}', start + 1));
      out.push({ t: 'str', v: src.slice(i + 1, end), pos: start });
      i = end + 1;
    } else {
      const op = OPS.find((o) => src.startsWith(o, i));
      if (!op) throw new ExprError(t('unexpected "{0}" at column {1}', c, start + 1));
      i += op.length;
      out.push({ t: 'op', v: op, pos: start });
    }
  }
  out.push({ t: 'end', v: '', pos: src.length });
  return out;
}

/** Binding power of the binary operators (C's precedence). */
const BINARY: Record<string, number> = {
  '||': 1, '&&': 2, '|': 3, '&': 5, '==': 6, '!=': 6, '<': 7, '<=': 7, '>': 7, '>=': 7, '<<': 8, '>>': 8, '+': 9, '-': 9, '*': 10, '/': 10, '%': 10,
};

export function parse(src: string): Node {
  if (typeof src !== 'string' || !src.trim()) throw new ExprError(t('empty expression'));
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const expect = (v: string) => {
    const tok = toks[p];
    if (tok.t !== 'op' || tok.v !== v) throw new ExprError(tok.t === 'end' ? t('expected "{0}" at column {1} (end of expression)', v, tok.pos + 1) : t('expected "{0}" at column {1}, found "{2}"', v, tok.pos + 1, tok.v));
    p++;
  };
  function prefix(): Node {
    const tok = toks[p++];
    if (tok.t === 'num') return { k: 'num', v: Number(tok.v) };
    if (tok.t === 'str') return { k: 'str', v: tok.v };
    if (tok.t === 'id') {
      if (peek().t === 'op' && peek().v === '(') {
        p++;
        const args: Node[] = [];
        if (!(peek().t === 'op' && peek().v === ')')) {
          for (;;) {
            args.push(expr(0));
            if (peek().t === 'op' && peek().v === ',') {
              p++;
              continue;
            }
            break;
          }
        }
        expect(')');
        return { k: 'call', fn: tok.v, args };
      }
      return { k: 'id', name: tok.v };
    }
    if (tok.t === 'op') {
      if (tok.v === '(') {
        const e = expr(0);
        expect(')');
        return e;
      }
      if (tok.v === '!' || tok.v === '-' || tok.v === '~') return { k: 'un', op: tok.v, e: expr(11) };
      if (tok.v === '*' || tok.v === '&') return expr(11); // *p and &x: pointers are the objects themselves
    }
    throw new ExprError(tok.t === 'end' ? t('unexpected end of expression') : t('unexpected "{0}" at column {1}', tok.v, tok.pos + 1));
  }
  function postfix(n: Node): Node {
    for (;;) {
      const tok = peek();
      if (tok.t !== 'op') return n;
      if (tok.v === '->' || tok.v === '.') {
        p++;
        const f = toks[p++];
        if (f.t !== 'id') throw new ExprError(t('expected a field name after "{0}" at column {1}', tok.v, f.pos + 1));
        n = { k: 'field', obj: n, name: f.v, arrow: tok.v === '->' };
      } else if (tok.v === '[') {
        p++;
        const index = expr(0);
        expect(']');
        n = { k: 'index', obj: n, index };
      } else {
        return n;
      }
    }
  }
  function expr(minBp: number): Node {
    let l = postfix(prefix());
    for (;;) {
      const tok = peek();
      if (tok.t !== 'op') break;
      const bp = BINARY[tok.v];
      if (bp === undefined || bp <= minBp) break;
      p++;
      const r = expr(bp);
      l = { k: 'bin', op: tok.v, l, r };
    }
    return l;
  }
  const n = expr(0);
  const rest = peek();
  if (rest.t !== 'end') throw new ExprError(t('unexpected "{0}" at column {1}', rest.v, rest.pos + 1));
  return n;
}

/** Named constants an expression may use: TCP states, socket constants, errno values, NULL. */
export const EXPR_CONSTANTS: ReadonlyMap<string, number | null | boolean> = (() => {
  const m = new Map<string, number | null | boolean>();
  TCP_STATE_NAMES.forEach((n, i) => n && m.set(n, i));
  for (const [k, v] of Object.entries(CONSTANTS)) m.set(k, v);
  for (const [k, v] of Object.entries(ERRNO)) m.set(k, v);
  m.set('NULL', null);
  m.set('true', true);
  m.set('false', false);
  m.set('MAX_SCHEDULE_TIMEOUT', Infinity);
  return m;
})();

/** The casts that view one object as another layer of its embedding chain. */
export const CASTS: Record<string, string> = {
  inet_sk: 'struct inet_sock *',
  inet_csk: 'struct inet_connection_sock *',
  tcp_sk: 'struct tcp_sock *',
  inet_rsk: 'struct inet_request_sock *',
  tcp_rsk: 'struct tcp_request_sock *',
  inet_twsk: 'struct inet_timewait_sock *',
  tcp_twsk: 'struct tcp_timewait_sock *',
  sk_to_full_sk: 'struct sock *',
};

/** A value an expression produced, with the field name it came from (it decides enum display). */
export interface Result {
  value: unknown;
  /** The last identifier or field name on the path (e.g. "sk_state"), or undefined for computed values. */
  name?: string;
}

export type Lookup = (name: string) => { found: boolean; value?: unknown };

/** Source text of a node (for error messages and evaluateName). */
export function show(n: Node): string {
  switch (n.k) {
    case 'num':
      return String(n.v);
    case 'str':
      return JSON.stringify(n.v);
    case 'id':
      return n.name;
    case 'field':
      return `${show(n.obj)}${n.arrow ? '->' : '.'}${n.name}`;
    case 'index':
      return `${show(n.obj)}[${show(n.index)}]`;
    case 'call':
      return `${n.fn}(${n.args.map(show).join(', ')})`;
    case 'un':
      return `${n.op}${show(n.e)}`;
    case 'bin':
      return `(${show(n.l)} ${n.op} ${show(n.r)})`;
  }
}

export function readField(obj: unknown, name: string, what: string): unknown {
  if (obj === null || obj === undefined) throw new ExprError(t('{0} is NULL', what));
  if (typeof obj !== 'object') throw new ExprError(typeof obj === 'number' ? t('{0} is not a struct (it is a number)', what) : t('{0} is not a struct (it is {1})', what, typeof obj));
  if (obj instanceof Map || (typeof (obj as { get?: unknown }).get === 'function' && typeof (obj as { has?: unknown }).has === 'function')) {
    const m = obj as { has(k: string): boolean; get(k: string): unknown };
    if (m.has(name)) return m.get(name);
    throw new ExprError(t('{0} has no entry "{1}"', what, name));
  }
  if (!(name in obj)) throw new ExprError(structOf(obj) ? t('{0} has no field "{1}" (it is a struct {2})', what, name, structOf(obj)!) : t('{0} has no field "{1}"', what, name));
  const v = (obj as Record<string, unknown>)[name];
  if (typeof v === 'function') throw new ExprError(t('{0} is a function, not a field', `${what}.${name}`));
  return v;
}

function structOf(obj: object): string | undefined {
  const s = (obj as { structName?: unknown }).structName;
  return typeof s === 'string' ? s : undefined;
}

function truthy(v: unknown): boolean {
  return !(v === null || v === undefined || v === 0 || v === false || v === '');
}

function num(v: unknown, what: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === null) return 0;
  throw new ExprError(t('{0} is not a number', what));
}

export function evaluate(n: Node, lookup: Lookup): Result {
  switch (n.k) {
    case 'num':
      return { value: n.v };
    case 'str':
      return { value: n.v };
    case 'id': {
      const r = lookup(n.name);
      if (r.found) return { value: r.value, name: n.name };
      if (EXPR_CONSTANTS.has(n.name)) return { value: EXPR_CONSTANTS.get(n.name) };
      throw new ExprError(t('unknown name "{0}" (not a variable of this frame, nor a known constant)', n.name));
    }
    case 'field': {
      const o = evaluate(n.obj, lookup).value;
      return { value: readField(o, n.name, show(n.obj)), name: n.name };
    }
    case 'index': {
      const o = evaluate(n.obj, lookup).value;
      const i = num(evaluate(n.index, lookup).value, show(n.index));
      if (Array.isArray(o)) {
        if (i < 0 || i >= o.length) throw new ExprError(t('{0}: index {1} is out of range (length {2})', show(n), i, o.length));
        return { value: o[i], name: evaluate(n.obj, lookup).name };
      }
      throw new ExprError(t('{0} is not an array', show(n.obj)));
    }
    case 'call': {
      if (!(n.fn in CASTS)) throw new ExprError(t('unknown function "{0}" (known: {1})', n.fn, Object.keys(CASTS).join(', ')));
      if (n.args.length !== 1) throw new ExprError(t('{0}() takes one argument', n.fn));
      const r = evaluate(n.args[0], lookup);
      if (r.value !== null && !(r.value instanceof SockCommon)) throw new ExprError(t('{0}() needs a sock; {1} is not one', n.fn, show(n.args[0])));
      return { value: r.value, name: r.name };
    }
    case 'un': {
      const v = evaluate(n.e, lookup).value;
      if (n.op === '!') return { value: truthy(v) ? 0 : 1 };
      if (n.op === '-') return { value: -num(v, show(n.e)) };
      return { value: ~num(v, show(n.e)) };
    }
    case 'bin': {
      if (n.op === '&&') return { value: truthy(evaluate(n.l, lookup).value) && truthy(evaluate(n.r, lookup).value) ? 1 : 0 };
      if (n.op === '||') return { value: truthy(evaluate(n.l, lookup).value) || truthy(evaluate(n.r, lookup).value) ? 1 : 0 };
      const l = evaluate(n.l, lookup).value;
      const r = evaluate(n.r, lookup).value;
      switch (n.op) {
        case '==':
          return { value: same(l, r) ? 1 : 0 };
        case '!=':
          return { value: same(l, r) ? 0 : 1 };
      }
      const a = num(l, show(n.l));
      const b = num(r, show(n.r));
      switch (n.op) {
        case '<':
          return { value: a < b ? 1 : 0 };
        case '<=':
          return { value: a <= b ? 1 : 0 };
        case '>':
          return { value: a > b ? 1 : 0 };
        case '>=':
          return { value: a >= b ? 1 : 0 };
        case '+':
          return { value: a + b };
        case '-':
          return { value: a - b };
        case '*':
          return { value: a * b };
        case '/':
        case '%':
          if (b === 0) throw new ExprError(t('division by zero in {0}', show(n)));
          return { value: n.op === '/' ? Math.trunc(a / b) : a % b };
        case '&':
          return { value: a & b };
        case '|':
          return { value: a | b };
        case '<<':
          return { value: a << b };
        case '>>':
          return { value: a >> b };
      }
      throw new ExprError(t('unknown operator {0}', n.op));
    }
  }
}

function same(a: unknown, b: unknown): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (typeof a === 'boolean') a = a ? 1 : 0;
  if (typeof b === 'boolean') b = b ? 1 : 0;
  return a === b;
}

export function isTrue(r: Result): boolean {
  return truthy(r.value);
}

/** A logpoint message: text with {expr} parts, compiled once. */
export function compileLogMessage(msg: string): Array<string | Node> {
  const parts: Array<string | Node> = [];
  let i = 0;
  while (i < msg.length) {
    const open = msg.indexOf('{', i);
    if (open < 0) {
      parts.push(msg.slice(i));
      break;
    }
    if (open > i) parts.push(msg.slice(i, open));
    const close = msg.indexOf('}', open);
    if (close < 0) throw new ExprError(t('unclosed "{" in log message at column {0}', open + 1));
    parts.push(parse(msg.slice(open + 1, close)));
    i = close + 1;
  }
  return parts;
}
