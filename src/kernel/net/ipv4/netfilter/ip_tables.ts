// net/ipv4/netfilter/ip_tables.c: iptables' engine. ipt_do_table walks the chain of the hook the
// packet is at: ip_packet_match (the rule's -s, -d, -p), the rule's matches (the tcp or udp match:
// ports, flags), the counters, then the target — a standard verdict (ACCEPT, DROP, the chain's
// policy) ends the walk at once, a target with a function (REJECT's reject_tg) is called for its
// verdict. A rule that decides a packet's fate is noted in the trace (which rule, which packet).

import { E, type Sim } from '../../../core/engine';
import { frame, line } from '../../../core/mark';
import type { SkBuff, IpHdr } from '../../../include/linux/skbuff';
import { skb_len, tcpFlags } from '../../../include/linux/skbuff';
import type { IptEntry, NfHookState, XtActionParam, XtTable } from '../../../include/net/netfilter';
import { FILTER_CHAINS, NF_ACCEPT, NF_DROP, XT_CONTINUE, XT_RETURN } from '../../../include/net/netfilter';

/** A prefix length as a mask over a dotted address: does addr fall in net/prefix? */
function inPrefix(addr: string, net: string, prefix: number): boolean {
  if (prefix === 0) return true;
  const n = (a: string) => a.split('.').reduce((v, o) => ((v << 8) | Number(o)) >>> 0, 0);
  const mask = prefix >= 32 ? 0xffffffff : (0xffffffff << (32 - prefix)) >>> 0;
  return ((n(addr) & mask) >>> 0) === ((n(net) & mask) >>> 0);
}

export function* ip_packet_match(ip: IpHdr, indev: string, outdev: string, ipinfo: IptEntry['ip'], isfrag: number): Sim<boolean> {
  frame({ ip, indev, outdev, ipinfo, isfrag });
  line`if (NF_INVF(ipinfo, IPT_INV_SRCIP,`;
  if (!inPrefix(ip.saddr, ipinfo.src, ipinfo.smsk) || !inPrefix(ip.daddr, ipinfo.dst, ipinfo.dmsk)) {
    line`return false;#1`;
    return false;
  }
  line`if (ipinfo->proto &&`;
  if (ipinfo.proto !== 0 && ip.protocol !== ipinfo.proto) {
    line`return false;#2`;
    return false;
  }
  line`return true;`;
  return true;
}

/** How the trace names a packet: tcpdump's addresses and ports, flags or protocol. */
function packetText(skb: SkBuff): string {
  const ip = skb.iph;
  if (skb.th) return `${ip.saddr}.${skb.th.source} > ${ip.daddr}.${skb.th.dest} [${tcpFlags(skb.th)}]`;
  if (skb.uh) return `${ip.saddr}.${skb.uh.source} > ${ip.daddr}.${skb.uh.dest} UDP`;
  return `${ip.saddr} > ${ip.daddr} ICMP`;
}

/** The chain a hook walks (NF_INET_LOCAL_IN: INPUT …). */
const HOOK_CHAIN: Record<number, (typeof FILTER_CHAINS)[number]> = { 1: 'INPUT', 2: 'FORWARD', 3: 'OUTPUT' };

export function* ipt_do_table(skb: SkBuff, state: NfHookState, table: XtTable): Sim<number> {
  const hook = state.hook;
  frame({ skb, state, table, hook });
  line`unsigned int hook = state->hook;`;
  line`unsigned int verdict = NF_DROP;`;
  let verdict = NF_DROP;
  line`stackidx = 0;`;
  line`ip = ip_hdr(skb);`;
  const ip = skb.iph;
  frame.ip = ip;
  line`indev = state->in ? state->in->name : nulldevname;`;
  const indev = state.in ? state.in.name : '';
  line`outdev = state->out ? state->out->name : nulldevname;`;
  const outdev = state.out ? state.out.name : '';
  line`acpar.fragoff = ntohs(ip->frag_off) & IP_OFFSET;`;
  const acpar: XtActionParam = { match: null, matchinfo: null, target: null, targinfo: null, fragoff: 0, thoff: 20, hotdrop: false, state };
  line`acpar.thoff   = ip_hdrlen(skb);`;
  line`acpar.hotdrop = false;`;
  line`acpar.state   = state;`;
  frame.acpar = acpar;
  line`private = READ_ONCE(table->private);`;
  const chainName = HOOK_CHAIN[hook];
  const chain = table.chains[chainName];
  line`e = get_entry(table_base, private->hook_entry[hook]);`;
  let i = 0;
  let e: IptEntry = chain[0];
  frame.e = e;
  do {
    line`WARN_ON(!e);`;
    line`if (!ip_packet_match(ip, indev, outdev,`;
    let matched = yield* ip_packet_match(ip, indev, outdev, e.ip, acpar.fragoff);
    if (matched) {
      for (let m = 0; m < e.matches.length; m++) {
        const ematch = e.matches[m];
        line`xt_ematch_foreach(ematch, e) {`;
        line`acpar.match     = ematch->u.kernel.match;`;
        acpar.match = ematch.match;
        line`acpar.matchinfo = ematch->data;`;
        acpar.matchinfo = ematch.data;
        line`if (!acpar.match->match(skb, &acpar))`;
        if (!(yield* acpar.match.match(skb, acpar))) {
          line`goto no_match;`;
          matched = false;
          break;
        }
      }
    }
    if (!matched) {
      line`e = ipt_next_entry(e);`;
      e = chain[++i];
      frame.e = e;
      line`continue;`;
      continue;
    }
    line`counter = xt_get_this_cpu_counter(&e->counters);`;
    line`ADD_COUNTER(*counter, skb->len, 1);`;
    e.counters.pcnt += 1;
    e.counters.bcnt += skb_len(skb);
    line`t = ipt_get_target_c(e);`;
    const t = e.target;
    frame.t = t.standard ? 'standard' : t.target.name;
    line`if (!t->u.kernel.target->target) {`;
    if (t.standard) {
      line`v = ((struct xt_standard_target *)t)->verdict;`;
      const v = t.verdict;
      frame.v = v;
      line`if (v < 0) {`;
      line`if (v != XT_RETURN) {`;
      if (v !== XT_RETURN) {
        line`verdict = (unsigned int)(-v) - 1;`;
        verdict = -v - 1;
        frame.verdict = verdict === NF_ACCEPT ? 'NF_ACCEPT' : 'NF_DROP';
        if (!e.policy) note(state, e, chainName, i, skb, verdict === NF_ACCEPT ? 'NF_ACCEPT' : 'NF_DROP');
        line`break;#1`;
        break;
      }
    }
    if (!t.standard) {
      line`acpar.target   = t->u.kernel.target;`;
      acpar.target = t.target;
      line`acpar.targinfo = t->data;`;
      acpar.targinfo = t.targinfo;
      note(state, e, chainName, i, skb, t.target.name);
      line`verdict = t->u.kernel.target->target(skb, &acpar);`;
      verdict = yield* acpar.target.target(skb, acpar);
      frame.verdict = verdict === NF_ACCEPT ? 'NF_ACCEPT' : verdict === NF_DROP ? 'NF_DROP' : verdict;
      line`if (verdict == XT_CONTINUE) {`;
      if (verdict === XT_CONTINUE) {
        e = chain[++i];
        continue;
      }
      line`break;#2`;
      break;
    }
  } while (!acpar.hotdrop);
  line`if (acpar.hotdrop)`;
  if (acpar.hotdrop) return NF_DROP;
  line`else return verdict;`;
  return verdict;
}

/** The trace's note of a rule that decided: which host, table, chain, rule, packet, verdict. */
function note(state: NfHookState, e: IptEntry, chain: string, i: number, skb: SkBuff, what: string): void {
  if (!E.recording) return;
  E.emit({ ev: 'note', t: E.now, host: state.net.host.name, text: `iptables: filter ${chain} rule ${i + 1} (${e.spec}) matched ${packetText(skb)}: ${what}` });
}
