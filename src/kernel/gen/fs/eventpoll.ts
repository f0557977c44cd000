// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/fs/eventpoll.ts
// @ts-nocheck
// fs/eventpoll.c: epoll. epoll_create1 makes an eventpoll file; epoll_ctl(ADD) is ep_insert, which
// polls the socket once with a poll_table whose queueing function (ep_ptable_queue_proc) hooks an
// entry calling ep_poll_callback onto the socket's wait queue — from then on every wake-up of that
// socket whose key (the events that happened: sk_data_ready's EPOLLIN …, sk_state_change's none)
// meets the item's events puts the epitem on the ready list and wakes a task sleeping in
// epoll_wait (ep_poll). ep_send_events asks each ready item
// again; a level-triggered item goes back on the list, an edge-triggered one (EPOLLET) waits for the
// next callback; EPOLLONESHOT disarms it.

import { E, SLEEP, Sim } from '../../core/engine';
import { at, enter, leave } from '../../core/engine';
import { defineFn } from '../../core/anchors';
import { currentProcess, prepare_to_wait, finish_wait, schedule_hrtimeout } from '../../world/current';
import { File, add_wait_queue_entry, remove_wait_queue_entry } from '../../include/linux/net';
import type { PollTable, WaitQueueEntry } from '../../include/linux/net';
import { NotSimulated } from '../../include/linux/ops';
import {
  Epitem, Eventpoll, EPOLLET, EPOLLIN, EPOLLOUT, EPOLLINOUT_BITS, POLLFREE, type EppollEntry, EPOLLONESHOT, EPOLLERR, EPOLLHUP, EPOLLEXCLUSIVE, EPOLLWAKEUP, EP_PRIVATE_BITS,
  EPOLL_CLOEXEC, EPOLL_CTL_ADD, EPOLL_CTL_DEL, EPOLL_CTL_MOD, type EpollEvent,
} from '../../include/linux/eventpoll';
import { ERRNO, O_RDWR } from '../../include/uapi';
import { sock_poll } from '../net/socket';
import { wake_up } from '../kernel/sched/wait';

const { EINVAL, EBADF, EEXIST, ENOENT, EPERM } = ERRNO;
const A$ep_poll_callback = defineFn('fs/eventpoll.c', 'ep_poll_callback', [24, 25, 29, 41, 42, 52, 53, 57, 67, 68, 70, 72, 73, 76, 77, 80, 84, 88, 92, 93, 95]);

/**
 * ep_poll_callback(): an entry's wake function — the watched socket woke its queue with `key`, the
 * events that happened (0: unknown, a state change). An item whose events the key does not ask for is
 * left alone; otherwise it goes on the ready list (once) and a task in epoll_wait is woken. Runs
 * inside the waker (the softirq that received a segment, or a system call), stepped like the rest.
 */
export function* ep_poll_callback(wait: WaitQueueEntry, mode: number, sync: number, key: number): Sim<number> {
  const $f = enter(A$ep_poll_callback, { wait, key });
  try {
  if (at(A$ep_poll_callback.L24)) yield;
  const epi = (wait as EppollEntry).base;
  $f.vars.epi = epi;
  if (at(A$ep_poll_callback.L25)) yield;
  const ep = epi.ep;
  $f.vars.ep = ep;
  if (at(A$ep_poll_callback.L29)) yield;
  const pollflags = key;
  $f.vars.pollflags = pollflags;
  let ewake = 0;
  unlock: {
    if (at(A$ep_poll_callback.L41)) yield;
    if (!(epi.event.events & ~EP_PRIVATE_BITS)) {
      if (at(A$ep_poll_callback.L42)) yield;
      break unlock;
    }
    if (at(A$ep_poll_callback.L52)) yield;
    if (pollflags && !(pollflags & epi.event.events)) {
      if (at(A$ep_poll_callback.L53)) yield;
      break unlock;
    }
    if (at(A$ep_poll_callback.L57)) yield;
    if (!epi.rdllink) {
      epi.rdllink = true;
      ep.rdllist.push(epi);
    }
    if (at(A$ep_poll_callback.L67)) yield;
    if (ep.wq.waiters.length) {
      if (at(A$ep_poll_callback.L68)) yield;
      if (epi.event.events & EPOLLEXCLUSIVE && !(pollflags & POLLFREE)) {
        if (at(A$ep_poll_callback.L70)) yield;
        switch (pollflags & EPOLLINOUT_BITS) {
          case EPOLLIN:
            if (at(A$ep_poll_callback.L72)) yield;
            if (epi.event.events & EPOLLIN) {
              if (at(A$ep_poll_callback.L73)) yield;
              ewake = 1;
            }
            break;
          case EPOLLOUT:
            if (at(A$ep_poll_callback.L76)) yield;
            if (epi.event.events & EPOLLOUT) {
              if (at(A$ep_poll_callback.L77)) yield;
              ewake = 1;
            }
            break;
          case 0:
            if (at(A$ep_poll_callback.L80)) yield;
            ewake = 1;
            break;
        }
      }
      if (at(A$ep_poll_callback.L84)) yield;
      ($E.fast || $E.twinOk[wake_up.k] === 1 ? wake_up$fast(ep.wq) : yield* wake_up(ep.wq));
    }
  }
  // out_unlock:
  if (at(A$ep_poll_callback.L88)) yield;
  if (at(A$ep_poll_callback.L92)) yield;
  if (!(epi.event.events & EPOLLEXCLUSIVE)) {
    if (at(A$ep_poll_callback.L93)) yield;
    ewake = 1;
  }
  $f.vars.ewake = ewake;
  if (at(A$ep_poll_callback.L95)) yield;
  return ewake;
  } finally {
    leave($f);
  }
}

/** ep_ptable_queue_proc(): the queueing function ep_insert's poll table carries — an entry calling ep_poll_callback on the file's queue. */
function ep_ptable_queue_proc(epi: Epitem): PollTable['_qproc'] {
  return (_file, whead) => {
    // init_waitqueue_func_entry(&pwq->wait, ep_poll_callback); pwq->whead = whead; pwq->base = epi;
    const pwq: EppollEntry = {
      task: null,
      exclusive: !!(epi.event.events & EPOLLEXCLUSIVE),
      kfunc: ep_poll_callback,
      name: `ep_poll_callback (epitem fd ${epi.ffd.fd})`,
      base: epi,
      whead,
    };
    add_wait_queue_entry(whead, pwq);
    epi.pwqlist.push(pwq);
    epi.nwait++;
  };
}

/** ep_item_poll(): the file's events now, masked by what the item asks (and errors, hang-ups). */
function* ep_item_poll(epi: Epitem, pt: PollTable | null): Sim<number> {
  const file = epi.ffd.file;
  if (file.f_op !== 'socket_file_ops') return 0;
  if (pt) pt._key = epi.event.events;
  return (($E.fast || $E.twinOk[sock_poll.k] === 1 ? sock_poll$fast(file, pt) : yield* sock_poll(file, pt))) & (epi.event.events | EPOLLERR | EPOLLHUP);
}
const A$ep_insert = defineFn('fs/eventpoll.c', 'ep_insert', [112, 120, 122, 128, 139, 145, 148, 149, 152, 153, 157]);

export function* ep_insert(ep: Eventpoll, event: EpollEvent, tfile: File, fd: number): Sim<number> {
  const $f = enter(A$ep_insert, { ep, event, tfile, fd });
  try {
  if (at(A$ep_insert.L112)) yield;
  const epi = new Epitem(ep, tfile, fd, { ...event });
  $f.vars.epi = epi;
  if (at(A$ep_insert.L120)) yield;
  if (at(A$ep_insert.L122)) yield;
  if (at(A$ep_insert.L128)) yield;
  const pt: PollTable = { _qproc: ep_ptable_queue_proc(epi), _key: event.events };
  if (at(A$ep_insert.L139)) yield;
  const revents = ($E.fast || $E.twinOk[ep_item_poll.k] === 1 ? ep_item_poll$fast(epi, pt) : yield* ep_item_poll(epi, pt));
  $f.vars.revents = revents;
  tfile.f_ep_links.push(epi);
  if (at(A$ep_insert.L145)) yield;
  ep.rbr.set(fd, epi);
  if (at(A$ep_insert.L148)) yield;
  if (revents && !epi.rdllink) {
    if (at(A$ep_insert.L149)) yield;
    epi.rdllink = true;
    ep.rdllist.push(epi);
    if (at(A$ep_insert.L152)) yield;
    if (ep.wq.waiters.length) {
      if (at(A$ep_insert.L153)) yield;
      ($E.fast || $E.twinOk[wake_up.k] === 1 ? wake_up$fast(ep.wq) : yield* wake_up(ep.wq));
    }
  }
  if (at(A$ep_insert.L157)) yield;
  return 0;
  } finally {
    leave($f);
  }
}

/** ep_unregister_pollwait(): the item's entries off the sockets' queues. */
function ep_unregister_pollwait(epi: Epitem): void {
  for (const pwq of epi.pwqlist) remove_wait_queue_entry(pwq.whead, pwq);
  epi.pwqlist.length = 0;
  epi.nwait = 0;
}

/** ep_remove(): EPOLL_CTL_DEL, or the watched file's last close. */
function ep_remove(ep: Eventpoll, epi: Epitem): void {
  ep_unregister_pollwait(epi);
  const links = epi.ffd.file.f_ep_links;
  const i = links.indexOf(epi);
  if (i >= 0) links.splice(i, 1);
  ep.rbr.delete(epi.ffd.fd);
  if (epi.rdllink) {
    epi.rdllink = false;
    ep.rdllist.splice(ep.rdllist.indexOf(epi), 1);
  }
}

/** ep_modify(): EPOLL_CTL_MOD — new events; ready now, it joins the ready list. */
function* ep_modify(ep: Eventpoll, epi: Epitem, event: EpollEvent): Sim<number> {
  epi.event = { ...event };
  const revents = ($E.fast || $E.twinOk[ep_item_poll.k] === 1 ? ep_item_poll$fast(epi, null) : yield* ep_item_poll(epi, null));
  if (revents && !epi.rdllink) {
    epi.rdllink = true;
    ep.rdllist.push(epi);
    if (ep.wq.waiters.length) ($E.fast || $E.twinOk[wake_up.k] === 1 ? wake_up$fast(ep.wq) : yield* wake_up(ep.wq));
  }
  return 0;
}

/** eventpoll_release(): a watched file's last close takes its items out of their epoll instances. */
export function eventpoll_release(file: File): void {
  for (const epi of [...file.f_ep_links] as Epitem[]) ep_remove(epi.ep, epi);
}

/** ep_free(): an epoll file's last close — every item goes. */
export function ep_free(ep: Eventpoll): void {
  for (const epi of [...ep.rbr.values()]) ep_remove(ep, epi);
}

/** do_epoll_create(): epoll_create1(flags) (and epoll_create(size), which passes 0). Not annotated. */
export function do_epoll_create(flags: number): number {
  if (flags & ~EPOLL_CLOEXEC) return -EINVAL;
  const p = currentProcess();
  const ep = new Eventpoll();
  const fd = p.unusedFd();
  if (fd < 0) return fd;
  // anon_inode_getfile("[eventpoll]", &eventpoll_fops, ep, O_RDWR | (flags & O_CLOEXEC))
  const file = new File(ep);
  file.f_op = 'eventpoll_fops';
  file.f_flags = O_RDWR;
  ep.file = file;
  p.fdtable.set(fd, file);
  if (flags & EPOLL_CLOEXEC) p.closeOnExec.add(fd);
  return fd;
}

/** epoll_ctl(epfd, op, fd, event) — SYSCALL_DEFINE4(epoll_ctl …): the checks, then ep_insert / ep_remove / ep_modify. Not annotated. */
export function* epoll_ctl(epfd: number, op: number, fd: number, events: number): Sim<number> {
  const p = currentProcess();
  const f = p.fdtable.get(epfd);
  const tf = p.fdtable.get(fd);
  if (!f || f.reserved || !tf || tf.reserved) return -EBADF;
  // the target file must support poll; an epoll file cannot watch itself
  if (tf.f_op !== 'socket_file_ops' && tf.f_op !== 'eventpoll_fops') return -EPERM;
  if (tf.f_op === 'eventpoll_fops' && tf === f) return -EINVAL;
  if (f.f_op !== 'eventpoll_fops') return -EINVAL;
  if (tf.f_op === 'eventpoll_fops') throw new NotSimulated('epoll_ctl() of an epoll file inside another');
  const ep = f.private_data as Eventpoll;
  // EPOLLEXCLUSIVE only with EPOLL_CTL_ADD, and without EPOLLONESHOT or EPOLLWAKEUP-only bits
  if (events & EPOLLEXCLUSIVE) {
    if (op === EPOLL_CTL_MOD) return -EINVAL;
    if (op === EPOLL_CTL_ADD && events & (EPOLLONESHOT | EPOLLWAKEUP) & ~EPOLLEXCLUSIVE) return -EINVAL;
  }
  const epi = ep.rbr.get(fd);
  // (the user's data: the descriptor, as most programs store it)
  const event: EpollEvent = { events: events | EPOLLERR | EPOLLHUP, data: fd };
  switch (op) {
    case EPOLL_CTL_ADD:
      if (epi) return -EEXIST;
      return ($E.fast || $E.twinOk[ep_insert.k] === 1 ? ep_insert$fast(ep, event, tf, fd) : yield* ep_insert(ep, event, tf, fd));
    case EPOLL_CTL_DEL:
      if (!epi) return -ENOENT;
      ep_remove(ep, epi);
      return 0;
    case EPOLL_CTL_MOD:
      if (!epi) return -ENOENT;
      if (epi.event.events & EPOLLEXCLUSIVE) return -EINVAL;
      return ($E.fast || $E.twinOk[ep_modify.k] === 1 ? ep_modify$fast(ep, epi, event) : yield* ep_modify(ep, epi, event));
  }
  return -EINVAL;
}

/** A ready event as epoll_wait hands it back. */
export interface ReadyEvent {
  events: number;
  data: number;
}
const A$ep_send_events_proc = defineFn('fs/eventpoll.c', 'ep_send_events_proc', [173, 174, 177, 186, 187, 190, 194, 196, 197, 212, 217]);

export function* ep_send_events_proc(ep: Eventpoll, maxevents: number, out: ReadyEvent[]): Sim<number> {
  const $f = enter(A$ep_send_events_proc, { ep, maxevents, rdllist: ep.rdllist });
  try {
  // (ep_scan_ready_list hands the list over: items readied meanwhile wait on ovflist, then join rdllist)
  const head = ep.rdllist.splice(0, ep.rdllist.length);
  const back: Epitem[] = [];
  let res = 0;
  if (at(A$ep_send_events_proc.L173)) yield;
  let k = 0;
  for (; k < head.length; k++) {
    const epi = head[k];
    $f.vars.epi = epi;
    if (at(A$ep_send_events_proc.L174)) yield;
    if (res >= maxevents) break;
    if (at(A$ep_send_events_proc.L177)) yield;
    epi.rdllink = false;
    if (at(A$ep_send_events_proc.L186)) yield;
    const revents = ($E.fast || $E.twinOk[ep_item_poll.k] === 1 ? ep_item_poll$fast(epi, null) : yield* ep_item_poll(epi, null));
    $f.vars.revents = revents;
    if (at(A$ep_send_events_proc.L187)) yield;
    if (!revents) continue;
    if (at(A$ep_send_events_proc.L190)) yield;
    out.push({ events: revents, data: epi.event.data });
    if (at(A$ep_send_events_proc.L194)) yield;
    res++;
    if (at(A$ep_send_events_proc.L196)) yield;
    if (epi.event.events & EPOLLONESHOT) {
      if (at(A$ep_send_events_proc.L197)) yield;
      epi.event.events &= EP_PRIVATE_BITS;
    } else if (!(epi.event.events & EPOLLET)) {
      if (at(A$ep_send_events_proc.L212)) yield;
      epi.rdllink = true;
      back.push(epi);
    }
  }
  // what was not looked at stays at the head; level-triggered items go back at the tail
  const rest = head.slice(k);
  ep.rdllist.unshift(...rest);
  ep.rdllist.push(...back);
  if (at(A$ep_send_events_proc.L217)) yield;
  return res;
  } finally {
    leave($f);
  }
}
const A$ep_poll = defineFn('fs/eventpoll.c', 'ep_poll', [235, 241, 243, 251, 252, 260, 264, 270, 272, 273, 277, 278, 289, 293, 295, 299]);

export function* ep_poll(ep: Eventpoll, out: ReadyEvent[], maxevents: number, timeout: number): Sim<number> {
  const $f = enter(A$ep_poll, { ep, maxevents, timeout });
  try {
  let res = 0;
  let eavail = false;
  let timed_out = 0;
  let waiter = false;
  const task = E.current!;
  // (timeout in ms: > 0 a timer, 0 one look, < 0 none)
  let left = timeout > 0 ? timeout * 1000 : Infinity;
  if (at(A$ep_poll.L235)) yield;
  let skipFetch = false;
  if (timeout === 0) {
    if (at(A$ep_poll.L241)) yield;
    timed_out = 1;
    if (at(A$ep_poll.L243)) yield;
    eavail = ep.rdllist.length > 0;
    skipFetch = true;
  }
  for (;;) {
    if (!skipFetch) {
      // fetch_events:
      if (at(A$ep_poll.L251)) yield;
      eavail = ep.rdllist.length > 0;
      $f.vars.eavail = eavail;
      if (at(A$ep_poll.L252)) yield;
      if (!eavail) {
        if (at(A$ep_poll.L260)) yield;
        if (!waiter) {
          waiter = true;
          if (at(A$ep_poll.L264)) yield;
          prepare_to_wait(ep.wq, true, 'ep_poll');
        }
        for (;;) {
          if (at(A$ep_poll.L270)) yield;
          if (at(A$ep_poll.L272)) yield;
          eavail = ep.rdllist.length > 0;
          $f.vars.eavail = eavail;
          if (at(A$ep_poll.L273)) yield;
          if (eavail) break;
          if (at(A$ep_poll.L277)) yield;
          task.waitChannel = 'ep_poll';
          const remaining = schedule_hrtimeout(task, left);
          yield SLEEP;
          left = remaining();
          if (left === 0 && !ep.rdllist.length) {
            if (at(A$ep_poll.L278)) yield;
            timed_out = 1;
            break;
          }
        }
      }
    }
    skipFetch = false;
    // send_events:
    if (at(A$ep_poll.L289)) yield;
    if (!res && eavail) {
      res = ($E.fast || $E.twinOk[ep_send_events_proc.k] === 1 ? ep_send_events_proc$fast(ep, maxevents, out) : yield* ep_send_events_proc(ep, maxevents, out));
      $f.vars.res = res;
      if (!res && !timed_out) continue;
    }
    break;
  }
  if (at(A$ep_poll.L293)) yield;
  if (waiter) {
    if (at(A$ep_poll.L295)) yield;
    finish_wait(ep.wq, task);
  }
  if (at(A$ep_poll.L299)) yield;
  return res;
  } finally {
    leave($f);
  }
}

/** do_epoll_wait(): the epoll fd's checks, then ep_poll. Not annotated. */
export function* do_epoll_wait(epfd: number, maxevents: number, timeout: number): Sim<{ ret: number; events: ReadyEvent[] }> {
  if (maxevents <= 0) return { ret: -EINVAL, events: [] };
  const f = currentProcess().fdtable.get(epfd);
  if (!f || f.reserved) return { ret: -EBADF, events: [] };
  if (f.f_op !== 'eventpoll_fops') return { ret: -EINVAL, events: [] };
  const out: ReadyEvent[] = [];
  const ret = yield* ep_poll(f.private_data as Eventpoll, out, maxevents, timeout);
  return { ret, events: out };
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../core/engine';
import { wake_up$fast as wake_up$fast } from '../kernel/sched/wait';
import { sock_poll$fast as sock_poll$fast } from '../net/socket';
export function ep_poll_callback$fast(wait: WaitQueueEntry, mode: number, sync: number, key: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$ep_poll_callback.L24 | 271581184), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 3;
  const epi = (wait as EppollEntry).base;
  
  
  const ep = epi.ep;
  
  
  const pollflags = key;
  
  let ewake = 0;
  unlock: {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_poll_callback.L41) : $tb.op($e.now, A$ep_poll_callback.L41));
    if (!(epi.event.events & ~EP_PRIVATE_BITS)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_poll_callback.L42) : $tb.op($e.now, A$ep_poll_callback.L42));
      break unlock;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_poll_callback.L52) : $tb.op($e.now, A$ep_poll_callback.L52));
    if (pollflags && !(pollflags & epi.event.events)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_poll_callback.L53) : $tb.op($e.now, A$ep_poll_callback.L53));
      break unlock;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_poll_callback.L57) : $tb.op($e.now, A$ep_poll_callback.L57));
    if (!epi.rdllink) {
      epi.rdllink = true;
      ep.rdllist.push(epi);
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_poll_callback.L67) : $tb.op($e.now, A$ep_poll_callback.L67));
    if (ep.wq.waiters.length) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_poll_callback.L68) : $tb.op($e.now, A$ep_poll_callback.L68));
      if (epi.event.events & EPOLLEXCLUSIVE && !(pollflags & POLLFREE)) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_poll_callback.L70) : $tb.op($e.now, A$ep_poll_callback.L70));
        switch (pollflags & EPOLLINOUT_BITS) {
          case EPOLLIN:
            ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_poll_callback.L72) : $tb.op($e.now, A$ep_poll_callback.L72));
            if (epi.event.events & EPOLLIN) {
              ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_poll_callback.L73) : $tb.op($e.now, A$ep_poll_callback.L73));
              ewake = 1;
            }
            break;
          case EPOLLOUT:
            ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_poll_callback.L76) : $tb.op($e.now, A$ep_poll_callback.L76));
            if (epi.event.events & EPOLLOUT) {
              ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_poll_callback.L77) : $tb.op($e.now, A$ep_poll_callback.L77));
              ewake = 1;
            }
            break;
          case 0:
            ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_poll_callback.L80) : $tb.op($e.now, A$ep_poll_callback.L80));
            ewake = 1;
            break;
        }
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_poll_callback.L84) : $tb.op($e.now, A$ep_poll_callback.L84));
      wake_up$fast(ep.wq);
    }
  }
  // out_unlock:
  $s += 2; if ($tb !== null) ($o = (A$ep_poll_callback.L88 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  if (!(epi.event.events & EPOLLEXCLUSIVE)) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_poll_callback.L93) : $tb.op($e.now, A$ep_poll_callback.L93));
    ewake = 1;
  }
  
  ++$s; $x = A$ep_poll_callback.L95 | 1048576;
  return ($r = (ewake), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ep_poll_callback.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function ep_item_poll$fast(epi: Epitem, pt: PollTable | null): any { const $e = $E;
  const file = epi.ffd.file;
  if (file.f_op !== 'socket_file_ops') return 0;
  if (pt) pt._key = epi.event.events;
  return (sock_poll$fast(file, pt)) & (epi.event.events | EPOLLERR | EPOLLHUP);
}
export function ep_insert$fast(ep: Eventpoll, event: EpollEvent, tfile: File, fd: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$ep_insert.L112 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const epi = new Epitem(ep, tfile, fd, { ...event });
  
  $s += 3; if ($tb !== null) ($o = (A$ep_insert.L120 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  const pt: PollTable = { _qproc: ep_ptable_queue_proc(epi), _key: event.events };
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_insert.L139) : $tb.op($e.now, A$ep_insert.L139));
  const revents = ep_item_poll$fast(epi, pt);
  
  tfile.f_ep_links.push(epi);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_insert.L145) : $tb.op($e.now, A$ep_insert.L145));
  ep.rbr.set(fd, epi);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_insert.L148) : $tb.op($e.now, A$ep_insert.L148));
  if (revents && !epi.rdllink) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_insert.L149) : $tb.op($e.now, A$ep_insert.L149));
    epi.rdllink = true;
    ep.rdllist.push(epi);
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_insert.L152) : $tb.op($e.now, A$ep_insert.L152));
    if (ep.wq.waiters.length) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_insert.L153) : $tb.op($e.now, A$ep_insert.L153));
      wake_up$fast(ep.wq);
    }
  }
  ++$s; $x = A$ep_insert.L157 | 1048576;
  return ($r = (0), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ep_insert.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
function ep_modify$fast(ep: Eventpoll, epi: Epitem, event: EpollEvent): any { const $e = $E;
  epi.event = { ...event };
  const revents = ep_item_poll$fast(epi, null);
  if (revents && !epi.rdllink) {
    epi.rdllink = true;
    ep.rdllist.push(epi);
    if (ep.wq.waiters.length) wake_up$fast(ep.wq);
  }
  return 0;
}
export function epoll_ctl$fast(epfd: number, op: number, fd: number, events: number): any { const $e = $E;
  const p = currentProcess();
  const f = p.fdtable.get(epfd);
  const tf = p.fdtable.get(fd);
  if (!f || f.reserved || !tf || tf.reserved) return -EBADF;
  // the target file must support poll; an epoll file cannot watch itself
  if (tf.f_op !== 'socket_file_ops' && tf.f_op !== 'eventpoll_fops') return -EPERM;
  if (tf.f_op === 'eventpoll_fops' && tf === f) return -EINVAL;
  if (f.f_op !== 'eventpoll_fops') return -EINVAL;
  if (tf.f_op === 'eventpoll_fops') throw new NotSimulated('epoll_ctl() of an epoll file inside another');
  const ep = f.private_data as Eventpoll;
  // EPOLLEXCLUSIVE only with EPOLL_CTL_ADD, and without EPOLLONESHOT or EPOLLWAKEUP-only bits
  if (events & EPOLLEXCLUSIVE) {
    if (op === EPOLL_CTL_MOD) return -EINVAL;
    if (op === EPOLL_CTL_ADD && events & (EPOLLONESHOT | EPOLLWAKEUP) & ~EPOLLEXCLUSIVE) return -EINVAL;
  }
  const epi = ep.rbr.get(fd);
  // (the user's data: the descriptor, as most programs store it)
  const event: EpollEvent = { events: events | EPOLLERR | EPOLLHUP, data: fd };
  switch (op) {
    case EPOLL_CTL_ADD:
      if (epi) return -EEXIST;
      return ep_insert$fast(ep, event, tf, fd);
    case EPOLL_CTL_DEL:
      if (!epi) return -ENOENT;
      ep_remove(ep, epi);
      return 0;
    case EPOLL_CTL_MOD:
      if (!epi) return -ENOENT;
      if (epi.event.events & EPOLLEXCLUSIVE) return -EINVAL;
      return ep_modify$fast(ep, epi, event);
  }
  return -EINVAL;
}
export function ep_send_events_proc$fast(ep: Eventpoll, maxevents: number, out: ReadyEvent[]): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$ep_send_events_proc.fn.id | 268435456), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  // (ep_scan_ready_list hands the list over: items readied meanwhile wait on ovflist, then join rdllist)
  const head = ep.rdllist.splice(0, ep.rdllist.length);
  const back: Epitem[] = [];
  let res = 0;
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_send_events_proc.L173) : $tb.op($e.now, A$ep_send_events_proc.L173));
  let k = 0;
  for (; k < head.length; k++) {
    const epi = head[k];
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_send_events_proc.L174) : $tb.op($e.now, A$ep_send_events_proc.L174));
    if (res >= maxevents) break;
    $s += 2; if ($tb !== null) ($o = (A$ep_send_events_proc.L177 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    epi.rdllink = false;
    
    const revents = ep_item_poll$fast(epi, null);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_send_events_proc.L187) : $tb.op($e.now, A$ep_send_events_proc.L187));
    if (!revents) continue;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_send_events_proc.L190) : $tb.op($e.now, A$ep_send_events_proc.L190));
    out.push({ events: revents, data: epi.event.data });
    $s += 2; if ($tb !== null) ($o = (A$ep_send_events_proc.L194 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    res++;
    
    if (epi.event.events & EPOLLONESHOT) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_send_events_proc.L197) : $tb.op($e.now, A$ep_send_events_proc.L197));
      epi.event.events &= EP_PRIVATE_BITS;
    } else if (!(epi.event.events & EPOLLET)) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ep_send_events_proc.L212) : $tb.op($e.now, A$ep_send_events_proc.L212));
      epi.rdllink = true;
      back.push(epi);
    }
  }
  // what was not looked at stays at the head; level-triggered items go back at the tail
  const rest = head.slice(k);
  ep.rdllist.unshift(...rest);
  ep.rdllist.push(...back);
  ++$s; $x = A$ep_send_events_proc.L217 | 1048576;
  return ($r = (res), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ep_send_events_proc.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(ep_poll_callback, ep_poll_callback$fast, 'ep_poll_callback', () => [wake_up]);
$kreg(ep_item_poll, ep_item_poll$fast, 'ep_item_poll', () => [sock_poll]);
$kreg(ep_insert, ep_insert$fast, 'ep_insert', () => [ep_item_poll, wake_up]);
$kreg(ep_modify, ep_modify$fast, 'ep_modify', () => [ep_item_poll, wake_up]);
$kreg(epoll_ctl, epoll_ctl$fast, 'epoll_ctl', () => [ep_insert, ep_modify]);
$kreg(ep_send_events_proc, ep_send_events_proc$fast, 'ep_send_events_proc', () => [ep_item_poll]);

// ---- kernel names ----
(ep_poll_callback as any).kname = 'ep_poll_callback';
