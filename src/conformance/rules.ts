// The expected differences between the host kernel (6.x) and the simulator (Linux 5.4), and
// between this host's configuration and a stock kernel. Each is applied by rule to the real
// side's events before comparing; everything else must agree exactly. Keep this list short and
// cite where each difference comes from.

import type { TpEvent } from './model';
import type { Column } from './normalise';

export interface VersionRule {
  id: string;
  what: string;
  why: string;
  /** True when the real event is 6.x-only and is left out of the comparison. */
  drops: (e: TpEvent) => boolean;
}

export const VERSION_RULES: VersionRule[] = [
  {
    id: 'send-reset-no-full-sock',
    what: 'tcp:tcp_send_reset from tcp_v4_send_reset when there is no full socket (no socket at all, a timewait or a request sock)',
    why:
      '5.4 fires it only "if sk is non-NULL and a full socket"; 6.x fires it unconditionally, taking the addresses ' +
      'from the skb (kernel-reference.md §14 tcp:tcp_send_reset; §15 "RST/error reporting")',
    drops: (e) => e.kind === 'send_reset' && (e.sk === '0' || e.state === 'UNKNOWN' || e.state === 'TCP_TIME_WAIT' || e.state === 'TCP_NEW_SYN_RECV'),
  },
  {
    id: 'inet-sk-error-report',
    what: 'sock:inet_sk_error_report',
    why: 'not present in 5.4; 6.x fires it from sk_error_report() (tcp_done_with_error, tcp_disconnect, …) (kernel-reference.md §14 sock:inet_sk_error_report)',
    drops: (e) => e.kind === 'error_report',
  },
  {
    id: 'retransmit-skb-failed',
    what: 'tcp:tcp_retransmit_skb with err ≠ 0: a retransmission that did not go out (-EBUSY: its copy is still in this host, skb_still_in_host_queue)',
    why:
      '5.4 fires it in tcp_retransmit_skb only when the segment went out (tcp_output.c 2988-2989: "if (likely(!err)) trace_tcp_retransmit_skb(sk, skb);"); ' +
      '6.x fires it for every attempt from tcp_retransmit_skb, with the result in its err field',
    drops: (e) => e.kind === 'retransmit_skb' && e.err !== undefined && e.err !== 0,
  },
];

/**
 * Differences between v5.4 (what the simulator does) and the host kernel that no compared column
 * shows, named so that the report lists them: the normalisation already absorbs them.
 */
export const VERSION_NOTES: Array<{ id: string; what: string; why: string }> = [
  {
    id: 'ephemeral-port-choice',
    what: "connect()'s ephemeral port (__inet_hash_connect)",
    why:
      'v5.4 starts the search at (hint + port_offset) % remaining, hint one `static u32` of the kernel moved on by i + 2 ' +
      'after each success and port_offset a 32-bit keyed hash of (saddr, daddr, dport); later 5.4.y stable releases (as 5.4.214) and 6.x ' +
      'use RFC 6056 algorithm 4 instead (a 64-bit port_offset, table_perturb[] and a random step), so the port numbers ' +
      'differ; ephemeral ports are normalised to roles (eph1, eph2 …), so no column compares them',
  },
  {
    id: 'udp-disconnect-no-rehash',
    what: 'connect(AF_UNSPEC) on a UDP socket bound to a port but not to an address (__udp_disconnect)',
    why:
      'v5.4 resets the source address without rehashing, so the socket stays in the udp_table hash2 slot of the address ' +
      'connect() chose (datagrams to another local address miss it); later 5.4.y and 6.x rehash it into the wildcard slot. ' +
      'No scenario disconnects such a socket (udp-connected-refused disconnects an autobound one, which is unhashed either way)',
  },
];

/**
 * Not simulated, and timing on the real side: TCP's confirmation of a neighbour (sk_dst_confirm on an
 * ACK that moves forward → sock_confirm_neigh as the next segment leaves → neigh->confirmed). A host
 * that learnt its peer from the peer's ARP request (NUD_STALE) and sent to it (NUD_DELAY) probes it 5 s
 * later unless `confirmed` is by then recent; the simulator never confirms (net/core/neighbour.ts says
 * so), so it always probes; Linux's outcome depends on when the last confirming segment left against
 * when the DELAY timer fires (rounded by the timer wheel) — seen both ways in two runs of
 * active-close-time-wait with the same segments, 100 ms between statements. normalise() leaves such a
 * re-probe (a request about an address its sender already knows, from a reply or from that address's
 * own request, and the reply to it) out on both sides; the first resolution, and the retries of one
 * never answered, are compared.
 */
export const NEIGH_CONFIRMATION = {
  id: 'neigh-confirmation',
  what: "an ARP request about an address its sender already knows, from a reply or from that address's own request (a NUD_DELAY entry's probe), and its reply",
  why:
    "TCP's confirmation of a neighbour (sk_dst_confirm → sock_confirm_neigh) is not simulated, so the simulator always probes 5 s after the entry " +
    'went to NUD_DELAY; Linux probes or not by when its last confirming segment left: left out on both sides',
};

/**
 * Not a version difference: the harness's. The real side runs a scenario's statements one after
 * another in real time (a few ms apart, more on a loaded machine); the simulator runs them at one
 * virtual instant. A delayed ACK (tcp_send_delayed_ack, at least TCP_DELACK_MIN = 40 ms) can fire on
 * its own between two statements on the real side — typically the ACK of a peer's FIN, which tcp_fin
 * delays (it enters pingpong mode), before this side's own close() — where in the simulator this
 * side's FIN carries the same acknowledgment. normalise() merges such a pure ACK into the FIN after
 * it, on both sides alike (never the handshake's last ACK); the report counts them. Run the suite with
 * SOCKWALK_CONFORMANCE_STEP_SEC=0.1 (100 ms between statements on the real side) to see that nothing
 * else depends on the harness's speed.
 */
export const DELAYED_ACK_TIMING = {
  id: 'delayed-ack-timing',
  what: 'a pure ACK followed, in the same connection, by the same side\'s FIN with the same ack number',
  why:
    'whether the delayed ACK went out alone (the real side, when more than 40 ms passed between two statements) or rode on that ' +
    'FIN (the simulator: no time passes between statements) is the harness\'s timing, not the kernel\'s: merged into the FIN on both sides',
};

/**
 * Why a scenario with a link rate (`link rate 1mbit`, qdisc-slow-link) is not run on the real side. What
 * it shows is the simulated NIC's transmit ring filling (8 descriptors), the driver stopping the queue
 * and pfifo_fast holding, then dropping, what comes next. The real eth0 is a TAP device: tun_net_xmit
 * (drivers/net/tun.c) never stops its queue — it puts each frame on the fd's ring of tx_queue_len (500)
 * frames, or drops it when that is full — so the qdisc never holds anything, whatever rate the relay
 * would read the fd at.
 */
export const LINK_RATE =
  "the real eth0 is a TAP device, whose transmit (tun_net_xmit) never stops its queue: it takes every frame onto the fd's ring of 500 " +
  "and drops when that is full, so pfifo_fast never holds or drops anything as behind the simulated NIC's ring of 8; a rate in the relay would not change that";

/**
 * Columns a version difference keeps from being compared for a scenario (the report lists them under ¶
 * with what each side showed); `syscallsFromLine`: only the calls from that line on.
 *
 * The receive window. v5.4 counts a receive buffer's overhead as half of it (tcp_win_from_space:
 * space - (space >> tcp_adv_win_scale), include/net/tcp.h 1371-1378, tcp_adv_win_scale 1): with
 * sk_rcvbuf 131072 a receiver offers 64240 (rounded to whole MSS) and less as unread data queues (the
 * simulator: 64240, 62780, 61320 … on the first flight's ACKs). 6.x (since 6.6) scales by the measured
 * ratio of payload to truesize instead (sk_scaling_ratio; tcp_adv_win_scale is obsolete there): this
 * host's receiver advertised 65535 on every ACK of the first flight with ten segments unread, so its
 * window-limited flights are larger, its buffer holds more before the window closes and recv() returns
 * other sizes. (The sysctl net.ipv4.tcp_moderate_rcvbuf, set to 0 here, is a different thing.)
 */
export const VERSION_COLUMNS: Record<string, { columns: Column[]; syscallsFromLine?: number; why: string }> = {
  'bulk-send': {
    columns: ['syscalls', 'states', 'resets', 'segments'],
    syscallsFromLine: 26,
    why:
      'the first two flights are compared (recv() 14600, then 29200, on both sides). The third flight is sent as the ACKs of the second come back, and ' +
      "Linux's receiver ACKs differently: its window stays 65535 (VERSION_COLUMNS) and it sent a few ACKs for the second flight (observed: one for its first 20 " +
      "segments, which arrived while the second recv() owned the socket) where the simulator sends one a segment, so Linux's third flight leaves in bursts " +
      "(22, 18, 28 segments, 1.3 ms apart) and the third recv() finds part of it (32120 to 40880 bytes where the simulator's finds all 40 segments, 58400); the later recv() sizes and the segments differ, and as the scenario's " +
      "sixteen recv()s then leave part of the megabyte unread on Linux, its close() resets the connection (states and resets)",
  },
  'zero-window': {
    columns: ['syscalls', 'segments'],
    why:
      "how much the receive buffer takes before the window closes is 6.x's scaling ratio, not 5.4's tcp_adv_win_scale (VERSION_COLUMNS): Linux's first recv() found 94900 bytes where 5.4's buffer closes at 77380; the probes and the states are still compared",
  },
  'backlog-while-owned': {
    columns: ['segments'],
    why:
      "the recv() results (43800 while a flight waits on the backlog, then 56200) are compared; the ACKs are not 5.4's: with unread data 5.4's window shrinks, so __tcp_ack_snd_check's " +
      '"__tcp_select_window(sk) >= tp->rcv_wnd" fails and a second full segment is not ACKed at once; 6.x\'s window stays 65535 (VERSION_COLUMNS) and Linux ACKed every second segment of the flight (12 ACKs for 22 where the simulator sends 6), so the flights that follow differ',
  },
  'fast-retransmit': {
    columns: ['syscalls', 'segments'],
    why:
      "100000 bytes fill the server's window before the reads, and 6.x's receive window is not 5.4's (VERSION_COLUMNS), so the flights after the loss, the recv() sizes and the segments differ; the states and resets are compared",
  },
};

/**
 * Scenarios whose real side keeps the simulator's timeline: each sleep as long as the simulator's
 * (not stretched to 30 ms at least, nor capped at 6 s: plan.ts realSleep), counted from where the
 * simulator's would start — real.py takes back the harness's own time between statements (a few
 * hundred µs each), keeping the time the calls spent in the kernel. Their statements must land
 * between two segments on the 1 ms link (a fault set while a flight is in the air, a recv() between
 * two flights), which a stretched sleep would miss. By name, with what lands where.
 */
export const EXACT_SLEEPS: Readonly<Record<string, string>> = {
  'fast-retransmit': 'the drop at 1 ms must be set after the first flight left and before the second does (2 ms)',
  'out-of-order': 'the delay at 1 ms must be set after the first flight left and before the second does (2 ms)',
  'bulk-send': 'each recv() two round trips after the last sees one more flight (10, 20, 40 segments), 1 ms from the next',
  'zero-window': "the reads come after the probes at 0.3, 0.7 and 1.6 s (2.05 s), before the next",
  'backlog-while-owned': 'the recv() must own the socket as a flight arrives',
  'udp-fragment-lost': "the datagram must wait 31 s for ipfrag_time (ip_expire and its ICMP) before the last reads: 30 s, which the timer wheel's 512-jiffy level rounds up (30.176 s in the simulator at HZ 1000; up to 2 s later at HZ 250)",
};

/**
 * Scenarios the real side does not run, by name, with the reason: what they show depends throughout on
 * what the real link cannot do. None at present: the TAP link has the simulator's delay and faults.
 * (A scenario with a link rate is not run either: LINK_RATE.)
 */
export const NOT_ON_REAL_LINK: Readonly<Record<string, string>> = {
};

/**
 * What the simulator models, set in every host's namespace on the real side (and on each eth0: the
 * segmentation offloads TSO, GSO and GRO off, qdisc pfifo_fast — conformance/real.py Net.setup).
 */
export const MODEL_SYSCTLS: Array<{ key: string; value: string; why: string }> = [
  { key: 'net.ipv4.tcp_timestamps', value: '0', why: 'the simulator sends no timestamps option (a SYN carries only the MSS; segments have 20-byte headers)' },
  { key: 'net.ipv4.tcp_sack', value: '0', why: 'the simulator has no SACK (no SACK-permitted option, no SACK blocks; recovery by duplicate ACKs alone)' },
  { key: 'net.ipv4.tcp_window_scaling', value: '0', why: 'the simulator has no window scaling (windows up to 65535)' },
  {
    key: 'net.ipv4.tcp_congestion_control',
    value: 'reno',
    why: "the simulator's congestion control is Reno's (slow start, congestion avoidance, halving on loss); this host's default is another (bbr or cubic); reno is built in. The initial window stays the default, 10",
  },
  { key: 'net.ipv4.tcp_frto', value: '0', why: 'the simulator has no F-RTO (after an RTO it retransmits what is lost, not new data first)' },
  {
    key: 'net.ipv4.tcp_moderate_rcvbuf',
    value: '0',
    why: "the simulator has no receive-buffer autotuning (tcp_rcv_space_adjust grows neither sk_rcvbuf nor window_clamp): with it on, Linux's receiver opened its window to 65535 and recv() returned 65535, 69915, 131070 bytes in bulk-send where the simulator's 64240",
  },
];

/** 6.x-only knobs whose 5.4 behaviour can be had by setting them: set in the run's namespace. */
export const VERSION_SYSCTLS: Array<{ key: string; value: number; why: string }> = [
  {
    key: 'net.ipv4.tcp_syn_linear_timeouts',
    value: 0,
    why:
      '6.x (default 4) retransmits the first SYNs after a linear 1 s each (SYNs at 0,1,2,3,4,5 s with TCP_SYNCNT 2, ' +
      'seen on this host) while the give-up time is still computed exponentially; 5.4 has no such sysctl and doubles ' +
      'the RTO from the first retransmission (kernel-reference.md §6/§15 do not cover it; host: /proc/sys/net/ipv4/tcp_syn_linear_timeouts). 0 = 5.4 behaviour',
  },
];

/** Sysctls the simulator models: when the run's namespace differs, the simulator is set to match. */
export const SIM_SYSCTLS = new Set([
  'net.core.somaxconn',
  'net.ipv4.tcp_syn_retries',
  'net.ipv4.tcp_synack_retries',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.tcp_max_syn_backlog',
  'net.ipv4.tcp_abort_on_overflow',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_tw_reuse',
  'net.ipv4.ip_nonlocal_bind',
  'net.ipv4.ip_unprivileged_port_start',
]);

/**
 * Settings the simulator does not model, with the value a stock kernel has and what the simulator
 * assumes. A different value on the real side is listed in the report (never hidden).
 */
export const UNMODELLED_SYSCTLS: Record<string, { stock: string; sim: string }> = {
  'net.ipv4.ping_group_range': { stock: '1 0', sim: 'no group may create ICMP ping sockets (socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP) = EACCES)' },
  'net.ipv4.tcp_ecn': { stock: '2', sim: 'no ECN: SYN carries no E/W flags (compared)' },
  'net.ipv4.tcp_fastopen': { stock: '1', sim: 'no TCP Fast Open (client side off without MSG_FASTOPEN; same segments)' },
  'net.ipv4.tcp_rfc1337': { stock: '0', sim: 'TIME_WAIT assassination allowed, as stock' },
};

/**
 * What the real link cannot show: columns not compared for a scenario (the report says so), with the
 * reason; every other column still is. None at present: the scenarios that needed the simulator's 1 ms
 * link delay (connect-twice, close-in-syn-sent, simultaneous-close, netfilter-reject,
 * accept-queue-overflow: a second call or segment while the first is still in flight) are compared
 * whole on the TAP link.
 */
export const NEEDS_LINK_DELAY: Record<string, { columns: Column[]; why: string }> = {
};

/**
 * Scenarios whose segments are compared per direction (normalise's byDirection), by name, with the
 * reason: where the interleaving of a connection's two directions is the harness's timing, not the
 * kernel's. Each direction's own sequence, flags and payload lengths included, is still compared.
 * None at present (on the TAP link a window's segments leave before the first ACK is back, as over
 * the simulator's link).
 */
export const SEGMENTS_BY_DIRECTION: Record<string, string> = {};

/**
 * The simulator does not build GSO packets. v5.4's TCP always does (tcp_init_sock: sk_route_forced_caps =
 * NETIF_F_GSO, so sk_setup_caps gives every socket GSO; tcp_tso_autosize sizes each skb to about 1 ms
 * of the pacing rate, at least 2 segments), __tcp_transmit_skb sets PSH on every skb of more than one
 * segment ("Force a PSH flag on all (GSO) packets to expedite GRO flush at receiver", tcp_output.c
 * 1058-1067), and the software segmentation at a device without TSO (the real eth0: TSO off) leaves
 * it on the last segment only (tcp_gso_segment, tcp_offload.c 125). Linux's first flight of a bulk
 * send is →./1460 ×3 →P./1460 →./1460 ×3 →P./1460 →./1460 →P./1460 (skbs of 4, 4, 2 segments); the
 * simulator's has PSH only where tcp_push or forced_push put it (→./1460 ×10 in the first flight).
 */
/**
 * Data segments whose PSH flags are not compared, with why: where PSH falls marks the GSO packets TCP
 * built (__tcp_transmit_skb forces PSH on each of more than one segment, tcp_output.c 1066; the
 * software segmentation leaves it on the last, tcp_offload.c 125), and which packets TCP builds after
 * the first flight follows tcp_tso_should_defer and tcp_tso_autosize, which 6.x changed. The
 * segments are otherwise compared (sizes, order, the other flags).
 */
export const VERSION_DATA_PSH: Record<string, string> = {
  'out-of-order':
    "the first flight agrees, PSH included (GSO packets of 4, 4 and 2 segments on both sides). As the ten ACKs of the first flight come back, " +
    "v5.4's tcp_tso_should_defer (tcp_output.c 1931-2025, as the simulator runs it) sends 2 segments on the first ACK, then holds back while cwnd's room " +
    "is under a third of the window (tcp_tso_win_divisor 3) and the oldest unacked segment left more than half an RTT ago, and sends 6 and then 3; " +
    "Linux 6.x sent 2 segments on every ACK (→./1460 →P./1460 five times)",
};

/**
 * Not Linux's and not the harness's: differences the simulator has from v5.4 that the real link shows,
 * to be fixed in the simulator (then the entry goes). The listed columns are not compared for the
 * scenario; the report prints what each side showed, under its own heading.
 */
export const SIMULATOR_GAPS: Record<string, { columns: Column[]; why: string; /** False: PSH is left out of data segments' flags (GSO_PSH), the segments otherwise compared. */ dataPsh?: false }> = {
};
