// What a view needs to know about the past that the present state does not hold: every segment put
// on the wire so far (for the sequence diagram, with the skb's id so a packet in flight can be
// matched to its arrow), every state transition (the TCP diagram's trail), the system calls and
// their results. Kept only when the engine is asked to (EngineOptions.history) — the debugger and
// the views ask; the CLI and the bench do not pay for it.

import type { PacketEvent, SetStateEvent, SyscallEvent, SyscallEnterEvent, TcpEvent, TraceEvent, PauseEvent, NoteEvent } from './trace';

export interface WireRecord extends PacketEvent {
  /** The sk_buff's stable id ("sk_buff#12"): a packet in flight carries the same id. */
  skb: string;
  /** The sending host, and the receiving one (null when no host has the address). */
  from: string;
  to: string | null;
  /** When it arrives (virtual µs), unless it was dropped. */
  arriveAt?: number;
}

export type HistoryEvent = SetStateEvent | TcpEvent | SyscallEvent | SyscallEnterEvent | PauseEvent | NoteEvent;

export class History {
  readonly wire: WireRecord[] = [];
  /** Tracepoints, system calls, pauses and notes, in order. */
  readonly events: HistoryEvent[] = [];

  add(ev: TraceEvent): void {
    switch (ev.ev) {
      case 'line':
      case 'enter':
      case 'exit':
      case 'packet': // recorded with its hosts by packet()
        return;
      default:
        this.events.push(ev);
    }
  }

  packet(ev: PacketEvent, skb: string, from: string, to: string | null, arriveAt: number | undefined): void {
    this.wire.push(ev.proto === undefined && ev.dropped === undefined ? tcpRecord(ev, skb, from, to, arriveAt) : record(ev, skb, from, to, arriveAt));
  }
}

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
