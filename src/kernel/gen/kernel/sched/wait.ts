// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/kernel/sched/wait.ts
// @ts-nocheck
// kernel/sched/wait.c and include/linux/wait.h: waking a wait queue. __wake_up_common walks the
// queue's entries and calls each one's wake function with the waker's key — the poll events that
// happened (sock_def_readable passes EPOLLIN | EPOLLPRI | EPOLLRDNORM | EPOLLRDBAND, sock_def_wakeup
// none, 0): a sleeping task's entry wakes the task (default_wake_function), an epoll item's runs
// ep_poll_callback, a poll() or select() entry's pollwake (simulated kernel functions, stepped, each
// comparing the key with the events its entry asks for). Wake-one: every non-exclusive entry, and exclusive ones until
// nr_exclusive of them said they woke someone (0: all of them). Not annotated: no lines to step
// through of its own.

import { E, Sim } from '../../../core/engine';
import type { WaitQueueEntry, WaitQueueHead } from '../../../include/linux/net';

/** The task states a wake-up is for (include/linux/sched.h): mode, passed on to the entries' functions. */
export const TASK_INTERRUPTIBLE = 0x1;
export const TASK_NORMAL = 0x3;
/** wake_flags: WF_SYNC, the waker is about to sleep (the _sync_ variants). */
export const WF_SYNC = 0x1;

/**
 * default_wake_function() → try_to_wake_up(): the entry's task, if it still sleeps, becomes runnable.
 * 1 when it woke it, 0 when it was awake already.
 */
function default_wake_function(curr: WaitQueueEntry): number {
  const task = curr.task;
  if (task === null || task.state !== 'sleeping') return 0;
  E.wake(task);
  return 1;
}

/**
 * __wake_up_common(): each entry's func(curr, mode, wake_flags, key); a negative result stops the
 * walk, and an exclusive entry whose function woke someone counts against nr_exclusive (the walk
 * stops when that reaches 0). Returns what is left of nr_exclusive.
 */
export function* __wake_up_common(wq_head: WaitQueueHead, mode: number, nr_exclusive: number, wake_flags: number, key: number): Sim<number> { let $t: any;
  const q = wq_head.waiters;
  // (list_for_each_entry_safe: an entry may take itself off the queue while its function runs — the
  // next one is then at the same place; no copy of the queue)
  for (let i = 0; i < q.length; ) {
    const curr = q[i];
    let ret: number;
    if (curr.kfunc !== undefined) ret = (($t = curr.kfunc).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(curr, mode, wake_flags, key) : yield* curr.kfunc(curr, mode, wake_flags, key));
    else ret = default_wake_function(curr);
    if (ret < 0) break;
    if (ret && curr.exclusive && !--nr_exclusive) break;
    if (q[i] === curr) i++;
  }
  return nr_exclusive;
}

// The wake_up*() macros of include/linux/wait.h (__wake_up → __wake_up_common_lock → __wake_up_common).
// Their callers look first whether anyone waits (skwq_has_sleeper, waitqueue_active).

/** wake_up(x): TASK_NORMAL, wake-one, no key. */
export function* wake_up(wq_head: WaitQueueHead): Sim<void> {
  ($E.fast || $E.twinOk[__wake_up_common.k] === 1 ? __wake_up_common$fast(wq_head, TASK_NORMAL, 1, 0, 0) : yield* __wake_up_common(wq_head, TASK_NORMAL, 1, 0, 0));
}

/** wake_up_interruptible_all(x): every entry, exclusive or not; no key (sock_def_wakeup). */
export function* wake_up_interruptible_all(wq_head: WaitQueueHead): Sim<void> {
  ($E.fast || $E.twinOk[__wake_up_common.k] === 1 ? __wake_up_common$fast(wq_head, TASK_INTERRUPTIBLE, 0, 0, 0) : yield* __wake_up_common(wq_head, TASK_INTERRUPTIBLE, 0, 0, 0));
}

/** wake_up_interruptible_poll(x, m): wake-one, with the poll events m as the key. */
export function* wake_up_interruptible_poll(wq_head: WaitQueueHead, m: number): Sim<void> {
  ($E.fast || $E.twinOk[__wake_up_common.k] === 1 ? __wake_up_common$fast(wq_head, TASK_INTERRUPTIBLE, 1, 0, m) : yield* __wake_up_common(wq_head, TASK_INTERRUPTIBLE, 1, 0, m));
}

/** wake_up_interruptible_sync_poll(x, m): the same, the waker about to sleep (WF_SYNC) (sock_def_readable). */
export function* wake_up_interruptible_sync_poll(wq_head: WaitQueueHead, m: number): Sim<void> {
  ($E.fast || $E.twinOk[__wake_up_common.k] === 1 ? __wake_up_common$fast(wq_head, TASK_INTERRUPTIBLE, 1, WF_SYNC, m) : yield* __wake_up_common(wq_head, TASK_INTERRUPTIBLE, 1, WF_SYNC, m));
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
export function __wake_up_common$fast(wq_head: WaitQueueHead, mode: number, nr_exclusive: number, wake_flags: number, key: number): any { const $e = $E; let $t: any;
  const q = wq_head.waiters;
  // (list_for_each_entry_safe: an entry may take itself off the queue while its function runs — the
  // next one is then at the same place; no copy of the queue)
  for (let i = 0; i < q.length; ) {
    const curr = q[i];
    let ret: number;
    if (curr.kfunc !== undefined) ret = (($t = curr.kfunc).fast !== undefined ? $t.fast(curr, mode, wake_flags, key) : $drive($t(curr, mode, wake_flags, key)));
    else ret = default_wake_function(curr);
    if (ret < 0) break;
    if (ret && curr.exclusive && !--nr_exclusive) break;
    if (q[i] === curr) i++;
  }
  return nr_exclusive;
}
export function wake_up$fast(wq_head: WaitQueueHead): any { const $e = $E;
  __wake_up_common$fast(wq_head, TASK_NORMAL, 1, 0, 0);
}
export function wake_up_interruptible_all$fast(wq_head: WaitQueueHead): any { const $e = $E;
  __wake_up_common$fast(wq_head, TASK_INTERRUPTIBLE, 0, 0, 0);
}
export function wake_up_interruptible_poll$fast(wq_head: WaitQueueHead, m: number): any { const $e = $E;
  __wake_up_common$fast(wq_head, TASK_INTERRUPTIBLE, 1, 0, m);
}
export function wake_up_interruptible_sync_poll$fast(wq_head: WaitQueueHead, m: number): any { const $e = $E;
  __wake_up_common$fast(wq_head, TASK_INTERRUPTIBLE, 1, WF_SYNC, m);
}
$kreg(__wake_up_common, __wake_up_common$fast, '__wake_up_common', () => ['ep_poll_callback', 'pollwake']);
$kreg(wake_up, wake_up$fast, 'wake_up', () => [__wake_up_common]);
$kreg(wake_up_interruptible_all, wake_up_interruptible_all$fast, 'wake_up_interruptible_all', () => [__wake_up_common]);
$kreg(wake_up_interruptible_poll, wake_up_interruptible_poll$fast, 'wake_up_interruptible_poll', () => [__wake_up_common]);
$kreg(wake_up_interruptible_sync_poll, wake_up_interruptible_sync_poll$fast, 'wake_up_interruptible_sync_poll', () => [__wake_up_common]);
