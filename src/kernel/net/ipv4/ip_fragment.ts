// net/ipv4/ip_fragment.c and net/ipv4/inet_fragment.c: reassembly on the way up. ip_local_deliver
// hands each fragment to ip_defrag → ip_find (inet_frag_find: the queue of (saddr, daddr, id,
// protocol), created with its ip_expire timer at ipfrag_time) → ip_frag_queue (offset, end, MF;
// inet_frag_queue_insert places it by offset, so fragments may come in any order) → when the first
// and last are in and every byte between: ip_frag_reasm, and the whole datagram goes on up. A queue
// still incomplete when its timer fires is killed (ip_expire), and if its first fragment arrived the
// sender gets ICMP time exceeded (fragment reassembly time exceeded). inet_frag_kill,
// inet_frag_reasm_prepare/_finish and inet_frag_pull_head run inside their callers' lines.

import type { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import { TimerList } from '../../core/timer';
import type { SkBuff } from '../../include/linux/skbuff';
import { skb_len, skb_pull, skb_push, IP_DF, IP_MF, IP_OFFSET, ICMP_TIME_EXCEEDED, ICMP_EXC_FRAGTIME } from '../../include/linux/skbuff';
import type { Net } from '../../include/net/net_namespace';
import { MIB, NET_INC_STATS } from '../../include/net/net_namespace';
import { newObjectId } from '../../include/net/sock';
import { NotSimulated } from '../../include/linux/ops';
import { RTN_LOCAL } from '../../include/linux/netdevice';
import {
  Ipq, fragKey, INET_FRAG_COMPLETE, INET_FRAG_FIRST_IN, INET_FRAG_LAST_IN, IPFRAG_DUP, IPFRAG_OK, IPFRAG_OVERLAP, type Fqdir, type FragV4Key,
} from '../../include/net/inet_frag';
import { ERRNO } from '../../include/uapi';
import { ip_route_input_noref } from './route';
import { __icmp_send } from './icmp';

const EINPROGRESS = 115;
/** (a queue's own cost in frag_mem_limit: sizeof(struct ipq), as inet_frag_alloc adds f->qsize) */
const IPQ_SIZE = 200;

/** skb->truesize of a fragment: its bytes and the sk_buff around them. */
function truesize(skb: SkBuff): number {
  return skb_len(skb) + 768;
}

/** inet_frag_kill(): stop the timer, out of the hash table, COMPLETE. */
function inet_frag_kill(q: Ipq): void {
  if (q.timer.del()) q.refcnt--;
  if (!(q.flags & INET_FRAG_COMPLETE)) {
    q.flags |= INET_FRAG_COMPLETE;
    q.net.fqdir.rhashtable.delete(fragKey(q.key));
    q.refcnt--;
  }
}

/** The fragments in offset order (the runs, each run in order). */
function allFrags(q: Ipq): SkBuff[] {
  const out: SkBuff[] = [];
  for (const r of q.runs) out.push(...r);
  return out;
}

/** The queue's timer: ipfrag_time passed with the datagram still incomplete. */
export function* ip_expire(qp: Ipq): Sim<void> {
  const net = qp.net;
  frame({ qp, net, flags: qp.flags });
  let head: SkBuff | null = null;
  line`qp = container_of(frag, struct ipq, q);`;
  line`if (qp->q.fqdir->dead)`;
  if (net.fqdir.dead) return;
  line`if (qp->q.flags & INET_FRAG_COMPLETE)`;
  if (qp.flags & INET_FRAG_COMPLETE) {
    line`goto out;#1`;
    line`ipq_put(qp);`;
    return;
  }
  line`ipq_kill(qp);`;
  inet_frag_kill(qp);
  line`__IP_INC_STATS(net, IPSTATS_MIB_REASMFAILS);`;
  NET_INC_STATS(net, MIB.ReasmFails);
  line`__IP_INC_STATS(net, IPSTATS_MIB_REASMTIMEOUT);`;
  NET_INC_STATS(net, MIB.ReasmTimeout);
  line`if (!(qp->q.flags & INET_FRAG_FIRST_IN))`;
  if (!(qp.flags & INET_FRAG_FIRST_IN)) {
    line`goto out;#2`;
    line`kfree_skb(head);`;
    qp.runs.length = 0;
    line`ipq_put(qp);`;
    return;
  }
  line`head = inet_frag_pull_head(&qp->q);`;
  // inet_frag_pull_head: the first fragment out of its run (the rest of the run keeps its place)
  head = qp.runs[0].shift()!;
  if (qp.runs[0].length === 0) qp.runs.shift();
  if (head === qp.fragments_tail) qp.fragments_tail = null;
  net.fqdir.mem -= truesize(head);
  frame.head = head;
  line`head->dev = dev_get_by_index_rcu(net, qp->iif);`;
  head.dev = qp.iif === net.loopback_dev.ifindex ? net.loopback_dev : net.eth0;
  line`iph = ip_hdr(head);`;
  const iph = head.iph;
  frame.iph = iph;
  line`err = ip_route_input_noref(head, iph->daddr, iph->saddr,`;
  const err = ip_route_input_noref(head, iph.daddr, net);
  frame.err = err;
  line`if (err)`;
  if (err) return;
  line`if (frag_expire_skip_icmp(qp->q.key.v4.user) &&`;
  line`icmp_send(head, ICMP_TIME_EXCEEDED, ICMP_EXC_FRAGTIME, 0);`;
  yield* __icmp_send(head, ICMP_TIME_EXCEEDED, ICMP_EXC_FRAGTIME, 0, net);
  line`goto out_rcu_unlock;#2`;
  line`kfree_skb(head);`;
  qp.runs.length = 0;
  line`ipq_put(qp);`;
}

/** The queue of (saddr, daddr, id, protocol): found or created (its timer started). */
export function* inet_frag_find(fqdir: Fqdir, key: FragV4Key, net: Net): Sim<Ipq | null> {
  frame({ fqdir, key });
  line`if (!fqdir->high_thresh || frag_mem_limit(fqdir) > fqdir->high_thresh)`;
  if (!fqdir.high_thresh || fqdir.mem > fqdir.high_thresh) {
    line`return NULL;`;
    return null;
  }
  line`prev = rhashtable_lookup(&fqdir->rhashtable, key, fqdir->f->rhash_params);`;
  let fq = fqdir.rhashtable.get(fragKey(key)) ?? null;
  frame.prev = fq;
  line`if (!prev)`;
  if (!fq) {
    line`fq = inet_frag_create(fqdir, key, &prev);`;
    // inet_frag_alloc (ip4_frag_init: the key) and mod_timer(&q->timer, jiffies + fqdir->timeout)
    fq = new Ipq(key, newObjectId(), net);
    fq.timer = new TimerList('ip_expire', net.host, ip_expire, fq);
    fqdir.mem += IPQ_SIZE;
    fq.timer.mod(fqdir.timeout);
    fqdir.rhashtable.set(fragKey(key), fq);
    frame.fq = fq;
  } else {
    line`fq = prev;`;
    frame.fq = fq;
  }
  fq.refcnt++;
  line`return fq;`;
  return fq;
}

/** Place a fragment by offset among the queue's runs. */
export function* inet_frag_queue_insert(q: Ipq, skb: SkBuff, offset: number, end: number): Sim<number> {
  frame({ q, skb, offset, end });
  line`struct sk_buff *last = q->fragments_tail;`;
  const last = q.fragments_tail;
  frame.last = last;
  line`if (!last)`;
  if (!last) {
    line`fragrun_create(q, skb);#1`;
    q.runs.push([skb]);
  } else {
    const lastEnd = last.ip_defrag_offset + skb_len(last);
    line`else if (last->ip_defrag_offset + last->len < end) {`;
    if (lastEnd < end) {
      line`if (offset < last->ip_defrag_offset + last->len)`;
      if (offset < lastEnd) {
        line`return IPFRAG_OVERLAP;#1`;
        return IPFRAG_OVERLAP;
      }
      line`if (offset == last->ip_defrag_offset + last->len)`;
      if (offset === lastEnd) {
        line`fragrun_append_to_last(q, skb);`;
        q.runs[q.runs.length - 1].push(skb);
      } else {
        line`fragrun_create(q, skb);#2`;
        q.runs.push([skb]);
      }
    } else {
      // out of order: before the last one — a binary search over the runs (the rb-tree's walk)
      line`rbn = &q->rb_fragments.rb_node;`;
      let at = 0;
      for (; at < q.runs.length; at++) {
        const run = q.runs[at];
        const curr = run[0];
        const curr_run_end = curr.ip_defrag_offset + run.reduce((n, f) => n + skb_len(f), 0);
        line`curr_run_end = curr->ip_defrag_offset +`;
        line`if (end <= curr->ip_defrag_offset)`;
        if (end <= curr.ip_defrag_offset) break;
        line`else if (offset >= curr_run_end)`;
        if (offset >= curr_run_end) continue;
        line`else if (offset >= curr->ip_defrag_offset &&`;
        if (offset >= curr.ip_defrag_offset && end <= curr_run_end) {
          line`return IPFRAG_DUP;`;
          return IPFRAG_DUP;
        }
        line`return IPFRAG_OVERLAP;#2`;
        return IPFRAG_OVERLAP;
      }
      line`rb_insert_color(&skb->rbnode, &q->rb_fragments);`;
      q.runs.splice(at, 0, [skb]);
    }
  }
  // (fragrun_create and fragrun_append_to_last make it the tail; an insertion before it does not)
  if (!last || last.ip_defrag_offset + skb_len(last) < end) q.fragments_tail = skb;
  line`skb->ip_defrag_offset = offset;`;
  skb.ip_defrag_offset = offset;
  line`return IPFRAG_OK;`;
  return IPFRAG_OK;
}

/** One skb out of the queue's fragments: skb (the one that just came) becomes the head. */
export function* ip_frag_reasm(qp: Ipq, skb: SkBuff, prev_tail: SkBuff | null, dev: SkBuff['dev']): Sim<number> {
  const net = qp.net;
  frame({ qp, skb, prev_tail, dev });
  line`ipq_kill(qp);`;
  inet_frag_kill(qp);
  line`ecn = ip_frag_ecn_table[qp->ecn];`;
  line`reasm_data = inet_frag_reasm_prepare(&qp->q, skb, prev_tail);`;
  // inet_frag_reasm_prepare: if the first fragment is another skb, skb takes its contents (skb_morph)
  // and its place; the first's own skb is freed
  const frags = allFrags(qp);
  const head = frags[0];
  if (head !== skb) {
    const i = frags.indexOf(skb);
    frags[i] = head;
    // (a stand-in takes skb's place in the list: the head's old object, now holding skb's fragment)
    morphSwap(skb, head);
    frags[0] = skb;
  }
  line`len = ip_hdrlen(skb) + qp->q.len;`;
  const len = 20 + qp.len;
  frame.len = len;
  line`if (len > 65535)`;
  if (len > 65535) {
    NET_INC_STATS(net, MIB.ReasmFails);
    return -7; // -E2BIG
  }
  line`inet_frag_reasm_finish(&qp->q, skb, reasm_data,`;
  // inet_frag_reasm_finish: the data back to the IP header, the others on the frag_list in order
  skb_push(skb, skb.data - skb.network_header);
  skb.frag_list = frags.slice(1);
  let payload = skb.payload;
  for (const fp of skb.frag_list) {
    fp.sk = null;
    skb.data_len += skb_len(fp);
    payload += fp.payload;
  }
  skb.payload = payload;
  for (const f of frags) net.fqdir.mem -= truesize(f);
  qp.runs.length = 0;
  line`skb->dev = dev;`;
  skb.dev = dev;
  line`iph = ip_hdr(skb);`;
  const iph = skb.iph;
  frame.iph = iph;
  line`iph->tot_len = htons(len);`;
  iph.tot_len = len;
  line`if (qp->max_df_size == qp->q.max_size) {`;
  if (qp.max_df_size === qp.max_size) {
    line`iph->frag_off = htons(IP_DF);`;
    iph.frag_off = IP_DF;
  } else {
    line`iph->frag_off = 0;`;
    iph.frag_off = 0;
  }
  line`ip_send_check(iph);`;
  line`__IP_INC_STATS(net, IPSTATS_MIB_REASMOKS);`;
  NET_INC_STATS(net, MIB.ReasmOKs);
  line`qp->q.fragments_tail = NULL;`;
  qp.fragments_tail = null;
  line`return 0;`;
  return 0;
}

/** skb_morph(skb, head) with head then holding what skb held: the two skbs' contents exchanged. */
function morphSwap(a: SkBuff, b: SkBuff): void {
  const keys = ['payload', 'iph', 'uh', 'th', 'icmph', 'head', 'data', 'tail', 'end', 'mac_header', 'network_header', 'transport_header', 'ip_defrag_offset', 'data_len'] as const;
  for (const k of keys) {
    const t = (a as any)[k];
    (a as any)[k] = (b as any)[k];
    (b as any)[k] = t;
  }
}

/** Add one fragment to its queue; reassemble when it is complete. */
export function* ip_frag_queue(qp: Ipq, skb: SkBuff): Sim<number> {
  const net = qp.net;
  frame({ qp, skb, net });
  let err = -ERRNO.ENOENT;
  line`if (qp->q.flags & INET_FRAG_COMPLETE)`;
  if (qp.flags & INET_FRAG_COMPLETE) {
    line`goto err;#1`;
    line`return err;#2`;
    return err;
  }
  line`if (!(IPCB(skb)->flags & IPSKB_FRAG_COMPLETE) &&`;
  // ip_frag_too_far: the source's fragment count (inet_peer's rid) since this queue's last fragment
  const rid = (net.fqdir.peerRid.get(qp.key.saddr) ?? 0) + 1;
  net.fqdir.peerRid.set(qp.key.saddr, rid);
  const tooFar = qp.fragments_tail !== null && rid - qp.rid > net.fqdir.max_dist;
  qp.rid = rid;
  if (tooFar) throw new NotSimulated('ip_frag_reinit (a queue whose source sent more than ipfrag_max_dist fragments since its last one)');
  line`offset = ntohs(ip_hdr(skb)->frag_off);`;
  let offset = skb.iph.frag_off ?? 0;
  line`flags = offset & ~IP_OFFSET;`;
  const flags = offset & ~IP_OFFSET;
  line`offset &= IP_OFFSET;`;
  offset &= IP_OFFSET;
  line`offset <<= 3;`;
  offset <<= 3;
  frame.offset = offset;
  frame.flags = flags;
  line`ihl = ip_hdrlen(skb);`;
  const ihl = 20;
  line`end = offset + skb->len - skb_network_offset(skb) - ihl;`;
  let end = offset + skb_len(skb) - (skb.network_header - skb.data) - ihl;
  frame.end = end;
  line`err = -EINVAL;#1`;
  err = -ERRNO.EINVAL;
  let discard = false;
  line`if ((flags & IP_MF) == 0) {`;
  if ((flags & IP_MF) === 0) {
    line`if (end < qp->q.len ||`;
    if (end < qp.len || (qp.flags & INET_FRAG_LAST_IN && end !== qp.len)) discard = true;
    else {
      line`qp->q.flags |= INET_FRAG_LAST_IN;`;
      qp.flags |= INET_FRAG_LAST_IN;
      line`qp->q.len = end;#1`;
      qp.len = end;
    }
  } else {
    line`if (end&7) {`;
    if (end & 7) {
      line`end &= ~7;`;
      end &= ~7;
    }
    line`if (end > qp->q.len) {`;
    if (end > qp.len) {
      line`if (qp->q.flags & INET_FRAG_LAST_IN)`;
      if (qp.flags & INET_FRAG_LAST_IN) discard = true;
      else {
        line`qp->q.len = end;#2`;
        qp.len = end;
      }
    }
  }
  if (!discard) {
    line`if (end == offset)`;
    if (end === offset) discard = true;
  }
  let insertErr = IPFRAG_OK;
  let prev_tail: SkBuff | null = null;
  if (!discard) {
    line`if (!pskb_pull(skb, skb_network_offset(skb) + ihl))`;
    skb_pull(skb, skb.network_header - skb.data + ihl);
    line`err = pskb_trim_rcsum(skb, end - offset);`;
    line`dev = skb->dev;`;
    const dev = skb.dev;
    line`prev_tail = qp->q.fragments_tail;`;
    prev_tail = qp.fragments_tail;
    frame.prev_tail = prev_tail;
    line`err = inet_frag_queue_insert(&qp->q, skb, offset, end);`;
    insertErr = yield* inet_frag_queue_insert(qp, skb, offset, end);
    frame.err = insertErr;
    line`if (err)#2`;
    if (insertErr === IPFRAG_OK) {
      line`if (dev)`;
      if (dev) {
        line`qp->iif = dev->ifindex;`;
        qp.iif = dev.ifindex;
      }
      line`qp->q.meat += skb->len;`;
      qp.meat += skb_len(skb);
      frame.meat = qp.meat;
      line`add_frag_mem_limit(qp->q.fqdir, skb->truesize);`;
      net.fqdir.mem += truesize(skb);
      line`if (offset == 0)`;
      if (offset === 0) {
        line`qp->q.flags |= INET_FRAG_FIRST_IN;`;
        qp.flags |= INET_FRAG_FIRST_IN;
      }
      line`fragsize = skb->len + ihl;`;
      const fragsize = skb_len(skb) + ihl;
      line`if (fragsize > qp->q.max_size)`;
      if (fragsize > qp.max_size) qp.max_size = fragsize;
      line`if (ip_hdr(skb)->frag_off & htons(IP_DF) &&`;
      if ((skb.iph.frag_off ?? 0) & IP_DF && fragsize > qp.max_df_size) qp.max_df_size = fragsize;
      line`if (qp->q.flags == (INET_FRAG_FIRST_IN | INET_FRAG_LAST_IN) &&`;
      if (qp.flags === (INET_FRAG_FIRST_IN | INET_FRAG_LAST_IN) && qp.meat === qp.len) {
        line`err = ip_frag_reasm(qp, skb, prev_tail, dev);`;
        err = yield* ip_frag_reasm(qp, skb, prev_tail, dev);
        frame.err = err;
        line`if (err)#3`;
        if (err) inet_frag_kill(qp);
        line`return err;#1`;
        return err;
      }
      line`skb_dst_drop(skb);`;
      skb._skb_refdst = null;
      line`return -EINPROGRESS;`;
      return -EINPROGRESS;
    }
    line`if (err == IPFRAG_DUP) {`;
    if (insertErr === IPFRAG_DUP) {
      line`return -EINVAL;`;
      return -ERRNO.EINVAL;
    }
    line`err = -EINVAL;#2`;
    err = -ERRNO.EINVAL;
    line`__IP_INC_STATS(net, IPSTATS_MIB_REASM_OVERLAPS);`;
    NET_INC_STATS(net, MIB.ReasmOverlaps);
  }
  line`inet_frag_kill(&qp->q);#2`;
  inet_frag_kill(qp);
  for (const f of allFrags(qp)) net.fqdir.mem -= truesize(f);
  qp.runs.length = 0;
  line`__IP_INC_STATS(net, IPSTATS_MIB_REASMFAILS);`;
  NET_INC_STATS(net, MIB.ReasmFails);
  line`kfree_skb(skb);#2`;
  line`return err;#2`;
  return err;
}

/** The queue of this fragment's datagram (ip_find → inet_frag_find). */
export function* ip_find(net: Net, skb: SkBuff, user: number, vif: number): Sim<Ipq | null> {
  const iph = skb.iph;
  frame({ net, iph, user, vif });
  line`struct frag_v4_compare_key key = {`;
  const key: FragV4Key = { saddr: iph.saddr, daddr: iph.daddr, user, vif, id: iph.id ?? 0, protocol: iph.protocol };
  frame.key = key;
  line`q = inet_frag_find(net->ipv4.fqdir, &key);`;
  const q = yield* inet_frag_find(net.fqdir, key, net);
  frame.q = q;
  line`if (!q)`;
  if (!q) {
    line`return NULL;`;
    return null;
  }
  line`return container_of(q, struct ipq, q);`;
  return q;
}

/** A fragment for this host: 0 when its datagram is whole now (skb is the datagram), else an error. */
export function* ip_defrag(net: Net, skb: SkBuff, user: number): Sim<number> {
  frame({ net, skb, user });
  line`struct net_device *dev = skb->dev ? : skb_dst(skb)->dev;`;
  line`__IP_INC_STATS(net, IPSTATS_MIB_REASMREQDS);`;
  NET_INC_STATS(net, MIB.ReasmReqds);
  line`skb_orphan(skb);`;
  skb.sk = null;
  line`qp = ip_find(net, ip_hdr(skb), user, vif);`;
  const qp = yield* ip_find(net, skb, user, 0);
  frame.qp = qp;
  line`if (qp) {`;
  if (qp) {
    line`ret = ip_frag_queue(qp, skb);`;
    const ret = yield* ip_frag_queue(qp, skb);
    frame.ret = ret;
    line`ipq_put(qp);`;
    qp.refcnt--;
    line`return ret;`;
    return ret;
  }
  line`__IP_INC_STATS(net, IPSTATS_MIB_REASMFAILS);`;
  NET_INC_STATS(net, MIB.ReasmFails);
  line`kfree_skb(skb);`;
  line`return -ENOMEM;`;
  return -ERRNO.ENOMEM;
}

export { RTN_LOCAL, IP_MF };
