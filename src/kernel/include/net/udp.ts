// struct udp_table (include/net/udp.h): where bound UDP sockets are found — `hash` by local port
// (udp_hashslot), `hash2` by (local address, port) (udp_hashslot2). A UDP socket is hashed when it
// gets its port (bind, or autobind on connect/first send), not at listen or connect time.
// The kernel's slots are hash buckets; here each slot is keyed by what it hashes, so two sockets
// share a slot exactly when they share that key.

import type { Sock } from './sock';

export class UdpTable {
  readonly structName = 'udp_table';
  /** udp_table.hash: every socket bound to a port, by port. */
  readonly hash = new Map<number, Sock[]>();
  /** udp_table.hash2: by "rcv_saddr:port" — "0.0.0.0:5000" holds the wildcard binds. */
  readonly hash2 = new Map<string, Sock[]>();
}

/** The key of a hash2 slot: ipv4_portaddr_hash(net, addr, port), shown as what it hashes. */
export function portaddrKey(addr: string, port: number): string {
  // (the last key is kept: every SYN to a listener asks for the same one, and the same string's
  // hash is computed once)
  if (addr !== lastAddr || port !== lastPort) {
    lastAddr = addr;
    lastPort = port;
    lastKey = `${addr}:${port}`;
  }
  return lastKey;
}
let lastAddr = '';
let lastPort = -1;
let lastKey = '';

export function slotAdd<K>(m: Map<K, Sock[]>, k: K, sk: Sock, head = true): void {
  const l = m.get(k);
  if (!l) m.set(k, [sk]);
  else if (head) l.unshift(sk);
  else l.push(sk);
}

export function slotDel<K>(m: Map<K, Sock[]>, k: K, sk: Sock): boolean {
  const l = m.get(k);
  if (!l) return false;
  const i = l.indexOf(sk);
  if (i < 0) return false;
  l.splice(i, 1);
  if (!l.length) m.delete(k);
  return true;
}
