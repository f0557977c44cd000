// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/icmp.ts
// @ts-nocheck
// net/ipv4/icmp.c, the part UDP needs: __icmp_send (the port unreachable a host answers a datagram
// for a port nobody bound with) and icmp_rcv → icmp_unreach → icmp_socket_deliver, which hands the
// error back to the sending protocol's err_handler (udp_err). Rate limits (icmp_ratelimit,
// icmp_msgs_per_sec) are not modelled: every error is sent.

import { ip_send_skb } from './ip_output';
import { ip_route_output_ports } from './route';
import { ipAppendLayout } from '../../../include/linux/skbuff';
import { E, Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import { SkBuff, ICMP_DEST_UNREACH } from '../../../include/linux/skbuff';
import type { Net } from '../../../include/net/net_namespace';
import { MIB, NET_INC_STATS } from '../../../include/net/net_namespace';
import { IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP } from '../../../include/uapi';
import { udp_err } from './udp';

/** NR_ICMP_TYPES, NR_ICMP_UNREACH. */
const NR_ICMP_TYPES = 18;
const NR_ICMP_UNREACH = 15;
const A$__icmp_send = defineFn('net/ipv4/icmp.c', '__icmp_send', [31, 34, 43, 46, 49, 53, 60, 64, 65, 72, 74, 79, 85, 90]);

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
  if (!net.host.isLocal(saddr)) {
    if (at(A$__icmp_send.L53)) yield;
    if (at(A$__icmp_send.L60)) yield;
    // (icmp_route_lookup then takes the output route's source: for our own address, that address)
    saddr = iph.saddr;
  }
  $f.vars.saddr = saddr;
  if (at(A$__icmp_send.L64)) yield;
  if (at(A$__icmp_send.L65)) yield;
  if (at(A$__icmp_send.L72)) yield;
  if (at(A$__icmp_send.L74)) yield;
  if (at(A$__icmp_send.L79)) yield;
  // 576 - IP header - ICMP header
  const room = 576 - 20 - 8;
  if (at(A$__icmp_send.L85)) yield;
  const data_len = Math.min(20 + (skb_in.uh ? 8 : skb_in.th ? skb_in.th.doff * 4 : 0) + skb_in.len, room);
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
  if (at(A$__icmp_send.L90)) yield;
  NET_INC_STATS(net, MIB.IcmpOutMsgs);
  if (type === ICMP_DEST_UNREACH) NET_INC_STATS(net, MIB.IcmpOutDestUnreachs);
  // icmp_push_reply → ip_push_pending_frames → ip_send_skb (the reply's route: back to the sender)
  ipAppendLayout(skb);
  skb._skb_refdst = ip_route_output_ports(net, skb.iph.daddr);
  ($E.fast || $E.twinOk[ip_send_skb.k] === 1 ? ip_send_skb$fast(net, skb) : yield* ip_send_skb(net, skb));
  } finally {
    leave($f);
  }
}
const A$icmp_socket_deliver = defineFn('net/ipv4/icmp.c', 'icmp_socket_deliver', [103, 108, 113, 116, 118]);

function* icmp_socket_deliver(skb: SkBuff, info: number, net: Net): Sim<void> {
  const iph = skb.icmph!.quoted.iph;
  const $f = enter(A$icmp_socket_deliver, { skb, info, iph, protocol: iph.protocol });
  try {

  if (at(A$icmp_socket_deliver.L103)) yield;
  if (at(A$icmp_socket_deliver.L108)) yield;
  if (at(A$icmp_socket_deliver.L113)) yield;
  if (at(A$icmp_socket_deliver.L116)) yield;
  // only UDP's err_handler is simulated (tcp_v4_err is not)
  if (iph.protocol === IPPROTO_UDP) {
    $f.vars.ipprot = 'udp_protocol';
    if (at(A$icmp_socket_deliver.L118)) yield;
    ($E.fast || $E.twinOk[udp_err.k] === 1 ? udp_err$fast(skb, info, net) : yield* udp_err(skb, info, net));
  } else if (iph.protocol === IPPROTO_TCP) {
    // said, not silently skipped: v5.4's tcp_v4_err would act on it (an ICMP host unreachable for
    // a SYN_SENT socket: sk_err = EHOSTUNREACH, connect() fails)
    E.emit({ ev: 'note', t: E.now, host: net.host.name, text: `tcp_v4_err is not simulated: the ICMP ${skb.icmph!.code === 1 ? 'host unreachable' : `unreachable (code ${skb.icmph!.code})`} about ${iph.saddr} > ${iph.daddr} is ignored (Linux v5.4 would fail a connect() in SYN_SENT with EHOSTUNREACH)` });
  }
  } finally {
    leave($f);
  }
}
const A$icmp_unreach = defineFn('net/ipv4/icmp.c', 'icmp_unreach', [135, 138, 141, 147, 152, 158, 161]);

function* icmp_unreach(skb: SkBuff, net: Net): Sim<boolean> {
  const ic = skb.icmph!;
  const $f = enter(A$icmp_unreach, { skb, info: 0 });
  try {

  if (at(A$icmp_unreach.L135)) yield;
  $f.vars.icmph = ic;
  $f.vars.iph = ic.quoted.iph;
  if (at(A$icmp_unreach.L138)) yield;
  if (at(A$icmp_unreach.L141)) yield;
  if (ic.type === ICMP_DEST_UNREACH) {
    if (at(A$icmp_unreach.L147)) yield;
    if (at(A$icmp_unreach.L152)) yield;
    if (ic.code > NR_ICMP_UNREACH) {
      if (at(A$icmp_unreach.L161)) yield;
      return true;
    }
  }
  if (at(A$icmp_unreach.L158)) yield;
  ($E.fast || $E.twinOk[icmp_socket_deliver.k] === 1 ? icmp_socket_deliver$fast(skb, ic.info, net) : yield* icmp_socket_deliver(skb, ic.info, net));
  if (at(A$icmp_unreach.L161)) yield;
  return true;
  } finally {
    leave($f);
  }
}
const A$icmp_rcv = defineFn('net/ipv4/icmp.c', 'icmp_rcv', [179, 181, 187, 191, 195, 197, 198]);

/** icmp_rcv() = icmp_protocol.handler: an ICMP message arrived for this host. */
export function* icmp_rcv(skb: SkBuff, net: Net): Sim<number> {
  const ic = skb.icmph!;
  const $f = enter(A$icmp_rcv, { skb, net });
  try {

  if (at(A$icmp_rcv.L179)) yield;
  NET_INC_STATS(net, MIB.IcmpInMsgs);
  if (at(A$icmp_rcv.L181)) yield;
  if (at(A$icmp_rcv.L187)) yield;
  $f.vars.icmph = ic;
  if (at(A$icmp_rcv.L191)) yield;
  if (ic.type > NR_ICMP_TYPES) {
    NET_INC_STATS(net, MIB.IcmpInErrors);
    return 1;
  }
  if (ic.type !== ICMP_DEST_UNREACH) return 0; // only the unreach handler is simulated
  NET_INC_STATS(net, MIB.IcmpInDestUnreachs);
  if (at(A$icmp_rcv.L195)) yield;
  const success = ($E.fast || $E.twinOk[icmp_unreach.k] === 1 ? icmp_unreach$fast(skb, net) : yield* icmp_unreach(skb, net));
  $f.vars.success = success;
  if (at(A$icmp_rcv.L197)) yield;
  if (success) {
    if (at(A$icmp_rcv.L198)) yield;
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
export function __icmp_send$fast(skb_in: SkBuff, type: number, code: number, info: number, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__icmp_send.L31 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  $s += 5;
  const iph = skb_in.iph;
  
  
  
  
  let saddr = iph.daddr;
  
  if (!net.host.isLocal(saddr)) {
    $s += 2; if ($tb !== null) ($o = (A$__icmp_send.L53 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    // (icmp_route_lookup then takes the output route's source: for our own address, that address)
    saddr = iph.saddr;
  }
  
  $s += 6; if ($tb !== null) ($o = (A$__icmp_send.L64 | 5242880), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  
  
  // 576 - IP header - ICMP header
  const room = 576 - 20 - 8;
  
  const data_len = Math.min(20 + (skb_in.uh ? 8 : skb_in.th ? skb_in.th.doff * 4 : 0) + skb_in.len, room);
  
  const skb = new SkBuff({ saddr, daddr: iph.saddr, protocol: IPPROTO_ICMP, ttl: 64, tot_len: 20 + 8 + data_len });
  skb.icmph = {
    type,
    code,
    info,
    quoted: { iph: { ...iph }, uh: skb_in.uh ? { ...skb_in.uh } : null },
    quotedLen: data_len,
  };
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$__icmp_send.L90) : $tb.op($e.now, A$__icmp_send.L90));
  NET_INC_STATS(net, MIB.IcmpOutMsgs);
  if (type === ICMP_DEST_UNREACH) NET_INC_STATS(net, MIB.IcmpOutDestUnreachs);
  // icmp_push_reply → ip_push_pending_frames → ip_send_skb (the reply's route: back to the sender)
  ipAppendLayout(skb);
  skb._skb_refdst = ip_route_output_ports(net, skb.iph.daddr);
  ip_send_skb$fast(net, skb);
  } finally {
    ($e.steps += $s, $tb !== null && ($o = (A$__icmp_send.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
function icmp_socket_deliver$fast(skb: SkBuff, info: number, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const iph = skb.icmph!.quoted.iph;
  const $f = ($tb !== null && ($o = (A$icmp_socket_deliver.L103 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  $s += 4;
  
  
  
  // only UDP's err_handler is simulated (tcp_v4_err is not)
  if (iph.protocol === IPPROTO_UDP) {
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$icmp_socket_deliver.L118) : $tb.op($e.now, A$icmp_socket_deliver.L118));
    udp_err$fast(skb, info, net);
  } else if (iph.protocol === IPPROTO_TCP) {
    // said, not silently skipped: v5.4's tcp_v4_err would act on it (an ICMP host unreachable for
    // a SYN_SENT socket: sk_err = EHOSTUNREACH, connect() fails)
    E.emit({ ev: 'note', t: E.now, host: net.host.name, text: `tcp_v4_err is not simulated: the ICMP ${skb.icmph!.code === 1 ? 'host unreachable' : `unreachable (code ${skb.icmph!.code})`} about ${iph.saddr} > ${iph.daddr} is ignored (Linux v5.4 would fail a connect() in SYN_SENT with EHOSTUNREACH)` });
  }
  } finally {
    ($e.steps += $s, $tb !== null && ($o = (A$icmp_socket_deliver.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
function icmp_unreach$fast(skb: SkBuff, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0; let $x = -1;
  const ic = skb.icmph!;
  const $f = ($tb !== null && ($o = (A$icmp_unreach.L135 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  $s += 3;
  
  
  
  
  if (ic.type === ICMP_DEST_UNREACH) {
    $s += 2; if ($tb !== null) ($o = (A$icmp_unreach.L147 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    if (ic.code > NR_ICMP_UNREACH) {
      ++$s; $x = A$icmp_unreach.L161 | 1048576;
      return true;
    }
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$icmp_unreach.L158) : $tb.op($e.now, A$icmp_unreach.L158));
  icmp_socket_deliver$fast(skb, ic.info, net);
  ++$s; $x = A$icmp_unreach.L161 | 1048576;
  return true;
  } finally {
    ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$icmp_unreach.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
export function icmp_rcv$fast(skb: SkBuff, net: Net): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const ic = skb.icmph!;
  const $f = ($tb !== null && ($o = (A$icmp_rcv.L179 | 272629760), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {

  $s += 4;
  NET_INC_STATS(net, MIB.IcmpInMsgs);
  
  
  
  
  if (ic.type > NR_ICMP_TYPES) {
    NET_INC_STATS(net, MIB.IcmpInErrors);
    return 1;
  }
  if (ic.type !== ICMP_DEST_UNREACH) return 0; // only the unreach handler is simulated
  NET_INC_STATS(net, MIB.IcmpInDestUnreachs);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$icmp_rcv.L195) : $tb.op($e.now, A$icmp_rcv.L195));
  const success = icmp_unreach$fast(skb, net);
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$icmp_rcv.L197) : $tb.op($e.now, A$icmp_rcv.L197));
  if (success) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$icmp_rcv.L198) : $tb.op($e.now, A$icmp_rcv.L198));
  }
  return 0;
  } finally {
    ($e.steps += $s, $tb !== null && ($o = (A$icmp_rcv.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
$kreg(__icmp_send, __icmp_send$fast, '__icmp_send', () => [ip_send_skb]);
$kreg(icmp_socket_deliver, icmp_socket_deliver$fast, 'icmp_socket_deliver', () => [udp_err]);
$kreg(icmp_unreach, icmp_unreach$fast, 'icmp_unreach', () => [icmp_socket_deliver]);
$kreg(icmp_rcv, icmp_rcv$fast, 'icmp_rcv', () => [icmp_unreach]);

// ---- kernel names ----
(icmp_rcv as any).kname = 'icmp_rcv';
