// What a view needs to know about the past that the present state does not hold: every segment put
// on the wire so far (for the sequence diagram, with the skb's id so a packet in flight can be
// matched to its arrow), every state transition (the TCP diagram's trail), the system calls and
// their results. Kept only when the engine is asked to (EngineOptions.history) — the debugger and
// the views ask; the CLI and the bench do not pay for it.

import { tcpStateName } from './trace';
import { kaddr } from './kaddr';
import type { PacketEvent, SetStateEvent, SyscallEvent, SyscallEnterEvent, TcpEvent, TcpSockEvent, TraceEvent, PauseEvent, NoteEvent } from './trace';
import { tcpEventOf } from './trace';

export interface WireRecord extends PacketEvent {
  /** The sk_buff's stable id ("sk_buff#12"): a packet in flight carries the same id. */
  skb: string;
  /** The sending host, and the receiving one (null when no host has the address). */
  from: string;
  to: string | null;
  /** When it arrives (virtual µs), unless it was dropped. */
  arriveAt?: number;
}

/**
 * One TCP connection's congestion state after an ACK was processed (tcp_ack) or the retransmit timer
 * fired (tcp_retransmit_timer, after tcp_enter_loss) — what the structures view plots per connection.
 * Recorded only where something changed since the sock's last sample.
 */
export interface CwndSample {
  t: number;
  /** The sock ("tcp_sock#7") and its host. */
  sk: string;
  host: string;
  /** snd_cwnd, in segments. */
  cwnd: number;
  /** snd_ssthresh in segments; null while it is "infinite" (TCP_INFINITE_SSTHRESH: no loss seen yet). */
  ssthresh: number | null;
  /** snd_wnd: the window the peer offers, in bytes. */
  wnd: number;
  /** mss_cache, bytes (the peer's window in segments is wnd / mss). */
  mss: number;
  /** tcp_packets_in_flight(): sent, not ACKed, not known lost (at this sample: after the ACK, before more is sent). */
  inflight: number;
  /** icsk_ca_state: 0 Open, 1 Disorder, 2 CWR, 3 Recovery (fast retransmit), 4 Loss. */
  ca: number;
  /** What took it: an ACK, or the retransmit timer (RTO). */
  at: 'ack' | 'rto';
}

/** What History.cwnd() reads of a tcp_sock (struct tcp_sock and its inet_connection_sock, by shape: core imports no struct). */
export interface CwndSource {
  objId: number;
  structName: string;
  skc_net: { host: { name: string } };
  snd_cwnd: number;
  snd_ssthresh: number;
  snd_wnd: number;
  mss_cache: number;
  packets_out: number;
  sacked_out: number;
  lost_out: number;
  retrans_out: number;
  icsk_ca_state: number;
}

/** TCP_INFINITE_SSTHRESH (include/net/tcp.h). */
const INFINITE_SSTHRESH = 0x7fffffff;

export type HistoryEvent = SetStateEvent | TcpEvent | SyscallEvent | SyscallEnterEvent | PauseEvent | NoteEvent;

/**
 * The history is kept packed — numbers in Float64Array records, strings interned — so a long run
 * (a debugger's continue across millions of lines) does not leave hundreds of thousands of event
 * objects for the garbage collector to copy and scan; a snapshot materialises only the tail it shows
 * (wireTail, eventsTail), field for field and in the same order as the events were fired. Events of a
 * rarer shape are kept as the objects they are.
 */
export class History {
  private strs: string[] = [];
  private strIds = new Map<string, number>();
  private objs: Array<HistoryEvent | WireRecord> = [];
  // (fixed-size chunks, appended to: nothing is ever copied; the last chunk is `ev` / `wr`)
  private evChunks: Float64Array<ArrayBuffer>[] = [];
  private ev = new Float64Array(0);
  private nEv = 0;
  private wrChunks: Float64Array<ArrayBuffer>[] = [];
  private wr = new Float64Array(0);
  private nWire = 0;
  private cwChunks: Float64Array<ArrayBuffer>[] = [];
  private cw = new Float64Array(0);
  private nCwnd = 0;
  /** Per sock (objId): where its last sample is, to record only changes. */
  private cwLast = new Map<number, number>();

  get eventsTotal(): number {
    return this.nEv;
  }
  get wireTotal(): number {
    return this.nWire;
  }
  /** Every event (a test's or a tool's look at the whole past); a view takes eventsTail(). */
  get events(): HistoryEvent[] {
    return this.eventsTail(this.nEv);
  }
  get wire(): WireRecord[] {
    return this.wireTail(this.nWire);
  }
  get cwndTotal(): number {
    return this.nCwnd;
  }
  /** Every congestion sample (a test's look); a view takes cwndTail(). */
  get cwndSamples(): CwndSample[] {
    return this.cwndTail(this.nCwnd);
  }
  /** The last n congestion samples, oldest first. */
  cwndTail(n: number): CwndSample[] {
    const out: CwndSample[] = [];
    for (let i = Math.max(0, this.nCwnd - n); i < this.nCwnd; i++) out.push(this.cwndAt(i));
    return out;
  }
  /** The last n events, oldest first. */
  eventsTail(n: number): HistoryEvent[] {
    const out: HistoryEvent[] = [];
    for (let i = Math.max(0, this.nEv - n); i < this.nEv; i++) out.push(this.eventAt(i));
    return out;
  }
  /** The last n segments, oldest first. */
  wireTail(n: number): WireRecord[] {
    const out: WireRecord[] = [];
    for (let i = Math.max(0, this.nWire - n); i < this.nWire; i++) out.push(this.wireAt(i));
    return out;
  }

  // ---- what the kernel records as numbers (as TraceBuffer's methods of the same names: no event object) ----

  /** sock:inet_sock_set_state (the sock's address is kaddr(objId), the states TCP_* numbers). */
  setState(t: number, host: string, comm: string, objId: number, saddr: string, sport: number, daddr: string, dport: number, oldstate: number, newstate: number): void {
    const o = this.evSlot(K_SET_STATE, t);
    const a = this.ev;
    a[o + 2] = this.str(host);
    a[o + 3] = this.str(comm);
    a[o + 4] = objId;
    a[o + 5] = this.str(saddr);
    a[o + 6] = sport;
    a[o + 7] = this.str(daddr);
    a[o + 8] = dport;
    a[o + 9] = oldstate;
    a[o + 10] = newstate;
  }

  /** A syscall_enter event (ret undefined) or a syscall event (errno '' leaves it out). */
  syscall(t: number, task: string, call: string, scenarioLine: number, ret?: number, errno = ''): void {
    const o = this.evSlot(ret === undefined ? K_SYSCALL_ENTER : K_SYSCALL, t);
    const a = this.ev;
    a[o + 2] = this.str(task);
    a[o + 3] = this.str(call);
    a[o + 4] = scenarioLine;
    if (ret !== undefined) {
      a[o + 5] = ret;
      a[o + 6] = errno ? this.str(errno) : -1;
    }
  }

  /** tcp:tcp_send_reset, tcp_receive_reset, tcp_destroy_sock (skbObjId -1: no skbaddr). */
  tcpEvent(t: number, ev: TcpSockEvent, host: string, comm: string, objId: number, skbObjId: number, saddr: string, sport: number, daddr: string, dport: number, x: number): void {
    const o = this.evSlot(K_TCP, t);
    const a = this.ev;
    a[o + 2] = this.str(ev);
    a[o + 3] = this.str(host);
    a[o + 4] = this.str(comm);
    a[o + 5] = objId;
    a[o + 6] = skbObjId;
    a[o + 7] = this.str(saddr);
    a[o + 8] = sport;
    a[o + 9] = this.str(daddr);
    a[o + 10] = dport;
    a[o + 11] = x;
  }

  /** A TCP segment that went on the wire (not dropped): its packet event's fields, its sk_buff, the hosts, when it arrives. */
  tcpPacket(t: number, saddr: string, sport: number, daddr: string, dport: number, flags: string, seq: number, ack: number, win: number, len: number, mss: number, skbStruct: string, skbId: number, from: string, to: string, arriveAt: number): void {
    const o = this.wireSlot(W_TCP);
    const a = this.wr;
    a[o + 1] = t;
    a[o + 2] = this.str(saddr);
    a[o + 3] = sport;
    a[o + 4] = this.str(daddr);
    a[o + 5] = dport;
    a[o + 6] = this.str(flags);
    a[o + 7] = seq;
    a[o + 8] = ack;
    a[o + 9] = win;
    a[o + 10] = len;
    a[o + 11] = mss ? mss : -1;
    a[o + 12] = this.str(skbStruct);
    a[o + 13] = this.str(from);
    a[o + 14] = this.str(to);
    a[o + 15] = arriveAt;
    a[o + 16] = skbId;
  }

  /**
   * A TCP connection's congestion state (cwnd, ssthresh, the peer's window, packets in flight), at the
   * end of tcp_ack ('ack') or after the RTO's tcp_enter_loss ('rto'). An ACK that changed none of them
   * is not recorded; the RTO always is (the view marks it).
   */
  cwnd(t: number, tp: CwndSource, at: 'ack' | 'rto'): void {
    const inflight = tp.packets_out - (tp.sacked_out + tp.lost_out) + tp.retrans_out;
    const ssthresh = tp.snd_ssthresh >= INFINITE_SSTHRESH ? -1 : tp.snd_ssthresh;
    const kind = at === 'rto' ? C_RTO : C_ACK;
    const last = this.cwLast.get(tp.objId);
    if (kind === C_ACK && last !== undefined) {
      const a = this.cwChunks[last >>> CHUNK_BITS];
      const o = (last & CHUNK_MASK) * CWND_STRIDE;
      if (a[o + 3] === tp.snd_cwnd && a[o + 4] === ssthresh && a[o + 5] === tp.snd_wnd && a[o + 6] === tp.mss_cache && a[o + 7] === inflight && a[o + 8] === tp.icsk_ca_state) return;
    }
    if ((this.nCwnd & CHUNK_MASK) === 0) this.cwChunks.push((this.cw = new Float64Array(CWND_STRIDE << CHUNK_BITS)));
    this.cwLast.set(tp.objId, this.nCwnd);
    const o = (this.nCwnd++ & CHUNK_MASK) * CWND_STRIDE;
    const a = this.cw;
    a[o] = kind;
    a[o + 1] = t;
    a[o + 2] = tp.objId;
    a[o + 3] = tp.snd_cwnd;
    a[o + 4] = ssthresh;
    a[o + 5] = tp.snd_wnd;
    a[o + 6] = tp.mss_cache;
    a[o + 7] = inflight;
    a[o + 8] = tp.icsk_ca_state;
    a[o + 9] = this.str(tp.skc_net.host.name);
    a[o + 10] = this.str(tp.structName);
  }

  /**
   * An event fired as an object: a system call's is packed as syscall() packs it; the rarer shapes
   * (tcp_retransmit_synack, pause, note …) are kept as they are.
   */
  add(ev: TraceEvent): void {
    switch (ev.ev) {
      case 'line':
      case 'enter':
      case 'exit':
      case 'packet': // recorded with its hosts by tcpPacket() or packet()
        return;
      case 'syscall_enter':
        return this.syscall(ev.t, ev.task, ev.call, ev.scenarioLine);
      case 'syscall':
        return this.syscall(ev.t, ev.task, ev.call, ev.scenarioLine, ev.ret, ev.errno);
      default: {
        const o = this.evSlot(K_OBJECT, ev.t);
        this.ev[o + 2] = this.objs.push(ev as HistoryEvent) - 1;
      }
    }
  }

  /** A segment put on the wire as an event object (a datagram, an ICMP message, a dropped segment): kept as its record. */
  packet(ev: PacketEvent, skbStruct: string, skbId: number, from: string, to: string | null, arriveAt: number | undefined): void {
    const o = this.wireSlot(W_OBJECT);
    this.wr[o + 1] = this.objs.push(record(ev, `${skbStruct}#${skbId}`, from, to, arriveAt)) - 1;
  }

  private str(s: string): number {
    let id = this.strIds.get(s);
    if (id === undefined) {
      id = this.strs.push(s) - 1;
      this.strIds.set(s, id);
    }
    return id;
  }

  private wireSlot(kind: number): number {
    if ((this.nWire & CHUNK_MASK) === 0) this.wrChunks.push((this.wr = new Float64Array(WIRE_STRIDE << CHUNK_BITS)));
    const o = (this.nWire++ & CHUNK_MASK) * WIRE_STRIDE;
    this.wr[o] = kind;
    return o;
  }

  private evSlot(kind: number, t: number): number {
    if ((this.nEv & CHUNK_MASK) === 0) this.evChunks.push((this.ev = new Float64Array(EV_STRIDE << CHUNK_BITS)));
    const o = (this.nEv++ & CHUNK_MASK) * EV_STRIDE;
    this.ev[o] = kind;
    this.ev[o + 1] = t;
    return o;
  }

  private eventAt(i: number): HistoryEvent {
    const a = this.evChunks[i >>> CHUNK_BITS];
    const s = this.strs;
    const o = (i & CHUNK_MASK) * EV_STRIDE;
    const t = a[o + 1];
    switch (a[o]) {
      case K_SET_STATE:
        return { ev: 'inet_sock_set_state', t, host: s[a[o + 2]], comm: s[a[o + 3]], skaddr: kaddr(a[o + 4]), family: 'AF_INET', protocol: 'IPPROTO_TCP', saddr: s[a[o + 5]], sport: a[o + 6], daddr: s[a[o + 7]], dport: a[o + 8], oldstate: tcpStateName(a[o + 9]), newstate: tcpStateName(a[o + 10]) };
      case K_SYSCALL_ENTER:
        return { ev: 'syscall_enter', t, task: s[a[o + 2]], call: s[a[o + 3]], scenarioLine: a[o + 4] };
      case K_SYSCALL:
        return a[o + 6] >= 0
          ? { ev: 'syscall', t, task: s[a[o + 2]], call: s[a[o + 3]], ret: a[o + 5], errno: s[a[o + 6]], scenarioLine: a[o + 4] }
          : { ev: 'syscall', t, task: s[a[o + 2]], call: s[a[o + 3]], ret: a[o + 5], scenarioLine: a[o + 4] };
      case K_TCP: {
        return tcpEventOf(s[a[o + 2]] as TcpSockEvent, t, s[a[o + 3]], s[a[o + 4]], a[o + 5], a[o + 6], s[a[o + 7]], a[o + 8], s[a[o + 9]], a[o + 10], a[o + 11]);
      }
      default:
        return this.objs[a[o + 2]] as HistoryEvent;
    }
  }

  private cwndAt(i: number): CwndSample {
    const a = this.cwChunks[i >>> CHUNK_BITS];
    const s = this.strs;
    const o = (i & CHUNK_MASK) * CWND_STRIDE;
    return {
      t: a[o + 1], sk: `${s[a[o + 10]]}#${a[o + 2]}`, host: s[a[o + 9]], cwnd: a[o + 3], ssthresh: a[o + 4] < 0 ? null : a[o + 4],
      wnd: a[o + 5], mss: a[o + 6], inflight: a[o + 7], ca: a[o + 8], at: a[o] === C_RTO ? 'rto' : 'ack',
    };
  }

  private wireAt(i: number): WireRecord {
    const a = this.wrChunks[i >>> CHUNK_BITS];
    const s = this.strs;
    const o = (i & CHUNK_MASK) * WIRE_STRIDE;
    if (a[o] === W_OBJECT) return this.objs[a[o + 1]] as WireRecord;
    const ev: PacketEvent = { ev: 'packet', t: a[o + 1], saddr: s[a[o + 2]], sport: a[o + 3], daddr: s[a[o + 4]], dport: a[o + 5], flags: s[a[o + 6]], seq: a[o + 7], ack: a[o + 8], win: a[o + 9], len: a[o + 10] };
    if (a[o + 11] >= 0) ev.mss = a[o + 11];
    return tcpRecord(ev, `${s[a[o + 12]]}#${a[o + 16]}`, s[a[o + 13]], a[o + 14] >= 0 ? s[a[o + 14]] : null, Number.isNaN(a[o + 15]) ? undefined : a[o + 15]);
  }
}

const EV_STRIDE = 12;
const K_SET_STATE = 1;
const K_SYSCALL = 2;
const K_SYSCALL_ENTER = 3;
const K_TCP = 4;
const K_OBJECT = 5;
const WIRE_STRIDE = 17;
const W_TCP = 1;
const W_OBJECT = 2;
const CWND_STRIDE = 11;
const C_ACK = 1;
const C_RTO = 2;

/** Records per chunk. */
const CHUNK_BITS = 12;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

function record(ev: PacketEvent, skb: string, from: string, to: string | null, arriveAt: number | undefined): WireRecord {
  const r: WireRecord = { ...ev, skb, from, to };
  if (arriveAt !== undefined && !ev.dropped) r.arriveAt = arriveAt;
  return r;
}

/**
 * record() of a TCP segment that was not dropped (world.ts transmit builds its event with these
 * fields in this order, mss last when the segment carries one): the same object, field for field and
 * in the same order, as a literal — the spread's generic copy was a tenth of a debug session's time.
 */
function tcpRecord(ev: PacketEvent, skb: string, from: string, to: string | null, arriveAt: number | undefined): WireRecord {
  const { t, saddr, sport, daddr, dport, flags, seq, ack, win, len, mss } = ev;
  if (mss === undefined) {
    return arriveAt === undefined
      ? { ev: 'packet', t, saddr, sport, daddr, dport, flags, seq, ack, win, len, skb, from, to }
      : { ev: 'packet', t, saddr, sport, daddr, dport, flags, seq, ack, win, len, skb, from, to, arriveAt };
  }
  return arriveAt === undefined
    ? { ev: 'packet', t, saddr, sport, daddr, dport, flags, seq, ack, win, len, mss, skb, from, to }
    : { ev: 'packet', t, saddr, sport, daddr, dport, flags, seq, ack, win, len, mss, skb, from, to, arriveAt };
}
