// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/icmp.ts
// @ts-nocheck
// net/ipv4/icmp.c, the part UDP and REJECT need: __icmp_send (the port unreachable a host answers a
// datagram for a port nobody bound with, or iptables' REJECT a packet) and icmp_rcv → icmp_unreach →
// icmp_socket_deliver, which hands the error back to the sending protocol's err_handler (udp_err,
// tcp_v4_err). Rate limits (icmp_ratelimit,
// icmp_msgs_per_sec) are not modelled: every error is sent.

import { ip_send_skb } from './ip_output';
import { ip_route_output_ports } from './route';
import { ipAppendLayout, transportHeaderLen } from '../../../include/linux/skbuff';
import { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import { SkBuff, ICMP_DEST_UNREACH, ICMP_TIME_EXCEEDED, ICMP_EXC_FRAGTIME } from '../../../include/linux/skbuff';
import type { Net } from '../../../include/net/net_namespace';
import type { Rtable } from '../../../include/linux/netdevice';
import { MIB, NET_INC_STATS } from '../../../include/net/net_namespace';
import { IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP } from '../../../include/uapi';
import { tcp_v4_err } from './tcp_ipv4';
import { udp_err } from './udp';

/** NR_ICMP_TYPES, NR_ICMP_UNREACH. */
const NR_ICMP_TYPES = 18;
const NR_ICMP_UNREACH = 15;
const A$__icmp_send = defineFn('net/ipv4/icmp.c', '__icmp_send', [31, 34, 43, 46, 49, 51, 55, 56, 63, 65, 70, 71, 73, 74, 76, 81]);

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
  let saddr = iph.daddr;
  if (at(A$__icmp_send.L49)) yield;
  let rt: Rtable | null = skb_in._skb_refdst;
  if (rt !== null && rt !== net.rt_input_local && rt !== net.rt_output_local) {
    // (no device to take an address from: 0, and the reply's route picks this host's own address)
    if (at(A$__icmp_send.L51)) yield;
    saddr = iph.saddr;
  }
  $f.vars.saddr = saddr;
  if (at(A$__icmp_send.L55)) yield;
  if (at(A$__icmp_send.L56)) yield;
  if (at(A$__icmp_send.L63)) yield;
  if (at(A$__icmp_send.L65)) yield;
  if (at(A$__icmp_send.L70)) yield;
  // at most 576 (and at most the route's MTU), less the IP and ICMP headers
  rt = ip_route_output_ports(net, iph.saddr);
  let room = rt.dst.dev.mtu;
  if (at(A$__icmp_send.L71)) yield;
  if (room > 576) room = 576;
  if (at(A$__icmp_send.L73)) yield;
  if (at(A$__icmp_send.L74)) yield;
  room -= 20 + 8;
  if (at(A$__icmp_send.L76)) yield;
  const data_len = Math.min(20 + transportHeaderLen(skb_in) + skb_in.len, room);
  $f.vars.data_len = data_len;
  const skb = new SkBuff({ saddr, daddr: iph.saddr, protocol: IPPROTO_ICMP, ttl: 64, tot_len: 20 + 8 + data_len, id: 0, frag_off: 0 });
  skb.icmph = {
    type,
    code,
    info,
    quoted: { iph: { ...iph }, uh: skb_in.uh ? { ...skb_in.uh } : null, ...(skb_in.th ? { th: { ...skb_in.th } } : {}) },
    quotedLen: data_len,
  };
  $f.vars.skb = skb;
  if (at(A$__icmp_send.L81)) yield;
  NET_INC_STATS(net, MIB.IcmpOutMsgs);
  if (type === ICMP_DEST_UNREACH) NET_INC_STATS(net, MIB.IcmpOutDestUnreachs);
  if (type === ICMP_TIME_EXCEEDED) NET_INC_STATS(net, MIB.IcmpOutTimeExcds);
  // icmp_push_reply → ip_push_pending_frames → ip_send_skb (the reply's route: back to the sender)
  ipAppendLayout(skb);
  skb._skb_refdst = rt;
  ($E.fast || $E.twinOk[ip_send_skb.k] === 1 ? ip_send_skb$fast(net, skb) : yield* ip_send_skb(net, skb));
  } finally {
    leave($f);
  }
}
const A$icmp_socket_deliver = defineFn('net/ipv4/icmp.c', 'icmp_socket_deliver', [94, 99, 104, 107, 109]);

function* icmp_socket_deliver(skb: SkBuff, info: number, net: Net): Sim<void> {
  const iph = skb.icmph!.quoted.iph;
  const $f = enter(A$icmp_socket_deliver, { skb, info, iph, protocol: iph.protocol });
  try {

  if (at(A$icmp_socket_deliver.L94)) yield;
  if (at(A$icmp_socket_deliver.L99)) yield;
  if (at(A$icmp_socket_deliver.L104)) yield;
  if (at(A$icmp_socket_deliver.L107)) yield;
  if (iph.protocol === IPPROTO_UDP) {
    $f.vars.ipprot = 'udp_protocol';
    if (at(A$icmp_socket_deliver.L109)) yield;
    ($E.fast || $E.twinOk[udp_err.k] === 1 ? udp_err$fast(skb, info, net) : yield* udp_err(skb, info, net));
  } else if (iph.protocol === IPPROTO_TCP) {
    $f.vars.ipprot = 'tcp_protocol';
    if (at(A$icmp_socket_deliver.L109)) yield;
    ($E.fast || $E.twinOk[tcp_v4_err.k] === 1 ? tcp_v4_err$fast(skb, info, net) : yield* tcp_v4_err(skb, info, net));
  }
  } finally {
    leave($f);
  }
}
const A$icmp_unreach = defineFn('net/ipv4/icmp.c', 'icmp_unreach', [127, 130, 133, 139, 144, 148, 149, 151, 152, 156, 159]);

function* icmp_unreach(skb: SkBuff, net: Net): Sim<boolean> {
  const ic = skb.icmph!;
  const $f = enter(A$icmp_unreach, { skb, info: 0 });
  try {

  if (at(A$icmp_unreach.L127)) yield;
  $f.vars.icmph = ic;
  $f.vars.iph = ic.quoted.iph;
  if (at(A$icmp_unreach.L130)) yield;
  if (at(A$icmp_unreach.L133)) yield;
  if (ic.type === ICMP_TIME_EXCEEDED) {
    if (at(A$icmp_unreach.L148)) yield;
    if (at(A$icmp_unreach.L149)) yield;
    NET_INC_STATS(net, MIB.IcmpInTimeExcds);
    if (at(A$icmp_unreach.L151)) yield;
    if (ic.code === ICMP_EXC_FRAGTIME) {
      // (the sender learns nothing it could act on: not passed to the socket)
      if (at(A$icmp_unreach.L152)) yield;
      if (at(A$icmp_unreach.L159)) yield;
      return true;
    }
  }
  if (ic.type === ICMP_DEST_UNREACH) {
    if (at(A$icmp_unreach.L139)) yield;
    if (at(A$icmp_unreach.L144)) yield;
    if (ic.code > NR_ICMP_UNREACH) {
      if (at(A$icmp_unreach.L159)) yield;
      return true;
    }
  }
  if (at(A$icmp_unreach.L156)) yield;
  ($E.fast || $E.twinOk[icmp_socket_deliver.k] === 1 ? icmp_socket_deliver$fast(skb, ic.info, net) : yield* icmp_socket_deliver(skb, ic.info, net));
  if (at(A$icmp_unreach.L159)) yield;
  return true;
  } finally {
    leave($f);
  }
}
const A$icmp_rcv = defineFn('net/ipv4/icmp.c', 'icmp_rcv', [177, 179, 185, 189, 194, 196, 197]);

/** icmp_rcv() = icmp_protocol.handler: an ICMP message arrived for this host. */
export function* icmp_rcv(skb: SkBuff, net: Net): Sim<number> {
  const ic = skb.icmph!;
  const $f = enter(A$icmp_rcv, { skb, net });
  try {

  if (at(A$icmp_rcv.L177)) yield;
  NET_INC_STATS(net, MIB.IcmpInMsgs);
  if (at(A$icmp_rcv.L179)) yield;
  if (at(A$icmp_rcv.L185)) yield;
  $f.vars.icmph = ic;
  if (at(A$icmp_rcv.L189)) yield;
  if (ic.type > NR_ICMP_TYPES) {
    NET_INC_STATS(net, MIB.IcmpInErrors);
    return 1;
  }
  // only the handlers of destination unreachable and time exceeded (both icmp_unreach) are simulated
  if (ic.type !== ICMP_DEST_UNREACH && ic.type !== ICMP_TIME_EXCEEDED) return 0;
  if (ic.type === ICMP_DEST_UNREACH) NET_INC_STATS(net, MIB.IcmpInDestUnreachs);
  if (at(A$icmp_rcv.L194)) yield;
  const success = ($E.fast || $E.twinOk[icmp_unreach.k] === 1 ? icmp_unreach$fast(skb, net) : yield* icmp_unreach(skb, net));
  $f.vars.success = success;
  if (at(A$icmp_rcv.L196)) yield;
  if (success) {
    if (at(A$icmp_rcv.L197)) yield;
  }
  return 0;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { ip_send_skb$fast as ip_send_skb$fast } from './ip_output';
import { udp_err$fast as udp_err$fast } from './udp';
import { tcp_v4_err$fast as tcp_v4_err$fast } from './tcp_ipv4';
export function __icmp_send$fast(skb_in: SkBuff, type: number, code: number, info: number, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__icmp_send.L31 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 5;
  const iph = skb_in.iph;
  
  
  
  
  let saddr = iph.daddr;
  
  let rt: Rtable | null = skb_in._skb_refdst;
  if (rt !== null && rt !== net.rt_input_local && rt !== net.rt_output_local) {
    // (no device to take an address from: 0, and the reply's route picks this host's own address)
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__icmp_send.L51) : $tb.op($e.now, A$__icmp_send.L51));
    saddr = iph.saddr;
  }
  
  $s += 5; if ($tb !== null) ($o = (A$__icmp_send.L55 | 4194304), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  
  
  // at most 576 (and at most the route's MTU), less the IP and ICMP headers
  rt = ip_route_output_ports(net, iph.saddr);
  let room = rt.dst.dev.mtu;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__icmp_send.L71) : $tb.op($e.now, A$__icmp_send.L71));
  if (room > 576) room = 576;
  $s += 3; if ($tb !== null) ($o = (A$__icmp_send.L73 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  room -= 20 + 8;
  
  const data_len = Math.min(20 + transportHeaderLen(skb_in) + skb_in.len, room);
  
  const skb = new SkBuff({ saddr, daddr: iph.saddr, protocol: IPPROTO_ICMP, ttl: 64, tot_len: 20 + 8 + data_len, id: 0, frag_off: 0 });
  skb.icmph = {
    type,
    code,
    info,
    quoted: { iph: { ...iph }, uh: skb_in.uh ? { ...skb_in.uh } : null, ...(skb_in.th ? { th: { ...skb_in.th } } : {}) },
    quotedLen: data_len,
  };
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__icmp_send.L81) : $tb.op($e.now, A$__icmp_send.L81));
  NET_INC_STATS(net, MIB.IcmpOutMsgs);
  if (type === ICMP_DEST_UNREACH) NET_INC_STATS(net, MIB.IcmpOutDestUnreachs);
  if (type === ICMP_TIME_EXCEEDED) NET_INC_STATS(net, MIB.IcmpOutTimeExcds);
  // icmp_push_reply → ip_push_pending_frames → ip_send_skb (the reply's route: back to the sender)
  ipAppendLayout(skb);
  skb._skb_refdst = rt;
  ip_send_skb$fast(net, skb);
  } ($e.steps += $s, $tb !== null && ($o = (A$__icmp_send.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function icmp_socket_deliver$fast(skb: SkBuff, info: number, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const iph = skb.icmph!.quoted.iph;
  const $f = ($tb !== null && ($o = (A$icmp_socket_deliver.L94 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 4;
  
  
  
  if (iph.protocol === IPPROTO_UDP) {
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$icmp_socket_deliver.L109) : $tb.op($e.now, A$icmp_socket_deliver.L109));
    udp_err$fast(skb, info, net);
  } else if (iph.protocol === IPPROTO_TCP) {
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$icmp_socket_deliver.L109) : $tb.op($e.now, A$icmp_socket_deliver.L109));
    tcp_v4_err$fast(skb, info, net);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$icmp_socket_deliver.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function icmp_unreach$fast(skb: SkBuff, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const ic = skb.icmph!;
  const $f = ($tb !== null && ($o = (A$icmp_unreach.L127 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 3;
  
  
  
  
  if (ic.type === ICMP_TIME_EXCEEDED) {
    $s += 3; if ($tb !== null) ($o = (A$icmp_unreach.L148 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    NET_INC_STATS(net, MIB.IcmpInTimeExcds);
    
    if (ic.code === ICMP_EXC_FRAGTIME) {
      // (the sender learns nothing it could act on: not passed to the socket)
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$icmp_unreach.L152) : $tb.op($e.now, A$icmp_unreach.L152));
      ++$s; $x = A$icmp_unreach.L159 | 1048576;
      return ($r = (true), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$icmp_unreach.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  if (ic.type === ICMP_DEST_UNREACH) {
    $s += 2; if ($tb !== null) ($o = (A$icmp_unreach.L139 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    if (ic.code > NR_ICMP_UNREACH) {
      ++$s; $x = A$icmp_unreach.L159 | 1048576;
      return ($r = (true), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$icmp_unreach.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$icmp_unreach.L156) : $tb.op($e.now, A$icmp_unreach.L156));
  icmp_socket_deliver$fast(skb, ic.info, net);
  ++$s; $x = A$icmp_unreach.L159 | 1048576;
  return ($r = (true), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$icmp_unreach.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function icmp_rcv$fast(skb: SkBuff, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const ic = skb.icmph!;
  const $f = ($tb !== null && ($o = (A$icmp_rcv.L177 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 4;
  NET_INC_STATS(net, MIB.IcmpInMsgs);
  
  
  
  
  if (ic.type > NR_ICMP_TYPES) {
    NET_INC_STATS(net, MIB.IcmpInErrors);
    return ($r = (1), ($e.steps += $s, $tb !== null && ($o = (A$icmp_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  // only the handlers of destination unreachable and time exceeded (both icmp_unreach) are simulated
  if (ic.type !== ICMP_DEST_UNREACH && ic.type !== ICMP_TIME_EXCEEDED) return ($r = (0), ($e.steps += $s, $tb !== null && ($o = (A$icmp_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  if (ic.type === ICMP_DEST_UNREACH) NET_INC_STATS(net, MIB.IcmpInDestUnreachs);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$icmp_rcv.L194) : $tb.op($e.now, A$icmp_rcv.L194));
  const success = icmp_unreach$fast(skb, net);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$icmp_rcv.L196) : $tb.op($e.now, A$icmp_rcv.L196));
  if (success) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$icmp_rcv.L197) : $tb.op($e.now, A$icmp_rcv.L197));
  }
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = (A$icmp_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(__icmp_send, __icmp_send$fast, '__icmp_send', () => [ip_send_skb]);
$kreg(icmp_socket_deliver, icmp_socket_deliver$fast, 'icmp_socket_deliver', () => [tcp_v4_err, udp_err]);
$kreg(icmp_unreach, icmp_unreach$fast, 'icmp_unreach', () => [icmp_socket_deliver]);
$kreg(icmp_rcv, icmp_rcv$fast, 'icmp_rcv', () => [icmp_unreach]);

// ---- kernel names ----
(icmp_rcv as any).kname = 'icmp_rcv';
