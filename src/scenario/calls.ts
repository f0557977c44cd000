// The system calls a scenario may make, with their parameters: the parser checks calls against
// this table, and editors can use it for completion and hover.

/**
 * What an argument may be:
 * - `fd`: a name bound earlier in the same process by an fd-returning call, or a non-negative int;
 * - `int`: an integer literal;
 * - `const`: a name from CONSTANTS (uapi.ts), an int, or an or-expression of those;
 * - `addr`: an IPv4 socket address `a.b.c.d:port`;
 * - `data`: a string literal (the bytes to send) or an int (that many bytes);
 * - `addr|const`: an address or a constant (connect's AF_UNSPEC, to dissolve an association);
 * - `pollfds`: poll's array of struct pollfd, `[lfd POLLIN, cfd POLLIN | POLLOUT]` (each fd with its events);
 * - `fdset`: one of select's descriptor sets, `[lfd, cfd]`, or `[]` for none.
 */
export type ParamKind = 'fd' | 'int' | 'const' | 'addr' | 'data' | 'addr|const' | 'pollfds' | 'fdset';

export interface ParamSpec {
  name: string;
  kind: ParamKind;
  /** Optional parameter: setsockopt's linger (trailing), select's exceptfds (left out when there is one argument fewer). */
  optional?: boolean;
}

export interface CallSpec {
  name: string;
  params: readonly ParamSpec[];
  /** The result is a new fd: `x = call(...)` makes `x` usable as an fd later in the process. */
  returnsFd: boolean;
  /** Reads data: the call may carry a data expectation `= "text"`; `len` is its first int param. */
  reads?: boolean;
  /** Returns an option's value (getsockopt): a `= "TEXT"` expectation checks it, as strace shows it. */
  value?: boolean;
  /** Returns ready events (poll, epoll_wait): a `= "FD:EVENTS …"` expectation lists them, no length applies. */
  events?: boolean;
  /**
   * The one-descriptor form (`poll(fd, events, timeout)`, `select(fd, POLLIN, timeout)`), which a call
   * takes when its first argument is not a list; `params` is then the form over several descriptors.
   */
  oneFd?: readonly ParamSpec[];
  doc: string;
}

const fd: ParamSpec = { name: 'fd', kind: 'fd' };

const LIST: CallSpec[] = [
  { name: 'socket', returnsFd: true, params: [{ name: 'domain', kind: 'const' }, { name: 'type', kind: 'const' }, { name: 'protocol', kind: 'const' }],
    doc: 'Create a socket and return its fd (type may carry SOCK_NONBLOCK | SOCK_CLOEXEC).' },
  { name: 'bind', returnsFd: false, params: [fd, { name: 'addr', kind: 'addr' }],
    doc: 'Give the socket a local address (port 0: let the kernel pick one).' },
  { name: 'listen', returnsFd: false, params: [fd, { name: 'backlog', kind: 'int' }],
    doc: 'Make a bound TCP socket a listener with an accept queue of backlog (capped by net.core.somaxconn).' },
  { name: 'accept', returnsFd: true, params: [fd],
    doc: 'Take an established connection off the listener\'s accept queue and return its fd; blocks if the queue is empty.' },
  { name: 'accept4', returnsFd: true, params: [fd, { name: 'flags', kind: 'const' }],
    doc: 'accept() that also sets SOCK_NONBLOCK / SOCK_CLOEXEC on the new fd.' },
  { name: 'connect', returnsFd: false, params: [fd, { name: 'addr', kind: 'addr|const' }],
    doc: 'Connect to addr (TCP: three-way handshake; UDP: set the default peer; AF_UNSPEC: dissolve).' },
  { name: 'setsockopt', returnsFd: false,
    params: [fd, { name: 'level', kind: 'const' }, { name: 'optname', kind: 'const' }, { name: 'value', kind: 'int' }, { name: 'linger', kind: 'int', optional: true }],
    doc: 'Set a socket option; SO_LINGER takes two values: setsockopt(fd, SOL_SOCKET, SO_LINGER, onoff, linger).' },
  { name: 'getsockopt', returnsFd: false, value: true,
    params: [fd, { name: 'level', kind: 'const' }, { name: 'optname', kind: 'const' }],
    doc: 'Read a socket option (SOL_SOCKET: SO_ERROR, SO_REUSEADDR, SO_REUSEPORT); returns 0. `= "ECONNREFUSED"` also checks the value, as strace shows it: SO_ERROR takes the pending error and clears it (`0`: none) — how a non-blocking connect learns its outcome.' },
  { name: 'close', returnsFd: false, params: [fd],
    doc: 'Release the fd; the last close of a socket starts its teardown (FIN, or RST if data is unread).' },
  { name: 'shutdown', returnsFd: false, params: [fd, { name: 'how', kind: 'const' }],
    doc: 'Shut down reading (SHUT_RD), writing (SHUT_WR, sends FIN) or both (SHUT_RDWR).' },
  { name: 'send', returnsFd: false, params: [fd, { name: 'data', kind: 'data' }],
    doc: 'Queue data on a connected socket; returns the number of bytes taken.' },
  { name: 'write', returnsFd: false, params: [fd, { name: 'data', kind: 'data' }],
    doc: 'Same as send() with no flags.' },
  { name: 'recv', returnsFd: false, reads: true, params: [fd, { name: 'len', kind: 'int' }, { name: 'flags', kind: 'const', optional: true }],
    doc: 'Read up to len bytes; blocks until data arrives; 0 means the peer shut down writing. Flags: MSG_WAITALL (wait for all len bytes, unless the peer shuts down or an error comes), MSG_DONTWAIT (EAGAIN instead of blocking).' },
  { name: 'read', returnsFd: false, reads: true, params: [fd, { name: 'len', kind: 'int' }],
    doc: 'Same as recv() with no flags.' },
  { name: 'sendto', returnsFd: false, params: [fd, { name: 'data', kind: 'data' }, { name: 'addr', kind: 'addr' }],
    doc: 'Send data to addr (a datagram, for UDP).' },
  { name: 'recvfrom', returnsFd: false, reads: true, params: [fd, { name: 'len', kind: 'int' }],
    doc: 'Read up to len bytes (one datagram, for UDP) and learn the sender: `from = recvfrom(fd, len)` binds from to the sender\'s address, for a reply sendto(fd, data, from).' },
  { name: 'fcntl', returnsFd: false, params: [fd, { name: 'cmd', kind: 'const' }, { name: 'arg', kind: 'const', optional: true }],
    doc: 'File control: fcntl(fd, F_SETFL, O_RDWR | O_NONBLOCK) makes the fd non-blocking, fcntl(fd, F_GETFL) returns the file\'s flags (O_RDWR = 2, O_NONBLOCK = 0x800), F_GETFD / F_SETFD the descriptor\'s FD_CLOEXEC.' },
  { name: 'ioctl', returnsFd: false, params: [fd, { name: 'request', kind: 'const' }, { name: 'arg', kind: 'int', optional: true }],
    doc: 'Device control, for the requests every file answers: ioctl(fd, FIONBIO, 1) makes the file non-blocking (O_NONBLOCK, as fcntl(F_SETFL) and Python\'s setblocking(False) do), ioctl(fd, FIONBIO, 0) blocking again; FIOCLEX / FIONCLEX set and clear the descriptor\'s close-on-exec. The int FIONBIO points at is written as the value itself, as strace shows `[1]`.' },
  { name: 'getsockname', returnsFd: false, params: [fd],
    doc: 'The socket\'s own address (0); the walk shows the address inet_getname fills in.' },
  { name: 'getpeername', returnsFd: false, params: [fd],
    doc: 'The connected peer\'s address (0), or ENOTCONN when there is none yet.' },
  { name: 'poll', returnsFd: false, reads: true, events: true,
    params: [{ name: 'fds', kind: 'pollfds' }, { name: 'timeout', kind: 'int' }],
    oneFd: [fd, { name: 'events', kind: 'const' }, { name: 'timeout', kind: 'int' }],
    doc: 'Wait until one of the descriptors has one of its events (POLLIN, POLLOUT …) or timeout ms pass (-1: no timeout): `poll([lfd POLLIN, cfd POLLIN | POLLOUT], -1)`; returns how many descriptors are ready. `= "3:POLLIN 4:POLLOUT"` also checks each ready one and its revents, in the list\'s order (a negative fd is skipped, one not open is POLLNVAL). poll(fd, events, timeout) polls one.' },
  { name: 'select', returnsFd: false, reads: true, events: true,
    params: [{ name: 'readfds', kind: 'fdset' }, { name: 'writefds', kind: 'fdset' }, { name: 'exceptfds', kind: 'fdset', optional: true }, { name: 'timeout', kind: 'int' }],
    oneFd: [fd, { name: 'sets', kind: 'const' }, { name: 'timeout', kind: 'int' }],
    doc: 'select() over descriptor sets: `select([lfd, cfd], [cfd], -1)` waits until lfd or cfd is readable or cfd writable (exceptfds, a third list, may be left out; nfds is the highest fd plus one); timeout in ms (-1: none); returns how many were ready. `= "in [3 4], out [4]"` also checks which sets came back, as strace shows them. select(fd, POLLIN | POLLOUT, timeout) asks about one descriptor (POLLPRI: exceptfds).' },
  { name: 'epoll_create1', returnsFd: true, params: [{ name: 'flags', kind: 'const' }],
    doc: 'A new epoll instance (flags: 0 or EPOLL_CLOEXEC); returns its fd.' },
  { name: 'epoll_create', returnsFd: true, params: [{ name: 'size', kind: 'int' }],
    doc: 'A new epoll instance (size must be above 0 and means nothing else); returns its fd.' },
  { name: 'epoll_ctl', returnsFd: false,
    params: [{ name: 'epfd', kind: 'fd' }, { name: 'op', kind: 'const' }, fd, { name: 'events', kind: 'const', optional: true }],
    doc: 'EPOLL_CTL_ADD / EPOLL_CTL_MOD / EPOLL_CTL_DEL fd in the epoll instance, with events (EPOLLIN | EPOLLOUT | EPOLLET | EPOLLONESHOT …); the event\'s data is the fd.' },
  { name: 'epoll_wait', returnsFd: false, reads: true, events: true,
    params: [{ name: 'epfd', kind: 'fd' }, { name: 'maxevents', kind: 'int' }, { name: 'timeout', kind: 'int' }],
    doc: 'Wait for ready descriptors (at most maxevents; timeout ms, -1: none); returns how many. `= "5:EPOLLIN 6:EPOLLIN|EPOLLOUT"` also checks which, in order.' },
  { name: 'exit_group', returnsFd: false, params: [{ name: 'status', kind: 'int' }],
    doc: 'The process (and its threads) exits: exit_files closes every descriptor still open, in order, as close() would — a socket left open is closed here. The process makes no more calls.' },
  { name: 'setrlimit', returnsFd: false, params: [{ name: 'resource', kind: 'const' }, { name: 'cur', kind: 'int' }, { name: 'max', kind: 'int', optional: true }],
    doc: 'Set a limit of this process: setrlimit(RLIMIT_NOFILE, 4096) lets it hold more than the default 1024 descriptors (EMFILE past the limit), like `ulimit -n`; max (the hard limit, 1048576 by default) is kept when left out.' },
];

/** The calls by name. Look names up with `callSpec` (plain indexing would find `constructor`). */
export const CALLS: Readonly<Record<string, CallSpec>> = Object.freeze(
  Object.fromEntries(LIST.map((c) => [c.name, c])),
);

export function callSpec(name: string): CallSpec | undefined {
  return Object.prototype.hasOwnProperty.call(CALLS, name) ? CALLS[name] : undefined;
}

/** The calls with a `data` parameter in some form (send, write, sendto): the only ones whose arguments the runner converts. */
export const DATA_CALLS: ReadonlySet<string> = new Set(LIST.filter((c) => [...c.params, ...(c.oneFd ?? [])].some((p) => p.kind === 'data')).map((c) => c.name));

/** The form a call is written in: the one-descriptor form when it has one and the first argument is not a list. */
export function formOf(spec: CallSpec, firstArgKind: string | undefined): readonly ParamSpec[] {
  return spec.oneFd && firstArgKind !== undefined && firstArgKind !== 'list' ? spec.oneFd : spec.params;
}

export function minArgs(spec: CallSpec, form: readonly ParamSpec[] = spec.params): number {
  return form.filter((p) => !p.optional).length;
}

export function maxArgs(spec: CallSpec, form: readonly ParamSpec[] = spec.params): number {
  return form.length;
}

/**
 * The parameter each of n arguments stands for: optional parameters are taken, from the left, only
 * as far as the arguments go past the required ones (select's exceptfds when there are four).
 */
export function paramsFor(form: readonly ParamSpec[], n: number): readonly ParamSpec[] {
  // (asked once per system call the runner starts: each answer is made once)
  let byCount = PARAMS_FOR.get(form);
  if (!byCount) PARAMS_FOR.set(form, (byCount = []));
  return (byCount[n] ??= mapParams(form, n));
}
const PARAMS_FOR = new WeakMap<readonly ParamSpec[], ParamSpec[][]>();

function mapParams(form: readonly ParamSpec[], n: number): ParamSpec[] {
  let extra = n - form.filter((p) => !p.optional).length;
  const out: ParamSpec[] = [];
  for (const p of form) {
    if (!p.optional) out.push(p);
    else if (extra > 0) {
      out.push(p);
      extra--;
    }
  }
  return out;
}

/** `socket(domain, type, protocol) → fd`, `setsockopt(fd, level, optname, value[, linger])`, `poll([fd EVENTS, …], timeout)`. */
export function callSignature(spec: CallSpec, form: readonly ParamSpec[] = spec.params): string {
  let s = '';
  form.forEach((p, i) => {
    const sep = i === 0 ? '' : ', ';
    const name = p.kind === 'pollfds' ? '[fd EVENTS, …]' : p.name;
    s += p.optional ? `[${sep}${name}]` : `${sep}${name}`;
  });
  return `${spec.name}(${s})${spec.returnsFd ? ' → fd' : ''}`;
}

/** Every form of a call, the one over several descriptors first. */
export function callSignatures(spec: CallSpec): string[] {
  return spec.oneFd ? [callSignature(spec), callSignature(spec, spec.oneFd)] : [callSignature(spec)];
}
