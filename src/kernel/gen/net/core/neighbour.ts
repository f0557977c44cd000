// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/core/neighbour.ts
// @ts-nocheck
// include/net/neighbour.h: the neighbour's output. A neighbour resolved with its Ethernet header
// cached (the state after the first packet) takes neigh_hh_output: the header copied in front, then
// dev_queue_xmit. (neigh_resolve_output and ARP are not simulated yet: every neighbour is found resolved.)

import type { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import type { SkBuff } from '../../../include/linux/skbuff';
import { skb_headroom, skb_push } from '../../../include/linux/skbuff';
import type { Neighbour } from '../../../include/linux/netdevice';
import { NUD_CONNECTED } from '../../../include/linux/netdevice';
import { dev_queue_xmit } from './dev';

const HH_DATA_MOD = 16;
const A$neigh_hh_output = defineFn('include/net/neighbour.h', 'neigh_hh_output', [23, 24, 25, 26, 28, 30, 36, 38, 44, 45]);

export function* neigh_hh_output(hh: Neighbour['hh'], skb: SkBuff): Sim<number> {
  const $f = enter(A$neigh_hh_output, { hh, skb });
  try {
  if (at(A$neigh_hh_output.L23)) yield;
  if (at(A$neigh_hh_output.L24)) yield;
  const hh_len = hh.hh_len;
  $f.vars.hh_len = hh_len;
  if (at(A$neigh_hh_output.L25)) yield;
  if (at(A$neigh_hh_output.L26)) yield;
  if (at(A$neigh_hh_output.L28)) yield;
  if (at(A$neigh_hh_output.L30)) yield;
  if (at(A$neigh_hh_output.L36)) yield;
  if (at(A$neigh_hh_output.L38)) yield;
  if (skb_headroom(skb) < HH_DATA_MOD) throw new Error('neigh_hh_output: no headroom');
  if (at(A$neigh_hh_output.L44)) yield;
  skb_push(skb, hh_len);
  if (at(A$neigh_hh_output.L45)) yield;
  return ($E.fast || $E.twinOk[dev_queue_xmit.k] === 1 ? dev_queue_xmit$fast(skb) : yield* dev_queue_xmit(skb));
  } finally {
    leave($f);
  }
}
const A$neigh_output = defineFn('include/net/neighbour.h', 'neigh_output', [60, 61]);

export function* neigh_output(n: Neighbour, skb: SkBuff, skip_cache: boolean): Sim<number> {
  const hh = n.hh;
  const $f = enter(A$neigh_output, { n, skb, skip_cache, hh });
  try {
  if (at(A$neigh_output.L60)) yield;
  if (!(n.nud_state & NUD_CONNECTED) || !hh.hh_len || skip_cache) throw new Error('neigh_output: only resolved neighbours are simulated');
  if (at(A$neigh_output.L61)) yield;
  return ($E.fast || $E.twinOk[neigh_hh_output.k] === 1 ? neigh_hh_output$fast(hh, skb) : yield* neigh_hh_output(hh, skb));
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { dev_queue_xmit$fast as dev_queue_xmit$fast } from './dev';
export function neigh_hh_output$fast(hh: Neighbour['hh'], skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$neigh_hh_output.L23 | 276824064), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $s += 8;
  
  const hh_len = hh.hh_len;
  
  
  
  
  
  
  
  if (skb_headroom(skb) < HH_DATA_MOD) throw new Error('neigh_hh_output: no headroom');
  $s += 2; if ($tb !== null) ($o = (A$neigh_hh_output.L44 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  skb_push(skb, hh_len);
  
  return dev_queue_xmit$fast(skb);
  } finally {
    ($e.steps += $s, $tb !== null && ($o = (A$neigh_hh_output.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function neigh_output$fast(n: Neighbour, skb: SkBuff, skip_cache: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const hh = n.hh;
  const $f = ($tb !== null && ($o = (A$neigh_output.L60 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  ++$s;
  if (!(n.nud_state & NUD_CONNECTED) || !hh.hh_len || skip_cache) throw new Error('neigh_output: only resolved neighbours are simulated');
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$neigh_output.L61) : $tb.op($e.now, A$neigh_output.L61));
  return neigh_hh_output$fast(hh, skb);
  } finally {
    ($e.steps += $s, $tb !== null && ($o = (A$neigh_output.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
$kreg(neigh_hh_output, neigh_hh_output$fast, 'neigh_hh_output', () => [dev_queue_xmit]);
$kreg(neigh_output, neigh_output$fast, 'neigh_output', () => [neigh_hh_output]);
