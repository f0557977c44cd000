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

/**
 * pollwake(): a polled file woke its queue — mark the table triggered and wake the polling task. Runs
 * inside the waker (softirq or a system call), as a plain function: not shown line by line. v5.4 first
 * compares the wake-up's key (the events it is about) with the entry's (`if (key && !(key_to_poll(key) &
 * entry->key)) return 0;`); the wake-ups here carry no key yet, so every one wakes the poller, which
 * asks all its descriptors again and sleeps again if none is ready — what v5.4 does for a keyless wake-up.
 */
function pollwake(pwq: PollWqueues): void {
  pwq.triggered = 1;
  E.wake(pwq.polling_task);
}

/**
 * poll_initwait(): the table, and the poll_table whose _qproc is __pollwait: called by each polled
 * socket's poll (sock_poll_wait) on the first pass, it puts one entry (struct poll_table_entry) on that
 * socket's wait queue, pollwake its function — one per socket, whatever the events asked.
 */
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
const A$do_pollfd = defineFn('fs/select.c', 'do_pollfd', [138, 141, 142, 143, 148, 149, 152, 154, 159, 160]);

export function* do_pollfd(pollfd: Pollfd, pwait: PollTable | null): Sim<number> {
  const fd = pollfd.fd;
  const $f = enter(A$do_pollfd, { pollfd, fd });
  try {
  let mask = 0;
  if (at(A$do_pollfd.L138)) yield;
  if (fd >= 0) {
    if (at(A$do_pollfd.L141)) yield;
    mask = EPOLLNVAL;
    if (at(A$do_pollfd.L142)) yield;
    const file = currentProcess().fdtable.get(fd);
    if (at(A$do_pollfd.L143)) yield;
    if (file && !file.reserved) {
      if (at(A$do_pollfd.L148)) yield;
      const filter = pollfd.events | EPOLLERR | EPOLLHUP;
      $f.vars.filter = filter;
      if (at(A$do_pollfd.L149)) yield;
      if (pwait) pwait._key = filter;
      if (at(A$do_pollfd.L152)) yield;
      mask = ($E.fast || $E.twinOk[vfs_poll.k] === 1 ? vfs_poll$fast(file, pwait) : yield* vfs_poll(file, pwait));
      if (at(A$do_pollfd.L154)) yield;
      mask &= filter;
    }
  }
  $f.vars.mask = mask;
  if (at(A$do_pollfd.L159)) yield;
  pollfd.revents = mask;
  if (at(A$do_pollfd.L160)) yield;
  return mask;
  } finally {
    leave($f);
  }
}
const A$poll_schedule_timeout = defineFn('fs/select.c', 'poll_schedule_timeout', [22, 24, 26, 27, 28, 31, 33]);

/**
 * poll_schedule_timeout(): sleep until a pollwake (on any of the table's entries) marked the table
 * triggered, or the time is up at `expires` (µs on the clock; Infinity: never). Returns 0 when the
 * time ran out, -EINTR when woken (v5.4: schedule_hrtimeout_range's answers). The sleeping task's
 * wait channel is poll_schedule_timeout, as /proc/PID/wchan names it (the hrtimer functions below it
 * are scheduler functions, which wchan skips).
 */
export function* poll_schedule_timeout(pwq: PollWqueues, expires: number): Sim<number> {
  const $f = enter(A$poll_schedule_timeout, { pwq, expires });
  try {
  if (at(A$poll_schedule_timeout.L22)) yield;
  let rc = -ERRNO.EINTR;
  if (at(A$poll_schedule_timeout.L24)) yield;
  if (at(A$poll_schedule_timeout.L26)) yield;
  if (!pwq.triggered) {
    if (at(A$poll_schedule_timeout.L27)) yield;
    const task = E.current!;
    task.waitChannel = 'poll_schedule_timeout';
    const remaining = schedule_timeout(task, expires - E.now);
    yield SLEEP;
    if (remaining() === 0) rc = 0;
  }
  $f.vars.rc = rc;
  if (at(A$poll_schedule_timeout.L28)) yield;
  if (at(A$poll_schedule_timeout.L31)) yield;
  pwq.triggered = 0;
  if (at(A$poll_schedule_timeout.L33)) yield;
  return rc;
  } finally {
    leave($f);
  }
}
const A$do_poll = defineFn('fs/select.c', 'do_poll', [178, 179, 180, 186, 193, 195, 196, 205, 208, 217, 218, 220]);

/** do_poll(): timeout in µs, or Infinity (a negative timeout), or 0 (no wait). */
export function* do_poll(list: Pollfd[], wait: PollWqueues, pt: PollTable, end_time: number): Sim<number> {
  const $f = enter(A$do_poll, { list, wait, end_time });
  try {
  let timed_out = 0;
  let count = 0;
  // (to: the absolute end, as do_poll's `expire` — the clock's µs)
  const expires = E.now + end_time;
  if (at(A$do_poll.L178)) yield;
  if (end_time === 0) {
    if (at(A$do_poll.L179)) yield;
    pt._qproc = null;
    if (at(A$do_poll.L180)) yield;
    timed_out = 1;
  }
  for (;;) {
    if (at(A$do_poll.L186)) yield;
    for (const pfd of list) {
      if (at(A$do_poll.L193)) yield;
      if (($E.fast || $E.twinOk[do_pollfd.k] === 1 ? do_pollfd$fast(pfd, pt) : yield* do_pollfd(pfd, pt))) {
        if (at(A$do_poll.L195)) yield;
        count++;
        $f.vars.count = count;
        if (at(A$do_poll.L196)) yield;
        pt._qproc = null;
      }
    }
    if (at(A$do_poll.L205)) yield;
    pt._qproc = null;
    if (at(A$do_poll.L208)) yield;
    if (count || timed_out) break;
    if (at(A$do_poll.L217)) yield;
    if (!(yield* poll_schedule_timeout(wait, expires))) {
      if (at(A$do_poll.L218)) yield;
      timed_out = 1;
    }
  }
  if (at(A$do_poll.L220)) yield;
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
const A$do_select = defineFn('fs/select.c', 'do_select', [50, 58, 60, 61, 62, 65, 68, 72, 74, 76, 77, 78, 81, 85, 86, 91, 92, 96, 97, 106, 107, 115, 117, 120, 122]);

/** do_select(): select() on descriptors below n, the timeout in µs (Infinity: none; 0: one look). */
export function* do_select(n: number, fds: FdSetBits, end_time: number): Sim<number> {
  const $f = enter(A$do_select, { n, fds, end_time });
  try {
  const p = currentProcess();
  if (at(A$do_select.L50)) yield;
  // max_select_fd: every descriptor in the sets must be open
  for (const fd of [...fds.in, ...fds.out, ...fds.ex]) {
    const f = p.fdtable.get(fd);
    if (!f || f.reserved) return -ERRNO.EBADF;
  }
  if (at(A$do_select.L58)) yield;
  const table = new PollWqueues(E.current!);
  const wait = poll_initwait(table);
  $f.vars.table = table;
  let timed_out = 0;
  const expires = E.now + end_time;
  if (at(A$do_select.L60)) yield;
  if (end_time === 0) {
    if (at(A$do_select.L61)) yield;
    wait._qproc = null;
    if (at(A$do_select.L62)) yield;
    timed_out = 1;
  }
  if (at(A$do_select.L65)) yield;
  let retval = 0;
  $f.vars.retval = retval;
  for (;;) {
    if (at(A$do_select.L68)) yield;
    for (let i = 0; i < n; i++) {
      if (at(A$do_select.L72)) yield;
      if (at(A$do_select.L74)) yield;
      if (!fds.in.has(i) && !fds.out.has(i) && !fds.ex.has(i)) continue;
      $f.vars.i = i;
      if (at(A$do_select.L76)) yield;
      const file = p.fdtable.get(i)!;
      if (at(A$do_select.L77)) yield;
      if (at(A$do_select.L78)) yield;
      if (at(A$do_select.L81)) yield;
      const mask = ($E.fast || $E.twinOk[vfs_poll.k] === 1 ? vfs_poll$fast(file, wait) : yield* vfs_poll(file, wait));
      $f.vars.mask = mask;
      if (at(A$do_select.L85)) yield;
      if (mask & POLLIN_SET && fds.in.has(i)) {
        if (at(A$do_select.L86)) yield;
        fds.res_in.add(i);
        retval++;
        wait._qproc = null;
      }
      if (at(A$do_select.L91)) yield;
      if (mask & POLLOUT_SET && fds.out.has(i)) {
        if (at(A$do_select.L92)) yield;
        fds.res_out.add(i);
        retval++;
        wait._qproc = null;
      }
      if (at(A$do_select.L96)) yield;
      if (mask & POLLEX_SET && fds.ex.has(i)) {
        if (at(A$do_select.L97)) yield;
        fds.res_ex.add(i);
        retval++;
        wait._qproc = null;
      }
      $f.vars.retval = retval;
    }
    if (at(A$do_select.L106)) yield;
    wait._qproc = null;
    if (at(A$do_select.L107)) yield;
    if (retval || timed_out) break;
    if (at(A$do_select.L115)) yield;
    if (!(yield* poll_schedule_timeout(table, expires))) {
      if (at(A$do_select.L117)) yield;
      timed_out = 1;
    }
  }
  if (at(A$do_select.L120)) yield;
  poll_freewait(table);
  if (at(A$do_select.L122)) yield;
  return retval;
  } finally {
    leave($f);
  }
}
const A$do_sys_poll = defineFn('fs/select.c', 'do_sys_poll', [234, 239, 240, 242, 244, 247]);

/** do_sys_poll(): poll(fds, nfds, timeout) with the timeout already in µs (Infinity: none). */
export function* do_sys_poll(fds: Pollfd[], end_time: number): Sim<number> {
  const $f = enter(A$do_sys_poll, { ufds: fds, nfds: fds.length, end_time });
  try {
  const p = currentProcess();
  if (at(A$do_sys_poll.L234)) yield;
  if (fds.length > p.rlimitNofile.cur) return -ERRNO.EINVAL;
  if (at(A$do_sys_poll.L239)) yield;
  const table = new PollWqueues(E.current!);
  const pt = poll_initwait(table);
  $f.vars.table = table;
  if (at(A$do_sys_poll.L240)) yield;
  const fdcount = yield* do_poll(fds, table, pt, end_time);
  $f.vars.fdcount = fdcount;
  if (at(A$do_sys_poll.L242)) yield;
  poll_freewait(table);
  if (at(A$do_sys_poll.L244)) yield;
  if (at(A$do_sys_poll.L247)) yield;
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
export function do_pollfd$fast(pollfd: Pollfd, pwait: PollTable | null): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $x = -1;
  const fd = pollfd.fd;
  const $f = (++$e.twinDepth, $tb !== null && ($o = (A$do_pollfd.L138 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  let mask = 0;
  ++$e.steps;
  if (fd >= 0) {
    $e.steps += 2; if ($tb !== null) ($o = (A$do_pollfd.L141 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    mask = EPOLLNVAL;
    
    const file = currentProcess().fdtable.get(fd);
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$do_pollfd.L143) : $tb.op($e.now, A$do_pollfd.L143));
    if (file && !file.reserved) {
      $e.steps += 2; if ($tb !== null) ($o = (A$do_pollfd.L148 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      const filter = pollfd.events | EPOLLERR | EPOLLHUP;
      
      
      if (pwait) pwait._key = filter;
      ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$do_pollfd.L152) : $tb.op($e.now, A$do_pollfd.L152));
      mask = vfs_poll$fast(file, pwait);
      ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$do_pollfd.L154) : $tb.op($e.now, A$do_pollfd.L154));
      mask &= filter;
    }
  }
  
  $e.steps += 2; $x = A$do_pollfd.L159 | 2097152;
  pollfd.revents = mask;
  
  return mask;
  } finally {
    (--$e.twinDepth, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$do_pollfd.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
$kreg(vfs_poll, vfs_poll$fast, 'vfs_poll', () => [sock_poll]);
$kreg(do_pollfd, do_pollfd$fast, 'do_pollfd', () => [vfs_poll]);
