// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/ip_output.ts
// @ts-nocheck
// net/ipv4/ip_output.c (and include/net/dst.h's dst_output): IP on the way down. TCP's segments come
// through icsk_af_ops->queue_xmit = __ip_queue_xmit (route, IP header), the SYN-ACK through
// ip_build_and_send_pkt, built datagrams and replies (UDP, ICMP, TCP's resets and ACKs) through
// ip_send_skb; all meet in ip_local_out → __ip_local_out (NF_INET_LOCAL_OUT) → dst_output →
// ip_output (NF_INET_POST_ROUTING) → ip_finish_output → __ip_finish_output (the MTU) →
// ip_finish_output2 → the neighbour → dev_queue_xmit.

import { E, type Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import { keyedHash } from '../../../core/rng';
import { SkBuff } from '../../../include/linux/skbuff';
import type { IpHdr } from '../../../include/linux/skbuff';
import {
  skb_push, skb_pull, skb_put, skb_reserve, alloc_skb_layout, skb_reset_network_header, skb_reset_transport_header, skb_headroom, skb_headlen, skb_len,
  skb_network_header_len, LL_RESERVED_SPACE, ipAppendLayout, ip_is_fragment, IP_DF, IP_MF,
} from '../../../include/linux/skbuff';
import type { Sock } from '../../../include/net/sock';
import { sk_setup_caps } from '../../../include/net/sock';
import { skb_is_gso } from '../../../include/linux/skbuff';
import type { Net } from '../../../include/net/net_namespace';
import { MIB, NET_INC_STATS } from '../../../include/net/net_namespace';
import { inet_sk } from '../../../include/net/inet_sock';
import type { Rtable } from '../../../include/linux/netdevice';
import { ETH_P_IP, NET_XMIT_SUCCESS } from '../../../include/linux/netdevice';
import { NotSimulated } from '../../../include/linux/ops';
import { SEND_SHUTDOWN } from '../../../include/net/tcp_states';
import { ERRNO, IPPROTO_UDP } from '../../../include/uapi';
import { NET_XMIT_CN } from '../../../include/net/sch_generic';
import { nf_hook, NF_HOOK_COND, NFPROTO_IPV4, NF_INET_LOCAL_OUT, NF_INET_POST_ROUTING } from '../netfilter/core';
import { ip_route_output_ports, ip_neigh_for_gw } from './route';
import { neigh_output } from '../core/neighbour';

/** inet->pmtudisc (include/uapi/linux/in.h): a socket starts at WANT (inet_create, ip_no_pmtu_disc 0). */
export const IP_PMTUDISC_DONT = 0;
export const IP_PMTUDISC_WANT = 1;
export const IP_PMTUDISC_DO = 2;
export const IP_PMTUDISC_PROBE = 3;
export const IP_PMTUDISC_INTERFACE = 4;
export const IP_PMTUDISC_OMIT = 5;
/** IP_MAX_MTU, the largest IP packet. */
const IP_MAX_MTU = 0xffff;
const MSG_PROBE = 0x10;

/** The okfn the hooks go on with (struct nf_hook_state's okfn). */
const dst_output_okfn = { okfn: dst_output };
const ip_finish_output_okfn = { okfn: ip_finish_output };
/** ip_fragment's output: each fragment goes on as __ip_finish_output would have sent the packet. */
const ip_finish_output2_okfn = { okfn: ip_finish_output2 };

/** ip_sk_ignore_df(): a socket below IP_PMTUDISC_DO (or OMIT) lets its own datagrams be fragmented. */
export function ip_sk_ignore_df(sk: Sock): number {
  const p = inet_sk(sk).pmtudisc;
  return p < IP_PMTUDISC_DO || p === IP_PMTUDISC_OMIT ? 1 : 0;
}
/** ip_dont_fragment(): DO, or WANT on a route whose MTU is not locked (none is here). */
function ip_dont_fragment(sk: Sock): boolean {
  const p = inet_sk(sk).pmtudisc;
  return p === IP_PMTUDISC_DO || p === IP_PMTUDISC_WANT;
}
/** dst_mtu(): the route's device's MTU (no learned path MTU, no locked metric here). */
export function dst_mtu(rt: Rtable): number {
  return rt.dst.dev.mtu;
}

/** IP_IDENTS_SZ: the buckets of ip_idents (net/ipv4/route.c). */
const IP_IDENTS_SZ = 2048;
/**
 * ip_select_ident → ip_select_ident_segs: with DF and no ignore_df a connected socket's own counter
 * (inet_id); otherwise __ip_select_ident: a bucket picked by a keyed hash of (daddr, saddr, protocol)
 * and ip_idents_reserve, which moves the bucket on by segs plus a random step when jiffies moved
 * since its last use. The buckets start random (prandom_bytes); here both come from keyed hashes of
 * the host's boot secret, so a run is the same every time.
 */
function ip_select_ident(net: Net, skb: SkBuff, sk: Sock | null, segs = 1): void {
  const iph = skb.iph;
  if ((iph.frag_off ?? 0) & IP_DF && !skb.ignore_df) {
    if (sk && inet_sk(sk).inet_daddr !== '0.0.0.0') {
      const inet = inet_sk(sk);
      iph.id = inet.inet_id & 0xffff;
      inet.inet_id = (inet.inet_id + segs) & 0xffff;
    } else iph.id = 0;
    return;
  }
  const bucket = keyedHash(net.secret, 'ip_idents', iph.daddr, iph.saddr, iph.protocol) % IP_IDENTS_SZ;
  let b = net.ip_idents.get(bucket);
  if (!b) net.ip_idents.set(bucket, (b = { id: keyedHash(net.secret, 'ip_idents_init', bucket), tstamp: 0 }));
  const now = Math.floor(E.now / 1000);
  let delta = 0;
  if (b.tstamp !== now) {
    delta = keyedHash(net.secret, 'ip_idents_delta', bucket, now) % (now - b.tstamp || 1);
    b.tstamp = now;
  }
  const id = (b.id + delta) >>> 0;
  b.id = (id + segs) >>> 0;
  iph.id = id & 0xffff;
}
const A$dst_output = defineFn('include/net/dst.h', 'dst_output', [17]);

/** include/net/dst.h: the route's output function — ip_output. */
export function* dst_output(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> { let $t: any;
  const $f = enter(A$dst_output, { net, sk, skb, dst: skb._skb_refdst });
  try {
  if (at(A$dst_output.L17)) yield;
  return (($t = skb._skb_refdst!.dst.output).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(net, sk, skb) : yield* skb._skb_refdst!.dst.output(net, sk, skb));
  } finally {
    leave($f);
  }
}
const A$__ip_local_out = defineFn('net/ipv4/ip_output.c', '__ip_local_out', [23, 24, 26, 30]);

export function* __ip_local_out(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  const iph = skb.iph;
  const $f = enter(A$__ip_local_out, { net, sk, skb, iph });
  try {
  if (at(A$__ip_local_out.L23)) yield;
  iph.tot_len = skb_len(skb);
  if (at(A$__ip_local_out.L24)) yield;
  if (at(A$__ip_local_out.L26)) yield;
  skb.protocol = ETH_P_IP;
  if (at(A$__ip_local_out.L30)) yield;
  return ($E.fast || $E.twinOk[nf_hook.k] === 1 ? nf_hook$fast(NFPROTO_IPV4, NF_INET_LOCAL_OUT, net, sk, skb, null, skb._skb_refdst!.dst.dev, dst_output_okfn) : yield* nf_hook(NFPROTO_IPV4, NF_INET_LOCAL_OUT, net, sk, skb, null, skb._skb_refdst!.dst.dev, dst_output_okfn));
  } finally {
    leave($f);
  }
}
const A$ip_local_out = defineFn('net/ipv4/ip_output.c', 'ip_local_out', [45, 46, 47, 49]);

export function* ip_local_out(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  const $f = enter(A$ip_local_out, { net, sk, skb });
  try {
  if (at(A$ip_local_out.L45)) yield;
  let err = ($E.fast || $E.twinOk[__ip_local_out.k] === 1 ? __ip_local_out$fast(net, sk, skb) : yield* __ip_local_out(net, sk, skb));
  $f.vars.err = err;
  if (at(A$ip_local_out.L46)) yield;
  if (err === 1) {
    if (at(A$ip_local_out.L47)) yield;
    err = ($E.fast || $E.twinOk[dst_output.k] === 1 ? dst_output$fast(net, sk, skb) : yield* dst_output(net, sk, skb));
  }
  if (at(A$ip_local_out.L49)) yield;
  return err;
  } finally {
    leave($f);
  }
}
const A$ip_build_and_send_pkt = defineFn('net/ipv4/ip_output.c', 'ip_build_and_send_pkt', [67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 78, 79, 80, 86]);

/** The SYN-ACK (tcp_v4_send_synack): skb already carries the route inet_csk_route_req found. */
export function* ip_build_and_send_pkt(skb: SkBuff, sk: Sock, saddr: string, daddr: string): Sim<number> {
  const inet = inet_sk(sk);
  const net = sk.sk_net;
  const rt = skb._skb_refdst;
  const $f = enter(A$ip_build_and_send_pkt, { skb, sk, saddr, daddr, inet, rt, net });
  try {
  if (at(A$ip_build_and_send_pkt.L67)) yield;
  skb_push(skb, 20);
  if (at(A$ip_build_and_send_pkt.L68)) yield;
  skb_reset_network_header(skb);
  if (at(A$ip_build_and_send_pkt.L69)) yield;
  const iph = skb.iph;
  $f.vars.iph = iph;
  if (at(A$ip_build_and_send_pkt.L70)) yield;
  if (at(A$ip_build_and_send_pkt.L71)) yield;
  if (at(A$ip_build_and_send_pkt.L72)) yield;
  if (at(A$ip_build_and_send_pkt.L73)) yield;
  iph.ttl = inet.uc_ttl < 0 ? 64 : inet.uc_ttl;
  if (at(A$ip_build_and_send_pkt.L74)) yield;
  iph.daddr = daddr;
  if (at(A$ip_build_and_send_pkt.L75)) yield;
  iph.saddr = saddr;
  if (at(A$ip_build_and_send_pkt.L76)) yield;
  if (at(A$ip_build_and_send_pkt.L78)) yield;
  if (at(A$ip_build_and_send_pkt.L79)) yield;
  iph.frag_off = IP_DF;
  if (at(A$ip_build_and_send_pkt.L80)) yield;
  iph.id = 0;
  if (at(A$ip_build_and_send_pkt.L86)) yield;
  return ($E.fast || $E.twinOk[ip_local_out.k] === 1 ? ip_local_out$fast(net, skb.sk as Sock | null, skb) : yield* ip_local_out(net, skb.sk as Sock | null, skb));
  } finally {
    leave($f);
  }
}
const A$ip_finish_output2 = defineFn('net/ipv4/ip_output.c', 'ip_finish_output2', [100, 105, 109, 112, 113, 116, 118, 119, 120]);

export function* ip_finish_output2(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  const rt = skb._skb_refdst!;
  const dev = rt.dst.dev;
  const $f = enter(A$ip_finish_output2, { net, sk, skb, dst: rt, rt, dev });
  try {
  if (at(A$ip_finish_output2.L100)) yield;
  const hh_len = LL_RESERVED_SPACE;
  $f.vars.hh_len = hh_len;
  if (at(A$ip_finish_output2.L105)) yield;
  if (skb_headroom(skb) < hh_len) throw new Error('ip_finish_output2: no headroom for the link-layer header');
  if (at(A$ip_finish_output2.L109)) yield;
  if (at(A$ip_finish_output2.L112)) yield;
  const neigh = ip_neigh_for_gw(rt, skb, net);
  $f.vars.neigh = neigh;
  if (at(A$ip_finish_output2.L113)) yield;
  if (at(A$ip_finish_output2.L116)) yield;
  if (at(A$ip_finish_output2.L118)) yield;
  const res = ($E.fast || $E.twinOk[neigh_output.k] === 1 ? neigh_output$fast(neigh, skb, false) : yield* neigh_output(neigh, skb, false));
  $f.vars.res = res;
  if (at(A$ip_finish_output2.L119)) yield;
  if (at(A$ip_finish_output2.L120)) yield;
  return res;
  } finally {
    leave($f);
  }
}
const A$__ip_finish_output = defineFn('net/ipv4/ip_output.c', '__ip_finish_output', [134, 135, 136, 138, 139, 141]);

export function* __ip_finish_output(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  const $f = enter(A$__ip_finish_output, { net, sk, skb });
  try {
  if (at(A$__ip_finish_output.L134)) yield;
  const mtu = skb._skb_refdst!.dst.dev.mtu;
  $f.vars.mtu = mtu;
  if (at(A$__ip_finish_output.L135)) yield;
  if (skb_is_gso(skb)) {
    if (at(A$__ip_finish_output.L136)) yield;
    // (ip_finish_output_gso: every segment — gso_size and the headers — fits the MTU, as TCP's MSS
    // follows the route's: skb_gso_validate_network_len holds, and the GSO packet goes on whole)
    return ($E.fast || $E.twinOk[ip_finish_output2.k] === 1 ? ip_finish_output2$fast(net, sk, skb) : yield* ip_finish_output2(net, sk, skb));
  }
  if (at(A$__ip_finish_output.L138)) yield;
  if (skb_len(skb) > mtu) {
    if (at(A$__ip_finish_output.L139)) yield;
    return ($E.fast || $E.twinOk[ip_fragment.k] === 1 ? ip_fragment$fast(net, sk, skb, mtu, ip_finish_output2_okfn) : yield* ip_fragment(net, sk, skb, mtu, ip_finish_output2_okfn));
  }
  if (at(A$__ip_finish_output.L141)) yield;
  return ($E.fast || $E.twinOk[ip_finish_output2.k] === 1 ? ip_finish_output2$fast(net, sk, skb) : yield* ip_finish_output2(net, sk, skb));
  } finally {
    leave($f);
  }
}
const A$ip_finish_output = defineFn('net/ipv4/ip_output.c', 'ip_finish_output', [154, 155, 157]);

export function* ip_finish_output(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  const $f = enter(A$ip_finish_output, { net, sk, skb });
  try {
  if (at(A$ip_finish_output.L154)) yield;
  const ret = NET_XMIT_SUCCESS;
  $f.vars.ret = ret;
  if (at(A$ip_finish_output.L155)) yield;
  if (at(A$ip_finish_output.L157)) yield;
  return ($E.fast || $E.twinOk[__ip_finish_output.k] === 1 ? __ip_finish_output$fast(net, sk, skb) : yield* __ip_finish_output(net, sk, skb));
  } finally {
    leave($f);
  }
}
const A$ip_output = defineFn('net/ipv4/ip_output.c', 'ip_output', [172, 174, 175, 178]);

/** dst->output of every route here. */
export function* ip_output(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  const dev = skb._skb_refdst!.dst.dev;
  const $f = enter(A$ip_output, { net, sk, skb, dev });
  try {
  if (at(A$ip_output.L172)) yield;
  NET_INC_STATS(net, MIB.OutRequests);
  if (at(A$ip_output.L174)) yield;
  skb.dev = dev;
  if (at(A$ip_output.L175)) yield;
  skb.protocol = ETH_P_IP;
  if (at(A$ip_output.L178)) yield;
  return ($E.fast || $E.twinOk[NF_HOOK_COND.k] === 1 ? NF_HOOK_COND$fast(NFPROTO_IPV4, NF_INET_POST_ROUTING, net, sk, skb, null, dev, ip_finish_output_okfn, true) : yield* NF_HOOK_COND(NFPROTO_IPV4, NF_INET_POST_ROUTING, net, sk, skb, null, dev, ip_finish_output_okfn, true));
  } finally {
    leave($f);
  }
}
const A$__ip_queue_xmit = defineFn('net/ipv4/ip_output.c', '__ip_queue_xmit', [202, 204, 205, 210, 211, 215, 219, 226, 228, 230, 235, 236, 237, 239, 240, 241, 244, 245, 246, 249, 252, 253, 254]);

/** tcp's icsk_af_ops->queue_xmit (ipv4_specific.queue_xmit = ip_queue_xmit → __ip_queue_xmit). */
export function* __ip_queue_xmit(sk: Sock, skb: SkBuff, tos = 0): Sim<number> {
  const inet = inet_sk(sk);
  const net = sk.sk_net;
  const $f = enter(A$__ip_queue_xmit, { sk, skb, inet, net, tos });
  try {
  if (at(A$__ip_queue_xmit.L202)) yield;
  if (at(A$__ip_queue_xmit.L204)) yield;
  let rt = skb._skb_refdst;
  if (at(A$__ip_queue_xmit.L205)) yield;
  if (!rt) {
    if (at(A$__ip_queue_xmit.L210)) yield;
    rt = sk.sk_dst_cache;
    if (at(A$__ip_queue_xmit.L211)) yield;
    if (!rt) {
      if (at(A$__ip_queue_xmit.L215)) yield;
      const daddr = inet.inet_daddr;
      $f.vars.daddr = daddr;
      if (at(A$__ip_queue_xmit.L219)) yield;
      rt = ip_route_output_ports(net, daddr);
      if (at(A$__ip_queue_xmit.L226)) yield;
      if (at(A$__ip_queue_xmit.L228)) yield;
      sk_setup_caps(sk, rt);
    }
    $f.vars.rt = rt;
    if (at(A$__ip_queue_xmit.L230)) yield;
    skb._skb_refdst = rt;
  }
  if (at(A$__ip_queue_xmit.L235)) yield;
  skb_push(skb, 20);
  if (at(A$__ip_queue_xmit.L236)) yield;
  skb_reset_network_header(skb);
  if (at(A$__ip_queue_xmit.L237)) yield;
  const iph = skb.iph;
  $f.vars.iph = iph;
  if (at(A$__ip_queue_xmit.L239)) yield;
  if (at(A$__ip_queue_xmit.L240)) yield;
  if (at(A$__ip_queue_xmit.L241)) yield;
  iph.frag_off = IP_DF;
  if (at(A$__ip_queue_xmit.L244)) yield;
  iph.ttl = inet.uc_ttl < 0 ? 64 : inet.uc_ttl;
  if (at(A$__ip_queue_xmit.L245)) yield;
  if (at(A$__ip_queue_xmit.L246)) yield;
  iph.saddr = inet.inet_saddr;
  iph.daddr = inet.inet_daddr;
  if (at(A$__ip_queue_xmit.L249)) yield;
  // (skb_shinfo(skb)->gso_segs ?: 1 identifiers: one for each segment a GSO packet becomes)
  ip_select_ident(net, skb, sk, skb.gso_segs || 1);
  if (at(A$__ip_queue_xmit.L252)) yield;
  const res = ($E.fast || $E.twinOk[ip_local_out.k] === 1 ? ip_local_out$fast(net, sk, skb) : yield* ip_local_out(net, sk, skb));
  $f.vars.res = res;
  if (at(A$__ip_queue_xmit.L253)) yield;
  if (at(A$__ip_queue_xmit.L254)) yield;
  return res;
  } finally {
    leave($f);
  }
}
const A$ip_send_skb = defineFn('net/ipv4/ip_output.c', 'ip_send_skb', [698, 699, 700, 701, 702, 703, 706]);

/** A datagram or reply built whole, its route on it (skb_dst). */
export function* ip_send_skb(net: Net, skb: SkBuff): Sim<number> {
  const $f = enter(A$ip_send_skb, { net, skb });
  try {
  if (at(A$ip_send_skb.L698)) yield;
  let err = ($E.fast || $E.twinOk[ip_local_out.k] === 1 ? ip_local_out$fast(net, skb.sk as Sock | null, skb) : yield* ip_local_out(net, skb.sk as Sock | null, skb));
  $f.vars.err = err;
  if (at(A$ip_send_skb.L699)) yield;
  if (err) {
    if (at(A$ip_send_skb.L700)) yield;
    if (err > 0) {
      // a qdisc's verdict: NET_XMIT_DROP → -ENOBUFS, NET_XMIT_CN → 0
      if (at(A$ip_send_skb.L701)) yield;
      err = err !== NET_XMIT_CN ? -ERRNO.ENOBUFS : 0;
      $f.vars.err = err;
    }
    if (at(A$ip_send_skb.L702)) yield;
    if (err) {
      // (IPSTATS_MIB_OUTDISCARDS: not counted here)
      if (at(A$ip_send_skb.L703)) yield;
    }
  }
  if (at(A$ip_send_skb.L706)) yield;
  return err;
  } finally {
    leave($f);
  }
}

/**
 * ip_send_unicast_reply → ip_push_pending_frames → ip_send_skb, not stepped here: a reply built
 * from a received segment (TCP's resets and ACKs without a socket of their own), its IP header made
 * by ip_append_data, its route to the segment's sender.
 */
export function* ip_send_unicast_reply(net: Net, skb: SkBuff): Sim<number> {
  ipAppendLayout(skb);
  skb._skb_refdst = ip_route_output_ports(net, skb.iph.daddr);
  NET_INC_STATS(net, MIB.OutSegs);
  return ($E.fast || $E.twinOk[ip_send_skb.k] === 1 ? ip_send_skb$fast(net, skb) : yield* ip_send_skb(net, skb));
}

// ---- fragmentation on the way down: ip_fragment → ip_do_fragment ------------------------------------

/** struct ip_fraglist_iter: the chain still to send, the offset so far, the header to copy. */
interface IpFraglistIter {
  frag: SkBuff | null;
  /** The rest of the chain after frag (its ->next links). */
  rest: SkBuff[];
  offset: number;
  iph: IpHdr;
  hlen: number;
}
const A$ip_fragment = defineFn('net/ipv4/ip_output.c', 'ip_fragment', [276, 277, 281, 291]);

/** Too large for the route's MTU (__ip_finish_output): fragment it — or, with DF, refuse. */
export function* ip_fragment(net: Net, sk: Sock | null, skb: SkBuff, mtu: number, output: { okfn: (net: Net, sk: Sock | null, skb: SkBuff) => Sim<number> }): Sim<number> {
  const iph = skb.iph;
  const $f = enter(A$ip_fragment, { net, sk, skb, mtu, iph });
  try {
  if (at(A$ip_fragment.L276)) yield;
  if (((iph.frag_off ?? 0) & IP_DF) === 0) {
    if (at(A$ip_fragment.L277)) yield;
    return ($E.fast || $E.twinOk[ip_do_fragment.k] === 1 ? ip_do_fragment$fast(net, sk, skb, output) : yield* ip_do_fragment(net, sk, skb, output));
  }
  if (at(A$ip_fragment.L281)) yield;
  if (!skb.ignore_df) {
    // A TCP segment never gets here: its MSS follows the route's MTU (tcp_sync_mss, dst_metric_advmss)
    // and a GSO packet is cut by its segments. Only a route whose MTU shrank after connect() would
    // (path MTU discovery, not simulated): say so rather than send a "fragmentation needed" to ourselves.
    throw new NotSimulated(`a TCP segment of ${skb_len(skb)} bytes over the route's MTU of ${mtu} (TCP's MSS following the device's MTU)`);
  }
  if (at(A$ip_fragment.L291)) yield;
  return ($E.fast || $E.twinOk[ip_do_fragment.k] === 1 ? ip_do_fragment$fast(net, sk, skb, output) : yield* ip_do_fragment(net, sk, skb, output));
  } finally {
    leave($f);
  }
}
const A$ip_fraglist_init = defineFn('net/ipv4/ip_output.c', 'ip_fraglist_init', [303, 306, 307, 309, 310, 311, 313, 314, 315, 316, 317]);

/** The first skb of the chain becomes the first fragment: its own length, MF, offset 0. */
export function* ip_fraglist_init(skb: SkBuff, iph: IpHdr, hlen: number, iter: IpFraglistIter): Sim<void> {
  const $f = enter(A$ip_fraglist_init, { skb, iph, hlen, iter });
  try {
  if (at(A$ip_fraglist_init.L303)) yield;
  const first_len = skb_headlen(skb);
  $f.vars.first_len = first_len;
  if (at(A$ip_fraglist_init.L306)) yield;
  const list = skb.frag_list ?? [];
  iter.frag = list[0] ?? null;
  iter.rest = list.slice(1);
  if (at(A$ip_fraglist_init.L307)) yield;
  skb.frag_list = null;
  if (at(A$ip_fraglist_init.L309)) yield;
  iter.offset = 0;
  if (at(A$ip_fraglist_init.L310)) yield;
  iter.iph = iph;
  if (at(A$ip_fraglist_init.L311)) yield;
  iter.hlen = hlen;
  if (at(A$ip_fraglist_init.L313)) yield;
  skb.data_len = 0;
  if (at(A$ip_fraglist_init.L314)) yield;
  // (the first fragment's share of the data: its payload after the UDP header)
  skb.payload = skb.payload.slice(0, first_len - hlen - 8);
  if (at(A$ip_fraglist_init.L315)) yield;
  iph.tot_len = first_len;
  if (at(A$ip_fraglist_init.L316)) yield;
  iph.frag_off = IP_MF;
  if (at(A$ip_fraglist_init.L317)) yield;
  } finally {
    leave($f);
  }
}
const A$ip_fraglist_prepare = defineFn('net/ipv4/ip_output.c', 'ip_fraglist_prepare', [329, 330, 333, 335, 337, 338, 339, 340, 342, 343, 345, 346, 347, 348, 350]);

/** The next skb of the chain: the IP header copied in front, its length, offset and MF. */
export function* ip_fraglist_prepare(skb: SkBuff, iter: IpFraglistIter): Sim<void> {
  const $f = enter(A$ip_fraglist_prepare, { skb, iter });
  try {
  if (at(A$ip_fraglist_prepare.L329)) yield;
  const hlen = iter.hlen;
  if (at(A$ip_fraglist_prepare.L330)) yield;
  if (at(A$ip_fraglist_prepare.L333)) yield;
  const frag = iter.frag!;
  $f.vars.frag = frag;
  if (at(A$ip_fraglist_prepare.L335)) yield;
  skb_reset_transport_header(frag);
  if (at(A$ip_fraglist_prepare.L337)) yield;
  skb_push(frag, hlen);
  if (at(A$ip_fraglist_prepare.L338)) yield;
  skb_reset_network_header(frag);
  if (at(A$ip_fraglist_prepare.L339)) yield;
  frag.iph = { ...iter.iph };
  if (at(A$ip_fraglist_prepare.L340)) yield;
  iter.iph = frag.iph;
  const iph = frag.iph;
  $f.vars.iph = iph;
  if (at(A$ip_fraglist_prepare.L342)) yield;
  iph.tot_len = skb_len(frag);
  if (at(A$ip_fraglist_prepare.L343)) yield;
  frag.protocol = skb.protocol;
  frag.dev = skb.dev;
  frag._skb_refdst = skb._skb_refdst;
  frag.from = skb.from;
  if (at(A$ip_fraglist_prepare.L345)) yield;
  iter.offset += skb_len(skb) - hlen;
  if (at(A$ip_fraglist_prepare.L346)) yield;
  iph.frag_off = iter.offset >> 3;
  if (at(A$ip_fraglist_prepare.L347)) yield;
  if (iter.rest.length) {
    if (at(A$ip_fraglist_prepare.L348)) yield;
    iph.frag_off |= IP_MF;
  }
  if (at(A$ip_fraglist_prepare.L350)) yield;
  } finally {
    leave($f);
  }
}
const A$ip_do_fragment = defineFn('net/ipv4/ip_output.c', 'ip_do_fragment', [372, 374, 375, 382, 384, 385, 386, 388, 390, 395, 402, 404, 412, 417, 418, 419, 425, 427, 428, 429, 432, 435, 436, 437, 444]);

/** Cut a datagram in fragments and send each (the fast path over the frag_list __ip_make_skb built). */
export function* ip_do_fragment(net: Net, sk: Sock | null, skb: SkBuff, output: { okfn: (net: Net, sk: Sock | null, skb: SkBuff) => Sim<number> }): Sim<number> { let $t: any;
  const rt = skb._skb_refdst!;
  const $f = enter(A$ip_do_fragment, { net, sk, skb, rt });
  try {
  let err = 0;
  if (at(A$ip_do_fragment.L372)) yield;
  const iph = skb.iph;
  $f.vars.iph = iph;
  if (at(A$ip_do_fragment.L374)) yield;
  let mtu = dst_mtu(rt);
  $f.vars.mtu = mtu;
  if (at(A$ip_do_fragment.L375)) yield;
  if (at(A$ip_do_fragment.L382)) yield;
  const hlen = 20;
  $f.vars.hlen = hlen;
  if (at(A$ip_do_fragment.L384)) yield;
  mtu -= hlen;
  $f.vars.mtu = mtu;
  if (at(A$ip_do_fragment.L385)) yield;
  if (at(A$ip_do_fragment.L386)) yield;
  const ll_rs = LL_RESERVED_SPACE;
  $f.vars.ll_rs = ll_rs;
  if (at(A$ip_do_fragment.L388)) yield;
  if (skb.frag_list) {
    if (at(A$ip_do_fragment.L390)) yield;
    const first_len = skb_headlen(skb);
    $f.vars.first_len = first_len;
    if (at(A$ip_do_fragment.L395)) yield;
    let slow = first_len - hlen > mtu || ((first_len - hlen) & 7) !== 0 || ip_is_fragment(iph) || skb_headroom(skb) < ll_rs;
    if (!slow) {
      const list = skb.frag_list;
      for (let i = 0; i < list.length; i++) {
        const frag = list[i];
        if (at(A$ip_do_fragment.L402)) yield;
        $f.vars.frag = frag;
        if (at(A$ip_do_fragment.L404)) yield;
        if (skb_len(frag) > mtu || ((skb_len(frag) & 7) !== 0 && i < list.length - 1) || skb_headroom(frag) < hlen + ll_rs) {
          slow = true;
          break;
        }
      }
    }
    if (!slow) {
      const iter: IpFraglistIter = { frag: null, rest: [], offset: 0, iph, hlen };
      $f.vars.iter = iter;
      if (at(A$ip_do_fragment.L412)) yield;
      ($E.fast || $E.twinOk[ip_fraglist_init.k] === 1 ? ip_fraglist_init$fast(skb, iph, hlen, iter) : yield* ip_fraglist_init(skb, iph, hlen, iter));
      let cur = skb;
      for (;;) {
        $f.vars.skb = cur;
        if (at(A$ip_do_fragment.L417)) yield;
        if (iter.frag) {
          if (at(A$ip_do_fragment.L418)) yield;
          if (at(A$ip_do_fragment.L419)) yield;
          ($E.fast || $E.twinOk[ip_fraglist_prepare.k] === 1 ? ip_fraglist_prepare$fast(cur, iter) : yield* ip_fraglist_prepare(cur, iter));
        }
        if (at(A$ip_do_fragment.L425)) yield;
        err = (($t = output.okfn).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(net, sk, cur) : yield* output.okfn(net, sk, cur));
        $f.vars.err = err;
        if (at(A$ip_do_fragment.L427)) yield;
        if (!err) {
          if (at(A$ip_do_fragment.L428)) yield;
          NET_INC_STATS(net, MIB.FragCreates);
        }
        if (at(A$ip_do_fragment.L429)) yield;
        if (err || !iter.frag) break;
        if (at(A$ip_do_fragment.L432)) yield;
        cur = iter.frag;
        iter.frag = iter.rest.shift() ?? null;
      }
      if (at(A$ip_do_fragment.L435)) yield;
      if (err === 0) {
        if (at(A$ip_do_fragment.L436)) yield;
        NET_INC_STATS(net, MIB.FragOKs);
        if (at(A$ip_do_fragment.L437)) yield;
        return 0;
      }
      NET_INC_STATS(net, MIB.FragFails);
      return err;
    }
  }
  if (at(A$ip_do_fragment.L444)) yield;
  throw new NotSimulated("IP fragmentation's slow path (ip_frag_init, ip_frag_next: copying a packet whose pieces are not fragment-sized)");
  } finally {
    leave($f);
  }
}

// ---- a datagram built: ip_make_skb → __ip_append_data, __ip_make_skb --------------------------------

/** struct inet_cork, what ip_make_skb keeps while it builds (ip_setup_cork). */
export interface InetCork {
  fragsize: number;
  length: number;
  dst: Rtable;
}

/** The flow a UDP datagram goes by (struct flowi4's addresses and destination port). */
export interface Flowi4 {
  saddr: string;
  daddr: string;
  fl4_dport: number;
}

/** sock_alloc_send_skb's checks before it allocates: a pending error (reported and cleared), or EPIPE after shutdown(SHUT_WR). */
function sock_alloc_send_skb_err(sk: Sock): number {
  if (sk.sk_err) {
    const e = sk.sk_err;
    sk.sk_err = 0;
    return -e;
  }
  if (sk.sk_shutdown & SEND_SHUTDOWN) return -ERRNO.EPIPE;
  return 0;
}
const A$__ip_append_data = defineFn('net/ipv4/ip_output.c', '__ip_append_data', [485, 489, 492, 494, 497, 500, 502, 503, 505, 508, 518, 520, 522, 523, 524, 525, 534, 535, 536, 544, 545, 546, 547, 551, 555, 556, 561, 563, 568, 571, 576, 577, 578, 584, 585, 589, 590, 591, 599, 600, 605, 609]);

/**
 * Copy the datagram (UDP header room first: transhdrlen) into skbs on queue, each at most mtu bytes
 * of IP packet and, but for the last, a multiple of 8 bytes of data: what ip_do_fragment's fast path
 * wants. (No MSG_MORE, no scatter-gather pages: every skb is allocated for its whole fragment.)
 */
export function* __ip_append_data(sk: Sock, fl4: Flowi4, queue: SkBuff[], cork: InetCork, from: string, length: number, transhdrlen: number, flags: number): Sim<number> {
  const rt = cork.dst;
  const $f = enter(A$__ip_append_data, { sk, fl4, queue, cork, length, transhdrlen, flags, rt });
  try {
  let offset = 0;
  if (at(A$__ip_append_data.L485)) yield;
  let skb: SkBuff | null = queue[queue.length - 1] ?? null;
  if (at(A$__ip_append_data.L489)) yield;
  const mtu = cork.fragsize;
  $f.vars.mtu = mtu;
  if (at(A$__ip_append_data.L492)) yield;
  const hh_len = LL_RESERVED_SPACE;
  $f.vars.hh_len = hh_len;
  if (at(A$__ip_append_data.L494)) yield;
  const fragheaderlen = 20;
  $f.vars.fragheaderlen = fragheaderlen;
  if (at(A$__ip_append_data.L497)) yield;
  const maxfraglen = ((mtu - fragheaderlen) & ~7) + fragheaderlen;
  $f.vars.maxfraglen = maxfraglen;
  if (at(A$__ip_append_data.L500)) yield;
  const maxnonfragsize = ip_sk_ignore_df(sk) ? IP_MAX_MTU : mtu;
  $f.vars.maxnonfragsize = maxnonfragsize;
  if (at(A$__ip_append_data.L502)) yield;
  if (cork.length + length > maxnonfragsize - fragheaderlen) {
    if (at(A$__ip_append_data.L503)) yield;
    if (at(A$__ip_append_data.L505)) yield;
    return -ERRNO.EMSGSIZE;
  }
  if (at(A$__ip_append_data.L508)) yield;
  cork.length += length;
  let first = skb === null;
  for (;;) {
    if (!first) {
      if (at(A$__ip_append_data.L520)) yield;
      if (!(length > 0)) break;
      if (at(A$__ip_append_data.L522)) yield;
      let copy = mtu - skb_len(skb!);
      if (at(A$__ip_append_data.L523)) yield;
      if (copy < length) {
        if (at(A$__ip_append_data.L524)) yield;
        copy = maxfraglen - skb_len(skb!);
      }
      $f.vars.copy = copy;
      if (at(A$__ip_append_data.L525)) yield;
      // (every skb here is allocated for its whole fragment: copy is never above 0)
      if (copy > 0) throw new NotSimulated('__ip_append_data adding to a partly filled skb (corking, MSG_MORE)');
    } else {
      if (at(A$__ip_append_data.L518)) yield;
    }
    first = false;
    if (at(A$__ip_append_data.L534)) yield;
    const skb_prev = skb;
    let fraggap = 0;
    if (at(A$__ip_append_data.L535)) yield;
    if (skb_prev) {
      if (at(A$__ip_append_data.L536)) yield;
      fraggap = skb_len(skb_prev) - maxfraglen;
    }
    $f.vars.fraggap = fraggap;
    if (fraggap) throw new NotSimulated('__ip_append_data moving a fragment gap to the next skb');
    if (at(A$__ip_append_data.L544)) yield;
    let datalen = length + fraggap;
    if (at(A$__ip_append_data.L545)) yield;
    if (datalen > mtu - fragheaderlen) {
      if (at(A$__ip_append_data.L546)) yield;
      datalen = maxfraglen - fragheaderlen;
    }
    $f.vars.datalen = datalen;
    if (at(A$__ip_append_data.L547)) yield;
    const fraglen = datalen + fragheaderlen;
    $f.vars.fraglen = fraglen;
    if (at(A$__ip_append_data.L551)) yield;
    const alloclen = fraglen;
    $f.vars.alloclen = alloclen;
    if (at(A$__ip_append_data.L555)) yield;
    const nskb = new SkBuff({ saddr: fl4.saddr, daddr: fl4.daddr, protocol: IPPROTO_UDP, ttl: 64, tot_len: 0, id: 0, frag_off: 0 });
    if (transhdrlen) {
      if (at(A$__ip_append_data.L556)) yield;
      const err = sock_alloc_send_skb_err(sk);
      if (err) {
        $f.vars.err = err;
        if (at(A$__ip_append_data.L568)) yield;
        if (at(A$__ip_append_data.L609)) yield;
        return err;
      }
      nskb.uh = { source: 0, dest: 0, len: 0, check: 0 };
    } else {
      if (at(A$__ip_append_data.L561)) yield;
      if (at(A$__ip_append_data.L563)) yield;
    }
    skb = nskb;
    $f.vars.skb = skb;
    alloc_skb_layout(skb, alloclen + hh_len + 15);
    if (at(A$__ip_append_data.L571)) yield;
    skb_reserve(skb, hh_len);
    if (at(A$__ip_append_data.L576)) yield;
    skb_put(skb, fraglen);
    if (at(A$__ip_append_data.L577)) yield;
    skb.network_header = skb.data;
    if (at(A$__ip_append_data.L578)) yield;
    skb.transport_header = skb.network_header + fragheaderlen;
    if (at(A$__ip_append_data.L584)) yield;
    const copy = datalen - transhdrlen - fraggap;
    $f.vars.copy = copy;
    if (at(A$__ip_append_data.L585)) yield;
    if (copy > 0) skb.payload = from.slice(offset, offset + copy);
    if (at(A$__ip_append_data.L589)) yield;
    offset += copy;
    $f.vars.offset = offset;
    if (at(A$__ip_append_data.L590)) yield;
    length -= copy + transhdrlen;
    if (at(A$__ip_append_data.L591)) yield;
    transhdrlen = 0;
    if (at(A$__ip_append_data.L599)) yield;
    skb.sk = sk;
    queue.push(skb);
    if (at(A$__ip_append_data.L600)) yield;
  }
  if (at(A$__ip_append_data.L605)) yield;
  return 0;
  } finally {
    leave($f);
  }
}
const A$__ip_make_skb = defineFn('net/ipv4/ip_output.c', '__ip_make_skb', [633, 634, 636, 640, 641, 642, 644, 645, 648, 655, 661, 665, 668, 670, 674, 675, 677, 680, 682, 685]);

/** One skb out of the queue: the first with the IP header, the rest on its frag_list. */
export function* __ip_make_skb(sk: Sock, fl4: Flowi4, queue: SkBuff[], cork: InetCork, data: string): Sim<SkBuff | null> {
  const inet = inet_sk(sk);
  const net = sk.sk_net;
  const rt = cork.dst;
  const $f = enter(A$__ip_make_skb, { sk, fl4, queue, cork, inet, net, rt });
  try {
  if (at(A$__ip_make_skb.L633)) yield;
  const skb = queue.shift() ?? null;
  $f.vars.skb = skb;
  if (at(A$__ip_make_skb.L634)) yield;
  if (!skb) {
    if (at(A$__ip_make_skb.L685)) yield;
    return null;
  }
  if (at(A$__ip_make_skb.L636)) yield;
  // (the datagram's bytes, as the skb and its frag_list hold them together)
  skb.payload = data;
  for (;;) {
    if (at(A$__ip_make_skb.L640)) yield;
    const tmp_skb = queue.shift();
    if (!tmp_skb) break;
    $f.vars.tmp_skb = tmp_skb;
    if (at(A$__ip_make_skb.L641)) yield;
    skb_pull(tmp_skb, skb_network_header_len(skb));
    if (at(A$__ip_make_skb.L642)) yield;
    (skb.frag_list ??= []).push(tmp_skb);
    if (at(A$__ip_make_skb.L644)) yield;
    if (at(A$__ip_make_skb.L645)) yield;
    skb.data_len += skb_len(tmp_skb);
    if (at(A$__ip_make_skb.L648)) yield;
    tmp_skb.sk = null;
  }
  if (at(A$__ip_make_skb.L655)) yield;
  skb.ignore_df = ip_sk_ignore_df(sk);
  let df = 0;
  if (at(A$__ip_make_skb.L661)) yield;
  if (inet.pmtudisc === IP_PMTUDISC_DO || inet.pmtudisc === IP_PMTUDISC_PROBE || (skb_len(skb) <= dst_mtu(rt) && ip_dont_fragment(sk))) {
    if (at(A$__ip_make_skb.L665)) yield;
    df = IP_DF;
  }
  $f.vars.df = df;
  if (at(A$__ip_make_skb.L668)) yield;
  const ttl = inet.uc_ttl < 0 ? 64 : inet.uc_ttl;
  if (at(A$__ip_make_skb.L670)) yield;
  const iph = skb.iph;
  $f.vars.iph = iph;
  if (at(A$__ip_make_skb.L674)) yield;
  iph.frag_off = df;
  if (at(A$__ip_make_skb.L675)) yield;
  iph.ttl = ttl;
  if (at(A$__ip_make_skb.L677)) yield;
  iph.saddr = fl4.saddr;
  iph.daddr = fl4.daddr;
  if (at(A$__ip_make_skb.L680)) yield;
  ip_select_ident(net, skb, sk);
  if (at(A$__ip_make_skb.L682)) yield;
  skb._skb_refdst = rt;
  if (at(A$__ip_make_skb.L685)) yield;
  return skb;
  } finally {
    leave($f);
  }
}
const A$ip_make_skb = defineFn('net/ipv4/ip_output.c', 'ip_make_skb', [726, 729, 735, 739, 742, 743, 744, 747]);

/**
 * UDP's uncorked send (udp_sendmsg): the route into a cork, the data into a private queue of
 * fragment-sized skbs (__ip_append_data), then one skb with the others on its frag_list. An error
 * comes back as a negative number (ERR_PTR).
 */
export function* ip_make_skb(sk: Sock, fl4: Flowi4, from: string, length: number, transhdrlen: number, rt: Rtable, flags: number): Sim<SkBuff | number | null> {
  const $f = enter(A$ip_make_skb, { sk, fl4, length, transhdrlen, rt, flags });
  try {
  if (at(A$ip_make_skb.L726)) yield;
  if (flags & MSG_PROBE) return null;
  if (at(A$ip_make_skb.L729)) yield;
  const queue: SkBuff[] = [];
  $f.vars.queue = queue;
  if (at(A$ip_make_skb.L735)) yield;
  // (ip_sk_use_pmtu: below IP_PMTUDISC_PROBE the fragment size is the route's MTU, dst_mtu)
  const cork: InetCork = { fragsize: dst_mtu(rt), length: 0, dst: rt };
  $f.vars.cork = cork;
  if (at(A$ip_make_skb.L739)) yield;
  const err = ($E.fast || $E.twinOk[__ip_append_data.k] === 1 ? __ip_append_data$fast(sk, fl4, queue, cork, from, length, transhdrlen, flags) : yield* __ip_append_data(sk, fl4, queue, cork, from, length, transhdrlen, flags));
  $f.vars.err = err;
  if (at(A$ip_make_skb.L742)) yield;
  if (err) {
    if (at(A$ip_make_skb.L743)) yield;
    queue.length = 0;
    if (at(A$ip_make_skb.L744)) yield;
    return err;
  }
  if (at(A$ip_make_skb.L747)) yield;
  return ($E.fast || $E.twinOk[__ip_make_skb.k] === 1 ? __ip_make_skb$fast(sk, fl4, queue, cork, from) : yield* __ip_make_skb(sk, fl4, queue, cork, from));
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { nf_hook$fast as nf_hook$fast, NF_HOOK_COND$fast as NF_HOOK_COND$fast } from '../netfilter/core';
import { neigh_output$fast as neigh_output$fast } from '../core/neighbour';
export function dst_output$fast(net: Net, sk: Sock | null, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$dst_output.L17 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  return ($r = ((($t = skb._skb_refdst!.dst.output).fast !== undefined ? $t.fast(net, sk, skb) : $drive($t(net, sk, skb)))), ($e.steps += $s, $tb !== null && ($o = (A$dst_output.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __ip_local_out$fast(net: Net, sk: Sock | null, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const iph = skb.iph;
  const $f = ($tb !== null && ($o = (A$__ip_local_out.L23 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 4;
  iph.tot_len = skb_len(skb);
  
  
  skb.protocol = ETH_P_IP;
  
  return ($r = (nf_hook$fast(NFPROTO_IPV4, NF_INET_LOCAL_OUT, net, sk, skb, null, skb._skb_refdst!.dst.dev, dst_output_okfn)), ($e.steps += $s, $tb !== null && ($o = (A$__ip_local_out.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ip_local_out$fast(net: Net, sk: Sock | null, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$ip_local_out.L45 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  let err = __ip_local_out$fast(net, sk, skb);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_local_out.L46) : $tb.op($e.now, A$ip_local_out.L46));
  if (err === 1) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_local_out.L47) : $tb.op($e.now, A$ip_local_out.L47));
    err = dst_output$fast(net, sk, skb);
  }
  ++$s; $x = A$ip_local_out.L49 | 1048576;
  return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_local_out.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ip_build_and_send_pkt$fast(skb: SkBuff, sk: Sock, saddr: string, daddr: string): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const inet = inet_sk(sk);
  const net = sk.sk_net;
  const rt = skb._skb_refdst;
  const $f = ($tb !== null && ($o = (A$ip_build_and_send_pkt.L67 | 283115520), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 14;
  skb_push(skb, 20);
  
  skb_reset_network_header(skb);
  
  const iph = skb.iph;
  
  
  
  
  
  iph.ttl = inet.uc_ttl < 0 ? 64 : inet.uc_ttl;
  
  iph.daddr = daddr;
  
  iph.saddr = saddr;
  
  
  
  iph.frag_off = IP_DF;
  
  iph.id = 0;
  
  return ($r = (ip_local_out$fast(net, skb.sk as Sock | null, skb)), ($e.steps += $s, $tb !== null && ($o = (A$ip_build_and_send_pkt.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ip_finish_output2$fast(net: Net, sk: Sock | null, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const rt = skb._skb_refdst!;
  const dev = rt.dst.dev;
  const $f = ($tb !== null && ($o = (A$ip_finish_output2.L100 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  const hh_len = LL_RESERVED_SPACE;
  
  
  if (skb_headroom(skb) < hh_len) throw new Error('ip_finish_output2: no headroom for the link-layer header');
  $s += 2; if ($tb !== null) ($o = (A$ip_finish_output2.L109 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  const neigh = ip_neigh_for_gw(rt, skb, net);
  
  $s += 3; if ($tb !== null) ($o = (A$ip_finish_output2.L113 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  const res = neigh_output$fast(neigh, skb, false);
  
  $s += 2; $x = A$ip_finish_output2.L119 | 2097152;
  
  return ($r = (res), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_finish_output2.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __ip_finish_output$fast(net: Net, sk: Sock | null, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__ip_finish_output.L134 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  const mtu = skb._skb_refdst!.dst.dev.mtu;
  
  
  if (skb_is_gso(skb)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_finish_output.L136) : $tb.op($e.now, A$__ip_finish_output.L136));
    // (ip_finish_output_gso: every segment — gso_size and the headers — fits the MTU, as TCP's MSS
    // follows the route's: skb_gso_validate_network_len holds, and the GSO packet goes on whole)
    return ($r = (ip_finish_output2$fast(net, sk, skb)), ($e.steps += $s, $tb !== null && ($o = (A$__ip_finish_output.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_finish_output.L138) : $tb.op($e.now, A$__ip_finish_output.L138));
  if (skb_len(skb) > mtu) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_finish_output.L139) : $tb.op($e.now, A$__ip_finish_output.L139));
    return ($r = (ip_fragment$fast(net, sk, skb, mtu, ip_finish_output2_okfn)), ($e.steps += $s, $tb !== null && ($o = (A$__ip_finish_output.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_finish_output.L141) : $tb.op($e.now, A$__ip_finish_output.L141));
  return ($r = (ip_finish_output2$fast(net, sk, skb)), ($e.steps += $s, $tb !== null && ($o = (A$__ip_finish_output.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ip_finish_output$fast(net: Net, sk: Sock | null, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$ip_finish_output.L154 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  const ret = NET_XMIT_SUCCESS;
  
  
  
  return ($r = (__ip_finish_output$fast(net, sk, skb)), ($e.steps += $s, $tb !== null && ($o = (A$ip_finish_output.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ip_output$fast(net: Net, sk: Sock | null, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const dev = skb._skb_refdst!.dst.dev;
  const $f = ($tb !== null && ($o = (A$ip_output.L172 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 4;
  NET_INC_STATS(net, MIB.OutRequests);
  
  skb.dev = dev;
  
  skb.protocol = ETH_P_IP;
  
  return ($r = (NF_HOOK_COND$fast(NFPROTO_IPV4, NF_INET_POST_ROUTING, net, sk, skb, null, dev, ip_finish_output_okfn, true)), ($e.steps += $s, $tb !== null && ($o = (A$ip_output.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __ip_queue_xmit$fast(sk: Sock, skb: SkBuff, tos = 0): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const inet = inet_sk(sk);
  const net = sk.sk_net;
  const $f = ($tb !== null && ($o = (A$__ip_queue_xmit.L202 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  
  let rt = skb._skb_refdst;
  
  if (!rt) {
    $s += 2; if ($tb !== null) ($o = (A$__ip_queue_xmit.L210 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    rt = sk.sk_dst_cache;
    
    if (!rt) {
      $s += 2; if ($tb !== null) ($o = (A$__ip_queue_xmit.L215 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      const daddr = inet.inet_daddr;
      
      
      rt = ip_route_output_ports(net, daddr);
      $s += 2; if ($tb !== null) ($o = (A$__ip_queue_xmit.L226 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      sk_setup_caps(sk, rt);
    }
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_queue_xmit.L230) : $tb.op($e.now, A$__ip_queue_xmit.L230));
    skb._skb_refdst = rt;
  }
  $s += 10; if ($tb !== null) ($o = (A$__ip_queue_xmit.L235 | 9437184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  skb_push(skb, 20);
  
  skb_reset_network_header(skb);
  
  const iph = skb.iph;
  
  
  
  
  iph.frag_off = IP_DF;
  
  iph.ttl = inet.uc_ttl < 0 ? 64 : inet.uc_ttl;
  
  
  iph.saddr = inet.inet_saddr;
  iph.daddr = inet.inet_daddr;
  
  // (skb_shinfo(skb)->gso_segs ?: 1 identifiers: one for each segment a GSO packet becomes)
  ip_select_ident(net, skb, sk, skb.gso_segs || 1);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_queue_xmit.L252) : $tb.op($e.now, A$__ip_queue_xmit.L252));
  const res = ip_local_out$fast(net, sk, skb);
  
  $s += 2; $x = A$__ip_queue_xmit.L253 | 2097152;
  
  return ($r = (res), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__ip_queue_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ip_send_skb$fast(net: Net, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$ip_send_skb.L698 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  let err = ip_local_out$fast(net, skb.sk as Sock | null, skb);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_send_skb.L699) : $tb.op($e.now, A$ip_send_skb.L699));
  if (err) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_send_skb.L700) : $tb.op($e.now, A$ip_send_skb.L700));
    if (err > 0) {
      // a qdisc's verdict: NET_XMIT_DROP → -ENOBUFS, NET_XMIT_CN → 0
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_send_skb.L701) : $tb.op($e.now, A$ip_send_skb.L701));
      err = err !== NET_XMIT_CN ? -ERRNO.ENOBUFS : 0;
      
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_send_skb.L702) : $tb.op($e.now, A$ip_send_skb.L702));
    if (err) {
      // (IPSTATS_MIB_OUTDISCARDS: not counted here)
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_send_skb.L703) : $tb.op($e.now, A$ip_send_skb.L703));
    }
  }
  ++$s; $x = A$ip_send_skb.L706 | 1048576;
  return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_send_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ip_send_unicast_reply$fast(net: Net, skb: SkBuff): any { const $e = $E;
  ipAppendLayout(skb);
  skb._skb_refdst = ip_route_output_ports(net, skb.iph.daddr);
  NET_INC_STATS(net, MIB.OutSegs);
  return ip_send_skb$fast(net, skb);
}
export function ip_fragment$fast(net: Net, sk: Sock | null, skb: SkBuff, mtu: number, output: { okfn: (net: Net, sk: Sock | null, skb: SkBuff) => Sim<number> }): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const iph = skb.iph;
  const $f = ($tb !== null && ($o = (A$ip_fragment.L276 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (((iph.frag_off ?? 0) & IP_DF) === 0) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_fragment.L277) : $tb.op($e.now, A$ip_fragment.L277));
    return ($r = (ip_do_fragment$fast(net, sk, skb, output)), ($e.steps += $s, $tb !== null && ($o = (A$ip_fragment.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_fragment.L281) : $tb.op($e.now, A$ip_fragment.L281));
  if (!skb.ignore_df) {
    // A TCP segment never gets here: its MSS follows the route's MTU (tcp_sync_mss, dst_metric_advmss)
    // and a GSO packet is cut by its segments. Only a route whose MTU shrank after connect() would
    // (path MTU discovery, not simulated): say so rather than send a "fragmentation needed" to ourselves.
    throw new NotSimulated(`a TCP segment of ${skb_len(skb)} bytes over the route's MTU of ${mtu} (TCP's MSS following the device's MTU)`);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_fragment.L291) : $tb.op($e.now, A$ip_fragment.L291));
  return ($r = (ip_do_fragment$fast(net, sk, skb, output)), ($e.steps += $s, $tb !== null && ($o = (A$ip_fragment.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ip_fraglist_init$fast(skb: SkBuff, iph: IpHdr, hlen: number, iter: IpFraglistIter): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$ip_fraglist_init.L303 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const first_len = skb_headlen(skb);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_fraglist_init.L306) : $tb.op($e.now, A$ip_fraglist_init.L306));
  const list = skb.frag_list ?? [];
  iter.frag = list[0] ?? null;
  iter.rest = list.slice(1);
  $s += 6; if ($tb !== null) ($o = (A$ip_fraglist_init.L307 | 5242880), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  skb.frag_list = null;
  
  iter.offset = 0;
  
  iter.iph = iph;
  
  iter.hlen = hlen;
  
  skb.data_len = 0;
  
  // (the first fragment's share of the data: its payload after the UDP header)
  skb.payload = skb.payload.slice(0, first_len - hlen - 8);
  $s += 3; if ($tb !== null) ($o = (A$ip_fraglist_init.L315 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  iph.tot_len = first_len;
  
  iph.frag_off = IP_MF;
  
  } ($e.steps += $s, $tb !== null && ($o = (A$ip_fraglist_init.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function ip_fraglist_prepare$fast(skb: SkBuff, iter: IpFraglistIter): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$ip_fraglist_prepare.L329 | 275775488), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 7;
  const hlen = iter.hlen;
  
  
  const frag = iter.frag!;
  
  
  skb_reset_transport_header(frag);
  
  skb_push(frag, hlen);
  
  skb_reset_network_header(frag);
  
  frag.iph = { ...iter.iph };
  $s += 6; if ($tb !== null) ($o = (A$ip_fraglist_prepare.L340 | 5242880), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  iter.iph = frag.iph;
  const iph = frag.iph;
  
  
  iph.tot_len = skb_len(frag);
  
  frag.protocol = skb.protocol;
  frag.dev = skb.dev;
  frag._skb_refdst = skb._skb_refdst;
  frag.from = skb.from;
  
  iter.offset += skb_len(skb) - hlen;
  
  iph.frag_off = iter.offset >> 3;
  
  if (iter.rest.length) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_fraglist_prepare.L348) : $tb.op($e.now, A$ip_fraglist_prepare.L348));
    iph.frag_off |= IP_MF;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_fraglist_prepare.L350) : $tb.op($e.now, A$ip_fraglist_prepare.L350));
  } ($e.steps += $s, $tb !== null && ($o = (A$ip_fraglist_prepare.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function ip_do_fragment$fast(net: Net, sk: Sock | null, skb: SkBuff, output: { okfn: (net: Net, sk: Sock | null, skb: SkBuff) => Sim<number> }): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const rt = skb._skb_refdst!;
  const $f = ($tb !== null && ($o = (A$ip_do_fragment.L372 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  let err = 0;
  $s += 2;
  const iph = skb.iph;
  
  
  let mtu = dst_mtu(rt);
  
  $s += 6; if ($tb !== null) ($o = (A$ip_do_fragment.L375 | 5242880), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  const hlen = 20;
  
  
  mtu -= hlen;
  
  
  
  const ll_rs = LL_RESERVED_SPACE;
  
  
  if (skb.frag_list) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_do_fragment.L390) : $tb.op($e.now, A$ip_do_fragment.L390));
    const first_len = skb_headlen(skb);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_do_fragment.L395) : $tb.op($e.now, A$ip_do_fragment.L395));
    let slow = first_len - hlen > mtu || ((first_len - hlen) & 7) !== 0 || ip_is_fragment(iph) || skb_headroom(skb) < ll_rs;
    if (!slow) {
      const list = skb.frag_list;
      for (let i = 0; i < list.length; i++) {
        const frag = list[i];
        $s += 2; if ($tb !== null) ($o = (A$ip_do_fragment.L402 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
        
        
        if (skb_len(frag) > mtu || ((skb_len(frag) & 7) !== 0 && i < list.length - 1) || skb_headroom(frag) < hlen + ll_rs) {
          slow = true;
          break;
        }
      }
    }
    if (!slow) {
      const iter: IpFraglistIter = { frag: null, rest: [], offset: 0, iph, hlen };
      
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_do_fragment.L412) : $tb.op($e.now, A$ip_do_fragment.L412));
      ip_fraglist_init$fast(skb, iph, hlen, iter);
      let cur = skb;
      for (;;) {
        
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_do_fragment.L417) : $tb.op($e.now, A$ip_do_fragment.L417));
        if (iter.frag) {
          $s += 2; if ($tb !== null) ($o = (A$ip_do_fragment.L418 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
          
          ip_fraglist_prepare$fast(cur, iter);
        }
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_do_fragment.L425) : $tb.op($e.now, A$ip_do_fragment.L425));
        err = (($t = output.okfn).fast !== undefined ? $t.fast(net, sk, cur) : $drive($t(net, sk, cur)));
        
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_do_fragment.L427) : $tb.op($e.now, A$ip_do_fragment.L427));
        if (!err) {
          ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_do_fragment.L428) : $tb.op($e.now, A$ip_do_fragment.L428));
          NET_INC_STATS(net, MIB.FragCreates);
        }
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_do_fragment.L429) : $tb.op($e.now, A$ip_do_fragment.L429));
        if (err || !iter.frag) break;
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_do_fragment.L432) : $tb.op($e.now, A$ip_do_fragment.L432));
        cur = iter.frag;
        iter.frag = iter.rest.shift() ?? null;
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_do_fragment.L435) : $tb.op($e.now, A$ip_do_fragment.L435));
      if (err === 0) {
        $s += 2; $x = A$ip_do_fragment.L436 | 2097152;
        NET_INC_STATS(net, MIB.FragOKs);
        
        return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_do_fragment.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      NET_INC_STATS(net, MIB.FragFails);
      return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_do_fragment.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_do_fragment.L444) : $tb.op($e.now, A$ip_do_fragment.L444));
  throw new NotSimulated("IP fragmentation's slow path (ip_frag_init, ip_frag_next: copying a packet whose pieces are not fragment-sized)");
  }
}
export function __ip_append_data$fast(sk: Sock, fl4: Flowi4, queue: SkBuff[], cork: InetCork, from: string, length: number, transhdrlen: number, flags: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const rt = cork.dst;
  const $f = ($tb !== null && ($o = (A$__ip_append_data.L485 | 274726912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  let offset = 0;
  $s += 6;
  let skb: SkBuff | null = queue[queue.length - 1] ?? null;
  
  const mtu = cork.fragsize;
  
  
  const hh_len = LL_RESERVED_SPACE;
  
  
  const fragheaderlen = 20;
  
  
  const maxfraglen = ((mtu - fragheaderlen) & ~7) + fragheaderlen;
  
  
  const maxnonfragsize = ip_sk_ignore_df(sk) ? IP_MAX_MTU : mtu;
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_append_data.L502) : $tb.op($e.now, A$__ip_append_data.L502));
  if (cork.length + length > maxnonfragsize - fragheaderlen) {
    $s += 2; $x = A$__ip_append_data.L503 | 2097152;
    
    return ($r = (-ERRNO.EMSGSIZE), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__ip_append_data.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_append_data.L508) : $tb.op($e.now, A$__ip_append_data.L508));
  cork.length += length;
  let first = skb === null;
  for (;;) {
    if (!first) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_append_data.L520) : $tb.op($e.now, A$__ip_append_data.L520));
      if (!(length > 0)) break;
      $s += 2; if ($tb !== null) ($o = (A$__ip_append_data.L522 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      let copy = mtu - skb_len(skb!);
      
      if (copy < length) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_append_data.L524) : $tb.op($e.now, A$__ip_append_data.L524));
        copy = maxfraglen - skb_len(skb!);
      }
      
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_append_data.L525) : $tb.op($e.now, A$__ip_append_data.L525));
      // (every skb here is allocated for its whole fragment: copy is never above 0)
      if (copy > 0) throw new NotSimulated('__ip_append_data adding to a partly filled skb (corking, MSG_MORE)');
    } else {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_append_data.L518) : $tb.op($e.now, A$__ip_append_data.L518));
    }
    first = false;
    $s += 2; if ($tb !== null) ($o = (A$__ip_append_data.L534 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    const skb_prev = skb;
    let fraggap = 0;
    
    if (skb_prev) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_append_data.L536) : $tb.op($e.now, A$__ip_append_data.L536));
      fraggap = skb_len(skb_prev) - maxfraglen;
    }
    
    if (fraggap) throw new NotSimulated('__ip_append_data moving a fragment gap to the next skb');
    $s += 2; if ($tb !== null) ($o = (A$__ip_append_data.L544 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    let datalen = length + fraggap;
    
    if (datalen > mtu - fragheaderlen) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_append_data.L546) : $tb.op($e.now, A$__ip_append_data.L546));
      datalen = maxfraglen - fragheaderlen;
    }
    
    $s += 3; if ($tb !== null) ($o = (A$__ip_append_data.L547 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    const fraglen = datalen + fragheaderlen;
    
    
    const alloclen = fraglen;
    
    
    const nskb = new SkBuff({ saddr: fl4.saddr, daddr: fl4.daddr, protocol: IPPROTO_UDP, ttl: 64, tot_len: 0, id: 0, frag_off: 0 });
    if (transhdrlen) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_append_data.L556) : $tb.op($e.now, A$__ip_append_data.L556));
      const err = sock_alloc_send_skb_err(sk);
      if (err) {
        
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_append_data.L568) : $tb.op($e.now, A$__ip_append_data.L568));
        ++$s; $x = A$__ip_append_data.L609 | 1048576;
        return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__ip_append_data.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
      }
      nskb.uh = { source: 0, dest: 0, len: 0, check: 0 };
    } else {
      $s += 2; if ($tb !== null) ($o = (A$__ip_append_data.L561 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
    }
    skb = nskb;
    
    alloc_skb_layout(skb, alloclen + hh_len + 15);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_append_data.L571) : $tb.op($e.now, A$__ip_append_data.L571));
    skb_reserve(skb, hh_len);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_append_data.L576) : $tb.op($e.now, A$__ip_append_data.L576));
    skb_put(skb, fraglen);
    $s += 4; if ($tb !== null) ($o = (A$__ip_append_data.L577 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    skb.network_header = skb.data;
    
    skb.transport_header = skb.network_header + fragheaderlen;
    
    const copy = datalen - transhdrlen - fraggap;
    
    
    if (copy > 0) skb.payload = from.slice(offset, offset + copy);
    $s += 4; if ($tb !== null) ($o = (A$__ip_append_data.L589 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    offset += copy;
    
    
    length -= copy + transhdrlen;
    
    transhdrlen = 0;
    
    skb.sk = sk;
    queue.push(skb);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_append_data.L600) : $tb.op($e.now, A$__ip_append_data.L600));
  }
  ++$s; $x = A$__ip_append_data.L605 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__ip_append_data.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function __ip_make_skb$fast(sk: Sock, fl4: Flowi4, queue: SkBuff[], cork: InetCork, data: string): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const inet = inet_sk(sk);
  const net = sk.sk_net;
  const rt = cork.dst;
  const $f = ($tb !== null && ($o = (A$__ip_make_skb.L633 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const skb = queue.shift() ?? null;
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_make_skb.L634) : $tb.op($e.now, A$__ip_make_skb.L634));
  if (!skb) {
    ++$s; $x = A$__ip_make_skb.L685 | 1048576;
    return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__ip_make_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_make_skb.L636) : $tb.op($e.now, A$__ip_make_skb.L636));
  // (the datagram's bytes, as the skb and its frag_list hold them together)
  skb.payload = data;
  for (;;) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_make_skb.L640) : $tb.op($e.now, A$__ip_make_skb.L640));
    const tmp_skb = queue.shift();
    if (!tmp_skb) break;
    
    $s += 2; if ($tb !== null) ($o = (A$__ip_make_skb.L641 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    skb_pull(tmp_skb, skb_network_header_len(skb));
    
    (skb.frag_list ??= []).push(tmp_skb);
    $s += 3; if ($tb !== null) ($o = (A$__ip_make_skb.L644 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    skb.data_len += skb_len(tmp_skb);
    
    tmp_skb.sk = null;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_make_skb.L655) : $tb.op($e.now, A$__ip_make_skb.L655));
  skb.ignore_df = ip_sk_ignore_df(sk);
  let df = 0;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_make_skb.L661) : $tb.op($e.now, A$__ip_make_skb.L661));
  if (inet.pmtudisc === IP_PMTUDISC_DO || inet.pmtudisc === IP_PMTUDISC_PROBE || (skb_len(skb) <= dst_mtu(rt) && ip_dont_fragment(sk))) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__ip_make_skb.L665) : $tb.op($e.now, A$__ip_make_skb.L665));
    df = IP_DF;
  }
  
  $s += 6; if ($tb !== null) ($o = (A$__ip_make_skb.L668 | 5242880), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const ttl = inet.uc_ttl < 0 ? 64 : inet.uc_ttl;
  
  const iph = skb.iph;
  
  
  iph.frag_off = df;
  
  iph.ttl = ttl;
  
  iph.saddr = fl4.saddr;
  iph.daddr = fl4.daddr;
  
  ip_select_ident(net, skb, sk);
  $s += 2; $x = A$__ip_make_skb.L682 | 2097152;
  skb._skb_refdst = rt;
  
  return ($r = (skb), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$__ip_make_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ip_make_skb$fast(sk: Sock, fl4: Flowi4, from: string, length: number, transhdrlen: number, rt: Rtable, flags: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$ip_make_skb.L726 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (flags & MSG_PROBE) return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_make_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  $s += 2; if ($tb !== null) ($o = (A$ip_make_skb.L729 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const queue: SkBuff[] = [];
  
  
  // (ip_sk_use_pmtu: below IP_PMTUDISC_PROBE the fragment size is the route's MTU, dst_mtu)
  const cork: InetCork = { fragsize: dst_mtu(rt), length: 0, dst: rt };
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_make_skb.L739) : $tb.op($e.now, A$ip_make_skb.L739));
  const err = __ip_append_data$fast(sk, fl4, queue, cork, from, length, transhdrlen, flags);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_make_skb.L742) : $tb.op($e.now, A$ip_make_skb.L742));
  if (err) {
    $s += 2; $x = A$ip_make_skb.L743 | 2097152;
    queue.length = 0;
    
    return ($r = (err), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_make_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_make_skb.L747) : $tb.op($e.now, A$ip_make_skb.L747));
  return ($r = (__ip_make_skb$fast(sk, fl4, queue, cork, from)), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_make_skb.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(dst_output, dst_output$fast, 'dst_output', () => ['neigh_resolve_output', ip_output]);
$kreg(__ip_local_out, __ip_local_out$fast, '__ip_local_out', () => [nf_hook]);
$kreg(ip_local_out, ip_local_out$fast, 'ip_local_out', () => [__ip_local_out, dst_output]);
$kreg(ip_build_and_send_pkt, ip_build_and_send_pkt$fast, 'ip_build_and_send_pkt', () => [ip_local_out]);
$kreg(ip_finish_output2, ip_finish_output2$fast, 'ip_finish_output2', () => [neigh_output]);
$kreg(__ip_finish_output, __ip_finish_output$fast, '__ip_finish_output', () => [ip_finish_output2, ip_fragment]);
$kreg(ip_finish_output, ip_finish_output$fast, 'ip_finish_output', () => [__ip_finish_output]);
$kreg(ip_output, ip_output$fast, 'ip_output', () => [NF_HOOK_COND]);
$kreg(__ip_queue_xmit, __ip_queue_xmit$fast, '__ip_queue_xmit', () => [ip_local_out]);
$kreg(ip_send_skb, ip_send_skb$fast, 'ip_send_skb', () => [ip_local_out]);
$kreg(ip_send_unicast_reply, ip_send_unicast_reply$fast, 'ip_send_unicast_reply', () => [ip_send_skb]);
$kreg(ip_fragment, ip_fragment$fast, 'ip_fragment', () => [ip_do_fragment]);
$kreg(ip_fraglist_init, ip_fraglist_init$fast, 'ip_fraglist_init', () => []);
$kreg(ip_fraglist_prepare, ip_fraglist_prepare$fast, 'ip_fraglist_prepare', () => []);
$kreg(ip_do_fragment, ip_do_fragment$fast, 'ip_do_fragment', () => ['arp_process', 'arp_xmit_finish', 'ip_local_deliver_finish', 'ip_rcv_finish', dst_output, ip_finish_output, ip_finish_output2, ip_fraglist_init, ip_fraglist_prepare]);
$kreg(__ip_append_data, __ip_append_data$fast, '__ip_append_data', () => []);
$kreg(__ip_make_skb, __ip_make_skb$fast, '__ip_make_skb', () => []);
$kreg(ip_make_skb, ip_make_skb$fast, 'ip_make_skb', () => [__ip_append_data, __ip_make_skb]);

// ---- kernel names ----
(dst_output as any).kname = 'dst_output';
(ip_finish_output2 as any).kname = 'ip_finish_output2';
(ip_finish_output as any).kname = 'ip_finish_output';
(ip_output as any).kname = 'ip_output';
