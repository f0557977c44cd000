// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/fs/select.ts
// @ts-nocheck
// fs/select.c: poll(). do_sys_poll sets up a poll_wqueues table whose queueing function (__pollwait)
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
import { EPOLLERR, EPOLLHUP, EPOLLNVAL, PollWqueues } from '../../include/linux/eventpoll';
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
const A$do_pollfd = defineFn('fs/select.c', 'do_pollfd', {
  L25: 'if (fd < 0)',
  L28: 'mask = EPOLLNVAL;',
  L29: 'f = fdget(fd);',
  L30: 'if (!f.file)',
  L35: 'filter = demangle_poll(pollfd->events) | EPOLLERR | EPOLLHUP;',
  L36: 'pwait->_key = filter | busy_flag;',
  L39: 'mask = vfs_poll(f.file, pwait);',
  L41: 'mask &= filter;',
  L46: 'pollfd->revents = mangle_poll(mask);',
  L47: 'return mask;',
});

export function* do_pollfd(pollfd: Pollfd, pwait: PollTable | null): Sim<number> {
  const fd = pollfd.fd;
  const $f = enter(A$do_pollfd, { pollfd, fd });
  try {
  let mask = 0;
  if (at(A$do_pollfd.L25)) yield;
  if (fd >= 0) {
    if (at(A$do_pollfd.L28)) yield;
    mask = EPOLLNVAL;
    if (at(A$do_pollfd.L29)) yield;
    const file = currentProcess().fdtable.get(fd);
    if (at(A$do_pollfd.L30)) yield;
    if (file && !file.reserved) {
      if (at(A$do_pollfd.L35)) yield;
      const filter = pollfd.events | EPOLLERR | EPOLLHUP;
      $f.vars.filter = filter;
      if (at(A$do_pollfd.L36)) yield;
      if (pwait) pwait._key = filter;
      if (at(A$do_pollfd.L39)) yield;
      mask = ($E.fast || $E.twinOk[vfs_poll.k] === 1 ? vfs_poll$fast(file, pwait) : yield* vfs_poll(file, pwait));
      if (at(A$do_pollfd.L41)) yield;
      mask &= filter;
    }
  }
  $f.vars.mask = mask;
  if (at(A$do_pollfd.L46)) yield;
  pollfd.revents = mask;
  if (at(A$do_pollfd.L47)) yield;
  return mask;
  } finally {
    leave($f);
  }
}
const A$do_poll = defineFn('fs/select.c', 'do_poll', {
  L65: 'if (end_time && !end_time->tv_sec && !end_time->tv_nsec) {',
  L66: 'pt->_qproc = NULL;#1',
  L67: 'timed_out = 1;#1',
  L73: 'for (walk = list; walk != NULL; walk = walk->next) {',
  L80: 'if (do_pollfd(pfd, pt, &can_busy_loop,',
  L82: 'count++;',
  L83: 'pt->_qproc = NULL;#2',
  L92: 'pt->_qproc = NULL;#3',
  L95: 'if (count || timed_out)',
  L104: 'if (!poll_schedule_timeout(wait, TASK_INTERRUPTIBLE, to, slack))',
  L105: 'timed_out = 1;#2',
  L107: 'return count;',
});

/** do_poll(): timeout in µs, or Infinity (a negative timeout), or 0 (no wait). */
export function* do_poll(list: Pollfd[], wait: PollWqueues, pt: PollTable, end_time: number): Sim<number> {
  const $f = enter(A$do_poll, { list, wait, end_time });
  try {
  let timed_out = 0;
  let count = 0;
  let left = end_time;
  if (at(A$do_poll.L65)) yield;
  if (end_time === 0) {
    if (at(A$do_poll.L66)) yield;
    pt._qproc = null;
    if (at(A$do_poll.L67)) yield;
    timed_out = 1;
  }
  for (;;) {
    if (at(A$do_poll.L73)) yield;
    for (const pfd of list) {
      if (at(A$do_poll.L80)) yield;
      if (($E.fast || $E.twinOk[do_pollfd.k] === 1 ? do_pollfd$fast(pfd, pt) : yield* do_pollfd(pfd, pt))) {
        if (at(A$do_poll.L82)) yield;
        count++;
        $f.vars.count = count;
        if (at(A$do_poll.L83)) yield;
        pt._qproc = null;
      }
    }
    if (at(A$do_poll.L92)) yield;
    pt._qproc = null;
    if (at(A$do_poll.L95)) yield;
    if (count || timed_out) break;
    if (at(A$do_poll.L104)) yield;
    // poll_schedule_timeout: sleep unless a pollwake already came; then forget it
    if (!wait.triggered) {
      const task = E.current!;
      task.waitChannel = 'do_poll';
      const remaining = schedule_timeout(task, left);
      yield SLEEP;
      left = remaining();
      if (!wait.triggered && left === 0) {
        if (at(A$do_poll.L105)) yield;
        timed_out = 1;
      }
    }
    wait.triggered = 0;
  }
  if (at(A$do_poll.L107)) yield;
  return count;
  } finally {
    leave($f);
  }
}
const A$do_sys_poll = defineFn('fs/select.c', 'do_sys_poll', {
  L121: 'if (nfds > rlimit(RLIMIT_NOFILE))',
  L126: 'poll_initwait(&table);',
  L127: 'fdcount = do_poll(head, &table, end_time);',
  L129: 'poll_freewait(&table);',
  L131: 'err = fdcount;',
  L134: 'return err;',
});

/** do_sys_poll(): poll(fds, nfds, timeout) with the timeout already in µs (Infinity: none). */
export function* do_sys_poll(fds: Pollfd[], end_time: number): Sim<number> {
  const $f = enter(A$do_sys_poll, { ufds: fds, nfds: fds.length, end_time });
  try {
  const p = currentProcess();
  if (at(A$do_sys_poll.L121)) yield;
  if (fds.length > p.rlimitNofile.cur) return -ERRNO.EINVAL;
  if (at(A$do_sys_poll.L126)) yield;
  const table = new PollWqueues(E.current!);
  const pt = poll_initwait(table);
  $f.vars.table = table;
  if (at(A$do_sys_poll.L127)) yield;
  const fdcount = yield* do_poll(fds, table, pt, end_time);
  $f.vars.fdcount = fdcount;
  if (at(A$do_sys_poll.L129)) yield;
  poll_freewait(table);
  if (at(A$do_sys_poll.L131)) yield;
  if (at(A$do_sys_poll.L134)) yield;
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
  const $f = ($st.push($FF), $tb !== null && ($o = (A$do_pollfd.L25 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  try {
  let mask = 0;
  ++$e.steps;
  if (fd >= 0) {
    $e.steps += 2; if ($tb !== null) ($o = (A$do_pollfd.L28 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    mask = EPOLLNVAL;
    
    const file = currentProcess().fdtable.get(fd);
    ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$do_pollfd.L30) : $tb.op($e.now, A$do_pollfd.L30));
    if (file && !file.reserved) {
      $e.steps += 2; if ($tb !== null) ($o = (A$do_pollfd.L35 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      const filter = pollfd.events | EPOLLERR | EPOLLHUP;
      
      
      if (pwait) pwait._key = filter;
      ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$do_pollfd.L39) : $tb.op($e.now, A$do_pollfd.L39));
      mask = vfs_poll$fast(file, pwait);
      ++$e.steps; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$do_pollfd.L41) : $tb.op($e.now, A$do_pollfd.L41));
      mask &= filter;
    }
  }
  
  $e.steps += 2; $x = A$do_pollfd.L46 | 2097152;
  pollfd.revents = mask;
  
  return mask;
  } finally {
    ($st.pop(), $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$do_pollfd.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
  }
}
$kreg(vfs_poll, vfs_poll$fast, 'vfs_poll', () => [sock_poll]);
$kreg(do_pollfd, do_pollfd$fast, 'do_pollfd', () => [vfs_poll]);
