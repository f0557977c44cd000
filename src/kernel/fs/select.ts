// fs/select.c: poll(). do_sys_poll sets up a poll_wqueues table whose queueing function (__pollwait)
// puts an entry for the calling task on every file's wait queue the first pass asks; do_poll asks each
// descriptor (do_pollfd → vfs_poll → sock_poll → tcp_poll / udp_poll) and, when nothing is ready,
// sleeps until one of those entries' pollwake runs (a socket's sk_data_ready, sk_state_change …) or the
// timeout ends, then asks again.

import { E, SLEEP, Sim } from '../core/engine';
import { frame, line } from '../core/mark';
import { currentProcess, schedule_timeout } from '../world/current';
import type { File, PollTable, WaitQueueEntry } from '../include/linux/net';
import { add_wait_queue_entry, remove_wait_queue_entry } from '../include/linux/net';
import { EPOLLERR, EPOLLHUP, EPOLLNVAL, PollWqueues } from '../include/linux/eventpoll';
import { ERRNO } from '../include/uapi';
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
  return yield* sock_poll(file, pt);
}

export function* do_pollfd(pollfd: Pollfd, pwait: PollTable | null): Sim<number> {
  const fd = pollfd.fd;
  frame({ pollfd, fd });
  let mask = 0;
  line`if (fd < 0)`;
  if (fd >= 0) {
    line`mask = EPOLLNVAL;`;
    mask = EPOLLNVAL;
    line`f = fdget(fd);`;
    const file = currentProcess().fdtable.get(fd);
    line`if (!f.file)`;
    if (file && !file.reserved) {
      line`filter = demangle_poll(pollfd->events) | EPOLLERR | EPOLLHUP;`;
      const filter = pollfd.events | EPOLLERR | EPOLLHUP;
      frame.filter = filter;
      line`pwait->_key = filter | busy_flag;`;
      if (pwait) pwait._key = filter;
      line`mask = vfs_poll(f.file, pwait);`;
      mask = yield* vfs_poll(file, pwait);
      line`mask &= filter;`;
      mask &= filter;
    }
  }
  frame.mask = mask;
  line`pollfd->revents = mangle_poll(mask);`;
  pollfd.revents = mask;
  line`return mask;`;
  return mask;
}

/** do_poll(): timeout in µs, or Infinity (a negative timeout), or 0 (no wait). */
export function* do_poll(list: Pollfd[], wait: PollWqueues, pt: PollTable, end_time: number): Sim<number> {
  frame({ list, wait, end_time });
  let timed_out = 0;
  let count = 0;
  let left = end_time;
  line`if (end_time && !end_time->tv_sec && !end_time->tv_nsec) {`;
  if (end_time === 0) {
    line`pt->_qproc = NULL;#1`;
    pt._qproc = null;
    line`timed_out = 1;#1`;
    timed_out = 1;
  }
  for (;;) {
    line`for (walk = list; walk != NULL; walk = walk->next) {`;
    for (const pfd of list) {
      line`if (do_pollfd(pfd, pt, &can_busy_loop,`;
      if (yield* do_pollfd(pfd, pt)) {
        line`count++;`;
        count++;
        frame.count = count;
        line`pt->_qproc = NULL;#2`;
        pt._qproc = null;
      }
    }
    line`pt->_qproc = NULL;#3`;
    pt._qproc = null;
    line`if (count || timed_out)`;
    if (count || timed_out) break;
    line`if (!poll_schedule_timeout(wait, TASK_INTERRUPTIBLE, to, slack))`;
    // poll_schedule_timeout: sleep unless a pollwake already came; then forget it
    if (!wait.triggered) {
      const task = E.current!;
      task.waitChannel = 'do_poll';
      const remaining = schedule_timeout(task, left);
      yield SLEEP;
      left = remaining();
      if (!wait.triggered && left === 0) {
        line`timed_out = 1;#2`;
        timed_out = 1;
      }
    }
    wait.triggered = 0;
  }
  line`return count;`;
  return count;
}

/** do_sys_poll(): poll(fds, nfds, timeout) with the timeout already in µs (Infinity: none). */
export function* do_sys_poll(fds: Pollfd[], end_time: number): Sim<number> {
  frame({ ufds: fds, nfds: fds.length, end_time });
  const p = currentProcess();
  line`if (nfds > rlimit(RLIMIT_NOFILE))`;
  if (fds.length > p.rlimitNofile.cur) return -ERRNO.EINVAL;
  line`poll_initwait(&table);`;
  const table = new PollWqueues(E.current!);
  const pt = poll_initwait(table);
  frame.table = table;
  line`fdcount = do_poll(head, &table, end_time);`;
  const fdcount = yield* do_poll(fds, table, pt, end_time);
  frame.fdcount = fdcount;
  line`poll_freewait(&table);`;
  poll_freewait(table);
  line`err = fdcount;`;
  line`return err;`;
  return fdcount;
}
