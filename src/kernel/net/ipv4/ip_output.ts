// net/ipv4/ip_output.c (and include/net/dst.h's dst_output): IP on the way down. TCP's segments come
// through icsk_af_ops->queue_xmit = __ip_queue_xmit (route, IP header), the SYN-ACK through
// ip_build_and_send_pkt, built datagrams and replies (UDP, ICMP, TCP's resets and ACKs) through
// ip_send_skb; all meet in ip_local_out → __ip_local_out (NF_INET_LOCAL_OUT) → dst_output →
// ip_output (NF_INET_POST_ROUTING) → ip_finish_output → __ip_finish_output (the MTU) →
// ip_finish_output2 → the neighbour → dev_queue_xmit.

import type { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import type { SkBuff } from '../../include/linux/skbuff';
import { skb_push, skb_reset_network_header, skb_headroom, skb_len, LL_RESERVED_SPACE, ipAppendLayout } from '../../include/linux/skbuff';
import type { Sock } from '../../include/net/sock';
import type { Net } from '../../include/net/net_namespace';
import { MIB, NET_INC_STATS } from '../../include/net/net_namespace';
import { inet_sk } from '../../include/net/inet_sock';
import { ETH_P_IP, NET_XMIT_SUCCESS } from '../../include/linux/netdevice';
import { nf_hook, NF_HOOK_COND, NFPROTO_IPV4, NF_INET_LOCAL_OUT, NF_INET_POST_ROUTING } from '../netfilter/core';
import { ip_route_output_ports, ip_neigh_for_gw } from './route';
import { neigh_output } from '../core/neighbour';

const IP_DF = 0x4000;

/** The okfn the hooks go on with (struct nf_hook_state's okfn). */
const dst_output_okfn = { okfn: dst_output };
const ip_finish_output_okfn = { okfn: ip_finish_output };

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
  line`if (skb->len > mtu || (IPCB(skb)->flags & IPSKB_FRAG_PMTU))`;
  if (skb_len(skb) > mtu) {
    // ip_fragment is not simulated yet: the datagram crosses whole, as one packet (as before this
    // path existed; a datagram of up to 65507 bytes keeps working between hosts)
    line`return ip_fragment(net, sk, skb, mtu, ip_finish_output2);`;
    return yield* ip_finish_output2(net, sk, skb);
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
      sk.sk_dst_cache = rt;
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
  iph.id = inet.inet_id & 0xffff;
  inet.inet_id = (inet.inet_id + 1) & 0xffff;
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
  const err = yield* ip_local_out(net, skb.sk as Sock | null, skb);
  frame.err = err;
  line`if (err) {`;
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
