// net/core/stream.c and include/net/sock.h's stream helpers: a stream socket's send buffer — is
// there room (sk_stream_memory_free), waiting for room (sk_stream_wait_memory), and the wake-up
// when ACKs free some (sk_stream_write_space, the sk_write_space TCP installs).

import { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import { Sock } from '../../include/net/sock';
import { SEND_SHUTDOWN } from '../../include/net/tcp_states';
import { EPOLLOUT, EPOLLWRBAND, EPOLLWRNORM } from '../../include/linux/eventpoll';
import { wake_up_interruptible_poll } from '../../kernel/sched/wait';
import { ERRNO } from '../../include/uapi';
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

/** sk_stream_write_space() (sk->sk_write_space for TCP): enough room again — wake a writer, with EPOLLOUT. */
export function* sk_stream_write_space(sk: Sock): Sim<void> {
  const sock = sk.sk_socket;
  frame({ sk, sock });
  line`if (__sk_stream_is_writeable(sk, 1) && sock) {`;
  if (sk_stream_is_writeable(sk) && sock !== null) {
    line`clear_bit(SOCK_NOSPACE, &sock->flags);`;
    sock.flags &= ~SOCK_NOSPACE;
    line`if (skwq_has_sleeper(wq))`;
    const wq = sk.sk_wq;
    if (wq !== null && wq.waiters.length) {
      line`wake_up_interruptible_poll(&wq->wait, EPOLLOUT |`;
      yield* wake_up_interruptible_poll(wq, EPOLLOUT | EPOLLWRNORM | EPOLLWRBAND);
    }
  }
}

/**
 * sk_stream_wait_memory(): sleep until the send buffer has room; 0, or -EPIPE (error or shutdown),
 * -EAGAIN (non-blocking, or SO_SNDTIMEO ran out). `timeo.left` is the caller's timeo, updated.
 */
export function* sk_stream_wait_memory(sk: Sock, timeo: { left: number }): Sim<number> {
  frame({ sk, timeo: timeo.left });
  line`add_wait_queue(sk_sleep(sk), &wait);`;
  line`while (1) {`;
  for (;;) {
    line`if (sk->sk_err || (sk->sk_shutdown & SEND_SHUTDOWN))`;
    if (sk.sk_err || sk.sk_shutdown & SEND_SHUTDOWN) {
      line`goto do_error;`;
      line`err = -EPIPE;`;
      return -ERRNO.EPIPE;
    }
    line`if (!*timeo_p)`;
    if (!timeo.left) {
      line`goto do_eagain;`;
      line`set_bit(SOCK_NOSPACE, &sk->sk_socket->flags);#2`;
      sk.sk_socket!.flags |= SOCK_NOSPACE;
      line`err = -EAGAIN;`;
      return -ERRNO.EAGAIN;
    }
    line`if (sk_stream_memory_free(sk) && !vm_wait)`;
    if (sk_stream_memory_free(sk)) {
      line`break;`;
      break;
    }
    line`set_bit(SOCK_NOSPACE, &sk->sk_socket->flags);#1`;
    sk.sk_socket!.flags |= SOCK_NOSPACE;
    line`sk_wait_event(sk, &current_timeo, sk->sk_err ||`;
    // (ACKs waiting on the backlog are processed as the lock is let go: they may free room before any sleep)
    timeo.left = yield* sk_wait_event(sk, timeo.left, 'sk_stream_wait_memory', () => !!(sk.sk_err || sk.sk_shutdown & SEND_SHUTDOWN || sk_stream_memory_free(sk)));
    frame.timeo = timeo.left;
  }
  line`return err;`;
  return 0;
}
