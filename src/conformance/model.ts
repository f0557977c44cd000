// What both sides are reduced to before comparing: syscall results by scenario line, tracepoint
// events in order (with the socket they belong to), and TCP segments in order.

export type TpKind = 'state' | 'send_reset' | 'receive_reset' | 'destroy' | 'retransmit_synack' | 'retransmit_skb' | 'error_report';

export interface TpEvent {
  kind: TpKind;
  /** The socket's address on its side (skaddr); '0' when the event has no socket. */
  sk: string;
  saddr: string;
  sport: number;
  daddr: string;
  dport: number;
  oldstate?: string;
  newstate?: string;
  /** tcp_send_reset (6.x): the state of sk, or UNKNOWN when there is none. */
  state?: string;
  reason?: string;
  /** inet_sk_error_report: the error. */
  error?: number;
  /** tcp_retransmit_skb (6.x): the retransmission's result, 0 when it went out. */
  err?: number;
}

export interface Segment {
  saddr: string;
  sport: number;
  daddr: string;
  dport: number;
  flags: string;
  len: number;
  /** The acknowledgment number as sent (absolute: compared only within one side's connection). */
  ack?: number;
  /**
   * An IP fragment: its IP id (compared only within one side), offset in bytes and More Fragments;
   * len is then the bytes after its IP header, and a fragment after the first has ports 0 (the
   * normaliser gives it its datagram's, from the first fragment with the same id).
   */
  frag?: { id: number; off: number; mf: boolean };
}

export interface CallOutcome {
  line: number;
  proc: string;
  fn: string;
  /** "3", "-1 EAGAIN", "13 \"hello\"", "unfinished" (still blocked when the script ended), "hang". */
  text: string;
}

export interface SideRun {
  results: CallOutcome[];
  events: TpEvent[];
  segments: Segment[];
}

/** The tables compared, after normalisation (roles instead of addresses, ports and skaddrs). */
export interface Normalised {
  syscalls: Map<string, string>;
  states: Map<string, string[]>;
  resets: Map<string, string[]>;
  segments: Map<string, string[]>;
  /** Pure ACKs merged into the segment after them (see DELAYED_ACK_TIMING in rules.ts). */
  mergedAcks: number;
  /** ARP re-probes left out, each a request and its reply (see NEIGH_CONFIRMATION in rules.ts). */
  arpReprobes: number;
}

export const STATE = (s: string | undefined) => (s ?? '?').replace(/^TCP_/, '');
