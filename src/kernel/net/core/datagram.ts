// net/core/datagram.c: datagram_poll, the generic poll of datagram sockets (udp_poll starts from it).

import { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import type { File, PollTable, Socket } from '../../include/linux/net';
import { sock_poll_wait } from '../../include/linux/net';
import { EPOLLERR, EPOLLHUP, EPOLLIN, EPOLLOUT, EPOLLRDHUP, EPOLLRDNORM, EPOLLWRBAND, EPOLLWRNORM } from '../../include/linux/eventpoll';
import { RCV_SHUTDOWN, SHUTDOWN_MASK, TCP_CLOSE, TCP_SYN_SENT } from '../../include/net/tcp_states';
import { SOCK_SEQPACKET, SOCK_STREAM } from '../../include/uapi';

/** datagram_poll(): readable with a datagram queued, writable while the send buffer has room (always, here). */
export function* datagram_poll(file: File, sock: Socket, wait: PollTable | null): Sim<number> {
  const sk = sock.sk!;
  frame({ file, sock, wait, sk });
  line`sock_poll_wait(file, sock, wait);`;
  sock_poll_wait(file, sock, wait);
  line`mask = 0;`;
  let mask = 0;
  line`if (sk->sk_err || !skb_queue_empty_lockless(&sk->sk_error_queue))`;
  if (sk.sk_err) {
    line`mask |= EPOLLERR |`;
    mask |= EPOLLERR;
  }
  line`if (sk->sk_shutdown & RCV_SHUTDOWN)`;
  if (sk.sk_shutdown & RCV_SHUTDOWN) {
    line`mask |= EPOLLRDHUP | EPOLLIN | EPOLLRDNORM;`;
    mask |= EPOLLRDHUP | EPOLLIN | EPOLLRDNORM;
  }
  line`if (sk->sk_shutdown == SHUTDOWN_MASK)`;
  if (sk.sk_shutdown === SHUTDOWN_MASK) {
    line`mask |= EPOLLHUP;#1`;
    mask |= EPOLLHUP;
  }
  line`if (!skb_queue_empty_lockless(&sk->sk_receive_queue))`;
  if (sk.sk_receive_queue.length) {
    line`mask |= EPOLLIN | EPOLLRDNORM;`;
    mask |= EPOLLIN | EPOLLRDNORM;
  }
  line`if (connection_based(sk)) {`;
  if (sk.sk_type === SOCK_STREAM || sk.sk_type === SOCK_SEQPACKET) {
    line`if (sk->sk_state == TCP_CLOSE)`;
    if (sk.sk_state === TCP_CLOSE) {
      line`mask |= EPOLLHUP;#2`;
      mask |= EPOLLHUP;
    }
    line`if (sk->sk_state == TCP_SYN_SENT)`;
    if (sk.sk_state === TCP_SYN_SENT) {
      line`return mask;#1`;
      return mask;
    }
  }
  line`if (sock_writeable(sk))`;
  line`mask |= EPOLLOUT | EPOLLWRNORM | EPOLLWRBAND;`;
  mask |= EPOLLOUT | EPOLLWRNORM | EPOLLWRBAND;
  frame.mask = mask;
  line`return mask;#2`;
  return mask;
}
