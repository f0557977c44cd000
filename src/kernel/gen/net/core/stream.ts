// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/core/stream.ts
// @ts-nocheck
// net/core/stream.c and include/net/sock.h's stream helpers: a stream socket's send buffer — is
// there room (sk_stream_memory_free), waiting for room (sk_stream_wait_memory), and the wake-up
// when ACKs free some (sk_stream_write_space, the sk_write_space TCP installs).

import { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import { Sock } from '../../../include/net/sock';
import { SEND_SHUTDOWN } from '../../../include/net/tcp_states';
import { EPOLLOUT, EPOLLWRBAND, EPOLLWRNORM } from '../../../include/linux/eventpoll';
import { wake_up_interruptible_poll } from '../../kernel/sched/wait';
import { ERRNO } from '../../../include/uapi';
import { sk_wait_event } from '../ipv4/af_inet';

/** SOCK_NOSPACE (include/linux/net.h, bit 2 of socket->flags): a writer found the send buffer full. */
export const SOCK_NOSPACE = 1 << 2;

/** sk_stream_memory_free(): is the send buffer below its limit (sk_wmem_queued < sk_sndbuf)? */
export function sk_stream_memory_free(sk: Sock): boolean {
  return sk.sk_wmem_queued < sk.sk_sndbuf;
}

/** __sk_stream_is_writeable(sk, 1): room for a third of the buffer again (free ≥ half of what is queued). */
export function sk_stream_is_writeable(sk: Sock): boolean {
  return sk.sk_sndbuf - sk.sk_wmem_queued >= sk.sk_wmem_queued >> 1 && sk_stream_memory_free(sk);
}
const A$sk_stream_write_space = defineFn('net/core/stream.c', 'sk_stream_write_space', [21, 22, 26, 27]);

/** sk_stream_write_space() (sk->sk_write_space for TCP): enough room again — wake a writer, with EPOLLOUT. */
export function* sk_stream_write_space(sk: Sock): Sim<void> {
  const sock = sk.sk_socket;
  const $f = enter(A$sk_stream_write_space, { sk, sock });
  try {
  if (at(A$sk_stream_write_space.L21)) yield;
  if (sk_stream_is_writeable(sk) && sock !== null) {
    if (at(A$sk_stream_write_space.L22)) yield;
    sock.flags &= ~SOCK_NOSPACE;
    if (at(A$sk_stream_write_space.L26)) yield;
    const wq = sk.sk_wq;
    if (wq !== null && wq.waiters.length) {
      if (at(A$sk_stream_write_space.L27)) yield;
      ($E.fast || $E.twinOk[wake_up_interruptible_poll.k] === 1 ? wake_up_interruptible_poll$fast(wq, EPOLLOUT | EPOLLWRNORM | EPOLLWRBAND) : yield* wake_up_interruptible_poll(wq, EPOLLOUT | EPOLLWRNORM | EPOLLWRBAND));
    }
  }
  } finally {
    leave($f);
  }
}
const A$sk_stream_wait_memory = defineFn('net/core/stream.c', 'sk_stream_wait_memory', [51, 53, 56, 57, 58, 59, 63, 64, 66, 68, 86, 89, 92, 93]);

/**
 * sk_stream_wait_memory(): sleep until the send buffer has room; 0, or -EPIPE (error or shutdown),
 * -EAGAIN (non-blocking, or SO_SNDTIMEO ran out). `timeo.left` is the caller's timeo, updated.
 */
export function* sk_stream_wait_memory(sk: Sock, timeo: { left: number }): Sim<number> {
  const $f = enter(A$sk_stream_wait_memory, { sk, timeo: timeo.left });
  try {
  if (at(A$sk_stream_wait_memory.L51)) yield;
  if (at(A$sk_stream_wait_memory.L53)) yield;
  for (;;) {
    if (at(A$sk_stream_wait_memory.L56)) yield;
    if (sk.sk_err || sk.sk_shutdown & SEND_SHUTDOWN) {
      if (at(A$sk_stream_wait_memory.L57)) yield;
      if (at(A$sk_stream_wait_memory.L89)) yield;
      return -ERRNO.EPIPE;
    }
    if (at(A$sk_stream_wait_memory.L58)) yield;
    if (!timeo.left) {
      if (at(A$sk_stream_wait_memory.L59)) yield;
      if (at(A$sk_stream_wait_memory.L92)) yield;
      sk.sk_socket!.flags |= SOCK_NOSPACE;
      if (at(A$sk_stream_wait_memory.L93)) yield;
      return -ERRNO.EAGAIN;
    }
    if (at(A$sk_stream_wait_memory.L63)) yield;
    if (sk_stream_memory_free(sk)) {
      if (at(A$sk_stream_wait_memory.L64)) yield;
      break;
    }
    if (at(A$sk_stream_wait_memory.L66)) yield;
    sk.sk_socket!.flags |= SOCK_NOSPACE;
    if (at(A$sk_stream_wait_memory.L68)) yield;
    // (ACKs waiting on the backlog are processed as the lock is let go: they may free room before any sleep)
    timeo.left = yield* sk_wait_event(sk, timeo.left, 'sk_stream_wait_memory', () => !!(sk.sk_err || sk.sk_shutdown & SEND_SHUTDOWN || sk_stream_memory_free(sk)));
    $f.vars.timeo = timeo.left;
  }
  if (at(A$sk_stream_wait_memory.L86)) yield;
  return 0;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
import { wake_up_interruptible_poll$fast as wake_up_interruptible_poll$fast } from '../../kernel/sched/wait';
export function sk_stream_write_space$fast(sk: Sock): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const sock = sk.sk_socket;
  const $f = ($tb !== null && ($o = (A$sk_stream_write_space.L21 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (sk_stream_is_writeable(sk) && sock !== null) {
    $s += 2; if ($tb !== null) ($o = (A$sk_stream_write_space.L22 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    sock.flags &= ~SOCK_NOSPACE;
    
    const wq = sk.sk_wq;
    if (wq !== null && wq.waiters.length) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$sk_stream_write_space.L27) : $tb.op($e.now, A$sk_stream_write_space.L27));
      wake_up_interruptible_poll$fast(wq, EPOLLOUT | EPOLLWRNORM | EPOLLWRBAND);
    }
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$sk_stream_write_space.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
$kreg(sk_stream_write_space, sk_stream_write_space$fast, 'sk_stream_write_space', () => [wake_up_interruptible_poll]);
