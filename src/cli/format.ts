// Renders a run's trace for the terminal: `text` (a guided walk: each executed line with its
// function, file:line in Linux v5.4 and source text, indented by call depth, syscalls and packets in between),
// `json` (one event per line) and `ftrace` (tracepoints as /sys/kernel/tracing/trace prints them).

import type { TraceEvent, PacketEvent } from '../kernel/core/trace';
import type { Snapshot, Value } from '../kernel/world/snapshot';
import { t } from '../l10n/l10n';

const tr = t;

export type Format = 'text' | 'json' | 'ftrace';

export function fmtTime(us: number): string {
  return (us / 1e6).toFixed(6);
}

export interface TextContext {
  /** The annotated source's lines, by kernel path. */
  source(file: string): string[] | undefined;
  /** The scenario's own lines. */
  scenarioLines: string[];
  scenarioName: string;
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

export function packetLine(p: PacketEvent): string {
  const drop0 = p.dropped ? `   ✗ dropped: ${p.dropped}` : '';
  // tcpdump's UDP and ICMP lines: "UDP, length 5", "ICMP 10.0.0.1 udp port 9999 unreachable, length 36"
  if (p.frag) {
    // tcpdump -v's fragment fields: the IP id, the offset in bytes, [+] for More Fragments, the IP length
    const f = `(frag id ${p.frag.id}, offset ${p.frag.off}, flags [${p.frag.mf ? '+' : 'none'}], length ${p.len + 20})`;
    if (p.frag.off === 0 && p.ulen !== undefined) return `${p.saddr}.${p.sport} > ${p.daddr}.${p.dport}: UDP, length ${p.ulen - 8} ${f}${drop0}`;
    return `${p.saddr} > ${p.daddr}: ip-proto-17 ${f}${drop0}`;
  }
  if (p.proto === 'UDP') return `${p.saddr}.${p.sport} > ${p.daddr}.${p.dport}: UDP, length ${p.len}${drop0}`;
  // tcpdump's ARP lines: "ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28", "ARP, Reply 10.0.0.2 is-at 02:00:0a:00:00:02, length 28"
  if (p.proto === 'ARP' && p.arp) {
    const what = p.arp.op === 'request' ? `Request who-has ${p.daddr}${p.arp.dst === 'ff:ff:ff:ff:ff:ff' ? '' : ` (${p.arp.dst})`} tell ${p.saddr}` : `Reply ${p.saddr} is-at ${p.arp.sha}`;
    return `ARP, ${what}, length ${p.len}${drop0}`;
  }
  if (p.proto === 'ICMP') {
    const q = p.icmp?.quoted;
    const what =
      q && p.icmp!.type === 3 && p.icmp!.code === 3 ? `ICMP ${q.daddr} ${q.protocol} port ${q.dport} unreachable` : q && p.icmp!.type === 3 && p.icmp!.code === 1 ? `ICMP host ${q.daddr} unreachable` : p.flags;
    // (tcpdump: "ICMP ip reassembly time exceeded", the flags' own text)
    return `${p.saddr} > ${p.daddr}: ${what}, length ${p.len}${drop0}`;
  }
  const opts = p.mss ? `, options [mss ${p.mss}]` : '';
  const ack = p.flags.includes('.') ? `, ack ${p.ack}` : '';
  const drop = p.dropped ? `   ✗ dropped: ${p.dropped}` : '';
  return `${p.saddr}.${p.sport} > ${p.daddr}.${p.dport}: Flags [${p.flags}], seq ${p.seq}${ack}, win ${p.win}${opts}, length ${p.len}${drop}`;
}

export function textLine(e: TraceEvent, ctx: TextContext): string | null {
  switch (e.ev) {
    case 'syscall_enter': {
      const src = (ctx.scenarioLines[e.scenarioLine - 1] ?? '').replace(/#.*$/, '').trim();
      return `\n[${fmtTime(e.t)}] ▶ ${src}        (${ctx.scenarioName}:${e.scenarioLine})`;
    }
    case 'syscall':
      return `[${fmtTime(e.t)}] ◀ ${e.task}: ${e.call}() = ${e.ret}${e.errno ? ' ' + e.errno : ''}`;
    case 'line': {
      const lines = ctx.source(e.file);
      const text = lines?.[e.renditionLine - 1]?.trim() ?? '';
      // the line in Linux v5.4; where the map does not know it, the annotated file's own line, named as ours
      const where = e.line !== null ? `${e.file}:${e.line}` : `media/kernel/${e.file}:${e.renditionLine}`;
      return `  ${pad(e.task, 16)}${'  '.repeat(Math.max(0, e.depth - 2))}${pad(e.fn, 30)} ${pad(where, 38)} ${text}`;
    }
    case 'enter':
    case 'exit':
      return null;
    case 'packet':
      return `[${fmtTime(e.t)}] ⇄ ${packetLine(e)}`;
    case 'inet_sock_set_state':
      return `      ⚑ ${e.host}: sock:inet_sock_set_state skaddr=${e.skaddr} ${e.saddr}:${e.sport} → ${e.daddr}:${e.dport}  ${e.oldstate} → ${e.newstate}`;
    case 'tcp_send_reset':
    case 'tcp_retransmit_skb':
    case 'tcp_receive_reset':
    case 'tcp_destroy_sock':
    case 'tcp_retransmit_synack':
      return `      ⚑ ${e.host}: tcp:${e.ev} skaddr=${e.skaddr} ${e.saddr}:${e.sport} → ${e.daddr}:${e.dport}`;
    case 'pause':
      return `\n[${fmtTime(e.t)}] ⏸ ${t(e.message)}        (${ctx.scenarioName}:${e.scenarioLine})`;
    case 'note':
      return `      · ${e.host}: ${e.text}`;
  }
}

export function jsonLine(e: TraceEvent): string {
  return JSON.stringify(e);
}

/** ftrace's line format: "task-pid [cpu] flags timestamp: event: fields". */
export function ftraceLine(e: TraceEvent, pidOf: (task: string) => number): string | null {
  // ftrace: "%16s-%-7d [%03d] %s %12s: " — comm-pid, CPU, irq/softirq flags, seconds
  const head = (comm: string) => `${comm.slice(0, 16).padStart(16)}-${String(comm === '<idle>' ? 0 : pidOf(comm)).padEnd(7)} [000] ..s. ${fmtTime(e.t).padStart(12)}: `;
  const v6 = (a: string) => `::ffff:${a}`;
  switch (e.ev) {
    case 'inet_sock_set_state':
      return `${head(e.comm)}inet_sock_set_state: family=AF_INET protocol=IPPROTO_TCP sport=${e.sport} dport=${e.dport} saddr=${e.saddr} daddr=${e.daddr} saddrv6=${v6(e.saddr)} daddrv6=${v6(e.daddr)} oldstate=${e.oldstate} newstate=${e.newstate}`;
    // (v5.4's include/trace/events/tcp.h: no family field in these; tcp_event_sk_skb prints the state,
    // tcp_event_sk the sock's cookie in hex)
    case 'tcp_send_reset':
    case 'tcp_retransmit_skb':
      return `${head(e.comm)}${e.ev}: sport=${e.sport} dport=${e.dport} saddr=${e.saddr} daddr=${e.daddr} saddrv6=${v6(e.saddr)} daddrv6=${v6(e.daddr)} state=${e.state ?? 'TCP_CLOSE'}`;
    case 'tcp_receive_reset':
    case 'tcp_destroy_sock':
      return `${head(e.comm)}${e.ev}: sport=${e.sport} dport=${e.dport} saddr=${e.saddr} daddr=${e.daddr} saddrv6=${v6(e.saddr)} daddrv6=${v6(e.daddr)} sock_cookie=${(e.sock_cookie ?? 0).toString(16)}`;
    case 'tcp_retransmit_synack':
      return `${head(e.comm)}${e.ev}: sport=${e.sport} dport=${e.dport} saddr=${e.saddr} daddr=${e.daddr} saddrv6=${v6(e.saddr)} daddrv6=${v6(e.daddr)}`;
    default:
      return null;
  }
}

/** The kernel's tables at a pause, as the text walk prints them. */
export function snapshotText(s: Snapshot): string {
  const out: string[] = [];
  const name = (r: Value): string => {
    if (r && typeof r === 'object' && 'ref' in r) {
      const o = s.objects[(r as { ref: string }).ref];
      if (!o) return String((r as { ref: string }).ref);
      const common = o.layers.find((l) => l.struct === 'sock_common')?.fields;
      if (common) {
        let st = String(common.skc_state).replace('TCP_', '');
        const tw = o.layers.find((l) => l.struct === 'tcp_timewait_sock')?.fields;
        if (tw) st += `(substate ${String(tw.tw_substate).replace('TCP_', '')})`;
        return `${o.type}@${o.addr.slice(-6)} ${st} ${common.skc_rcv_saddr}:${common.skc_num}${common.skc_dport ? ` ⇄ ${common.skc_daddr}:${common.skc_dport}` : ''}`;
      }
      return `${o.type}@${o.addr.slice(-6)}`;
    }
    return String(r);
  };
  for (const h of s.hosts) {
    out.push(`  ┌ ${h.name} (${h.addrs.join(', ')})`);
    for (const p of h.processes) {
      const fds = p.fds.map((f) => {
        const file = s.objects[f.file.ref];
        const sockRef = file?.layers[0].fields.private_data as Value;
        const sock = sockRef && typeof sockRef === 'object' && 'ref' in sockRef ? s.objects[(sockRef as { ref: string }).ref] : undefined;
        if (sock?.type === 'eventpoll') {
          // an epoll instance: the descriptors it watches, and those on its ready list
          const items = (ref: Value) => ((ref ?? []) as Value[]).map((r) => s.objects[(r as { ref: string }).ref]?.layers[0].fields.ffd as Record<string, Value> | undefined).map((x) => String(x?.fd));
          const ep = sock.layers[0].fields;
          return `fd ${f.fd} → eventpoll@${sock.addr.slice(-6)} ${t('watching {0}; ready: {1}', items(ep.rbr).join(', ') || '—', items(ep.rdllist).join(', ') || '—')}`;
        }
        const sk = sock?.layers[0].fields.sk as Value;
        return `fd ${f.fd} → ${sk ? name(sk) : t('socket (no sk)')}`;
      });
      if (fds.length) out.push(`  │ ${p.name}: ${fds.join('; ')}`);
    }
    if (h.bhash.length) out.push(`  │ ${t('bind hash')}: ${h.bhash.map((b) => (b.owners.length === 1 ? t('port {0} [1 owner]', b.port) : t('port {0} [{1} owners]', b.port, b.owners.length))).join(', ')}`);
    for (const l of h.lhash2) {
      for (const r of l.socks) {
        const o = s.objects[r.ref];
        const icsk = o.layers.find((x) => x.struct === 'inet_connection_sock')?.fields;
        const sock = o.layers.find((x) => x.struct === 'sock')?.fields;
        const q = icsk?.icsk_accept_queue as Record<string, Value> | undefined;
        out.push(`  │ ${t('listening hash')} ${l.key}: ${name(r)}  qlen=${q?.qlen} accept_queue=${(q?.accept_queue as Value[] | undefined)?.length ?? 0} sk_ack_backlog=${sock?.sk_ack_backlog}/${sock?.sk_max_ack_backlog}`);
      }
    }
    for (const e of h.ehash) out.push(`  │ ${t('established hash')} ${e.key}: ${name(e.sk)}`);
    for (const u of h.udp_hash2 ?? []) out.push(`  │ udp_table hash2 ${u.key}: ${u.socks.map(name).join(', ')}`);
    // iptables -S with the counters of iptables -L -v: pkts bytes
    for (const ch of h.iptables ?? []) for (const r of ch.rules) out.push(`  │ iptables ${r.spec}  [${r.pcnt}:${r.bcnt}]`);
    out.push('  └');
  }
  if (s.packets.length) {
    out.push(`  ${t('in flight:')}`);
    for (const p of s.packets) {
      if (!p.udphdr && !p.icmphdr) out.push(`    ${p.saddr}.${p.sport} > ${p.daddr}.${p.dport} [${p.flags}] seq ${p.seq} ack ${p.ack} len ${p.len} (${t('arrives {0}', fmtTime(p.arriveAt))})`);
      else out.push(`    ${p.saddr}.${p.sport} > ${p.daddr}.${p.dport} [${p.flags}] len ${p.len} (${t('arrives {0}', fmtTime(p.arriveAt))})`);
    }
  }
  for (const t of s.tasks) {
    if (t.state === 'TASK_INTERRUPTIBLE') out.push(`  ${tr('{0} sleeps in {1}', t.name, String(t.waitChannel))}`);
  }
  return out.join('\n');
}
