// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/arp.ts
// @ts-nocheck
// net/ipv4/arp.c: ARP for IPv4 on the simulated NIC. Down: the neighbour cache's solicit
// (arp_solicit) → arp_send_dst → arp_create (the Ethernet header and the 28 bytes of ARP) → arp_xmit
// (NF_ARP_OUT) → dev_queue_xmit; a request is broadcast — the world's link hands it to every other
// host (World.transmit). Up: __netif_receive_skb_core hands a frame of type ETH_P_ARP to
// arp_packet_type's arp_rcv → NF_HOOK(NFPROTO_ARP, NF_ARP_IN) → arp_process: a request for one of our
// addresses teaches us the asker (neigh_event_ns) and is answered (a unicast reply); a reply updates
// the entry that asked (neigh_update, NUD_REACHABLE), which sends what waited on it.
//
// arp_constructor is ARP's part of __neigh_create: lo needs no ARP (IFF_LOOPBACK: NUD_NOARP), and its
// entry is made with its Ethernet header already cached — v5.4 caches it on lo's first packet, through
// neigh_resolve_output → neigh_hh_init; here lo's first packet takes neigh_hh_output like the rest, so
// that talking to oneself costs nothing more than before ARP existed. Sysctls are v5.4's defaults
// (arp_announce 0, arp_ignore 0, arp_filter 0, arp_accept 0, no forwarding, no proxy ARP).

import type { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import { SkBuff, NO_IPHDR, ARPOP_REPLY, ARPOP_REQUEST, alloc_skb_layout, skb_reserve, skb_put, skb_push, skb_reset_network_header, LL_RESERVED_SPACE } from '../../../include/linux/skbuff';
import type { Neighbour, NeighOps, NetDevice } from '../../../include/linux/netdevice';
import {
  ETH_BROADCAST, ETH_HLEN, ETH_P_ARP, ETH_P_IP, IFF_LOOPBACK, IFF_NOARP, NEIGH_PARMS, NEIGH_UPDATE_F_OVERRIDE, NET_RX_DROP, NET_RX_SUCCESS,
  NUD_NOARP, NUD_REACHABLE, NUD_STALE, NUD_VALID, PACKET_HOST, PACKET_OTHERHOST, RTN_LOCAL,
} from '../../../include/linux/netdevice';
import type { Net } from '../../../include/net/net_namespace';
import { keyedHash } from '../../../core/rng';
import { NF_HOOK, NFPROTO_ARP, NF_ARP_IN, NF_ARP_OUT } from '../netfilter/core';
import { dev_queue_xmit } from '../core/dev';
import { neigh_resolve_output, neigh_event_ns, neigh_update, neigh_lookup, __neigh_create } from '../core/neighbour';
import { ip_route_input_noref } from './route';
import { __icmp_send } from './icmp';
import { E } from '../../../core/engine';

const ARPHRD_ETHER = 1;
/** sizeof(struct arphdr) + 2 · (6 + 4): arp_hdr_len of an Ethernet device. */
const ARP_HDR_LEN = 28;
const ICMP_DEST_UNREACH = 3;
const ICMP_HOST_UNREACH = 1;

/** arp_hh_ops: Ethernet's (its header_ops has cache), so connected_output is neigh_resolve_output too. */
export const arp_hh_ops: NeighOps = {
  name: 'arp_hh_ops',
  solicit: arp_solicit,
  error_report: arp_error_report,
  output: neigh_resolve_output,
  connected_output: neigh_resolve_output,
};

/** arp_tbl.constructor for a new entry (see the header): lo's is NUD_NOARP and ready; eth0's NUD_NONE. */
export function arp_constructor(n: Neighbour): void {
  const dev = n.dev;
  if (dev.flags & (IFF_NOARP | IFF_LOOPBACK)) {
    n.nud_state = NUD_NOARP;
    n.ha = dev.dev_addr;
    n.hh.hh_len = ETH_HLEN;
    n.hh.hh_data = `${n.ha} > ${dev.dev_addr}, ethertype IPv4 (0x0800)`;
  }
  n.output = n.nud_state & NUD_VALID ? n.ops.connected_output : n.ops.output;
}

/** ip_neigh_gw4 → __ipv4_neigh_lookup_noref, or __neigh_create(&arp_tbl, …): lo's entry is keyed INADDR_ANY. */
export function ip_neigh_gw4(net: Net, dev: NetDevice, daddr: string): Neighbour {
  const key = dev.flags & IFF_LOOPBACK ? '0.0.0.0' : daddr;
  return neigh_lookup(net, key, dev) ?? __neigh_create(net, key, dev, arp_constructor, arp_hh_ops);
}

/** arp_init's per-host part: eth0's reachable_time, neigh_rand_reach_time(30 s) — between 15 and 45 s. */
export function arp_init(net: Net): void {
  const base = NEIGH_PARMS.BASE_REACHABLE_TIME;
  net.neigh_reachable_time = (keyedHash(net.secret, 'reachable_time', net.host.name) % base) + (base >> 1);
}
const A$arp_error_report = defineFn('net/ipv4/arp.c', 'arp_error_report', [19, 20]);

// ---- down ----------------------------------------------------------------------------------------

export function* arp_error_report(neigh: Neighbour, skb: SkBuff): Sim<void> {
  const $f = enter(A$arp_error_report, { neigh, skb });
  try {
  if (at(A$arp_error_report.L19)) yield;
  // ipv4_link_failure: icmp_send(skb, ICMP_DEST_UNREACH, ICMP_HOST_UNREACH, 0) to the packet's sender
  ($E.fast || $E.twinOk[__icmp_send.k] === 1 ? __icmp_send$fast(skb, ICMP_DEST_UNREACH, ICMP_HOST_UNREACH, 0, neigh.dev.net) : yield* __icmp_send(skb, ICMP_DEST_UNREACH, ICMP_HOST_UNREACH, 0, neigh.dev.net));
  if (at(A$arp_error_report.L20)) yield;
  } finally {
    leave($f);
  }
}
const A$arp_xmit_finish = defineFn('net/ipv4/arp.c', 'arp_xmit_finish', [197]);

export function* arp_xmit_finish(net: Net, sk: null, skb: SkBuff): Sim<number> {
  const $f = enter(A$arp_xmit_finish, { net, sk, skb });
  try {
  if (at(A$arp_xmit_finish.L197)) yield;
  return ($E.fast || $E.twinOk[dev_queue_xmit.k] === 1 ? dev_queue_xmit$fast(skb) : yield* dev_queue_xmit(skb));
  } finally {
    leave($f);
  }
}
const arp_xmit_finish_okfn = { okfn: arp_xmit_finish };
const A$arp_xmit = defineFn('net/ipv4/arp.c', 'arp_xmit', [209]);

export function* arp_xmit(skb: SkBuff): Sim<void> {
  const $f = enter(A$arp_xmit, { skb });
  try {
  if (at(A$arp_xmit.L209)) yield;
  ($E.fast || $E.twinOk[NF_HOOK.k] === 1 ? NF_HOOK$fast(NFPROTO_ARP, NF_ARP_OUT, skb.dev!.net, null, skb, null, skb.dev, arp_xmit_finish_okfn) : yield* NF_HOOK(NFPROTO_ARP, NF_ARP_OUT, skb.dev!.net, null, skb, null, skb.dev, arp_xmit_finish_okfn));
  } finally {
    leave($f);
  }
}
const A$arp_create = defineFn('net/ipv4/arp.c', 'arp_create', [124, 131, 135, 136, 137, 138, 139, 140, 141, 142, 143, 148, 154, 155, 160, 161, 162, 166, 168, 175, 176, 178, 181, 183]);

export function* arp_create(type: number, ptype: number, dest_ip: string, dev: NetDevice, src_ip: string, dest_hw: string | null, src_hw: string | null, target_hw: string | null): Sim<SkBuff | null> {
  const $f = enter(A$arp_create, { type, ptype, dest_ip, dev, src_ip, dest_hw, src_hw, target_hw });
  try {
  if (at(A$arp_create.L124)) yield;
  const hlen = LL_RESERVED_SPACE;
  if (at(A$arp_create.L131)) yield;
  const skb = new SkBuff(NO_IPHDR);
  alloc_skb_layout(skb, ARP_HDR_LEN + hlen);
  $f.vars.skb = skb;
  if (at(A$arp_create.L135)) yield;
  skb_reserve(skb, hlen);
  if (at(A$arp_create.L136)) yield;
  skb_reset_network_header(skb);
  if (at(A$arp_create.L137)) yield;
  skb_put(skb, ARP_HDR_LEN);
  if (at(A$arp_create.L138)) yield;
  skb.dev = dev;
  if (at(A$arp_create.L139)) yield;
  skb.protocol = ETH_P_ARP;
  if (at(A$arp_create.L140)) yield;
  if (!src_hw) {
    if (at(A$arp_create.L141)) yield;
    src_hw = dev.dev_addr;
  }
  if (at(A$arp_create.L142)) yield;
  if (!dest_hw) {
    if (at(A$arp_create.L143)) yield;
    dest_hw = ETH_BROADCAST;
  }
  if (at(A$arp_create.L148)) yield;
  skb_push(skb, ETH_HLEN);
  const arp = { ar_hrd: 0, ar_pro: 0, ar_hln: 0, ar_pln: 0, ar_op: 0, ar_sha: '', ar_sip: '', ar_tha: '', ar_tip: '', eth: { h_dest: dest_hw, h_source: src_hw } };
  skb.arph = arp;
  $f.vars.arp = arp;
  if (at(A$arp_create.L154)) yield;
  arp.ar_hrd = ARPHRD_ETHER;
  if (at(A$arp_create.L155)) yield;
  arp.ar_pro = ETH_P_IP;
  if (at(A$arp_create.L160)) yield;
  arp.ar_hln = 6;
  if (at(A$arp_create.L161)) yield;
  arp.ar_pln = 4;
  if (at(A$arp_create.L162)) yield;
  arp.ar_op = type;
  if (at(A$arp_create.L166)) yield;
  arp.ar_sha = src_hw;
  if (at(A$arp_create.L168)) yield;
  arp.ar_sip = src_ip;
  if (at(A$arp_create.L175)) yield;
  if (target_hw) {
    if (at(A$arp_create.L176)) yield;
    arp.ar_tha = target_hw;
  } else {
    if (at(A$arp_create.L178)) yield;
    arp.ar_tha = '00:00:00:00:00:00';
  }
  if (at(A$arp_create.L181)) yield;
  arp.ar_tip = dest_ip;
  if (at(A$arp_create.L183)) yield;
  return skb;
  } finally {
    leave($f);
  }
}
const A$arp_send_dst = defineFn('net/ipv4/arp.c', 'arp_send_dst', [38, 39, 41, 43, 46, 47]);

export function* arp_send_dst(type: number, ptype: number, dest_ip: string, dev: NetDevice, src_ip: string, dest_hw: string | null, src_hw: string | null, target_hw: string | null, dst: unknown): Sim<void> {
  const $f = enter(A$arp_send_dst, { type, ptype, dest_ip, dev, src_ip, dest_hw, src_hw, target_hw, dst });
  try {
  if (at(A$arp_send_dst.L38)) yield;
  if (dev.flags & IFF_NOARP) {
    if (at(A$arp_send_dst.L39)) yield;
    return;
  }
  if (at(A$arp_send_dst.L41)) yield;
  const skb = ($E.fast || $E.twinOk[arp_create.k] === 1 ? arp_create$fast(type, ptype, dest_ip, dev, src_ip, dest_hw, src_hw, target_hw) : yield* arp_create(type, ptype, dest_ip, dev, src_ip, dest_hw, src_hw, target_hw));
  $f.vars.skb = skb;
  if (at(A$arp_send_dst.L43)) yield;
  if (!skb) return;
  if (at(A$arp_send_dst.L46)) yield;
  if (at(A$arp_send_dst.L47)) yield;
  ($E.fast || $E.twinOk[arp_xmit.k] === 1 ? arp_xmit$fast(skb) : yield* arp_xmit(skb));
  } finally {
    leave($f);
  }
}
const A$arp_solicit = defineFn('net/ipv4/arp.c', 'arp_solicit', [59, 63, 73, 77, 79, 85, 86, 88, 89, 92, 93, 95, 102, 105]);

export function* arp_solicit(neigh: Neighbour, skb: SkBuff | null): Sim<void> {
  const dev = neigh.dev;
  const target = neigh.primary_key;
  const $f = enter(A$arp_solicit, { neigh, skb, dev, target });
  try {
  if (at(A$arp_solicit.L59)) yield;
  let saddr = '0.0.0.0';
  if (at(A$arp_solicit.L63)) yield;
  let probes = neigh.probes;
  $f.vars.probes = probes;
  let dst_hw: string | null = null;
  if (at(A$arp_solicit.L73)) yield;
  if (at(A$arp_solicit.L77)) yield;
  if (skb && dev.net.host.isLocal(skb.iph.saddr)) {
    if (at(A$arp_solicit.L79)) yield;
    saddr = skb.iph.saddr;
  }
  if (at(A$arp_solicit.L85)) yield;
  if (saddr === '0.0.0.0') {
    if (at(A$arp_solicit.L86)) yield;
    saddr = dev.net.host.addrs.find((a) => a !== '127.0.0.1') ?? '0.0.0.0';
  }
  $f.vars.saddr = saddr;
  if (at(A$arp_solicit.L88)) yield;
  probes -= NEIGH_PARMS.UCAST_PROBES;
  $f.vars.probes = probes;
  if (at(A$arp_solicit.L89)) yield;
  if (probes < 0) {
    if (at(A$arp_solicit.L92)) yield;
    if (at(A$arp_solicit.L93)) yield;
    dst_hw = neigh.ha;
    $f.vars.dst_hw = dst_hw;
  } else {
    if (at(A$arp_solicit.L95)) yield;
    probes -= NEIGH_PARMS.APP_PROBES;
  }
  if (at(A$arp_solicit.L102)) yield;
  if (at(A$arp_solicit.L105)) yield;
  ($E.fast || $E.twinOk[arp_send_dst.k] === 1 ? arp_send_dst$fast(ARPOP_REQUEST, ETH_P_ARP, target, dev, saddr, dst_hw, dev.dev_addr, null, null) : yield* arp_send_dst(ARPOP_REQUEST, ETH_P_ARP, target, dev, saddr, dst_hw, dev.dev_addr, null, null));
  } finally {
    leave($f);
  }
}
const A$arp_process = defineFn('net/ipv4/arp.c', 'arp_process', [239, 242, 250, 260, 262, 268, 270, 275, 278, 283, 288, 302, 307, 310, 311, 313, 316, 317, 319, 321, 322, 324, 328, 331, 340, 342, 343, 344, 348, 352, 353, 357, 365, 367, 368, 370, 374, 377, 378, 381, 382]);

// ---- up ------------------------------------------------------------------------------------------

export function* arp_process(net: Net, sk: null, skb: SkBuff): Sim<number> {
  const dev = skb.dev!;
  const $f = enter(A$arp_process, { net, sk, skb, dev });
  try {
  if (at(A$arp_process.L239)) yield;
  if (at(A$arp_process.L242)) yield;
  const arp = skb.arph!;
  $f.vars.arp = arp;
  if (at(A$arp_process.L250)) yield;
  if (at(A$arp_process.L260)) yield;
  if (arp.ar_op !== ARPOP_REPLY && arp.ar_op !== ARPOP_REQUEST) {
    if (at(A$arp_process.L262)) yield;
    if (at(A$arp_process.L381)) yield;
    if (at(A$arp_process.L382)) yield;
    return NET_RX_DROP;
  }
  if (at(A$arp_process.L268)) yield;
  const sha = arp.ar_sha;
  if (at(A$arp_process.L270)) yield;
  const sip = arp.ar_sip;
  if (at(A$arp_process.L275)) yield;
  if (at(A$arp_process.L278)) yield;
  const tip = arp.ar_tip;
  $f.vars.sha = sha;
  $f.vars.sip = sip;
  $f.vars.tip = tip;
  if (at(A$arp_process.L283)) yield;
  if (at(A$arp_process.L288)) yield;
  if (at(A$arp_process.L302)) yield;
  if (at(A$arp_process.L307)) yield;
  if (arp.ar_op === ARPOP_REQUEST && net.host.isLocal(tip) && ip_route_input_noref(skb, tip, net) === 0) {
    if (at(A$arp_process.L310)) yield;
    if (at(A$arp_process.L311)) yield;
    const addr_type = RTN_LOCAL;
    $f.vars.addr_type = addr_type;
    if (at(A$arp_process.L313)) yield;
    if (at(A$arp_process.L316)) yield;
    if (at(A$arp_process.L317)) yield;
    if (at(A$arp_process.L319)) yield;
    if (at(A$arp_process.L321)) yield;
    const n = ($E.fast || $E.twinOk[neigh_event_ns.k] === 1 ? neigh_event_ns$fast(net, sha, sip, dev, arp_constructor, arp_hh_ops) : yield* neigh_event_ns(net, sha, sip, dev, arp_constructor, arp_hh_ops));
    $f.vars.n = n;
    if (at(A$arp_process.L322)) yield;
    if (n) {
      if (at(A$arp_process.L324)) yield;
      ($E.fast || $E.twinOk[arp_send_dst.k] === 1 ? arp_send_dst$fast(ARPOP_REPLY, ETH_P_ARP, sip, dev, tip, sha, dev.dev_addr, sha, null) : yield* arp_send_dst(ARPOP_REPLY, ETH_P_ARP, sip, dev, tip, sha, dev.dev_addr, sha, null));
      if (at(A$arp_process.L328)) yield;
    }
    if (at(A$arp_process.L331)) yield;
  } else {
    // (a request for another host's address: no route of ours — no forwarding, no proxy ARP)
    if (at(A$arp_process.L340)) yield;
    const n = neigh_lookup(net, sip, dev);
    $f.vars.n = n;
    if (at(A$arp_process.L342)) yield;
    if (at(A$arp_process.L343)) yield;
    if (n) {
      if (at(A$arp_process.L344)) yield;
    }
    if (at(A$arp_process.L348)) yield;
    if (at(A$arp_process.L352)) yield;
    if (n) {
      if (at(A$arp_process.L353)) yield;
      let state = NUD_REACHABLE;
      if (at(A$arp_process.L357)) yield;
      const override = E.now > n.updated + NEIGH_PARMS.LOCKTIME;
      $f.vars.override = override;
      if (at(A$arp_process.L365)) yield;
      if (arp.ar_op !== ARPOP_REPLY || skb.pkt_type !== PACKET_HOST) {
        if (at(A$arp_process.L367)) yield;
        state = NUD_STALE;
      }
      $f.vars.state = state;
      if (at(A$arp_process.L368)) yield;
      ($E.fast || $E.twinOk[neigh_update.k] === 1 ? neigh_update$fast(n, sha, state, override ? NEIGH_UPDATE_F_OVERRIDE : 0, 0) : yield* neigh_update(n, sha, state, override ? NEIGH_UPDATE_F_OVERRIDE : 0, 0));
      if (at(A$arp_process.L370)) yield;
    }
  }
  if (at(A$arp_process.L374)) yield;
  if (at(A$arp_process.L377)) yield;
  if (at(A$arp_process.L378)) yield;
  return NET_RX_SUCCESS;
  } finally {
    leave($f);
  }
}
const arp_process_okfn = { okfn: arp_process };
const A$arp_rcv = defineFn('net/ipv4/arp.c', 'arp_rcv', [397, 400, 402, 407, 410, 411, 414, 416, 421, 422]);

export function* arp_rcv(skb: SkBuff, dev: NetDevice): Sim<number> {
  const $f = enter(A$arp_rcv, { skb, dev, pt: 'arp_packet_type', orig_dev: dev });
  try {
  if (at(A$arp_rcv.L397)) yield;
  if (dev.flags & IFF_NOARP || skb.pkt_type === PACKET_OTHERHOST) {
    if (at(A$arp_rcv.L400)) yield;
    if (at(A$arp_rcv.L421)) yield;
    if (at(A$arp_rcv.L422)) yield;
    return NET_RX_SUCCESS;
  }
  if (at(A$arp_rcv.L402)) yield;
  if (at(A$arp_rcv.L407)) yield;
  if (at(A$arp_rcv.L410)) yield;
  const arp = skb.arph!;
  $f.vars.arp = arp;
  if (at(A$arp_rcv.L411)) yield;
  if (at(A$arp_rcv.L414)) yield;
  if (at(A$arp_rcv.L416)) yield;
  return ($E.fast || $E.twinOk[NF_HOOK.k] === 1 ? NF_HOOK$fast(NFPROTO_ARP, NF_ARP_IN, dev.net, null, skb, dev, null, arp_process_okfn) : yield* NF_HOOK(NFPROTO_ARP, NF_ARP_IN, dev.net, null, skb, dev, null, arp_process_okfn));
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { __icmp_send$fast as __icmp_send$fast } from './icmp';
import { dev_queue_xmit$fast as dev_queue_xmit$fast } from '../core/dev';
import { NF_HOOK$fast as NF_HOOK$fast } from '../netfilter/core';
import { neigh_event_ns$fast as neigh_event_ns$fast, neigh_update$fast as neigh_update$fast } from '../core/neighbour';
export function arp_error_report$fast(neigh: Neighbour, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$arp_error_report.L19 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  // ipv4_link_failure: icmp_send(skb, ICMP_DEST_UNREACH, ICMP_HOST_UNREACH, 0) to the packet's sender
  __icmp_send$fast(skb, ICMP_DEST_UNREACH, ICMP_HOST_UNREACH, 0, neigh.dev.net);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_error_report.L20) : $tb.op($e.now, A$arp_error_report.L20));
  } ($e.steps += $s, $tb !== null && ($o = (A$arp_error_report.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function arp_xmit_finish$fast(net: Net, sk: null, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$arp_xmit_finish.L197 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  return ($r = (dev_queue_xmit$fast(skb)), ($e.steps += $s, $tb !== null && ($o = (A$arp_xmit_finish.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function arp_xmit$fast(skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$arp_xmit.L209 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  NF_HOOK$fast(NFPROTO_ARP, NF_ARP_OUT, skb.dev!.net, null, skb, null, skb.dev, arp_xmit_finish_okfn);
  } ($e.steps += $s, $tb !== null && ($o = (A$arp_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function arp_create$fast(type: number, ptype: number, dest_ip: string, dev: NetDevice, src_ip: string, dest_hw: string | null, src_hw: string | null, target_hw: string | null): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$arp_create.L124 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  const hlen = LL_RESERVED_SPACE;
  
  const skb = new SkBuff(NO_IPHDR);
  alloc_skb_layout(skb, ARP_HDR_LEN + hlen);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_create.L135) : $tb.op($e.now, A$arp_create.L135));
  skb_reserve(skb, hlen);
  $s += 2; if ($tb !== null) ($o = (A$arp_create.L136 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  skb_reset_network_header(skb);
  
  skb_put(skb, ARP_HDR_LEN);
  $s += 3; if ($tb !== null) ($o = (A$arp_create.L138 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  skb.dev = dev;
  
  skb.protocol = ETH_P_ARP;
  
  if (!src_hw) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_create.L141) : $tb.op($e.now, A$arp_create.L141));
    src_hw = dev.dev_addr;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_create.L142) : $tb.op($e.now, A$arp_create.L142));
  if (!dest_hw) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_create.L143) : $tb.op($e.now, A$arp_create.L143));
    dest_hw = ETH_BROADCAST;
  }
  $s += 9; if ($tb !== null) ($o = (A$arp_create.L148 | 8388608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  skb_push(skb, ETH_HLEN);
  const arp = { ar_hrd: 0, ar_pro: 0, ar_hln: 0, ar_pln: 0, ar_op: 0, ar_sha: '', ar_sip: '', ar_tha: '', ar_tip: '', eth: { h_dest: dest_hw, h_source: src_hw } };
  skb.arph = arp;
  
  
  arp.ar_hrd = ARPHRD_ETHER;
  
  arp.ar_pro = ETH_P_IP;
  
  arp.ar_hln = 6;
  
  arp.ar_pln = 4;
  
  arp.ar_op = type;
  
  arp.ar_sha = src_hw;
  
  arp.ar_sip = src_ip;
  
  if (target_hw) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_create.L176) : $tb.op($e.now, A$arp_create.L176));
    arp.ar_tha = target_hw;
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_create.L178) : $tb.op($e.now, A$arp_create.L178));
    arp.ar_tha = '00:00:00:00:00:00';
  }
  $s += 2; $x = A$arp_create.L181 | 2097152;
  arp.ar_tip = dest_ip;
  
  return ($r = (skb), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$arp_create.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function arp_send_dst$fast(type: number, ptype: number, dest_ip: string, dev: NetDevice, src_ip: string, dest_hw: string | null, src_hw: string | null, target_hw: string | null, dst: unknown): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$arp_send_dst.L38 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (dev.flags & IFF_NOARP) {
    ++$s; $x = A$arp_send_dst.L39 | 1048576;
    { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$arp_send_dst.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_send_dst.L41) : $tb.op($e.now, A$arp_send_dst.L41));
  const skb = arp_create$fast(type, ptype, dest_ip, dev, src_ip, dest_hw, src_hw, target_hw);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_send_dst.L43) : $tb.op($e.now, A$arp_send_dst.L43));
  if (!skb) { ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$arp_send_dst.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))); return; }
  $s += 2; if ($tb !== null) ($o = (A$arp_send_dst.L46 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  arp_xmit$fast(skb);
  } ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$arp_send_dst.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function arp_solicit$fast(neigh: Neighbour, skb: SkBuff | null): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const dev = neigh.dev;
  const target = neigh.primary_key;
  const $f = ($tb !== null && ($o = (A$arp_solicit.L59 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 4;
  let saddr = '0.0.0.0';
  
  let probes = neigh.probes;
  
  let dst_hw: string | null = null;
  
  
  if (skb && dev.net.host.isLocal(skb.iph.saddr)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_solicit.L79) : $tb.op($e.now, A$arp_solicit.L79));
    saddr = skb.iph.saddr;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_solicit.L85) : $tb.op($e.now, A$arp_solicit.L85));
  if (saddr === '0.0.0.0') {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_solicit.L86) : $tb.op($e.now, A$arp_solicit.L86));
    saddr = dev.net.host.addrs.find((a) => a !== '127.0.0.1') ?? '0.0.0.0';
  }
  
  $s += 2; if ($tb !== null) ($o = (A$arp_solicit.L88 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  probes -= NEIGH_PARMS.UCAST_PROBES;
  
  
  if (probes < 0) {
    $s += 2; if ($tb !== null) ($o = (A$arp_solicit.L92 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    dst_hw = neigh.ha;
    
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_solicit.L95) : $tb.op($e.now, A$arp_solicit.L95));
    probes -= NEIGH_PARMS.APP_PROBES;
  }
  $s += 2; if ($tb !== null) ($o = (A$arp_solicit.L102 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  arp_send_dst$fast(ARPOP_REQUEST, ETH_P_ARP, target, dev, saddr, dst_hw, dev.dev_addr, null, null);
  } ($e.steps += $s, $tb !== null && ($o = (A$arp_solicit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function arp_process$fast(net: Net, sk: null, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const dev = skb.dev!;
  const $f = ($tb !== null && ($o = (A$arp_process.L239 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 4;
  
  const arp = skb.arph!;
  
  
  
  if (arp.ar_op !== ARPOP_REPLY && arp.ar_op !== ARPOP_REQUEST) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_process.L262) : $tb.op($e.now, A$arp_process.L262));
    $s += 2; $x = A$arp_process.L381 | 2097152;
    
    return ($r = (NET_RX_DROP), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$arp_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 8; if ($tb !== null) ($o = (A$arp_process.L268 | 7340032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const sha = arp.ar_sha;
  
  const sip = arp.ar_sip;
  
  
  const tip = arp.ar_tip;
  
  
  
  
  
  
  
  if (arp.ar_op === ARPOP_REQUEST && net.host.isLocal(tip) && ip_route_input_noref(skb, tip, net) === 0) {
    $s += 7; if ($tb !== null) ($o = (A$arp_process.L310 | 6291456), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    const addr_type = RTN_LOCAL;
    
    
    
    
    
    
    const n = neigh_event_ns$fast(net, sha, sip, dev, arp_constructor, arp_hh_ops);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_process.L322) : $tb.op($e.now, A$arp_process.L322));
    if (n) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_process.L324) : $tb.op($e.now, A$arp_process.L324));
      arp_send_dst$fast(ARPOP_REPLY, ETH_P_ARP, sip, dev, tip, sha, dev.dev_addr, sha, null);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_process.L328) : $tb.op($e.now, A$arp_process.L328));
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_process.L331) : $tb.op($e.now, A$arp_process.L331));
  } else {
    // (a request for another host's address: no route of ours — no forwarding, no proxy ARP)
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_process.L340) : $tb.op($e.now, A$arp_process.L340));
    const n = neigh_lookup(net, sip, dev);
    
    $s += 2; if ($tb !== null) ($o = (A$arp_process.L342 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    if (n) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_process.L344) : $tb.op($e.now, A$arp_process.L344));
    }
    $s += 2; if ($tb !== null) ($o = (A$arp_process.L348 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    if (n) {
      $s += 3; if ($tb !== null) ($o = (A$arp_process.L353 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      let state = NUD_REACHABLE;
      
      const override = E.now > n.updated + NEIGH_PARMS.LOCKTIME;
      
      
      if (arp.ar_op !== ARPOP_REPLY || skb.pkt_type !== PACKET_HOST) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_process.L367) : $tb.op($e.now, A$arp_process.L367));
        state = NUD_STALE;
      }
      
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_process.L368) : $tb.op($e.now, A$arp_process.L368));
      neigh_update$fast(n, sha, state, override ? NEIGH_UPDATE_F_OVERRIDE : 0, 0);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_process.L370) : $tb.op($e.now, A$arp_process.L370));
    }
  }
  $s += 3; $x = A$arp_process.L374 | 3145728;
  
  
  return ($r = (NET_RX_SUCCESS), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$arp_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function arp_rcv$fast(skb: SkBuff, dev: NetDevice): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$arp_rcv.L397 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (dev.flags & IFF_NOARP || skb.pkt_type === PACKET_OTHERHOST) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$arp_rcv.L400) : $tb.op($e.now, A$arp_rcv.L400));
    $s += 2; $x = A$arp_rcv.L421 | 2097152;
    
    return ($r = (NET_RX_SUCCESS), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$arp_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  $s += 6; if ($tb !== null) ($o = (A$arp_rcv.L402 | 5242880), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  const arp = skb.arph!;
  
  
  
  
  return ($r = (NF_HOOK$fast(NFPROTO_ARP, NF_ARP_IN, dev.net, null, skb, dev, null, arp_process_okfn)), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$arp_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(arp_error_report, arp_error_report$fast, 'arp_error_report', () => [__icmp_send]);
$kreg(arp_xmit_finish, arp_xmit_finish$fast, 'arp_xmit_finish', () => [dev_queue_xmit]);
$kreg(arp_xmit, arp_xmit$fast, 'arp_xmit', () => [NF_HOOK]);
$kreg(arp_create, arp_create$fast, 'arp_create', () => []);
$kreg(arp_send_dst, arp_send_dst$fast, 'arp_send_dst', () => [arp_create, arp_xmit]);
$kreg(arp_solicit, arp_solicit$fast, 'arp_solicit', () => [arp_send_dst]);
$kreg(arp_process, arp_process$fast, 'arp_process', () => [arp_send_dst, neigh_event_ns, neigh_update]);
$kreg(arp_rcv, arp_rcv$fast, 'arp_rcv', () => [NF_HOOK]);

// ---- kernel names ----
(arp_error_report as any).kname = 'arp_error_report';
(arp_xmit_finish as any).kname = 'arp_xmit_finish';
(arp_solicit as any).kname = 'arp_solicit';
(arp_process as any).kname = 'arp_process';
(arp_rcv as any).kname = 'arp_rcv';
