// struct udp_sock (include/linux/udp.h): UDP's socket — inet_sock plus UDP's own fields.

import { InetSock } from '../net/inet_sock';
import type { SkBuff } from './skbuff';

export class UdpSock extends InetSock {
  override structName = 'udp_sock';
  pending = 0;
  corkflag = 0;
  len = 0;
  encap_type = 0;
  gso_size = 0;
  /** The private queue udp_recvmsg drains after moving sk_receive_queue over. */
  reader_queue: SkBuff[] = [];
}

export function udp_sk(sk: InetSock): UdpSock {
  return sk as UdpSock;
}
