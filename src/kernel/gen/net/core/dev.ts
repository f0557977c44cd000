// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/core/dev.ts
// @ts-nocheck
// The receive softirq (net/core/dev.c's net_rx_action, IP's ip_rcv → ip_local_deliver): runs a
// host's queued work in its softirq context — arrived packets up to tcp_v4_rcv, udp_rcv or
// icmp_rcv (inet_protos[iph->protocol]->handler), expired timers.

import type { Sim } from '../../../core/engine';
import type { Host } from '../../../world/world';
import { TimerList } from '../../../core/timer';
import { IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP } from '../../../include/uapi';
import { tcp_v4_rcv } from '../ipv4/tcp_ipv4';
import { udp_rcv } from '../ipv4/udp';
import { icmp_rcv } from '../ipv4/icmp';

export function* net_rx_action(host: Host): Sim<void> { let $t: any;
  while (host.work.length) {
    const w = host.work.shift()!;
    if (w instanceof TimerList) {
      (($t = w.fn).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(w.arg) : yield* w.fn(w.arg));
      continue;
    }
    const skb = w;
    // ip_rcv → ip_local_deliver → inet_protos[IPPROTO_TCP]->handler
    if (skb.iph.protocol === IPPROTO_TCP) ($E.fast || $E.twinOk[tcp_v4_rcv.k] === 1 ? tcp_v4_rcv$fast(skb, host.net) : yield* tcp_v4_rcv(skb, host.net));
    else if (skb.iph.protocol === IPPROTO_UDP) ($E.fast || $E.twinOk[udp_rcv.k] === 1 ? udp_rcv$fast(skb, host.net) : yield* udp_rcv(skb, host.net));
    else if (skb.iph.protocol === IPPROTO_ICMP) ($E.fast || $E.twinOk[icmp_rcv.k] === 1 ? icmp_rcv$fast(skb, host.net) : yield* icmp_rcv(skb, host.net));
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { tcp_v4_rcv$fast as tcp_v4_rcv$fast } from '../ipv4/tcp_ipv4';
import { udp_rcv$fast as udp_rcv$fast } from '../ipv4/udp';
import { icmp_rcv$fast as icmp_rcv$fast } from '../ipv4/icmp';
export function net_rx_action$fast(host: Host): any { const $e = $E; let $t: any;
  while (host.work.length) {
    const w = host.work.shift()!;
    if (w instanceof TimerList) {
      (($t = w.fn).fast !== undefined ? $t.fast(w.arg) : $drive($t(w.arg)));
      continue;
    }
    const skb = w;
    // ip_rcv → ip_local_deliver → inet_protos[IPPROTO_TCP]->handler
    if (skb.iph.protocol === IPPROTO_TCP) tcp_v4_rcv$fast(skb, host.net);
    else if (skb.iph.protocol === IPPROTO_UDP) udp_rcv$fast(skb, host.net);
    else if (skb.iph.protocol === IPPROTO_ICMP) icmp_rcv$fast(skb, host.net);
  }
}
$kreg(net_rx_action, net_rx_action$fast, 'net_rx_action', () => ['reqsk_timer_handler', 'tcp_delack_timer_handler', 'tcp_retransmit_timer', 'tw_timer_handler', icmp_rcv, tcp_v4_rcv, udp_rcv]);
