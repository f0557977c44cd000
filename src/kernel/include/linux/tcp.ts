// struct tcp_sock (include/linux/tcp.h): TCP's socket, the last link of the embedding chain
// sock ⊂ inet_sock ⊂ inet_connection_sock ⊂ tcp_sock. tcp_sk(sk) is a cast of the same object.

import { InetConnectionSock } from '../net/inet_connection_sock';
import type { Sock } from '../net/sock';
import type { SkBuff } from './skbuff';

export class TcpSock extends InetConnectionSock {
  override structName = 'tcp_sock';
  // receive side
  rcv_nxt = 0;
  copied_seq = 0;
  rcv_wup = 0;
  rcv_wnd = 0;
  window_clamp = 0;
  // send side
  snd_una = 0;
  snd_nxt = 0;
  write_seq = 0;
  pushed_seq = 0;
  snd_wnd = 0;
  snd_wl1 = 0;
  max_window = 0;
  snd_cwnd = 10;
  snd_ssthresh = 0x7fffffff;
  packets_out = 0;
  srtt_us = 0;
  mss_cache = 536;
  advmss = 1460;
  rx_opt = { mss_clamp: 536, tstamp_ok: 0, sack_ok: 0, wscale_ok: 0, snd_wscale: 0, rcv_wscale: 0, ts_recent_stamp: -1 };
  tsoffset = 0;
  retrans_stamp = 0;
  total_retrans = 0;
  lsndtime = 0;
  linger2 = 0;
  /** tcp_rtx_queue: sent, not yet acknowledged segments. */
  tcp_rtx_queue: SkBuff[] = [];
  out_of_order_queue: SkBuff[] = [];
}

export function tcp_sk(sk: Sock): TcpSock {
  return sk as TcpSock;
}
