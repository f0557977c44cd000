// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/netfilter/core.ts
// @ts-nocheck
// include/linux/netfilter.h: the hook points. nf_hook runs what is registered at a hook of a
// namespace — nothing yet (no iptables rules, no conntrack): v5.4's static key then says 1 at once,
// and NF_HOOK calls okfn. The okfn travels as struct nf_hook_state carries it: an object with the
// function (`{ okfn: ip_rcv_finish }`), so the call through it is an ops-table call the fast path knows.

import type { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import type { Net } from '../../../include/net/net_namespace';
import type { Sock } from '../../../include/net/sock';
import type { SkBuff } from '../../../include/linux/skbuff';
import type { NetDevice } from '../../../include/linux/netdevice';

export const NFPROTO_IPV4 = 2;
export const NF_INET_PRE_ROUTING = 0;
export const NF_INET_LOCAL_IN = 1;
export const NF_INET_FORWARD = 2;
export const NF_INET_LOCAL_OUT = 3;
export const NF_INET_POST_ROUTING = 4;
/** The hooks' names, as iptables' chains sit on them. */
export const NF_INET_HOOK_NAMES = ['NF_INET_PRE_ROUTING', 'NF_INET_LOCAL_IN', 'NF_INET_FORWARD', 'NF_INET_LOCAL_OUT', 'NF_INET_POST_ROUTING'];

/** ARP's own hooks (include/uapi/linux/netfilter_arp.h): arptables' INPUT and OUTPUT. */
export const NFPROTO_ARP = 3;
export const NF_ARP_IN = 0;
export const NF_ARP_OUT = 1;
const NF_ARP_HOOK_NAMES = ['NF_ARP_IN', 'NF_ARP_OUT', 'NF_ARP_FORWARD'];
function hookName(pf: number, hook: number): string {
  return pf === NFPROTO_ARP ? NF_ARP_HOOK_NAMES[hook] : NF_INET_HOOK_NAMES[hook];
}

/** The function a hook's caller goes on with when the packet may pass. */
export interface Okfn {
  okfn(net: Net, sk: Sock | null, skb: SkBuff): Sim<number>;
}
const A$nf_hook = defineFn('include/linux/netfilter.h', 'nf_hook', [23, 28, 31, 37, 52]);

export function* nf_hook(pf: number, hook: number, net: Net, sk: Sock | null, skb: SkBuff, indev: NetDevice | null, outdev: NetDevice | null, okfn: Okfn): Sim<number> {
  const $f = enter(A$nf_hook, { pf, hook: hookName(pf, hook), net, sk, skb, indev, outdev });
  try {
  if (at(A$nf_hook.L23)) yield;
  // nf_hooks_needed[pf][hook]: is anything registered at this hook (in any namespace)?
  if (at(A$nf_hook.L28)) yield;
  if (!(pf === NFPROTO_ARP ? net.nf_hooks_arp : net.nf_hooks_ipv4)[hook].length) {
    if (at(A$nf_hook.L31)) yield;
    return 1;
  }
  if (at(A$nf_hook.L37)) yield;
  if (at(A$nf_hook.L52)) yield;
  return 1;
  } finally {
    leave($f);
  }
}
const A$NF_HOOK_COND = defineFn('include/linux/netfilter.h', 'NF_HOOK_COND', [68, 70, 71]);

export function* NF_HOOK_COND(pf: number, hook: number, net: Net, sk: Sock | null, skb: SkBuff, in_: NetDevice | null, out: NetDevice | null, okfn: Okfn, cond: boolean): Sim<number> { let $t: any;
  const $f = enter(A$NF_HOOK_COND, { pf, hook: hookName(pf, hook), net, sk, skb, in: in_, out, cond });
  try {
  let ret = 1;
  if (at(A$NF_HOOK_COND.L68)) yield;
  if (!cond || (ret = ($E.fast || $E.twinOk[nf_hook.k] === 1 ? nf_hook$fast(pf, hook, net, sk, skb, in_, out, okfn) : yield* nf_hook(pf, hook, net, sk, skb, in_, out, okfn))) === 1) {
    if (at(A$NF_HOOK_COND.L70)) yield;
    ret = (($t = okfn.okfn).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(net, sk, skb) : yield* okfn.okfn(net, sk, skb));
  }
  $f.vars.ret = ret;
  if (at(A$NF_HOOK_COND.L71)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$NF_HOOK = defineFn('include/linux/netfilter.h', 'NF_HOOK', [84, 85, 86, 87]);

export function* NF_HOOK(pf: number, hook: number, net: Net, sk: Sock | null, skb: SkBuff, in_: NetDevice | null, out: NetDevice | null, okfn: Okfn): Sim<number> { let $t: any;
  const $f = enter(A$NF_HOOK, { pf, hook: hookName(pf, hook), net, sk, skb, in: in_, out });
  try {
  if (at(A$NF_HOOK.L84)) yield;
  let ret = ($E.fast || $E.twinOk[nf_hook.k] === 1 ? nf_hook$fast(pf, hook, net, sk, skb, in_, out, okfn) : yield* nf_hook(pf, hook, net, sk, skb, in_, out, okfn));
  $f.vars.ret = ret;
  if (at(A$NF_HOOK.L85)) yield;
  if (ret === 1) {
    if (at(A$NF_HOOK.L86)) yield;
    ret = (($t = okfn.okfn).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(net, sk, skb) : yield* okfn.okfn(net, sk, skb));
  }
  if (at(A$NF_HOOK.L87)) yield;
  return ret;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
export function nf_hook$fast(pf: number, hook: number, net: Net, sk: Sock | null, skb: SkBuff, indev: NetDevice | null, outdev: NetDevice | null, okfn: Okfn): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const $f = ({ pf, hook: hookName(pf, hook), net, sk, skb, indev, outdev }, $tb !== null && ($o = (A$nf_hook.L23 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  $s += 2;
  // nf_hooks_needed[pf][hook]: is anything registered at this hook (in any namespace)?
  
  if (!(pf === NFPROTO_ARP ? net.nf_hooks_arp : net.nf_hooks_ipv4)[hook].length) {
    ++$s; $x = A$nf_hook.L31 | 1048576;
    return 1;
  }
  $s += 2; $x = A$nf_hook.L37 | 2097152;
  
  return 1;
  } finally {
    ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$nf_hook.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function NF_HOOK_COND$fast(pf: number, hook: number, net: Net, sk: Sock | null, skb: SkBuff, in_: NetDevice | null, out: NetDevice | null, okfn: Okfn, cond: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $s = 0; let $x = -1;
  const $f = ({ pf, hook: hookName(pf, hook), net, sk, skb, in: in_, out, cond }, $tb !== null && ($o = (A$NF_HOOK_COND.L68 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  let ret = 1;
  ++$s;
  if (!cond || (ret = nf_hook$fast(pf, hook, net, sk, skb, in_, out, okfn)) === 1) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$NF_HOOK_COND.L70) : $tb.op($e.now, A$NF_HOOK_COND.L70));
    ret = (($t = okfn.okfn).fast !== undefined ? $t.fast(net, sk, skb) : $drive($t(net, sk, skb)));
  }
  
  ++$s; $x = A$NF_HOOK_COND.L71 | 1048576;
  return ret;
  } finally {
    ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$NF_HOOK_COND.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function NF_HOOK$fast(pf: number, hook: number, net: Net, sk: Sock | null, skb: SkBuff, in_: NetDevice | null, out: NetDevice | null, okfn: Okfn): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $s = 0; let $x = -1;
  const $f = ({ pf, hook: hookName(pf, hook), net, sk, skb, in: in_, out }, $tb !== null && ($o = (A$NF_HOOK.L84 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  ++$s;
  let ret = nf_hook$fast(pf, hook, net, sk, skb, in_, out, okfn);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$NF_HOOK.L85) : $tb.op($e.now, A$NF_HOOK.L85));
  if (ret === 1) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$NF_HOOK.L86) : $tb.op($e.now, A$NF_HOOK.L86));
    ret = (($t = okfn.okfn).fast !== undefined ? $t.fast(net, sk, skb) : $drive($t(net, sk, skb)));
  }
  ++$s; $x = A$NF_HOOK.L87 | 1048576;
  return ret;
  } finally {
    ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$NF_HOOK.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
$kreg(nf_hook, nf_hook$fast, 'nf_hook', () => []);
$kreg(NF_HOOK_COND, NF_HOOK_COND$fast, 'NF_HOOK_COND', () => ['arp_process', 'arp_xmit_finish', 'dst_output', 'ip_finish_output', 'ip_local_deliver_finish', 'ip_rcv_finish', nf_hook]);
$kreg(NF_HOOK, NF_HOOK$fast, 'NF_HOOK', () => ['arp_process', 'arp_xmit_finish', 'dst_output', 'ip_finish_output', 'ip_local_deliver_finish', 'ip_rcv_finish', nf_hook]);
