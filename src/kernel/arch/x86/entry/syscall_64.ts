// arch/x86/entry/syscall_64.c: sys_call_table, the one way into the simulated kernel. The scenario
// runner resolves a statement's arguments (names to fds, a byte count to that many bytes, an address
// to a sockaddr_in) and calls the entry of the system call's name; each entry is what SYSCALL_DEFINEn
// makes of the call in net/socket.c (__x64_sys_socket → __sys_socket …), with the registers as an
// array. Entries that cannot sleep get fast twins like every kernel function (scripts/gen-kernel.ts).

import type { Sim } from '../../../core/engine';
import type { SockaddrIn } from '../../../include/linux/net';
import {
  __sys_socket, __sys_bind, __sys_listen, __sys_accept4, __sys_connect, __sys_shutdown, ksys_close, do_fcntl,
  __sys_sendto, __sys_recvfrom, __sys_setsockopt, __sys_getsockopt, __sys_getsockname, __sys_getpeername,
} from '../../../net/socket';
import { NotSimulated } from '../../../net/ipv4/protocols';
import { do_sys_poll, do_select, type FdSetBits, type Pollfd } from '../../../fs/select';
import { do_epoll_create, epoll_ctl, do_epoll_wait } from '../../../fs/eventpoll';
import { pollBits } from '../../../include/linux/eventpoll';
import { ERRNO } from '../../../include/uapi';
import { do_prlimit } from '../../../kernel/sys';
import { copy_files } from '../../../kernel/fork';
import { exit_files } from '../../../fs/file';
import { ksys_ioctl } from '../../../fs/ioctl';
import { currentProcess } from '../../../world/current';

/** A descriptor in poll's array (fd, events) or in one of select's sets (the fd; events 0), as the runner resolved it. */
export interface UserPollfd {
  fd: number;
  events: number;
}
/** A system call's argument as the runner resolved it: an integer, the bytes to send, a sockaddr_in, a descriptor list. */
export type SyscallArg = number | string | SockaddrIn | readonly UserPollfd[];
/** What a system call returns: the return value, or with the data it read (recv, recvfrom). */
export type SyscallResult = number | { ret: number; data: string; from?: SockaddrIn };
export type SyscallEntry = (a: SyscallArg[]) => Sim<SyscallResult>;

export function* __x64_sys_socket(a: SyscallArg[]): Sim<SyscallResult> {
  return yield* __sys_socket(a[0] as number, a[1] as number, a[2] as number);
}
export function* __x64_sys_bind(a: SyscallArg[]): Sim<SyscallResult> {
  return yield* __sys_bind(a[0] as number, a[1] as SockaddrIn, 16);
}
export function* __x64_sys_listen(a: SyscallArg[]): Sim<SyscallResult> {
  return yield* __sys_listen(a[0] as number, a[1] as number);
}
/** accept() and accept4() may sleep: the entry hands the task __sys_accept4's own generator. */
export function __x64_sys_accept(a: SyscallArg[]): Sim<SyscallResult> {
  return __sys_accept4(a[0] as number, 0);
}
export function __x64_sys_accept4(a: SyscallArg[]): Sim<SyscallResult> {
  return __sys_accept4(a[0] as number, a[1] as number);
}
/** connect(fd, addr) — or connect(fd, AF_UNSPEC), a bare family, which dissolves the association. */
export function __x64_sys_connect(a: SyscallArg[]): Sim<SyscallResult> {
  const addr = typeof a[1] === 'number' ? { sin_family: a[1], sin_addr: '0.0.0.0', sin_port: 0 } : (a[1] as SockaddrIn);
  return __sys_connect(a[0] as number, addr, 16);
}
export function* __x64_sys_setsockopt(a: SyscallArg[]): Sim<SyscallResult> {
  // (SO_LINGER's struct linger arrives as its two members: l_onoff, l_linger)
  return __sys_setsockopt(a[0] as number, a[1] as number, a[2] as number, a[3] as number, a[4] as number | undefined);
}
/** getsockopt(fd, level, optname): the value comes back as the data (SO_ERROR's errno by name, as strace shows it). */
export function* __x64_sys_getsockopt(a: SyscallArg[]): Sim<SyscallResult> {
  return __sys_getsockopt(a[0] as number, a[1] as number, a[2] as number);
}
export function* __x64_sys_close(a: SyscallArg[]): Sim<SyscallResult> {
  return yield* ksys_close(a[0] as number);
}
export function* __x64_sys_shutdown(a: SyscallArg[]): Sim<SyscallResult> {
  return yield* __sys_shutdown(a[0] as number, a[1] as number);
}
export function* __x64_sys_setrlimit(a: SyscallArg[]): Sim<SyscallResult> {
  return do_prlimit(a[0] as number, a[1] as number, a[2] as number | undefined);
}
export function* __x64_sys_fcntl(a: SyscallArg[]): Sim<SyscallResult> {
  return do_fcntl(a[0] as number, a[1] as number, (a[2] as number | undefined) ?? 0);
}
/** ioctl(fd, cmd, arg): FIONBIO's arg is the int itself (the scenario has no user memory to point into); FIOCLEX / FIONCLEX take none. */
export function* __x64_sys_ioctl(a: SyscallArg[]): Sim<SyscallResult> {
  return yield* ksys_ioctl(a[0] as number, a[1] as number, (a[2] as number | undefined) ?? 0);
}
/** sendto(fd, data, addr); send() and write() on a socket are sendto() without an address. */
export function __x64_sys_sendto(a: SyscallArg[]): Sim<SyscallResult> {
  return __sys_sendto(a[0] as number, a[1] as string, 0, a.length > 2 ? (a[2] as SockaddrIn) : null);
}
/** recv() and read() on a socket are recvfrom() without an address. */
export function* __x64_sys_recvfrom(a: SyscallArg[]): Sim<SyscallResult> {
  const r = yield* __sys_recvfrom(a[0] as number, a[1] as number, 0, true);
  return r.ret < 0 ? r.ret : r.from ? { ret: r.ret, data: r.data ?? '', from: r.from } : { ret: r.ret, data: r.data ?? '' };
}
export function* __x64_sys_recv(a: SyscallArg[]): Sim<SyscallResult> {
  const r = yield* __sys_recvfrom(a[0] as number, a[1] as number, a.length > 2 ? (a[2] as number) : 0, false);
  return r.ret < 0 ? r.ret : { ret: r.ret, data: r.data ?? '' };
}

export function* __x64_sys_getsockname(a: SyscallArg[]): Sim<SyscallResult> {
  return yield* __sys_getsockname(a[0] as number);
}
export function* __x64_sys_getpeername(a: SyscallArg[]): Sim<SyscallResult> {
  return yield* __sys_getpeername(a[0] as number);
}

/**
 * poll(fds, timeout): the array of struct pollfd (fd, events); or poll(fd, events, timeout), one
 * (the scenario language's short form). The timeout in ms, negative for none. The result's data lists
 * the ready descriptors in the array's order as FD:REVENTS (`3:POLLIN 4:POLLOUT`), as strace shows revents.
 */
export function* __x64_sys_poll(a: SyscallArg[]): Sim<SyscallResult> {
  const list = Array.isArray(a[0]) ? (a[0] as readonly UserPollfd[]) : null;
  const fds: Pollfd[] = list !== null
    ? list.map((u) => ({ fd: u.fd, events: u.events & 0xffff, revents: 0 }))
    : [{ fd: a[0] as number, events: (a[1] as number) & 0xffff, revents: 0 }];
  const timeout = a[list !== null ? 1 : 2] as number;
  const ret = yield* do_sys_poll(fds, timeout < 0 ? Infinity : timeout * 1000);
  if (ret < 0) return ret;
  return { ret, data: fds.filter((f) => f.revents).map((f) => `${f.fd}:${pollBits(f.revents, 'POLL')}`).join(' ') };
}
/**
 * select(readfds, writefds[, exceptfds], timeout): the three sets as lists, nfds the highest
 * descriptor in them plus one (what a program passes); or select(fd, which, timeout), one descriptor
 * (the short form): in readfds for POLLIN in which, writefds for POLLOUT, exceptfds for POLLPRI. The
 * timeout in ms, negative for none. The data says which sets came back with which descriptors, as
 * strace does: `in [3 4], out [4]`.
 */
export function* __x64_sys_select(a: SyscallArg[]): Sim<SyscallResult> {
  const fds: FdSetBits = { in: new Set<number>(), out: new Set<number>(), ex: new Set<number>(), res_in: new Set<number>(), res_out: new Set<number>(), res_ex: new Set<number>() };
  let n = 0;
  let timeout: number;
  if (Array.isArray(a[0])) {
    const sets = a.length > 3 ? [fds.in, fds.out, fds.ex] : [fds.in, fds.out];
    sets.forEach((set, k) => {
      for (const u of a[k] as readonly UserPollfd[]) {
        set.add(u.fd);
        if (u.fd + 1 > n) n = u.fd + 1;
      }
    });
    timeout = a[sets.length] as number;
  } else {
    const fd = a[0] as number;
    const which = a[1] as number;
    if (which & 1) fds.in.add(fd);
    if (which & 4) fds.out.add(fd);
    if (which & 2) fds.ex.add(fd);
    n = fd + 1;
    timeout = a[2] as number;
  }
  const ret = yield* do_select(n, fds, timeout < 0 ? Infinity : timeout * 1000);
  if (ret < 0) return ret;
  const parts: string[] = [];
  for (const [name, s] of [['in', fds.res_in], ['out', fds.res_out], ['except', fds.res_ex]] as const) if (s.size) parts.push(`${name} [${[...s].join(' ')}]`);
  return { ret, data: parts.join(', ') };
}
export function* __x64_sys_epoll_create1(a: SyscallArg[]): Sim<SyscallResult> {
  return do_epoll_create(a[0] as number);
}
/** epoll_create(size): size is only checked (> 0). */
export function* __x64_sys_epoll_create(a: SyscallArg[]): Sim<SyscallResult> {
  if ((a[0] as number) <= 0) return -ERRNO.EINVAL;
  return do_epoll_create(0);
}
export function* __x64_sys_epoll_ctl(a: SyscallArg[]): Sim<SyscallResult> {
  return yield* epoll_ctl(a[0] as number, a[1] as number, a[2] as number, (a[3] as number | undefined) ?? 0);
}
/** epoll_wait(epfd, maxevents, timeout): the data lists the events returned as FD:EVENTS (`5:EPOLLIN`), in order. */
export function* __x64_sys_epoll_wait(a: SyscallArg[]): Sim<SyscallResult> {
  const r = yield* do_epoll_wait(a[0] as number, a[1] as number, a[2] as number);
  if (r.ret < 0) return r.ret;
  return { ret: r.ret, data: r.events.map((e) => `${e.data}:${pollBits(e.events, 'EPOLL')}`).join(' ') };
}

/**
 * clone(flags, name): a new task on the same host — a thread (CLONE_FILES: the same descriptor table)
 * or a forked process (a copy of it, copy_files → dup_fd) — named for the scenario. Returns its pid.
 * Only the descriptors are modelled: the new task starts with nothing to run until the scenario
 * gives it calls.
 */
export function* __x64_sys_clone(a: SyscallArg[]): Sim<SyscallResult> {
  const parent = currentProcess();
  const files = yield* copy_files(a[0] as number, parent);
  const child = parent.host.world.addProcess(a[1] as string, parent.host, files ?? undefined);
  child.rlimitNofile = { ...parent.rlimitNofile };
  return child.pid;
}
/**
 * exit_group(status): do_group_exit → do_exit → exit_files for every task of the group (here: every
 * task sharing the descriptor table); the last one closes the descriptors still open.
 */
export function* __x64_sys_exit_group(_a: SyscallArg[]): Sim<SyscallResult> {
  const me = currentProcess();
  const files = me.files;
  for (const p of me.host.processes) {
    if (p === me || (files !== null && p.files === files)) {
      p.exited = true;
      yield* exit_files(p);
    }
  }
  return 0;
}

/** The system calls the simulator models, by name. */
export const sys_call_table: ReadonlyMap<string, SyscallEntry> = new Map<string, SyscallEntry>([
  ['socket', __x64_sys_socket],
  ['bind', __x64_sys_bind],
  ['listen', __x64_sys_listen],
  ['accept', __x64_sys_accept],
  ['accept4', __x64_sys_accept4],
  ['connect', __x64_sys_connect],
  ['setsockopt', __x64_sys_setsockopt],
  ['getsockopt', __x64_sys_getsockopt],
  ['close', __x64_sys_close],
  ['shutdown', __x64_sys_shutdown],
  ['fcntl', __x64_sys_fcntl],
  ['ioctl', __x64_sys_ioctl],
  ['setrlimit', __x64_sys_setrlimit],
  ['send', __x64_sys_sendto],
  ['write', __x64_sys_sendto],
  ['sendto', __x64_sys_sendto],
  ['recv', __x64_sys_recv],
  ['read', __x64_sys_recv],
  ['recvfrom', __x64_sys_recvfrom],
  ['getsockname', __x64_sys_getsockname],
  ['getpeername', __x64_sys_getpeername],
  ['poll', __x64_sys_poll],
  ['select', __x64_sys_select],
  ['epoll_create', __x64_sys_epoll_create],
  ['epoll_create1', __x64_sys_epoll_create1],
  ['epoll_ctl', __x64_sys_epoll_ctl],
  ['epoll_wait', __x64_sys_epoll_wait],
  ['clone', __x64_sys_clone],
  ['exit_group', __x64_sys_exit_group],
]);

/** The entry for a system call's name; one the simulator does not model raises NotSimulated. */
export function syscallEntry(name: string): SyscallEntry {
  const e = sys_call_table.get(name);
  if (e === undefined) throw new NotSimulated(`${name}()`);
  return e;
}
