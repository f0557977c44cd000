// include/linux/netfilter.h and net/netfilter/core.c: the hook points. nf_hook runs what is
// registered at a hook of a namespace. With nothing registered (no iptables rule ever added on the
// host, no conntrack) v5.4's static key says 1 at once and NF_HOOK calls okfn; once the filter table
// is registered (the host's first iptables rule), its hooks' keys are on and nf_hook_slow calls
// iptable_filter_hook, whose verdict decides: NF_ACCEPT goes on, NF_DROP frees the skb here.
// (Each simulated host is one kernel, so its static keys are its namespace's.) The okfn travels as struct nf_hook_state carries it: an object with the
// function (`{ okfn: ip_rcv_finish }`), so the call through it is an ops-table call the fast path knows.

import type { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import type { Net } from '../../include/net/net_namespace';
import type { Sock } from '../../include/net/sock';
import type { SkBuff } from '../../include/linux/skbuff';
import type { NetDevice } from '../../include/linux/netdevice';
import type { NfHookEntries, NfHookEntry, NfHookState, XtTable } from '../../include/net/netfilter';
import { NF_ACCEPT, NF_DROP } from '../../include/net/netfilter';
import { ERRNO } from '../../include/uapi';

const EPERM = ERRNO.EPERM;

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
  // nf_hooks_needed[pf][hook]: is anything registered at this hook (in this kernel)?
  line`if (__builtin_constant_p(pf) &&`;
  if (pf === NFPROTO_ARP ? !net.nf_hooks_arp[hook].length : net.nf_hooks_needed[hook] === 0) {
    line`return 1;`;
    return 1;
  }
  let ret = 1;
  line`hook_head = rcu_dereference(net->nf.hooks_ipv4[hook]);`;
  const hook_head = net.nf_hooks_ipv4[hook];
  frame.hook_head = hook_head;
  line`if (hook_head) {`;
  if (hook_head !== null) {
    line`nf_hook_state_init(&state, hook, pf, indev, outdev,`;
    const state: NfHookState = { hook, pf, in: indev, out: outdev, sk, net: net as unknown as NfHookState['net'], okfn };
    frame.state = state;
    line`ret = nf_hook_slow(skb, &state, hook_head, 0);`;
    ret = yield* nf_hook_slow(skb, state, hook_head, 0);
    frame.ret = ret;
  }
  line`return ret;`;
  return ret;
}

/** include/linux/netfilter.h: one registered function, called with its private data. */
export function* nf_hook_entry_hookfn(entry: NfHookEntry, skb: SkBuff, state: NfHookState): Sim<number> {
  frame({ entry, skb, state, priv: entry.priv });
  line`return entry->hook(entry->priv, skb, state);`;
  return yield* entry.hook(entry.priv, skb, state);
}

/** net/netfilter/core.c: the registered functions in order, each one's verdict deciding. */
export function* nf_hook_slow(skb: SkBuff, state: NfHookState, e: NfHookEntries, s: number): Sim<number> {
  frame({ skb, state, e, s });
  line`for (; s < e->num_hook_entries; s++) {`;
  for (; s < e.num_hook_entries; s++) {
    line`verdict = nf_hook_entry_hookfn(&e->hooks[s], skb, state);`;
    const verdict = yield* nf_hook_entry_hookfn(e.hooks[s], skb, state);
    frame.verdict = verdict === NF_ACCEPT ? 'NF_ACCEPT' : verdict === NF_DROP ? 'NF_DROP' : verdict;
    line`switch (verdict & NF_VERDICT_MASK) {`;
    if (verdict === NF_ACCEPT) {
      line`case NF_ACCEPT:`;
      line`break;`;
      continue;
    }
    if (verdict === NF_DROP) {
      line`case NF_DROP:`;
      line`kfree_skb(skb);`;
      line`ret = NF_DROP_GETERR(verdict);`;
      line`if (ret == 0)`;
      line`ret = -EPERM;`;
      frame.ret = -EPERM;
      line`return ret;`;
      return -EPERM;
    }
    return 0;
  }
  line`return 1;`;
  return 1;
}

export type { XtTable };

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
