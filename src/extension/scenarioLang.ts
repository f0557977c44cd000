// Editor help for scenario files, as plain data (no `vscode`): what to complete at a position and
// what a word's hover says. The call table (calls.ts) and the constants (uapi.ts) are the source.

import { CALLS, callSignatures, callSpec, formOf, paramsFor, type CallSpec } from '../scenario/calls';
import { CONSTANTS, ERRNO } from '../kernel/include/uapi';
import { t } from '../l10n/l10n';

export type ItemKind = 'call' | 'keyword' | 'constant' | 'fd' | 'errno' | 'process';

export interface Item {
  label: string;
  kind: ItemKind;
  detail?: string;
  doc?: string;
  /** A snippet (VS Code syntax: ${1:name}). */
  snippet?: string;
}

const STATEMENT_WORDS: Item[] = [
  { label: 'wait', kind: 'keyword', detail: 'wait [fd name]', doc: 'Wait until the background call (the one binding that name, or the pending one) returns.', snippet: 'wait ${1}' },
  { label: 'sleep', kind: 'keyword', detail: 'sleep DURATION', doc: 'Let virtual time pass (us, ms, s).', snippet: 'sleep ${1:200ms}' },
  { label: 'pause', kind: 'keyword', detail: 'pause "what to look at"', doc: 'A moment worth looking at: the debugger stops here.', snippet: 'pause "${1}"' },
];

const TOP_WORDS: Item[] = [
  { label: 'host', kind: 'keyword', detail: 'host NAME ADDR…', doc: 'Declare a machine with its addresses (its own kernel state, a process of the same name).', snippet: 'host ${1:name} ${2:10.0.0.1}' },
  { label: 'drop', kind: 'keyword', detail: 'drop [N | every Nth] FROM > TO ["FLAGS"]', doc: 'Lose the next N segments FROM sends TO, or every Nth from now on (only those with these tcpdump flags, e.g. "S.").', snippet: 'drop ${1:server} > ${2:client} "${3:S.}"' },
  { label: 'delay', kind: 'keyword', detail: 'delay FROM > TO ["FLAGS"] by DURATION', doc: 'Hold the next matching segment back that much longer.', snippet: 'delay ${1:client} > ${2:server} "${3:.}" by ${4:10ms}' },
  { label: 'process', kind: 'keyword', detail: 'process NAME on HOST', doc: 'Add a process on a host.', snippet: 'process ${1:name} on ${2:host}' },
  { label: 'link', kind: 'keyword', detail: 'link delay DURATION · link rate RATE', doc: 'One-way delay of the simulated link, or its bit rate (link rate 1mbit: frames wait on the NIC\'s transmit ring and in eth0\'s qdisc).', snippet: 'link delay ${1:1ms}' },
  { label: 'sysctl', kind: 'keyword', detail: 'sysctl HOST KEY = VALUE', doc: 'Set a sysctl on a host, e.g. net.core.somaxconn.', snippet: 'sysctl ${1:host} ${2:net.core.somaxconn} = ${3:128}' },
  { label: 'mtu', kind: 'keyword', detail: 'mtu HOST [eth0|lo] BYTES', doc: 'Set the MTU of a device of a host (eth0 by default: 1500; lo: 65536), as ip link set dev DEV mtu does.', snippet: 'mtu ${1:host} ${2:1400}' },
  { label: 'txqueuelen', kind: 'keyword', detail: 'txqueuelen HOST FRAMES', doc: 'Set the tx_queue_len of a host\'s eth0 (1000 by default): each band of its pfifo_fast qdisc holds that many frames, as ip link set dev eth0 txqueuelen does.', snippet: 'txqueuelen ${1:host} ${2:100}' },
];

export function callItem(spec: CallSpec): Item {
  // (poll's array as one entry `[fd POLLIN]`, select's sets as `[fd]`: more entries are typed after a comma)
  let n = 0;
  const params = spec.params.filter((p) => !p.optional).map((p) =>
    p.kind === 'pollfds' ? `[\${${++n}:fd} \${${++n}:POLLIN}]` : p.kind === 'fdset' ? `[\${${++n}:fd}]` : `\${${++n}:${p.name}}`);
  return { label: spec.name, kind: 'call', detail: callSignatures(spec).join(' · '), doc: spec.doc, snippet: `${spec.name}(${params.join(', ')})` };
}

/** Hosts and processes declared in the text (process names usable before `:`). */
export function processNames(lines: string[]): string[] {
  const names = new Set<string>();
  for (const l of lines) {
    const m = /^\s*(?:host|process)\s+([A-Za-z_][\w-]*)/.exec(l);
    if (m) names.add(m[1]);
  }
  return [...names];
}

/** fd names bound by `PROC: name = call(…)` above `line` (0-based) in process `proc`. */
export function fdNamesAbove(lines: string[], line: number, proc: string): Array<{ name: string; line: number; call: string }> {
  const out: Array<{ name: string; line: number; call: string }> = [];
  for (let i = 0; i < line && i < lines.length; i++) {
    const m = /^\s*([A-Za-z_][\w-]*)\s*:\s*([A-Za-z_]\w*)\s*=\s*([A-Za-z_]\w*)\s*\(/.exec(lines[i].replace(/#.*$/, ''));
    if (!m || m[1] !== proc) continue;
    const spec = callSpec(m[3]);
    if (spec && !spec.returnsFd) continue;
    const prev = out.findIndex((o) => o.name === m[2]);
    if (prev >= 0) out.splice(prev, 1);
    out.push({ name: m[2], line: i, call: m[3] });
  }
  return out;
}

/** What to offer at (line, col), both 0-based. */
export function completionsAt(text: string, line: number, col: number): Item[] {
  const lines = text.split('\n');
  const before = (lines[line] ?? '').slice(0, col);
  if (/#/.test(before)) return [];
  if (/"[^"]*$/.test(before.replace(/"[^"]*"/g, ''))) return [];
  const stmt = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(before);
  if (!stmt) {
    // a top-level line: keywords, or a process name to start a statement
    if (/^\s*[A-Za-z_]*$/.test(before)) {
      return [...TOP_WORDS, ...processNames(lines).map((p): Item => ({ label: p, kind: 'process', detail: 'process', snippet: `${p}: ` }))];
    }
    return [];
  }
  const proc = stmt[1];
  const rest = stmt[2];
  // after the expectation `= -1 `: errno names
  if (/\)\s*&?\s*=\s*-1\s+[A-Z]*$/.test(rest)) {
    return Object.keys(ERRNO).map((e): Item => ({ label: e, kind: 'errno', detail: `errno ${(ERRNO as Record<string, number>)[e]}` }));
  }
  // inside a call's parentheses: constants and this process's fd names
  const open = rest.lastIndexOf('(');
  if (open >= 0 && rest.indexOf(')', open) < 0) {
    const call = /([A-Za-z_]\w*)\s*$/.exec(rest.slice(0, open))?.[1];
    const spec = call ? callSpec(call) : undefined;
    // the argument the cursor is in (commas inside a [list] do not count), and where in a list it is
    const args = rest.slice(open + 1);
    let argIndex = 0;
    let depth = 0;
    let entry = '';
    for (const ch of args) {
      if (ch === '[') { depth++; entry = ''; }
      else if (ch === ']') depth = Math.max(0, depth - 1);
      else if (ch === ',' && depth === 0) argIndex++;
      else if (ch === ',') entry = '';
      else if (depth > 0) entry += ch;
    }
    const form = spec ? formOf(spec, args.trimStart() === '' ? undefined : args.trimStart().startsWith('[') ? 'list' : 'name') : undefined;
    const param = form ? paramsFor(form, argIndex + 1)[argIndex] : undefined;
    const fds = fdNamesAbove(lines, line, proc).map((f): Item => ({ label: f.name, kind: 'fd', detail: t('fd from {0}() on line {1}', f.call, f.line + 1) }));
    const consts = Object.keys(CONSTANTS).map((c): Item => ({ label: c, kind: 'constant', detail: `${c} = ${CONSTANTS[c]}` }));
    if (depth > 0) {
      // in poll's array an entry is `fd EVENTS`: after its fd, the events; in select's sets only fds
      if (spec?.name === 'poll' && /^\s*\S+\s+/.test(entry)) return consts.filter((c) => c.label.startsWith('POLL'));
      return fds;
    }
    if (param?.kind === 'fd') return fds;
    if (param?.kind === 'const') return consts;
    if (param?.kind === 'int' || param?.kind === 'addr' || param?.kind === 'data') return [];
    return [...fds, ...consts];
  }
  // statement position: `PROC: ` or `PROC: name = `
  if (/^(?:[A-Za-z_]\w*\s*=\s*)?[A-Za-z_]*$/.test(rest)) {
    const calls = Object.values(CALLS).map(callItem);
    return /=/.test(rest) ? calls.filter((c) => callSpec(c.label)?.returnsFd) : [...calls, ...STATEMENT_WORDS];
  }
  if (/^wait\s+[A-Za-z_]*$/.test(rest)) {
    return fdNamesAbove(lines, line, proc).map((f): Item => ({ label: f.name, kind: 'fd', detail: t('fd from {0}() on line {1}', f.call, f.line + 1) }));
  }
  return [];
}

export interface Hover {
  /** Markdown. */
  contents: string;
  start: number;
  end: number;
}

/** Hover for the word at col (0-based) of a line: a call's signature and doc, a constant's value, an errno. */
export function hoverAt(lineText: string, col: number): Hover | undefined {
  // a built-in scenario's comment: its translation (the bundle is keyed by the comment's text), if any
  const hash = commentStart(lineText);
  if (hash >= 0 && col > hash) {
    const comment = lineText.slice(hash + 1).trim();
    const tr = comment ? t(comment) : comment;
    return tr && tr !== comment ? { contents: tr, start: hash, end: lineText.length } : undefined;
  }
  const code = lineText.replace(/#.*$/, (m) => ' '.repeat(m.length));
  const re = /[A-Za-z_][\w]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(code))) {
    if (col < m.index || col > m.index + m[0].length) continue;
    const w = m[0];
    const after = code.slice(m.index + w.length);
    const spec = callSpec(w);
    if (spec && /^\s*\(/.test(after)) {
      return { contents: '```c\n' + callSignatures(spec).join('\n') + '\n```\n\n' + t(spec.doc), start: m.index, end: m.index + w.length };
    }
    if (Object.prototype.hasOwnProperty.call(CONSTANTS, w)) {
      const v = CONSTANTS[w];
      return { contents: '```c\n' + `${w} = ${v}${v > 9 ? ` /* 0x${v.toString(16)} */` : ''}` + '\n```', start: m.index, end: m.index + w.length };
    }
    if (Object.prototype.hasOwnProperty.call(ERRNO, w)) {
      return { contents: '```c\n' + `${w} = ${(ERRNO as Record<string, number>)[w]}` + '\n```\n\n' + t('The call is expected to return -1 with errno set to this.'), start: m.index, end: m.index + w.length };
    }
    return undefined;
  }
  return undefined;
}

/** Where a line's comment starts (a # outside a "string"), or -1. */
export function commentStart(lineText: string): number {
  let inStr = false;
  for (let i = 0; i < lineText.length; i++) {
    const c = lineText[i];
    if (inStr) {
      if (c === '\\') i++;
      else if (c === '"') inStr = false;
    } else if (c === '"') inStr = true;
    else if (c === '#') return i;
  }
  return -1;
}
