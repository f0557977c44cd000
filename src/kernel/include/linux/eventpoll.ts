// The structs of poll() and epoll (fs/select.c, fs/eventpoll.c, include/uapi/linux/eventpoll.h,
// include/uapi/asm-generic/poll.h): the event bits, struct eventpoll (an epoll instance: its items,
// its ready list, the tasks waiting in epoll_wait) and struct epitem (one watched descriptor, hooked on
// its socket's wait queue by an entry whose function is ep_poll_callback).

import type { Task } from '../../core/engine';
import { kaddr, newObjectId } from '../net/sock';
import { WaitQueueHead } from './net';
import type { File, WaitQueueEntry } from './net';

// poll bits (asm-generic/poll.h); the EPOLL* values are the same bits (uapi/linux/eventpoll.h)
export const POLLIN = 0x1;
export const POLLPRI = 0x2;
export const POLLOUT = 0x4;
export const POLLERR = 0x8;
export const POLLHUP = 0x10;
export const POLLNVAL = 0x20;
export const POLLRDNORM = 0x40;
export const POLLRDBAND = 0x80;
export const POLLWRNORM = 0x100;
export const POLLWRBAND = 0x200;
export const POLLRDHUP = 0x2000;
export const EPOLLIN = POLLIN;
export const EPOLLPRI = POLLPRI;
export const EPOLLOUT = POLLOUT;
export const EPOLLERR = POLLERR;
export const EPOLLHUP = POLLHUP;
export const EPOLLNVAL = POLLNVAL;
export const EPOLLRDNORM = POLLRDNORM;
export const EPOLLRDBAND = POLLRDBAND;
export const EPOLLWRNORM = POLLWRNORM;
export const EPOLLWRBAND = POLLWRBAND;
export const EPOLLRDHUP = POLLRDHUP;
export const EPOLLEXCLUSIVE = 1 << 28;
export const EPOLLWAKEUP = 1 << 29;
export const EPOLLONESHOT = 1 << 30;
export const EPOLLET = 1 << 31; // (-2147483648 as a 32-bit int: compare with &)
/** POLLFREE: the key of a queue that goes away (signalfd, binder: never a socket's). */
export const POLLFREE = 0x4000;
/** EPOLLINOUT_BITS (fs/eventpoll.c): what an EPOLLEXCLUSIVE item's wake-up looks at. */
export const EPOLLINOUT_BITS = POLLIN | POLLOUT;
/** EP_PRIVATE_BITS: what EPOLLONESHOT leaves of an item's events once it fired. */
export const EP_PRIVATE_BITS = EPOLLWAKEUP | EPOLLONESHOT | EPOLLET | EPOLLEXCLUSIVE;
export const EPOLL_CTL_ADD = 1;
export const EPOLL_CTL_DEL = 2;
export const EPOLL_CTL_MOD = 3;
/** EPOLL_CLOEXEC = O_CLOEXEC. */
export const EPOLL_CLOEXEC = 0o2000000;

const POLL_NAMES: Array<[number, string]> = [
  [POLLIN, 'IN'], [POLLPRI, 'PRI'], [POLLOUT, 'OUT'], [POLLERR, 'ERR'], [POLLHUP, 'HUP'], [POLLNVAL, 'NVAL'],
  [POLLRDNORM, 'RDNORM'], [POLLRDBAND, 'RDBAND'], [POLLWRNORM, 'WRNORM'], [POLLWRBAND, 'WRBAND'], [POLLRDHUP, 'RDHUP'],
];

/** Event bits by name, as strace prints them: `POLLIN|POLLRDNORM` (prefix POLL or EPOLL). */
export function pollBits(mask: number, prefix: 'POLL' | 'EPOLL'): string {
  const names = POLL_NAMES.filter(([b]) => mask & b).map(([, n]) => prefix + n);
  return names.length ? names.join('|') : '0';
}

/** An epitem's events by name: `EPOLLIN|EPOLLET` (the flags EPOLLET, EPOLLONESHOT … too). */
export function epollEventsText(mask: number): string {
  const flags: Array<[number, string]> = [[EPOLLET, 'EPOLLET'], [EPOLLONESHOT, 'EPOLLONESHOT'], [EPOLLEXCLUSIVE, 'EPOLLEXCLUSIVE'], [EPOLLWAKEUP, 'EPOLLWAKEUP']];
  const bits = pollBits(mask & 0xffff, 'EPOLL');
  const names = [...(bits === '0' ? [] : [bits]), ...flags.filter(([b]) => mask & b).map(([, n]) => n)];
  return names.length ? names.join('|') : '0';
}

/** struct epoll_event: the events and the user's data (here: the fd, as programs usually store). */
export interface EpollEvent {
  events: number;
  data: number;
}

/**
 * struct eppoll_entry: an epitem's entry on a watched file's wait queue — the wait entry (whose
 * function is ep_poll_callback) with the item it stands for (base) and the queue it is on (whead).
 */
export interface EppollEntry extends WaitQueueEntry {
  base: Epitem;
  whead: WaitQueueHead;
}

/** struct epitem: one descriptor an epoll instance watches. */
export class Epitem {
  readonly objId = newObjectId();
  readonly structName = 'epitem';
  /** ffd: the file and the descriptor number it was added with. */
  ffd: { file: File; fd: number };
  event: EpollEvent;
  /** rdllink: on the ready list now. */
  rdllink = false;
  /** pwqlist: its entries on wait queues (ep_poll_callback's), each knowing the queue it is on. */
  pwqlist: EppollEntry[] = [];
  nwait = 0;
  constructor(readonly ep: Eventpoll, file: File, fd: number, event: EpollEvent) {
    this.ffd = { file, fd };
    this.event = event;
  }
  get addr(): string {
    return kaddr(this.objId);
  }
}

/** struct eventpoll: an epoll instance. */
export class Eventpoll {
  readonly objId = newObjectId();
  readonly structName = 'eventpoll';
  /** wq: the tasks sleeping in epoll_wait (ep_poll). */
  readonly wq = new WaitQueueHead('eventpoll.wq');
  /** rdllist: the items ready (or to be asked again), in the order they became ready. */
  readonly rdllist: Epitem[] = [];
  /** rbr: every item, by descriptor (the kernel's red-black tree is keyed by file and fd). */
  readonly rbr = new Map<number, Epitem>();
  file: File | null = null;
  get addr(): string {
    return kaddr(this.objId);
  }
}

/** struct poll_wqueues: a poll() call's table — its entries on the files' wait queues, and whether one fired. */
export class PollWqueues {
  triggered = 0;
  readonly entries: Array<{ whead: WaitQueueHead; entry: WaitQueueEntry }> = [];
  constructor(readonly polling_task: Task) {}
}
