// include/linux/netfilter.h: the hook points. nf_hook runs what is registered at a hook of a
// namespace — nothing yet (no iptables rules, no conntrack): v5.4's static key then says 1 at once,
// and NF_HOOK calls okfn. The okfn travels as struct nf_hook_state carries it: an object with the
// function (`{ okfn: ip_rcv_finish }`), so the call through it is an ops-table call the fast path knows.

import type { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import type { Net } from '../../include/net/net_namespace';
import type { Sock } from '../../include/net/sock';
import type { SkBuff } from '../../include/linux/skbuff';
import type { NetDevice } from '../../include/linux/netdevice';

export const NFPROTO_IPV4 = 2;
export const NF_INET_PRE_ROUTING = 0;
export const NF_INET_LOCAL_IN = 1;
export const NF_INET_FORWARD = 2;
export const NF_INET_LOCAL_OUT = 3;
export const NF_INET_POST_ROUTING = 4;
/** The hooks' names, as iptables' chains sit on them. */
export const NF_INET_HOOK_NAMES = ['NF_INET_PRE_ROUTING', 'NF_INET_LOCAL_IN', 'NF_INET_FORWARD', 'NF_INET_LOCAL_OUT', 'NF_INET_POST_ROUTING'];

/** ARP's own hooks (include/uapi/linux/netfilter_arp.h): arptables' INPUT and OUTPUT. */
export const NFPROTO_ARP = 3;
export const NF_ARP_IN = 0;
export const NF_ARP_OUT = 1;
const NF_ARP_HOOK_NAMES = ['NF_ARP_IN', 'NF_ARP_OUT', 'NF_ARP_FORWARD'];
function hookName(pf: number, hook: number): string {
  return pf === NFPROTO_ARP ? NF_ARP_HOOK_NAMES[hook] : NF_INET_HOOK_NAMES[hook];
}

/** The function a hook's caller goes on with when the packet may pass. */
export interface Okfn {
  okfn(net: Net, sk: Sock | null, skb: SkBuff): Sim<number>;
}

export function* nf_hook(pf: number, hook: number, net: Net, sk: Sock | null, skb: SkBuff, indev: NetDevice | null, outdev: NetDevice | null, okfn: Okfn): Sim<number> {
  frame({ pf, hook: hookName(pf, hook), net, sk, skb, indev, outdev });
  line`int ret = 1;`;
  // nf_hooks_needed[pf][hook]: is anything registered at this hook (in any namespace)?
  line`if (__builtin_constant_p(pf) &&`;
  if (!(pf === NFPROTO_ARP ? net.nf_hooks_arp : net.nf_hooks_ipv4)[hook].length) {
    line`return 1;`;
    return 1;
  }
  line`hook_head = rcu_dereference(net->nf.hooks_ipv4[hook]);`;
  line`return ret;`;
  return 1;
}

export function* NF_HOOK_COND(pf: number, hook: number, net: Net, sk: Sock | null, skb: SkBuff, in_: NetDevice | null, out: NetDevice | null, okfn: Okfn, cond: boolean): Sim<number> {
  frame({ pf, hook: hookName(pf, hook), net, sk, skb, in: in_, out, cond });
  let ret = 1;
  line`if (!cond ||`;
  if (!cond || (ret = yield* nf_hook(pf, hook, net, sk, skb, in_, out, okfn)) === 1) {
    line`ret = okfn(net, sk, skb);`;
    ret = yield* okfn.okfn(net, sk, skb);
  }
  frame.ret = ret;
  line`return ret;`;
  return ret;
}

export function* NF_HOOK(pf: number, hook: number, net: Net, sk: Sock | null, skb: SkBuff, in_: NetDevice | null, out: NetDevice | null, okfn: Okfn): Sim<number> {
  frame({ pf, hook: hookName(pf, hook), net, sk, skb, in: in_, out });
  line`int ret = nf_hook(pf, hook, net, sk, skb, in, out, okfn);`;
  let ret = yield* nf_hook(pf, hook, net, sk, skb, in_, out, okfn);
  frame.ret = ret;
  line`if (ret == 1)`;
  if (ret === 1) {
    line`ret = okfn(net, sk, skb);`;
    ret = yield* okfn.okfn(net, sk, skb);
  }
  line`return ret;`;
  return ret;
}
