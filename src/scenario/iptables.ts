// The scenario language's iptables statement: `HOST: iptables -A INPUT -p tcp --dport 8080 -j DROP`
// (the prefix may name a process: the rule goes to its host). Its words are iptables' own, so the line
// is read here word by word with their columns, not by the scenario tokenizer. The filter table's
// INPUT, FORWARD and OUTPUT chains; -A, -I [N], -D (N or the rule), -F [CHAIN]; -p tcp|udp|icmp,
// -s/-d ADDR[/N], --sport/--dport N[:M] (with -p tcp or udp), --tcp-flags MASK COMP and --syn (-p tcp),
// -m tcp|udp, -j ACCEPT|DROP|REJECT, --reject-with tcp-reset|icmp-port-unreachable (-j REJECT).
// Every malformed word is one diagnostic at its column, worded like iptables' own complaint.

import type { IptCommand, IptRuleSpec, FilterChain } from '../kernel/include/net/netfilter';

export interface IptWord {
  text: string;
  /** 1-based column, and the exclusive end. */
  col: number;
  end: number;
}

export type IptParse = { ok: true; cmd: IptCommand; text: string } | { ok: false; col: number; end?: number; message: string };

const CHAINS: readonly FilterChain[] = ['INPUT', 'FORWARD', 'OUTPUT'];
const TARGETS = ['ACCEPT', 'DROP', 'REJECT'];
const REJECT_WITH = ['tcp-reset', 'icmp-port-unreachable'];
const TCP_FLAGS: Record<string, number> = { FIN: 1, SYN: 2, RST: 4, PSH: 8, ACK: 16, URG: 32, ALL: 63, NONE: 0 };
const OPTIONS = ['-p', '--protocol', '-s', '--source', '-d', '--destination', '--sport', '--source-port', '--dport', '--destination-port', '--tcp-flags', '--syn', '-m', '--match', '-j', '--jump', '--reject-with'];
const COMMANDS: Record<string, IptCommand['op']> = { '-A': 'A', '--append': 'A', '-I': 'I', '--insert': 'I', '-D': 'D', '--delete': 'D', '-F': 'F', '--flush': 'F' };
/** iptables' commands and options that exist but are not simulated here. */
const NOT_SIMULATED = ['-t', '--table', '-P', '--policy', '-N', '--new-chain', '-X', '--delete-chain', '-R', '--replace', '-L', '--list', '-S', '--list-rules', '-Z', '--zero', '-E', '-i', '--in-interface', '-o', '--out-interface', '-f', '--fragment', '-g', '--goto', '!'];

/** "; did you mean X?" for a near miss (the parser's own suggestion, passed in). */
type Suggest = (word: string, known: Iterable<string>) => string;

/** The words of the line from `from` (0-based) on, up to a comment, with their columns. */
export function iptWords(line: string, from: number): IptWord[] {
  const out: IptWord[] = [];
  const re = /[^\s#]+|#/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    if (m[0] === '#') break;
    out.push({ text: m[0], col: m.index + 1, end: m.index + 1 + m[0].length });
  }
  return out;
}

class Fail {
  constructor(readonly col: number, readonly end: number | undefined, readonly message: string) {}
}

/** Parses the words after `iptables`; `eol` is the column after the line's last code character. */
export function parseIptables(words: IptWord[], eol: number, suggest: Suggest): IptParse {
  try {
    return parse(words, eol, suggest);
  } catch (e) {
    if (e instanceof Fail) return { ok: false, col: e.col, end: e.end, message: e.message };
    throw e;
  }
}

function parse(words: IptWord[], eol: number, suggest: Suggest): IptParse {
  let i = 0;
  const fail = (w: IptWord | undefined, message: string): never => {
    throw w ? new Fail(w.col, w.end, message) : new Fail(eol, undefined, message);
  };
  const text = words.map((w) => w.text).join(' ');
  const c = words[i++];
  if (!c) fail(c, `iptables: expected a command (-A, -I, -D or -F CHAIN), got end of line`);
  const op = COMMANDS[c.text];
  if (!op) {
    if (NOT_SIMULATED.includes(c.text)) fail(c, `iptables: ${c.text} is not simulated (only the filter table's -A, -I, -D and -F)`);
    fail(c, `iptables: expected a command (-A, -I, -D or -F CHAIN), got '${c.text}'${suggest(c.text, Object.keys(COMMANDS))}`);
  }
  const chainWord = words[i];
  const chainOf = (w: IptWord): FilterChain => {
    if ((CHAINS as readonly string[]).includes(w.text)) return w.text as FilterChain;
    if (w.text.startsWith('-')) fail(w, `iptables: ${c.text} needs a value (a chain: INPUT, FORWARD or OUTPUT)`);
    if (w.text === 'PREROUTING' || w.text === 'POSTROUTING') fail(w, `iptables: unknown chain '${w.text}' (the filter table has INPUT, FORWARD and OUTPUT)`);
    return fail(w, `iptables: unknown chain '${w.text}' (the filter table has INPUT, FORWARD and OUTPUT)${suggest(w.text, CHAINS)}`);
  };
  if (op === 'F') {
    if (!chainWord) return { ok: true, cmd: { op }, text };
    const chain = chainOf(chainWord);
    if (words[i + 1]) fail(words[i + 1], `iptables: unexpected '${words[i + 1].text}' after -F ${chain}`);
    return { ok: true, cmd: { op, chain }, text };
  }
  if (!chainWord) fail(chainWord, `iptables: ${c.text} needs a value (a chain: INPUT, FORWARD or OUTPUT)`);
  const chain = chainOf(chainWord);
  i++;
  // -I CHAIN N, -D CHAIN N
  let num: number | undefined;
  const n = words[i];
  if ((op === 'I' || op === 'D') && n && !n.text.startsWith('-')) {
    if (!/^[1-9][0-9]{0,5}$/.test(n.text)) fail(n, `iptables: '${n.text}' is not a rule number (1 or more)`);
    num = Number(n.text);
    i++;
    if (op === 'D') {
      if (words[i]) fail(words[i], `iptables: unexpected '${words[i].text}' after -D ${chain} ${num}`);
      return { ok: true, cmd: { op, chain, num }, text };
    }
  }
  const rule = parseRule(words, i, eol, suggest, fail);
  return { ok: true, cmd: { op, chain, ...(num !== undefined ? { num } : {}), rule }, text };
}

function parseRule(words: IptWord[], start: number, eol: number, suggest: Suggest, fail: (w: IptWord | undefined, m: string) => never): IptRuleSpec {
  const r: Partial<IptRuleSpec> = {};
  const seen = new Map<string, IptWord>();
  let rejectWith: IptWord | undefined;
  let targetWord: IptWord | undefined;
  const canon: Record<string, string> = { '--protocol': '-p', '--source': '-s', '--destination': '-d', '--source-port': '--sport', '--destination-port': '--dport', '--match': '-m', '--jump': '-j' };
  for (let i = start; i < words.length; i++) {
    const w = words[i];
    const opt = canon[w.text] ?? w.text;
    if (!OPTIONS.includes(w.text)) {
      if (NOT_SIMULATED.includes(w.text)) fail(w, `iptables: ${w.text} is not simulated (only the filter table's -A, -I, -D and -F)`);
      if (w.text.startsWith('-')) fail(w, `iptables: unknown option '${w.text}'${suggest(w.text, OPTIONS)}`);
      fail(w, `iptables: unexpected '${w.text}' (an option like -p, --dport or -j comes first)`);
    }
    if (seen.has(opt) && opt !== '-m') fail(w, `iptables: ${w.text} given twice`);
    seen.set(opt, w);
    if (opt === '--syn') {
      if (r.proto !== 'tcp') fail(w, `iptables: ${w.text} needs -p tcp before it`);
      if (r.tcpFlags) fail(w, `iptables: ${w.text} given twice`);
      r.tcpFlags = { mask: 2 | 4 | 16 | 1, cmp: 2, text: 'FIN,SYN,RST,ACK SYN' };
      continue;
    }
    const v = words[i + 1];
    const need = (what: string): IptWord => {
      if (!v || (v.text.startsWith('-') && !/^-?[0-9]/.test(v.text.slice(1)))) fail(v && v.text.startsWith('-') ? w : v, `iptables: ${w.text} needs a value (${what})`);
      i++;
      return v!;
    };
    switch (opt) {
      case '-p': {
        const p = need('tcp, udp or icmp');
        if (p.text !== 'tcp' && p.text !== 'udp' && p.text !== 'icmp') fail(p, `iptables: unknown protocol '${p.text}' (tcp, udp or icmp)${suggest(p.text, ['tcp', 'udp', 'icmp'])}`);
        r.proto = p.text as IptRuleSpec['proto'];
        break;
      }
      case '-s':
      case '-d': {
        const a = need('an address: a.b.c.d or a.b.c.d/N');
        const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(a.text);
        if (!m || m.slice(1, 5).some((o) => Number(o) > 255 || (o.length > 1 && o.startsWith('0'))) || (m[5] !== undefined && Number(m[5]) > 32)) {
          fail(a, `iptables: '${a.text}' is not an address (a.b.c.d or a.b.c.d/N)`);
        }
        const addr = { addr: m![1] + '.' + m![2] + '.' + m![3] + '.' + m![4], prefix: m![5] !== undefined ? Number(m![5]) : 32 };
        if (opt === '-s') r.src = addr;
        else r.dst = addr;
        break;
      }
      case '--sport':
      case '--dport': {
        if (r.proto !== 'tcp' && r.proto !== 'udp') fail(w, `iptables: ${w.text} needs -p tcp or -p udp before it`);
        const p = need('a port or LOW:HIGH');
        const m = /^(\d{1,5})(?::(\d{1,5}))?$/.exec(p.text);
        const lo = m ? Number(m[1]) : NaN;
        const hi = m ? (m[2] !== undefined ? Number(m[2]) : lo) : NaN;
        if (!m || lo > 65535 || hi > 65535 || lo > hi) fail(p, `iptables: '${p.text}' is not a port or port range (0-65535, or LOW:HIGH)`);
        if (opt === '--sport') r.sport = [lo, hi];
        else r.dport = [lo, hi];
        break;
      }
      case '--tcp-flags': {
        if (r.proto !== 'tcp') fail(w, `iptables: ${w.text} needs -p tcp before it`);
        if (r.tcpFlags) fail(w, `iptables: ${w.text} given twice`);
        const maskW = need('MASK COMP, e.g. SYN,ACK SYN');
        const compW = words[i + 1];
        if (!compW || compW.text.startsWith('-')) fail(compW ?? undefined, `iptables: ${w.text} needs a value (MASK COMP, e.g. SYN,ACK SYN)`);
        i++;
        const bits = (x: IptWord) =>
          x.text.split(',').reduce((acc, f) => {
            if (!(f in TCP_FLAGS)) fail(x, `iptables: unknown TCP flag '${f}' (SYN, ACK, FIN, RST, PSH, URG, ALL, NONE)`);
            return acc | TCP_FLAGS[f];
          }, 0);
        r.tcpFlags = { mask: bits(maskW), cmp: bits(compW!), text: `${maskW.text} ${compW!.text}` };
        break;
      }
      case '-m': {
        const m = need('tcp or udp');
        if (m.text !== 'tcp' && m.text !== 'udp') fail(m, `iptables: unknown match '-m ${m.text}' (tcp or udp, after -p)`);
        if (r.proto !== m.text) fail(m, `iptables: -m ${m.text} needs -p ${m.text} before it`);
        break;
      }
      case '-j': {
        const tw = need('ACCEPT, DROP or REJECT');
        if (!TARGETS.includes(tw.text)) fail(tw, `iptables: unknown target '${tw.text}' (ACCEPT, DROP or REJECT)${suggest(tw.text, TARGETS)}`);
        r.target = tw.text as IptRuleSpec['target'];
        targetWord = tw;
        break;
      }
      case '--reject-with': {
        if (r.target !== 'REJECT') fail(w, `iptables: --reject-with is an option of -j REJECT${r.target ? ` (not of -j ${r.target})` : ''}`);
        const x = need('tcp-reset or icmp-port-unreachable');
        if (!REJECT_WITH.includes(x.text)) fail(x, `iptables: unknown --reject-with '${x.text}' (tcp-reset or icmp-port-unreachable)${suggest(x.text, REJECT_WITH)}`);
        r.rejectWith = x.text as IptRuleSpec['rejectWith'];
        rejectWith = x;
        break;
      }
    }
  }
  if (!r.target) fail(undefined, `iptables: a rule needs a target: -j ACCEPT, -j DROP or -j REJECT`);
  if (r.rejectWith === 'tcp-reset' && r.proto !== 'tcp') fail(rejectWith, `iptables: --reject-with tcp-reset needs -p tcp (a reset answers only TCP)`);
  void targetWord;
  return r as IptRuleSpec;
}
