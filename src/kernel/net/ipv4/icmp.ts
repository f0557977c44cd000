// net/ipv4/icmp.c, the part UDP needs: __icmp_send (the port unreachable a host answers a datagram
// for a port nobody bound with) and icmp_rcv → icmp_unreach → icmp_socket_deliver, which hands the
// error back to the sending protocol's err_handler (udp_err). Rate limits (icmp_ratelimit,
// icmp_msgs_per_sec) are not modelled: every error is sent.

import { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import { SkBuff, ICMP_DEST_UNREACH } from '../../include/linux/skbuff';
import type { Net } from '../../include/net/net_namespace';
import { MIB, NET_INC_STATS } from '../../include/net/net_namespace';
import { IPPROTO_ICMP, IPPROTO_UDP } from '../../include/uapi';
import { udp_err } from './udp';

/** NR_ICMP_TYPES, NR_ICMP_UNREACH. */
const NR_ICMP_TYPES = 18;
const NR_ICMP_UNREACH = 15;

/** __icmp_send() (what icmp_send() calls): an ICMP error back to the sender of skb_in, quoting its headers. */
export function* __icmp_send(skb_in: SkBuff, type: number, code: number, info: number, net: Net): Sim<void> {
  frame({ skb_in, type, code, info });

  line`iph = ip_hdr(skb_in);`;
  const iph = skb_in.iph;
  frame.iph = iph;
  line`if (rt->rt_flags & (RTCF_BROADCAST | RTCF_MULTICAST))`;
  line`sk = icmp_xmit_lock(net);`;
  line`saddr = iph->daddr;`;
  const saddr = iph.daddr;
  frame.saddr = saddr;
  line`icmp_param.data.icmph.type	 = type;`;
  line`icmp_param.data.icmph.code	 = code;`;
  line`ipc.addr = iph->saddr;`;
  line`rt = icmp_route_lookup(`;
  line`room = dst_mtu(&rt->dst);`;
  // 576 - IP header - ICMP header
  const room = 576 - 20 - 8;
  line`icmp_param.data_len = skb_in->len - icmp_param.offset;`;
  const data_len = Math.min(20 + (skb_in.uh ? 8 : 0) + skb_in.len, room);
  frame.data_len = data_len;
  const skb = new SkBuff({ saddr, daddr: iph.saddr, protocol: IPPROTO_ICMP, ttl: 64, tot_len: 20 + 8 + data_len });
  skb.icmph = {
    type,
    code,
    info,
    quoted: { iph: { ...iph }, uh: skb_in.uh ? { ...skb_in.uh } : null },
    quotedLen: data_len,
  };
  frame.skb = skb;
  line`icmp_push_reply(&icmp_param, &fl4, &ipc, &rt);`;
  NET_INC_STATS(net, MIB.IcmpOutMsgs);
  if (type === ICMP_DEST_UNREACH) NET_INC_STATS(net, MIB.IcmpOutDestUnreachs);
  net.host.world.transmit(net.host, skb);
}

function* icmp_socket_deliver(skb: SkBuff, info: number, net: Net): Sim<void> {
  const iph = skb.icmph!.quoted.iph;
  frame({ skb, info, iph, protocol: iph.protocol });

  line`const struct iphdr *iph = (const struct iphdr *) skb->data;`;
  line`if (!pskb_may_pull(skb, iph->ihl * 4 + 8)) {`;
  line`raw_icmp_error(skb, protocol, info);`;
  line`ipprot = rcu_dereference(inet_protos[protocol]);`;
  // only UDP's err_handler is simulated (tcp_v4_err is not)
  if (iph.protocol === IPPROTO_UDP) {
    frame.ipprot = 'udp_protocol';
    line`ipprot->err_handler(skb, info);`;
    yield* udp_err(skb, info, net);
  }
}

function* icmp_unreach(skb: SkBuff, net: Net): Sim<boolean> {
  const ic = skb.icmph!;
  frame({ skb, info: 0 });

  line`icmph = icmp_hdr(skb);`;
  frame.icmph = ic;
  frame.iph = ic.quoted.iph;
  line`if (iph->ihl < 5)`;
  line`switch (icmph->type) {`;
  if (ic.type === ICMP_DEST_UNREACH) {
    line`case ICMP_PORT_UNREACH:`;
    line`if (icmph->code > NR_ICMP_UNREACH)`;
    if (ic.code > NR_ICMP_UNREACH) {
      line`return true;`;
      return true;
    }
  }
  line`icmp_socket_deliver(skb, info);`;
  yield* icmp_socket_deliver(skb, ic.info, net);
  line`return true;`;
  return true;
}

/** icmp_rcv() = icmp_protocol.handler: an ICMP message arrived for this host. */
export function* icmp_rcv(skb: SkBuff, net: Net): Sim<number> {
  const ic = skb.icmph!;
  frame({ skb, net });

  line`__ICMP_INC_STATS(net, ICMP_MIB_INMSGS);`;
  NET_INC_STATS(net, MIB.IcmpInMsgs);
  line`if (skb_checksum_simple_validate(skb))`;
  line`icmph = icmp_hdr(skb);`;
  frame.icmph = ic;
  line`if (icmph->type > NR_ICMP_TYPES)`;
  if (ic.type > NR_ICMP_TYPES) {
    NET_INC_STATS(net, MIB.IcmpInErrors);
    return 1;
  }
  if (ic.type !== ICMP_DEST_UNREACH) return 0; // only the unreach handler is simulated
  NET_INC_STATS(net, MIB.IcmpInDestUnreachs);
  line`success = icmp_pointers[icmph->type].handler(skb);`;
  const success = yield* icmp_unreach(skb, net);
  frame.success = success;
  line`if (success)  {`;
  if (success) {
    line`consume_skb(skb);`;
  }
  return 0;
}
