// net/ipv4/inet_hashtables.c and include/net/inet_hashtables.h: the bind buckets, the listening
// hash and the established hash; the receive-side lookup (established 4-tuple first, then the
// listeners) and connect()'s choice of a source port.

import { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import { InetBindBucket, InetHashinfo, ehashKey } from '../../include/net/inet_hashtables';
import type { Net } from '../../include/net/net_namespace';
import { Sock, SockCommon, sock_set_flag, SOCK_RCU_FREE } from '../../include/net/sock';
import { inet_sk } from '../../include/net/inet_sock';
import { inet_csk } from '../../include/net/inet_connection_sock';
import { TCP_LISTEN, TCP_TIME_WAIT } from '../../include/net/tcp_states';
import type { SkBuff } from '../../include/linux/skbuff';
import { ERRNO } from '../../include/uapi';
import { portaddrKey } from '../../include/net/udp';
import { keyedHash } from '../../core/rng';
import { inet_sk_set_state } from './af_inet';
import { TCP_CLOSE } from '../../include/net/tcp_states';

const { EADDRNOTAVAIL } = ERRNO;

export function hashinfoOf(sk: SockCommon): InetHashinfo {
  return sk.skc_net.tcp_hashinfo;
}
export function skKey(sk: SockCommon): string {
  return ehashKey(sk.skc_rcv_saddr, sk.skc_num, sk.skc_daddr, sk.skc_dport);
}

export function* inet_bind_bucket_create(net: Net, snum: number): Sim<InetBindBucket> {
  line`tb = kmem_cache_alloc(cachep, GFP_ATOMIC);`;
  const tb = new InetBindBucket(snum);
  frame.tb = tb;
  line`tb->port = snum;`;
  line`tb->fastreuse = 0;`;
  tb.fastreuse = 0;
  tb.fastreuseport = 0;
  line`INIT_HLIST_HEAD(&tb->owners);`;
  line`hlist_add_head(&tb->node, &head->chain);`;
  net.tcp_hashinfo.bhash.set(snum, tb);
  line`return tb;`;
  return tb;
}

export function* inet_bind_hash(sk: Sock, tb: InetBindBucket, snum: number): Sim<void> {
  line`inet_sk(sk)->inet_num = snum;`;
  sk.inet_num = snum;
  line`sk_add_bind_node(sk, &tb->owners);`;
  tb.owners.add(sk);
  line`inet_csk(sk)->icsk_bind_hash = tb;`;
  inet_csk(sk).icsk_bind_hash = tb;
}

export function* __inet_put_port(sk: Sock): Sim<void> {
  line`tb = inet_csk(sk)->icsk_bind_hash;`;
  const tb = inet_csk(sk).icsk_bind_hash;
  frame.tb = tb;
  line`__sk_del_bind_node(sk);`;
  if (tb) tb.owners.delete(sk);
  line`inet_csk(sk)->icsk_bind_hash = NULL;`;
  inet_csk(sk).icsk_bind_hash = null;
  line`inet_sk(sk)->inet_num = 0;`;
  sk.inet_num = 0;
  line`inet_bind_bucket_destroy(hashinfo->bind_bucket_cachep, tb);`;
  if (tb) inet_bind_bucket_destroy(sk.skc_net, tb);
}
/** inet_bind_bucket_destroy(): frees the bucket once nobody owns the port. */
export function inet_bind_bucket_destroy(net: Net, tb: InetBindBucket): void {
  if (tb.owners.size === 0 && net.tcp_hashinfo.bhash.get(tb.port) === tb) net.tcp_hashinfo.bhash.delete(tb.port);
}

export function* inet_put_port(sk: Sock): Sim<void> {
  line`__inet_put_port(sk);`;
  yield* __inet_put_port(sk);
}

/** __inet_inherit_port(): the child joins the listener's bind bucket — same local port. */
export function* __inet_inherit_port(sk: Sock, child: Sock): Sim<number> {
  line`unsigned short port = inet_sk(child)->inet_num;`;
  const port = child.inet_num;
  frame.port = port;
  line`tb = inet_csk(sk)->icsk_bind_hash;`;
  const tb = inet_csk(sk).icsk_bind_hash!;
  frame.tb = tb;
  line`inet_bind_hash(child, tb, port);`;
  yield* inet_bind_hash(child, tb, port);
  return 0;
}

export function* __inet_lookup_listener(net: Net, skb: SkBuff, saddr: string, sport: number, daddr: string, hnum: number): Sim<Sock | null> {
  const h = net.tcp_hashinfo;
  line`ilb2 = inet_lhash2_bucket(hashinfo, hash2);#1`;
  const ilb2 = portaddrKey(daddr, hnum);
  frame.ilb2 = ilb2;
  line`result = inet_lhash2_lookup(net, ilb2, skb, doff,#1`;
  let result: Sock | null = (h.lhash2.get(ilb2) ?? [])[0] ?? null;
  frame.result = result;
  if (!result) {
    line`hash2 = ipv4_portaddr_hash(net, htonl(INADDR_ANY), hnum);`;
    line`ilb2 = inet_lhash2_bucket(hashinfo, hash2);#2`;
    const any = portaddrKey('0.0.0.0', hnum);
    frame.ilb2 = any;
    line`saddr, sport, htonl(INADDR_ANY), hnum`;
    result = (h.lhash2.get(any) ?? [])[0] ?? null;
    frame.result = result;
  }
  line`return result;`;
  return result;
}

/** __inet_lookup_established(): the exact 4-tuple in ehash — full socks, request socks and timewait socks alike. */
export function* __inet_lookup_established(net: Net, saddr: string, sport: number, daddr: string, hnum: number): Sim<SockCommon | null> {
  line`unsigned int hash = inet_ehashfn(net, daddr, hnum, saddr, sport);`;
  frame.hash = ehashKey(daddr, hnum, saddr, sport);
  line`sk_nulls_for_each_rcu(sk, node, &head->chain) {`;
  const sk = net.tcp_hashinfo.ehash.lookup(daddr, hnum, saddr, sport) ?? null;
  if (sk) {
    line`if (likely(INET_MATCH(sk, net, acookie,`;
    frame.sk = sk;
    line`goto found;`;
    sk.skc_refcnt++;
    return sk;
  }
  line`sk = NULL;`;
  line`return sk;`;
  return null;
}

export function* __inet_lookup(net: Net, skb: SkBuff, saddr: string, sport: number, daddr: string, dport: number, refcounted: { v: boolean }): Sim<SockCommon | null> {
  frame({ net, skb, saddr, sport, daddr, dport });

  const hnum = dport;
  line`sk = __inet_lookup_established(net, hashinfo, saddr, sport,`;
  const sk = yield* __inet_lookup_established(net, saddr, sport, daddr, hnum);
  frame.sk = sk;
  refcounted.v = true;
  line`if (sk)`;
  if (sk) return sk;
  refcounted.v = false;
  line`return __inet_lookup_listener(net, hashinfo, skb, doff, saddr,`;
  return yield* __inet_lookup_listener(net, skb, saddr, sport, daddr, hnum);
}

/** __inet_lookup_skb(): which socket gets this segment? Established first, then listeners. */
export function* __inet_lookup_skb(skb: SkBuff, net: Net, refcounted: { v: boolean }): Sim<SockCommon | null> {
  frame({ skb });

  line`struct sock *sk = skb_steal_sock(skb);`;
  line`const struct iphdr *iph = ip_hdr(skb);`;
  frame.iph = skb.iph;
  line`return __inet_lookup(dev_net(skb_dst(skb)->dev), hashinfo, skb,`;
  return yield* __inet_lookup(net, skb, skb.iph.saddr, skb.th!.source, skb.iph.daddr, skb.th!.dest, refcounted);
}

/** inet_ehash_insert(): put sk in ehash; with osk, take osk's place (the child replacing its request sock). */
export function* inet_ehash_insert(sk: SockCommon, osk: SockCommon | null): Sim<boolean> {
  const eh = hashinfoOf(sk).ehash;
  line`sk->sk_hash = sk_ehashfn(sk);`;
  frame.hash = skKey(sk);
  let ret = true;
  line`if (osk) {`;
  if (osk) {
    line`ret = sk_nulls_del_node_init_rcu(osk);`;
    ret = eh.getFor(osk) === osk;
    if (ret) {
      eh.deleteFor(osk);
      osk.hashedIn = null;
    }
    frame.ret = ret;
  }
  if (ret) {
    line`__sk_nulls_add_node_rcu(sk, list);`;
    eh.setFor(sk, sk);
    sk.hashedIn = 'ehash';
  }
  line`return ret;`;
  return ret;
}

export function* inet_ehash_nolisten(sk: Sock, osk: SockCommon | null): Sim<boolean> {
  line`bool ok = inet_ehash_insert(sk, osk);`;
  const ok = yield* inet_ehash_insert(sk, osk);
  frame.ok = ok;
  line`if (ok) {`;
  if (ok) {
    line`sock_prot_inuse_add(sock_net(sk), sk->sk_prot, 1);`;
  } else {
    line`inet_sk_set_state(sk, TCP_CLOSE);`;
    yield* inet_sk_set_state(sk, TCP_CLOSE);
  }
  line`return ok;`;
  return ok;
}

/** __inet_hash(): a listener goes into the listening hash (not ehash); anything else into ehash. */
export function* __inet_hash(sk: Sock, osk: SockCommon | null): Sim<number> {
  line`if (sk->sk_state != TCP_LISTEN) {`;
  if (sk.sk_state !== TCP_LISTEN) {
    line`inet_ehash_nolisten(sk, osk);`;
    yield* inet_ehash_nolisten(sk, osk);
    return 0;
  }
  line`ilb = &hashinfo->listening_hash[inet_sk_listen_hashfn(sk)];`;
  line`hlist_add_head_rcu(&sk->sk_node, &ilb->head);`;
  line`inet_hash2(hashinfo, sk);`;
  const key = portaddrKey(sk.inet_rcv_saddr, sk.inet_num);
  const l2 = hashinfoOf(sk).lhash2;
  const list = l2.get(key) ?? [];
  list.unshift(sk);
  l2.set(key, list);
  sk.hashedIn = 'lhash';
  line`sock_set_flag(sk, SOCK_RCU_FREE);`;
  sock_set_flag(sk, SOCK_RCU_FREE);
  return 0;
}

export function* inet_hash(sk: Sock): Sim<number> {
  line`if (sk->sk_state != TCP_CLOSE) {`;
  if (sk.sk_state !== TCP_CLOSE) {
    line`err = __inet_hash(sk, NULL);`;
    return yield* __inet_hash(sk, null);
  }
  return 0;
}

export function* inet_unhash(sk: Sock): Sim<void> {
  line`if (sk_unhashed(sk))#1`;
  if (!sk.hashedIn) return;
  const h = hashinfoOf(sk);
  line`if (sk->sk_state == TCP_LISTEN) {`;
  if (sk.hashedIn === 'lhash') {
    line`inet_unhash2(hashinfo, sk);`;
    const key = portaddrKey(sk.inet_rcv_saddr, sk.inet_num);
    const list = h.lhash2.get(key);
    if (list) {
      removeFrom(list, sk);
      if (!list.length) h.lhash2.delete(key);
    }
    line`__sk_del_node_init(sk);`;
  } else {
    line`__sk_nulls_del_node_init_rcu(sk);`;
    if (h.ehash.getFor(sk) === sk) h.ehash.deleteFor(sk);
  }
  sk.hashedIn = null;
}

/** __inet_check_established(): is this 4-tuple unique? Then claim it: inet_num, and into ehash. */
export function* __inet_check_established(sk: Sock, lport: number): Sim<number> {
  const h = hashinfoOf(sk);
  const inet = inet_sk(sk);
  line`unsigned int hash = inet_ehashfn(net, daddr, lport,`;
  frame.hash = ehashKey(inet.inet_rcv_saddr, lport, inet.inet_daddr, inet.inet_dport);
  line`sk_nulls_for_each(sk2, node, &head->chain) {`;
  const sk2 = h.ehash.lookup(inet.inet_rcv_saddr, lport, inet.inet_daddr, inet.inet_dport);
  if (sk2) {
    frame.sk2 = sk2;
    line`if (sk2->sk_state == TCP_TIME_WAIT) {`;
    // a TIME_WAIT entry could be recycled under tcp_tw_reuse; that path comes with TIME_WAIT support
    void TCP_TIME_WAIT;
    line`goto not_unique;`;
    line`return -EADDRNOTAVAIL;`;
    return -EADDRNOTAVAIL;
  }
  line`inet->inet_num = lport;`;
  inet.inet_num = lport;
  line`inet->inet_sport = htons(lport);`;
  inet.inet_sport = lport;
  line`__sk_nulls_add_node_rcu(sk, &head->chain);`;
  h.ehash.insert(inet.inet_rcv_saddr, lport, inet.inet_daddr, inet.inet_dport, sk);
  sk.hashedIn = 'ehash';
  line`return 0;`;
  return 0;
}

/** __inet_hash_connect(): pick connect()'s source port, then hash the socket into ehash. */
export function* __inet_hash_connect(sk: Sock, port_offset: number): Sim<number> {
  const net = sk.skc_net;
  const h = net.tcp_hashinfo;
  line`int port = inet_sk(sk)->inet_num;`;
  let port = sk.inet_num;
  frame.port = port;
  line`if (port) {`;
  if (port) {
    const tb = inet_csk(sk).icsk_bind_hash!;
    frame.tb = tb;
    line`if (sk_head(&tb->owners) == sk && !sk->sk_bind_node.next) {`;
    if (tb.owners.size === 1 && tb.owners.has(sk)) {
      line`inet_ehash_nolisten(sk, NULL);`;
      yield* inet_ehash_nolisten(sk, null);
      line`return 0;#1`;
      return 0;
    }
    line`ret = check_established(death_row, sk, port, NULL);`;
    return yield* __inet_check_established(sk, port);
  }
  line`inet_get_local_port_range(net, &low, &high);`;
  const [low, highIncl] = net.sysctl['net.ipv4.ip_local_port_range'];
  const high = highIncl + 1;
  let remaining = high - low;
  if (remaining > 1) remaining &= ~1;
  // v5.4: one static hint for the whole kernel (later 5.4.y and 6.x: RFC 6056's table_perturb[])
  line`offset = (hint + port_offset) % remaining;`;
  let offset = ((net.hashConnectHint + port_offset) >>> 0) % remaining;
  frame.offset = offset;
  line`offset &= ~1U;`;
  // first pass: ports with the parity of the range's low end (bind(0) prefers the other)
  offset &= ~1;
  for (;;) {
    port = low + offset;
    for (let i = 0; i < remaining; i += 2, port += 2) {
      if (port >= high) port -= remaining;
      frame.port = port;
      frame.i = i;
      line`for (i = 0; i < remaining; i += 2, port += 2) {`;
      let tb = h.bhash.get(port) ?? null;
      if (tb) {
        frame.tb = tb;
        line`inet_bind_bucket_for_each(tb, &head->chain) {`;
        line`if (tb->fastreuse >= 0 ||`;
        // a port some bind()-ed socket uses is never shared with connect()
        if (tb.fastreuse >= 0 || tb.fastreuseport >= 0) continue;
        line`if (!check_established(death_row, sk,`;
        if ((yield* __inet_check_established(sk, port)) !== 0) continue;
      } else {
        line`tb = inet_bind_bucket_create(hinfo->bind_bucket_cachep,`;
        tb = yield* inet_bind_bucket_create(net, port);
        frame.tb = tb;
        line`tb->fastreuse = -1;`;
        tb.fastreuse = -1;
        tb.fastreuseport = -1;
      }
      line`hint += i + 2;`;
      net.hashConnectHint = (net.hashConnectHint + i + 2) >>> 0;
      line`inet_bind_hash(sk, tb, port);`;
      yield* inet_bind_hash(sk, tb, port);
      line`if (sk_unhashed(sk)) {`;
      if (!sk.hashedIn) {
        line`inet_sk(sk)->inet_sport = htons(port);`;
        inet_sk(sk).inet_sport = port;
        line`inet_ehash_nolisten(sk, (struct sock *)tw);`;
        yield* inet_ehash_nolisten(sk, null);
      }
      line`return 0;#2`;
      return 0;
    }
    offset++;
    line`if ((offset & 1) && remaining > 1)`;
    if (!(offset & 1 && remaining > 1)) break;
  }
  line`return -EADDRNOTAVAIL;`;
  return -EADDRNOTAVAIL;
}

export function* inet_hash_connect(sk: Sock): Sim<number> {
  line`port_offset = inet_sk_port_offset(sk);`;
  let port_offset = 0;
  if (!sk.inet_num) {
    const inet = inet_sk(sk);
    // secure_ipv4_port_ephemeral(saddr, daddr, dport): a keyed 32-bit hash, stable per destination
    port_offset = keyedHash(sk.skc_net.secret, 'port', inet.inet_rcv_saddr, inet.inet_daddr, inet.inet_dport);
  }
  frame.port_offset = port_offset;
  line`return __inet_hash_connect(death_row, sk, port_offset,`;
  return yield* __inet_hash_connect(sk, port_offset);
}


export function removeFrom<T>(list: T[], x: T): void {
  const i = list.indexOf(x);
  if (i >= 0) list.splice(i, 1);
}
