// net/ipv4/icmp.c, the part UDP and REJECT need: __icmp_send (the port unreachable a host answers a
// datagram for a port nobody bound with, or iptables' REJECT a packet) and icmp_rcv → icmp_unreach →
// icmp_socket_deliver, which hands the error back to the sending protocol's err_handler (udp_err,
// tcp_v4_err). Rate limits (icmp_ratelimit,
// icmp_msgs_per_sec) are not modelled: every error is sent.

import { ip_send_skb } from './ip_output';
import { ip_route_output_ports } from './route';
import { ipAppendLayout, transportHeaderLen } from '../../include/linux/skbuff';
import { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import { SkBuff, ICMP_DEST_UNREACH, ICMP_TIME_EXCEEDED, ICMP_EXC_FRAGTIME } from '../../include/linux/skbuff';
import type { Net } from '../../include/net/net_namespace';
import type { Rtable } from '../../include/linux/netdevice';
import { MIB, NET_INC_STATS } from '../../include/net/net_namespace';
import { IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP } from '../../include/uapi';
import { tcp_v4_err } from './tcp_ipv4';
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
  let saddr = iph.daddr;
  line`if (!(rt->rt_flags & RTCF_LOCAL)) {`;
  let rt: Rtable | null = skb_in._skb_refdst;
  if (rt !== null && rt !== net.rt_input_local && rt !== net.rt_output_local) {
    // (no device to take an address from: 0, and the reply's route picks this host's own address)
    line`saddr = 0;`;
    saddr = iph.saddr;
  }
  frame.saddr = saddr;
  line`icmp_param.data.icmph.type	 = type;`;
  line`icmp_param.data.icmph.code	 = code;`;
  line`ipc.addr = iph->saddr;`;
  line`rt = icmp_route_lookup(`;
  line`room = dst_mtu(&rt->dst);`;
  // at most 576 (and at most the route's MTU), less the IP and ICMP headers
  rt = ip_route_output_ports(net, iph.saddr);
  let room = rt.dst.dev.mtu;
  line`if (room > 576)`;
  if (room > 576) room = 576;
  line`room -= sizeof(struct iphdr) + icmp_param.replyopts.opt.opt.optlen;`;
  line`room -= sizeof(struct icmphdr);`;
  room -= 20 + 8;
  line`icmp_param.data_len = skb_in->len - icmp_param.offset;`;
  const data_len = Math.min(20 + transportHeaderLen(skb_in) + skb_in.len, room);
  frame.data_len = data_len;
  const skb = new SkBuff({ saddr, daddr: iph.saddr, protocol: IPPROTO_ICMP, ttl: 64, tot_len: 20 + 8 + data_len, id: 0, frag_off: 0 });
  skb.icmph = {
    type,
    code,
    info,
    quoted: { iph: { ...iph }, uh: skb_in.uh ? { ...skb_in.uh } : null, ...(skb_in.th ? { th: { ...skb_in.th } } : {}) },
    quotedLen: data_len,
  };
  frame.skb = skb;
  line`icmp_push_reply(&icmp_param, &fl4, &ipc, &rt);`;
  NET_INC_STATS(net, MIB.IcmpOutMsgs);
  if (type === ICMP_DEST_UNREACH) NET_INC_STATS(net, MIB.IcmpOutDestUnreachs);
  if (type === ICMP_TIME_EXCEEDED) NET_INC_STATS(net, MIB.IcmpOutTimeExcds);
  // icmp_push_reply → ip_push_pending_frames → ip_send_skb (the reply's route: back to the sender)
  ipAppendLayout(skb);
  skb._skb_refdst = rt;
  yield* ip_send_skb(net, skb);
}

function* icmp_socket_deliver(skb: SkBuff, info: number, net: Net): Sim<void> {
  const iph = skb.icmph!.quoted.iph;
  frame({ skb, info, iph, protocol: iph.protocol });

  line`const struct iphdr *iph = (const struct iphdr *) skb->data;`;
  line`if (!pskb_may_pull(skb, iph->ihl * 4 + 8)) {`;
  line`raw_icmp_error(skb, protocol, info);`;
  line`ipprot = rcu_dereference(inet_protos[protocol]);`;
  if (iph.protocol === IPPROTO_UDP) {
    frame.ipprot = 'udp_protocol';
    line`ipprot->err_handler(skb, info);`;
    yield* udp_err(skb, info, net);
  } else if (iph.protocol === IPPROTO_TCP) {
    frame.ipprot = 'tcp_protocol';
    line`ipprot->err_handler(skb, info);`;
    yield* tcp_v4_err(skb, info, net);
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
  if (ic.type === ICMP_TIME_EXCEEDED) {
    line`case ICMP_TIME_EXCEEDED:`;
    line`__ICMP_INC_STATS(net, ICMP_MIB_INTIMEEXCDS);`;
    NET_INC_STATS(net, MIB.IcmpInTimeExcds);
    line`if (icmph->code == ICMP_EXC_FRAGTIME)`;
    if (ic.code === ICMP_EXC_FRAGTIME) {
      // (the sender learns nothing it could act on: not passed to the socket)
      line`goto out;#2`;
      line`return true;`;
      return true;
    }
  }
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
  // only the handlers of destination unreachable and time exceeded (both icmp_unreach) are simulated
  if (ic.type !== ICMP_DEST_UNREACH && ic.type !== ICMP_TIME_EXCEEDED) return 0;
  if (ic.type === ICMP_DEST_UNREACH) NET_INC_STATS(net, MIB.IcmpInDestUnreachs);
  line`success = icmp_pointers[icmph->type].handler(skb);`;
  const success = yield* icmp_unreach(skb, net);
  frame.success = success;
  line`if (success)  {`;
  if (success) {
    line`consume_skb(skb);`;
  }
  return 0;
}
