// net/ipv4/ip_input.c (and include/net/dst.h's dst_input): IP on the way up. ip_rcv (ETH_P_IP's
// handler) checks the header, NF_INET_PRE_ROUTING, ip_rcv_finish routes it (ip_route_input_noref:
// local) and dst_input calls the route's input, ip_local_deliver: NF_INET_LOCAL_IN, then
// ip_local_deliver_finish pulls the IP header and inet_protos[protocol]->handler takes it.

import type { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import type { SkBuff } from '../../include/linux/skbuff';
import { skb_len, skb_network_header_len, skb_pull } from '../../include/linux/skbuff';
import type { Sock } from '../../include/net/sock';
import type { Net } from '../../include/net/net_namespace';
import { MIB, NET_INC_STATS } from '../../include/net/net_namespace';
import type { NetDevice } from '../../include/linux/netdevice';
import { NET_RX_DROP, NET_RX_SUCCESS, PACKET_OTHERHOST } from '../../include/linux/netdevice';
import { IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP } from '../../include/uapi';
import { NF_HOOK, NFPROTO_IPV4, NF_INET_PRE_ROUTING, NF_INET_LOCAL_IN } from '../netfilter/core';
import { ip_route_input_noref } from './route';
import { tcp_v4_rcv } from './tcp_ipv4';
import { udp_rcv } from './udp';
import { icmp_rcv } from './icmp';

/** struct net_protocol: what inet_init adds to inet_protos (af_inet.c's tcp_protocol, udp_protocol, icmp_protocol). */
export interface NetProtocol {
  readonly name: string;
  handler(skb: SkBuff, net: Net): Sim<number>;
}
const tcp_protocol: NetProtocol = { name: 'tcp_protocol', handler: tcp_v4_rcv };
const udp_protocol: NetProtocol = { name: 'udp_protocol', handler: udp_rcv };
const icmp_protocol: NetProtocol = { name: 'icmp_protocol', handler: icmp_rcv };

/** inet_protos[], by IP protocol number. */
export function inet_protos(protocol: number): NetProtocol | null {
  return protocol === IPPROTO_TCP ? tcp_protocol : protocol === IPPROTO_UDP ? udp_protocol : protocol === IPPROTO_ICMP ? icmp_protocol : null;
}

const ip_rcv_finish_okfn = { okfn: ip_rcv_finish };
const ip_local_deliver_finish_okfn = { okfn: ip_local_deliver_finish };

export function* ip_protocol_deliver_rcu(net: Net, skb: SkBuff, protocol: number): Sim<void> {
  frame({ net, skb, protocol });
  line`raw = raw_local_deliver(skb, protocol);`;
  line`ipprot = rcu_dereference(inet_protos[protocol]);`;
  const ipprot = inet_protos(protocol);
  frame.ipprot = ipprot;
  line`if (ipprot) {`;
  if (ipprot) {
    line`ret = INDIRECT_CALL_2(ipprot->handler, tcp_v4_rcv, udp_rcv,`;
    yield* ipprot.handler(skb, net);
    line`__IP_INC_STATS(net, IPSTATS_MIB_INDELIVERS);`;
    NET_INC_STATS(net, MIB.InDelivers);
  }
}

export function* ip_local_deliver_finish(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  frame({ net, sk, skb });
  line`__skb_pull(skb, skb_network_header_len(skb));`;
  skb_pull(skb, skb_network_header_len(skb));
  line`rcu_read_lock();`;
  line`ip_protocol_deliver_rcu(net, skb, ip_hdr(skb)->protocol);`;
  yield* ip_protocol_deliver_rcu(net, skb, skb.iph.protocol);
  line`rcu_read_unlock();`;
  line`return 0;`;
  return 0;
}

/** The local route's dst->input. */
export function* ip_local_deliver(skb: SkBuff): Sim<number> {
  const net = skb.dev!.net;
  frame({ skb, net });
  line`if (ip_is_fragment(ip_hdr(skb))) {`;
  line`return NF_HOOK(NFPROTO_IPV4, NF_INET_LOCAL_IN,`;
  return yield* NF_HOOK(NFPROTO_IPV4, NF_INET_LOCAL_IN, net, null, skb, skb.dev, null, ip_local_deliver_finish_okfn);
}

/** include/net/dst.h: the input route's function — ip_local_deliver. */
export function* dst_input(skb: SkBuff): Sim<number> {
  frame({ skb, dst: skb._skb_refdst });
  line`return skb_dst(skb)->input(skb);`;
  return yield* skb._skb_refdst!.dst.input(skb);
}

export function* ip_rcv_finish_core(net: Net, sk: Sock | null, skb: SkBuff, dev: NetDevice): Sim<number> {
  const iph = skb.iph;
  frame({ net, sk, skb, dev, iph });
  line`if (net->ipv4.sysctl_ip_early_demux &&`;
  line`if (!skb_valid_dst(skb)) {`;
  if (!skb._skb_refdst) {
    line`err = ip_route_input_noref(skb, iph->daddr, iph->saddr,`;
    const err = ip_route_input_noref(skb, iph.daddr, net);
    frame.err = err;
    line`if (unlikely(err))`;
    if (err) {
      NET_INC_STATS(net, MIB.InAddrErrors);
      return NET_RX_DROP;
    }
  }
  line`rt = skb_rtable(skb);`;
  frame.rt = skb._skb_refdst;
  line`if (rt->rt_type == RTN_MULTICAST) {`;
  line`} else if (rt->rt_type == RTN_BROADCAST) {`;
  line`} else if (skb->pkt_type == PACKET_BROADCAST ||`;
  line`return NET_RX_SUCCESS;`;
  return NET_RX_SUCCESS;
}

export function* ip_rcv_finish(net: Net, sk: Sock | null, skb: SkBuff): Sim<number> {
  const dev = skb.dev!;
  frame({ net, sk, skb, dev });
  line`ret = ip_rcv_finish_core(net, sk, skb, dev);`;
  let ret = yield* ip_rcv_finish_core(net, sk, skb, dev);
  frame.ret = ret;
  line`if (ret != NET_RX_DROP)`;
  if (ret !== NET_RX_DROP) {
    line`ret = dst_input(skb);`;
    ret = yield* dst_input(skb);
  }
  line`return ret;`;
  return ret;
}

export function* ip_rcv_core(skb: SkBuff, net: Net): Sim<SkBuff | null> {
  frame({ skb, net });
  line`if (skb->pkt_type == PACKET_OTHERHOST)`;
  if (skb.pkt_type === PACKET_OTHERHOST) return null;
  line`__IP_UPD_PO_STATS(net, IPSTATS_MIB_IN, skb->len);`;
  NET_INC_STATS(net, MIB.InReceives);
  line`if (!pskb_may_pull(skb, sizeof(struct iphdr)))`;
  line`iph = ip_hdr(skb);#1`;
  const iph = skb.iph;
  frame.iph = iph;
  line`if (iph->ihl < 5 || iph->version != 4)`;
  line`if (!pskb_may_pull(skb, iph->ihl*4))`;
  line`iph = ip_hdr(skb);#2`;
  line`if (unlikely(ip_fast_csum((u8 *)iph, iph->ihl)))`;
  line`len = ntohs(iph->tot_len);`;
  const len = iph.tot_len;
  frame.len = len;
  line`if (skb->len < len) {`;
  if (skb_len(skb) < len) {
    line`__IP_INC_STATS(net, IPSTATS_MIB_INTRUNCATEDPKTS);`;
    NET_INC_STATS(net, MIB.InTruncatedPkts);
    return null;
  }
  line`} else if (len < (iph->ihl*4))`;
  line`iph = ip_hdr(skb);#3`;
  line`skb->transport_header = skb->network_header + iph->ihl*4;`;
  skb.transport_header = skb.network_header + 20;
  line`return skb;`;
  // (skb_orphan: it belongs to no socket on this side)
  skb.sk = null;
  return skb;
}

/** ip_packet_type.func: ETH_P_IP's handler. */
export function* ip_rcv(skb: SkBuff, dev: NetDevice): Sim<number> {
  const net = dev.net;
  frame({ skb, dev, net });
  line`skb = ip_rcv_core(skb, net);`;
  const s = yield* ip_rcv_core(skb, net);
  line`if (skb == NULL)`;
  if (s === null) {
    line`return NET_RX_DROP;`;
    return NET_RX_DROP;
  }
  line`return NF_HOOK(NFPROTO_IPV4, NF_INET_PRE_ROUTING,`;
  return yield* NF_HOOK(NFPROTO_IPV4, NF_INET_PRE_ROUTING, net, null, skb, dev, null, ip_rcv_finish_okfn);
}
