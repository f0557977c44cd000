// The scenario parser's and runner's diagnostics in the reader's language, without touching the parser:
// each message is matched against the English templates below ({0}, {1}: the variable parts, which
// stay as they are), and the template's translation from the bundle is filled with the same parts.
// A suggestion ("; did you mean X?") is translated on its own; a message no template matches stays in
// English. The templates are bundle keys (test/l10n checks that each has a translation and that the
// parser's messages for a set of broken scenarios all find one).

import { currentLang, format, t } from './l10n';

export const DIAGNOSTIC_TEMPLATES: readonly string[] = [
  "number {0} is too large",
  "number {0} has a leading zero (write it in decimal, or 0x.. for hex)",
  "'{0}': an address cannot be negative",
  "'{0}' is not an IPv4 address a.b.c.d[:port]",
  "'{0}': a duration cannot be negative",
  "'{0}' is not a number",
  "expected {0}, got {1}",
  "unexpected {0} after {1}",
  "expected a statement (host, process, link, sysctl, mtu, txqueuelen, sleep, pause or 'NAME: call(...)'), got {0}",
  "expected an IPv4 address like 10.0.0.1, got {0}",
  "a host address takes no port: write {0}",
  "{0} cannot be a host's address",
  "host {0} needs an IPv4 address, e.g. host {0} 10.0.0.1",
  "expected 'on HOST' after the process name, got {0}",
  "expected 'delay', 'down' or 'rate' after 'link' (link delay 1ms, link down 3s, link rate 1mbit), got {0}",
  "expected a rate like 1mbit, 100kbit or 1gbit, got {0}",
  "rate {0} is too high (at most 100gbit)",
  "expected eth0's queue length in frames, 1 or more (txqueuelen HOST 100), got {0}",
  "'{0}' is a process; txqueuelen takes a host name (it runs on {1})",
  "a host name (txqueuelen HOST 100)",
  "expected how many segments to drop (1 or more), got {0}",
  "expected which segments to drop after 'every' (2nd, 3rd, 10th …: 2 or more), got {0}",
  "unknown flags \"{0}\": use tcpdump's notation (S, S., ., P., F., R, R.) or UDP, ICMP, frag (an IP fragment after the first)",
  "unknown device '{0}': each host has eth0 (its NIC on the link) and lo",
  "expected the MTU in bytes (mtu HOST 1400), got {0}",
  "mtu {0}: eth0 takes 68 to 65535 (its min_mtu and max_mtu), else EINVAL",
  "mtu {0}: below 68 (IPV4_MIN_MTU) IPv4 leaves lo (inetdev_destroy), which is not simulated",
  "mtu {0}: out of range for an int, EINVAL",
  "'{0}' is a process; mtu takes a host name (it runs on {1})",
  "a host name (mtu HOST 1400, or mtu HOST lo 1500)",
  "expected an integer value for {0}, got {1}",
  "expected a message in quotes after 'pause', got {0}",
  "a call needs a process prefix, e.g. 'server: {0}'",
  "unknown statement '{0}'",
  "expected the name of a background call's result after 'wait', got {0}",
  "'{0}' is not per process: write it without '{1}:'",
  "expected '(' after {0}, got {1}",
  "expected ',' or ')' in the arguments of {0}, got {1}",
  "'&' given twice",
  "a call has at most one expectation",
  "unexpected {0} after the call: expected '&', '= VALUE' or end of line",
  "expected a value after '=' (a number, -1 ERRNO, \"text\" or any)",
  "write '= -1 {0}': a failing call returns -1 and sets errno",
  "expected a value after '=' (a number, -1 ERRNO, \"text\" or any), got {0}",
  "-1 must be followed by an errno name, e.g. = -1 ECONNREFUSED",
  "unknown errno '{0}'",
  "unknown errno '{0}'; close matches: {1}",
  "an errno name only follows -1: write '= -1 {0}'",
  "address {0} needs a port: write {0}:PORT (e.g. {0}:8080)",
  "an address cannot be combined with '|'",
  "expected an argument (a number, a name, an address a.b.c.d:port or a \"string\"), got {0}",
  "expected a duration like 1ms, 1.5ms, 200us or 2s, got {0}",
  "a duration cannot be negative",
  "duration {0} needs a unit: us, ms or s (e.g. {0}ms)",
  "unknown time unit '{0}': use us, ms or s",
  "{0} is not a whole number of microseconds",
  "duration {0} is too long",
  "duplicate name '{0}': already declared as a host on line {1}",
  "duplicate name '{0}': already declared as a process on line {1}",
  "address {0} is already used by host {1} (line {2})",
  "'{0}' is a process, not a host",
  "unknown host '{0}'",
  "no host declared: a scenario needs at least one line like `host server 10.0.0.1`",
  "'{0}' is a process; sysctl takes a host name (it runs on {1})",
  "unknown process '{0}'",
  "unknown process '{0}' (declare it with 'host {0} IPV4' or 'process {0} on HOST')",
  "'{0}' has no background call ('&') to wait for",
  "'{0}' was not assigned by a background call: add '&' to the call on line {1}",
  "'{0}' is not the result of a background call in '{1}'",
  "'{0}' is assigned again (it held an fd from line {1})",
  "'{0}' held an fd from line {1}; after this line it is the result of {2}, not an fd",
  "only SO_LINGER, SO_RCVTIMEO and SO_SNDTIMEO take two values: setsockopt(fd, SOL_SOCKET, SO_LINGER, onoff, linger)",
  "{0} takes two values, a struct timeval: setsockopt(fd, SOL_SOCKET, {0}, tv_sec, tv_usec)",
  "the simulator answers ioctl() for FIONBIO, FIOCLEX and FIONCLEX only (the requests every file shares)",
  "FIONBIO takes an int: ioctl(fd, FIONBIO, 1) makes the file non-blocking, ioctl(fd, FIONBIO, 0) blocking again",
  "{0} takes no argument: ioctl(fd, {0})",
  "SO_LINGER takes two values: setsockopt(fd, SOL_SOCKET, SO_LINGER, onoff, linger)",
  "a \"text\" expectation is for calls that read (recv, read, recvfrom), not {0}",
  "{0} reads at most {1} byte but the expected text has {2}",
  "{0} reads at most {1} bytes but the expected text has {2}",
  "{0}'s {1} is a constant, but '{2}' is an fd",
  "unknown constant '{0}'",
  "{0}'s {1} must be a non-negative fd number",
  "{0}'s {1} must be an fd name or number",
  "'{0}' is not an fd: it holds the result of {1} (line {2})",
  "'{0}' is used before it is assigned (line {1})",
  "'{0}' is an fd of process '{1}', not of '{2}': fds belong to one process",
  "{0}'s {1} must be an fd, not the constant {2}",
  "unknown fd '{0}' in '{1}'",
  "expected a descriptor in the list (an fd name or number, as in [lfd POLLIN, cfd POLLOUT] or [lfd, cfd]), got {0}",
  "expected ',' or ']' in the descriptor list, got {0}: an entry's events are joined with '|' (lfd POLLIN | POLLOUT)",
  "expected ',' or ']' in the descriptor list, got {0}",
  "{0} over several descriptors takes a list first: {1}; for one descriptor: {2}",
  "{0}'s {1} cannot be a list: only poll's and select's descriptors are written [fd, …]",
  "{0}'s {1} must be a list of descriptors with their events, like [lfd POLLIN, cfd POLLIN | POLLOUT]",
  "{0}'s {1} must be a list of descriptors, like [lfd, cfd] ([] for none)",
  "{0}'s {1} holds descriptors, and {2} is none",
  "{0}'s {1}: descriptor {2} does not fit an fd_set (FD_SETSIZE is {3})",
  "{0}'s {1}: {2} needs its events, like [{2} POLLIN]",
  "{0}'s {1} holds descriptors only (the set says what is asked): write [lfd, cfd]",
  "{0}'s {1} must be an integer",
  "{0}'s {1} must be an integer, not the constant {2}",
  "{0}'s {1} {2} is out of range for a C int",
  "{0}'s {1} must be a \"string\" or a byte count >= 0",
  "{0}'s {1} must be a \"string\" or a byte count",
  "{0}'s {1} must be an address a.b.c.d:port",
  "{0}'s {1} must be a constant, not an address",
  "{0}'s {1} must be a constant, not a string",
  "{0}'s {1} must be an address a.b.c.d:port or AF_UNSPEC, not a string",
  "unknown sysctl {0} (known: {1})",
  "unknown sysctl {0}",
  "{0} takes one integer",
  "{0} takes at most {1} integers",
  "{0} = {1}: out of range for an int ({2} to {3}); the kernel refuses it with EINVAL",
  "{0} = {1}: the kernel accepts {2} to {3} ({4}), else EINVAL",
  "expected the end of the line after {0}'s value, got {1}",
  "expected the end of the line after {0}'s values, got {1}",
  "expected '=' after {0}, got {1}",
  "net.ipv4.ip_local_port_range: the high end {0} is below the low end {1}; the kernel refuses it with EINVAL",
  "net.ipv4.ip_local_port_range: the high end {0} (the current one) is below the low end {1}; the kernel refuses it with EINVAL",
  "net.ipv4.ip_local_port_range: the low end {0} is below net.ipv4.ip_unprivileged_port_start ({1}); the kernel refuses it with EINVAL",
  "net.ipv4.ip_unprivileged_port_start = {0} must stay below the local port range's low end ({1}); the kernel refuses it with EINVAL",
  "a host name (sysctl HOST net.core.somaxconn = 128)",
  "a sysctl name like net.core.somaxconn",
  "a sysctl name part after '.'",
  "{0}: {1}() never returns — nothing left in the simulation can wake it (did you mean to run it in the background with '&'?)",
  "{0} is still blocked in {1}() from line {2}; a process runs one call at a time (add 'wait' first, or use another process)",
  "{0} has exited (exit_group): it makes no more calls",
  "'{0}' does not exist yet: it is made on line {1}",
  "{0} has no value yet: the call that returns it has not finished (add 'wait {0}')",
  "{0} has no value: {1}() at line {2} failed with {3}",
  "{0}: {1}() returned {2}, expected {3}",
  "octet {0} of {1} is out of range (0-255)",
  "octet '{0}' of {1} has a leading zero",
  "escape \\x needs two hex digits, e.g. \\x0a",
  "unknown escape '\\{0}' (use \\n \\t \\\\ \\\" \\xHH)",
  "unterminated string: missing closing \"",
  "unexpected character '{0}'",
  "{0} takes {1} argument: {2}; got {3}",
  "{0} takes {1} arguments: {2}; got {3}",
  "{0} takes {1} or {2} arguments: {3}; got {4}",
  "unknown call '{0}'",
  "wait is not a call: write '{0}: wait NAME'",
  "internal parser error: {0}",
  "internal simulator error: {0}",
  "no scenario file or built-in named \"{0}\" (built-ins: {1})",
  "{0}; did you mean {1}?",
  "end of line",
  "iptables: expected a command (-A, -I, -D or -F CHAIN), got end of line",
  "iptables: {0} is not simulated (only the filter table's -A, -I, -D and -F)",
  "iptables: expected a command (-A, -I, -D or -F CHAIN), got '{0}'",
  "iptables: {0} needs a value (a chain: INPUT, FORWARD or OUTPUT)",
  "iptables: unknown chain '{0}' (the filter table has INPUT, FORWARD and OUTPUT)",
  "iptables: unexpected '{0}' after -F {1}",
  "iptables: '{0}' is not a rule number (1 or more)",
  "iptables: unexpected '{0}' after -D {1} {2}",
  "iptables: unknown option '{0}'",
  "iptables: unexpected '{0}' (an option like -p, --dport or -j comes first)",
  "iptables: {0} given twice",
  "iptables: {0} needs -p tcp before it",
  "iptables: {0} needs a value ({1})",
  "iptables: unknown protocol '{0}' (tcp, udp or icmp)",
  "iptables: '{0}' is not an address (a.b.c.d or a.b.c.d/N)",
  "iptables: {0} needs -p tcp or -p udp before it",
  "iptables: '{0}' is not a port or port range (0-65535, or LOW:HIGH)",
  "iptables: unknown TCP flag '{0}' (SYN, ACK, FIN, RST, PSH, URG, ALL, NONE)",
  "iptables: unknown match '-m {0}' (tcp or udp, after -p)",
  "iptables: -m {0} needs -p {0} before it",
  "iptables: unknown target '{0}' (ACCEPT, DROP or REJECT)",
  "iptables: --reject-with is an option of -j REJECT (not of -j {0})",
  "iptables: --reject-with is an option of -j REJECT",
  "iptables: unknown --reject-with '{0}' (tcp-reset or icmp-port-unreachable)",
  "iptables: a rule needs a target: -j ACCEPT, -j DROP or -j REJECT",
  "iptables: --reject-with tcp-reset needs -p tcp (a reset answers only TCP)",
  "iptables: unknown host or process '{0}'",
  "iptables: Bad rule (does a matching rule exist in that chain?).",
  "iptables: Index of deletion too big.",
  "iptables: Index of insertion too big.",
  "tcp, udp or icmp",
  "an address: a.b.c.d or a.b.c.d/N",
  "a port or LOW:HIGH",
  "MASK COMP, e.g. SYN,ACK SYN",
  "tcp or udp",
  "ACCEPT, DROP or REJECT",
  "tcp-reset or icmp-port-unreachable",
];

/** Variable parts that are themselves words of the parser. */
const FRAGMENTS = new Set(['end of line', 'a host name (mtu HOST 1400, or mtu HOST lo 1500)', 'a host name (txqueuelen HOST 100)', "tcp, udp or icmp", "an address: a.b.c.d or a.b.c.d/N", "a port or LOW:HIGH", "MASK COMP, e.g. SYN,ACK SYN", "tcp or udp", "ACCEPT, DROP or REJECT", "tcp-reset or icmp-port-unreachable", 'a host name (sysctl HOST net.core.somaxconn = 128)', 'a sysctl name like net.core.somaxconn', "a sysctl name part after '.'"]);

interface Compiled {
  key: string;
  re: RegExp;
  /** The placeholder number of each capture group, in order. */
  slots: number[];
}
let compiled: Compiled[] | undefined;

function compile(): Compiled[] {
  const out: Compiled[] = [];
  for (const key of DIAGNOSTIC_TEMPLATES) {
    if (FRAGMENTS.has(key) || key.startsWith('{0}; did you mean')) continue;
    const slots: number[] = [];
    const seen = new Set<number>();
    let src = '';
    let last = 0;
    for (const m of key.matchAll(/\{(\d+)\}/g)) {
      src += key.slice(last, m.index).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const n = Number(m[1]);
      if (seen.has(n)) src += `\\k<p${n}>`;
      else {
        seen.add(n);
        slots.push(n);
        src += `(?<p${n}>.+?)`;
      }
      last = m.index! + m[0].length;
    }
    src += key.slice(last).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out.push({ key, re: new RegExp(`^${src}$`, 's'), slots });
  }
  // the most specific (most literal text) first
  return out.sort((a, b) => b.key.replace(/\{\d+\}/g, '').length - a.key.replace(/\{\d+\}/g, '').length);
}

/** A diagnostic's message in the current language (unchanged in English, or when no template matches). */
export function translateDiagnostic(message: string): string {
  if (currentLang() === 'en') return message;
  compiled ??= compile();
  const sug = /^(.*); did you mean (.+)\?$/s.exec(message);
  if (sug) return t('{0}; did you mean {1}?', translateDiagnostic(sug[1]), sug[2]);
  for (const c of compiled) {
    const m = c.re.exec(message);
    if (!m) continue;
    const args: string[] = [];
    for (const n of c.slots) {
      const v = m.groups![`p${n}`];
      args[n] = FRAGMENTS.has(v) ? t(v) : v;
    }
    return format(t(c.key), args);
  }
  return message;
}
