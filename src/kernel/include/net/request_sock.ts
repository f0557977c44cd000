// struct request_sock ⊂ inet_request_sock ⊂ tcp_request_sock (include/net/request_sock.h,
// include/net/inet_sock.h, include/linux/tcp.h): the "mini socket" of a half-open connection.
// It starts with sock_common, so it can sit in the established hash beside full sockets.

import { SockCommon } from './sock';
import type { Sock } from './sock';
import { TCP_NEW_SYN_RECV } from './tcp_states';
import type { TimerList } from '../../core/timer';

export class RequestSock extends SockCommon {
  override structName = 'request_sock';
  rsk_listener: Sock | null = null;
  dl_next: RequestSock | null = null;
  mss = 0;
  num_retrans = 0;
  num_timeout = 0;
  rsk_timer: TimerList | null = null;
  rsk_ops = 'tcp_request_sock_ops';
  /** The child full socket, once the handshake completed. */
  sk: Sock | null = null;
  rsk_rcv_wnd = 0;
  /** req->rsk_window_clamp: what the child's window_clamp starts from. */
  rsk_window_clamp = 65535;
  freed = false;
  constructor() {
    super();
    this.skc_state = TCP_NEW_SYN_RECV;
  }
}

export class InetRequestSock extends RequestSock {
  override structName = 'inet_request_sock';
  // ir_loc_addr, ir_rmt_addr, ir_num, ir_rmt_port are macros onto sock_common
  get ir_loc_addr(): string {
    return this.skc_rcv_saddr;
  }
  set ir_loc_addr(v: string) {
    this.skc_rcv_saddr = v;
  }
  get ir_rmt_addr(): string {
    return this.skc_daddr;
  }
  set ir_rmt_addr(v: string) {
    this.skc_daddr = v;
  }
  get ir_num(): number {
    return this.skc_num;
  }
  set ir_num(v: number) {
    this.skc_num = v;
  }
  get ir_rmt_port(): number {
    return this.skc_dport;
  }
  set ir_rmt_port(v: number) {
    this.skc_dport = v;
  }
  get ireq_state(): number {
    return this.skc_state;
  }
  snd_wscale = 0;
  rcv_wscale = 0;
  tstamp_ok = 0;
  sack_ok = 0;
  wscale_ok = 0;
  acked = 0;
}

export class TcpRequestSock extends InetRequestSock {
  override structName = 'tcp_request_sock';
  af_specific = 'tcp_request_sock_ipv4_ops';
  snt_synack = 0;
  rcv_isn = 0;
  snt_isn = 0;
  ts_off = 0;
  rcv_nxt = 0;
}

export function inet_rsk(req: RequestSock): InetRequestSock {
  return req as InetRequestSock;
}
export function tcp_rsk(req: RequestSock): TcpRequestSock {
  return req as TcpRequestSock;
}
