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

/**
 * The established hash: the 4-tuple (local>remote) → socket of any kind. To views and tests it
 * is a Map keyed by ehashKey() strings, in insertion order; inside, a 4-tuple is one number
 * (each address interned to a small id, with the two ports), so the receive path's lookups
 * neither build nor hash strings. The kernel code looks up by tuple or by a sock's own tuple.
 */
export class EHash implements Iterable<[string, SockCommon]> {
  private readonly m = new Map<number | string, SockCommon>();
  get size(): number {
    return this.m.size;
  }
  /** The sock hashed under this 4-tuple. */
  lookup(laddr: string, lport: number, raddr: string, rport: number): SockCommon | undefined {
    return this.m.get(tupleKey(laddr, lport, raddr, rport));
  }
  insert(laddr: string, lport: number, raddr: string, rport: number, sk: SockCommon): void {
    this.m.set(tupleKey(laddr, lport, raddr, rport), sk);
  }
  /** What is hashed under sk's own 4-tuple (sk itself when it is hashed). */
  getFor(sk: SockCommon): SockCommon | undefined {
    return this.m.get(tupleKey(sk.skc_rcv_saddr, sk.skc_num, sk.skc_daddr, sk.skc_dport));
  }
  /** Hash `value` under sk's 4-tuple. */
  setFor(sk: SockCommon, value: SockCommon): void {
    this.m.set(tupleKey(sk.skc_rcv_saddr, sk.skc_num, sk.skc_daddr, sk.skc_dport), value);
  }
  deleteFor(sk: SockCommon): boolean {
    return this.m.delete(tupleKey(sk.skc_rcv_saddr, sk.skc_num, sk.skc_daddr, sk.skc_dport));
  }
  // ---- Map<string, SockCommon>, keyed by ehashKey() ----
  get(key: string): SockCommon | undefined {
    const k = parseKey(key);
    return k === null ? undefined : this.m.get(k);
  }
  has(key: string): boolean {
    const k = parseKey(key);
    return k !== null && this.m.has(k);
  }
  set(key: string, sk: SockCommon): this {
    const k = parseKey(key);
    if (k === null) throw new Error(`ehash: not a 4-tuple key: ${key}`);
    this.m.set(k, sk);
    return this;
  }
  delete(key: string): boolean {
    const k = parseKey(key);
    return k !== null && this.m.delete(k);
  }
  clear(): void {
    this.m.clear();
  }
  *keys(): IterableIterator<string> {
    for (const k of this.m.keys()) yield keyString(k);
  }
  values(): IterableIterator<SockCommon> {
    return this.m.values();
  }
  *entries(): IterableIterator<[string, SockCommon]> {
    for (const [k, v] of this.m) yield [keyString(k), v];
  }
  [Symbol.iterator](): IterableIterator<[string, SockCommon]> {
    return this.entries();
  }
  forEach(fn: (sk: SockCommon, key: string, map: EHash) => void): void {
    for (const [k, v] of this.m) fn(v, keyString(k), this);
  }
}

// Addresses interned to small ids for EHash's numeric keys (a handful per run; shared by all runs).
const addrIds = new Map<string, number>();
const addrById: string[] = [];
let lastAddr = '';
let lastId = -1;
function addrId(a: string): number {
  if (a === lastAddr) return lastId;
  let id = addrIds.get(a);
  if (id === undefined) {
    id = addrById.length;
    addrById.push(a);
    addrIds.set(a, id);
  }
  lastAddr = a;
  lastId = id;
  return id;
}
const isPort = (p: number) => p >= 0 && p < 65536 && Math.floor(p) === p;
/** One number for the 4-tuple — 10 + 10 bits of address ids, 16 + 16 of ports — or, past that, the string. */
function tupleKey(laddr: string, lport: number, raddr: string, rport: number): number | string {
  const a = addrId(laddr);
  const b = addrId(raddr);
  if (a < 1024 && b < 1024 && isPort(lport) && isPort(rport)) return (a * 1024 + b) * 4294967296 + lport * 65536 + rport;
  return ehashKey(laddr, lport, raddr, rport);
}
function keyString(k: number | string): string {
  if (typeof k === 'string') return k;
  const ids = Math.floor(k / 4294967296);
  const ports = k - ids * 4294967296;
  return ehashKey(addrById[Math.floor(ids / 1024)], Math.floor(ports / 65536), addrById[ids % 1024], ports % 65536);
}
function parseKey(key: string): number | string | null {
  const gt = key.indexOf('>');
  const c1 = key.lastIndexOf(':', gt);
  const c2 = key.lastIndexOf(':');
  if (gt < 0 || c1 < 0 || c2 <= gt) return null;
  const k = tupleKey(key.slice(0, c1), Number(key.slice(c1 + 1, gt)), key.slice(gt + 1, c2), Number(key.slice(c2 + 1)));
  return keyString(k) === key ? k : null;
}

export class InetHashinfo {
  readonly structName = 'inet_hashinfo';
  /** bhash: port → bind bucket (one netns per host). */
  readonly bhash = new Map<number, InetBindBucket>();
  /** lhash2: "addr:port" → listeners. */
  readonly lhash2 = new Map<string, Sock[]>();
  /** ehash: 4-tuple (local>remote) → socket of any kind. */
  readonly ehash = new EHash();
}
