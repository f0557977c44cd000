// net/ipv4/netfilter/nf_reject_ipv4.c: what REJECT sends. nf_send_reset builds a RST from the
// offending segment (ports and addresses swapped; for a SYN: seq 0, ACK of its sequence + 1 — "R.")
// in a new skb and sends it as a local packet, ip_local_out; nf_send_unreach answers with an ICMP
// destination unreachable through icmp_send. (Checksums are not computed: every packet here is valid.)

import type { Sim } from '../../../core/engine';
import { frame, line } from '../../../core/mark';
import { SkBuff, type TcpHdr, alloc_skb_layout, skb_reserve, skb_put, skb_reset_network_header, skb_reset_transport_header, skb_len, ICMP_DEST_UNREACH } from '../../../include/linux/skbuff';
import type { Net } from '../../../include/net/net_namespace';
import { ETH_P_IP } from '../../../include/linux/netdevice';
import { IPPROTO_TCP } from '../../../include/uapi';
import { ip_local_out } from '../ip_output';
import { ip_route_output_ports } from '../route';
import { __icmp_send } from '../icmp';
import { makeTcpSkb } from '../tcp_output';

const IP_DF = 0x4000;
/** LL_MAX_HEADER on x86-64 as distributions build it (CONFIG_WLAN and friends): 128. */
const LL_MAX_HEADER = 128;

export function* nf_reject_ip_tcphdr_get(oldskb: SkBuff, hook: number): Sim<TcpHdr | null> {
  frame({ oldskb, hook });
  line`if (ip_hdr(oldskb)->protocol != IPPROTO_TCP)`;
  if (oldskb.iph.protocol !== IPPROTO_TCP || !oldskb.th) {
    line`return NULL;#1`;
    return null;
  }
  line`oth = skb_header_pointer(oldskb, ip_hdrlen(oldskb),`;
  const oth = oldskb.th;
  frame.oth = oth;
  line`if (oth->rst)`;
  if (oth.rst) {
    line`return NULL;#2`;
    return null;
  }
  line`return oth;`;
  return oth;
}

export function* nf_reject_iphdr_put(nskb: SkBuff, oldskb: SkBuff, protocol: number, ttl: number): Sim<SkBuff['iph']> {
  const oiph = oldskb.iph;
  frame({ nskb, oldskb, protocol, ttl, oiph });
  line`skb_reset_network_header(nskb);`;
  skb_reset_network_header(nskb);
  line`niph = skb_put(nskb, sizeof(struct iphdr));`;
  skb_put(nskb, 20);
  const niph = nskb.iph;
  frame.niph = niph;
  line`niph->id	= 0;`;
  niph.id = 0;
  line`niph->frag_off	= htons(IP_DF);`;
  niph.frag_off = IP_DF;
  line`niph->protocol	= protocol;`;
  niph.protocol = protocol;
  line`niph->saddr	= oiph->daddr;`;
  niph.saddr = oiph.daddr;
  line`niph->daddr	= oiph->saddr;`;
  niph.daddr = oiph.saddr;
  line`niph->ttl	= ttl;`;
  niph.ttl = ttl;
  line`nskb->protocol = htons(ETH_P_IP);`;
  nskb.protocol = ETH_P_IP;
  line`return niph;`;
  return niph;
}

export function* nf_reject_ip_tcphdr_put(nskb: SkBuff, oldskb: SkBuff, oth: TcpHdr): Sim<void> {
  frame({ nskb, oldskb, oth });
  line`skb_reset_transport_header(nskb);`;
  skb_reset_transport_header(nskb);
  line`tcph = skb_put_zero(nskb, sizeof(struct tcphdr));`;
  skb_put(nskb, 20);
  const tcph = nskb.th!;
  frame.tcph = tcph;
  line`tcph->source	= oth->dest;`;
  tcph.source = oth.dest;
  line`tcph->dest	= oth->source;`;
  tcph.dest = oth.source;
  line`tcph->doff	= sizeof(struct tcphdr) / 4;`;
  tcph.doff = 5;
  line`if (oth->ack) {`;
  if (oth.ack) {
    line`tcph->seq = oth->ack_seq;`;
    tcph.seq = oth.ack_seq;
  } else {
    line`tcph->ack_seq = htonl(ntohl(oth->seq) + oth->syn + oth->fin +`;
    // oldskb->len − the IP header − the TCP header: the payload
    tcph.ack_seq = (oth.seq + oth.syn + oth.fin + oldskb.len) >>> 0;
    line`tcph->ack = 1;`;
    tcph.ack = 1;
  }
  line`tcph->rst	= 1;`;
  tcph.rst = 1;
}

export function* nf_send_reset(net: Net, oldskb: SkBuff, hook: number): Sim<void> {
  frame({ net, oldskb, hook });
  line`oth = nf_reject_ip_tcphdr_get(oldskb, &_oth, hook);`;
  const oth = yield* nf_reject_ip_tcphdr_get(oldskb, hook);
  frame.oth = oth;
  line`if (!oth)`;
  if (!oth) {
    line`return;#1`;
    return;
  }
  line`nskb = alloc_skb(sizeof(struct iphdr) + sizeof(struct tcphdr) +`;
  // (a zeroed TCP header and an IP header to fill: the shape every segment has here)
  const nskb = makeTcpSkb('0.0.0.0', '0.0.0.0', { source: 0, dest: 0 });
  alloc_skb_layout(nskb, 20 + 20 + LL_MAX_HEADER);
  frame.nskb = nskb;
  line`skb_reserve(nskb, LL_MAX_HEADER);`;
  skb_reserve(nskb, LL_MAX_HEADER);
  line`niph = nf_reject_iphdr_put(nskb, oldskb, IPPROTO_TCP,`;
  const niph = yield* nf_reject_iphdr_put(nskb, oldskb, IPPROTO_TCP, 64);
  frame.niph = niph;
  line`nf_reject_ip_tcphdr_put(nskb, oldskb, oth);`;
  yield* nf_reject_ip_tcphdr_put(nskb, oldskb, oth);
  line`if (ip_route_me_harder(net, nskb, RTN_UNSPEC))`;
  nskb._skb_refdst = ip_route_output_ports(net, niph.daddr);
  niph.tot_len = skb_len(nskb);
  line`ip_local_out(net, nskb->sk, nskb);`;
  yield* ip_local_out(net, null, nskb);
  line`return;#2`;
}

export function* nf_send_unreach(skb_in: SkBuff, code: number, hook: number): Sim<void> {
  const iph = skb_in.iph;
  frame({ skb_in, code, hook, iph });
  line`struct iphdr *iph = ip_hdr(skb_in);`;
  line`u8 proto = iph->protocol;`;
  line`if (iph->frag_off & htons(IP_OFFSET))`;
  line`if (skb_csum_unnecessary(skb_in) || !nf_reject_verify_csum(proto)) {`;
  line`icmp_send(skb_in, ICMP_DEST_UNREACH, code, 0);`;
  const net = (skb_in.dev ?? skb_in._skb_refdst!.dst.dev).net;
  yield* __icmp_send(skb_in, ICMP_DEST_UNREACH, code, 0, net);
  line`return;#2`;
}
