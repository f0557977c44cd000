// net/ipv4/ip_output.c (and include/net/dst.h's dst_output): IP on the way down. TCP's segments come
// through icsk_af_ops->queue_xmit = __ip_queue_xmit (route, IP header), the SYN-ACK through
// ip_build_and_send_pkt, built datagrams and replies (UDP, ICMP, TCP's resets and ACKs) through
// ip_send_skb; all meet in ip_local_out → __ip_local_out (NF_INET_LOCAL_OUT) → dst_output →
// ip_output (NF_INET_POST_ROUTING) → ip_finish_output → __ip_finish_output (the MTU) →
// ip_finish_output2 → the neighbour → dev_queue_xmit.

import { E, type Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import { keyedHash } from '../../core/rng';
import { SkBuff } from '../../include/linux/skbuff';
import type { IpHdr } from '../../include/linux/skbuff';
import {
  skb_push, skb_pull, skb_put, skb_reserve, alloc_skb_layout, skb_reset_network_header, skb_reset_transport_header, skb_headroom, skb_headlen, skb_len,
  skb_network_header_len, LL_RESERVED_SPACE, ipAppendLayout, ip_is_fragment, IP_DF, IP_MF,
} from '../../include/linux/skbuff';
import type { Sock } from '../../include/net/sock';
import { sk_setup_caps } from '../../include/net/sock';
import { skb_is_gso } from '../../include/linux/skbuff';
import type { Net } from '../../include/net/net_namespace';
import { MIB, NET_INC_STATS } from '../../include/net/net_namespace';
import { inet_sk } from '../../include/net/inet_sock';
import type { Rtable } from '../../include/linux/netdevice';
import { ETH_P_IP, NET_XMIT_SUCCESS } from '../../include/linux/netdevice';
import { NotSimulated } from '../../include/linux/ops';
import { SEND_SHUTDOWN } from '../../include/net/tcp_states';
import { ERRNO, IPPROTO_UDP } from '../../include/uapi';
import { NET_XMIT_CN } from '../../include/net/sch_generic';
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

/** include/net/dst.h: the route's output function — ip_output. */
export function* dst_output(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  frame({ net, sk, skb, dst: skb._skb_refdst });
  line`return skb_dst(skb)->output(net, sk, skb);`;
  return yield* skb._skb_refdst!.dst.output(net, sk, skb);
}

export function* __ip_local_out(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  const iph = skb.iph;
  frame({ net, sk, skb, iph });
  line`iph->tot_len = htons(skb->len);`;
  iph.tot_len = skb_len(skb);
  line`ip_send_check(iph);`;
  line`skb->protocol = htons(ETH_P_IP);`;
  skb.protocol = ETH_P_IP;
  line`return nf_hook(NFPROTO_IPV4, NF_INET_LOCAL_OUT,`;
  return yield* nf_hook(NFPROTO_IPV4, NF_INET_LOCAL_OUT, net, sk, skb, null, skb._skb_refdst!.dst.dev, dst_output_okfn);
}

export function* ip_local_out(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  frame({ net, sk, skb });
  line`err = __ip_local_out(net, sk, skb);`;
  let err = yield* __ip_local_out(net, sk, skb);
  frame.err = err;
  line`if (likely(err == 1))`;
  if (err === 1) {
    line`err = dst_output(net, sk, skb);`;
    err = yield* dst_output(net, sk, skb);
  }
  line`return err;`;
  return err;
}

/** The SYN-ACK (tcp_v4_send_synack): skb already carries the route inet_csk_route_req found. */
export function* ip_build_and_send_pkt(skb: SkBuff, sk: Sock, saddr: string, daddr: string): Sim<number> {
  const inet = inet_sk(sk);
  const net = sk.sk_net;
  const rt = skb._skb_refdst;
  frame({ skb, sk, saddr, daddr, inet, rt, net });
  line`skb_push(skb, sizeof(struct iphdr) + (opt ? opt->opt.optlen : 0));`;
  skb_push(skb, 20);
  line`skb_reset_network_header(skb);`;
  skb_reset_network_header(skb);
  line`iph = ip_hdr(skb);`;
  const iph = skb.iph;
  frame.iph = iph;
  line`iph->version  = 4;`;
  line`iph->ihl      = 5;`;
  line`iph->tos      = inet->tos;`;
  line`iph->ttl      = ip_select_ttl(inet, &rt->dst);`;
  iph.ttl = inet.uc_ttl < 0 ? 64 : inet.uc_ttl;
  line`iph->daddr    = (opt && opt->opt.srr ? opt->opt.faddr : daddr);`;
  iph.daddr = daddr;
  line`iph->saddr    = saddr;`;
  iph.saddr = saddr;
  line`iph->protocol = sk->sk_protocol;`;
  line`if (ip_dont_fragment(sk, &rt->dst)) {`;
  line`iph->frag_off = htons(IP_DF);`;
  iph.frag_off = IP_DF;
  line`iph->id = 0;`;
  iph.id = 0;
  line`return ip_local_out(net, skb->sk, skb);`;
  return yield* ip_local_out(net, skb.sk as Sock | null, skb);
}

export function* ip_finish_output2(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  const rt = skb._skb_refdst!;
  const dev = rt.dst.dev;
  frame({ net, sk, skb, dst: rt, rt, dev });
  line`unsigned int hh_len = LL_RESERVED_SPACE(dev);`;
  const hh_len = LL_RESERVED_SPACE;
  frame.hh_len = hh_len;
  line`if (unlikely(skb_headroom(skb) < hh_len && dev->header_ops)) {`;
  if (skb_headroom(skb) < hh_len) throw new Error('ip_finish_output2: no headroom for the link-layer header');
  line`rcu_read_lock_bh();`;
  line`neigh = ip_neigh_for_gw(rt, skb, &is_v6gw);`;
  const neigh = ip_neigh_for_gw(rt, skb, net);
  frame.neigh = neigh;
  line`if (!IS_ERR(neigh)) {`;
  line`sock_confirm_neigh(skb, neigh);`;
  line`res = neigh_output(neigh, skb, is_v6gw);`;
  const res = yield* neigh_output(neigh, skb, false);
  frame.res = res;
  line`rcu_read_unlock_bh();`;
  line`return res;`;
  return res;
}

export function* __ip_finish_output(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  frame({ net, sk, skb });
  line`mtu = ip_skb_dst_mtu(sk, skb);`;
  const mtu = skb._skb_refdst!.dst.dev.mtu;
  frame.mtu = mtu;
  line`if (skb_is_gso(skb))`;
  if (skb_is_gso(skb)) {
    line`return ip_finish_output_gso(net, sk, skb, mtu);`;
    // (ip_finish_output_gso: every segment — gso_size and the headers — fits the MTU, as TCP's MSS
    // follows the route's: skb_gso_validate_network_len holds, and the GSO packet goes on whole)
    return yield* ip_finish_output2(net, sk, skb);
  }
  line`if (skb->len > mtu || (IPCB(skb)->flags & IPSKB_FRAG_PMTU))`;
  if (skb_len(skb) > mtu) {
    line`return ip_fragment(net, sk, skb, mtu, ip_finish_output2);`;
    return yield* ip_fragment(net, sk, skb, mtu, ip_finish_output2_okfn);
  }
  line`return ip_finish_output2(net, sk, skb);`;
  return yield* ip_finish_output2(net, sk, skb);
}

export function* ip_finish_output(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  frame({ net, sk, skb });
  line`ret = BPF_CGROUP_RUN_PROG_INET_EGRESS(sk, skb);`;
  const ret = NET_XMIT_SUCCESS;
  frame.ret = ret;
  line`switch (ret) {`;
  line`return __ip_finish_output(net, sk, skb);`;
  return yield* __ip_finish_output(net, sk, skb);
}

/** dst->output of every route here. */
export function* ip_output(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  const dev = skb._skb_refdst!.dst.dev;
  frame({ net, sk, skb, dev });
  line`IP_UPD_PO_STATS(net, IPSTATS_MIB_OUT, skb->len);`;
  NET_INC_STATS(net, MIB.OutRequests);
  line`skb->dev = dev;`;
  skb.dev = dev;
  line`skb->protocol = htons(ETH_P_IP);`;
  skb.protocol = ETH_P_IP;
  line`return NF_HOOK_COND(NFPROTO_IPV4, NF_INET_POST_ROUTING,`;
  return yield* NF_HOOK_COND(NFPROTO_IPV4, NF_INET_POST_ROUTING, net, sk, skb, null, dev, ip_finish_output_okfn, true);
}

/** tcp's icsk_af_ops->queue_xmit (ipv4_specific.queue_xmit = ip_queue_xmit → __ip_queue_xmit). */
export function* __ip_queue_xmit(sk: Sock, skb: SkBuff, tos = 0): Sim<number> {
  const inet = inet_sk(sk);
  const net = sk.sk_net;
  frame({ sk, skb, inet, net, tos });
  line`inet_opt = rcu_dereference(inet->inet_opt);`;
  line`rt = skb_rtable(skb);`;
  let rt = skb._skb_refdst;
  line`if (rt)`;
  if (!rt) {
    line`rt = (struct rtable *)__sk_dst_check(sk, 0);`;
    rt = sk.sk_dst_cache;
    line`if (!rt) {`;
    if (!rt) {
      line`daddr = inet->inet_daddr;`;
      const daddr = inet.inet_daddr;
      frame.daddr = daddr;
      line`rt = ip_route_output_ports(net, fl4, sk,`;
      rt = ip_route_output_ports(net, daddr);
      line`if (IS_ERR(rt))`;
      line`sk_setup_caps(sk, &rt->dst);`;
      sk_setup_caps(sk, rt);
    }
    frame.rt = rt;
    line`skb_dst_set_noref(skb, &rt->dst);`;
    skb._skb_refdst = rt;
  }
  line`skb_push(skb, sizeof(struct iphdr) + (inet_opt ? inet_opt->opt.optlen : 0));`;
  skb_push(skb, 20);
  line`skb_reset_network_header(skb);`;
  skb_reset_network_header(skb);
  line`iph = ip_hdr(skb);`;
  const iph = skb.iph;
  frame.iph = iph;
  line`*((__be16 *)iph) = htons((4 << 12) | (5 << 8) | (tos & 0xff));`;
  line`if (ip_dont_fragment(sk, &rt->dst) && !skb->ignore_df)`;
  line`iph->frag_off = htons(IP_DF);`;
  iph.frag_off = IP_DF;
  line`iph->ttl      = ip_select_ttl(inet, &rt->dst);`;
  iph.ttl = inet.uc_ttl < 0 ? 64 : inet.uc_ttl;
  line`iph->protocol = sk->sk_protocol;`;
  line`ip_copy_addrs(iph, fl4);`;
  iph.saddr = inet.inet_saddr;
  iph.daddr = inet.inet_daddr;
  line`ip_select_ident_segs(net, skb, sk,`;
  // (skb_shinfo(skb)->gso_segs ?: 1 identifiers: one for each segment a GSO packet becomes)
  ip_select_ident(net, skb, sk, skb.gso_segs || 1);
  line`res = ip_local_out(net, sk, skb);`;
  const res = yield* ip_local_out(net, sk, skb);
  frame.res = res;
  line`rcu_read_unlock();#1`;
  line`return res;`;
  return res;
}

/** A datagram or reply built whole, its route on it (skb_dst). */
export function* ip_send_skb(net: Net, skb: SkBuff): Sim<number> {
  frame({ net, skb });
  line`err = ip_local_out(net, skb->sk, skb);`;
  let err = yield* ip_local_out(net, skb.sk as Sock | null, skb);
  frame.err = err;
  line`if (err) {`;
  if (err) {
    line`if (err > 0)`;
    if (err > 0) {
      // a qdisc's verdict: NET_XMIT_DROP → -ENOBUFS, NET_XMIT_CN → 0
      line`err = net_xmit_errno(err);`;
      err = err !== NET_XMIT_CN ? -ERRNO.ENOBUFS : 0;
      frame.err = err;
    }
    line`if (err)#2`;
    if (err) {
      // (IPSTATS_MIB_OUTDISCARDS: not counted here)
      line`IP_INC_STATS(net, IPSTATS_MIB_OUTDISCARDS);`;
    }
  }
  line`return err;`;
  return err;
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
  return yield* ip_send_skb(net, skb);
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

/** Too large for the route's MTU (__ip_finish_output): fragment it — or, with DF, refuse. */
export function* ip_fragment(net: Net, sk: Sock | null, skb: SkBuff, mtu: number, output: { okfn: (net: Net, sk: Sock | null, skb: SkBuff) => Sim<number> }): Sim<number> {
  const iph = skb.iph;
  frame({ net, sk, skb, mtu, iph });
  line`if ((iph->frag_off & htons(IP_DF)) == 0)`;
  if (((iph.frag_off ?? 0) & IP_DF) === 0) {
    line`return ip_do_fragment(net, sk, skb, output);#1`;
    return yield* ip_do_fragment(net, sk, skb, output);
  }
  line`if (unlikely(!skb->ignore_df ||`;
  if (!skb.ignore_df) {
    // A TCP segment never gets here: its MSS follows the route's MTU (tcp_sync_mss, dst_metric_advmss)
    // and a GSO packet is cut by its segments. Only a route whose MTU shrank after connect() would
    // (path MTU discovery, not simulated): say so rather than send a "fragmentation needed" to ourselves.
    throw new NotSimulated(`a TCP segment of ${skb_len(skb)} bytes over the route's MTU of ${mtu} (TCP's MSS following the device's MTU)`);
  }
  line`return ip_do_fragment(net, sk, skb, output);#2`;
  return yield* ip_do_fragment(net, sk, skb, output);
}

/** The first skb of the chain becomes the first fragment: its own length, MF, offset 0. */
export function* ip_fraglist_init(skb: SkBuff, iph: IpHdr, hlen: number, iter: IpFraglistIter): Sim<void> {
  frame({ skb, iph, hlen, iter });
  line`unsigned int first_len = skb_pagelen(skb);`;
  const first_len = skb_headlen(skb);
  frame.first_len = first_len;
  line`iter->frag = skb_shinfo(skb)->frag_list;`;
  const list = skb.frag_list ?? [];
  iter.frag = list[0] ?? null;
  iter.rest = list.slice(1);
  line`skb_frag_list_init(skb);`;
  skb.frag_list = null;
  line`iter->offset = 0;`;
  iter.offset = 0;
  line`iter->iph = iph;`;
  iter.iph = iph;
  line`iter->hlen = hlen;`;
  iter.hlen = hlen;
  line`skb->data_len = first_len - skb_headlen(skb);`;
  skb.data_len = 0;
  line`skb->len = first_len;`;
  // (the first fragment's share of the data: its payload after the UDP header)
  skb.payload = skb.payload.slice(0, first_len - hlen - 8);
  line`iph->tot_len = htons(first_len);`;
  iph.tot_len = first_len;
  line`iph->frag_off = htons(IP_MF);`;
  iph.frag_off = IP_MF;
  line`ip_send_check(iph);`;
}

/** The next skb of the chain: the IP header copied in front, its length, offset and MF. */
export function* ip_fraglist_prepare(skb: SkBuff, iter: IpFraglistIter): Sim<void> {
  frame({ skb, iter });
  line`unsigned int hlen = iter->hlen;`;
  const hlen = iter.hlen;
  line`struct iphdr *iph = iter->iph;`;
  line`frag = iter->frag;`;
  const frag = iter.frag!;
  frame.frag = frag;
  line`skb_reset_transport_header(frag);`;
  skb_reset_transport_header(frag);
  line`__skb_push(frag, hlen);`;
  skb_push(frag, hlen);
  line`skb_reset_network_header(frag);`;
  skb_reset_network_header(frag);
  line`memcpy(skb_network_header(frag), iph, hlen);`;
  frag.iph = { ...iter.iph };
  line`iter->iph = ip_hdr(frag);`;
  iter.iph = frag.iph;
  const iph = frag.iph;
  frame.iph = iph;
  line`iph->tot_len = htons(frag->len);`;
  iph.tot_len = skb_len(frag);
  line`ip_copy_metadata(frag, skb);`;
  frag.protocol = skb.protocol;
  frag.dev = skb.dev;
  frag._skb_refdst = skb._skb_refdst;
  frag.from = skb.from;
  line`iter->offset += skb->len - hlen;`;
  iter.offset += skb_len(skb) - hlen;
  line`iph->frag_off = htons(iter->offset >> 3);`;
  iph.frag_off = iter.offset >> 3;
  line`if (frag->next)`;
  if (iter.rest.length) {
    line`iph->frag_off |= htons(IP_MF);`;
    iph.frag_off |= IP_MF;
  }
  line`ip_send_check(iph);`;
}

/** Cut a datagram in fragments and send each (the fast path over the frag_list __ip_make_skb built). */
export function* ip_do_fragment(net: Net, sk: Sock | null, skb: SkBuff, output: { okfn: (net: Net, sk: Sock | null, skb: SkBuff) => Sim<number> }): Sim<number> {
  const rt = skb._skb_refdst!;
  frame({ net, sk, skb, rt });
  let err = 0;
  line`iph = ip_hdr(skb);`;
  const iph = skb.iph;
  frame.iph = iph;
  line`mtu = ip_skb_dst_mtu(sk, skb);`;
  let mtu = dst_mtu(rt);
  frame.mtu = mtu;
  line`if (IPCB(skb)->frag_max_size && IPCB(skb)->frag_max_size < mtu)`;
  line`hlen = iph->ihl * 4;`;
  const hlen = 20;
  frame.hlen = hlen;
  line`mtu = mtu - hlen;`;
  mtu -= hlen;
  frame.mtu = mtu;
  line`IPCB(skb)->flags |= IPSKB_FRAG_COMPLETE;`;
  line`ll_rs = LL_RESERVED_SPACE(rt->dst.dev);`;
  const ll_rs = LL_RESERVED_SPACE;
  frame.ll_rs = ll_rs;
  line`if (skb_has_frag_list(skb)) {`;
  if (skb.frag_list) {
    line`unsigned int first_len = skb_pagelen(skb);`;
    const first_len = skb_headlen(skb);
    frame.first_len = first_len;
    line`if (first_len - hlen > mtu ||`;
    let slow = first_len - hlen > mtu || ((first_len - hlen) & 7) !== 0 || ip_is_fragment(iph) || skb_headroom(skb) < ll_rs;
    if (!slow) {
      const list = skb.frag_list;
      for (let i = 0; i < list.length; i++) {
        const frag = list[i];
        line`skb_walk_frags(skb, frag) {`;
        frame.frag = frag;
        line`if (frag->len > mtu ||`;
        if (skb_len(frag) > mtu || ((skb_len(frag) & 7) !== 0 && i < list.length - 1) || skb_headroom(frag) < hlen + ll_rs) {
          slow = true;
          break;
        }
      }
    }
    if (!slow) {
      const iter: IpFraglistIter = { frag: null, rest: [], offset: 0, iph, hlen };
      frame.iter = iter;
      line`ip_fraglist_init(skb, iph, hlen, &iter);`;
      yield* ip_fraglist_init(skb, iph, hlen, iter);
      let cur = skb;
      for (;;) {
        frame.skb = cur;
        line`if (iter.frag) {`;
        if (iter.frag) {
          line`ip_fraglist_ipcb_prepare(skb, &iter);`;
          line`ip_fraglist_prepare(skb, &iter);`;
          yield* ip_fraglist_prepare(cur, iter);
        }
        line`err = output(net, sk, skb);`;
        err = yield* output.okfn(net, sk, cur);
        frame.err = err;
        line`if (!err)`;
        if (!err) {
          line`IP_INC_STATS(net, IPSTATS_MIB_FRAGCREATES);`;
          NET_INC_STATS(net, MIB.FragCreates);
        }
        line`if (err || !iter.frag)`;
        if (err || !iter.frag) break;
        line`skb = ip_fraglist_next(&iter);`;
        cur = iter.frag;
        iter.frag = iter.rest.shift() ?? null;
      }
      line`if (err == 0) {`;
      if (err === 0) {
        line`IP_INC_STATS(net, IPSTATS_MIB_FRAGOKS);`;
        NET_INC_STATS(net, MIB.FragOKs);
        line`return 0;`;
        return 0;
      }
      NET_INC_STATS(net, MIB.FragFails);
      return err;
    }
  }
  line`ip_frag_init(skb, hlen, ll_rs, mtu, IPCB(skb)->flags & IPSKB_FRAG_PMTU,`;
  throw new NotSimulated("IP fragmentation's slow path (ip_frag_init, ip_frag_next: copying a packet whose pieces are not fragment-sized)");
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

/**
 * Copy the datagram (UDP header room first: transhdrlen) into skbs on queue, each at most mtu bytes
 * of IP packet and, but for the last, a multiple of 8 bytes of data: what ip_do_fragment's fast path
 * wants. (No MSG_MORE, no scatter-gather pages: every skb is allocated for its whole fragment.)
 */
export function* __ip_append_data(sk: Sock, fl4: Flowi4, queue: SkBuff[], cork: InetCork, from: string, length: number, transhdrlen: number, flags: number): Sim<number> {
  const rt = cork.dst;
  frame({ sk, fl4, queue, cork, length, transhdrlen, flags, rt });
  let offset = 0;
  line`skb = skb_peek_tail(queue);`;
  let skb: SkBuff | null = queue[queue.length - 1] ?? null;
  line`mtu = cork->gso_size ? IP_MAX_MTU : cork->fragsize;`;
  const mtu = cork.fragsize;
  frame.mtu = mtu;
  line`hh_len = LL_RESERVED_SPACE(rt->dst.dev);`;
  const hh_len = LL_RESERVED_SPACE;
  frame.hh_len = hh_len;
  line`fragheaderlen = sizeof(struct iphdr) + (opt ? opt->optlen : 0);`;
  const fragheaderlen = 20;
  frame.fragheaderlen = fragheaderlen;
  line`maxfraglen = ((mtu - fragheaderlen) & ~7) + fragheaderlen;`;
  const maxfraglen = ((mtu - fragheaderlen) & ~7) + fragheaderlen;
  frame.maxfraglen = maxfraglen;
  line`maxnonfragsize = ip_sk_ignore_df(sk) ? 0xFFFF : mtu;`;
  const maxnonfragsize = ip_sk_ignore_df(sk) ? IP_MAX_MTU : mtu;
  frame.maxnonfragsize = maxnonfragsize;
  line`if (cork->length + length > maxnonfragsize - fragheaderlen) {`;
  if (cork.length + length > maxnonfragsize - fragheaderlen) {
    line`ip_local_error(sk, EMSGSIZE, fl4->daddr, inet->inet_dport,`;
    line`return -EMSGSIZE;`;
    return -ERRNO.EMSGSIZE;
  }
  line`cork->length += length;`;
  cork.length += length;
  let first = skb === null;
  for (;;) {
    if (!first) {
      line`while (length > 0) {`;
      if (!(length > 0)) break;
      line`copy = mtu - skb->len;`;
      let copy = mtu - skb_len(skb!);
      line`if (copy < length)`;
      if (copy < length) {
        line`copy = maxfraglen - skb->len;`;
        copy = maxfraglen - skb_len(skb!);
      }
      frame.copy = copy;
      line`if (copy <= 0) {`;
      // (every skb here is allocated for its whole fragment: copy is never above 0)
      if (copy > 0) throw new NotSimulated('__ip_append_data adding to a partly filled skb (corking, MSG_MORE)');
    } else {
      line`goto alloc_new_skb;`;
    }
    first = false;
    line`skb_prev = skb;`;
    const skb_prev = skb;
    let fraggap = 0;
    line`if (skb_prev)`;
    if (skb_prev) {
      line`fraggap = skb_prev->len - maxfraglen;`;
      fraggap = skb_len(skb_prev) - maxfraglen;
    }
    frame.fraggap = fraggap;
    if (fraggap) throw new NotSimulated('__ip_append_data moving a fragment gap to the next skb');
    line`datalen = length + fraggap;`;
    let datalen = length + fraggap;
    line`if (datalen > mtu - fragheaderlen)`;
    if (datalen > mtu - fragheaderlen) {
      line`datalen = maxfraglen - fragheaderlen;`;
      datalen = maxfraglen - fragheaderlen;
    }
    frame.datalen = datalen;
    line`fraglen = datalen + fragheaderlen;`;
    const fraglen = datalen + fragheaderlen;
    frame.fraglen = fraglen;
    line`alloclen = fraglen;`;
    const alloclen = fraglen;
    frame.alloclen = alloclen;
    line`if (transhdrlen) {`;
    const nskb = new SkBuff({ saddr: fl4.saddr, daddr: fl4.daddr, protocol: IPPROTO_UDP, ttl: 64, tot_len: 0, id: 0, frag_off: 0 });
    if (transhdrlen) {
      line`skb = sock_alloc_send_skb(sk,`;
      const err = sock_alloc_send_skb_err(sk);
      if (err) {
        frame.err = err;
        line`goto error;`;
        line`return err;`;
        return err;
      }
      nskb.uh = { source: 0, dest: 0, len: 0, check: 0 };
    } else {
      line`if (refcount_read(&sk->sk_wmem_alloc) + wmem_alloc_delta <=`;
      line`skb = alloc_skb(alloclen + hh_len + 15,`;
    }
    skb = nskb;
    frame.skb = skb;
    alloc_skb_layout(skb, alloclen + hh_len + 15);
    line`skb_reserve(skb, hh_len);`;
    skb_reserve(skb, hh_len);
    line`data = skb_put(skb, fraglen + exthdrlen - pagedlen);`;
    skb_put(skb, fraglen);
    line`skb_set_network_header(skb, exthdrlen);`;
    skb.network_header = skb.data;
    line`skb->transport_header = (skb->network_header +`;
    skb.transport_header = skb.network_header + fragheaderlen;
    line`copy = datalen - transhdrlen - fraggap - pagedlen;`;
    const copy = datalen - transhdrlen - fraggap;
    frame.copy = copy;
    line`if (copy > 0 && getfrag(from, data + transhdrlen, offset, copy, fraggap, skb) < 0) {`;
    if (copy > 0) skb.payload = from.slice(offset, offset + copy);
    line`offset += copy;`;
    offset += copy;
    frame.offset = offset;
    line`length -= copy + transhdrlen;`;
    length -= copy + transhdrlen;
    line`transhdrlen = 0;`;
    transhdrlen = 0;
    line`__skb_queue_tail(queue, skb);`;
    skb.sk = sk;
    queue.push(skb);
    line`continue;`;
  }
  line`return 0;`;
  return 0;
}

/** One skb out of the queue: the first with the IP header, the rest on its frag_list. */
export function* __ip_make_skb(sk: Sock, fl4: Flowi4, queue: SkBuff[], cork: InetCork, data: string): Sim<SkBuff | null> {
  const inet = inet_sk(sk);
  const net = sk.sk_net;
  const rt = cork.dst;
  frame({ sk, fl4, queue, cork, inet, net, rt });
  line`skb = __skb_dequeue(queue);`;
  const skb = queue.shift() ?? null;
  frame.skb = skb;
  line`if (!skb)`;
  if (!skb) {
    line`return skb;`;
    return null;
  }
  line`tail_skb = &(skb_shinfo(skb)->frag_list);`;
  // (the datagram's bytes, as the skb and its frag_list hold them together)
  skb.payload = data;
  for (;;) {
    line`while ((tmp_skb = __skb_dequeue(queue)) != NULL) {`;
    const tmp_skb = queue.shift();
    if (!tmp_skb) break;
    frame.tmp_skb = tmp_skb;
    line`__skb_pull(tmp_skb, skb_network_header_len(skb));`;
    skb_pull(tmp_skb, skb_network_header_len(skb));
    line`*tail_skb = tmp_skb;`;
    (skb.frag_list ??= []).push(tmp_skb);
    line`skb->len += tmp_skb->len;`;
    line`skb->data_len += tmp_skb->len;`;
    skb.data_len += skb_len(tmp_skb);
    line`tmp_skb->sk = NULL;`;
    tmp_skb.sk = null;
  }
  line`skb->ignore_df = ip_sk_ignore_df(sk);`;
  skb.ignore_df = ip_sk_ignore_df(sk);
  let df = 0;
  line`if (inet->pmtudisc == IP_PMTUDISC_DO ||`;
  if (inet.pmtudisc === IP_PMTUDISC_DO || inet.pmtudisc === IP_PMTUDISC_PROBE || (skb_len(skb) <= dst_mtu(rt) && ip_dont_fragment(sk))) {
    line`df = htons(IP_DF);`;
    df = IP_DF;
  }
  frame.df = df;
  line`ttl = ip_select_ttl(inet, &rt->dst);`;
  const ttl = inet.uc_ttl < 0 ? 64 : inet.uc_ttl;
  line`iph = ip_hdr(skb);`;
  const iph = skb.iph;
  frame.iph = iph;
  line`iph->frag_off = df;`;
  iph.frag_off = df;
  line`iph->ttl = ttl;`;
  iph.ttl = ttl;
  line`ip_copy_addrs(iph, fl4);`;
  iph.saddr = fl4.saddr;
  iph.daddr = fl4.daddr;
  line`ip_select_ident(net, skb, sk);`;
  ip_select_ident(net, skb, sk);
  line`skb_dst_set(skb, &rt->dst);`;
  skb._skb_refdst = rt;
  line`return skb;`;
  return skb;
}

/**
 * UDP's uncorked send (udp_sendmsg): the route into a cork, the data into a private queue of
 * fragment-sized skbs (__ip_append_data), then one skb with the others on its frag_list. An error
 * comes back as a negative number (ERR_PTR).
 */
export function* ip_make_skb(sk: Sock, fl4: Flowi4, from: string, length: number, transhdrlen: number, rt: Rtable, flags: number): Sim<SkBuff | number | null> {
  frame({ sk, fl4, length, transhdrlen, rt, flags });
  line`if (flags & MSG_PROBE)`;
  if (flags & MSG_PROBE) return null;
  line`__skb_queue_head_init(&queue);`;
  const queue: SkBuff[] = [];
  frame.queue = queue;
  line`err = ip_setup_cork(sk, cork, ipc, rtp);`;
  // (ip_sk_use_pmtu: below IP_PMTUDISC_PROBE the fragment size is the route's MTU, dst_mtu)
  const cork: InetCork = { fragsize: dst_mtu(rt), length: 0, dst: rt };
  frame.cork = cork;
  line`err = __ip_append_data(sk, fl4, &queue, cork,`;
  const err = yield* __ip_append_data(sk, fl4, queue, cork, from, length, transhdrlen, flags);
  frame.err = err;
  line`if (err) {`;
  if (err) {
    line`__ip_flush_pending_frames(sk, &queue, cork);`;
    queue.length = 0;
    line`return ERR_PTR(err);#2`;
    return err;
  }
  line`return __ip_make_skb(sk, fl4, &queue, cork);`;
  return yield* __ip_make_skb(sk, fl4, queue, cork, from);
}
