// struct inet_timewait_sock ⊂ tcp_timewait_sock (include/net/inet_timewait_sock.h,
// include/linux/tcp.h): what remains of a connection in TIME_WAIT — a small sock that holds the
// 4-tuple in the established hash (and the port in its bind bucket) until its timer expires.

import { SockCommon } from './sock';
import { TCP_TIME_WAIT } from './tcp_states';
import type { InetBindBucket } from './inet_hashtables';
import type { TimerList } from '../../core/timer';

export class InetTimewaitSock extends SockCommon {
  override structName = 'tcp_timewait_sock';
  /** TCP_FIN_WAIT2 or TCP_TIME_WAIT: what the connection is really waiting for. */
  tw_substate = TCP_TIME_WAIT;
  tw_tb: InetBindBucket | null = null;
  tw_timer: TimerList | null = null;
  // tcp_timewait_sock
  tw_rcv_nxt = 0;
  tw_snd_nxt = 0;
  tw_rcv_wnd = 0;
  tw_ts_offset = 0;
  inet_saddr = '0.0.0.0';
  inet_sport = 0;
  freed = false;
  constructor() {
    super();
    this.skc_state = TCP_TIME_WAIT;
  }
  get tw_state(): number {
    return this.skc_state;
  }
  /** inet_twsk_deschedule_put(): stop the timer and kill the tw now. */
  deschedule(): void {
    this.tw_timer?.del();
    this.kill();
  }
  /** Set by the code that creates it: unhash from ehash and the bind bucket (inet_twsk_kill). */
  kill: () => void = () => undefined;
}

export function inet_twsk(sk: SockCommon): InetTimewaitSock {
  return sk as InetTimewaitSock;
}
