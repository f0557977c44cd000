// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/fs/select.ts
// @ts-nocheck
// fs/select.c: select() and poll(). do_select asks the descriptors of three sets the same way. do_sys_poll sets up a poll_wqueues table whose queueing function (__pollwait)
// puts an entry for the calling task on every file's wait queue the first pass asks, keyed with the
// events asked of that descriptor (do_pollfd's filter, do_select's wait_key_set); do_poll asks each
// descriptor (do_pollfd → vfs_poll → sock_poll → tcp_poll / udp_poll) and, when nothing is ready,
// sleeps until one of those entries' pollwake lets a wake-up through (a socket's sk_data_ready,
// sk_state_change … whose key meets the entry's, or has none) or the timeout ends, then asks again.
import { E, SLEEP, Sim } from '../../core/engine';
import { at, enter, leave } from '../../core/engine';
import { defineFn } from '../../core/anchors';
import { currentProcess, schedule_hrtimeout } from '../../world/current';
import type { File, PollTable, WaitQueueEntry, WaitQueueHead } from '../../include/linux/net';
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

/** struct poll_table_entry: a poll() entry on one file's wait queue — pollwake, the table (wait.private), the events asked (key). */
interface PollTableEntry extends WaitQueueEntry {
  pwq: PollWqueues;
  key: number;
}
/** poll_wqueues.pt: the poll_table the files' poll functions see; __pollwait finds its table from it (container_of). */
interface PollWqueuesPt extends PollTable {
  pwq: PollWqueues;
}
const A$__pollwake = defineFn('fs/select.c', '__pollwake', [20, 21, 23, 26, 29]);

/**
 * __pollwake(): the table triggered, the polling task woken (default_wake_function on a dummy entry:
 * 1 when it was asleep).
 */
export function* __pollwake(wait: WaitQueueEntry, mode: number, sync: number, key: number): Sim<number> {
  const $f = enter(A$__pollwake, { wait, key });
  try {
  if (at(A$__pollwake.L20)) yield;
  const pwq = (wait as PollTableEntry).pwq;
  $f.vars.pwq = pwq;
  if (at(A$__pollwake.L21)) yield;
  if (at(A$__pollwake.L23)) yield;
  if (at(A$__pollwake.L26)) yield;
  pwq.triggered = 1;
  if (at(A$__pollwake.L29)) yield;
  const task = pwq.polling_task;
  if (task.state !== 'sleeping') return 0;
  E.wake(task);
  return 1;
  } finally {
    leave($f);
  }
}
const A$pollwake = defineFn('fs/select.c', 'pollwake', [43, 49, 50, 51]);

/**
 * pollwake(): a polled file woke its queue with `key`, the events that happened (0: unknown, a state
 * change). An entry whose events the key does not meet is passed over — the poller sleeps on —;
 * otherwise __pollwake wakes it. Runs inside the waker (the softirq that received a segment, or a
 * system call), stepped like ep_poll_callback.
 */
export function* pollwake(wait: WaitQueueEntry, mode: number, sync: number, key: number): Sim<number> {
  const $f = enter(A$pollwake, { wait, key });
  try {
  if (at(A$pollwake.L43)) yield;
  const entry = wait as PollTableEntry;
  $f.vars.entry = entry;
  if (at(A$pollwake.L49)) yield;
  if (key && !(key & entry.key)) {
    if (at(A$pollwake.L50)) yield;
    return 0;
  }
  if (at(A$pollwake.L51)) yield;
  return ($E.fast || $E.twinOk[__pollwake.k] === 1 ? __pollwake$fast(wait, mode, sync, key) : yield* __pollwake(wait, mode, sync, key));
  } finally {
    leave($f);
  }
}

/**
 * __pollwait(): the poll_table's queueing function, called by each polled socket's poll
 * (sock_poll_wait) while _qproc is set — on the first pass: one entry (struct poll_table_entry) on
 * that socket's wait queue, pollwake its function and the events asked (p->_key) its key. Plain: the
 * poll functions call it through the table (p->_qproc), as plain functions, so that they keep their
 * fast twins; its lines are not shown.
 */
function __pollwait(_filp: File, wait_address: WaitQueueHead, p: PollTable): void {
  const pwq = (p as PollWqueuesPt).pwq;
  const entry: PollTableEntry = { task: null, exclusive: false, kfunc: pollwake, name: `pollwake (${pwq.polling_task.name})`, pwq, key: p._key };
  add_wait_queue_entry(wait_address, entry);
  pwq.entries.push({ whead: wait_address, entry });
}

/** poll_initwait(): the table, and its poll_table, whose _qproc is __pollwait. */
function poll_initwait(pwq: PollWqueues): PollTable {
  const pt: PollWqueuesPt = { _key: ~0, _qproc: __pollwait, pwq };
  return pt;
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
const A$do_pollfd = defineFn('fs/select.c', 'do_pollfd', [182, 185, 186, 187, 192, 193, 196, 198, 203, 204]);

export function* do_pollfd(pollfd: Pollfd, pwait: PollTable | null): Sim<number> {
  const fd = pollfd.fd;
  const $f = enter(A$do_pollfd, { pollfd, fd });
  try {
  let mask = 0;
  if (at(A$do_pollfd.L182)) yield;
  if (fd >= 0) {
    if (at(A$do_pollfd.L185)) yield;
    mask = EPOLLNVAL;
    if (at(A$do_pollfd.L186)) yield;
    const file = currentProcess().fdtable.get(fd);
    if (at(A$do_pollfd.L187)) yield;
    if (file && !file.reserved) {
      if (at(A$do_pollfd.L192)) yield;
      const filter = pollfd.events | EPOLLERR | EPOLLHUP;
      $f.vars.filter = filter;
      if (at(A$do_pollfd.L193)) yield;
      if (pwait) pwait._key = filter;
      if (at(A$do_pollfd.L196)) yield;
      mask = ($E.fast || $E.twinOk[vfs_poll.k] === 1 ? vfs_poll$fast(file, pwait) : yield* vfs_poll(file, pwait));
      if (at(A$do_pollfd.L198)) yield;
      mask &= filter;
    }
  }
  $f.vars.mask = mask;
  if (at(A$do_pollfd.L203)) yield;
  pollfd.revents = mask;
  if (at(A$do_pollfd.L204)) yield;
  return mask;
  } finally {
    leave($f);
  }
}
const A$poll_schedule_timeout = defineFn('fs/select.c', 'poll_schedule_timeout', [64, 66, 68, 69, 70, 73, 75]);

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
  if (at(A$poll_schedule_timeout.L64)) yield;
  let rc = -ERRNO.EINTR;
  if (at(A$poll_schedule_timeout.L66)) yield;
  if (at(A$poll_schedule_timeout.L68)) yield;
  if (!pwq.triggered) {
    if (at(A$poll_schedule_timeout.L69)) yield;
    const task = E.current!;
    task.waitChannel = 'poll_schedule_timeout';
    const remaining = schedule_hrtimeout(task, expires - E.now);
    yield SLEEP;
    if (remaining() === 0) rc = 0;
  }
  $f.vars.rc = rc;
  if (at(A$poll_schedule_timeout.L70)) yield;
  if (at(A$poll_schedule_timeout.L73)) yield;
  pwq.triggered = 0;
  if (at(A$poll_schedule_timeout.L75)) yield;
  return rc;
  } finally {
    leave($f);
  }
}
const A$do_poll = defineFn('fs/select.c', 'do_poll', [222, 223, 224, 230, 237, 239, 240, 249, 252, 261, 262, 264]);

/** do_poll(): timeout in µs, or Infinity (a negative timeout), or 0 (no wait). */
export function* do_poll(list: Pollfd[], wait: PollWqueues, pt: PollTable, end_time: number): Sim<number> {
  const $f = enter(A$do_poll, { list, wait, end_time });
  try {
  let timed_out = 0;
  let count = 0;
  // (to: the absolute end, as do_poll's `expire` — the clock's µs)
  const expires = E.now + end_time;
  if (at(A$do_poll.L222)) yield;
  if (end_time === 0) {
    if (at(A$do_poll.L223)) yield;
    pt._qproc = null;
    if (at(A$do_poll.L224)) yield;
    timed_out = 1;
  }
  for (;;) {
    if (at(A$do_poll.L230)) yield;
    for (const pfd of list) {
      if (at(A$do_poll.L237)) yield;
      if (($E.fast || $E.twinOk[do_pollfd.k] === 1 ? do_pollfd$fast(pfd, pt) : yield* do_pollfd(pfd, pt))) {
        if (at(A$do_poll.L239)) yield;
        count++;
        $f.vars.count = count;
        if (at(A$do_poll.L240)) yield;
        pt._qproc = null;
      }
    }
    if (at(A$do_poll.L249)) yield;
    pt._qproc = null;
    if (at(A$do_poll.L252)) yield;
    if (count || timed_out) break;
    if (at(A$do_poll.L261)) yield;
    if (!(yield* poll_schedule_timeout(wait, expires))) {
      if (at(A$do_poll.L262)) yield;
      timed_out = 1;
    }
  }
  if (at(A$do_poll.L264)) yield;
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
const A$do_select = defineFn('fs/select.c', 'do_select', [92, 100, 102, 103, 104, 107, 110, 114, 116, 118, 119, 122, 125, 129, 130, 135, 136, 140, 141, 150, 151, 159, 161, 164, 166]);

/** do_select(): select() on descriptors below n, the timeout in µs (Infinity: none; 0: one look). */
export function* do_select(n: number, fds: FdSetBits, end_time: number): Sim<number> {
  const $f = enter(A$do_select, { n, fds, end_time });
  try {
  const p = currentProcess();
  if (at(A$do_select.L92)) yield;
  // max_select_fd: every descriptor in the sets must be open
  for (const fd of [...fds.in, ...fds.out, ...fds.ex]) {
    const f = p.fdtable.get(fd);
    if (!f || f.reserved) return -ERRNO.EBADF;
  }
  if (at(A$do_select.L100)) yield;
  const table = new PollWqueues(E.current!);
  const wait = poll_initwait(table);
  $f.vars.table = table;
  let timed_out = 0;
  const expires = E.now + end_time;
  if (at(A$do_select.L102)) yield;
  if (end_time === 0) {
    if (at(A$do_select.L103)) yield;
    wait._qproc = null;
    if (at(A$do_select.L104)) yield;
    timed_out = 1;
  }
  if (at(A$do_select.L107)) yield;
  let retval = 0;
  $f.vars.retval = retval;
  for (;;) {
    if (at(A$do_select.L110)) yield;
    for (let i = 0; i < n; i++) {
      if (at(A$do_select.L114)) yield;
      if (at(A$do_select.L116)) yield;
      if (!fds.in.has(i) && !fds.out.has(i) && !fds.ex.has(i)) continue;
      $f.vars.i = i;
      if (at(A$do_select.L118)) yield;
      const file = p.fdtable.get(i)!;
      if (at(A$do_select.L119)) yield;
      if (at(A$do_select.L122)) yield;
      wait._key = POLLEX_SET | (fds.in.has(i) ? POLLIN_SET : 0) | (fds.out.has(i) ? POLLOUT_SET : 0);
      if (at(A$do_select.L125)) yield;
      const mask = ($E.fast || $E.twinOk[vfs_poll.k] === 1 ? vfs_poll$fast(file, wait) : yield* vfs_poll(file, wait));
      $f.vars.mask = mask;
      if (at(A$do_select.L129)) yield;
      if (mask & POLLIN_SET && fds.in.has(i)) {
        if (at(A$do_select.L130)) yield;
        fds.res_in.add(i);
        retval++;
        wait._qproc = null;
      }
      if (at(A$do_select.L135)) yield;
      if (mask & POLLOUT_SET && fds.out.has(i)) {
        if (at(A$do_select.L136)) yield;
        fds.res_out.add(i);
        retval++;
        wait._qproc = null;
      }
      if (at(A$do_select.L140)) yield;
      if (mask & POLLEX_SET && fds.ex.has(i)) {
        if (at(A$do_select.L141)) yield;
        fds.res_ex.add(i);
        retval++;
        wait._qproc = null;
      }
      $f.vars.retval = retval;
    }
    if (at(A$do_select.L150)) yield;
    wait._qproc = null;
    if (at(A$do_select.L151)) yield;
    if (retval || timed_out) break;
    if (at(A$do_select.L159)) yield;
    if (!(yield* poll_schedule_timeout(table, expires))) {
      if (at(A$do_select.L161)) yield;
      timed_out = 1;
    }
  }
  if (at(A$do_select.L164)) yield;
  poll_freewait(table);
  if (at(A$do_select.L166)) yield;
  return retval;
  } finally {
    leave($f);
  }
}
const A$do_sys_poll = defineFn('fs/select.c', 'do_sys_poll', [278, 283, 284, 286, 288, 291]);

/** do_sys_poll(): poll(fds, nfds, timeout) with the timeout already in µs (Infinity: none). */
export function* do_sys_poll(fds: Pollfd[], end_time: number): Sim<number> {
  const $f = enter(A$do_sys_poll, { ufds: fds, nfds: fds.length, end_time });
  try {
  const p = currentProcess();
  if (at(A$do_sys_poll.L278)) yield;
  if (fds.length > p.rlimitNofile.cur) return -ERRNO.EINVAL;
  if (at(A$do_sys_poll.L283)) yield;
  const table = new PollWqueues(E.current!);
  const pt = poll_initwait(table);
  $f.vars.table = table;
  if (at(A$do_sys_poll.L284)) yield;
  const fdcount = yield* do_poll(fds, table, pt, end_time);
  $f.vars.fdcount = fdcount;
  if (at(A$do_sys_poll.L286)) yield;
  poll_freewait(table);
  if (at(A$do_sys_poll.L288)) yield;
  if (at(A$do_sys_poll.L291)) yield;
  return fdcount;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../core/engine';
import { sock_poll$fast as sock_poll$fast } from '../net/socket';
export function __pollwake$fast(wait: WaitQueueEntry, mode: number, sync: number, key: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0;
  const $f = ($tb !== null && ($o = (A$__pollwake.L20 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 5;
  const pwq = (wait as PollTableEntry).pwq;
  
  
  
  
  pwq.triggered = 1;
  
  const task = pwq.polling_task;
  if (task.state !== 'sleeping') return ($r = (0), ($e.steps += $s, $tb !== null && ($o = (A$__pollwake.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  E.wake(task);
  return ($r = (1), ($e.steps += $s, $tb !== null && ($o = (A$__pollwake.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function pollwake$fast(wait: WaitQueueEntry, mode: number, sync: number, key: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$pollwake.L43 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  const entry = wait as PollTableEntry;
  
  
  if (key && !(key & entry.key)) {
    ++$s; $x = A$pollwake.L50 | 1048576;
    return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$pollwake.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$pollwake.L51) : $tb.op($e.now, A$pollwake.L51));
  return ($r = (__pollwake$fast(wait, mode, sync, key)), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$pollwake.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function vfs_poll$fast(file: File, pt: PollTable | null): any { const $e = $E;
  if (file.f_op !== 'socket_file_ops') return 0;
  return sock_poll$fast(file, pt);
}
export function do_pollfd$fast(pollfd: Pollfd, pwait: PollTable | null): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const fd = pollfd.fd;
  const $f = ($tb !== null && ($o = (A$do_pollfd.L182 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  let mask = 0;
  ++$s;
  if (fd >= 0) {
    $s += 2; if ($tb !== null) ($o = (A$do_pollfd.L185 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    mask = EPOLLNVAL;
    
    const file = currentProcess().fdtable.get(fd);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$do_pollfd.L187) : $tb.op($e.now, A$do_pollfd.L187));
    if (file && !file.reserved) {
      $s += 2; if ($tb !== null) ($o = (A$do_pollfd.L192 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      const filter = pollfd.events | EPOLLERR | EPOLLHUP;
      
      
      if (pwait) pwait._key = filter;
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$do_pollfd.L196) : $tb.op($e.now, A$do_pollfd.L196));
      mask = vfs_poll$fast(file, pwait);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$do_pollfd.L198) : $tb.op($e.now, A$do_pollfd.L198));
      mask &= filter;
    }
  }
  
  $s += 2; $x = A$do_pollfd.L203 | 2097152;
  pollfd.revents = mask;
  
  return ($r = (mask), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$do_pollfd.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(__pollwake, __pollwake$fast, '__pollwake', () => []);
$kreg(pollwake, pollwake$fast, 'pollwake', () => [__pollwake]);
$kreg(vfs_poll, vfs_poll$fast, 'vfs_poll', () => [sock_poll]);
$kreg(do_pollfd, do_pollfd$fast, 'do_pollfd', () => [vfs_poll]);

// ---- kernel names ----
(pollwake as any).kname = 'pollwake';
(__pollwait as any).kname = '__pollwait';
