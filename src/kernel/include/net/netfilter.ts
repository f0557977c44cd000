// What netfilter keeps per namespace (include/linux/netfilter.h, include/linux/netfilter/x_tables.h,
// include/uapi/linux/netfilter_ipv4/ip_tables.h, include/uapi/linux/netfilter/xt_tcpudp.h): the
// functions registered at each hook (struct nf_hook_entries), and iptables' filter table — its
// chains as runs of struct ipt_entry, each rule with its IP part, its matches (tcp, udp), its
// target (a standard verdict, or REJECT's function) and its counters.

import type { Sim } from '../../core/engine';
import type { SkBuff } from '../linux/skbuff';
import type { NetDevice } from '../linux/netdevice';

/** Verdicts (include/uapi/linux/netfilter.h). */
export const NF_DROP = 0;
export const NF_ACCEPT = 1;
/** XT_CONTINUE: a target that lets the walk go on (x_tables.h). */
export const XT_CONTINUE = 0xffffffff;
/** XT_RETURN = -NF_REPEAT - 1. */
export const XT_RETURN = -5;

/** The chains of the filter table, by the hook they sit on (FORWARD is registered but no host forwards). */
export const FILTER_CHAINS = ['INPUT', 'FORWARD', 'OUTPUT'] as const;
export type FilterChain = (typeof FILTER_CHAINS)[number];
/** NF_INET_LOCAL_IN, NF_INET_FORWARD, NF_INET_LOCAL_OUT. */
export const CHAIN_HOOK: Record<FilterChain, number> = { INPUT: 1, FORWARD: 2, OUTPUT: 3 };

/** struct nf_hook_state: where the packet is (hook, devices) and how its caller goes on (okfn). */
export interface NfHookState {
  hook: number;
  pf: number;
  in: NetDevice | null;
  out: NetDevice | null;
  sk: unknown;
  net: { readonly host: { readonly name: string } } & Record<string, unknown>;
  okfn: unknown;
}

/** struct nf_hook_entry: a registered function and its private data (the filter table's hook: the table). */
export interface NfHookEntry {
  hook(priv: XtTable, skb: SkBuff, state: NfHookState): Sim<number>;
  priv: XtTable;
}
/** struct nf_hook_entries: what is registered at one hook of one namespace, by priority. */
export interface NfHookEntries {
  readonly structName: 'nf_hook_entries';
  num_hook_entries: number;
  hooks: NfHookEntry[];
}

/** struct xt_action_param: what a match or target is told. */
export interface XtActionParam {
  match: XtMatch | null;
  matchinfo: XtTcpUdp | null;
  target: XtTarget | null;
  targinfo: IptRejectInfo | null;
  fragoff: number;
  thoff: number;
  hotdrop: boolean;
  state: NfHookState;
}

/** struct xt_match: a registered match (xt_tcpudp.c's "tcp" and "udp"). */
export interface XtMatch {
  readonly name: 'tcp' | 'udp';
  match(skb: SkBuff, par: XtActionParam): Sim<boolean>;
}
/** struct xt_tcp / struct xt_udp: port ranges, TCP flags (mask, compare), inversions. */
export interface XtTcpUdp {
  spts: [number, number];
  dpts: [number, number];
  flg_mask: number;
  flg_cmp: number;
  invflags: number;
}
/** struct xt_target: REJECT's, with its function (a standard target has none). */
export interface XtTarget {
  readonly name: string;
  target(skb: SkBuff, par: XtActionParam): Sim<number>;
}
/** IPT_ICMP_PORT_UNREACHABLE, IPT_TCP_RESET (enum ipt_reject_with). */
export const IPT_ICMP_PORT_UNREACHABLE = 3;
export const IPT_TCP_RESET = 8;
export interface IptRejectInfo {
  with: number;
}

/** struct ipt_entry: one rule (or a chain's policy, its last entry). */
export interface IptEntry {
  readonly structName: 'ipt_entry';
  /** struct ipt_ip: addresses with their prefix lengths (0: any), the protocol (0: any). */
  ip: { src: string; smsk: number; dst: string; dmsk: number; proto: number; invflags: number };
  /** The matches (-p tcp with ports or flags brings the tcp match). */
  matches: Array<{ match: XtMatch; data: XtTcpUdp }>;
  /** A standard target (verdict: -NF_ACCEPT - 1, -NF_DROP - 1), or REJECT's (target + targinfo). */
  target: { standard: true; verdict: number } | { standard: false; target: XtTarget; targinfo: IptRejectInfo };
  /** Packets and bytes that matched (iptables -L -v). */
  counters: { pcnt: number; bcnt: number };
  /** The rule as `iptables -S` prints it (`-A INPUT -p tcp -m tcp --dport 8080 -j DROP`), or the policy (`-P INPUT ACCEPT`). */
  spec: string;
  /** The chain's policy entry (the underflow). */
  policy: boolean;
}

/** struct xt_table (its xt_table_info): the filter table of one namespace. */
export interface XtTable {
  readonly structName: 'xt_table';
  readonly name: 'filter';
  /** FILTER_VALID_HOOKS: LOCAL_IN, FORWARD, LOCAL_OUT. */
  readonly valid_hooks: number;
  /** The chains: each hook's entries, the policy last (hook_entry … underflow). */
  readonly chains: Record<FilterChain, IptEntry[]>;
}

/**
 * One iptables command, as the scenario says it (the administrative act: iptables builds a new
 * table and hands it to the kernel with setsockopt(IPT_SO_SET_REPLACE)).
 */
export interface IptCommand {
  op: 'A' | 'I' | 'D' | 'F';
  /** -F with no chain flushes them all. */
  chain?: FilterChain;
  /** -I CHAIN N / -D CHAIN N: the 1-based position. */
  num?: number;
  rule?: IptRuleSpec;
}
export interface IptRuleSpec {
  proto?: 'tcp' | 'udp' | 'icmp';
  src?: { addr: string; prefix: number };
  dst?: { addr: string; prefix: number };
  sport?: [number, number];
  dport?: [number, number];
  /** --tcp-flags MASK COMP, as bits (FIN 1, SYN 2, RST 4, PSH 8, ACK 16, URG 32), or --syn. */
  tcpFlags?: { mask: number; cmp: number; text: string };
  target: 'ACCEPT' | 'DROP' | 'REJECT';
  rejectWith?: 'tcp-reset' | 'icmp-port-unreachable';
}
