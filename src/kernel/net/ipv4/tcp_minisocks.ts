// net/ipv4/tcp_minisocks.c: the "mini sockets" — request socks at the final ACK (tcp_check_req,
// tcp_create_openreq_child, tcp_child_process) and timewait socks (tcp_time_wait,
// tcp_timewait_state_process).

import { E, Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import type { SkBuff } from '../../include/linux/skbuff';
import { end_seq } from '../../include/linux/skbuff';
import { Sock } from '../../include/net/sock';
import { inet_sk } from '../../include/net/inet_sock';
import { inet_csk } from '../../include/net/inet_connection_sock';
import { tcp_sk, before, after } from '../../include/linux/tcp';
import { RequestSock, tcp_rsk, inet_rsk } from '../../include/net/request_sock';
import { InetTimewaitSock } from '../../include/net/inet_timewait_sock';
import { MIB, NET_INC_STATS } from '../../include/net/net_namespace';
import { TCP_SYN_RECV, TCP_TIME_WAIT, TCP_FIN_WAIT2 } from '../../include/net/tcp_states';
import { TimerList } from '../../core/timer';
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

export const TCP_TIMEWAIT_LEN = 60_000_000; // 60 s


/** tcp_timewait_state_process(): what a timewait sock does with a segment for its 4-tuple. */
export function* tcp_timewait_state_process(tw: InetTimewaitSock, skb: SkBuff): Sim<TW> {
  const th = skb.th!;
  frame({ tw, skb, th });

  const seq = th.seq;
  const eseq = end_seq(skb);
  line`if (tw->tw_substate == TCP_FIN_WAIT2) {`;
  if (tw.tw_substate === TCP_FIN_WAIT2) {
    // the same checks tcp_rcv_state_process would make, on what is left of the socket
    line`if (paws_reject ||`;
    if (!tcp_in_window(seq, eseq, tw.tw_rcv_nxt, (tw.tw_rcv_nxt + tw.tw_rcv_wnd) >>> 0)) {
      line`return tcp_timewait_check_oow_rate_limit(#1`;
      return th.rst ? TW.SUCCESS : TW.ACK;
    }
    line`if (th->rst)#1`;
    if (th.rst) {
      line`inet_twsk_deschedule_put(tw);`;
      tw.deschedule();
      return TW.SUCCESS;
    }
    line`if (th->syn && !before(TCP_SKB_CB(skb)->seq, tcptw->tw_rcv_nxt))`;
    if (th.syn && !before(seq, tw.tw_rcv_nxt)) {
      line`return TCP_TW_RST;#1`;
      return TW.RST;
    }
    line`if (!th->ack ||`;
    if (!th.ack || !after(eseq, tw.tw_rcv_nxt) || eseq === seq) {
      line`return TCP_TW_SUCCESS;#1`;
      return TW.SUCCESS;
    }
    // new data after our half-duplex close: nobody will ever read it — reset
    line`if (!th->fin ||`;
    if (!th.fin || eseq !== ((tw.tw_rcv_nxt + 1) >>> 0)) {
      line`return TCP_TW_RST;#2`;
      return TW.RST;
    }
    // the peer's FIN: now really TIME_WAIT (a plain write — no tracepoint)
    line`tw->tw_substate = TCP_TIME_WAIT;`;
    tw.tw_substate = TCP_TIME_WAIT;
    tw.tw_rcv_nxt = eseq;
    line`inet_twsk_reschedule(tw, TCP_TIMEWAIT_LEN);`;
    tw.tw_timer!.mod(TCP_TIMEWAIT_LEN);
    line`return TCP_TW_ACK;`;
    return TW.ACK;
  }
  // real TIME_WAIT
  line`if (!paws_reject &&`;
  if (seq === tw.tw_rcv_nxt && (seq === eseq || th.rst)) {
    if (th.rst) {
      // "TIME_WAIT assassination": with tcp_rfc1337 = 0 (the default) a RST ends it at once
      line`inet_twsk_deschedule_put(tw);`;
      tw.deschedule();
    }
    return TW.SUCCESS;
  }
  // a new SYN above the old sequence space may reopen the connection
  line`if (th->syn && !th->rst && !th->ack && !paws_reject &&`;
  if (th.syn && !th.rst && !th.ack && after(seq, tw.tw_rcv_nxt)) {
    line`return TCP_TW_SYN;`;
    return TW.SYN;
  }
  if (!th.rst) {
    // anything else — a retransmitted FIN whose ACK was lost — is answered with an ACK
    if (th.fin) tw.tw_timer!.mod(TCP_TIMEWAIT_LEN);
    line`return tcp_timewait_check_oow_rate_limit(#2`;
    return TW.ACK;
  }
  return TW.SUCCESS;
}

/**
 * tcp_time_wait(): a timewait sock takes the full sock's place in ehash and its bind bucket;
 * the full sock then goes to CLOSE (the tracepoint says FIN_WAIT2→CLOSE, never TIME_WAIT).
 */
export function* tcp_time_wait(sk: Sock, state: number, timeo: number): Sim<void> {
  const tp = tcp_sk(sk);
  frame({ sk, state, timeo, tp });

  line`tw = inet_twsk_alloc(sk, tcp_death_row, state);`;
  const tw = new InetTimewaitSock();
  frame.tw = tw;
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
  line`tcptw->tw_rcv_nxt	= tp->rcv_nxt;`;
  tw.tw_rcv_nxt = tp.rcv_nxt;
  line`tcptw->tw_snd_nxt	= tp->snd_nxt;`;
  tw.tw_snd_nxt = tp.snd_nxt;
  tw.tw_rcv_wnd = tcp_select_window(sk);
  line`if (state == TCP_TIME_WAIT)`;
  const rto = inet_csk(sk).icsk_rto;
  const tmo = state === TCP_TIME_WAIT ? TCP_TIMEWAIT_LEN : Math.max(timeo, Math.floor((rto * 7) / 2));
  frame.timeo = tmo;
  line`inet_twsk_schedule(tw, timeo);`;
  // (no closures: a function and the tw it runs on keep the timewait sock alive for its 60 s, not the full sock)
  tw.kill = inet_twsk_kill;
  tw.tw_timer = new TimerList('tw_timer_handler', sk.skc_net.host, tw_timer_handler, tw);
  tw.tw_timer.mod(tmo);
  line`inet_twsk_hashdance(tw, sk, &tcp_hashinfo);`;
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
  line`tcp_done(sk);`;
  yield* tcp_done(sk);
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

/** tcp_create_openreq_child(): the child's sequence numbers come from the request sock. */
export function* tcp_create_openreq_child(sk: Sock, req: RequestSock, skb: SkBuff): Sim<Sock> {
  const treq = tcp_rsk(req);
  frame({ sk, req, skb, treq });

  line`struct sock *newsk = inet_csk_clone_lock(sk, req, GFP_ATOMIC);`;
  const newsk = yield* inet_csk_clone_lock(sk, req);
  frame.newsk = newsk;
  const newtp = tcp_sk(newsk);
  frame.newtp = newtp;
  line`seq = treq->rcv_isn + 1;`;
  let seq = (treq.rcv_isn + 1) >>> 0;
  frame.seq = seq;
  line`WRITE_ONCE(newtp->rcv_nxt, seq);`;
  newtp.rcv_wup = newtp.copied_seq = newtp.rcv_nxt = seq;
  line`seq = treq->snt_isn + 1;`;
  seq = (treq.snt_isn + 1) >>> 0;
  frame.seq = seq;
  line`newtp->snd_sml = newtp->snd_una = seq;`;
  newtp.snd_una = seq;
  line`WRITE_ONCE(newtp->snd_nxt, seq);`;
  newtp.snd_nxt = seq;
  line`tcp_init_xmit_timers(newsk);`;
  tcp_init_xmit_timers(newsk);
  newtp.tcp_rtx_queue = [];
  newtp.packets_out = 0;
  newtp.total_retrans = req.num_retrans;
  line`WRITE_ONCE(newtp->write_seq, newtp->pushed_seq = treq->snt_isn + 1);`;
  newtp.write_seq = newtp.pushed_seq = seq;
  line`newtp->snd_wnd = ntohs(tcp_hdr(skb)->window) << newtp->rx_opt.snd_wscale;`;
  newtp.snd_wnd = skb.th!.window;
  newtp.window_clamp = req.rsk_window_clamp;
  newtp.rcv_ssthresh = req.rsk_rcv_wnd;
  newtp.rcv_wnd = req.rsk_rcv_wnd;
  line`newtp->rx_opt.mss_clamp = req->mss;`;
  newtp.rx_opt = { ...newtp.rx_opt, mss_clamp: req.mss };
  line`__TCP_INC_STATS(sock_net(sk), TCP_MIB_PASSIVEOPENS);`;
  NET_INC_STATS(sk.skc_net, MIB.PassiveOpens);
  line`return newsk;`;
  return newsk;
}

function tcp_in_window(seq: number, eseq: number, s_win: number, e_win: number): boolean {
  if (seq === s_win) return true;
  if (after(eseq, s_win) && before(seq, e_win)) return true;
  return seq === e_win && seq === eseq;
}

/**
 * tcp_check_req(): a segment for a request sock. The final ACK (ack_seq == snt_isn + 1) creates
 * the child; returns the child, the listener (for a bad ACK: the caller answers with a RST) or NULL.
 */
export function* tcp_check_req(sk: Sock, skb: SkBuff, req: RequestSock): Sim<Sock | null> {
  const th = skb.th!;
  const treq = tcp_rsk(req);
  frame({ sk, skb, req, th });

  line`tcp_flag_word(th) & (TCP_FLAG_RST|TCP_FLAG_SYN|TCP_FLAG_ACK);`;
  const flg = { rst: !!th.rst, syn: !!th.syn, ack: !!th.ack };
  frame.flg = (th.rst ? 'RST|' : '') + (th.syn ? 'SYN|' : '') + (th.ack ? 'ACK' : '');
  line`if (TCP_SKB_CB(skb)->seq == tcp_rsk(req)->rcv_isn &&`;
  if (th.seq === treq.rcv_isn && flg.syn && !flg.ack && !flg.rst) {
    // the client sent its SYN again: resend our SYN-ACK
    line`!inet_rtx_syn_ack(sk, req)) {`;
    yield* tcp_rtx_synack(sk, req);
    return null;
  }
  line`(TCP_SKB_CB(skb)->ack_seq !=`;
  if (flg.ack && th.ack_seq !== ((treq.snt_isn + 1) >>> 0)) {
    line`return sk;`;
    return sk;
  }
  line`if (paws_reject || !tcp_in_window(TCP_SKB_CB(skb)->seq, TCP_SKB_CB(skb)->end_seq,`;
  if (!tcp_in_window(th.seq, end_seq(skb), treq.rcv_nxt, (treq.rcv_nxt + req.rsk_rcv_wnd) >>> 0)) {
    if (!flg.rst) {
      const rep = makeTcpSkb(skb.iph.daddr, skb.iph.saddr, { source: th.dest, dest: th.source, seq: (treq.snt_isn + 1) >>> 0, ack_seq: treq.rcv_nxt, ack: 1, window: req.rsk_rcv_wnd });
      yield* ip_send_unicast_reply(sk.skc_net, rep);
    }
    return null;
  }
  line`if (flg & (TCP_FLAG_RST|TCP_FLAG_SYN)) {`;
  if (flg.rst || flg.syn) {
    NET_INC_STATS(sk.skc_net, MIB.AttemptFails);
    line`embryonic_reset:`;
    if (!flg.rst) {
      line`req->rsk_ops->send_reset(sk, skb);`;
      yield* tcp_v4_send_reset(req, skb, sk.skc_net);
    }
    line`inet_csk_reqsk_queue_drop(sk, req);`;
    inet_csk_reqsk_queue_drop(sk, req);
    req.freed = true;
    NET_INC_STATS(sk.skc_net, MIB.EmbryonicRsts);
    return null;
  }
  line`if (!(flg & TCP_FLAG_ACK))`;
  if (!flg.ack) return null;
  line`if (req->num_timeout < inet_csk(sk)->icsk_accept_queue.rskq_defer_accept &&`;
  line`child = inet_csk(sk)->icsk_af_ops->syn_recv_sock(sk, skb, req, NULL,`;
  const own = { v: false };
  const child = yield* inet_csk(sk).icsk_af_ops!.syn_recv_sock(sk, skb, req, req, own);
  frame.child = child;
  line`if (!child)`;
  if (!child) {
    // listen_overflow: with tcp_abort_on_overflow = 0 the ACK is dropped; the SYN-ACK timer retries
    line`if (!sock_net(sk)->ipv4.sysctl_tcp_abort_on_overflow) {`;
    if (!sk.skc_net.sysctl['net.ipv4.tcp_abort_on_overflow']) {
      line`inet_rsk(req)->acked = 1;`;
      inet_rsk(req).acked = 1;
      return null;
    }
    line`embryonic_reset:`;
    line`req->rsk_ops->send_reset(sk, skb);`;
    yield* tcp_v4_send_reset(req, skb, sk.skc_net);
    line`inet_csk_reqsk_queue_drop(sk, req);`;
    inet_csk_reqsk_queue_drop(sk, req);
    req.freed = true;
    return null;
  }
  // tcp_synack_rtt_meas(child, req): the handshake's round trip (SYN-ACK out, this ACK in) is the child's first RTT sample
  if (!req.num_retrans) tcp_ack_update_rtt(child, E.now - tcp_rsk(req).snt_synack);
  line`return inet_csk_complete_hashdance(sk, child, req, own_req);`;
  return yield* inet_csk_complete_hashdance(sk, child, req, own.v);
}

/** tcp_child_process(): the new child handles the very ACK that created it (SYN_RECV→ESTABLISHED), then accept() is woken. */
export function* tcp_child_process(parent: Sock, child: Sock, skb: SkBuff): Sim<number> {
  line`int state = child->sk_state;`;
  const state = child.sk_state;
  frame.state = state;
  let ret = 0;
  line`if (!sock_owned_by_user(child)) {`;
  if (!child.sk_lock_owned) {
    line`ret = tcp_rcv_state_process(child, skb);`;
    ret = yield* tcp_rcv_state_process(child, skb);
    frame.ret = ret;
    line`if (state == TCP_SYN_RECV && child->sk_state != state)`;
    if (state === TCP_SYN_RECV && child.sk_state !== state) {
      line`parent->sk_data_ready(parent);`;
      yield* sock_def_readable(parent);
    }
  } else {
    line`__sk_add_backlog(child, skb);`;
    child.sk_backlog.push(skb);
  }
  line`return ret;`;
  return ret;
}
