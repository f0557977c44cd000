// net/ipv4/tcp_minisocks.c: the "mini sockets" — request socks at the final ACK (tcp_check_req,
// tcp_create_openreq_child, tcp_child_process) and timewait socks (tcp_time_wait,
// tcp_timewait_state_process).

import { defineFn } from '../../sim/anchors';
import { at, enter, leave, Sim } from '../../sim/engine';
import type { SkBuff } from '../../include/linux/skbuff';
import { wake_up_interruptible } from '../../include/linux/net';
import { end_seq } from '../../include/linux/skbuff';
import { Sock, sock_flag, SOCK_DEAD } from '../../include/net/sock';
import { inet_sk } from '../../include/net/inet_sock';
import { inet_csk } from '../../include/net/inet_connection_sock';
import { tcp_sk } from '../../include/linux/tcp';
import { RequestSock, tcp_rsk, inet_rsk } from '../../include/net/request_sock';
import { InetTimewaitSock } from '../../include/net/inet_timewait_sock';
import { NET_INC_STATS } from '../../include/net/net_namespace';
import { TCP_SYN_RECV, TCP_TIME_WAIT, TCP_FIN_WAIT2 } from '../../include/net/tcp_states';
import { TimerList } from '../../sim/timer';
import { inet_csk_clone_lock, inet_csk_complete_hashdance, inet_csk_reqsk_queue_drop } from './inet_connection_sock';
import { inet_bind_bucket_destroy } from './inet_hashtables';
import { tcp_v4_syn_recv_sock, tcp_v4_send_reset } from './tcp_ipv4';
import { tcp_rcv_state_process } from './tcp_input';
import { tcp_done, tcp_init_xmit_timers } from './tcp';
import { tcp_rtx_synack, tcp_select_window, ip_output, makeTcpSkb } from './tcp_output';

/** Verdicts of tcp_timewait_state_process. */
export const enum TW {
  SUCCESS = 0,
  RST = 1,
  ACK = 2,
  SYN = 3,
}

export const TCP_TIMEWAIT_LEN = 60_000_000; // 60 s

function before(a: number, b: number): boolean {
  return ((a - b) | 0) < 0;
}
function after(a: number, b: number): boolean {
  return before(b, a);
}

const TWPROC = defineFn('net/ipv4/tcp_minisocks.c', 'tcp_timewait_state_process', {
  fw2: 'if (tw->tw_substate == TCP_FIN_WAIT2) {',
  window: 'if (paws_reject ||',
  oow: 'return tcp_timewait_check_oow_rate_limit(tw, skb, LINUX_MIB_TCPACKSKIPPEDFINWAIT2);',
  rst: 'if (th->rst) goto kill;',
  syn: 'if (th->syn && !before(TCP_SKB_CB(skb)->seq, tcptw->tw_rcv_nxt))',
  synrst: 'return TCP_TW_RST;#1',
  dup: 'if (!th->ack ||',
  dupok: 'return TCP_TW_SUCCESS;#1',
  newdata: 'if (!th->fin ||',
  datarst: 'return TCP_TW_RST;#2',
  fw2fin: 'tw->tw_substate = TCP_TIME_WAIT;',
  resched: 'inet_twsk_reschedule(tw, TCP_TIMEWAIT_LEN);',
  twack: 'return TCP_TW_ACK;',
  inwin: 'if (!paws_reject && (TCP_SKB_CB(skb)->seq == tcptw->tw_rcv_nxt &&',
  kill: 'inet_twsk_deschedule_put(tw);',
  newsyn: 'if (th->syn && !th->rst && !th->ack && !paws_reject &&',
  twsyn: 'return TCP_TW_SYN;',
  ack: 'return tcp_timewait_check_oow_rate_limit(tw, skb, LINUX_MIB_TCPACKSKIPPEDTIMEWAIT);',
});
/** tcp_timewait_state_process(): what a timewait sock does with a segment for its 4-tuple. */
export function* tcp_timewait_state_process(tw: InetTimewaitSock, skb: SkBuff): Sim<TW> {
  const th = skb.th!;
  const f = enter(TWPROC, { tw, skb, th });
  try {
    const seq = th.seq;
    const eseq = end_seq(skb);
    if (at(TWPROC.fw2)) yield;
    if (tw.tw_substate === TCP_FIN_WAIT2) {
      // the same checks tcp_rcv_state_process would make, on what is left of the socket
      if (at(TWPROC.window)) yield;
      if (!tcp_in_window(seq, eseq, tw.tw_rcv_nxt, (tw.tw_rcv_nxt + tw.tw_rcv_wnd) >>> 0)) {
        if (at(TWPROC.oow)) yield;
        return th.rst ? TW.SUCCESS : TW.ACK;
      }
      if (at(TWPROC.rst)) yield;
      if (th.rst) {
        if (at(TWPROC.kill)) yield;
        tw.deschedule();
        return TW.SUCCESS;
      }
      if (at(TWPROC.syn)) yield;
      if (th.syn && !before(seq, tw.tw_rcv_nxt)) {
        if (at(TWPROC.synrst)) yield;
        return TW.RST;
      }
      if (at(TWPROC.dup)) yield;
      if (!th.ack || !after(eseq, tw.tw_rcv_nxt) || eseq === seq) {
        if (at(TWPROC.dupok)) yield;
        return TW.SUCCESS;
      }
      // new data after our half-duplex close: nobody will ever read it — reset
      if (at(TWPROC.newdata)) yield;
      if (!th.fin || eseq !== ((tw.tw_rcv_nxt + 1) >>> 0)) {
        if (at(TWPROC.datarst)) yield;
        return TW.RST;
      }
      // the peer's FIN: now really TIME_WAIT (a plain write — no tracepoint)
      if (at(TWPROC.fw2fin)) yield;
      tw.tw_substate = TCP_TIME_WAIT;
      tw.tw_rcv_nxt = eseq;
      if (at(TWPROC.resched)) yield;
      tw.tw_timer!.mod(TCP_TIMEWAIT_LEN);
      if (at(TWPROC.twack)) yield;
      return TW.ACK;
    }
    // real TIME_WAIT
    if (at(TWPROC.inwin)) yield;
    if (seq === tw.tw_rcv_nxt && (seq === eseq || th.rst)) {
      if (th.rst) {
        // "TIME_WAIT assassination": with tcp_rfc1337 = 0 (the default) a RST ends it at once
        if (at(TWPROC.kill)) yield;
        tw.deschedule();
      }
      return TW.SUCCESS;
    }
    // a new SYN above the old sequence space may reopen the connection
    if (at(TWPROC.newsyn)) yield;
    if (th.syn && !th.rst && !th.ack && after(seq, tw.tw_rcv_nxt)) {
      if (at(TWPROC.twsyn)) yield;
      return TW.SYN;
    }
    if (!th.rst) {
      // anything else — a retransmitted FIN whose ACK was lost — is answered with an ACK
      if (th.fin) tw.tw_timer!.mod(TCP_TIMEWAIT_LEN);
      if (at(TWPROC.ack)) yield;
      return TW.ACK;
    }
    return TW.SUCCESS;
  } finally {
    leave(f);
  }
}

const TIMEWAIT = defineFn('net/ipv4/tcp_minisocks.c', 'tcp_time_wait', {
  alloc: 'tw = inet_twsk_alloc(sk, tcp_death_row, state);',
  rcv_nxt: 'tcptw->tw_rcv_nxt	= tp->rcv_nxt;',
  snd_nxt: 'tcptw->tw_snd_nxt	= tp->snd_nxt;',
  timeo: 'if (state == TCP_TIME_WAIT)',
  schedule: 'inet_twsk_schedule(tw, timeo);',
  hashdance: 'inet_twsk_hashdance(tw, sk, &tcp_hashinfo);',
  done: 'tcp_done(sk);',
});
/**
 * tcp_time_wait(): a timewait sock takes the full sock's place in ehash and its bind bucket;
 * the full sock then goes to CLOSE (the tracepoint says FIN_WAIT2→CLOSE, never TIME_WAIT).
 */
export function* tcp_time_wait(sk: Sock, state: number, timeo: number): Sim<void> {
  const tp = tcp_sk(sk);
  const f = enter(TIMEWAIT, { sk, state, timeo, tp });
  try {
    if (at(TIMEWAIT.alloc)) yield;
    const tw = new InetTimewaitSock();
    f.vars.tw = tw;
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
    if (at(TIMEWAIT.rcv_nxt)) yield;
    tw.tw_rcv_nxt = tp.rcv_nxt;
    if (at(TIMEWAIT.snd_nxt)) yield;
    tw.tw_snd_nxt = tp.snd_nxt;
    tw.tw_rcv_wnd = tcp_select_window(sk);
    if (at(TIMEWAIT.timeo)) yield;
    const rto = inet_csk(sk).icsk_rto;
    const tmo = state === TCP_TIME_WAIT ? TCP_TIMEWAIT_LEN : Math.max(timeo, Math.floor((rto * 7) / 2));
    f.vars.timeo = tmo;
    if (at(TIMEWAIT.schedule)) yield;
    // (no closures: a function and the tw it runs on keep the timewait sock alive for its 60 s, not the full sock)
    tw.kill = inet_twsk_kill;
    tw.tw_timer = new TimerList('tw_timer_handler', sk.skc_net.host, tw_timer_handler, tw);
    tw.tw_timer.mod(tmo);
    if (at(TIMEWAIT.hashdance)) yield;
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
    NET_INC_STATS(sk.skc_net, state === TCP_TIME_WAIT ? 'TimeWaits' : 'TimeWaitsFinWait2');
    if (at(TIMEWAIT.done)) yield;
    yield* tcp_done(sk);
  } finally {
    leave(f);
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

const CHILD = defineFn('net/ipv4/tcp_minisocks.c', 'tcp_create_openreq_child', {
  clone: 'struct sock *newsk = inet_csk_clone_lock(sk, req, GFP_ATOMIC);',
  rcvseq: 'seq = treq->rcv_isn + 1;',
  rcv_nxt: 'WRITE_ONCE(newtp->rcv_nxt, seq);',
  sndseq: 'seq = treq->snt_isn + 1;',
  snd_una: 'newtp->snd_sml = newtp->snd_una = seq;',
  snd_nxt: 'WRITE_ONCE(newtp->snd_nxt, seq);',
  timers: 'tcp_init_xmit_timers(newsk);',
  write_seq: 'WRITE_ONCE(newtp->write_seq, newtp->pushed_seq = treq->snt_isn + 1);',
  window: 'newtp->snd_wnd = ntohs(tcp_hdr(skb)->window) << newtp->rx_opt.snd_wscale;',
  mss: 'newtp->rx_opt.mss_clamp = req->mss;',
  stats: '__TCP_INC_STATS(sock_net(sk), TCP_MIB_PASSIVEOPENS);',
  ret: 'return newsk;',
});
/** tcp_create_openreq_child(): the child's sequence numbers come from the request sock. */
export function* tcp_create_openreq_child(sk: Sock, req: RequestSock, skb: SkBuff): Sim<Sock> {
  const treq = tcp_rsk(req);
  const f = enter(CHILD, { sk, req, skb, treq });
  try {
    if (at(CHILD.clone)) yield;
    const newsk = yield* inet_csk_clone_lock(sk, req);
    f.vars.newsk = newsk;
    const newtp = tcp_sk(newsk);
    f.vars.newtp = newtp;
    if (at(CHILD.rcvseq)) yield;
    let seq = (treq.rcv_isn + 1) >>> 0;
    f.vars.seq = seq;
    if (at(CHILD.rcv_nxt)) yield;
    newtp.rcv_wup = newtp.copied_seq = newtp.rcv_nxt = seq;
    if (at(CHILD.sndseq)) yield;
    seq = (treq.snt_isn + 1) >>> 0;
    f.vars.seq = seq;
    if (at(CHILD.snd_una)) yield;
    newtp.snd_una = seq;
    if (at(CHILD.snd_nxt)) yield;
    newtp.snd_nxt = seq;
    if (at(CHILD.timers)) yield;
    tcp_init_xmit_timers(newsk);
    newtp.tcp_rtx_queue = [];
    newtp.packets_out = 0;
    newtp.total_retrans = req.num_retrans;
    if (at(CHILD.write_seq)) yield;
    newtp.write_seq = newtp.pushed_seq = seq;
    if (at(CHILD.window)) yield;
    newtp.snd_wnd = skb.th!.window;
    newtp.rcv_wnd = req.rsk_rcv_wnd;
    if (at(CHILD.mss)) yield;
    newtp.rx_opt = { ...newtp.rx_opt, mss_clamp: req.mss };
    if (at(CHILD.stats)) yield;
    NET_INC_STATS(sk.skc_net, 'PassiveOpens');
    if (at(CHILD.ret)) yield;
    return newsk;
  } finally {
    leave(f);
  }
}

function tcp_in_window(seq: number, eseq: number, s_win: number, e_win: number): boolean {
  if (seq === s_win) return true;
  if (after(eseq, s_win) && before(seq, e_win)) return true;
  return seq === e_win && seq === eseq;
}

const CHECKREQ = defineFn('net/ipv4/tcp_minisocks.c', 'tcp_check_req', {
  flg: 'tcp_flag_word(th) & (TCP_FLAG_RST|TCP_FLAG_SYN|TCP_FLAG_ACK);',
  synrtx: 'if (TCP_SKB_CB(skb)->seq == tcp_rsk(req)->rcv_isn &&',
  rtx: '!inet_rtx_syn_ack(sk, req)) {',
  badack: '(TCP_SKB_CB(skb)->ack_seq !=',
  retsk: 'return sk;',
  window: 'if (paws_reject || !tcp_in_window(TCP_SKB_CB(skb)->seq, TCP_SKB_CB(skb)->end_seq,',
  rstsyn: 'if (flg & (TCP_FLAG_RST|TCP_FLAG_SYN)) {',
  noack: 'if (!(flg & TCP_FLAG_ACK))',
  defer: 'if (req->num_timeout < inet_csk(sk)->icsk_accept_queue.rskq_defer_accept &&',
  child: 'child = inet_csk(sk)->icsk_af_ops->syn_recv_sock(sk, skb, req, NULL,',
  overflow: 'if (!child)',
  dance: 'return inet_csk_complete_hashdance(sk, child, req, own_req);',
  listen_overflow: 'if (!sock_net(sk)->ipv4.sysctl_tcp_abort_on_overflow) {',
  acked: 'inet_rsk(req)->acked = 1;',
  embryonic: 'embryonic_reset:',
  sendrst: 'req->rsk_ops->send_reset(sk, skb);',
  drop: 'inet_csk_reqsk_queue_drop(sk, req);',
});
/**
 * tcp_check_req(): a segment for a request sock. The final ACK (ack_seq == snt_isn + 1) creates
 * the child; returns the child, the listener (for a bad ACK: the caller answers with a RST) or NULL.
 */
export function* tcp_check_req(sk: Sock, skb: SkBuff, req: RequestSock): Sim<Sock | null> {
  const th = skb.th!;
  const treq = tcp_rsk(req);
  const f = enter(CHECKREQ, { sk, skb, req, th });
  try {
    if (at(CHECKREQ.flg)) yield;
    const flg = { rst: !!th.rst, syn: !!th.syn, ack: !!th.ack };
    f.vars.flg = (th.rst ? 'RST|' : '') + (th.syn ? 'SYN|' : '') + (th.ack ? 'ACK' : '');
    if (at(CHECKREQ.synrtx)) yield;
    if (th.seq === treq.rcv_isn && flg.syn && !flg.ack && !flg.rst) {
      // the client sent its SYN again: resend our SYN-ACK
      if (at(CHECKREQ.rtx)) yield;
      yield* tcp_rtx_synack(sk, req);
      return null;
    }
    if (at(CHECKREQ.badack)) yield;
    if (flg.ack && th.ack_seq !== ((treq.snt_isn + 1) >>> 0)) {
      if (at(CHECKREQ.retsk)) yield;
      return sk;
    }
    if (at(CHECKREQ.window)) yield;
    if (!tcp_in_window(th.seq, end_seq(skb), treq.rcv_nxt, (treq.rcv_nxt + req.rsk_rcv_wnd) >>> 0)) {
      if (!flg.rst) {
        const rep = makeTcpSkb(skb.iph.daddr, skb.iph.saddr, { source: th.dest, dest: th.source, seq: (treq.snt_isn + 1) >>> 0, ack_seq: treq.rcv_nxt, ack: 1, window: req.rsk_rcv_wnd });
        ip_output(sk, rep);
      }
      return null;
    }
    if (at(CHECKREQ.rstsyn)) yield;
    if (flg.rst || flg.syn) {
      NET_INC_STATS(sk.skc_net, 'AttemptFails');
      if (at(CHECKREQ.embryonic)) yield;
      if (!flg.rst) {
        if (at(CHECKREQ.sendrst)) yield;
        yield* tcp_v4_send_reset(req, skb, sk.skc_net);
      }
      if (at(CHECKREQ.drop)) yield;
      inet_csk_reqsk_queue_drop(sk, req);
      req.freed = true;
      NET_INC_STATS(sk.skc_net, 'EmbryonicRsts');
      return null;
    }
    if (at(CHECKREQ.noack)) yield;
    if (!flg.ack) return null;
    if (at(CHECKREQ.defer)) yield;
    if (at(CHECKREQ.child)) yield;
    const own = { v: false };
    const child = yield* tcp_v4_syn_recv_sock(sk, skb, req, req, own);
    f.vars.child = child;
    if (at(CHECKREQ.overflow)) yield;
    if (!child) {
      // listen_overflow: with tcp_abort_on_overflow = 0 the ACK is dropped; the SYN-ACK timer retries
      if (at(CHECKREQ.listen_overflow)) yield;
      if (!sk.skc_net.sysctl['net.ipv4.tcp_abort_on_overflow']) {
        if (at(CHECKREQ.acked)) yield;
        inet_rsk(req).acked = 1;
        return null;
      }
      if (at(CHECKREQ.embryonic)) yield;
      if (at(CHECKREQ.sendrst)) yield;
      yield* tcp_v4_send_reset(req, skb, sk.skc_net);
      if (at(CHECKREQ.drop)) yield;
      inet_csk_reqsk_queue_drop(sk, req);
      req.freed = true;
      return null;
    }
    if (at(CHECKREQ.dance)) yield;
    return yield* inet_csk_complete_hashdance(sk, child, req, own.v);
  } finally {
    leave(f);
  }
}

const CHILDPROC = defineFn('net/ipv4/tcp_minisocks.c', 'tcp_child_process', {
  state: 'int state = child->sk_state;',
  owned: 'if (!sock_owned_by_user(child)) {',
  process: 'ret = tcp_rcv_state_process(child, skb);',
  wake: 'if (state == TCP_SYN_RECV && child->sk_state != state)',
  ready: 'parent->sk_data_ready(parent);',
  backlog: '__sk_add_backlog(child, skb);',
  ret: 'return ret;',
});
/** tcp_child_process(): the new child handles the very ACK that created it (SYN_RECV→ESTABLISHED), then accept() is woken. */
export function* tcp_child_process(parent: Sock, child: Sock, skb: SkBuff): Sim<number> {
  const f = enter(CHILDPROC, { parent, child, skb });
  try {
    if (at(CHILDPROC.state)) yield;
    const state = child.sk_state;
    f.vars.state = state;
    let ret = 0;
    if (at(CHILDPROC.owned)) yield;
    if (!child.sk_lock_owned) {
      if (at(CHILDPROC.process)) yield;
      ret = yield* tcp_rcv_state_process(child, skb);
      f.vars.ret = ret;
      if (at(CHILDPROC.wake)) yield;
      if (state === TCP_SYN_RECV && child.sk_state !== state) {
        if (at(CHILDPROC.ready)) yield;
        sk_data_ready(parent);
      }
    } else {
      if (at(CHILDPROC.backlog)) yield;
      child.sk_backlog.push(skb);
    }
    if (at(CHILDPROC.ret)) yield;
    return ret;
  } finally {
    leave(f);
  }
}

/** sk->sk_data_ready = sock_def_readable: wake the sleepers (accept() waits exclusively: wake-one). */
export function sk_data_ready(sk: Sock): void {
  if (!sock_flag(sk, SOCK_DEAD)) wake_up_interruptible(sk.sk_wq);
}
