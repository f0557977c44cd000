// fs/eventpoll.c: epoll. epoll_create1 makes an eventpoll file; epoll_ctl(ADD) is ep_insert, which
// polls the socket once with a poll_table whose queueing function (ep_ptable_queue_proc) hooks an
// entry calling ep_poll_callback onto the socket's wait queue — from then on every wake-up of that
// socket whose key (the events that happened: sk_data_ready's EPOLLIN …, sk_state_change's none)
// meets the item's events puts the epitem on the ready list and wakes a task sleeping in
// epoll_wait (ep_poll). ep_send_events asks each ready item
// again; a level-triggered item goes back on the list, an edge-triggered one (EPOLLET) waits for the
// next callback; EPOLLONESHOT disarms it.

import { E, SLEEP, Sim } from '../core/engine';
import { frame, line } from '../core/mark';
import { currentProcess, prepare_to_wait, finish_wait, schedule_hrtimeout } from '../world/current';
import { File, add_wait_queue_entry, remove_wait_queue_entry } from '../include/linux/net';
import type { PollTable, WaitQueueEntry } from '../include/linux/net';
import { NotSimulated } from '../include/linux/ops';
import {
  Epitem, Eventpoll, EPOLLET, EPOLLIN, EPOLLOUT, EPOLLINOUT_BITS, POLLFREE, type EppollEntry, EPOLLONESHOT, EPOLLERR, EPOLLHUP, EPOLLEXCLUSIVE, EPOLLWAKEUP, EP_PRIVATE_BITS,
  EPOLL_CLOEXEC, EPOLL_CTL_ADD, EPOLL_CTL_DEL, EPOLL_CTL_MOD, type EpollEvent,
} from '../include/linux/eventpoll';
import { ERRNO, O_RDWR } from '../include/uapi';
import { sock_poll } from '../net/socket';
import { wake_up } from '../kernel/sched/wait';

const { EINVAL, EBADF, EEXIST, ENOENT, EPERM } = ERRNO;

/**
 * ep_poll_callback(): an entry's wake function — the watched socket woke its queue with `key`, the
 * events that happened (0: unknown, a state change). An item whose events the key does not ask for is
 * left alone; otherwise it goes on the ready list (once) and a task in epoll_wait is woken. Runs
 * inside the waker (the softirq that received a segment, or a system call), stepped like the rest.
 */
export function* ep_poll_callback(wait: WaitQueueEntry, mode: number, sync: number, key: number): Sim<number> {
  frame({ wait, key });
  line`struct epitem *epi = ep_item_from_wait(wait);`;
  const epi = (wait as EppollEntry).base;
  frame.epi = epi;
  line`struct eventpoll *ep = epi->ep;`;
  const ep = epi.ep;
  frame.ep = ep;
  line`__poll_t pollflags = key_to_poll(key);`;
  const pollflags = key;
  frame.pollflags = pollflags;
  let ewake = 0;
  unlock: {
    line`if (!(epi->event.events & ~EP_PRIVATE_BITS))`;
    if (!(epi.event.events & ~EP_PRIVATE_BITS)) {
      line`goto out_unlock;#1`;
      break unlock;
    }
    line`if (pollflags && !(pollflags & epi->event.events))`;
    if (pollflags && !(pollflags & epi.event.events)) {
      line`goto out_unlock;#2`;
      break unlock;
    }
    line`if (!ep_is_linked(epi) &&`;
    if (!epi.rdllink) {
      epi.rdllink = true;
      ep.rdllist.push(epi);
    }
    line`if (waitqueue_active(&ep->wq)) {`;
    if (ep.wq.waiters.length) {
      line`if ((epi->event.events & EPOLLEXCLUSIVE) &&`;
      if (epi.event.events & EPOLLEXCLUSIVE && !(pollflags & POLLFREE)) {
        line`switch (pollflags & EPOLLINOUT_BITS) {`;
        switch (pollflags & EPOLLINOUT_BITS) {
          case EPOLLIN:
            line`if (epi->event.events & EPOLLIN)`;
            if (epi.event.events & EPOLLIN) {
              line`ewake = 1;#1`;
              ewake = 1;
            }
            break;
          case EPOLLOUT:
            line`if (epi->event.events & EPOLLOUT)`;
            if (epi.event.events & EPOLLOUT) {
              line`ewake = 1;#2`;
              ewake = 1;
            }
            break;
          case 0:
            line`ewake = 1;#3`;
            ewake = 1;
            break;
        }
      }
      line`wake_up(&ep->wq);`;
      yield* wake_up(ep.wq);
    }
  }
  // out_unlock:
  line`read_unlock_irqrestore(&ep->lock, flags);`;
  line`if (!(epi->event.events & EPOLLEXCLUSIVE))`;
  if (!(epi.event.events & EPOLLEXCLUSIVE)) {
    line`ewake = 1;#4`;
    ewake = 1;
  }
  frame.ewake = ewake;
  line`return ewake;`;
  return ewake;
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
  return (yield* sock_poll(file, pt)) & (epi.event.events | EPOLLERR | EPOLLHUP);
}

export function* ep_insert(ep: Eventpoll, event: EpollEvent, tfile: File, fd: number): Sim<number> {
  frame({ ep, event, tfile, fd });
  line`if (!(epi = kmem_cache_alloc(epi_cache, GFP_KERNEL)))`;
  const epi = new Epitem(ep, tfile, fd, { ...event });
  frame.epi = epi;
  line`ep_set_ffd(&epi->ffd, tfile, fd);`;
  line`epi->event = *event;`;
  line`init_poll_funcptr(&epq.pt, ep_ptable_queue_proc);`;
  const pt: PollTable = { _qproc: ep_ptable_queue_proc(epi), _key: event.events };
  line`revents = ep_item_poll(epi, &epq.pt, 1);`;
  const revents = yield* ep_item_poll(epi, pt);
  frame.revents = revents;
  tfile.f_ep_links.push(epi);
  line`ep_rbtree_insert(ep, epi);`;
  ep.rbr.set(fd, epi);
  line`if (revents && !ep_is_linked(epi)) {`;
  if (revents && !epi.rdllink) {
    line`list_add_tail(&epi->rdllink, &ep->rdllist);`;
    epi.rdllink = true;
    ep.rdllist.push(epi);
    line`if (waitqueue_active(&ep->wq))`;
    if (ep.wq.waiters.length) {
      line`wake_up(&ep->wq);`;
      yield* wake_up(ep.wq);
    }
  }
  line`return 0;`;
  return 0;
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
  const revents = yield* ep_item_poll(epi, null);
  if (revents && !epi.rdllink) {
    epi.rdllink = true;
    ep.rdllist.push(epi);
    if (ep.wq.waiters.length) yield* wake_up(ep.wq);
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
      return yield* ep_insert(ep, event, tf, fd);
    case EPOLL_CTL_DEL:
      if (!epi) return -ENOENT;
      ep_remove(ep, epi);
      return 0;
    case EPOLL_CTL_MOD:
      if (!epi) return -ENOENT;
      if (epi.event.events & EPOLLEXCLUSIVE) return -EINVAL;
      return yield* ep_modify(ep, epi, event);
  }
  return -EINVAL;
}

/** A ready event as epoll_wait hands it back. */
export interface ReadyEvent {
  events: number;
  data: number;
}

export function* ep_send_events_proc(ep: Eventpoll, maxevents: number, out: ReadyEvent[]): Sim<number> {
  frame({ ep, maxevents, rdllist: ep.rdllist });
  // (ep_scan_ready_list hands the list over: items readied meanwhile wait on ovflist, then join rdllist)
  const head = ep.rdllist.splice(0, ep.rdllist.length);
  const back: Epitem[] = [];
  let res = 0;
  line`list_for_each_entry_safe(epi, tmp, head, rdllink) {`;
  let k = 0;
  for (; k < head.length; k++) {
    const epi = head[k];
    frame.epi = epi;
    line`if (esed->res >= esed->maxevents)`;
    if (res >= maxevents) break;
    line`list_del_init(&epi->rdllink);`;
    epi.rdllink = false;
    line`revents = ep_item_poll(epi, &pt, 1);`;
    const revents = yield* ep_item_poll(epi, null);
    frame.revents = revents;
    line`if (!revents)`;
    if (!revents) continue;
    line`if (__put_user(revents, &uevent->events) ||`;
    out.push({ events: revents, data: epi.event.data });
    line`esed->res++;`;
    res++;
    line`if (epi->event.events & EPOLLONESHOT)`;
    if (epi.event.events & EPOLLONESHOT) {
      line`epi->event.events &= EP_PRIVATE_BITS;`;
      epi.event.events &= EP_PRIVATE_BITS;
    } else if (!(epi.event.events & EPOLLET)) {
      line`list_add_tail(&epi->rdllink, &ep->rdllist);`;
      epi.rdllink = true;
      back.push(epi);
    }
  }
  // what was not looked at stays at the head; level-triggered items go back at the tail
  const rest = head.slice(k);
  ep.rdllist.unshift(...rest);
  ep.rdllist.push(...back);
  line`return 0;`;
  return res;
}

export function* ep_poll(ep: Eventpoll, out: ReadyEvent[], maxevents: number, timeout: number): Sim<number> {
  frame({ ep, maxevents, timeout });
  let res = 0;
  let eavail = false;
  let timed_out = 0;
  let waiter = false;
  const task = E.current!;
  // (timeout in ms: > 0 a timer, 0 one look, < 0 none)
  let left = timeout > 0 ? timeout * 1000 : Infinity;
  line`if (timeout > 0) {`;
  let skipFetch = false;
  if (timeout === 0) {
    line`timed_out = 1;#1`;
    timed_out = 1;
    line`eavail = ep_events_available(ep);#1`;
    eavail = ep.rdllist.length > 0;
    skipFetch = true;
  }
  for (;;) {
    if (!skipFetch) {
      // fetch_events:
      line`eavail = ep_events_available(ep);#2`;
      eavail = ep.rdllist.length > 0;
      frame.eavail = eavail;
      line`if (eavail)#1`;
      if (!eavail) {
        line`if (!waiter) {`;
        if (!waiter) {
          waiter = true;
          line`__add_wait_queue_exclusive(&ep->wq, &wait);`;
          prepare_to_wait(ep.wq, true, 'ep_poll');
        }
        for (;;) {
          line`set_current_state(TASK_INTERRUPTIBLE);`;
          line`eavail = ep_events_available(ep);#3`;
          eavail = ep.rdllist.length > 0;
          frame.eavail = eavail;
          line`if (eavail)#2`;
          if (eavail) break;
          line`if (!schedule_hrtimeout_range(to, slack, HRTIMER_MODE_ABS)) {`;
          task.waitChannel = 'ep_poll';
          const remaining = schedule_hrtimeout(task, left);
          yield SLEEP;
          left = remaining();
          if (left === 0 && !ep.rdllist.length) {
            line`timed_out = 1;#2`;
            timed_out = 1;
            break;
          }
        }
      }
    }
    skipFetch = false;
    // send_events:
    line`if (!res && eavail &&`;
    if (!res && eavail) {
      res = yield* ep_send_events_proc(ep, maxevents, out);
      frame.res = res;
      if (!res && !timed_out) continue;
    }
    break;
  }
  line`if (waiter) {`;
  if (waiter) {
    line`__remove_wait_queue(&ep->wq, &wait);`;
    finish_wait(ep.wq, task);
  }
  line`return res;`;
  return res;
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
