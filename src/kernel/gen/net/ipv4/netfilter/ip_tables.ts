// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/netfilter/ip_tables.ts
// @ts-nocheck
// net/ipv4/netfilter/ip_tables.c: iptables' engine. ipt_do_table walks the chain of the hook the
// packet is at: ip_packet_match (the rule's -s, -d, -p), the rule's matches (the tcp or udp match:
// ports, flags), the counters, then the target — a standard verdict (ACCEPT, DROP, the chain's
// policy) ends the walk at once, a target with a function (REJECT's reject_tg) is called for its
// verdict. A rule that decides a packet's fate is noted in the trace (which rule, which packet).

import { E, type Sim } from '../../../../core/engine';
import { at, enter, leave } from '../../../../core/engine';
import { defineFn } from '../../../../core/anchors';
import type { SkBuff, IpHdr } from '../../../../include/linux/skbuff';
import { skb_len, tcpFlags } from '../../../../include/linux/skbuff';
import type { IptEntry, NfHookState, XtActionParam, XtTable } from '../../../../include/net/netfilter';
import { FILTER_CHAINS, NF_ACCEPT, NF_DROP, XT_CONTINUE, XT_RETURN } from '../../../../include/net/netfilter';

/** A prefix length as a mask over a dotted address: does addr fall in net/prefix? */
function inPrefix(addr: string, net: string, prefix: number): boolean {
  if (prefix === 0) return true;
  const n = (a: string) => a.split('.').reduce((v, o) => ((v << 8) | Number(o)) >>> 0, 0);
  const mask = prefix >= 32 ? 0xffffffff : (0xffffffff << (32 - prefix)) >>> 0;
  return ((n(addr) & mask) >>> 0) === ((n(net) & mask) >>> 0);
}
const A$ip_packet_match = defineFn('net/ipv4/netfilter/ip_tables.c', 'ip_packet_match', [27, 31, 34, 36, 38]);

export function* ip_packet_match(ip: IpHdr, indev: string, outdev: string, ipinfo: IptEntry['ip'], isfrag: number): Sim<boolean> {
  const $f = enter(A$ip_packet_match, { ip, indev, outdev, ipinfo, isfrag });
  try {
  if (at(A$ip_packet_match.L27)) yield;
  if (!inPrefix(ip.saddr, ipinfo.src, ipinfo.smsk) || !inPrefix(ip.daddr, ipinfo.dst, ipinfo.dmsk)) {
    if (at(A$ip_packet_match.L31)) yield;
    return false;
  }
  if (at(A$ip_packet_match.L34)) yield;
  if (ipinfo.proto !== 0 && ip.protocol !== ipinfo.proto) {
    if (at(A$ip_packet_match.L36)) yield;
    return false;
  }
  if (at(A$ip_packet_match.L38)) yield;
  return true;
  } finally {
    leave($f);
  }
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
const A$ipt_do_table = defineFn('net/ipv4/netfilter/ip_tables.c', 'ipt_do_table', [51, 53, 55, 57, 58, 59, 61, 62, 63, 64, 66, 69, 76, 77, 81, 82, 87, 88, 89, 90, 91, 95, 96, 98, 100, 105, 106, 107, 108, 109, 116, 117, 120, 121, 124, 128, 130]);

export function* ipt_do_table(skb: SkBuff, state: NfHookState, table: XtTable): Sim<number> { let $t: any;
  const hook = state.hook;
  const $f = enter(A$ipt_do_table, { skb, state, table, hook });
  try {
  if (at(A$ipt_do_table.L51)) yield;
  if (at(A$ipt_do_table.L53)) yield;
  let verdict = NF_DROP;
  if (at(A$ipt_do_table.L55)) yield;
  if (at(A$ipt_do_table.L57)) yield;
  const ip = skb.iph;
  $f.vars.ip = ip;
  if (at(A$ipt_do_table.L58)) yield;
  const indev = state.in ? state.in.name : '';
  if (at(A$ipt_do_table.L59)) yield;
  const outdev = state.out ? state.out.name : '';
  if (at(A$ipt_do_table.L61)) yield;
  const acpar: XtActionParam = { match: null, matchinfo: null, target: null, targinfo: null, fragoff: 0, thoff: 20, hotdrop: false, state };
  if (at(A$ipt_do_table.L62)) yield;
  if (at(A$ipt_do_table.L63)) yield;
  if (at(A$ipt_do_table.L64)) yield;
  $f.vars.acpar = acpar;
  if (at(A$ipt_do_table.L66)) yield;
  const chainName = HOOK_CHAIN[hook];
  const chain = table.chains[chainName];
  if (at(A$ipt_do_table.L69)) yield;
  let i = 0;
  let e: IptEntry = chain[0];
  $f.vars.e = e;
  do {
    if (at(A$ipt_do_table.L76)) yield;
    if (at(A$ipt_do_table.L77)) yield;
    let matched = ($E.fast || $E.twinOk[ip_packet_match.k] === 1 ? ip_packet_match$fast(ip, indev, outdev, e.ip, acpar.fragoff) : yield* ip_packet_match(ip, indev, outdev, e.ip, acpar.fragoff));
    if (matched) {
      for (let m = 0; m < e.matches.length; m++) {
        const ematch = e.matches[m];
        if (at(A$ipt_do_table.L87)) yield;
        if (at(A$ipt_do_table.L88)) yield;
        acpar.match = ematch.match;
        if (at(A$ipt_do_table.L89)) yield;
        acpar.matchinfo = ematch.data;
        if (at(A$ipt_do_table.L90)) yield;
        if (!((($t = acpar.match.match).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(skb, acpar) : yield* acpar.match.match(skb, acpar)))) {
          if (at(A$ipt_do_table.L91)) yield;
          matched = false;
          break;
        }
      }
    }
    if (!matched) {
      if (at(A$ipt_do_table.L81)) yield;
      e = chain[++i];
      $f.vars.e = e;
      if (at(A$ipt_do_table.L82)) yield;
      continue;
    }
    if (at(A$ipt_do_table.L95)) yield;
    if (at(A$ipt_do_table.L96)) yield;
    e.counters.pcnt += 1;
    e.counters.bcnt += skb_len(skb);
    if (at(A$ipt_do_table.L98)) yield;
    const t = e.target;
    $f.vars.t = t.standard ? 'standard' : t.target.name;
    if (at(A$ipt_do_table.L100)) yield;
    if (t.standard) {
      if (at(A$ipt_do_table.L105)) yield;
      const v = t.verdict;
      $f.vars.v = v;
      if (at(A$ipt_do_table.L106)) yield;
      if (at(A$ipt_do_table.L107)) yield;
      if (v !== XT_RETURN) {
        if (at(A$ipt_do_table.L108)) yield;
        verdict = -v - 1;
        $f.vars.verdict = verdict === NF_ACCEPT ? 'NF_ACCEPT' : 'NF_DROP';
        if (!e.policy) note(state, e, chainName, i, skb, verdict === NF_ACCEPT ? 'NF_ACCEPT' : 'NF_DROP');
        if (at(A$ipt_do_table.L109)) yield;
        break;
      }
    }
    if (!t.standard) {
      if (at(A$ipt_do_table.L116)) yield;
      acpar.target = t.target;
      if (at(A$ipt_do_table.L117)) yield;
      acpar.targinfo = t.targinfo;
      note(state, e, chainName, i, skb, t.target.name);
      if (at(A$ipt_do_table.L120)) yield;
      verdict = (($t = acpar.target.target).fast !== undefined && ($E.fast || $E.twinOk[$t.k] === 1) ? $t.fast(skb, acpar) : yield* acpar.target.target(skb, acpar));
      $f.vars.verdict = verdict === NF_ACCEPT ? 'NF_ACCEPT' : verdict === NF_DROP ? 'NF_DROP' : verdict;
      if (at(A$ipt_do_table.L121)) yield;
      if (verdict === XT_CONTINUE) {
        e = chain[++i];
        continue;
      }
      if (at(A$ipt_do_table.L124)) yield;
      break;
    }
  } while (!acpar.hotdrop);
  if (at(A$ipt_do_table.L128)) yield;
  if (acpar.hotdrop) return NF_DROP;
  if (at(A$ipt_do_table.L130)) yield;
  return verdict;
  } finally {
    leave($f);
  }
}

/** The trace's note of a rule that decided: which host, table, chain, rule, packet, verdict. */
function note(state: NfHookState, e: IptEntry, chain: string, i: number, skb: SkBuff, what: string): void {
  if (!E.recording) return;
  E.emit({ ev: 'note', t: E.now, host: state.net.host.name, text: `iptables: filter ${chain} rule ${i + 1} (${e.spec}) matched ${packetText(skb)}: ${what}` });
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../../core/engine';
export function ip_packet_match$fast(ip: IpHdr, indev: string, outdev: string, ipinfo: IptEntry['ip'], isfrag: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$ip_packet_match.L27 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (!inPrefix(ip.saddr, ipinfo.src, ipinfo.smsk) || !inPrefix(ip.daddr, ipinfo.dst, ipinfo.dmsk)) {
    ++$s; $x = A$ip_packet_match.L31 | 1048576;
    return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_packet_match.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ip_packet_match.L34) : $tb.op($e.now, A$ip_packet_match.L34));
  if (ipinfo.proto !== 0 && ip.protocol !== ipinfo.proto) {
    ++$s; $x = A$ip_packet_match.L36 | 1048576;
    return ($r = (false), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_packet_match.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; $x = A$ip_packet_match.L38 | 1048576;
  return ($r = (true), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ip_packet_match.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ipt_do_table$fast(skb: SkBuff, state: NfHookState, table: XtTable): any { const $e = $E; const $tb: any = $e.lineSink; let $t: any; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const hook = state.hook;
  const $f = ($tb !== null && ($o = (A$ipt_do_table.L51 | 281018368), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 12;
  
  let verdict = NF_DROP;
  
  
  const ip = skb.iph;
  
  
  const indev = state.in ? state.in.name : '';
  
  const outdev = state.out ? state.out.name : '';
  
  const acpar: XtActionParam = { match: null, matchinfo: null, target: null, targinfo: null, fragoff: 0, thoff: 20, hotdrop: false, state };
  
  
  
  
  
  const chainName = HOOK_CHAIN[hook];
  const chain = table.chains[chainName];
  
  let i = 0;
  let e: IptEntry = chain[0];
  
  do {
    $s += 2; if ($tb !== null) ($o = (A$ipt_do_table.L76 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    let matched = ip_packet_match$fast(ip, indev, outdev, e.ip, acpar.fragoff);
    if (matched) {
      for (let m = 0; m < e.matches.length; m++) {
        const ematch = e.matches[m];
        $s += 4; if ($tb !== null) ($o = (A$ipt_do_table.L87 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
        
        acpar.match = ematch.match;
        
        acpar.matchinfo = ematch.data;
        
        if (!((($t = acpar.match.match).fast !== undefined ? $t.fast(skb, acpar) : $drive($t(skb, acpar))))) {
          ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ipt_do_table.L91) : $tb.op($e.now, A$ipt_do_table.L91));
          matched = false;
          break;
        }
      }
    }
    if (!matched) {
      $s += 2; if ($tb !== null) ($o = (A$ipt_do_table.L81 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      e = chain[++i];
      
      
      continue;
    }
    $s += 4; if ($tb !== null) ($o = (A$ipt_do_table.L95 | 3145728), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    
    e.counters.pcnt += 1;
    e.counters.bcnt += skb_len(skb);
    
    const t = e.target;
    t.standard ? 'standard' : t.target.name;
    
    if (t.standard) {
      $s += 3; if ($tb !== null) ($o = (A$ipt_do_table.L105 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      const v = t.verdict;
      
      
      
      if (v !== XT_RETURN) {
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ipt_do_table.L108) : $tb.op($e.now, A$ipt_do_table.L108));
        verdict = -v - 1;
        verdict === NF_ACCEPT ? 'NF_ACCEPT' : 'NF_DROP';
        if (!e.policy) note(state, e, chainName, i, skb, verdict === NF_ACCEPT ? 'NF_ACCEPT' : 'NF_DROP');
        ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ipt_do_table.L109) : $tb.op($e.now, A$ipt_do_table.L109));
        break;
      }
    }
    if (!t.standard) {
      $s += 2; if ($tb !== null) ($o = (A$ipt_do_table.L116 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
      acpar.target = t.target;
      
      acpar.targinfo = t.targinfo;
      note(state, e, chainName, i, skb, t.target.name);
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ipt_do_table.L120) : $tb.op($e.now, A$ipt_do_table.L120));
      verdict = (($t = acpar.target.target).fast !== undefined ? $t.fast(skb, acpar) : $drive($t(skb, acpar)));
      verdict === NF_ACCEPT ? 'NF_ACCEPT' : verdict === NF_DROP ? 'NF_DROP' : verdict;
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ipt_do_table.L121) : $tb.op($e.now, A$ipt_do_table.L121));
      if (verdict === XT_CONTINUE) {
        e = chain[++i];
        continue;
      }
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ipt_do_table.L124) : $tb.op($e.now, A$ipt_do_table.L124));
      break;
    }
  } while (!acpar.hotdrop);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ipt_do_table.L128) : $tb.op($e.now, A$ipt_do_table.L128));
  if (acpar.hotdrop) return ($r = (NF_DROP), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ipt_do_table.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; $x = A$ipt_do_table.L130 | 1048576;
  return ($r = (verdict), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ipt_do_table.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(ip_packet_match, ip_packet_match$fast, 'ip_packet_match', () => []);
$kreg(ipt_do_table, ipt_do_table$fast, 'ipt_do_table', () => ['reject_tg', 'tcp_mt', 'udp_mt', ip_packet_match]);
