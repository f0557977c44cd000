// net/ipv4/icmp.c, the part UDP needs: __icmp_send (the port unreachable a host answers a datagram
// for a port nobody bound with) and icmp_rcv → icmp_unreach → icmp_socket_deliver, which hands the
// error back to the sending protocol's err_handler (udp_err). Rate limits (icmp_ratelimit,
// icmp_msgs_per_sec) are not modelled: every error is sent.

import { defineFn } from '../../sim/anchors';
import { at, enter, leave, Sim } from '../../sim/engine';
import { SkBuff, ICMP_DEST_UNREACH } from '../../include/linux/skbuff';
import type { Net } from '../../include/net/net_namespace';
import { NET_INC_STATS } from '../../include/net/net_namespace';
import { IPPROTO_ICMP, IPPROTO_UDP } from '../../include/uapi';
import { udp_err } from './udp';

/** NR_ICMP_TYPES, NR_ICMP_UNREACH. */
const NR_ICMP_TYPES = 18;
const NR_ICMP_UNREACH = 15;

const SEND = defineFn('net/ipv4/icmp.c', '__icmp_send', {
  iph: 'iph = ip_hdr(skb_in);',
  bcast: 'if (rt->rt_flags & (RTCF_BROADCAST | RTCF_MULTICAST))',
  lock: 'sk = icmp_xmit_lock(net);',
  saddr: 'saddr = iph->daddr;',
  type: 'icmp_param.data.icmph.type	 = type;',
  code: 'icmp_param.data.icmph.code	 = code;',
  daddr: 'ipc.addr = iph->saddr;',
  route: 'rt = icmp_route_lookup(',
  room: 'room = dst_mtu(&rt->dst);',
  len: 'icmp_param.data_len = skb_in->len - icmp_param.offset;',
  push: 'icmp_push_reply(&icmp_param, &fl4, &ipc, &rt);',
});
/** icmp_send() → __icmp_send(): an ICMP error back to the sender of skb_in, quoting its headers. */
export function* icmp_send(skb_in: SkBuff, type: number, code: number, info: number, net: Net): Sim<void> {
  const f = enter(SEND, { skb_in, type, code, info });
  try {
    if (at(SEND.iph)) yield;
    const iph = skb_in.iph;
    f.vars.iph = iph;
    if (at(SEND.bcast)) yield;
    if (at(SEND.lock)) yield;
    if (at(SEND.saddr)) yield;
    const saddr = iph.daddr;
    f.vars.saddr = saddr;
    if (at(SEND.type)) yield;
    if (at(SEND.code)) yield;
    if (at(SEND.daddr)) yield;
    if (at(SEND.route)) yield;
    if (at(SEND.room)) yield;
    // 576 - IP header - ICMP header
    const room = 576 - 20 - 8;
    if (at(SEND.len)) yield;
    const data_len = Math.min(20 + (skb_in.uh ? 8 : 0) + skb_in.len, room);
    f.vars.data_len = data_len;
    const skb = new SkBuff({ saddr, daddr: iph.saddr, protocol: IPPROTO_ICMP, ttl: 64, tot_len: 20 + 8 + data_len });
    skb.icmph = {
      type,
      code,
      info,
      quoted: { iph: { ...iph }, uh: skb_in.uh ? { ...skb_in.uh } : null },
      quotedLen: data_len,
    };
    f.vars.skb = skb;
    if (at(SEND.push)) yield;
    NET_INC_STATS(net, 'IcmpOutMsgs');
    if (type === ICMP_DEST_UNREACH) NET_INC_STATS(net, 'IcmpOutDestUnreachs');
    net.host.world.transmit(net.host, skb);
  } finally {
    leave(f);
  }
}

const DELIVER = defineFn('net/ipv4/icmp.c', 'icmp_socket_deliver', {
  iph: 'const struct iphdr *iph = (const struct iphdr *) skb->data;',
  pull: 'if (!pskb_may_pull(skb, iph->ihl * 4 + 8)) {',
  raw: 'raw_icmp_error(skb, protocol, info);',
  prot: 'ipprot = rcu_dereference(inet_protos[protocol]);',
  handler: 'ipprot->err_handler(skb, info);',
});
function* icmp_socket_deliver(skb: SkBuff, info: number, net: Net): Sim<void> {
  const iph = skb.icmph!.quoted.iph;
  const f = enter(DELIVER, { skb, info, iph, protocol: iph.protocol });
  try {
    if (at(DELIVER.iph)) yield;
    if (at(DELIVER.pull)) yield;
    if (at(DELIVER.raw)) yield;
    if (at(DELIVER.prot)) yield;
    // only UDP's err_handler is simulated (tcp_v4_err is not)
    if (iph.protocol === IPPROTO_UDP) {
      f.vars.ipprot = 'udp_protocol';
      if (at(DELIVER.handler)) yield;
      yield* udp_err(skb, info, net);
    }
  } finally {
    leave(f);
  }
}

const UNREACH = defineFn('net/ipv4/icmp.c', 'icmp_unreach', {
  icmph: 'icmph = icmp_hdr(skb);',
  ihl: 'if (iph->ihl < 5)',
  sw: 'switch (icmph->type) {',
  port: 'case ICMP_PORT_UNREACH:',
  code: 'if (icmph->code > NR_ICMP_UNREACH)',
  deliver: 'icmp_socket_deliver(skb, info);',
  ok: 'return true;',
});
function* icmp_unreach(skb: SkBuff, net: Net): Sim<boolean> {
  const ic = skb.icmph!;
  const f = enter(UNREACH, { skb, info: 0 });
  try {
    if (at(UNREACH.icmph)) yield;
    f.vars.icmph = ic;
    f.vars.iph = ic.quoted.iph;
    if (at(UNREACH.ihl)) yield;
    if (at(UNREACH.sw)) yield;
    if (ic.type === ICMP_DEST_UNREACH) {
      if (at(UNREACH.port)) yield;
      if (at(UNREACH.code)) yield;
      if (ic.code > NR_ICMP_UNREACH) {
        if (at(UNREACH.ok)) yield;
        return true;
      }
    }
    if (at(UNREACH.deliver)) yield;
    yield* icmp_socket_deliver(skb, ic.info, net);
    if (at(UNREACH.ok)) yield;
    return true;
  } finally {
    leave(f);
  }
}

const RCV = defineFn('net/ipv4/icmp.c', 'icmp_rcv', {
  inmsgs: '__ICMP_INC_STATS(net, ICMP_MIB_INMSGS);',
  csum: 'if (skb_checksum_simple_validate(skb))',
  icmph: 'icmph = icmp_hdr(skb);',
  type: 'if (icmph->type > NR_ICMP_TYPES)',
  handler: 'success = icmp_pointers[icmph->type].handler(skb);',
  success: 'if (success)  {',
  consume: 'consume_skb(skb);',
});
/** icmp_rcv() = icmp_protocol.handler: an ICMP message arrived for this host. */
export function* icmp_rcv(skb: SkBuff, net: Net): Sim<number> {
  const ic = skb.icmph!;
  const f = enter(RCV, { skb, net });
  try {
    if (at(RCV.inmsgs)) yield;
    NET_INC_STATS(net, 'IcmpInMsgs');
    if (at(RCV.csum)) yield;
    if (at(RCV.icmph)) yield;
    f.vars.icmph = ic;
    if (at(RCV.type)) yield;
    if (ic.type > NR_ICMP_TYPES) {
      NET_INC_STATS(net, 'IcmpInErrors');
      return 1;
    }
    if (ic.type !== ICMP_DEST_UNREACH) return 0; // only the unreach handler is simulated
    NET_INC_STATS(net, 'IcmpInDestUnreachs');
    if (at(RCV.handler)) yield;
    const success = yield* icmp_unreach(skb, net);
    f.vars.success = success;
    if (at(RCV.success)) yield;
    if (success) {
      if (at(RCV.consume)) yield;
    }
    return 0;
  } finally {
    leave(f);
  }
}
