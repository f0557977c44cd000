// TCP states (include/net/tcp_states.h) and the BSD socket states (include/uapi/linux/net.h).

export const TCP_ESTABLISHED = 1;
export const TCP_SYN_SENT = 2;
export const TCP_SYN_RECV = 3;
export const TCP_FIN_WAIT1 = 4;
export const TCP_FIN_WAIT2 = 5;
export const TCP_TIME_WAIT = 6;
export const TCP_CLOSE = 7;
export const TCP_CLOSE_WAIT = 8;
export const TCP_LAST_ACK = 9;
export const TCP_LISTEN = 10;
export const TCP_CLOSING = 11;
export const TCP_NEW_SYN_RECV = 12;

export const TCP_STATE_NAMES = [
  '',
  'TCP_ESTABLISHED',
  'TCP_SYN_SENT',
  'TCP_SYN_RECV',
  'TCP_FIN_WAIT1',
  'TCP_FIN_WAIT2',
  'TCP_TIME_WAIT',
  'TCP_CLOSE',
  'TCP_CLOSE_WAIT',
  'TCP_LAST_ACK',
  'TCP_LISTEN',
  'TCP_CLOSING',
  'TCP_NEW_SYN_RECV',
] as const;

export function tcpStateName(s: number): string {
  return TCP_STATE_NAMES[s] ?? `TCP_STATE_${s}`;
}

export type SocketState = 'SS_FREE' | 'SS_UNCONNECTED' | 'SS_CONNECTING' | 'SS_CONNECTED' | 'SS_DISCONNECTING';

// sk_shutdown bits
export const RCV_SHUTDOWN = 1;
export const SEND_SHUTDOWN = 2;
export const SHUTDOWN_MASK = 3;

// sk_userlocks bits
export const SOCK_SNDBUF_LOCK = 1;
export const SOCK_RCVBUF_LOCK = 2;
export const SOCK_BINDADDR_LOCK = 4;
export const SOCK_BINDPORT_LOCK = 8;

// sk_reuse values
export const SK_NO_REUSE = 0;
export const SK_CAN_REUSE = 1;
export const SK_FORCE_REUSE = 2;
