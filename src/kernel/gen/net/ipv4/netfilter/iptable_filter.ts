// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/netfilter/iptable_filter.ts
// @ts-nocheck
// net/ipv4/netfilter/iptable_filter.c: the filter table. Its hook function, iptable_filter_hook,
// walks the chain of the hook it is called at (ipt_do_table). The table is registered in a namespace
// the first time iptables touches it there (iptable_filter_table_init → ipt_register_table →
// nf_register_net_hooks at LOCAL_IN, FORWARD and LOCAL_OUT: their static keys go on); until then
// nf_hook costs nothing.
//
// The administrative side, not stepped: `iptables -A/-I/-D/-F` builds the new table in user space and
// hands it over with setsockopt(IPT_SO_SET_REPLACE) (do_replace → __do_replace: the new rules, the
// old counters kept for the rules that stay). A scenario's iptables statement arrives here through
// the world (World.iptables, installed by start_kernel), as a sysctl writes struct net.

import type { Sim } from '../../../../core/engine';
import { at, enter, leave } from '../../../../core/engine';
import { defineFn } from '../../../../core/anchors';
import type { SkBuff } from '../../../../include/linux/skbuff';
import type { Net } from '../../../../include/net/net_namespace';
import type { IptCommand, IptEntry, IptRuleSpec, NfHookEntries, NfHookEntry, NfHookState, XtTable, FilterChain } from '../../../../include/net/netfilter';
import { CHAIN_HOOK, FILTER_CHAINS, IPT_ICMP_PORT_UNREACHABLE, IPT_TCP_RESET, NF_ACCEPT, NF_DROP } from '../../../../include/net/netfilter';
import { IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP } from '../../../../include/uapi';
import { ipt_do_table } from './ip_tables';
import { xt_tcp_match, xt_udp_match } from '../../netfilter/xt_tcpudp';
import { xt_reject_target } from './ipt_REJECT';
const A$iptable_filter_hook = defineFn('net/ipv4/netfilter/iptable_filter.c', 'iptable_filter_hook', [24]);

export function* iptable_filter_hook(priv: XtTable, skb: SkBuff, state: NfHookState): Sim<number> {
  const $f = enter(A$iptable_filter_hook, { priv, skb, state });
  try {
  if (at(A$iptable_filter_hook.L24)) yield;
  return ($E.fast || $E.twinOk[ipt_do_table.k] === 1 ? ipt_do_table$fast(skb, state, (state.net as unknown as Net).iptable_filter!) : yield* ipt_do_table(skb, state, (state.net as unknown as Net).iptable_filter!));
  } finally {
    leave($f);
  }
}

/** FILTER_VALID_HOOKS. */
const FILTER_VALID_HOOKS = (1 << 1) | (1 << 2) | (1 << 3);

function policyEntry(chain: FilterChain): IptEntry {
  return {
    structName: 'ipt_entry',
    ip: { src: '0.0.0.0', smsk: 0, dst: '0.0.0.0', dmsk: 0, proto: 0, invflags: 0 },
    matches: [],
    target: { standard: true, verdict: -NF_ACCEPT - 1 },
    counters: { pcnt: 0, bcnt: 0 },
    spec: `-P ${chain} ACCEPT`,
    policy: true,
  };
}

/**
 * iptable_filter_table_init: the table with its three chains, each only its policy (ACCEPT), and
 * its hook function registered at LOCAL_IN, FORWARD and LOCAL_OUT (nf_register_net_hooks: each
 * hook's entries and static key).
 */
export function iptable_filter_table_init(net: Net): XtTable {
  if (net.iptable_filter) return net.iptable_filter;
  const table: XtTable = {
    structName: 'xt_table',
    name: 'filter',
    valid_hooks: FILTER_VALID_HOOKS,
    chains: { INPUT: [policyEntry('INPUT')], FORWARD: [policyEntry('FORWARD')], OUTPUT: [policyEntry('OUTPUT')] },
  };
  net.iptable_filter = table;
  for (const chain of FILTER_CHAINS) {
    const hook = CHAIN_HOOK[chain];
    const entry: NfHookEntry = { hook: iptable_filter_hook, priv: table };
    const entries: NfHookEntries = net.nf_hooks_ipv4[hook] ?? { structName: 'nf_hook_entries', num_hook_entries: 0, hooks: [] };
    entries.hooks.push(entry);
    entries.num_hook_entries = entries.hooks.length;
    net.nf_hooks_ipv4[hook] = entries;
    // static_key_slow_inc(&nf_hooks_needed[NFPROTO_IPV4][hook])
    net.nf_hooks_needed[hook]++;
  }
  return table;
}

const PROTO: Record<string, number> = { tcp: IPPROTO_TCP, udp: IPPROTO_UDP, icmp: IPPROTO_ICMP };
const TCP_FLAG_BITS: Record<string, number> = { FIN: 1, SYN: 2, RST: 4, PSH: 8, ACK: 16, URG: 32 };
export { TCP_FLAG_BITS };

/** How `iptables -S` prints a rule (the implicit `-m tcp`/`-m udp` of a port or flags option included). */
export function ruleSpec(chain: FilterChain, r: IptRuleSpec): string {
  const parts = [`-A ${chain}`];
  if (r.src) parts.push(`-s ${r.src.addr}/${r.src.prefix}`);
  if (r.dst) parts.push(`-d ${r.dst.addr}/${r.dst.prefix}`);
  if (r.proto) parts.push(`-p ${r.proto}`);
  const range = (p: [number, number]) => (p[0] === p[1] ? String(p[0]) : `${p[0]}:${p[1]}`);
  if (r.proto !== 'icmp' && (r.sport || r.dport || r.tcpFlags)) {
    parts.push(`-m ${r.proto}`);
    if (r.sport) parts.push(`--sport ${range(r.sport)}`);
    if (r.dport) parts.push(`--dport ${range(r.dport)}`);
    if (r.tcpFlags) parts.push(`--tcp-flags ${r.tcpFlags.text}`);
  }
  parts.push(`-j ${r.target}`);
  if (r.target === 'REJECT') parts.push(`--reject-with ${r.rejectWith ?? 'icmp-port-unreachable'}`);
  return parts.join(' ');
}

function makeEntry(chain: FilterChain, r: IptRuleSpec): IptEntry {
  const matches: IptEntry['matches'] = [];
  if ((r.proto === 'tcp' || r.proto === 'udp') && (r.sport || r.dport || r.tcpFlags)) {
    matches.push({
      match: r.proto === 'tcp' ? xt_tcp_match : xt_udp_match,
      data: { spts: r.sport ?? [0, 65535], dpts: r.dport ?? [0, 65535], flg_mask: r.tcpFlags?.mask ?? 0, flg_cmp: r.tcpFlags?.cmp ?? 0, invflags: 0 },
    });
  }
  const target: IptEntry['target'] =
    r.target === 'REJECT'
      ? { standard: false, target: xt_reject_target, targinfo: { with: r.rejectWith === 'tcp-reset' ? IPT_TCP_RESET : IPT_ICMP_PORT_UNREACHABLE } }
      : { standard: true, verdict: (r.target === 'ACCEPT' ? -NF_ACCEPT : -NF_DROP) - 1 };
  return {
    structName: 'ipt_entry',
    ip: { src: r.src?.addr ?? '0.0.0.0', smsk: r.src?.prefix ?? 0, dst: r.dst?.addr ?? '0.0.0.0', dmsk: r.dst?.prefix ?? 0, proto: r.proto ? PROTO[r.proto] : 0, invflags: 0 },
    matches,
    target,
    counters: { pcnt: 0, bcnt: 0 },
    spec: ruleSpec(chain, r),
    policy: false,
  };
}

/**
 * One iptables command on this namespace's filter table (what IPT_SO_SET_REPLACE brings about).
 * Returns null, or iptables' own complaint (a -D of a rule that is not there, a position out of range).
 */
export function ipt_do_command(net: Net, cmd: IptCommand): string | null {
  // (the first use of the table in this namespace registers it: ipt_register_table)
  const table = iptable_filter_table_init(net);
  const chains = cmd.chain ? [cmd.chain] : [...FILTER_CHAINS];
  if (cmd.op === 'F') {
    for (const c of chains) table.chains[c].splice(0, table.chains[c].length - 1);
    return null;
  }
  const chain = cmd.chain!;
  const rules = table.chains[chain];
  const n = rules.length - 1; // the rules before the policy
  if (cmd.op === 'A') {
    rules.splice(n, 0, makeEntry(chain, cmd.rule!));
  } else if (cmd.op === 'I') {
    const at = cmd.num ?? 1;
    if (at < 1 || at > n + 1) return `iptables: Index of insertion too big.`;
    rules.splice(at - 1, 0, makeEntry(chain, cmd.rule!));
  } else {
    let at: number;
    if (cmd.num !== undefined) {
      if (cmd.num < 1 || cmd.num > n) return `iptables: Index of deletion too big.`;
      at = cmd.num - 1;
    } else {
      const spec = ruleSpec(chain, cmd.rule!);
      at = rules.findIndex((e) => !e.policy && e.spec === spec);
      if (at < 0) return `iptables: Bad rule (does a matching rule exist in that chain?).`;
    }
    rules.splice(at, 1);
  }
  return null;
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../../core/engine';
import { ipt_do_table$fast as ipt_do_table$fast } from './ip_tables';
export function iptable_filter_hook$fast(priv: XtTable, skb: SkBuff, state: NfHookState): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$iptable_filter_hook.L24 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  return ($r = (ipt_do_table$fast(skb, state, (state.net as unknown as Net).iptable_filter!)), ($e.steps += $s, $tb !== null && ($o = (A$iptable_filter_hook.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(iptable_filter_hook, iptable_filter_hook$fast, 'iptable_filter_hook', () => [ipt_do_table]);

// ---- kernel names ----
(iptable_filter_hook as any).kname = 'iptable_filter_hook';
