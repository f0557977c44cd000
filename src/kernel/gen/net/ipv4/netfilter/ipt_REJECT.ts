// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/netfilter/ipt_REJECT.ts
// @ts-nocheck
// net/ipv4/netfilter/ipt_REJECT.c: the REJECT target — answer the packet (ICMP port unreachable,
// the default, or a TCP reset with --reject-with tcp-reset), then drop it.

import type { Sim } from '../../../../core/engine';
import { at, enter, leave } from '../../../../core/engine';
import { defineFn } from '../../../../core/anchors';
import type { SkBuff } from '../../../../include/linux/skbuff';
import { ICMP_PORT_UNREACH } from '../../../../include/linux/skbuff';
import type { XtActionParam, XtTarget } from '../../../../include/net/netfilter';
import { IPT_ICMP_PORT_UNREACHABLE, IPT_TCP_RESET, NF_DROP } from '../../../../include/net/netfilter';
import type { Net } from '../../../../include/net/net_namespace';
import { nf_send_reset, nf_send_unreach } from './nf_reject_ipv4';
const A$reject_tg = defineFn('net/ipv4/netfilter/ipt_REJECT.c', 'reject_tg', [22, 25, 26, 27, 30, 31, 33, 37]);

export function* reject_tg(skb: SkBuff, par: XtActionParam): Sim<number> {
  const reject = par.targinfo!;
  const hook = par.state.hook;
  const $f = enter(A$reject_tg, { skb, par, reject, hook });
  try {
  if (at(A$reject_tg.L22)) yield;
  if (reject.with === IPT_ICMP_PORT_UNREACHABLE) {
    if (at(A$reject_tg.L25)) yield;
    if (at(A$reject_tg.L26)) yield;
    ($E.fast || $E.twinOk[nf_send_unreach.k] === 1 ? nf_send_unreach$fast(skb, ICMP_PORT_UNREACH, hook) : yield* nf_send_unreach(skb, ICMP_PORT_UNREACH, hook));
    if (at(A$reject_tg.L27)) yield;
  } else if (reject.with === IPT_TCP_RESET) {
    if (at(A$reject_tg.L30)) yield;
    if (at(A$reject_tg.L31)) yield;
    ($E.fast || $E.twinOk[nf_send_reset.k] === 1 ? nf_send_reset$fast(par.state.net as unknown as Net, skb, hook) : yield* nf_send_reset(par.state.net as unknown as Net, skb, hook));
    if (at(A$reject_tg.L33)) yield;
  }
  if (at(A$reject_tg.L37)) yield;
  return NF_DROP;
  } finally {
    leave($f);
  }
}

/** The registered target (reject_tg_reg). */
export const xt_reject_target: XtTarget = { name: 'REJECT', target: reject_tg };


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../../core/engine';
import { nf_send_unreach$fast as nf_send_unreach$fast, nf_send_reset$fast as nf_send_reset$fast } from './nf_reject_ipv4';
export function reject_tg$fast(skb: SkBuff, par: XtActionParam): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const reject = par.targinfo!;
  const hook = par.state.hook;
  const $f = ($tb !== null && ($o = (A$reject_tg.L22 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (reject.with === IPT_ICMP_PORT_UNREACHABLE) {
    $s += 2; if ($tb !== null) ($o = (A$reject_tg.L25 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    nf_send_unreach$fast(skb, ICMP_PORT_UNREACH, hook);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$reject_tg.L27) : $tb.op($e.now, A$reject_tg.L27));
  } else if (reject.with === IPT_TCP_RESET) {
    $s += 2; if ($tb !== null) ($o = (A$reject_tg.L30 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    nf_send_reset$fast(par.state.net as unknown as Net, skb, hook);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$reject_tg.L33) : $tb.op($e.now, A$reject_tg.L33));
  }
  ++$s; $x = A$reject_tg.L37 | 1048576;
  return ($r = (NF_DROP), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$reject_tg.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(reject_tg, reject_tg$fast, 'reject_tg', () => [nf_send_reset, nf_send_unreach]);

// ---- kernel names ----
(reject_tg as any).kname = 'reject_tg';
