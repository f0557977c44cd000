// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/icmp.ts
// @ts-nocheck
// net/ipv4/icmp.c, the part UDP needs: __icmp_send (the port unreachable a host answers a datagram
// for a port nobody bound with) and icmp_rcv → icmp_unreach → icmp_socket_deliver, which hands the
// error back to the sending protocol's err_handler (udp_err). Rate limits (icmp_ratelimit,
// icmp_msgs_per_sec) are not modelled: every error is sent.

import { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import { SkBuff, ICMP_DEST_UNREACH } from '../../../include/linux/skbuff';
import type { Net } from '../../../include/net/net_namespace';
import { MIB, NET_INC_STATS } from '../../../include/net/net_namespace';
import { IPPROTO_ICMP, IPPROTO_UDP } from '../../../include/uapi';
import { udp_err } from './udp';

/** NR_ICMP_TYPES, NR_ICMP_UNREACH. */
const NR_ICMP_TYPES = 18;
const NR_ICMP_UNREACH = 15;
const A$__icmp_send = defineFn('net/ipv4/icmp.c', '__icmp_send', [31, 34, 43, 46, 48, 49, 56, 58, 63, 69, 74]);

/** __icmp_send() (what icmp_send() calls): an ICMP error back to the sender of skb_in, quoting its headers. */
export function* __icmp_send(skb_in: SkBuff, type: number, code: number, info: number, net: Net): Sim<void> {
  const $f = enter(A$__icmp_send, { skb_in, type, code, info });
  try {

  if (at(A$__icmp_send.L31)) yield;
  const iph = skb_in.iph;
  $f.vars.iph = iph;
  if (at(A$__icmp_send.L34)) yield;
  if (at(A$__icmp_send.L43)) yield;
  if (at(A$__icmp_send.L46)) yield;
  const saddr = iph.daddr;
  $f.vars.saddr = saddr;
  if (at(A$__icmp_send.L48)) yield;
  if (at(A$__icmp_send.L49)) yield;
  if (at(A$__icmp_send.L56)) yield;
  if (at(A$__icmp_send.L58)) yield;
  if (at(A$__icmp_send.L63)) yield;
  // 576 - IP header - ICMP header
  const room = 576 - 20 - 8;
  if (at(A$__icmp_send.L69)) yield;
  const data_len = Math.min(20 + (skb_in.uh ? 8 : 0) + skb_in.len, room);
  $f.vars.data_len = data_len;
  const skb = new SkBuff({ saddr, daddr: iph.saddr, protocol: IPPROTO_ICMP, ttl: 64, tot_len: 20 + 8 + data_len });
  skb.icmph = {
    type,
    code,
    info,
    quoted: { iph: { ...iph }, uh: skb_in.uh ? { ...skb_in.uh } : null },
    quotedLen: data_len,
  };
  $f.vars.skb = skb;
  if (at(A$__icmp_send.L74)) yield;
  NET_INC_STATS(net, MIB.IcmpOutMsgs);
  if (type === ICMP_DEST_UNREACH) NET_INC_STATS(net, MIB.IcmpOutDestUnreachs);
  net.host.world.transmit(net.host, skb);
  } finally {
    leave($f);
  }
}
const A$icmp_socket_deliver = defineFn('net/ipv4/icmp.c', 'icmp_socket_deliver', [87, 92, 97, 100, 102]);

function* icmp_socket_deliver(skb: SkBuff, info: number, net: Net): Sim<void> {
  const iph = skb.icmph!.quoted.iph;
  const $f = enter(A$icmp_socket_deliver, { skb, info, iph, protocol: iph.protocol });
  try {

  if (at(A$icmp_socket_deliver.L87)) yield;
  if (at(A$icmp_socket_deliver.L92)) yield;
  if (at(A$icmp_socket_deliver.L97)) yield;
  if (at(A$icmp_socket_deliver.L100)) yield;
  // only UDP's err_handler is simulated (tcp_v4_err is not)
  if (iph.protocol === IPPROTO_UDP) {
    $f.vars.ipprot = 'udp_protocol';
    if (at(A$icmp_socket_deliver.L102)) yield;
    ($E.fast || $E.twinOk[udp_err.k] === 1 ? udp_err$fast(skb, info, net) : yield* udp_err(skb, info, net));
  }
  } finally {
    leave($f);
  }
}
const A$icmp_unreach = defineFn('net/ipv4/icmp.c', 'icmp_unreach', [119, 122, 125, 131, 136, 142, 145]);

function* icmp_unreach(skb: SkBuff, net: Net): Sim<boolean> {
  const ic = skb.icmph!;
  const $f = enter(A$icmp_unreach, { skb, info: 0 });
  try {

  if (at(A$icmp_unreach.L119)) yield;
  $f.vars.icmph = ic;
  $f.vars.iph = ic.quoted.iph;
  if (at(A$icmp_unreach.L122)) yield;
  if (at(A$icmp_unreach.L125)) yield;
  if (ic.type === ICMP_DEST_UNREACH) {
    if (at(A$icmp_unreach.L131)) yield;
    if (at(A$icmp_unreach.L136)) yield;
    if (ic.code > NR_ICMP_UNREACH) {
      if (at(A$icmp_unreach.L145)) yield;
      return true;
    }
  }
  if (at(A$icmp_unreach.L142)) yield;
  ($E.fast || $E.twinOk[icmp_socket_deliver.k] === 1 ? icmp_socket_deliver$fast(skb, ic.info, net) : yield* icmp_socket_deliver(skb, ic.info, net));
  if (at(A$icmp_unreach.L145)) yield;
  return true;
  } finally {
    leave($f);
  }
}
const A$icmp_rcv = defineFn('net/ipv4/icmp.c', 'icmp_rcv', [163, 165, 171, 175, 179, 181, 182]);

/** icmp_rcv() = icmp_protocol.handler: an ICMP message arrived for this host. */
export function* icmp_rcv(skb: SkBuff, net: Net): Sim<number> {
  const ic = skb.icmph!;
  const $f = enter(A$icmp_rcv, { skb, net });
  try {

  if (at(A$icmp_rcv.L163)) yield;
  NET_INC_STATS(net, MIB.IcmpInMsgs);
  if (at(A$icmp_rcv.L165)) yield;
  if (at(A$icmp_rcv.L171)) yield;
  $f.vars.icmph = ic;
  if (at(A$icmp_rcv.L175)) yield;
  if (ic.type > NR_ICMP_TYPES) {
    NET_INC_STATS(net, MIB.IcmpInErrors);
    return 1;
  }
  if (ic.type !== ICMP_DEST_UNREACH) return 0; // only the unreach handler is simulated
  NET_INC_STATS(net, MIB.IcmpInDestUnreachs);
  if (at(A$icmp_rcv.L179)) yield;
  const success = ($E.fast || $E.twinOk[icmp_unreach.k] === 1 ? icmp_unreach$fast(skb, net) : yield* icmp_unreach(skb, net));
  $f.vars.success = success;
  if (at(A$icmp_rcv.L181)) yield;
  if (success) {
    if (at(A$icmp_rcv.L182)) yield;
  }
  return 0;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { udp_err$fast as udp_err$fast } from './udp';
export function __icmp_send$fast(skb_in: SkBuff, type: number, code: number, info: number, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__icmp_send.L31 | 278921216), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 10;
  const iph = skb_in.iph;
  
  
  
  
  const saddr = iph.daddr;
  
  
  
  
  
  
  // 576 - IP header - ICMP header
  const room = 576 - 20 - 8;
  
  const data_len = Math.min(20 + (skb_in.uh ? 8 : 0) + skb_in.len, room);
  
  const skb = new SkBuff({ saddr, daddr: iph.saddr, protocol: IPPROTO_ICMP, ttl: 64, tot_len: 20 + 8 + data_len });
  skb.icmph = {
    type,
    code,
    info,
    quoted: { iph: { ...iph }, uh: skb_in.uh ? { ...skb_in.uh } : null },
    quotedLen: data_len,
  };
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__icmp_send.L74) : $tb.op($e.now, A$__icmp_send.L74));
  NET_INC_STATS(net, MIB.IcmpOutMsgs);
  if (type === ICMP_DEST_UNREACH) NET_INC_STATS(net, MIB.IcmpOutDestUnreachs);
  net.host.world.transmit(net.host, skb);
  } ($e.steps += $s, $tb !== null && ($o = (A$__icmp_send.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function icmp_socket_deliver$fast(skb: SkBuff, info: number, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const iph = skb.icmph!.quoted.iph;
  const $f = ($tb !== null && ($o = (A$icmp_socket_deliver.L87 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 4;
  
  
  
  // only UDP's err_handler is simulated (tcp_v4_err is not)
  if (iph.protocol === IPPROTO_UDP) {
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$icmp_socket_deliver.L102) : $tb.op($e.now, A$icmp_socket_deliver.L102));
    udp_err$fast(skb, info, net);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$icmp_socket_deliver.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function icmp_unreach$fast(skb: SkBuff, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const ic = skb.icmph!;
  const $f = ($tb !== null && ($o = (A$icmp_unreach.L119 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 3;
  
  
  
  
  if (ic.type === ICMP_DEST_UNREACH) {
    $s += 2; if ($tb !== null) ($o = (A$icmp_unreach.L131 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    if (ic.code > NR_ICMP_UNREACH) {
      ++$s; $x = A$icmp_unreach.L145 | 1048576;
      return ($r = (true), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$icmp_unreach.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$icmp_unreach.L142) : $tb.op($e.now, A$icmp_unreach.L142));
  icmp_socket_deliver$fast(skb, ic.info, net);
  ++$s; $x = A$icmp_unreach.L145 | 1048576;
  return ($r = (true), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$icmp_unreach.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function icmp_rcv$fast(skb: SkBuff, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const ic = skb.icmph!;
  const $f = ($tb !== null && ($o = (A$icmp_rcv.L163 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  NET_INC_STATS(net, MIB.IcmpInMsgs);
  $s += 3; if ($tb !== null) ($o = (A$icmp_rcv.L165 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  
  if (ic.type > NR_ICMP_TYPES) {
    NET_INC_STATS(net, MIB.IcmpInErrors);
    return ($r = (1), ($e.steps += $s, $tb !== null && ($o = (A$icmp_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  if (ic.type !== ICMP_DEST_UNREACH) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = (A$icmp_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r); // only the unreach handler is simulated
  NET_INC_STATS(net, MIB.IcmpInDestUnreachs);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$icmp_rcv.L179) : $tb.op($e.now, A$icmp_rcv.L179));
  const success = icmp_unreach$fast(skb, net);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$icmp_rcv.L181) : $tb.op($e.now, A$icmp_rcv.L181));
  if (success) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$icmp_rcv.L182) : $tb.op($e.now, A$icmp_rcv.L182));
  }
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = (A$icmp_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(__icmp_send, __icmp_send$fast, '__icmp_send', () => []);
$kreg(icmp_socket_deliver, icmp_socket_deliver$fast, 'icmp_socket_deliver', () => [udp_err]);
$kreg(icmp_unreach, icmp_unreach$fast, 'icmp_unreach', () => [icmp_socket_deliver]);
$kreg(icmp_rcv, icmp_rcv$fast, 'icmp_rcv', () => [icmp_unreach]);
