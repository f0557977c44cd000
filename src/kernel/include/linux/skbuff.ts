// struct sk_buff with the IPv4 and TCP headers it carries (include/linux/skbuff.h,
// include/uapi/linux/ip.h, include/uapi/linux/tcp.h). `syn` is one bit of the TCP header.

import type { SockCommon } from '../net/sock';
import { kaddr, newObjectId } from '../net/sock';

export interface IpHdr {
  saddr: string;
  daddr: string;
  protocol: number;
  ttl: number;
  tot_len: number;
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
  /** The original datagram's IP header and UDP header, as the error carries them back. */
  quoted: { iph: IpHdr; uh: UdpHdr | null };
  /** Bytes of the original datagram the error carries (IP header onwards, at most 548). */
  quotedLen: number;
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
  /** Where the skb was sent from (host name), for the views. */
  from = '';
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
/** tcpdump's notation for each combination of FIN, SYN, RST, PSH, URG, ACK (bits 0–5): made once, not per packet. */
const FLAG_NOTATION: readonly string[] = Array.from({ length: 64 }, (_, b) => {
  const s = (b & 1 ? 'F' : '') + (b & 2 ? 'S' : '') + (b & 4 ? 'R' : '') + (b & 8 ? 'P' : '') + (b & 16 ? 'U' : '') + (b & 32 ? '.' : '');
  return s || 'none';
});

export const ICMP_DEST_UNREACH = 3;
export const ICMP_PORT_UNREACH = 3;

/** How the trace names an ICMP message: "ICMP port unreachable" for type 3 code 3. */
export function icmpFlags(ic: IcmpHdr): string {
  if (ic.type === ICMP_DEST_UNREACH) return ic.code === ICMP_PORT_UNREACH ? 'ICMP port unreachable' : `ICMP unreachable code ${ic.code}`;
  return `ICMP type ${ic.type} code ${ic.code}`;
}

/** TCP_SKB_CB(skb)->end_seq: seq + SYN + FIN + payload length. */
export function end_seq(skb: SkBuff): number {
  const th = skb.th!;
  return (th.seq + th.syn + th.fin + skb.len) >>> 0;
}
