// The TCP hash tables (include/net/inet_hashtables.h): bind buckets (bhash), the listening hash
// (lhash2, by address and port) and the established hash (ehash) — which holds full sockets,
// request socks in TCP_NEW_SYN_RECV and timewait socks, keyed by the 4-tuple.

import type { Sock, SockCommon } from './sock';
import { newObjectId } from './sock';

export class InetBindBucket {
  readonly objId = newObjectId();
  readonly structName = 'inet_bind_bucket';
  fastreuse = 0;
  fastreuseport = 0;
  /** tb->owners: every sock (and timewait sock) holding this port. */
  readonly owners = new Set<SockCommon>();
  constructor(readonly port: number) {}
}

export function ehashKey(laddr: string, lport: number, raddr: string, rport: number): string {
  return `${laddr}:${lport}>${raddr}:${rport}`;
}

export class InetHashinfo {
  readonly structName = 'inet_hashinfo';
  /** bhash: port → bind bucket (one netns per host). */
  readonly bhash = new Map<number, InetBindBucket>();
  /** lhash2: "addr:port" → listeners. */
  readonly lhash2 = new Map<string, Sock[]>();
  /** ehash: 4-tuple (local>remote) → socket of any kind. */
  readonly ehash = new Map<string, SockCommon>();
}
