// net/netfilter/xt_tcpudp.c: the tcp and udp matches — a rule's --sport and --dport (a port or a
// range; 0..65535 when not given) and TCP's --tcp-flags, read from the transport header after the
// IP header (skb->data is at the IP header at every filter hook).

import type { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import type { SkBuff } from '../../include/linux/skbuff';
import type { XtActionParam, XtMatch } from '../../include/net/netfilter';

/** The TCP header's byte 13: CWR ECE URG ACK PSH RST SYN FIN. */
function flagsByte(th: NonNullable<SkBuff['th']>): number {
  return th.fin | (th.syn << 1) | (th.rst << 2) | (th.psh << 3) | (th.ack << 4) | (th.urg << 5) | (th.ece << 6) | (th.cwr << 7);
}

export function* port_match(min: number, max: number, port: number, invert: boolean): Sim<boolean> {
  frame({ min, max, port, invert });
  line`return (port >= min && port <= max) ^ invert;`;
  return (port >= min && port <= max) !== invert;
}

export function* tcp_mt(skb: SkBuff, par: XtActionParam): Sim<boolean> {
  const tcpinfo = par.matchinfo!;
  frame({ skb, par, tcpinfo });
  line`if (par->fragoff != 0) {`;
  if (par.fragoff !== 0) {
    line`return false;#1`;
    return false;
  }
  line`th = skb_header_pointer(skb, par->thoff, sizeof(_tcph), &_tcph);`;
  const th = skb.th!;
  frame.th = th;
  line`if (!port_match(tcpinfo->spts[0], tcpinfo->spts[1],`;
  if (!(yield* port_match(tcpinfo.spts[0], tcpinfo.spts[1], th.source, false))) {
    line`return false;#2`;
    return false;
  }
  line`if (!port_match(tcpinfo->dpts[0], tcpinfo->dpts[1],`;
  if (!(yield* port_match(tcpinfo.dpts[0], tcpinfo.dpts[1], th.dest, false))) {
    line`return false;#3`;
    return false;
  }
  line`if (!NF_INVF(tcpinfo, XT_TCP_INV_FLAGS,`;
  if ((flagsByte(th) & tcpinfo.flg_mask) !== tcpinfo.flg_cmp) {
    line`return false;#4`;
    return false;
  }
  line`return true;`;
  return true;
}

export function* udp_mt(skb: SkBuff, par: XtActionParam): Sim<boolean> {
  const udpinfo = par.matchinfo!;
  frame({ skb, par, udpinfo });
  line`if (par->fragoff != 0)`;
  if (par.fragoff !== 0) {
    line`return false;`;
    return false;
  }
  line`uh = skb_header_pointer(skb, par->thoff, sizeof(_udph), &_udph);`;
  const uh = skb.uh!;
  frame.uh = uh;
  line`return port_match(udpinfo->spts[0], udpinfo->spts[1],`;
  return (yield* port_match(udpinfo.spts[0], udpinfo.spts[1], uh.source, false)) && (yield* port_match(udpinfo.dpts[0], udpinfo.dpts[1], uh.dest, false));
}

/** The registered matches (tcpudp_mt_reg): what `-p tcp`, `-p udp` bring into a rule. */
export const xt_tcp_match: XtMatch = { name: 'tcp', match: tcp_mt };
export const xt_udp_match: XtMatch = { name: 'udp', match: udp_mt };
