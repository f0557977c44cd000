// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/netfilter/core.ts
// @ts-nocheck
// include/linux/netfilter.h and net/netfilter/core.c: the hook points. nf_hook runs what is
// registered at a hook of a namespace. With nothing registered (no iptables rule ever added on the
// host, no conntrack) v5.4's static key says 1 at once and NF_HOOK calls okfn; once the filter table
// is registered (the host's first iptables rule), its hooks' keys are on and nf_hook_slow calls
// iptable_filter_hook, whose verdict decides: NF_ACCEPT goes on, NF_DROP frees the skb here.
// (Each simulated host is one kernel, so its static keys are its namespace's.) The okfn travels as struct nf_hook_state carries it: an object with the
// function (`{ okfn: ip_rcv_finish }`), so the call through it is an ops-table call the fast path knows.

import type { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import type { Net } from '../../../include/net/net_namespace';
import type { Sock } from '../../../include/net/sock';
import type { SkBuff } from '../../../include/linux/skbuff';
import type { NetDevice } from '../../../include/linux/netdevice';
import type { NfHookEntries, NfHookEntry, NfHookState, XtTable } from '../../../include/net/netfilter';
import { NF_ACCEPT, NF_DROP } from '../../../include/net/netfilter';
import { ERRNO } from '../../../include/uapi';

const EPERM = ERRNO.EPERM;

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
const A$nf_hook = defineFn('include/linux/netfilter.h', 'nf_hook', [36, 41, 44, 50, 55, 58, 61, 65]);

export function* nf_hook(pf: number, hook: number, net: Net, sk: Sock | null, skb: SkBuff, indev: NetDevice | null, outdev: NetDevice | null, okfn: Okfn): Sim<number> {
  const $f = enter(A$nf_hook, { pf, hook: hookName(pf, hook), net, sk, skb, indev, outdev });
  try {
  if (at(A$nf_hook.L36)) yield;
  // nf_hooks_needed[pf][hook]: is anything registered at this hook (in this kernel)?
  if (at(A$nf_hook.L41)) yield;
  if (pf === NFPROTO_ARP ? !net.nf_hooks_arp[hook].length : net.nf_hooks_needed[hook] === 0) {
    if (at(A$nf_hook.L44)) yield;
    return 1;
  }
  let ret = 1;
  if (at(A$nf_hook.L50)) yield;
  const hook_head = net.nf_hooks_ipv4[hook];
  $f.vars.hook_head = hook_head;
  if (at(A$nf_hook.L55)) yield;
  if (hook_head !== null) {
    if (at(A$nf_hook.L58)) yield;
    const state: NfHookState = { hook, pf, in: indev, out: outdev, sk, net: net as unknown as NfHookState['net'], okfn };
    $f.vars.state = state;
    if (at(A$nf_hook.L61)) yield;
    ret = ($E.fast || $E.twinOk[nf_hook_slow.k] === 1 ? nf_hook_slow$fast(skb, state, hook_head, 0) : yield* nf_hook_slow(skb, state, hook_head, 0));
    $f.vars.ret = ret;
  }
  if (at(A$nf_hook.L65)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$nf_hook_entry_hookfn = defineFn('include/linux/netfilter.h', 'nf_hook_entry_hookfn', [21]);

/** include/linux/netfilter.h: one registered function, called with its private data. */
export function* nf_hook_entry_hookfn(entry: NfHookEntry, skb: SkBuff, state: NfHookState): Sim<number> { let $t: any;
  const $f = enter(A$nf_hook_entry_hookfn, { entry, skb, state, priv: entry.priv });
  try {
  if (at(A$nf_hook_entry_hookfn.L21)) yield;
  return (($t = entry.hook).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(entry.priv, skb, state) : yield* entry.hook(entry.priv, skb, state));
  } finally {
    leave($f);
  }
}
const A$nf_hook_slow = defineFn('net/netfilter/core.c', 'nf_hook_slow', [26, 27, 28, 29, 30, 31, 34, 35, 36, 37, 38, 44]);

/** net/netfilter/core.c: the registered functions in order, each one's verdict deciding. */
export function* nf_hook_slow(skb: SkBuff, state: NfHookState, e: NfHookEntries, s: number): Sim<number> {
  const $f = enter(A$nf_hook_slow, { skb, state, e, s });
  try {
  if (at(A$nf_hook_slow.L26)) yield;
  for (; s < e.num_hook_entries; s++) {
    if (at(A$nf_hook_slow.L27)) yield;
    const verdict = ($E.fast || $E.twinOk[nf_hook_entry_hookfn.k] === 1 ? nf_hook_entry_hookfn$fast(e.hooks[s], skb, state) : yield* nf_hook_entry_hookfn(e.hooks[s], skb, state));
    $f.vars.verdict = verdict === NF_ACCEPT ? 'NF_ACCEPT' : verdict === NF_DROP ? 'NF_DROP' : verdict;
    if (at(A$nf_hook_slow.L28)) yield;
    if (verdict === NF_ACCEPT) {
      if (at(A$nf_hook_slow.L29)) yield;
      if (at(A$nf_hook_slow.L30)) yield;
      continue;
    }
    if (verdict === NF_DROP) {
      if (at(A$nf_hook_slow.L31)) yield;
      if (at(A$nf_hook_slow.L34)) yield;
      if (at(A$nf_hook_slow.L35)) yield;
      if (at(A$nf_hook_slow.L36)) yield;
      if (at(A$nf_hook_slow.L37)) yield;
      $f.vars.ret = -EPERM;
      if (at(A$nf_hook_slow.L38)) yield;
      return -EPERM;
    }
    return 0;
  }
  if (at(A$nf_hook_slow.L44)) yield;
  return 1;
  } finally {
    leave($f);
  }
}

export type { XtTable };
const A$NF_HOOK_COND = defineFn('include/linux/netfilter.h', 'NF_HOOK_COND', [81, 83, 84]);

export function* NF_HOOK_COND(pf: number, hook: number, net: Net, sk: Sock | null, skb: SkBuff, in_: NetDevice | null, out: NetDevice | null, okfn: Okfn, cond: boolean): Sim<number> { let $t: any;
  const $f = enter(A$NF_HOOK_COND, { pf, hook: hookName(pf, hook), net, sk, skb, in: in_, out, cond });
  try {
  let ret = 1;
  if (at(A$NF_HOOK_COND.L81)) yield;
  if (!cond || (ret = ($E.fast || $E.twinOk[nf_hook.k] === 1 ? nf_hook$fast(pf, hook, net, sk, skb, in_, out, okfn) : yield* nf_hook(pf, hook, net, sk, skb, in_, out, okfn))) === 1) {
    if (at(A$NF_HOOK_COND.L83)) yield;
    ret = (($t = okfn.okfn).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(net, sk, skb) : yield* okfn.okfn(net, sk, skb));
  }
  $f.vars.ret = ret;
  if (at(A$NF_HOOK_COND.L84)) yield;
  return ret;
  } finally {
    leave($f);
  }
}
const A$NF_HOOK = defineFn('include/linux/netfilter.h', 'NF_HOOK', [97, 98, 99, 100]);

export function* NF_HOOK(pf: number, hook: number, net: Net, sk: Sock | null, skb: SkBuff, in_: NetDevice | null, out: NetDevice | null, okfn: Okfn): Sim<number> { let $t: any;
  const $f = enter(A$NF_HOOK, { pf, hook: hookName(pf, hook), net, sk, skb, in: in_, out });
  try {
  if (at(A$NF_HOOK.L97)) yield;
  let ret = ($E.fast || $E.twinOk[nf_hook.k] === 1 ? nf_hook$fast(pf, hook, net, sk, skb, in_, out, okfn) : yield* nf_hook(pf, hook, net, sk, skb, in_, out, okfn));
  $f.vars.ret = ret;
  if (at(A$NF_HOOK.L98)) yield;
  if (ret === 1) {
    if (at(A$NF_HOOK.L99)) yield;
    ret = (($t = okfn.okfn).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(net, sk, skb) : yield* okfn.okfn(net, sk, skb));
  }
  if (at(A$NF_HOOK.L100)) yield;
  return ret;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
export function nf_hook$fast(pf: number, hook: number, net: Net, sk: Sock | null, skb: SkBuff, indev: NetDevice | null, outdev: NetDevice | null, okfn: Okfn): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ({ pf, hook: hookName(pf, hook), net, sk, skb, indev, outdev }, $tb !== null && ($o = (A$nf_hook.L36 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  // nf_hooks_needed[pf][hook]: is anything registered at this hook (in this kernel)?
  
  if (pf === NFPROTO_ARP ? !net.nf_hooks_arp[hook].length : net.nf_hooks_needed[hook] === 0) {
    ++$s; $x = A$nf_hook.L44 | 1048576;
    return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$nf_hook.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  let ret = 1;
  $s += 2; if ($tb !== null) ($o = (A$nf_hook.L50 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  const hook_head = net.nf_hooks_ipv4[hook];
  
  
  if (hook_head !== null) {
    $s += 2; if ($tb !== null) ($o = (A$nf_hook.L58 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    const state: NfHookState = { hook, pf, in: indev, out: outdev, sk, net: net as unknown as NfHookState['net'], okfn };
    
    
    ret = nf_hook_slow$fast(skb, state, hook_head, 0);
    
  }
  ++$s; $x = A$nf_hook.L65 | 1048576;
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$nf_hook.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function nf_hook_entry_hookfn$fast(entry: NfHookEntry, skb: SkBuff, state: NfHookState): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$nf_hook_entry_hookfn.L21 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  return ($r = ((($t = entry.hook).fast !== undefined ? $t.fast(entry.priv, skb, state) : $drive($t(entry.priv, skb, state)))), ($e.steps += $s, $tb !== null && ($o = (A$nf_hook_entry_hookfn.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function nf_hook_slow$fast(skb: SkBuff, state: NfHookState, e: NfHookEntries, s: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$nf_hook_slow.L26 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  for (; s < e.num_hook_entries; s++) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$nf_hook_slow.L27) : $tb.op($e.now, A$nf_hook_slow.L27));
    const verdict = nf_hook_entry_hookfn$fast(e.hooks[s], skb, state);
    verdict === NF_ACCEPT ? 'NF_ACCEPT' : verdict === NF_DROP ? 'NF_DROP' : verdict;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$nf_hook_slow.L28) : $tb.op($e.now, A$nf_hook_slow.L28));
    if (verdict === NF_ACCEPT) {
      $s += 2; if ($tb !== null) ($o = (A$nf_hook_slow.L29 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      
      continue;
    }
    if (verdict === NF_DROP) {
      $s += 6; $x = A$nf_hook_slow.L31 | 6291456;
      
      
      
      
      -EPERM;
      
      return ($r = (-EPERM), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$nf_hook_slow.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$nf_hook_slow.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$nf_hook_slow.L44 | 1048576;
  return ($r = (1), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$nf_hook_slow.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function NF_HOOK_COND$fast(pf: number, hook: number, net: Net, sk: Sock | null, skb: SkBuff, in_: NetDevice | null, out: NetDevice | null, okfn: Okfn, cond: boolean): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ({ pf, hook: hookName(pf, hook), net, sk, skb, in: in_, out, cond }, $tb !== null && ($o = (A$NF_HOOK_COND.L81 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  let ret = 1;
  ++$s;
  if (!cond || (ret = nf_hook$fast(pf, hook, net, sk, skb, in_, out, okfn)) === 1) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$NF_HOOK_COND.L83) : $tb.op($e.now, A$NF_HOOK_COND.L83));
    ret = (($t = okfn.okfn).fast !== undefined ? $t.fast(net, sk, skb) : $drive($t(net, sk, skb)));
  }
  
  ++$s; $x = A$NF_HOOK_COND.L84 | 1048576;
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$NF_HOOK_COND.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function NF_HOOK$fast(pf: number, hook: number, net: Net, sk: Sock | null, skb: SkBuff, in_: NetDevice | null, out: NetDevice | null, okfn: Okfn): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ({ pf, hook: hookName(pf, hook), net, sk, skb, in: in_, out }, $tb !== null && ($o = (A$NF_HOOK.L97 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  let ret = nf_hook$fast(pf, hook, net, sk, skb, in_, out, okfn);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$NF_HOOK.L98) : $tb.op($e.now, A$NF_HOOK.L98));
  if (ret === 1) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$NF_HOOK.L99) : $tb.op($e.now, A$NF_HOOK.L99));
    ret = (($t = okfn.okfn).fast !== undefined ? $t.fast(net, sk, skb) : $drive($t(net, sk, skb)));
  }
  ++$s; $x = A$NF_HOOK.L100 | 1048576;
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$NF_HOOK.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(nf_hook, nf_hook$fast, 'nf_hook', () => [nf_hook_slow]);
$kreg(nf_hook_entry_hookfn, nf_hook_entry_hookfn$fast, 'nf_hook_entry_hookfn', () => ['iptable_filter_hook']);
$kreg(nf_hook_slow, nf_hook_slow$fast, 'nf_hook_slow', () => [nf_hook_entry_hookfn]);
$kreg(NF_HOOK_COND, NF_HOOK_COND$fast, 'NF_HOOK_COND', () => ['arp_process', 'arp_xmit_finish', 'dst_output', 'ip_finish_output', 'ip_finish_output2', 'ip_local_deliver_finish', 'ip_rcv_finish', nf_hook]);
$kreg(NF_HOOK, NF_HOOK$fast, 'NF_HOOK', () => ['arp_process', 'arp_xmit_finish', 'dst_output', 'ip_finish_output', 'ip_finish_output2', 'ip_local_deliver_finish', 'ip_rcv_finish', nf_hook]);
