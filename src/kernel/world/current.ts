// `current` and its process: what the running task is, for simulated code that needs it.

import { E, SLEEP, Sim, Task } from '../core/engine';
import { ProcessTimer } from '../core/timer';
import type { Host, Process } from './world';
import type { WaitQueueHead } from '../include/linux/net';
import { add_wait_queue, remove_wait_queue } from '../include/linux/net';

export function currentProcess(): Process {
  const p = E.current?.owner as Process | undefined;
  if (!p || !('fdtable' in p)) throw new Error('not in process context');
  return p;
}

export function currentHost(): Host {
  const o = E.current?.owner as { host?: Host; net?: unknown } | undefined;
  if (o && 'fdtable' in o) return (o as Process).host;
  return o as unknown as Host;
}

/**
 * prepare_to_wait(): the current task joins `wq` (exclusive: woken one at a time) to sleep there;
 * `channel` names the kernel function that waits, for views of sleeping tasks. The caller then
 * sleeps with `yield SLEEP` (schedule(), written in the function that sleeps: no generator of its
 * own) and calls finish_wait() once woken.
 */
export function prepare_to_wait(wq: WaitQueueHead, exclusive: boolean, channel: string): Task {
  const task = E.current!;
  add_wait_queue(wq, task, exclusive);
  task.waitChannel = channel;
  return task;
}

/**
 * schedule_timeout()'s timer, for a task about to sleep with a timeout (µs; Infinity is
 * MAX_SCHEDULE_TIMEOUT: no timer): the timer wakes the task when the time is up. Call the returned
 * function once woken: it cancels the timer and says how much of timeo is left (0: it timed out).
 */
export function schedule_timeout(task: Task, timeo: number): () => number {
  if (timeo === Infinity) return () => timeo;
  const start = E.now;
  const timer = new ProcessTimer(() => E.wake(task));
  timer.mod(timeo);
  return () => {
    timer.del();
    return Math.max(0, timeo - (E.now - start));
  };
}

/**
 * schedule_hrtimeout_range()'s timer (poll, select, epoll_wait): an hrtimer, not the timer wheel's —
 * it wakes the task at the exact time (the task's timer slack, 50 µs, left out). As schedule_timeout.
 */
export function schedule_hrtimeout(task: Task, timeo: number): () => number {
  if (timeo === Infinity) return () => timeo;
  const start = E.now;
  const timer = E.schedule(timeo, () => E.wake(task));
  return () => {
    timer.cancelled = true;
    E.cancelled(timeo);
    return Math.max(0, timeo - (E.now - start));
  };
}

/** finish_wait(): the woken task leaves `wq`. */
export function finish_wait(wq: WaitQueueHead, task: Task): void {
  remove_wait_queue(wq, task);
}

/**
 * Sleeps on `wq` (TASK_INTERRUPTIBLE) until `done()` holds: prepare_to_wait, schedule(),
 * finish_wait. `channel` names the kernel function that waits, for views of sleeping tasks.
 */
export function* wait_event(wq: WaitQueueHead, exclusive: boolean, channel: string, done: () => boolean): Sim<void> {
  while (!done()) {
    const task = prepare_to_wait(wq, exclusive, channel);
    yield SLEEP;
    finish_wait(wq, task);
  }
}

/**
 * The current task runs for `us` microseconds (on its CPU; softirqs and other tasks go on meanwhile,
 * as on another CPU): a copy to user space, whose cost the simulator counts. `what` names it for the
 * views of tasks. The task keeps whatever it holds — a socket lock stays owned.
 */
export function* cpu_busy(us: number, what: string): Sim<void> {
  if (us < 1) return;
  const task = E.current!;
  task.waitChannel = what;
  E.schedule(us, () => E.wake(task));
  yield SLEEP;
}
