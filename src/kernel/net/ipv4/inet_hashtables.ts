// net/ipv4/inet_hashtables.c and include/net/inet_hashtables.h: the bind buckets, the listening
// hash and the established hash; the receive-side lookup (established 4-tuple first, then the
// listeners) and connect()'s choice of a source port.

import { defineFn } from '../../sim/anchors';
import { at, enter, leave, Sim } from '../../sim/engine';
import { InetBindBucket, InetHashinfo, ehashKey } from '../../include/net/inet_hashtables';
import type { Net } from '../../include/net/net_namespace';
import { Sock, SockCommon, sock_set_flag, SOCK_RCU_FREE } from '../../include/net/sock';
import { inet_sk } from '../../include/net/inet_sock';
import { inet_csk } from '../../include/net/inet_connection_sock';
import { TCP_LISTEN, TCP_TIME_WAIT } from '../../include/net/tcp_states';
import type { SkBuff } from '../../include/linux/skbuff';
import { ERRNO } from '../../include/uapi';
import { portaddrKey } from '../../include/net/udp';
import { keyedHash } from '../../sim/rng';
import { inet_sk_set_state } from './af_inet';
import { TCP_CLOSE } from '../../include/net/tcp_states';

const { EADDRNOTAVAIL } = ERRNO;

export function hashinfoOf(sk: SockCommon): InetHashinfo {
  return sk.skc_net.tcp_hashinfo;
}
export function skKey(sk: SockCommon): string {
  return ehashKey(sk.skc_rcv_saddr, sk.skc_num, sk.skc_daddr, sk.skc_dport);
}

const BBC = defineFn('net/ipv4/inet_hashtables.c', 'inet_bind_bucket_create', {
  alloc: 'tb = kmem_cache_alloc(cachep, GFP_ATOMIC);',
  port: 'tb->port = snum;',
  fastreuse: 'tb->fastreuse = 0;',
  owners: 'INIT_HLIST_HEAD(&tb->owners);',
  add: 'hlist_add_head(&tb->node, &head->chain);',
  ret: 'return tb;',
});
export function* inet_bind_bucket_create(net: Net, snum: number): Sim<InetBindBucket> {
  const f = enter(BBC, { net, snum });
  try {
    if (at(BBC.alloc)) yield;
    const tb = new InetBindBucket(snum);
    f.vars.tb = tb;
    if (at(BBC.port)) yield;
    if (at(BBC.fastreuse)) yield;
    tb.fastreuse = 0;
    tb.fastreuseport = 0;
    if (at(BBC.owners)) yield;
    if (at(BBC.add)) yield;
    net.tcp_hashinfo.bhash.set(snum, tb);
    if (at(BBC.ret)) yield;
    return tb;
  } finally {
    leave(f);
  }
}

const BH = defineFn('net/ipv4/inet_hashtables.c', 'inet_bind_hash', {
  num: 'inet_sk(sk)->inet_num = snum;',
  add: 'sk_add_bind_node(sk, &tb->owners);',
  hash: 'inet_csk(sk)->icsk_bind_hash = tb;',
});
export function* inet_bind_hash(sk: Sock, tb: InetBindBucket, snum: number): Sim<void> {
  const f = enter(BH, { sk, tb, snum });
  try {
    if (at(BH.num)) yield;
    sk.inet_num = snum;
    if (at(BH.add)) yield;
    tb.owners.add(sk);
    if (at(BH.hash)) yield;
    inet_csk(sk).icsk_bind_hash = tb;
  } finally {
    leave(f);
  }
}

const PUT = defineFn('net/ipv4/inet_hashtables.c', '__inet_put_port', {
  tb: 'tb = inet_csk(sk)->icsk_bind_hash;',
  del: '__sk_del_bind_node(sk);',
  clear: 'inet_csk(sk)->icsk_bind_hash = NULL;',
  num: 'inet_sk(sk)->inet_num = 0;',
  destroy: 'inet_bind_bucket_destroy(hashinfo->bind_bucket_cachep, tb);',
});
export function* __inet_put_port(sk: Sock): Sim<void> {
  const f = enter(PUT, { sk });
  try {
    if (at(PUT.tb)) yield;
    const tb = inet_csk(sk).icsk_bind_hash;
    f.vars.tb = tb;
    if (at(PUT.del)) yield;
    if (tb) tb.owners.delete(sk);
    if (at(PUT.clear)) yield;
    inet_csk(sk).icsk_bind_hash = null;
    if (at(PUT.num)) yield;
    sk.inet_num = 0;
    if (at(PUT.destroy)) yield;
    if (tb) inet_bind_bucket_destroy(sk.skc_net, tb);
  } finally {
    leave(f);
  }
}
/** inet_bind_bucket_destroy(): frees the bucket once nobody owns the port. */
export function inet_bind_bucket_destroy(net: Net, tb: InetBindBucket): void {
  if (tb.owners.size === 0 && net.tcp_hashinfo.bhash.get(tb.port) === tb) net.tcp_hashinfo.bhash.delete(tb.port);
}

const IPUT = defineFn('net/ipv4/inet_hashtables.c', 'inet_put_port', { call: '__inet_put_port(sk);' });
export function* inet_put_port(sk: Sock): Sim<void> {
  const f = enter(IPUT, { sk });
  try {
    if (at(IPUT.call)) yield;
    yield* __inet_put_port(sk);
  } finally {
    leave(f);
  }
}

const INHERIT = defineFn('net/ipv4/inet_hashtables.c', '__inet_inherit_port', {
  port: 'unsigned short port = inet_sk(child)->inet_num;',
  tb: 'tb = inet_csk(sk)->icsk_bind_hash;',
  hash: 'inet_bind_hash(child, tb, port);',
});
/** __inet_inherit_port(): the child joins the listener's bind bucket — same local port. */
export function* __inet_inherit_port(sk: Sock, child: Sock): Sim<number> {
  const f = enter(INHERIT, { sk, child });
  try {
    if (at(INHERIT.port)) yield;
    const port = child.inet_num;
    f.vars.port = port;
    if (at(INHERIT.tb)) yield;
    const tb = inet_csk(sk).icsk_bind_hash!;
    f.vars.tb = tb;
    if (at(INHERIT.hash)) yield;
    yield* inet_bind_hash(child, tb, port);
    return 0;
  } finally {
    leave(f);
  }
}

const LL = defineFn('net/ipv4/inet_hashtables.c', '__inet_lookup_listener', {
  hash2: 'ilb2 = inet_lhash2_bucket(hashinfo, hash2);#1',
  lookup2: 'result = inet_lhash2_lookup(net, ilb2, skb, doff, saddr, sport, daddr,',
  any: 'hash2 = ipv4_portaddr_hash(net, htonl(INADDR_ANY), hnum);',
  anybucket: 'ilb2 = inet_lhash2_bucket(hashinfo, hash2);#2',
  anylookup: 'saddr, sport, htonl(INADDR_ANY), hnum',
  ret: 'return result;',
});
export function* __inet_lookup_listener(net: Net, skb: SkBuff, saddr: string, sport: number, daddr: string, hnum: number): Sim<Sock | null> {
  const f = enter(LL, { net, skb, saddr, sport, daddr, hnum });
  try {
    const h = net.tcp_hashinfo;
    if (at(LL.hash2)) yield;
    const ilb2 = portaddrKey(daddr, hnum);
    f.vars.ilb2 = ilb2;
    if (at(LL.lookup2)) yield;
    let result: Sock | null = (h.lhash2.get(ilb2) ?? [])[0] ?? null;
    f.vars.result = result;
    if (!result) {
      if (at(LL.any)) yield;
      if (at(LL.anybucket)) yield;
      const any = portaddrKey('0.0.0.0', hnum);
      f.vars.ilb2 = any;
      if (at(LL.anylookup)) yield;
      result = (h.lhash2.get(any) ?? [])[0] ?? null;
      f.vars.result = result;
    }
    if (at(LL.ret)) yield;
    return result;
  } finally {
    leave(f);
  }
}

const LE = defineFn('net/ipv4/inet_hashtables.c', '__inet_lookup_established', {
  hash: 'unsigned int hash = inet_ehashfn(net, daddr, hnum, saddr, sport);',
  walk: 'sk_nulls_for_each_rcu(sk, node, &head->chain) {',
  match: 'if (likely(INET_MATCH(sk, net, acookie,',
  found: 'goto found;',
  miss: 'sk = NULL;',
  ret: 'return sk;',
});
/** __inet_lookup_established(): the exact 4-tuple in ehash — full socks, request socks and timewait socks alike. */
export function* __inet_lookup_established(net: Net, saddr: string, sport: number, daddr: string, hnum: number): Sim<SockCommon | null> {
  const f = enter(LE, { net, saddr, sport, daddr, hnum });
  try {
    if (at(LE.hash)) yield;
    f.vars.hash = ehashKey(daddr, hnum, saddr, sport);
    if (at(LE.walk)) yield;
    const sk = net.tcp_hashinfo.ehash.lookup(daddr, hnum, saddr, sport) ?? null;
    if (sk) {
      if (at(LE.match)) yield;
      f.vars.sk = sk;
      if (at(LE.found)) yield;
      sk.skc_refcnt++;
      return sk;
    }
    if (at(LE.miss)) yield;
    if (at(LE.ret)) yield;
    return null;
  } finally {
    leave(f);
  }
}

const LOOKUP = defineFn('include/net/inet_hashtables.h', '__inet_lookup', {
  est: 'sk = __inet_lookup_established(net, hashinfo, saddr, sport,',
  hit: 'if (sk)',
  listener: 'return __inet_lookup_listener(net, hashinfo, skb, doff, saddr,',
});
export function* __inet_lookup(net: Net, skb: SkBuff, saddr: string, sport: number, daddr: string, dport: number, refcounted: { v: boolean }): Sim<SockCommon | null> {
  const f = enter(LOOKUP, { net, skb, saddr, sport, daddr, dport });
  try {
    const hnum = dport;
    if (at(LOOKUP.est)) yield;
    const sk = yield* __inet_lookup_established(net, saddr, sport, daddr, hnum);
    f.vars.sk = sk;
    refcounted.v = true;
    if (at(LOOKUP.hit)) yield;
    if (sk) return sk;
    refcounted.v = false;
    if (at(LOOKUP.listener)) yield;
    return yield* __inet_lookup_listener(net, skb, saddr, sport, daddr, hnum);
  } finally {
    leave(f);
  }
}

const LSKB = defineFn('include/net/inet_hashtables.h', '__inet_lookup_skb', {
  steal: 'struct sock *sk = skb_steal_sock(skb);',
  iph: 'const struct iphdr *iph = ip_hdr(skb);',
  call: 'return __inet_lookup(dev_net(skb_dst(skb)->dev), hashinfo, skb,',
});
/** __inet_lookup_skb(): which socket gets this segment? Established first, then listeners. */
export function* __inet_lookup_skb(skb: SkBuff, net: Net, refcounted: { v: boolean }): Sim<SockCommon | null> {
  const f = enter(LSKB, { skb });
  try {
    if (at(LSKB.steal)) yield;
    if (at(LSKB.iph)) yield;
    f.vars.iph = skb.iph;
    if (at(LSKB.call)) yield;
    return yield* __inet_lookup(net, skb, skb.iph.saddr, skb.th!.source, skb.iph.daddr, skb.th!.dest, refcounted);
  } finally {
    leave(f);
  }
}

const EINS = defineFn('net/ipv4/inet_hashtables.c', 'inet_ehash_insert', {
  hash: 'sk->sk_hash = sk_ehashfn(sk);',
  osk: 'if (osk) {',
  del: 'ret = sk_nulls_del_node_init_rcu(osk);',
  add: '__sk_nulls_add_node_rcu(sk, list);',
  ret: 'return ret;',
});
/** inet_ehash_insert(): put sk in ehash; with osk, take osk's place (the child replacing its request sock). */
export function* inet_ehash_insert(sk: SockCommon, osk: SockCommon | null): Sim<boolean> {
  const f = enter(EINS, { sk, osk });
  try {
    const eh = hashinfoOf(sk).ehash;
    if (at(EINS.hash)) yield;
    f.vars.hash = skKey(sk);
    let ret = true;
    if (at(EINS.osk)) yield;
    if (osk) {
      if (at(EINS.del)) yield;
      ret = eh.getFor(osk) === osk;
      if (ret) {
        eh.deleteFor(osk);
        osk.hashedIn = null;
      }
      f.vars.ret = ret;
    }
    if (ret) {
      if (at(EINS.add)) yield;
      eh.setFor(sk, sk);
      sk.hashedIn = 'ehash';
    }
    if (at(EINS.ret)) yield;
    return ret;
  } finally {
    leave(f);
  }
}

const ENOL = defineFn('net/ipv4/inet_hashtables.c', 'inet_ehash_nolisten', {
  insert: 'bool ok = inet_ehash_insert(sk, osk, found_dup_sk);',
  ok: 'if (ok) {',
  inuse: 'sock_prot_inuse_add(sock_net(sk), sk->sk_prot, 1);',
  fail: 'inet_sk_set_state(sk, TCP_CLOSE);',
  ret: 'return ok;',
});
export function* inet_ehash_nolisten(sk: Sock, osk: SockCommon | null): Sim<boolean> {
  const f = enter(ENOL, { sk, osk });
  try {
    if (at(ENOL.insert)) yield;
    const ok = yield* inet_ehash_insert(sk, osk);
    f.vars.ok = ok;
    if (at(ENOL.ok)) yield;
    if (ok) {
      if (at(ENOL.inuse)) yield;
    } else {
      if (at(ENOL.fail)) yield;
      yield* inet_sk_set_state(sk, TCP_CLOSE);
    }
    if (at(ENOL.ret)) yield;
    return ok;
  } finally {
    leave(f);
  }
}

const HASH = defineFn('net/ipv4/inet_hashtables.c', '__inet_hash', {
  notlisten: 'if (sk->sk_state != TCP_LISTEN) {',
  nolisten: 'inet_ehash_nolisten(sk, osk, NULL);',
  ilb: 'ilb = &hashinfo->listening_hash[inet_sk_listen_hashfn(sk)];',
  add: '__sk_nulls_add_node_rcu(sk, &ilb->nulls_head);',
  hash2: 'inet_hash2(hashinfo, sk);',
  rcu: 'sock_set_flag(sk, SOCK_RCU_FREE);',
});
/** __inet_hash(): a listener goes into the listening hash (not ehash); anything else into ehash. */
export function* __inet_hash(sk: Sock, osk: SockCommon | null): Sim<number> {
  const f = enter(HASH, { sk, osk });
  try {
    if (at(HASH.notlisten)) yield;
    if (sk.sk_state !== TCP_LISTEN) {
      if (at(HASH.nolisten)) yield;
      yield* inet_ehash_nolisten(sk, osk);
      return 0;
    }
    if (at(HASH.ilb)) yield;
    if (at(HASH.add)) yield;
    if (at(HASH.hash2)) yield;
    const key = portaddrKey(sk.inet_rcv_saddr, sk.inet_num);
    const l2 = hashinfoOf(sk).lhash2;
    const list = l2.get(key) ?? [];
    list.unshift(sk);
    l2.set(key, list);
    sk.hashedIn = 'lhash';
    if (at(HASH.rcu)) yield;
    sock_set_flag(sk, SOCK_RCU_FREE);
    return 0;
  } finally {
    leave(f);
  }
}

const IHASH = defineFn('net/ipv4/inet_hashtables.c', 'inet_hash', {
  unhashed: 'if (sk->sk_state != TCP_CLOSE) {',
  call: 'err = __inet_hash(sk, NULL);',
});
export function* inet_hash(sk: Sock): Sim<number> {
  const f = enter(IHASH, { sk });
  try {
    if (at(IHASH.unhashed)) yield;
    if (sk.sk_state !== TCP_CLOSE) {
      if (at(IHASH.call)) yield;
      return yield* __inet_hash(sk, null);
    }
    return 0;
  } finally {
    leave(f);
  }
}

const UNHASH = defineFn('net/ipv4/inet_hashtables.c', 'inet_unhash', {
  unhashed: 'if (sk_unhashed(sk)) return;',
  listen: 'if (sk->sk_state == TCP_LISTEN) {',
  lhash2: 'inet_unhash2(hashinfo, sk);',
  del: '__sk_nulls_del_node_init_rcu(sk);',
});
export function* inet_unhash(sk: Sock): Sim<void> {
  const f = enter(UNHASH, { sk });
  try {
    if (at(UNHASH.unhashed)) yield;
    if (!sk.hashedIn) return;
    const h = hashinfoOf(sk);
    if (at(UNHASH.listen)) yield;
    if (sk.hashedIn === 'lhash') {
      if (at(UNHASH.lhash2)) yield;
      const key = portaddrKey(sk.inet_rcv_saddr, sk.inet_num);
      const list = h.lhash2.get(key);
      if (list) {
        removeFrom(list, sk);
        if (!list.length) h.lhash2.delete(key);
      }
      if (at(UNHASH.del)) yield;
    } else {
      if (at(UNHASH.del)) yield;
      if (h.ehash.getFor(sk) === sk) h.ehash.deleteFor(sk);
    }
    sk.hashedIn = null;
  } finally {
    leave(f);
  }
}

const CHECK_EST = defineFn('net/ipv4/inet_hashtables.c', '__inet_check_established', {
  hash: 'unsigned int hash = inet_ehashfn(net, daddr, lport,',
  walk: 'sk_nulls_for_each(sk2, node, &head->chain) {',
  tw: 'if (sk2->sk_state == TCP_TIME_WAIT) {',
  notavail: 'goto not_unique;',
  num: 'inet->inet_num = lport;',
  sport: 'inet->inet_sport = htons(lport);',
  add: '__sk_nulls_add_node_rcu(sk, &head->chain);',
  ok: 'return 0;',
  fail: 'return -EADDRNOTAVAIL;',
});
/** __inet_check_established(): is this 4-tuple unique? Then claim it: inet_num, and into ehash. */
export function* __inet_check_established(sk: Sock, lport: number): Sim<number> {
  const f = enter(CHECK_EST, { sk, lport });
  try {
    const h = hashinfoOf(sk);
    const inet = inet_sk(sk);
    if (at(CHECK_EST.hash)) yield;
    f.vars.hash = ehashKey(inet.inet_rcv_saddr, lport, inet.inet_daddr, inet.inet_dport);
    if (at(CHECK_EST.walk)) yield;
    const sk2 = h.ehash.lookup(inet.inet_rcv_saddr, lport, inet.inet_daddr, inet.inet_dport);
    if (sk2) {
      f.vars.sk2 = sk2;
      if (at(CHECK_EST.tw)) yield;
      // a TIME_WAIT entry could be recycled under tcp_tw_reuse; that path comes with TIME_WAIT support
      void TCP_TIME_WAIT;
      if (at(CHECK_EST.notavail)) yield;
      if (at(CHECK_EST.fail)) yield;
      return -EADDRNOTAVAIL;
    }
    if (at(CHECK_EST.num)) yield;
    inet.inet_num = lport;
    if (at(CHECK_EST.sport)) yield;
    inet.inet_sport = lport;
    if (at(CHECK_EST.add)) yield;
    h.ehash.insert(inet.inet_rcv_saddr, lport, inet.inet_daddr, inet.inet_dport, sk);
    sk.hashedIn = 'ehash';
    if (at(CHECK_EST.ok)) yield;
    return 0;
  } finally {
    leave(f);
  }
}

const HC = defineFn('net/ipv4/inet_hashtables.c', '__inet_hash_connect', {
  snum: 'int port = inet_sk(sk)->inet_num;',
  bound: 'if (port) {',
  alone: 'if (sk_head(&tb->owners) == sk && !sk->sk_bind_node.next) {',
  alonehash: 'inet_ehash_nolisten(sk, NULL, NULL);',
  boundcheck: 'ret = check_established(death_row, sk, port, NULL);',
  range: 'inet_get_local_port_range(net, &low, &high);',
  index: 'index = port_offset & (INET_TABLE_PERTURB_SIZE - 1);',
  perturb: 'offset = READ_ONCE(table_perturb[index]) + (port_offset >> 32);',
  offset: 'offset &= ~1U;',
  loop: 'for (i = 0; i < remaining; i += 2, port += 2) {',
  bucket: 'inet_bind_bucket_for_each(tb, &head->chain) {',
  fastreuse: 'if (tb->fastreuse >= 0 ||',
  check: 'if (!check_established(death_row, sk,',
  create: 'tb = inet_bind_bucket_create(hinfo->bind_bucket_cachep,',
  minus1: 'tb->fastreuse = -1;',
  parity: 'if ((offset & 1) && remaining > 1)',
  notavail: 'return -EADDRNOTAVAIL;',
  okstep: 'i = max_t(int, i, (prandom_u32() & 7) * 2);',
  ok: 'WRITE_ONCE(table_perturb[index], READ_ONCE(table_perturb[index]) + i + 2);',
  bindhash: 'inet_bind_hash(sk, tb, port);',
  unhashed: 'if (sk_unhashed(sk)) {',
  sport: 'inet_sk(sk)->inet_sport = htons(port);',
  ehash: 'inet_ehash_nolisten(sk, (struct sock *)tw, NULL);',
  ret: 'return 0;',
});
/** __inet_hash_connect(): pick connect()'s source port, then hash the socket into ehash. */
export function* __inet_hash_connect(sk: Sock, port_offset: PortOffset): Sim<number> {
  const f = enter(HC, { sk, port_offset });
  try {
    const net = sk.skc_net;
    const h = net.tcp_hashinfo;
    if (at(HC.snum)) yield;
    let port = sk.inet_num;
    f.vars.port = port;
    if (at(HC.bound)) yield;
    if (port) {
      const tb = inet_csk(sk).icsk_bind_hash!;
      f.vars.tb = tb;
      if (at(HC.alone)) yield;
      if (tb.owners.size === 1 && tb.owners.has(sk)) {
        if (at(HC.alonehash)) yield;
        yield* inet_ehash_nolisten(sk, null);
        return 0;
      }
      if (at(HC.boundcheck)) yield;
      return yield* __inet_check_established(sk, port);
    }
    if (at(HC.range)) yield;
    const [low, highIncl] = net.sysctl['net.ipv4.ip_local_port_range'];
    const high = highIncl + 1;
    let remaining = high - low;
    if (remaining > 1) remaining &= ~1;
    // port_offset is 64 bits in 5.4.214: the low bits pick a perturbation slot, the high bits add to it
    if (at(HC.index)) yield;
    const index = port_offset.lo & (INET_TABLE_PERTURB_SIZE - 1);
    f.vars.index = index;
    if (at(HC.perturb)) yield;
    let offset = (((net.tablePerturb.get(index) ?? 0) + port_offset.hi) >>> 0) % remaining;
    f.vars.offset = offset;
    if (at(HC.offset)) yield;
    // first pass: ports with the parity of the range's low end (bind(0) prefers the other)
    offset &= ~1;
    for (;;) {
      port = low + offset;
      for (let i = 0; i < remaining; i += 2, port += 2) {
        if (port >= high) port -= remaining;
        f.vars.port = port;
        f.vars.i = i;
        if (at(HC.loop)) yield;
        let tb = h.bhash.get(port) ?? null;
        if (tb) {
          f.vars.tb = tb;
          if (at(HC.bucket)) yield;
          if (at(HC.fastreuse)) yield;
          // a port some bind()-ed socket uses is never shared with connect()
          if (tb.fastreuse >= 0 || tb.fastreuseport >= 0) continue;
          if (at(HC.check)) yield;
          if ((yield* __inet_check_established(sk, port)) !== 0) continue;
        } else {
          if (at(HC.create)) yield;
          tb = yield* inet_bind_bucket_create(net, port);
          f.vars.tb = tb;
          if (at(HC.minus1)) yield;
          tb.fastreuse = -1;
          tb.fastreuseport = -1;
        }
        if (at(HC.okstep)) yield;
        const step = Math.max(i, (net.host.world.rng.u32() & 7) * 2);
        if (at(HC.ok)) yield;
        net.tablePerturb.set(index, ((net.tablePerturb.get(index) ?? 0) + step + 2) >>> 0);
        if (at(HC.bindhash)) yield;
        yield* inet_bind_hash(sk, tb, port);
        if (at(HC.unhashed)) yield;
        if (!sk.hashedIn) {
          if (at(HC.sport)) yield;
          inet_sk(sk).inet_sport = port;
          if (at(HC.ehash)) yield;
          yield* inet_ehash_nolisten(sk, null);
        }
        if (at(HC.ret)) yield;
        return 0;
      }
      offset++;
      if (at(HC.parity)) yield;
      if (!(offset & 1 && remaining > 1)) break;
    }
    if (at(HC.notavail)) yield;
    return -EADDRNOTAVAIL;
  } finally {
    leave(f);
  }
}

const IHC = defineFn('net/ipv4/inet_hashtables.c', 'inet_hash_connect', {
  offset: 'port_offset = inet_sk_port_offset(sk);',
  call: 'return __inet_hash_connect(death_row, sk, port_offset,',
});
export function* inet_hash_connect(sk: Sock): Sim<number> {
  const f = enter(IHC, { sk });
  try {
    if (at(IHC.offset)) yield;
    let port_offset: PortOffset = { lo: 0, hi: 0 };
    if (!sk.inet_num) {
      const inet = inet_sk(sk);
      // secure_ipv4_port_ephemeral(saddr, daddr, dport): a keyed 64-bit hash, stable per destination
      const net = sk.skc_net;
      port_offset = {
        lo: keyedHash(net.secret, 'port-lo', inet.inet_rcv_saddr, inet.inet_daddr, inet.inet_dport),
        hi: keyedHash(net.secret, 'port-hi', inet.inet_rcv_saddr, inet.inet_daddr, inet.inet_dport),
      };
    }
    f.vars.port_offset = port_offset;
    if (at(IHC.call)) yield;
    return yield* __inet_hash_connect(sk, port_offset);
  } finally {
    leave(f);
  }
}

/** A u64 as two halves (JS numbers hold 53 bits). */
export interface PortOffset {
  lo: number;
  hi: number;
}
const INET_TABLE_PERTURB_SIZE = 1 << 16;

export function removeFrom<T>(list: T[], x: T): void {
  const i = list.indexOf(x);
  if (i >= 0) list.splice(i, 1);
}
