// struct sk_buff with the IPv4 and TCP headers it carries (include/linux/skbuff.h,
// include/uapi/linux/ip.h, include/uapi/linux/tcp.h). `syn` is one bit of the TCP header.

import type { SockCommon } from '../net/sock';
import { kaddr, newObjectId } from '../net/sock';
import type { NetDevice, Rtable } from './netdevice';
import { internalized } from '../../core/intern';

export interface IpHdr {
  saddr: string;
  daddr: string;
  protocol: number;
  ttl: number;
  tot_len: number;
  /** The identification field and the fragment field (IP_DF: 0x4000, IP_MF: 0x2000, the offset in 8-byte units), set by IP on the way down. */
  id?: number;
  frag_off?: number;
}

/** The fragment field's flags and offset mask (include/net/ip.h). */
export const IP_CE = 0x8000;
export const IP_DF = 0x4000;
export const IP_MF = 0x2000;
export const IP_OFFSET = 0x1fff;

/** ip_is_fragment(): more fragments follow, or this one is not the first. */
export function ip_is_fragment(iph: IpHdr): boolean {
  return ((iph.frag_off ?? 0) & (IP_MF | IP_OFFSET)) !== 0;
}

export interface TcpHdr {
  source: number;
  dest: number;
  seq: number;
  ack_seq: number;
  /** Header length in 32-bit words. */
  doff: number;
  fin: 0 | 1;
  syn: 0 | 1;
  rst: 0 | 1;
  psh: 0 | 1;
  ack: 0 | 1;
  urg: 0 | 1;
  ece: 0 | 1;
  cwr: 0 | 1;
  window: number;
  check: number;
  urg_ptr: number;
  /** Options, decoded: MSS on SYN and SYN-ACK. */
  options: { mss?: number };
}

export interface UdpHdr {
  source: number;
  dest: number;
  len: number;
  check: number;
}

/** struct icmphdr, and what an ICMP error quotes: the offending datagram's IP header and first bytes. */
export interface IcmpHdr {
  type: number;
  code: number;
  /** un.gateway / info (e.g. the next-hop MTU for "fragmentation needed"). */
  info: number;
  /** The original datagram's IP header and UDP header (or TCP header: its first 8 bytes, ports and seq, are what the error quotes), as the error carries them back. */
  quoted: { iph: IpHdr; uh: UdpHdr | null; th?: TcpHdr };
  /** Bytes of the original datagram the error carries (IP header onwards, at most 548). */
  quotedLen: number;
}

/**
 * struct arphdr with the addresses that follow it (include/uapi/linux/if_arp.h: 28 bytes for
 * Ethernet and IPv4), and — as the frame carries it in front — the Ethernet header's addresses.
 */
export interface ArpHdr {
  ar_hrd: number;
  ar_pro: number;
  ar_hln: number;
  ar_pln: number;
  /** ARPOP_REQUEST (1) or ARPOP_REPLY (2). */
  ar_op: number;
  ar_sha: string;
  ar_sip: string;
  ar_tha: string;
  ar_tip: string;
  /** The Ethernet header's destination (ff:ff:ff:ff:ff:ff: broadcast) and source. */
  eth: { h_dest: string; h_source: string };
}
export const ARPOP_REQUEST = 1;
export const ARPOP_REPLY = 2;
/** What an ARP frame has for an IP header: none (its addresses are in the arphdr). */
export const NO_IPHDR: IpHdr = Object.freeze({ saddr: '', daddr: '', protocol: 0, ttl: 0, tot_len: 0 }) as IpHdr;

/** tcpdump's line for an ARP packet: "Request who-has 10.0.0.2 tell 10.0.0.1", "Reply 10.0.0.2 is-at 02:…". */
export function arpText(a: ArpHdr): string {
  return a.ar_op === ARPOP_REQUEST ? `Request who-has ${a.ar_tip} tell ${a.ar_sip}` : `Reply ${a.ar_sip} is-at ${a.ar_sha}`;
}

export class SkBuff {
  readonly objId = newObjectId();
  readonly structName = 'sk_buff';
  sk: SockCommon | null = null;
  /** Payload bytes (the data after the transport header). */
  payload = '';
  iph: IpHdr;
  th: TcpHdr | null = null;
  uh: UdpHdr | null = null;
  icmph: IcmpHdr | null = null;
  /** An ARP packet's header (its iph is NO_IPHDR). */
  arph: ArpHdr | null = null;
  /** Where the skb was sent from (host name), for the views. */
  from = '';
  /**
   * The buffer as offsets from head (as on 64-bit, NET_SKBUFF_DATA_USES_OFFSET): head … end is the
   * allocation, data … tail what the current layer sees (skb->len = tail − data, see skb_len); the
   * headers the layers pushed lie from data on, each layer's start in its *_header (~0: not set).
   */
  head = 0;
  data = 0;
  tail = 0;
  end = 0;
  mac_header = 0xffff;
  network_header = 0xffff;
  transport_header = 0xffff;
  /** The device it leaves by or arrived on. */
  dev: NetDevice | null = null;
  /** skb->protocol: ETH_P_IP once IP has it, as eth_type_trans reads it on arrival. */
  protocol = 0;
  pkt_type = 0;
  /** skb_dst(skb): the route (output: ip_output, input: ip_local_deliver). */
  _skb_refdst: Rtable | null = null;
  skb_iif = 0;
  /** skb->priority (sk->sk_priority; no socket here sets SO_PRIORITY: 0, TC_PRIO_BESTEFFORT — pfifo_fast's band 1). */
  priority = 0;
  /**
   * skb_shinfo(skb)->frag_list: the skbs __ip_make_skb chained behind the first (a datagram built
   * fragment-sized for the MTU) or ip_frag_reasm behind the head; null when there are none. Their
   * bytes count in data_len (skb->len = the linear part + data_len).
   */
  frag_list: SkBuff[] | null = null;
  data_len = 0;
  /** skb->ignore_df: a local datagram may be fragmented even with DF (ip_sk_ignore_df). */
  ignore_df = 0;
  /** skb->skb_mstamp_ns: when a queued TCP segment was last sent (µs), its RTT sample's start. */
  skb_mstamp = 0;
  /** TCP_SKB_CB(skb)->sacked: a queued segment's TCPCB_* bits (retransmitted, lost). */
  tcp_sacked = 0;
  /**
   * A queued TCP segment's companion (alloc_skb_fclone): the clone tcp_transmit_skb sent last, or
   * null before the first send. skb_fclone_busy reads whether it is still in this host's queues.
   */
  fclone: SkBuff | null = null;
  /** skb->ip_defrag_offset: where this fragment's data starts in the datagram (in a reassembly queue). */
  ip_defrag_offset = 0;
  /**
   * GSO: on a queued TCP segment TCP_SKB_CB(skb)->tcp_gso_segs / tcp_gso_size (tcp_skb_pcount: how
   * many MSS-sized segments it will be on the wire, 0 until tcp_init_tso_segs counts it; the MSS, 0
   * for one segment); on one sent, skb_shinfo(skb)->gso_segs / gso_size, which the device or
   * validate_xmit_skb cuts it by (skb_is_gso: gso_size ≠ 0).
   */
  gso_segs = 0;
  gso_size = 0;
  /** skb->next: the next skb of a list — the segments skb_gso_segment cut a GSO packet into. */
  next: SkBuff | null = null;
  constructor(iph: IpHdr) {
    this.iph = iph;
  }
  get addr(): string {
    return kaddr(this.objId);
  }
  /** Payload length (skb->len minus headers, as tcpdump's "length"). */
  get len(): number {
    return this.payload.length;
  }
}

export function tcpFlags(th: TcpHdr): string {
  return FLAG_NOTATION[th.fin | (th.syn << 1) | (th.rst << 2) | (th.psh << 3) | (th.urg << 4) | (th.ack << 5)];
}
/**
 * tcpdump's notation for each combination of FIN, SYN, RST, PSH, URG, ACK (bits 0–5): made once, not
 * per packet (internalized: the trace compares them with the other strings it keeps, core/intern.ts).
 */
const FLAG_NOTATION: readonly string[] = Array.from({ length: 64 }, (_, b) => {
  const s = (b & 1 ? 'F' : '') + (b & 2 ? 'S' : '') + (b & 4 ? 'R' : '') + (b & 8 ? 'P' : '') + (b & 16 ? 'U' : '') + (b & 32 ? '.' : '');
  return internalized(s || 'none');
});

export const ICMP_DEST_UNREACH = 3;
export const ICMP_PORT_UNREACH = 3;

/** How the trace names an ICMP message: "ICMP port unreachable" for type 3 code 3. */
export function icmpFlags(ic: IcmpHdr): string {
  if (ic.type === ICMP_DEST_UNREACH) return ic.code === ICMP_PORT_UNREACH ? 'ICMP port unreachable' : ic.code === 1 ? 'ICMP host unreachable' : `ICMP unreachable code ${ic.code}`;
  if (ic.type === ICMP_TIME_EXCEEDED && ic.code === ICMP_EXC_FRAGTIME) return 'ICMP ip reassembly time exceeded';
  return `ICMP type ${ic.type} code ${ic.code}`;
}
export const ICMP_TIME_EXCEEDED = 11;
export const ICMP_EXC_FRAGTIME = 1;

/** An IP fragment after the first: no transport header of its own (tcpdump's "ip-proto-17"). */
export function isLaterFragment(skb: SkBuff): boolean {
  return ((skb.iph.frag_off ?? 0) & IP_OFFSET) !== 0;
}

/**
 * How a capture names a packet: tcpdump's TCP flags, "UDP", an ICMP message, "frag" for a fragment
 * after the first (a datagram's first fragment is "UDP": it carries the UDP header).
 */
export function packetFlags(skb: SkBuff): string {
  if (skb.th) return tcpFlags(skb.th);
  if (isLaterFragment(skb)) return 'frag';
  if (skb.uh) return 'UDP';
  if (skb.icmph) return icmpFlags(skb.icmph);
  return skb.arph ? (skb.arph.ar_op === ARPOP_REQUEST ? 'ARP request' : 'ARP reply') : '';
}

// TCP_SKB_CB(skb)->sacked bits (include/net/tcp.h)
export const TCPCB_SACKED_ACKED = 0x01;
export const TCPCB_SACKED_RETRANS = 0x02;
export const TCPCB_LOST = 0x04;
export const TCPCB_EVER_RETRANS = 0x80;

/** tcp_skb_pcount(): the segments a queued skb stands for (TCP_SKB_CB(skb)->tcp_gso_segs). */
export function tcp_skb_pcount(skb: SkBuff): number {
  return skb.gso_segs;
}
/** tcp_skb_mss(): the size it is cut to (TCP_SKB_CB(skb)->tcp_gso_size; 0 for one segment). */
export function tcp_skb_mss(skb: SkBuff): number {
  return skb.gso_size;
}
/** skb_is_gso(): a sent skb the device or validate_xmit_skb will cut into gso_size segments. */
export function skb_is_gso(skb: SkBuff): boolean {
  return skb.gso_size !== 0;
}

/** TCP_SKB_CB(skb)->end_seq: seq + SYN + FIN + payload length. */
export function end_seq(skb: SkBuff): number {
  const th = skb.th!;
  return (th.seq + th.syn + th.fin + skb.len) >>> 0;
}

/** MAX_TCP_HEADER on x86-64: what sk_stream_alloc_skb reserves in front of a TCP segment's data. */
export const MAX_TCP_HEADER = 320;
/** LL_RESERVED_SPACE of an Ethernet device: ETH_HLEN rounded up to 16 (what ip_append_data reserves). */
export const LL_RESERVED_SPACE = 16;

/** skb->len, the kernel's: the bytes between data and tail, and those on its frag_list (data_len). */
export function skb_len(skb: SkBuff): number {
  return skb.tail - skb.data + skb.data_len;
}
/** skb_headlen(): the linear part alone. */
export function skb_headlen(skb: SkBuff): number {
  return skb.tail - skb.data;
}
/** An empty buffer of size bytes (alloc_skb): data = tail = head. */
export function alloc_skb_layout(skb: SkBuff, size: number): void {
  skb.head = 0;
  skb.data = skb.tail = 0;
  skb.end = size;
}
export function skb_reserve(skb: SkBuff, len: number): void {
  skb.data += len;
  skb.tail += len;
}
export function skb_put(skb: SkBuff, len: number): void {
  skb.tail += len;
}
export function skb_push(skb: SkBuff, len: number): void {
  skb.data -= len;
}
export function skb_pull(skb: SkBuff, len: number): void {
  skb.data += len;
}
export function skb_headroom(skb: SkBuff): number {
  return skb.data - skb.head;
}
export function skb_reset_network_header(skb: SkBuff): void {
  skb.network_header = skb.data;
}
export function skb_reset_transport_header(skb: SkBuff): void {
  skb.transport_header = skb.data;
}
export function skb_reset_mac_header(skb: SkBuff): void {
  skb.mac_header = skb.data;
}
export function skb_network_header_len(skb: SkBuff): number {
  return skb.transport_header - skb.network_header;
}
/** The transport header's length as the segment carries it (TCP: doff words, UDP: 8, ICMP: 8). */
export function transportHeaderLen(skb: SkBuff): number {
  return skb.th ? skb.th.doff * 4 : 8;
}
/**
 * A segment TCP builds (sk_stream_alloc_skb, tcp_make_synack): MAX_TCP_HEADER reserved, the payload
 * put; __tcp_transmit_skb (or tcp_make_synack) pushes the TCP header in front of it.
 */
export function tcpSkbLayout(skb: SkBuff): void {
  alloc_skb_layout(skb, MAX_TCP_HEADER + skb.payload.length);
  skb_reserve(skb, MAX_TCP_HEADER);
  skb_put(skb, skb.payload.length);
}
/**
 * A packet built by ip_append_data and ip_push_pending_frames (UDP, ICMP, ip_send_unicast_reply's
 * replies): the link layer's room reserved, IP header, transport header and payload put, data at
 * the network header (__ip_make_skb pulled it there), the transport header after the IP header.
 */
export function ipAppendLayout(skb: SkBuff): void {
  const thl = transportHeaderLen(skb);
  const plen = skb.icmph ? skb.icmph.quotedLen : skb.payload.length;
  alloc_skb_layout(skb, LL_RESERVED_SPACE + 20 + thl + plen);
  skb_reserve(skb, LL_RESERVED_SPACE);
  skb.network_header = skb.data;
  skb.transport_header = skb.data + 20;
  skb_put(skb, 20 + thl + plen);
}
