// The sockets tree's content, from one snapshot: hosts → processes → fds → the socket and its sock
// (state, local and remote address, queue lengths); per host the socks no fd reaches (request socks
// in the established hash, children waiting in an accept queue, TIME_WAIT, orphans); and the packets
// in flight. Pure: the VS Code tree provider only turns these nodes into TreeItems.

import { t } from '../l10n/l10n';
import type { Snapshot, ObjectSnap, Value } from '../kernel/world/snapshot';
import { field, refOf } from './fields';

export { field };

export interface SockNode {
  /** Unique in the tree: the sock object's id for sockets (so a selection elsewhere can reveal it). */
  id: string;
  kind: 'host' | 'process' | 'fd' | 'sock' | 'group' | 'packet' | 'packets';
  label: string;
  description?: string;
  tooltip?: string;
  /** The kernel object this node stands for (sock, request sock, packet). */
  objectId?: string;
  /** TCP state name for socks (for the icon). */
  state?: string;
  children: SockNode[];
}


function addr(ip: Value | undefined, port: Value | undefined): string {
  const a = typeof ip === 'string' && ip !== '0.0.0.0' ? ip : '*';
  return `${a}:${typeof port === 'number' && port ? port : '*'}`;
}

/** "TCP_ESTABLISHED" → "ESTABLISHED". */
export function shortState(s: Value | undefined): string {
  return typeof s === 'string' ? s.replace(/^TCP_/, '') : '?';
}

/** One line about a sock: addresses and queues. */
export function describeSock(o: ObjectSnap): { state: string; local: string; remote: string; queues: string } {
  const state = shortState(field(o, 'skc_state'));
  const local = addr(field(o, 'skc_rcv_saddr'), field(o, 'skc_num'));
  const remote = addr(field(o, 'skc_daddr'), field(o, 'skc_dport'));
  const parts: string[] = [];
  const q = field(o, 'icsk_accept_queue') as { qlen?: number; accept_queue?: Value[] } | undefined;
  if (state === 'LISTEN' && q && typeof q === 'object') {
    parts.push(t('accept {0}/{1}', String(field(o, 'sk_ack_backlog') ?? q.accept_queue?.length ?? 0), String(field(o, 'sk_max_ack_backlog') ?? '?')), t('half-open {0}', q.qlen ?? 0));
  }
  const rq = field(o, 'sk_receive_queue');
  if (Array.isArray(rq) && rq.length) parts.push(`recv-q ${rq.length}`);
  const wq = field(o, 'sk_write_queue');
  if (Array.isArray(wq) && wq.length) parts.push(`send-q ${wq.length}`);
  return { state, local, remote, queues: parts.join(', ') };
}

function sockNode(o: ObjectSnap, label: string): SockNode {
  const d = describeSock(o);
  const proto = o.type === 'udp_sock' ? 'UDP' : o.type === 'inet_sock' ? 'INET' : 'TCP';
  return {
    id: o.id,
    kind: 'sock',
    label: `${label}${proto} ${d.state}`,
    description: `${d.local} → ${d.remote}${d.queues ? `  (${d.queues})` : ''}`,
    tooltip: `${o.type} ${o.addr}\n${d.local} → ${d.remote}\n${t('state {0}', d.state)}${d.queues ? `\n${d.queues}` : ''}`,
    objectId: o.id,
    state: d.state,
    children: [],
  };
}

export function socketsTree(s: Snapshot): SockNode[] {
  const objs = s.objects;
  const out: SockNode[] = [];
  for (const h of s.hosts) {
    const reached = new Set<string>();
    const procs: SockNode[] = h.processes.map((p) => ({
      id: `${h.name}/${p.name}`,
      kind: 'process',
      label: p.name,
      description: p.fds.length === 1 ? t('pid {0} · 1 fd', p.pid) : t('pid {0} · {1} fds', p.pid, p.fds.length),
      children: p.fds.map((e) => {
        const file = objs[e.file.ref];
        const sockRef = refOf(field(file, 'private_data'));
        const socket = sockRef ? objs[sockRef] : undefined;
        const skRef = refOf(field(socket, 'sk'));
        const sk = skRef ? objs[skRef] : undefined;
        const name = Object.entries(p.names).find(([, fd]) => fd === e.fd)?.[0];
        const label = `fd ${e.fd}${name ? ` (${name})` : ''} · `;
        if (sk) {
          reached.add(sk.id);
          const n = sockNode(sk, label);
          n.tooltip = `${file?.id} → ${socket?.id} (${field(socket, 'state')}) → ${n.tooltip}`;
          return n;
        }
        if (socket?.type === 'eventpoll') {
          const n = (v: unknown) => (Array.isArray(v) ? v.length : 0);
          const description = t('epoll: {0} watched, {1} ready', n(field(socket, 'rbr')), n(field(socket, 'rdllist')));
          return { id: `${h.name}/${p.name}/fd${e.fd}`, kind: 'fd' as const, label: `fd ${e.fd}${name ? ` (${name})` : ''}`, description, children: [] };
        }
        return { id: `${h.name}/${p.name}/fd${e.fd}`, kind: 'fd' as const, label: `fd ${e.fd}${name ? ` (${name})` : ''}`, description: socket ? t('{0}, no sock', socket.id) : file?.id, children: [] };
      }),
    }));
    // socks the kernel holds that no fd reaches
    const kernelOnly: SockNode[] = [];
    const seen = new Set<string>();
    const consider = (id: string, how: string) => {
      if (reached.has(id) || seen.has(id)) return;
      const o = objs[id];
      if (!o || !/sock$/.test(o.type)) return;
      seen.add(id);
      const n = sockNode(o, '');
      n.description = `${n.description} · ${how}`;
      kernelOnly.push(n);
    };
    for (const e of h.ehash) consider(e.sk.ref, 'ehash');
    for (const b of h.lhash2) for (const r of b.socks) consider(r.ref, t('listening hash'));
    for (const b of h.udp_hash ?? []) for (const r of b.socks) consider(r.ref, t('udp hash'));
    if (kernelOnly.length) {
      procs.push({ id: `${h.name}/#kernel`, kind: 'group', label: t('in the kernel only'), description: t('{0} (no fd: half-open, not yet accepted, TIME_WAIT, orphaned)', kernelOnly.length), children: kernelOnly });
    }
    out.push({ id: `host:${h.name}`, kind: 'host', label: h.name, description: h.addrs.join(', '), children: procs });
  }
  const packets: SockNode[] = s.packets.map((p) => ({
    id: `pkt:${p.id}`,
    kind: 'packet',
    label: `${p.from} → ${p.to}  Flags [${p.flags}]`,
    description: `${p.saddr}:${p.sport} > ${p.daddr}:${p.dport} seq ${p.seq}${p.ack ? ` ack ${p.ack}` : ''} len ${p.len} · ${t('arrives at {0}', fmtUs(p.arriveAt))}`,
    objectId: p.id,
    children: [],
  }));
  out.push({ id: 'packets', kind: 'packets', label: t('Packets in flight'), description: String(packets.length), children: packets });
  return out;
}

export function fmtUs(us: number): string {
  return us >= 1000 ? `${(us / 1000).toFixed(us % 1000 ? 3 : 0)} ms` : `${us} µs`;
}
