// net/ipv4/arp.c: ARP for IPv4 on the simulated NIC. Down: the neighbour cache's solicit
// (arp_solicit) → arp_send_dst → arp_create (the Ethernet header and the 28 bytes of ARP) → arp_xmit
// (NF_ARP_OUT) → dev_queue_xmit; a request is broadcast — the world's link hands it to every other
// host (World.transmit). Up: __netif_receive_skb_core hands a frame of type ETH_P_ARP to
// arp_packet_type's arp_rcv → NF_HOOK(NFPROTO_ARP, NF_ARP_IN) → arp_process: a request for one of our
// addresses teaches us the asker (neigh_event_ns) and is answered (a unicast reply); a reply updates
// the entry that asked (neigh_update, NUD_REACHABLE), which sends what waited on it.
//
// arp_constructor is ARP's part of __neigh_create: lo needs no ARP (IFF_LOOPBACK: NUD_NOARP), and its
// entry is made with its Ethernet header already cached — v5.4 caches it on lo's first packet, through
// neigh_resolve_output → neigh_hh_init; here lo's first packet takes neigh_hh_output like the rest, so
// that talking to oneself costs nothing more than before ARP existed. Sysctls are v5.4's defaults
// (arp_announce 0, arp_ignore 0, arp_filter 0, arp_accept 0, no forwarding, no proxy ARP).

import type { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import { SkBuff, NO_IPHDR, ARPOP_REPLY, ARPOP_REQUEST, alloc_skb_layout, skb_reserve, skb_put, skb_push, skb_reset_network_header, LL_RESERVED_SPACE } from '../../include/linux/skbuff';
import type { Neighbour, NeighOps, NetDevice } from '../../include/linux/netdevice';
import {
  ETH_BROADCAST, ETH_HLEN, ETH_P_ARP, ETH_P_IP, IFF_LOOPBACK, IFF_NOARP, NEIGH_PARMS, NEIGH_UPDATE_F_OVERRIDE, NET_RX_DROP, NET_RX_SUCCESS,
  NUD_NOARP, NUD_REACHABLE, NUD_STALE, NUD_VALID, PACKET_HOST, PACKET_OTHERHOST, RTN_LOCAL,
} from '../../include/linux/netdevice';
import type { Net } from '../../include/net/net_namespace';
import { keyedHash } from '../../core/rng';
import { NF_HOOK, NFPROTO_ARP, NF_ARP_IN, NF_ARP_OUT } from '../netfilter/core';
import { dev_queue_xmit } from '../core/dev';
import { neigh_resolve_output, neigh_event_ns, neigh_update, neigh_lookup, __neigh_create } from '../core/neighbour';
import { ip_route_input_noref } from './route';
import { __icmp_send } from './icmp';
import { E } from '../../core/engine';

const ARPHRD_ETHER = 1;
/** sizeof(struct arphdr) + 2 · (6 + 4): arp_hdr_len of an Ethernet device. */
const ARP_HDR_LEN = 28;
const ICMP_DEST_UNREACH = 3;
const ICMP_HOST_UNREACH = 1;

/** arp_hh_ops: Ethernet's (its header_ops has cache), so connected_output is neigh_resolve_output too. */
export const arp_hh_ops: NeighOps = {
  name: 'arp_hh_ops',
  solicit: arp_solicit,
  error_report: arp_error_report,
  output: neigh_resolve_output,
  connected_output: neigh_resolve_output,
};

/** arp_tbl.constructor for a new entry (see the header): lo's is NUD_NOARP and ready; eth0's NUD_NONE. */
export function arp_constructor(n: Neighbour): void {
  const dev = n.dev;
  if (dev.flags & (IFF_NOARP | IFF_LOOPBACK)) {
    n.nud_state = NUD_NOARP;
    n.ha = dev.dev_addr;
    n.hh.hh_len = ETH_HLEN;
    n.hh.hh_data = `${n.ha} > ${dev.dev_addr}, ethertype IPv4 (0x0800)`;
  }
  n.output = n.nud_state & NUD_VALID ? n.ops.connected_output : n.ops.output;
}

/** ip_neigh_gw4 → __ipv4_neigh_lookup_noref, or __neigh_create(&arp_tbl, …): lo's entry is keyed INADDR_ANY. */
export function ip_neigh_gw4(net: Net, dev: NetDevice, daddr: string): Neighbour {
  const key = dev.flags & IFF_LOOPBACK ? '0.0.0.0' : daddr;
  return neigh_lookup(net, key, dev) ?? __neigh_create(net, key, dev, arp_constructor, arp_hh_ops);
}

/** arp_init's per-host part: eth0's reachable_time, neigh_rand_reach_time(30 s) — between 15 and 45 s. */
export function arp_init(net: Net): void {
  const base = NEIGH_PARMS.BASE_REACHABLE_TIME;
  net.neigh_reachable_time = (keyedHash(net.secret, 'reachable_time', net.host.name) % base) + (base >> 1);
}

// ---- down ----------------------------------------------------------------------------------------

export function* arp_error_report(neigh: Neighbour, skb: SkBuff): Sim<void> {
  frame({ neigh, skb });
  line`dst_link_failure(skb);`;
  // ipv4_link_failure: icmp_send(skb, ICMP_DEST_UNREACH, ICMP_HOST_UNREACH, 0) to the packet's sender
  yield* __icmp_send(skb, ICMP_DEST_UNREACH, ICMP_HOST_UNREACH, 0, neigh.dev.net);
  line`kfree_skb(skb);`;
}

export function* arp_xmit_finish(net: Net, sk: null, skb: SkBuff): Sim<number> {
  frame({ net, sk, skb });
  line`return dev_queue_xmit(skb);`;
  return yield* dev_queue_xmit(skb);
}
const arp_xmit_finish_okfn = { okfn: arp_xmit_finish };

export function* arp_xmit(skb: SkBuff): Sim<void> {
  frame({ skb });
  line`NF_HOOK(NFPROTO_ARP, NF_ARP_OUT,`;
  yield* NF_HOOK(NFPROTO_ARP, NF_ARP_OUT, skb.dev!.net, null, skb, null, skb.dev, arp_xmit_finish_okfn);
}

export function* arp_create(type: number, ptype: number, dest_ip: string, dev: NetDevice, src_ip: string, dest_hw: string | null, src_hw: string | null, target_hw: string | null): Sim<SkBuff | null> {
  frame({ type, ptype, dest_ip, dev, src_ip, dest_hw, src_hw, target_hw });
  line`int hlen = LL_RESERVED_SPACE(dev);`;
  const hlen = LL_RESERVED_SPACE;
  line`skb = alloc_skb(arp_hdr_len(dev) + hlen + tlen, GFP_ATOMIC);`;
  const skb = new SkBuff(NO_IPHDR);
  alloc_skb_layout(skb, ARP_HDR_LEN + hlen);
  frame.skb = skb;
  line`skb_reserve(skb, hlen);`;
  skb_reserve(skb, hlen);
  line`skb_reset_network_header(skb);`;
  skb_reset_network_header(skb);
  line`arp = skb_put(skb, arp_hdr_len(dev));`;
  skb_put(skb, ARP_HDR_LEN);
  line`skb->dev = dev;`;
  skb.dev = dev;
  line`skb->protocol = htons(ETH_P_ARP);`;
  skb.protocol = ETH_P_ARP;
  line`if (!src_hw)`;
  if (!src_hw) {
    line`src_hw = dev->dev_addr;`;
    src_hw = dev.dev_addr;
  }
  line`if (!dest_hw)`;
  if (!dest_hw) {
    line`dest_hw = dev->broadcast;`;
    dest_hw = ETH_BROADCAST;
  }
  line`if (dev_hard_header(skb, dev, ptype, dest_hw, src_hw, skb->len) < 0)`;
  skb_push(skb, ETH_HLEN);
  const arp = { ar_hrd: 0, ar_pro: 0, ar_hln: 0, ar_pln: 0, ar_op: 0, ar_sha: '', ar_sip: '', ar_tha: '', ar_tip: '', eth: { h_dest: dest_hw, h_source: src_hw } };
  skb.arph = arp;
  frame.arp = arp;
  line`arp->ar_hrd = htons(dev->type);`;
  arp.ar_hrd = ARPHRD_ETHER;
  line`arp->ar_pro = htons(ETH_P_IP);`;
  arp.ar_pro = ETH_P_IP;
  line`arp->ar_hln = dev->addr_len;`;
  arp.ar_hln = 6;
  line`arp->ar_pln = 4;`;
  arp.ar_pln = 4;
  line`arp->ar_op = htons(type);`;
  arp.ar_op = type;
  line`memcpy(arp_ptr, src_hw, dev->addr_len);`;
  arp.ar_sha = src_hw;
  line`memcpy(arp_ptr, &src_ip, 4);`;
  arp.ar_sip = src_ip;
  line`if (target_hw)`;
  if (target_hw) {
    line`memcpy(arp_ptr, target_hw, dev->addr_len);`;
    arp.ar_tha = target_hw;
  } else {
    line`memset(arp_ptr, 0, dev->addr_len);`;
    arp.ar_tha = '00:00:00:00:00:00';
  }
  line`memcpy(arp_ptr, &dest_ip, 4);`;
  arp.ar_tip = dest_ip;
  line`return skb;`;
  return skb;
}

export function* arp_send_dst(type: number, ptype: number, dest_ip: string, dev: NetDevice, src_ip: string, dest_hw: string | null, src_hw: string | null, target_hw: string | null, dst: unknown): Sim<void> {
  frame({ type, ptype, dest_ip, dev, src_ip, dest_hw, src_hw, target_hw, dst });
  line`if (dev->flags & IFF_NOARP)`;
  if (dev.flags & IFF_NOARP) {
    line`return;#1`;
    return;
  }
  line`skb = arp_create(type, ptype, dest_ip, dev, src_ip,`;
  const skb = yield* arp_create(type, ptype, dest_ip, dev, src_ip, dest_hw, src_hw, target_hw);
  frame.skb = skb;
  line`if (!skb)`;
  if (!skb) return;
  line`skb_dst_set(skb, dst_clone(dst));`;
  line`arp_xmit(skb);`;
  yield* arp_xmit(skb);
}

export function* arp_solicit(neigh: Neighbour, skb: SkBuff | null): Sim<void> {
  const dev = neigh.dev;
  const target = neigh.primary_key;
  frame({ neigh, skb, dev, target });
  line`__be32 saddr = 0;`;
  let saddr = '0.0.0.0';
  line`int probes = atomic_read(&neigh->probes);`;
  let probes = neigh.probes;
  frame.probes = probes;
  let dst_hw: string | null = null;
  line`switch (IN_DEV_ARP_ANNOUNCE(in_dev)) {`;
  line`if (skb && inet_addr_type_dev_table(dev_net(dev), dev,`;
  if (skb && dev.net.host.isLocal(skb.iph.saddr)) {
    line`saddr = ip_hdr(skb)->saddr;`;
    saddr = skb.iph.saddr;
  }
  line`if (!saddr)`;
  if (saddr === '0.0.0.0') {
    line`saddr = inet_select_addr(dev, target, RT_SCOPE_LINK);`;
    saddr = dev.net.host.addrs.find((a) => a !== '127.0.0.1') ?? '0.0.0.0';
  }
  frame.saddr = saddr;
  line`probes -= NEIGH_VAR(neigh->parms, UCAST_PROBES);`;
  probes -= NEIGH_PARMS.UCAST_PROBES;
  frame.probes = probes;
  line`if (probes < 0) {#1`;
  if (probes < 0) {
    line`neigh_ha_snapshot(dst_ha, neigh, dev);`;
    line`dst_hw = dst_ha;`;
    dst_hw = neigh.ha;
    frame.dst_hw = dst_hw;
  } else {
    line`probes -= NEIGH_VAR(neigh->parms, APP_PROBES);`;
    probes -= NEIGH_PARMS.APP_PROBES;
  }
  line`if (skb && !(dev->priv_flags & IFF_XMIT_DST_RELEASE))`;
  line`arp_send_dst(ARPOP_REQUEST, ETH_P_ARP, target, dev, saddr,`;
  yield* arp_send_dst(ARPOP_REQUEST, ETH_P_ARP, target, dev, saddr, dst_hw, dev.dev_addr, null, null);
}

// ---- up ------------------------------------------------------------------------------------------

export function* arp_process(net: Net, sk: null, skb: SkBuff): Sim<number> {
  const dev = skb.dev!;
  frame({ net, sk, skb, dev });
  line`if (!in_dev)`;
  line`arp = arp_hdr(skb);`;
  const arp = skb.arph!;
  frame.arp = arp;
  line`if ((arp->ar_hrd != htons(ARPHRD_ETHER) &&`;
  line`if (arp->ar_op != htons(ARPOP_REPLY) &&`;
  if (arp.ar_op !== ARPOP_REPLY && arp.ar_op !== ARPOP_REQUEST) {
    line`goto out_free_skb;#3`;
    line`kfree_skb(skb);`;
    line`return NET_RX_DROP;`;
    return NET_RX_DROP;
  }
  line`sha	= arp_ptr;`;
  const sha = arp.ar_sha;
  line`memcpy(&sip, arp_ptr, 4);`;
  const sip = arp.ar_sip;
  line`tha = arp_ptr;`;
  line`memcpy(&tip, arp_ptr, 4);`;
  const tip = arp.ar_tip;
  frame.sha = sha;
  frame.sip = sip;
  frame.tip = tip;
  line`if (ipv4_is_multicast(tip) ||`;
  line`if (sip == tip && IN_DEV_ORCONF(in_dev, DROP_GRATUITOUS_ARP))`;
  line`if (sip == 0) {`;
  line`if (arp->ar_op == htons(ARPOP_REQUEST) &&#2`;
  if (arp.ar_op === ARPOP_REQUEST && net.host.isLocal(tip) && ip_route_input_noref(skb, tip, net) === 0) {
    line`rt = skb_rtable(skb);`;
    line`addr_type = rt->rt_type;`;
    const addr_type = RTN_LOCAL;
    frame.addr_type = addr_type;
    line`if (addr_type == RTN_LOCAL) {`;
    line`dont_send = arp_ignore(in_dev, sip, tip);`;
    line`if (!dont_send && IN_DEV_ARPFILTER(in_dev))`;
    line`if (!dont_send) {`;
    line`n = neigh_event_ns(&arp_tbl, sha, &sip, dev);`;
    const n = yield* neigh_event_ns(net, sha, sip, dev, arp_constructor, arp_hh_ops);
    frame.n = n;
    line`if (n) {#1`;
    if (n) {
      line`arp_send_dst(ARPOP_REPLY, ETH_P_ARP,`;
      yield* arp_send_dst(ARPOP_REPLY, ETH_P_ARP, sip, dev, tip, sha, dev.dev_addr, sha, null);
      line`neigh_release(n);#1`;
    }
    line`goto out_consume_skb;`;
  } else {
    // (a request for another host's address: no route of ours — no forwarding, no proxy ARP)
    line`n = __neigh_lookup(&arp_tbl, &sip, dev, 0);`;
    const n = neigh_lookup(net, sip, dev);
    frame.n = n;
    line`addr_type = -1;`;
    line`if (n || IN_DEV_ARP_ACCEPT(in_dev)) {`;
    if (n) {
      line`is_garp = arp_is_garp(net, dev, &addr_type, arp->ar_op,`;
    }
    line`if (IN_DEV_ARP_ACCEPT(in_dev)) {`;
    line`if (n) {#2`;
    if (n) {
      line`int state = NUD_REACHABLE;`;
      let state = NUD_REACHABLE;
      line`override = time_after(jiffies,`;
      const override = E.now > n.updated + NEIGH_PARMS.LOCKTIME;
      frame.override = override;
      line`if (arp->ar_op != htons(ARPOP_REPLY) ||`;
      if (arp.ar_op !== ARPOP_REPLY || skb.pkt_type !== PACKET_HOST) {
        line`state = NUD_STALE;`;
        state = NUD_STALE;
      }
      frame.state = state;
      line`neigh_update(n, sha, state,`;
      yield* neigh_update(n, sha, state, override ? NEIGH_UPDATE_F_OVERRIDE : 0, 0);
      line`neigh_release(n);#2`;
    }
  }
  line`consume_skb(skb);`;
  line`dst_release(reply_dst);`;
  line`return NET_RX_SUCCESS;`;
  return NET_RX_SUCCESS;
}
const arp_process_okfn = { okfn: arp_process };

export function* arp_rcv(skb: SkBuff, dev: NetDevice): Sim<number> {
  frame({ skb, dev, pt: 'arp_packet_type', orig_dev: dev });
  line`if (dev->flags & IFF_NOARP ||`;
  if (dev.flags & IFF_NOARP || skb.pkt_type === PACKET_OTHERHOST) {
    line`goto consumeskb;`;
    line`consume_skb(skb);`;
    line`return NET_RX_SUCCESS;`;
    return NET_RX_SUCCESS;
  }
  line`skb = skb_share_check(skb, GFP_ATOMIC);`;
  line`if (!pskb_may_pull(skb, arp_hdr_len(dev)))`;
  line`arp = arp_hdr(skb);`;
  const arp = skb.arph!;
  frame.arp = arp;
  line`if (arp->ar_hln != dev->addr_len || arp->ar_pln != 4)`;
  line`memset(NEIGH_CB(skb), 0, sizeof(struct neighbour_cb));`;
  line`return NF_HOOK(NFPROTO_ARP, NF_ARP_IN,`;
  return yield* NF_HOOK(NFPROTO_ARP, NF_ARP_IN, dev.net, null, skb, dev, null, arp_process_okfn);
}
