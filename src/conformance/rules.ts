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
 * Not a version difference: the harness's. The real side runs every scenario host in one network
 * namespace over lo, which has no ARP (IFF_LOOPBACK: its neighbours are NUD_NOARP); the simulator's
 * hosts talk over eth0, where the first packet to a neighbour waits for ARP (its who-has and reply)
 * and a neighbour nobody answers fails after 3 s with an ICMP host unreachable to the sender itself.
 * The simulator's ARP frames and those ICMP messages are left out of the segments compared; and a
 * destination no scenario host has (the real side routes it out of lo, where its SYNs go on the wire
 * unanswered) is compared on its syscalls and states only: in the simulator its SYNs wait on the
 * failing neighbour and never reach the wire. Comparing ARP itself needs the real side on a veth pair.
 */
export const ARP_ON_LOOPBACK = {
  id: 'arp-on-loopback',
  what: "the simulator's ARP frames, the ICMP host unreachables a failed neighbour raises, and the segments to an address no scenario host has",
  why:
    'the real side runs over lo (no ARP); the simulator\'s hosts resolve each other by ARP on eth0, and a SYN to a missing host waits on its ' +
    'neighbour instead of going out: left out of the segments compared (syscalls and states still are)',
};

/**
 * Built-ins the real side cannot run as the simulator does, by name, with the reason: their whole
 * point is what the real side's one loopback cannot show.
 */
export const NOT_ON_LOOPBACK: Readonly<Record<string, string>> = {
  'no-route-to-host': 'its connect() fails because ARP finds nobody on the link (EHOSTUNREACH at 3 s); the real side runs over lo, which has no ARP',
  'bulk-send':
    "its segments are eth0's MSS (1460) with Reno's slow start against a 64 KB window; lo's MTU is 65536 (one segment carries 64 KB), the host kernel's congestion control is CUBIC and its window scales, so every segment and window would differ",
  'zero-window':
    "the receive buffer fills at eth0's MSS (1460) and a 64 KB window without scaling; over lo (MSS 65483, window scaling on) the 200 KB fit in a few segments, and the probes' timing follows the RTO of lo's round trip",
};

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
  'net.ipv4.tcp_timestamps': { stock: '1', sim: 'no timestamps option (segment lengths are payload only, unaffected)' },
  'net.ipv4.tcp_window_scaling': { stock: '1', sim: 'no window scaling (window not compared)' },
  'net.ipv4.tcp_sack': { stock: '1', sim: 'no SACK (options not compared)' },
  'net.ipv4.tcp_ecn': { stock: '2', sim: 'no ECN: SYN carries no E/W flags (compared)' },
  'net.ipv4.tcp_fastopen': { stock: '1', sim: 'no TCP Fast Open (client side off without MSG_FASTOPEN; same segments)' },
  'net.ipv4.tcp_rfc1337': { stock: '0', sim: 'TIME_WAIT assassination allowed, as stock' },
};

/**
 * What loopback cannot show: these scenarios depend on a link delay (the simulator's is 1 ms) and
 * this kernel has no sch_netem to add one, so over loopback the real run takes another path. The
 * listed columns are not compared for them (the report says so); every other column still is.
 */
export const NEEDS_LINK_DELAY: Record<string, { columns: Column[]; why: string }> = {
  'connect-twice': {
    columns: ['syscalls'],
    why: 'EALREADY needs the handshake still in flight at the second non-blocking connect(); over loopback it completes inside the first call, so Linux returns 0 there (and EISCONN after)',
  },
  'close-in-syn-sent': {
    columns: ['states', 'segments'],
    why: 'close() must come while the SYN is still unanswered; over loopback the non-blocking connect() has already completed the handshake when it returns (EINPROGRESS or not), so Linux closes an ESTABLISHED socket with a FIN',
  },
  'simultaneous-close': {
    columns: ['states', 'segments'],
    why: "the two FINs must cross on the wire; over loopback the first FIN is processed before the second close() runs, so Linux shows an ordinary active/passive close",
  },
  'netfilter-reject': {
    columns: ['segments'],
    why:
      "the ICMP port unreachable must reach the client while connect() sleeps; over loopback REJECT answers inside the client's own connect() (the SYN's softirq runs as the client's __dev_queue_xmit enables bottom halves), while connect() still holds the socket lock, so Linux's tcp_v4_err takes it as a soft error (sk_err_soft), the SYN is retransmitted at 1 s and only the second ICMP ends connect() (same ECONNREFUSED, compared). The ICMP's length also differs: it quotes the SYN with the options this namespace sends (timestamps, SACK, window scale: 68 bytes) where the simulator's SYN carries only the MSS (52). The tcp-reset half is compared whole in conformance/netfilter-reject-tcp-reset",
  },
  'accept-queue-overflow': {
    columns: ['resets', 'segments'],
    why: "c's and d's SYNs must both arrive while the accept queue has room and their final ACKs after it filled; without link delay d's SYN arrives after c's child was queued, so Linux drops d's SYN (ListenOverflows in tcp_conn_request) instead of its final ACK, and no SYN-ACK is retransmitted",
  },
};
