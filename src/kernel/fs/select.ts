// fs/select.c: select() and poll(). do_select asks the descriptors of three sets the same way. do_sys_poll sets up a poll_wqueues table whose queueing function (__pollwait)
// puts an entry for the calling task on every file's wait queue the first pass asks, keyed with the
// events asked of that descriptor (do_pollfd's filter, do_select's wait_key_set); do_poll asks each
// descriptor (do_pollfd → vfs_poll → sock_poll → tcp_poll / udp_poll) and, when nothing is ready,
// sleeps until one of those entries' pollwake lets a wake-up through (a socket's sk_data_ready,
// sk_state_change … whose key meets the entry's, or has none) or the timeout ends, then asks again.
import { E, SLEEP, Sim } from '../core/engine';
import { frame, line } from '../core/mark';
import { currentProcess, schedule_hrtimeout } from '../world/current';
import type { File, PollTable, WaitQueueEntry, WaitQueueHead } from '../include/linux/net';
import { add_wait_queue_entry, remove_wait_queue_entry } from '../include/linux/net';
import { EPOLLERR, EPOLLHUP, EPOLLIN, EPOLLNVAL, EPOLLOUT, EPOLLPRI, EPOLLRDBAND, EPOLLRDNORM, EPOLLWRBAND, EPOLLWRNORM, PollWqueues } from '../include/linux/eventpoll';
import { ERRNO } from '../include/uapi';
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

/**
 * __pollwake(): the table triggered, the polling task woken (default_wake_function on a dummy entry:
 * 1 when it was asleep).
 */
export function* __pollwake(wait: WaitQueueEntry, mode: number, sync: number, key: number): Sim<number> {
  frame({ wait, key });
  line`struct poll_wqueues *pwq = wait->private;`;
  const pwq = (wait as PollTableEntry).pwq;
  frame.pwq = pwq;
  line`DECLARE_WAITQUEUE(dummy_wait, pwq->polling_task);`;
  line`smp_wmb();`;
  line`pwq->triggered = 1;`;
  pwq.triggered = 1;
  line`return default_wake_function(&dummy_wait, mode, sync, key);`;
  const task = pwq.polling_task;
  if (task.state !== 'sleeping') return 0;
  E.wake(task);
  return 1;
}

/**
 * pollwake(): a polled file woke its queue with `key`, the events that happened (0: unknown, a state
 * change). An entry whose events the key does not meet is passed over — the poller sleeps on —;
 * otherwise __pollwake wakes it. Runs inside the waker (the softirq that received a segment, or a
 * system call), stepped like ep_poll_callback.
 */
export function* pollwake(wait: WaitQueueEntry, mode: number, sync: number, key: number): Sim<number> {
  frame({ wait, key });
  line`entry = container_of(wait, struct poll_table_entry, wait);`;
  const entry = wait as PollTableEntry;
  frame.entry = entry;
  line`if (key && !(key_to_poll(key) & entry->key))`;
  if (key && !(key & entry.key)) {
    line`return 0;`;
    return 0;
  }
  line`return __pollwake(wait, mode, sync, key);`;
  return yield* __pollwake(wait, mode, sync, key);
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

/**
 * poll_schedule_timeout(): sleep until a pollwake (on any of the table's entries) marked the table
 * triggered, or the time is up at `expires` (µs on the clock; Infinity: never). Returns 0 when the
 * time ran out, -EINTR when woken (v5.4: schedule_hrtimeout_range's answers). The sleeping task's
 * wait channel is poll_schedule_timeout, as /proc/PID/wchan names it (the hrtimer functions below it
 * are scheduler functions, which wchan skips).
 */
export function* poll_schedule_timeout(pwq: PollWqueues, expires: number): Sim<number> {
  frame({ pwq, expires });
  line`int rc = -EINTR;`;
  let rc = -ERRNO.EINTR;
  line`set_current_state(state);`;
  line`if (!pwq->triggered)`;
  if (!pwq.triggered) {
    line`rc = schedule_hrtimeout_range(expires, slack, HRTIMER_MODE_ABS);`;
    const task = E.current!;
    task.waitChannel = 'poll_schedule_timeout';
    const remaining = schedule_hrtimeout(task, expires - E.now);
    yield SLEEP;
    if (remaining() === 0) rc = 0;
  }
  frame.rc = rc;
  line`__set_current_state(TASK_RUNNING);`;
  line`smp_store_mb(pwq->triggered, 0);`;
  pwq.triggered = 0;
  line`return rc;`;
  return rc;
}

/** do_poll(): timeout in µs, or Infinity (a negative timeout), or 0 (no wait). */
export function* do_poll(list: Pollfd[], wait: PollWqueues, pt: PollTable, end_time: number): Sim<number> {
  frame({ list, wait, end_time });
  let timed_out = 0;
  let count = 0;
  // (to: the absolute end, as do_poll's `expire` — the clock's µs)
  const expires = E.now + end_time;
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
    if (!(yield* poll_schedule_timeout(wait, expires))) {
      line`timed_out = 1;#2`;
      timed_out = 1;
    }
  }
  line`return count;`;
  return count;
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

/** do_select(): select() on descriptors below n, the timeout in µs (Infinity: none; 0: one look). */
export function* do_select(n: number, fds: FdSetBits, end_time: number): Sim<number> {
  frame({ n, fds, end_time });
  const p = currentProcess();
  line`retval = max_select_fd(n, fds);`;
  // max_select_fd: every descriptor in the sets must be open
  for (const fd of [...fds.in, ...fds.out, ...fds.ex]) {
    const f = p.fdtable.get(fd);
    if (!f || f.reserved) return -ERRNO.EBADF;
  }
  line`poll_initwait(&table);`;
  const table = new PollWqueues(E.current!);
  const wait = poll_initwait(table);
  frame.table = table;
  let timed_out = 0;
  const expires = E.now + end_time;
  line`if (end_time && !end_time->tv_sec && !end_time->tv_nsec) {`;
  if (end_time === 0) {
    line`wait->_qproc = NULL;#1`;
    wait._qproc = null;
    line`timed_out = 1;#1`;
    timed_out = 1;
  }
  line`retval = 0;`;
  let retval = 0;
  frame.retval = retval;
  for (;;) {
    line`for (i = 0; i < n; ++rinp, ++routp, ++rexp) {`;
    for (let i = 0; i < n; i++) {
      line`if (i >= n)`;
      line`if (!(bit & all_bits))`;
      if (!fds.in.has(i) && !fds.out.has(i) && !fds.ex.has(i)) continue;
      frame.i = i;
      line`f = fdget(i);`;
      const file = p.fdtable.get(i)!;
      line`if (f.file) {`;
      line`wait_key_set(wait, in, out, bit,`;
      wait._key = POLLEX_SET | (fds.in.has(i) ? POLLIN_SET : 0) | (fds.out.has(i) ? POLLOUT_SET : 0);
      line`mask = vfs_poll(f.file, wait);`;
      const mask = yield* vfs_poll(file, wait);
      frame.mask = mask;
      line`if ((mask & POLLIN_SET) && (in & bit)) {`;
      if (mask & POLLIN_SET && fds.in.has(i)) {
        line`res_in |= bit;`;
        fds.res_in.add(i);
        retval++;
        wait._qproc = null;
      }
      line`if ((mask & POLLOUT_SET) && (out & bit)) {`;
      if (mask & POLLOUT_SET && fds.out.has(i)) {
        line`res_out |= bit;`;
        fds.res_out.add(i);
        retval++;
        wait._qproc = null;
      }
      line`if ((mask & POLLEX_SET) && (ex & bit)) {`;
      if (mask & POLLEX_SET && fds.ex.has(i)) {
        line`res_ex |= bit;`;
        fds.res_ex.add(i);
        retval++;
        wait._qproc = null;
      }
      frame.retval = retval;
    }
    line`wait->_qproc = NULL;#5`;
    wait._qproc = null;
    line`if (retval || timed_out || signal_pending(current))`;
    if (retval || timed_out) break;
    line`if (!poll_schedule_timeout(&table, TASK_INTERRUPTIBLE,`;
    if (!(yield* poll_schedule_timeout(table, expires))) {
      line`timed_out = 1;#2`;
      timed_out = 1;
    }
  }
  line`poll_freewait(&table);`;
  poll_freewait(table);
  line`return retval;#2`;
  return retval;
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
