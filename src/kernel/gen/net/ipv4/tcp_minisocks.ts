// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/tcp_minisocks.ts
// @ts-nocheck
// net/ipv4/tcp_minisocks.c: the "mini sockets" — request socks at the final ACK (tcp_check_req,
// tcp_create_openreq_child, tcp_child_process) and timewait socks (tcp_time_wait,
// tcp_timewait_state_process).

import { E, Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import type { SkBuff } from '../../../include/linux/skbuff';
import { end_seq } from '../../../include/linux/skbuff';
import { Sock } from '../../../include/net/sock';
import { inet_sk } from '../../../include/net/inet_sock';
import { inet_csk } from '../../../include/net/inet_connection_sock';
import { tcp_sk, before, after } from '../../../include/linux/tcp';
import { RequestSock, tcp_rsk, inet_rsk } from '../../../include/net/request_sock';
import { InetTimewaitSock } from '../../../include/net/inet_timewait_sock';
import { MIB, NET_INC_STATS } from '../../../include/net/net_namespace';
import { TCP_SYN_RECV, TCP_TIME_WAIT, TCP_FIN_WAIT2 } from '../../../include/net/tcp_states';
import { TimerList } from '../../../core/timer';
import { inet_csk_clone_lock, inet_csk_complete_hashdance, inet_csk_reqsk_queue_drop } from './inet_connection_sock';
import { inet_bind_bucket_destroy } from './inet_hashtables';
import { tcp_v4_send_reset } from './tcp_ipv4';
import { tcp_rcv_state_process, tcp_ack_update_rtt } from './tcp_input';
import { tcp_done, tcp_init_xmit_timers } from './tcp';
import { tcp_rtx_synack, tcp_select_window, makeTcpSkb } from './tcp_output';
import { ip_send_unicast_reply } from './ip_output';
import { sock_def_readable } from '../core/sock';

/** Verdicts of tcp_timewait_state_process. */
export const enum TW {
  SUCCESS = 0,
  RST = 1,
  ACK = 2,
  SYN = 3,
}

export const TCP_TIMEWAIT_LEN = 60_000_000;
const A$tcp_timewait_state_process = defineFn('net/ipv4/tcp_minisocks.c', 'tcp_timewait_state_process', [28, 30, 34, 37, 40, 41, 43, 47, 51, 53, 55, 59, 61, 64, 71, 82, 92, 99]); // 60 s


/** tcp_timewait_state_process(): what a timewait sock does with a segment for its 4-tuple. */
export function* tcp_timewait_state_process(tw: InetTimewaitSock, skb: SkBuff): Sim<TW> {
  const th = skb.th!;
  const $f = enter(A$tcp_timewait_state_process, { tw, skb, th });
  try {

  const seq = th.seq;
  const eseq = end_seq(skb);
  if (at(A$tcp_timewait_state_process.L28)) yield;
  if (tw.tw_substate === TCP_FIN_WAIT2) {
    // the same checks tcp_rcv_state_process would make, on what is left of the socket
    if (at(A$tcp_timewait_state_process.L30)) yield;
    if (!tcp_in_window(seq, eseq, tw.tw_rcv_nxt, (tw.tw_rcv_nxt + tw.tw_rcv_wnd) >>> 0)) {
      if (at(A$tcp_timewait_state_process.L34)) yield;
      return th.rst ? TW.SUCCESS : TW.ACK;
    }
    if (at(A$tcp_timewait_state_process.L37)) yield;
    if (th.rst) {
      if (at(A$tcp_timewait_state_process.L71)) yield;
      tw.deschedule();
      return TW.SUCCESS;
    }
    if (at(A$tcp_timewait_state_process.L40)) yield;
    if (th.syn && !before(seq, tw.tw_rcv_nxt)) {
      if (at(A$tcp_timewait_state_process.L41)) yield;
      return TW.RST;
    }
    if (at(A$tcp_timewait_state_process.L43)) yield;
    if (!th.ack || !after(eseq, tw.tw_rcv_nxt) || eseq === seq) {
      if (at(A$tcp_timewait_state_process.L47)) yield;
      return TW.SUCCESS;
    }
    // new data after our half-duplex close: nobody will ever read it — reset
    if (at(A$tcp_timewait_state_process.L51)) yield;
    if (!th.fin || eseq !== ((tw.tw_rcv_nxt + 1) >>> 0)) {
      if (at(A$tcp_timewait_state_process.L53)) yield;
      return TW.RST;
    }
    // the peer's FIN: now really TIME_WAIT (a plain write — no tracepoint)
    if (at(A$tcp_timewait_state_process.L55)) yield;
    tw.tw_substate = TCP_TIME_WAIT;
    tw.tw_rcv_nxt = eseq;
    if (at(A$tcp_timewait_state_process.L59)) yield;
    tw.tw_timer!.mod(TCP_TIMEWAIT_LEN);
    if (at(A$tcp_timewait_state_process.L61)) yield;
    return TW.ACK;
  }
  // real TIME_WAIT
  if (at(A$tcp_timewait_state_process.L64)) yield;
  if (seq === tw.tw_rcv_nxt && (seq === eseq || th.rst)) {
    if (th.rst) {
      // "TIME_WAIT assassination": with tcp_rfc1337 = 0 (the default) a RST ends it at once
      if (at(A$tcp_timewait_state_process.L71)) yield;
      tw.deschedule();
    }
    return TW.SUCCESS;
  }
  // a new SYN above the old sequence space may reopen the connection
  if (at(A$tcp_timewait_state_process.L82)) yield;
  if (th.syn && !th.rst && !th.ack && after(seq, tw.tw_rcv_nxt)) {
    if (at(A$tcp_timewait_state_process.L92)) yield;
    return TW.SYN;
  }
  if (!th.rst) {
    // anything else — a retransmitted FIN whose ACK was lost — is answered with an ACK
    if (th.fin) tw.tw_timer!.mod(TCP_TIMEWAIT_LEN);
    if (at(A$tcp_timewait_state_process.L99)) yield;
    return TW.ACK;
  }
  return TW.SUCCESS;
  } finally {
    leave($f);
  }
}
const A$tcp_time_wait = defineFn('net/ipv4/tcp_minisocks.c', 'tcp_time_wait', [121, 128, 129, 138, 141, 144, 153]);

/**
 * tcp_time_wait(): a timewait sock takes the full sock's place in ehash and its bind bucket;
 * the full sock then goes to CLOSE (the tracepoint says FIN_WAIT2→CLOSE, never TIME_WAIT).
 */
export function* tcp_time_wait(sk: Sock, state: number, timeo: number): Sim<void> {
  const tp = tcp_sk(sk);
  const $f = enter(A$tcp_time_wait, { sk, state, timeo, tp });
  try {

  if (at(A$tcp_time_wait.L121)) yield;
  const tw = new InetTimewaitSock();
  $f.vars.tw = tw;
  const inet = inet_sk(sk);
  tw.skc_net = sk.skc_net;
  tw.skc_prot = sk.skc_prot;
  tw.skc_family = sk.skc_family;
  tw.skc_daddr = sk.skc_daddr;
  tw.skc_rcv_saddr = sk.skc_rcv_saddr;
  tw.skc_dport = sk.skc_dport;
  tw.skc_num = sk.skc_num;
  tw.skc_reuse = sk.skc_reuse;
  tw.inet_saddr = inet.inet_saddr;
  tw.inet_sport = inet.inet_sport;
  tw.tw_substate = state;
  if (at(A$tcp_time_wait.L128)) yield;
  tw.tw_rcv_nxt = tp.rcv_nxt;
  if (at(A$tcp_time_wait.L129)) yield;
  tw.tw_snd_nxt = tp.snd_nxt;
  tw.tw_rcv_wnd = tcp_select_window(sk);
  if (at(A$tcp_time_wait.L138)) yield;
  const rto = inet_csk(sk).icsk_rto;
  const tmo = state === TCP_TIME_WAIT ? TCP_TIMEWAIT_LEN : Math.max(timeo, Math.floor((rto * 7) / 2));
  $f.vars.timeo = tmo;
  if (at(A$tcp_time_wait.L141)) yield;
  // (no closures: a function and the tw it runs on keep the timewait sock alive for its 60 s, not the full sock)
  tw.kill = inet_twsk_kill;
  tw.tw_timer = new TimerList('tw_timer_handler', sk.skc_net.host, tw_timer_handler, tw);
  tw.tw_timer.mod(tmo);
  if (at(A$tcp_time_wait.L144)) yield;
  // inet_twsk_hashdance(): join the bind bucket, then replace sk in ehash
  const tb = inet_csk(sk).icsk_bind_hash;
  if (tb) {
    tw.tw_tb = tb;
    tb.owners.add(tw);
  }
  const h = sk.skc_net.tcp_hashinfo;
  if (h.ehash.getFor(sk) === sk) {
    h.ehash.setFor(sk, tw);
    sk.hashedIn = null;
    tw.hashedIn = 'ehash';
  }
  NET_INC_STATS(sk.skc_net, state === TCP_TIME_WAIT ? MIB.TimeWaits : MIB.TimeWaitsFinWait2);
  if (at(A$tcp_time_wait.L153)) yield;
  ($E.fast || $E.twinOk[tcp_done.k] === 1 ? tcp_done$fast(sk) : yield* tcp_done(sk));
  } finally {
    leave($f);
  }
}

/** inet_twsk_kill(): out of ehash and out of the bind bucket; no tracepoint. (`this` is the tw: tw.kill()) */
function inet_twsk_kill(this: InetTimewaitSock): void {
  const net = this.skc_net;
  const h = net.tcp_hashinfo;
  if (h.ehash.getFor(this) === this) h.ehash.deleteFor(this);
  this.hashedIn = null;
  if (this.tw_tb) {
    this.tw_tb.owners.delete(this);
    inet_bind_bucket_destroy(net, this.tw_tb);
    this.tw_tb = null;
  }
  this.freed = true;
}

/** tw_timer_handler(): TIME_WAIT (or the FIN_WAIT2 timeout) is over — the tw goes. */
function* tw_timer_handler(tw: InetTimewaitSock): Sim<void> {
  tw.kill();
}
const A$tcp_create_openreq_child = defineFn('net/ipv4/tcp_minisocks.c', 'tcp_create_openreq_child', [169, 184, 187, 190, 191, 192, 198, 199, 210, 214, 217, 218]);

/** tcp_create_openreq_child(): the child's sequence numbers come from the request sock. */
export function* tcp_create_openreq_child(sk: Sock, req: RequestSock, skb: SkBuff): Sim<Sock> {
  const treq = tcp_rsk(req);
  const $f = enter(A$tcp_create_openreq_child, { sk, req, skb, treq });
  try {

  if (at(A$tcp_create_openreq_child.L169)) yield;
  const newsk = ($E.fast || $E.twinOk[inet_csk_clone_lock.k] === 1 ? inet_csk_clone_lock$fast(sk, req) : yield* inet_csk_clone_lock(sk, req));
  $f.vars.newsk = newsk;
  const newtp = tcp_sk(newsk);
  $f.vars.newtp = newtp;
  if (at(A$tcp_create_openreq_child.L184)) yield;
  let seq = (treq.rcv_isn + 1) >>> 0;
  $f.vars.seq = seq;
  if (at(A$tcp_create_openreq_child.L187)) yield;
  newtp.rcv_wup = newtp.copied_seq = newtp.rcv_nxt = seq;
  if (at(A$tcp_create_openreq_child.L190)) yield;
  seq = (treq.snt_isn + 1) >>> 0;
  $f.vars.seq = seq;
  if (at(A$tcp_create_openreq_child.L191)) yield;
  newtp.snd_una = seq;
  if (at(A$tcp_create_openreq_child.L192)) yield;
  newtp.snd_nxt = seq;
  if (at(A$tcp_create_openreq_child.L198)) yield;
  tcp_init_xmit_timers(newsk);
  newtp.tcp_rtx_queue = [];
  newtp.packets_out = 0;
  newtp.total_retrans = req.num_retrans;
  if (at(A$tcp_create_openreq_child.L199)) yield;
  newtp.write_seq = newtp.pushed_seq = seq;
  if (at(A$tcp_create_openreq_child.L210)) yield;
  newtp.snd_wnd = skb.th!.window;
  newtp.window_clamp = req.rsk_window_clamp;
  newtp.rcv_ssthresh = req.rsk_rcv_wnd;
  newtp.rcv_wnd = req.rsk_rcv_wnd;
  if (at(A$tcp_create_openreq_child.L214)) yield;
  newtp.rx_opt = { ...newtp.rx_opt, mss_clamp: req.mss };
  if (at(A$tcp_create_openreq_child.L217)) yield;
  NET_INC_STATS(sk.skc_net, MIB.PassiveOpens);
  if (at(A$tcp_create_openreq_child.L218)) yield;
  return newsk;
  } finally {
    leave($f);
  }
}

function tcp_in_window(seq: number, eseq: number, s_win: number, e_win: number): boolean {
  if (seq === s_win) return true;
  if (after(eseq, s_win) && before(seq, e_win)) return true;
  return seq === e_win && seq === eseq;
}
const A$tcp_check_req = defineFn('net/ipv4/tcp_minisocks.c', 'tcp_check_req', [235, 242, 249, 258, 260, 262, 269, 274, 278, 285, 287, 294, 298, 299, 303, 306, 312]);

/**
 * tcp_check_req(): a segment for a request sock. The final ACK (ack_seq == snt_isn + 1) creates
 * the child; returns the child, the listener (for a bad ACK: the caller answers with a RST) or NULL.
 */
export function* tcp_check_req(sk: Sock, skb: SkBuff, req: RequestSock): Sim<Sock | null> { let $t: any;
  const th = skb.th!;
  const treq = tcp_rsk(req);
  const $f = enter(A$tcp_check_req, { sk, skb, req, th });
  try {

  if (at(A$tcp_check_req.L235)) yield;
  const flg = { rst: !!th.rst, syn: !!th.syn, ack: !!th.ack };
  $f.vars.flg = (th.rst ? 'RST|' : '') + (th.syn ? 'SYN|' : '') + (th.ack ? 'ACK' : '');
  if (at(A$tcp_check_req.L242)) yield;
  if (th.seq === treq.rcv_isn && flg.syn && !flg.ack && !flg.rst) {
    // the client sent its SYN again: resend our SYN-ACK
    if (at(A$tcp_check_req.L249)) yield;
    ($E.fast || $E.twinOk[tcp_rtx_synack.k] === 1 ? tcp_rtx_synack$fast(sk, req) : yield* tcp_rtx_synack(sk, req));
    return null;
  }
  if (at(A$tcp_check_req.L258)) yield;
  if (flg.ack && th.ack_seq !== ((treq.snt_isn + 1) >>> 0)) {
    if (at(A$tcp_check_req.L260)) yield;
    return sk;
  }
  if (at(A$tcp_check_req.L262)) yield;
  if (!tcp_in_window(th.seq, end_seq(skb), treq.rcv_nxt, (treq.rcv_nxt + req.rsk_rcv_wnd) >>> 0)) {
    if (!flg.rst) {
      const rep = makeTcpSkb(skb.iph.daddr, skb.iph.saddr, { source: th.dest, dest: th.source, seq: (treq.snt_isn + 1) >>> 0, ack_seq: treq.rcv_nxt, ack: 1, window: req.rsk_rcv_wnd });
      ($E.fast || $E.twinOk[ip_send_unicast_reply.k] === 1 ? ip_send_unicast_reply$fast(sk.skc_net, rep) : yield* ip_send_unicast_reply(sk.skc_net, rep));
    }
    return null;
  }
  if (at(A$tcp_check_req.L269)) yield;
  if (flg.rst || flg.syn) {
    NET_INC_STATS(sk.skc_net, MIB.AttemptFails);
    if (at(A$tcp_check_req.L303)) yield;
    if (!flg.rst) {
      if (at(A$tcp_check_req.L306)) yield;
      ($E.fast || $E.twinOk[tcp_v4_send_reset.k] === 1 ? tcp_v4_send_reset$fast(req, skb, sk.skc_net) : yield* tcp_v4_send_reset(req, skb, sk.skc_net));
    }
    if (at(A$tcp_check_req.L312)) yield;
    inet_csk_reqsk_queue_drop(sk, req);
    req.freed = true;
    NET_INC_STATS(sk.skc_net, MIB.EmbryonicRsts);
    return null;
  }
  if (at(A$tcp_check_req.L274)) yield;
  if (!flg.ack) return null;
  if (at(A$tcp_check_req.L278)) yield;
  if (at(A$tcp_check_req.L285)) yield;
  const own = { v: false };
  const child = (($t = inet_csk(sk).icsk_af_ops!.syn_recv_sock).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(sk, skb, req, req, own) : yield* inet_csk(sk).icsk_af_ops!.syn_recv_sock(sk, skb, req, req, own));
  $f.vars.child = child;
  if (at(A$tcp_check_req.L287)) yield;
  if (!child) {
    // listen_overflow: with tcp_abort_on_overflow = 0 the ACK is dropped; the SYN-ACK timer retries
    if (at(A$tcp_check_req.L298)) yield;
    if (!sk.skc_net.sysctl['net.ipv4.tcp_abort_on_overflow']) {
      if (at(A$tcp_check_req.L299)) yield;
      inet_rsk(req).acked = 1;
      return null;
    }
    if (at(A$tcp_check_req.L303)) yield;
    if (at(A$tcp_check_req.L306)) yield;
    ($E.fast || $E.twinOk[tcp_v4_send_reset.k] === 1 ? tcp_v4_send_reset$fast(req, skb, sk.skc_net) : yield* tcp_v4_send_reset(req, skb, sk.skc_net));
    if (at(A$tcp_check_req.L312)) yield;
    inet_csk_reqsk_queue_drop(sk, req);
    req.freed = true;
    return null;
  }
  // tcp_synack_rtt_meas(child, req): the handshake's round trip (SYN-ACK out, this ACK in) is the child's first RTT sample
  if (!req.num_retrans) tcp_ack_update_rtt(child, E.now - tcp_rsk(req).snt_synack);
  if (at(A$tcp_check_req.L294)) yield;
  return ($E.fast || $E.twinOk[inet_csk_complete_hashdance.k] === 1 ? inet_csk_complete_hashdance$fast(sk, child, req, own.v) : yield* inet_csk_complete_hashdance(sk, child, req, own.v));
  } finally {
    leave($f);
  }
}
const A$tcp_child_process = defineFn('net/ipv4/tcp_minisocks.c', 'tcp_child_process', [327, 331, 333, 335, 336, 339, 345]);

/** tcp_child_process(): the new child handles the very ACK that created it (SYN_RECV→ESTABLISHED), then accept() is woken. */
export function* tcp_child_process(parent: Sock, child: Sock, skb: SkBuff): Sim<number> {
  const $f = enter(A$tcp_child_process, { parent, child, skb });
  try {
  if (at(A$tcp_child_process.L327)) yield;
  const state = child.sk_state;
  $f.vars.state = state;
  let ret = 0;
  if (at(A$tcp_child_process.L331)) yield;
  if (!child.sk_lock_owned) {
    if (at(A$tcp_child_process.L333)) yield;
    ret = ($E.fast || $E.twinOk[tcp_rcv_state_process.k] === 1 ? tcp_rcv_state_process$fast(child, skb) : yield* tcp_rcv_state_process(child, skb));
    $f.vars.ret = ret;
    if (at(A$tcp_child_process.L335)) yield;
    if (state === TCP_SYN_RECV && child.sk_state !== state) {
      if (at(A$tcp_child_process.L336)) yield;
      ($E.fast || $E.twinOk[sock_def_readable.k] === 1 ? sock_def_readable$fast(parent) : yield* sock_def_readable(parent));
    }
  } else {
    if (at(A$tcp_child_process.L339)) yield;
    child.sk_backlog.push(skb);
  }
  if (at(A$tcp_child_process.L345)) yield;
  return ret;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { tcp_done$fast as tcp_done$fast } from './tcp';
import { inet_csk_clone_lock$fast as inet_csk_clone_lock$fast, inet_csk_complete_hashdance$fast as inet_csk_complete_hashdance$fast } from './inet_connection_sock';
import { tcp_rtx_synack$fast as tcp_rtx_synack$fast } from './tcp_output';
import { ip_send_unicast_reply$fast as ip_send_unicast_reply$fast } from './ip_output';
import { tcp_v4_send_reset$fast as tcp_v4_send_reset$fast } from './tcp_ipv4';
import { tcp_rcv_state_process$fast as tcp_rcv_state_process$fast } from './tcp_input';
import { sock_def_readable$fast as sock_def_readable$fast } from '../core/sock';
export function tcp_timewait_state_process$fast(tw: InetTimewaitSock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const th = skb.th!;
  const $f = ($tb !== null && ($o = (A$tcp_timewait_state_process.fn.id | 268435456), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  const seq = th.seq;
  const eseq = end_seq(skb);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_timewait_state_process.L28) : $tb.op($e.now, A$tcp_timewait_state_process.L28));
  if (tw.tw_substate === TCP_FIN_WAIT2) {
    // the same checks tcp_rcv_state_process would make, on what is left of the socket
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_timewait_state_process.L30) : $tb.op($e.now, A$tcp_timewait_state_process.L30));
    if (!tcp_in_window(seq, eseq, tw.tw_rcv_nxt, (tw.tw_rcv_nxt + tw.tw_rcv_wnd) >>> 0)) {
      ++$s; $x = A$tcp_timewait_state_process.L34 | 1048576;
      return ($r = (th.rst ? TW.SUCCESS : TW.ACK), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_timewait_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_timewait_state_process.L37) : $tb.op($e.now, A$tcp_timewait_state_process.L37));
    if (th.rst) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_timewait_state_process.L71) : $tb.op($e.now, A$tcp_timewait_state_process.L71));
      tw.deschedule();
      return ($r = (TW.SUCCESS), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_timewait_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_timewait_state_process.L40) : $tb.op($e.now, A$tcp_timewait_state_process.L40));
    if (th.syn && !before(seq, tw.tw_rcv_nxt)) {
      ++$s; $x = A$tcp_timewait_state_process.L41 | 1048576;
      return ($r = (TW.RST), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_timewait_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_timewait_state_process.L43) : $tb.op($e.now, A$tcp_timewait_state_process.L43));
    if (!th.ack || !after(eseq, tw.tw_rcv_nxt) || eseq === seq) {
      ++$s; $x = A$tcp_timewait_state_process.L47 | 1048576;
      return ($r = (TW.SUCCESS), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_timewait_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    // new data after our half-duplex close: nobody will ever read it — reset
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_timewait_state_process.L51) : $tb.op($e.now, A$tcp_timewait_state_process.L51));
    if (!th.fin || eseq !== ((tw.tw_rcv_nxt + 1) >>> 0)) {
      ++$s; $x = A$tcp_timewait_state_process.L53 | 1048576;
      return ($r = (TW.RST), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_timewait_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    // the peer's FIN: now really TIME_WAIT (a plain write — no tracepoint)
    $s += 2; if ($tb !== null) ($o = (A$tcp_timewait_state_process.L55 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tw.tw_substate = TCP_TIME_WAIT;
    tw.tw_rcv_nxt = eseq;
    
    tw.tw_timer!.mod(TCP_TIMEWAIT_LEN);
    ++$s; $x = A$tcp_timewait_state_process.L61 | 1048576;
    return ($r = (TW.ACK), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_timewait_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  // real TIME_WAIT
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_timewait_state_process.L64) : $tb.op($e.now, A$tcp_timewait_state_process.L64));
  if (seq === tw.tw_rcv_nxt && (seq === eseq || th.rst)) {
    if (th.rst) {
      // "TIME_WAIT assassination": with tcp_rfc1337 = 0 (the default) a RST ends it at once
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_timewait_state_process.L71) : $tb.op($e.now, A$tcp_timewait_state_process.L71));
      tw.deschedule();
    }
    return ($r = (TW.SUCCESS), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_timewait_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  // a new SYN above the old sequence space may reopen the connection
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_timewait_state_process.L82) : $tb.op($e.now, A$tcp_timewait_state_process.L82));
  if (th.syn && !th.rst && !th.ack && after(seq, tw.tw_rcv_nxt)) {
    ++$s; $x = A$tcp_timewait_state_process.L92 | 1048576;
    return ($r = (TW.SYN), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_timewait_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  if (!th.rst) {
    // anything else — a retransmitted FIN whose ACK was lost — is answered with an ACK
    if (th.fin) tw.tw_timer!.mod(TCP_TIMEWAIT_LEN);
    ++$s; $x = A$tcp_timewait_state_process.L99 | 1048576;
    return ($r = (TW.ACK), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_timewait_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  return ($r = (TW.SUCCESS), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_timewait_state_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_time_wait$fast(sk: Sock, state: number, timeo: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const tp = tcp_sk(sk);
  const $f = ($tb !== null && ($o = (A$tcp_time_wait.L121 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  const tw = new InetTimewaitSock();
  
  const inet = inet_sk(sk);
  tw.skc_net = sk.skc_net;
  tw.skc_prot = sk.skc_prot;
  tw.skc_family = sk.skc_family;
  tw.skc_daddr = sk.skc_daddr;
  tw.skc_rcv_saddr = sk.skc_rcv_saddr;
  tw.skc_dport = sk.skc_dport;
  tw.skc_num = sk.skc_num;
  tw.skc_reuse = sk.skc_reuse;
  tw.inet_saddr = inet.inet_saddr;
  tw.inet_sport = inet.inet_sport;
  tw.tw_substate = state;
  $s += 2; if ($tb !== null) ($o = (A$tcp_time_wait.L128 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  tw.tw_rcv_nxt = tp.rcv_nxt;
  
  tw.tw_snd_nxt = tp.snd_nxt;
  tw.tw_rcv_wnd = tcp_select_window(sk);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_time_wait.L138) : $tb.op($e.now, A$tcp_time_wait.L138));
  const rto = inet_csk(sk).icsk_rto;
  const tmo = state === TCP_TIME_WAIT ? TCP_TIMEWAIT_LEN : Math.max(timeo, Math.floor((rto * 7) / 2));
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_time_wait.L141) : $tb.op($e.now, A$tcp_time_wait.L141));
  // (no closures: a function and the tw it runs on keep the timewait sock alive for its 60 s, not the full sock)
  tw.kill = inet_twsk_kill;
  tw.tw_timer = new TimerList('tw_timer_handler', sk.skc_net.host, tw_timer_handler, tw);
  tw.tw_timer.mod(tmo);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_time_wait.L144) : $tb.op($e.now, A$tcp_time_wait.L144));
  // inet_twsk_hashdance(): join the bind bucket, then replace sk in ehash
  const tb = inet_csk(sk).icsk_bind_hash;
  if (tb) {
    tw.tw_tb = tb;
    tb.owners.add(tw);
  }
  const h = sk.skc_net.tcp_hashinfo;
  if (h.ehash.getFor(sk) === sk) {
    h.ehash.setFor(sk, tw);
    sk.hashedIn = null;
    tw.hashedIn = 'ehash';
  }
  NET_INC_STATS(sk.skc_net, state === TCP_TIME_WAIT ? MIB.TimeWaits : MIB.TimeWaitsFinWait2);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_time_wait.L153) : $tb.op($e.now, A$tcp_time_wait.L153));
  tcp_done$fast(sk);
  } ($e.steps += $s, $tb !== null && ($o = (A$tcp_time_wait.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
function tw_timer_handler$fast(tw: InetTimewaitSock): any { const $e = $E;
  tw.kill();
}
export function tcp_create_openreq_child$fast(sk: Sock, req: RequestSock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const treq = tcp_rsk(req);
  const $f = ($tb !== null && ($o = (A$tcp_create_openreq_child.L169 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  ++$s;
  const newsk = inet_csk_clone_lock$fast(sk, req);
  
  const newtp = tcp_sk(newsk);
  
  $s += 6; if ($tb !== null) ($o = (A$tcp_create_openreq_child.L184 | 5242880), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  let seq = (treq.rcv_isn + 1) >>> 0;
  
  
  newtp.rcv_wup = newtp.copied_seq = newtp.rcv_nxt = seq;
  
  seq = (treq.snt_isn + 1) >>> 0;
  
  
  newtp.snd_una = seq;
  
  newtp.snd_nxt = seq;
  
  tcp_init_xmit_timers(newsk);
  newtp.tcp_rtx_queue = [];
  newtp.packets_out = 0;
  newtp.total_retrans = req.num_retrans;
  $s += 3; if ($tb !== null) ($o = (A$tcp_create_openreq_child.L199 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  newtp.write_seq = newtp.pushed_seq = seq;
  
  newtp.snd_wnd = skb.th!.window;
  newtp.window_clamp = req.rsk_window_clamp;
  newtp.rcv_ssthresh = req.rsk_rcv_wnd;
  newtp.rcv_wnd = req.rsk_rcv_wnd;
  
  newtp.rx_opt = { ...newtp.rx_opt, mss_clamp: req.mss };
  $s += 2; $x = A$tcp_create_openreq_child.L217 | 2097152;
  NET_INC_STATS(sk.skc_net, MIB.PassiveOpens);
  
  return ($r = (newsk), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_create_openreq_child.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_check_req$fast(sk: Sock, skb: SkBuff, req: RequestSock): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const th = skb.th!;
  const treq = tcp_rsk(req);
  const $f = ($tb !== null && ($o = (A$tcp_check_req.L235 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {

  $s += 2;
  const flg = { rst: !!th.rst, syn: !!th.syn, ack: !!th.ack };
  (th.rst ? 'RST|' : '') + (th.syn ? 'SYN|' : '') + (th.ack ? 'ACK' : '');
  
  if (th.seq === treq.rcv_isn && flg.syn && !flg.ack && !flg.rst) {
    // the client sent its SYN again: resend our SYN-ACK
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_check_req.L249) : $tb.op($e.now, A$tcp_check_req.L249));
    tcp_rtx_synack$fast(sk, req);
    return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_check_req.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_check_req.L258) : $tb.op($e.now, A$tcp_check_req.L258));
  if (flg.ack && th.ack_seq !== ((treq.snt_isn + 1) >>> 0)) {
    ++$s; $x = A$tcp_check_req.L260 | 1048576;
    return ($r = (sk), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_check_req.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_check_req.L262) : $tb.op($e.now, A$tcp_check_req.L262));
  if (!tcp_in_window(th.seq, end_seq(skb), treq.rcv_nxt, (treq.rcv_nxt + req.rsk_rcv_wnd) >>> 0)) {
    if (!flg.rst) {
      const rep = makeTcpSkb(skb.iph.daddr, skb.iph.saddr, { source: th.dest, dest: th.source, seq: (treq.snt_isn + 1) >>> 0, ack_seq: treq.rcv_nxt, ack: 1, window: req.rsk_rcv_wnd });
      ip_send_unicast_reply$fast(sk.skc_net, rep);
    }
    return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_check_req.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_check_req.L269) : $tb.op($e.now, A$tcp_check_req.L269));
  if (flg.rst || flg.syn) {
    NET_INC_STATS(sk.skc_net, MIB.AttemptFails);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_check_req.L303) : $tb.op($e.now, A$tcp_check_req.L303));
    if (!flg.rst) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_check_req.L306) : $tb.op($e.now, A$tcp_check_req.L306));
      tcp_v4_send_reset$fast(req, skb, sk.skc_net);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_check_req.L312) : $tb.op($e.now, A$tcp_check_req.L312));
    inet_csk_reqsk_queue_drop(sk, req);
    req.freed = true;
    NET_INC_STATS(sk.skc_net, MIB.EmbryonicRsts);
    return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_check_req.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_check_req.L274) : $tb.op($e.now, A$tcp_check_req.L274));
  if (!flg.ack) return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_check_req.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  $s += 2; if ($tb !== null) ($o = (A$tcp_check_req.L278 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  const own = { v: false };
  const child = (($t = inet_csk(sk).icsk_af_ops!.syn_recv_sock).fast !== undefined ? $t.fast(sk, skb, req, req, own) : $drive($t(sk, skb, req, req, own)));
  
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_check_req.L287) : $tb.op($e.now, A$tcp_check_req.L287));
  if (!child) {
    // listen_overflow: with tcp_abort_on_overflow = 0 the ACK is dropped; the SYN-ACK timer retries
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_check_req.L298) : $tb.op($e.now, A$tcp_check_req.L298));
    if (!sk.skc_net.sysctl['net.ipv4.tcp_abort_on_overflow']) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_check_req.L299) : $tb.op($e.now, A$tcp_check_req.L299));
      inet_rsk(req).acked = 1;
      return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_check_req.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
    $s += 2; if ($tb !== null) ($o = (A$tcp_check_req.L303 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    tcp_v4_send_reset$fast(req, skb, sk.skc_net);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_check_req.L312) : $tb.op($e.now, A$tcp_check_req.L312));
    inet_csk_reqsk_queue_drop(sk, req);
    req.freed = true;
    return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_check_req.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  // tcp_synack_rtt_meas(child, req): the handshake's round trip (SYN-ACK out, this ACK in) is the child's first RTT sample
  if (!req.num_retrans) tcp_ack_update_rtt(child, E.now - tcp_rsk(req).snt_synack);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_check_req.L294) : $tb.op($e.now, A$tcp_check_req.L294));
  return ($r = (inet_csk_complete_hashdance$fast(sk, child, req, own.v)), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_check_req.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function tcp_child_process$fast(parent: Sock, child: Sock, skb: SkBuff): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$tcp_child_process.L327 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  const state = child.sk_state;
  
  let ret = 0;
  
  if (!child.sk_lock_owned) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_child_process.L333) : $tb.op($e.now, A$tcp_child_process.L333));
    ret = tcp_rcv_state_process$fast(child, skb);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_child_process.L335) : $tb.op($e.now, A$tcp_child_process.L335));
    if (state === TCP_SYN_RECV && child.sk_state !== state) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_child_process.L336) : $tb.op($e.now, A$tcp_child_process.L336));
      sock_def_readable$fast(parent);
    }
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$tcp_child_process.L339) : $tb.op($e.now, A$tcp_child_process.L339));
    child.sk_backlog.push(skb);
  }
  ++$s; $x = A$tcp_child_process.L345 | 1048576;
  return ($r = (ret), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$tcp_child_process.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(tcp_timewait_state_process, tcp_timewait_state_process$fast, 'tcp_timewait_state_process', () => []);
$kreg(tcp_time_wait, tcp_time_wait$fast, 'tcp_time_wait', () => [tcp_done]);
$kreg(tw_timer_handler, tw_timer_handler$fast, 'tw_timer_handler', () => []);
$kreg(tcp_create_openreq_child, tcp_create_openreq_child$fast, 'tcp_create_openreq_child', () => [inet_csk_clone_lock]);
$kreg(tcp_check_req, tcp_check_req$fast, 'tcp_check_req', () => ['tcp_v4_syn_recv_sock', inet_csk_complete_hashdance, ip_send_unicast_reply, tcp_rtx_synack, tcp_v4_send_reset]);
$kreg(tcp_child_process, tcp_child_process$fast, 'tcp_child_process', () => [sock_def_readable, tcp_rcv_state_process]);
