// The receive softirq (net/core/dev.c's net_rx_action, IP's ip_rcv → ip_local_deliver): runs a
// host's queued work in its softirq context — arrived packets up to tcp_v4_rcv, udp_rcv or
// icmp_rcv (inet_protos[iph->protocol]->handler), expired timers.

import type { Sim } from '../../core/engine';
import type { Host } from '../../world/world';
import { TimerList } from '../../core/timer';
import { IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP } from '../../include/uapi';
import { tcp_v4_rcv } from '../ipv4/tcp_ipv4';
import { udp_rcv } from '../ipv4/udp';
import { icmp_rcv } from '../ipv4/icmp';

export function* net_rx_action(host: Host): Sim<void> {
  while (host.work.length) {
    const w = host.work.shift()!;
    if (w instanceof TimerList) {
      yield* w.fn(w.arg);
      continue;
    }
    const skb = w;
    // ip_rcv → ip_local_deliver → inet_protos[IPPROTO_TCP]->handler
    if (skb.iph.protocol === IPPROTO_TCP) yield* tcp_v4_rcv(skb, host.net);
    else if (skb.iph.protocol === IPPROTO_UDP) yield* udp_rcv(skb, host.net);
    else if (skb.iph.protocol === IPPROTO_ICMP) yield* icmp_rcv(skb, host.net);
  }
}
