// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/drivers/net/loopback.ts
// @ts-nocheck
// drivers/net/loopback.c: lo. Its ndo_start_xmit turns the frame round: eth_type_trans pulls the
// Ethernet header the neighbour pushed, netif_rx queues it on this CPU's backlog.

import type { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import type { SkBuff } from '../../../include/linux/skbuff';
import { skb_len } from '../../../include/linux/skbuff';
import type { NetDevice } from '../../../include/linux/netdevice';
import { NET_RX_SUCCESS, NETDEV_TX_OK } from '../../../include/linux/netdevice';
import { netif_rx } from '../../net/core/dev';
import { eth_type_trans } from './simnic';
const A$loopback_xmit = defineFn('drivers/net/loopback.c', 'loopback_xmit', [22, 25, 28, 33, 36, 39, 41, 42, 44, 45, 49]);

export function* loopback_xmit(skb: SkBuff, dev: NetDevice): Sim<number> {
  const $f = enter(A$loopback_xmit, { skb, dev });
  try {
  if (at(A$loopback_xmit.L22)) yield;
  if (at(A$loopback_xmit.L25)) yield;
  if (at(A$loopback_xmit.L28)) yield;
  skb.sk = null;
  if (at(A$loopback_xmit.L33)) yield;
  // (a capture on lo records the frame here, as dev_queue_xmit_nit hands it to the taps)
  dev.net.host.world.loopback(dev.net.host, skb);
  if (at(A$loopback_xmit.L36)) yield;
  skb.protocol = eth_type_trans(skb, dev);
  if (at(A$loopback_xmit.L39)) yield;
  if (at(A$loopback_xmit.L41)) yield;
  const len = skb_len(skb);
  $f.vars.len = len;
  if (at(A$loopback_xmit.L42)) yield;
  if ((($E.fast || $E.twinOk[netif_rx.k] === 1 ? netif_rx$fast(skb) : yield* netif_rx(skb))) === NET_RX_SUCCESS) {
    if (at(A$loopback_xmit.L44)) yield;
    dev.stats.rx_bytes += len;
    dev.stats.tx_bytes += len;
    if (at(A$loopback_xmit.L45)) yield;
    dev.stats.rx_packets++;
    dev.stats.tx_packets++;
  }
  if (at(A$loopback_xmit.L49)) yield;
  return NETDEV_TX_OK;
  } finally {
    leave($f);
  }
}

/** lo's net_device_ops. */
export const loopback_ops = { ndo_start_xmit: loopback_xmit };


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { netif_rx$fast as netif_rx$fast } from '../../net/core/dev';
export function loopback_xmit$fast(skb: SkBuff, dev: NetDevice): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$loopback_xmit.L22 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 4;
  
  
  skb.sk = null;
  
  // (a capture on lo records the frame here, as dev_queue_xmit_nit hands it to the taps)
  dev.net.host.world.loopback(dev.net.host, skb);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$loopback_xmit.L36) : $tb.op($e.now, A$loopback_xmit.L36));
  skb.protocol = eth_type_trans(skb, dev);
  $s += 3; if ($tb !== null) ($o = (A$loopback_xmit.L39 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  const len = skb_len(skb);
  
  
  if ((netif_rx$fast(skb)) === NET_RX_SUCCESS) {
    $s += 2; if ($tb !== null) ($o = (A$loopback_xmit.L44 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    dev.stats.rx_bytes += len;
    dev.stats.tx_bytes += len;
    
    dev.stats.rx_packets++;
    dev.stats.tx_packets++;
  }
  ++$s; $x = A$loopback_xmit.L49 | 1048576;
  return ($r = (NETDEV_TX_OK), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$loopback_xmit.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(loopback_xmit, loopback_xmit$fast, 'loopback_xmit', () => [netif_rx]);

// ---- kernel names ----
(loopback_xmit as any).kname = 'loopback_xmit';
