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
    const r: WireRecord = { ...ev, skb, from, to };
    if (arriveAt !== undefined && !ev.dropped) r.arriveAt = arriveAt;
    this.wire.push(r);
  }
}
