// net/ipv4/netfilter/ipt_REJECT.c: the REJECT target — answer the packet (ICMP port unreachable,
// the default, or a TCP reset with --reject-with tcp-reset), then drop it.

import type { Sim } from '../../../core/engine';
import { frame, line } from '../../../core/mark';
import type { SkBuff } from '../../../include/linux/skbuff';
import { ICMP_PORT_UNREACH } from '../../../include/linux/skbuff';
import type { XtActionParam, XtTarget } from '../../../include/net/netfilter';
import { IPT_ICMP_PORT_UNREACHABLE, IPT_TCP_RESET, NF_DROP } from '../../../include/net/netfilter';
import type { Net } from '../../../include/net/net_namespace';
import { nf_send_reset, nf_send_unreach } from './nf_reject_ipv4';

export function* reject_tg(skb: SkBuff, par: XtActionParam): Sim<number> {
  const reject = par.targinfo!;
  const hook = par.state.hook;
  frame({ skb, par, reject, hook });
  line`switch (reject->with) {`;
  if (reject.with === IPT_ICMP_PORT_UNREACHABLE) {
    line`case IPT_ICMP_PORT_UNREACHABLE:`;
    line`nf_send_unreach(skb, ICMP_PORT_UNREACH, hook);`;
    yield* nf_send_unreach(skb, ICMP_PORT_UNREACH, hook);
    line`break;#1`;
  } else if (reject.with === IPT_TCP_RESET) {
    line`case IPT_TCP_RESET:`;
    line`nf_send_reset(xt_net(par), skb, hook);`;
    yield* nf_send_reset(par.state.net as unknown as Net, skb, hook);
    line`break;#2`;
  }
  line`return NF_DROP;`;
  return NF_DROP;
}

/** The registered target (reject_tg_reg). */
export const xt_reject_target: XtTarget = { name: 'REJECT', target: reject_tg };
