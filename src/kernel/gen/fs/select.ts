// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/fs/select.ts
// @ts-nocheck
// fs/select.c: select() and poll(). do_select asks the descriptors of three sets the same way. do_sys_poll sets up a poll_wqueues table whose queueing function (__pollwait)
// puts an entry for the calling task on every file's wait queue the first pass asks; do_poll asks each
// descriptor (do_pollfd → vfs_poll → sock_poll → tcp_poll / udp_poll) and, when nothing is ready,
// sleeps until one of those entries' pollwake runs (a socket's sk_data_ready, sk_state_change …) or the
// timeout ends, then asks again.

import { E, SLEEP, Sim } from '../../core/engine';
import { at, enter, leave } from '../../core/engine';
import { defineFn } from '../../core/anchors';
import { currentProcess, schedule_timeout } from '../../world/current';
import type { File, PollTable, WaitQueueEntry } from '../../include/linux/net';
import { add_wait_queue_entry, remove_wait_queue_entry } from '../../include/linux/net';
import { EPOLLERR, EPOLLHUP, EPOLLIN, EPOLLNVAL, EPOLLOUT, EPOLLPRI, EPOLLRDBAND, EPOLLRDNORM, EPOLLWRBAND, EPOLLWRNORM, PollWqueues } from '../../include/linux/eventpoll';
import { ERRNO } from '../../include/uapi';
import { sock_poll } from '../net/socket';

/** struct pollfd. */
export interface Pollfd {
  fd: number;
  events: number;
  revents: number;
}

/** pollwake(): a polled file woke its queue — mark the table triggered and wake the polling task. */
function pollwake(pwq: PollWqueues): void {
  pwq.triggered = 1;
  E.wake(pwq.polling_task);
}

/** poll_initwait(): the table, and the poll_table whose _qproc is __pollwait (an entry on each queue, pollwake its function). */
function poll_initwait(pwq: PollWqueues): PollTable {
  return {
    _key: ~0,
    _qproc: (_file: File, whead, _p) => {
      const entry: WaitQueueEntry = { task: null, exclusive: false, func: () => pollwake(pwq), name: `pollwake (${pwq.polling_task.name})` };
      add_wait_queue_entry(whead, entry);
      pwq.entries.push({ whead, entry });
    },
  };
}

/** poll_freewait(): every entry off its queue again. */
function poll_freewait(pwq: PollWqueues): void {
  for (const { whead, entry } of pwq.entries) remove_wait_queue_entry(whead, entry);
  pwq.entries.length = 0;
}

/** vfs_poll(): the file's f_op->poll; only sockets have one here (an epoll file polled by poll() reports nothing). */
function* vfs_poll(file: File, pt: PollTable | null): Sim<number> {
  if (file.f_op !== 'socket_file_ops') return 0;
  return ($E.fast || $E.twinOk[sock_poll.k] === 1 ? sock_poll$fast(file, pt) : yield* sock_poll(file, pt));
}
const A$do_pollfd = defineFn('fs/select.c', 'do_pollfd', [114, 117, 118, 119, 124, 125, 128, 130, 135, 136]);

export function* do_pollfd(pollfd: Pollfd, pwait: PollTable | null): Sim<number> {
  const fd = pollfd.fd;
  const $f = enter(A$do_pollfd, { pollfd, fd });
  try {
  let mask = 0;
  if (at(A$do_pollfd.L114)) yield;
  if (fd >= 0) {
    if (at(A$do_pollfd.L117)) yield;
    mask = EPOLLNVAL;
    if (at(A$do_pollfd.L118)) yield;
    const file = currentProcess().fdtable.get(fd);
    if (at(A$do_pollfd.L119)) yield;
    if (file && !file.reserved) {
      if (at(A$do_pollfd.L124)) yield;
      const filter = pollfd.events | EPOLLERR | EPOLLHUP;
      $f.vars.filter = filter;
      if (at(A$do_pollfd.L125)) yield;
      if (pwait) pwait._key = filter;
      if (at(A$do_pollfd.L128)) yield;
      mask = ($E.fast || $E.twinOk[vfs_poll.k] === 1 ? vfs_poll$fast(file, pwait) : yield* vfs_poll(file, pwait));
      if (at(A$do_pollfd.L130)) yield;
      mask &= filter;
    }
  }
  $f.vars.mask = mask;
  if (at(A$do_pollfd.L135)) yield;
  pollfd.revents = mask;
  if (at(A$do_pollfd.L136)) yield;
  return mask;
  } finally {
    leave($f);
  }
}
const A$do_poll = defineFn('fs/select.c', 'do_poll', [154, 155, 156, 162, 169, 171, 172, 181, 184, 193, 194, 196]);

/** do_poll(): timeout in µs, or Infinity (a negative timeout), or 0 (no wait). */
export function* do_poll(list: Pollfd[], wait: PollWqueues, pt: PollTable, end_time: number): Sim<number> {
  const $f = enter(A$do_poll, { list, wait, end_time });
  try {
  let timed_out = 0;
  let count = 0;
  let left = end_time;
  if (at(A$do_poll.L154)) yield;
  if (end_time === 0) {
    if (at(A$do_poll.L155)) yield;
    pt._qproc = null;
    if (at(A$do_poll.L156)) yield;
    timed_out = 1;
  }
  for (;;) {
    if (at(A$do_poll.L162)) yield;
    for (const pfd of list) {
      if (at(A$do_poll.L169)) yield;
      if (($E.fast || $E.twinOk[do_pollfd.k] === 1 ? do_pollfd$fast(pfd, pt) : yield* do_pollfd(pfd, pt))) {
        if (at(A$do_poll.L171)) yield;
        count++;
        $f.vars.count = count;
        if (at(A$do_poll.L172)) yield;
        pt._qproc = null;
      }
    }
    if (at(A$do_poll.L181)) yield;
    pt._qproc = null;
    if (at(A$do_poll.L184)) yield;
    if (count || timed_out) break;
    if (at(A$do_poll.L193)) yield;
    // poll_schedule_timeout: sleep unless a pollwake already came; then forget it
    if (!wait.triggered) {
      const task = E.current!;
      task.waitChannel = 'do_poll';
      const remaining = schedule_timeout(task, left);
      yield SLEEP;
      left = remaining();
      if (!wait.triggered && left === 0) {
        if (at(A$do_poll.L194)) yield;
        timed_out = 1;
      }
    }
    wait.triggered = 0;
  }
  if (at(A$do_poll.L196)) yield;
  return count;
  } finally {
    leave($f);
  }
}

/** fd_set_bits: the three sets select() asks about, and the three it answers with. */
export interface FdSetBits {
  in: Set<number>;
  out: Set<number>;
  ex: Set<number>;
  res_in: Set<number>;
  res_out: Set<number>;
  res_ex: Set<number>;
}

/** POLLIN_SET, POLLOUT_SET, POLLEX_SET (fs/select.c): which poll bits make a descriptor readable, writable, exceptional. */
const POLLIN_SET = EPOLLRDNORM | EPOLLRDBAND | EPOLLIN | EPOLLHUP | EPOLLERR;
const POLLOUT_SET = EPOLLWRBAND | EPOLLWRNORM | EPOLLOUT | EPOLLERR;
const POLLEX_SET = EPOLLPRI;
const A$do_select = defineFn('fs/select.c', 'do_select', [26, 34, 36, 37, 38, 41, 44, 48, 50, 52, 53, 54, 57, 61, 62, 67, 68, 72, 73, 82, 83, 91, 93, 96, 98]);

/** do_select(): select() on descriptors below n, the timeout in µs (Infinity: none; 0: one look). */
export function* do_select(n: number, fds: FdSetBits, end_time: number): Sim<number> {
  const $f = enter(A$do_select, { n, fds, end_time });
  try {
  const p = currentProcess();
  if (at(A$do_select.L26)) yield;
  // max_select_fd: every descriptor in the sets must be open
  for (const fd of [...fds.in, ...fds.out, ...fds.ex]) {
    const f = p.fdtable.get(fd);
    if (!f || f.reserved) return -ERRNO.EBADF;
  }
  if (at(A$do_select.L34)) yield;
  const table = new PollWqueues(E.current!);
  const wait = poll_initwait(table);
  $f.vars.table = table;
  let timed_out = 0;
  let left = end_time;
  if (at(A$do_select.L36)) yield;
  if (end_time === 0) {
    if (at(A$do_select.L37)) yield;
    wait._qproc = null;
    if (at(A$do_select.L38)) yield;
    timed_out = 1;
  }
  if (at(A$do_select.L41)) yield;
  let retval = 0;
  $f.vars.retval = retval;
  for (;;) {
    if (at(A$do_select.L44)) yield;
    for (let i = 0; i < n; i++) {
      if (at(A$do_select.L48)) yield;
      if (at(A$do_select.L50)) yield;
      if (!fds.in.has(i) && !fds.out.has(i) && !fds.ex.has(i)) continue;
      $f.vars.i = i;
      if (at(A$do_select.L52)) yield;
      const file = p.fdtable.get(i)!;
      if (at(A$do_select.L53)) yield;
      if (at(A$do_select.L54)) yield;
      if (at(A$do_select.L57)) yield;
      const mask = ($E.fast || $E.twinOk[vfs_poll.k] === 1 ? vfs_poll$fast(file, wait) : yield* vfs_poll(file, wait));
      $f.vars.mask = mask;
      if (at(A$do_select.L61)) yield;
      if (mask & POLLIN_SET && fds.in.has(i)) {
        if (at(A$do_select.L62)) yield;
        fds.res_in.add(i);
        retval++;
        wait._qproc = null;
      }
      if (at(A$do_select.L67)) yield;
      if (mask & POLLOUT_SET && fds.out.has(i)) {
        if (at(A$do_select.L68)) yield;
        fds.res_out.add(i);
        retval++;
        wait._qproc = null;
      }
      if (at(A$do_select.L72)) yield;
      if (mask & POLLEX_SET && fds.ex.has(i)) {
        if (at(A$do_select.L73)) yield;
        fds.res_ex.add(i);
        retval++;
        wait._qproc = null;
      }
      $f.vars.retval = retval;
    }
    if (at(A$do_select.L82)) yield;
    wait._qproc = null;
    if (at(A$do_select.L83)) yield;
    if (retval || timed_out) break;
    if (at(A$do_select.L91)) yield;
    if (!table.triggered) {
      const task = E.current!;
      task.waitChannel = 'do_select';
      const remaining = schedule_timeout(task, left);
      yield SLEEP;
      left = remaining();
      if (!table.triggered && left === 0) {
        if (at(A$do_select.L93)) yield;
        timed_out = 1;
      }
    }
    table.triggered = 0;
  }
  if (at(A$do_select.L96)) yield;
  poll_freewait(table);
  if (at(A$do_select.L98)) yield;
  return retval;
  } finally {
    leave($f);
  }
}
const A$do_sys_poll = defineFn('fs/select.c', 'do_sys_poll', [210, 215, 216, 218, 220, 223]);

/** do_sys_poll(): poll(fds, nfds, timeout) with the timeout already in µs (Infinity: none). */
export function* do_sys_poll(fds: Pollfd[], end_time: number): Sim<number> {
  const $f = enter(A$do_sys_poll, { ufds: fds, nfds: fds.length, end_time });
  try {
  const p = currentProcess();
  if (at(A$do_sys_poll.L210)) yield;
  if (fds.length > p.rlimitNofile.cur) return -ERRNO.EINVAL;
  if (at(A$do_sys_poll.L215)) yield;
  const table = new PollWqueues(E.current!);
  const pt = poll_initwait(table);
  $f.vars.table = table;
  if (at(A$do_sys_poll.L216)) yield;
  const fdcount = yield* do_poll(fds, table, pt, end_time);
  $f.vars.fdcount = fdcount;
  if (at(A$do_sys_poll.L218)) yield;
  poll_freewait(table);
  if (at(A$do_sys_poll.L220)) yield;
  if (at(A$do_sys_poll.L223)) yield;
  return fdcount;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../core/engine';
import { sock_poll$fast as sock_poll$fast } from '../net/socket';
function vfs_poll$fast(file: File, pt: PollTable | null): any { const $e = $E;
  if (file.f_op !== 'socket_file_ops') return 0;
  return sock_poll$fast(file, pt);
}
export function do_pollfd$fast(pollfd: Pollfd, pwait: PollTable | null): any { const $e = $E; const $tb: any = $e.lineSink; const $st = $e.current!.stack; let $o: number; let $x = -1;
  const fd = pollfd.fd;
  const $f = ($st.push($FF), $tb !== null && ($o = (A$do_pollfd.L114 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  let mask = 0;
  ++$e.steps;
  if (fd >= 0) {
    $e.steps += 2; if ($tb !== null) ($o = (A$do_pollfd.L117 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    mask = EPOLLNVAL;
    
    const file = currentProcess().fdtable.get(fd);
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$do_pollfd.L119) : $tb.op($e.now, A$do_pollfd.L119));
    if (file && !file.reserved) {
      $e.steps += 2; if ($tb !== null) ($o = (A$do_pollfd.L124 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      const filter = pollfd.events | EPOLLERR | EPOLLHUP;
      
      
      if (pwait) pwait._key = filter;
      ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$do_pollfd.L128) : $tb.op($e.now, A$do_pollfd.L128));
      mask = vfs_poll$fast(file, pwait);
      ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$do_pollfd.L130) : $tb.op($e.now, A$do_pollfd.L130));
      mask &= filter;
    }
  }
  
  $e.steps += 2; $x = A$do_pollfd.L135 | 2097152;
  pollfd.revents = mask;
  
  return mask;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$do_pollfd.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
$kreg(vfs_poll, vfs_poll$fast, 'vfs_poll', () => [sock_poll]);
$kreg(do_pollfd, do_pollfd$fast, 'do_pollfd', () => [vfs_poll]);
