// struct udp_sock (include/linux/udp.h): UDP's socket — inet_sock plus UDP's own fields.

import { InetSock } from '../net/inet_sock';
import type { SkBuff } from './skbuff';
import type { Sock } from '../net/sock';

export class UdpSock extends InetSock {
  override structName = 'udp_sock';
  pending = 0;
  corkflag = 0;
  len = 0;
  encap_type = 0;
  gso_size = 0;
  /** The local port it is hashed under in udp_table.hash (0: not hashed). */
  udp_port_hash = 0;
  /**
   * Its udp_table.hash2 slot: the kernel keeps ipv4_portaddr_hash(rcv_saddr, port), shown here as
   * the (address, port) it hashes — "0.0.0.0:5000" for a wildcard bind.
   */
  udp_portaddr_hash = '';
  /** The private queue udp_recvmsg drains after moving sk_receive_queue over. */
  reader_queue: SkBuff[] = [];
}

export function udp_sk(sk: Sock): UdpSock {
  return sk as UdpSock;
}
