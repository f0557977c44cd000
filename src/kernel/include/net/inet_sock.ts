// struct inet_sock (include/net/inet_sock.h): the IPv4 layer's part of a socket, which embeds
// struct sock first — inet_sk(sk) is a cast, not a lookup.

import { Sock } from './sock';

export class InetSock extends Sock {
  override structName = 'inet_sock';
  inet_saddr = '0.0.0.0';
  /** Source port; network byte order in the kernel, shown in host order. */
  inet_sport = 0;
  inet_id = 0;
  uc_ttl = -1;
  mc_ttl = 1;
  mc_loop = 1;
  pmtudisc = 0;
  is_icsk = 0;
  freebind = 0;
  recverr = 0;
}

/** inet_sk(): the same object, seen as an inet_sock. */
export function inet_sk(sk: Sock): InetSock {
  return sk as InetSock;
}
