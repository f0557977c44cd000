// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/core/datagram.ts
// @ts-nocheck
// net/core/datagram.c: datagram_poll, the generic poll of datagram sockets (udp_poll starts from it).

import { Sim } from '../../../core/engine';
import { at, enter, leave } from '../../../core/engine';
import { defineFn } from '../../../core/anchors';
import type { File, PollTable, Socket } from '../../../include/linux/net';
import { sock_poll_wait } from '../../../include/linux/net';
import { EPOLLERR, EPOLLHUP, EPOLLIN, EPOLLOUT, EPOLLRDHUP, EPOLLRDNORM, EPOLLWRBAND, EPOLLWRNORM } from '../../../include/linux/eventpoll';
import { RCV_SHUTDOWN, SHUTDOWN_MASK, TCP_CLOSE, TCP_SYN_SENT } from '../../../include/net/tcp_states';
import { SOCK_SEQPACKET, SOCK_STREAM } from '../../../include/uapi';
const A$datagram_poll = defineFn('net/core/datagram.c', 'datagram_poll', [23, 24, 27, 28, 31, 32, 33, 34, 37, 38, 41, 42, 43, 45, 46, 50, 51, 55]);

/** datagram_poll(): readable with a datagram queued, writable while the send buffer has room (always, here). */
export function* datagram_poll(file: File, sock: Socket, wait: PollTable | null): Sim<number> {
  const sk = sock.sk!;
  const $f = enter(A$datagram_poll, { file, sock, wait, sk });
  try {
  if (at(A$datagram_poll.L23)) yield;
  sock_poll_wait(file, sock, wait);
  if (at(A$datagram_poll.L24)) yield;
  let mask = 0;
  if (at(A$datagram_poll.L27)) yield;
  if (sk.sk_err) {
    if (at(A$datagram_poll.L28)) yield;
    mask |= EPOLLERR;
  }
  if (at(A$datagram_poll.L31)) yield;
  if (sk.sk_shutdown & RCV_SHUTDOWN) {
    if (at(A$datagram_poll.L32)) yield;
    mask |= EPOLLRDHUP | EPOLLIN | EPOLLRDNORM;
  }
  if (at(A$datagram_poll.L33)) yield;
  if (sk.sk_shutdown === SHUTDOWN_MASK) {
    if (at(A$datagram_poll.L34)) yield;
    mask |= EPOLLHUP;
  }
  if (at(A$datagram_poll.L37)) yield;
  if (sk.sk_receive_queue.length) {
    if (at(A$datagram_poll.L38)) yield;
    mask |= EPOLLIN | EPOLLRDNORM;
  }
  if (at(A$datagram_poll.L41)) yield;
  if (sk.sk_type === SOCK_STREAM || sk.sk_type === SOCK_SEQPACKET) {
    if (at(A$datagram_poll.L42)) yield;
    if (sk.sk_state === TCP_CLOSE) {
      if (at(A$datagram_poll.L43)) yield;
      mask |= EPOLLHUP;
    }
    if (at(A$datagram_poll.L45)) yield;
    if (sk.sk_state === TCP_SYN_SENT) {
      if (at(A$datagram_poll.L46)) yield;
      return mask;
    }
  }
  if (at(A$datagram_poll.L50)) yield;
  if (at(A$datagram_poll.L51)) yield;
  mask |= EPOLLOUT | EPOLLWRNORM | EPOLLWRBAND;
  $f.vars.mask = mask;
  if (at(A$datagram_poll.L55)) yield;
  return mask;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
export function datagram_poll$fast(file: File, sock: Socket, wait: PollTable | null): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const sk = sock.sk!;
  const $f = ($tb !== null && ($o = (A$datagram_poll.L23 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  sock_poll_wait(file, sock, wait);
  $s += 2; if ($tb !== null) ($o = (A$datagram_poll.L24 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  let mask = 0;
  
  if (sk.sk_err) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$datagram_poll.L28) : $tb.op($e.now, A$datagram_poll.L28));
    mask |= EPOLLERR;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$datagram_poll.L31) : $tb.op($e.now, A$datagram_poll.L31));
  if (sk.sk_shutdown & RCV_SHUTDOWN) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$datagram_poll.L32) : $tb.op($e.now, A$datagram_poll.L32));
    mask |= EPOLLRDHUP | EPOLLIN | EPOLLRDNORM;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$datagram_poll.L33) : $tb.op($e.now, A$datagram_poll.L33));
  if (sk.sk_shutdown === SHUTDOWN_MASK) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$datagram_poll.L34) : $tb.op($e.now, A$datagram_poll.L34));
    mask |= EPOLLHUP;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$datagram_poll.L37) : $tb.op($e.now, A$datagram_poll.L37));
  if (sk.sk_receive_queue.length) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$datagram_poll.L38) : $tb.op($e.now, A$datagram_poll.L38));
    mask |= EPOLLIN | EPOLLRDNORM;
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$datagram_poll.L41) : $tb.op($e.now, A$datagram_poll.L41));
  if (sk.sk_type === SOCK_STREAM || sk.sk_type === SOCK_SEQPACKET) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$datagram_poll.L42) : $tb.op($e.now, A$datagram_poll.L42));
    if (sk.sk_state === TCP_CLOSE) {
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$datagram_poll.L43) : $tb.op($e.now, A$datagram_poll.L43));
      mask |= EPOLLHUP;
    }
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$datagram_poll.L45) : $tb.op($e.now, A$datagram_poll.L45));
    if (sk.sk_state === TCP_SYN_SENT) {
      ++$s; $x = A$datagram_poll.L46 | 1048576;
      return ($r = (mask), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$datagram_poll.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
    }
  }
  $s += 3; $x = A$datagram_poll.L50 | 3145728;
  
  mask |= EPOLLOUT | EPOLLWRNORM | EPOLLWRBAND;
  
  
  return ($r = (mask), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$datagram_poll.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(datagram_poll, datagram_poll$fast, 'datagram_poll', () => []);

// ---- kernel names ----
(datagram_poll as any).kname = 'datagram_poll';
