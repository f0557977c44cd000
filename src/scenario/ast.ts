// The scenario language's syntax tree: what the parser produces and the engine runs.
// Positions are 1-based (line, column) so they print as file:line:col.

import type { IptCommand } from '../kernel/include/net/netfilter';

export interface Loc {
  line: number;
  col: number;
}

export interface Diagnostic {
  loc: Loc;
  /** End column on the same line (exclusive, 1-based); for editors that underline a range. */
  endCol?: number;
  severity: 'error' | 'warning';
  message: string;
}

/** A name or an integer: one part of an or-expression, or a descriptor in a list. */
export type Atom = { kind: 'name'; name: string; loc: Loc } | { kind: 'int'; value: number; loc: Loc };

/**
 * One entry of a descriptor list: `lfd POLLIN | POLLOUT` (poll's struct pollfd: the fd and its events)
 * or `lfd` (a member of one of select's fd sets).
 */
export interface FdItem {
  fd: Atom;
  events?: Atom | { kind: 'or'; parts: Atom[]; loc: Loc };
  loc: Loc;
}

/** One argument of a call, as written. */
export type Arg =
  | { kind: 'int'; value: number; loc: Loc }
  /** A bare name: a constant (AF_INET, SOCK_STREAM, SO_REUSEADDR …) or an fd name bound earlier. */
  | { kind: 'name'; name: string; loc: Loc }
  /** Constants joined with `|`, e.g. SOCK_STREAM | SOCK_NONBLOCK. Each part is a name or an int. */
  | { kind: 'or'; parts: Atom[]; loc: Loc }
  /** An IPv4 socket address a.b.c.d:port (port may be 0). */
  | { kind: 'addr'; ip: string; port: number; loc: Loc }
  /** A double-quoted string (payload for send/write). */
  | { kind: 'string'; value: string; loc: Loc }
  /** A bracketed descriptor list: poll's `[lfd POLLIN, cfd POLLIN | POLLOUT]`, select's `[lfd, cfd]`, `[]`. */
  | { kind: 'list'; items: FdItem[]; loc: Loc };

/** What the scenario says a call must return: `= 3`, `= 0`, `= -1 ECONNREFUSED`, `= "hello"`; `= any` (no check) parses to no Expect. */
export type Expect =
  | { kind: 'ret'; value: number; loc: Loc }
  | { kind: 'errno'; errno: string; loc: Loc }
  /** `= "text"` on a reading call: it returns the length of text, and the bytes read equal text. */
  | { kind: 'data'; value: string; loc: Loc };

export type Stmt =
  | { kind: 'host'; name: string; addrs: string[]; loc: Loc }
  | { kind: 'process'; name: string; host: string; loc: Loc }
  /** `link delay 1ms`: one-way delay of the simulated link, in microseconds. */
  | { kind: 'link'; delayUs: number; loc: Loc }
  /** `link rate 1mbit`: the link's bit rate (bits per second); without it a frame is on the wire at once. */
  | { kind: 'linkrate'; rateBps: number; loc: Loc }
  /** `txqueuelen HOST 100`: eth0's tx_queue_len from the start (ip link set dev eth0 txqueuelen N): each pfifo_fast band's size. */
  | { kind: 'txqueuelen'; host: string; len: number; loc: Loc }
  /** `sysctl HOST net.core.somaxconn = 128` */
  | { kind: 'sysctl'; host: string; key: string; value: number; loc: Loc; /** Every value written when more than one (ip_local_port_range LOW HIGH). */ values?: number[] }
  /**
   * `mtu HOST 1400` (eth0, the host's NIC on the link) or `mtu HOST lo 1500`: the device's MTU from
   * the start (ip link set dev DEV mtu N).
   */
  | { kind: 'mtu'; host: string; dev: 'eth0' | 'lo'; mtu: number; loc: Loc }
  | {
      kind: 'call';
      proc: string;
      /** `lfd = socket(...)`: the fd name the result is bound to. */
      assign?: string;
      fn: string;
      args: Arg[];
      /** Trailing `&`: run in the background, the script goes on. */
      background: boolean;
      expect?: Expect;
      loc: Loc;
      fnLoc: Loc;
    }
  /** `server: wait cfd` — wait until the background call that binds `cfd` returns; `server: wait` — the process's pending call. */
  | { kind: 'wait'; proc: string; target?: string; loc: Loc }
  /**
   * `server: fork worker` — a new process on the same host with a copy of server's descriptors (and
   * their names); `server: thread worker` — one that shares them (clone with CLONE_FILES).
   */
  | { kind: 'spawn'; proc: string; how: 'fork' | 'thread'; child: string; loc: Loc }
  /**
   * Faults on the link, from the moment the statement runs: `drop [N] FROM > TO ["FLAGS"]` loses the
   * next N segments FROM sends TO (with exactly those tcpdump flags, e.g. "S."), `drop every 10th
   * FROM > TO ["FLAGS"]` every tenth from then on; `delay FROM > TO ["FLAGS"] by 500ms` holds the next
   * one back; FLAGS may also be "UDP" or "ICMP".
   */
  | {
      kind: 'fault';
      action: 'drop' | 'delay';
      count: number;
      from: string;
      to: string;
      flags?: string;
      extraUs?: number;
      /** `drop every 10th FROM > TO`: a loss pattern, every Nth matching segment from that line on (count unused). */
      every?: number;
      loc: Loc;
    }
  /** `link down 3s`: every segment between two hosts is lost for that long. */
  | { kind: 'linkdown'; durationUs: number; loc: Loc }
  /** `sleep 200ms`: let virtual time pass. */
  | { kind: 'sleep'; durationUs: number; loc: Loc }
  /**
   * `server: iptables -A INPUT -p tcp --dport 8080 -j DROP`: a rule for the filter table of a host
   * (`who` names the host, or a process on it; the checks fill in `host`), from the moment it runs.
   */
  | { kind: 'iptables'; who: string; host: string; cmd: IptCommand; text: string; loc: Loc }
  /** `pause "message"`: a moment worth looking at (the CLI prints the kernel tables; the debugger stops). */
  | { kind: 'pause'; message: string; loc: Loc };

export interface Scenario {
  /** File name or `builtin:NAME`, for diagnostics. */
  source: string;
  /** Leading comment block (without `#`), used as the scenario's description. */
  description: string;
  stmts: Stmt[];
}

export interface ParseResult {
  scenario?: Scenario;
  diagnostics: Diagnostic[];
}
