// How the debugger shows simulated kernel values: pointers as `(struct tcp_sock *) 0xffff…` with a
// one-line summary, structs expanded with kernel field names grouped by layer (the snapshot's
// embedding chain: __sk_common, the sock's own fields, then the views inet_sk(sk), inet_csk(sk),
// tcp_sk(sk)), enums by name (TCP_LISTEN, AF_INET, -EINVAL), ops tables by their function names.
// Children are produced lazily through variablesReference handles, valid until the run resumes.

import type { DebugProtocol } from '@vscode/debugprotocol';
import { SockCommon } from '../kernel/include/net/sock';
import { Socket, File, WaitQueueHead } from '../kernel/include/linux/net';
import { SkBuff, tcpFlags } from '../kernel/include/linux/skbuff';
import { RequestSockQueue } from '../kernel/include/net/inet_connection_sock';
import { InetBindBucket } from '../kernel/include/net/inet_hashtables';
import { tcpStateName } from '../kernel/include/net/tcp_states';
import { t } from '../l10n/l10n';
import { TimerList } from '../kernel/core/timer';
import { CONSTANTS, ERRNO } from '../kernel/include/uapi';
import { objectLayers } from '../kernel/world/snapshot';
import { isOpsTable, opsMembers } from '../kernel/include/linux/ops';

/** A Map, or a table that behaves like one (the established hash). */
export function isMapLike(v: unknown): v is { size: number; entries(): Iterable<[unknown, unknown]> } {
  return v instanceof Map || (typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Set) && typeof (v as { entries?: unknown }).entries === 'function' && typeof (v as { size?: unknown }).size === 'number');
}

/** A kernel object the snapshot knows by a stable id (socks, sockets, files, bind buckets). */
export type KObj = { objId: number; structName: string };

export function isKObj(v: unknown): v is KObj {
  return typeof v === 'object' && v !== null && typeof (v as KObj).objId === 'number' && typeof (v as KObj).structName === 'string';
}

const STATE_FIELDS = new Set(['skc_state', 'sk_state', 'tw_substate', 'tw_state', 'ireq_state', 'old_state', 'oldstate', 'new_state', 'newstate', 'state']);
const FAMILY_FIELDS = new Set(['skc_family', 'sk_family', 'family', 'sin_family']);
const TYPE_FIELDS = new Set(['sk_type', 'type']);
const PROTO_FIELDS = new Set(['sk_protocol', 'protocol']);
const ERR_FIELDS = new Set(['err', 'error', 'ret', 'retval', 'sk_err', 'sk_err_soft', 'rc']);

const ERRNO_NAME = new Map<number, string>(Object.entries(ERRNO).map(([k, v]) => [v as number, k]));
function constName(prefix: string, v: number): string | undefined {
  for (const [k, x] of Object.entries(CONSTANTS)) if (x === v && k.startsWith(prefix)) return k;
  return undefined;
}

/** A number shown as the kernel names it, by the field it sits in. */
export function formatNumber(v: number, field: string | undefined): string {
  if (v === Infinity) return 'MAX_SCHEDULE_TIMEOUT';
  if (!field) return String(v);
  if (STATE_FIELDS.has(field) && v > 0 && v <= 12) return tcpStateName(v);
  if (FAMILY_FIELDS.has(field)) return constName('AF_', v) ?? String(v);
  if (TYPE_FIELDS.has(field)) return constName('SOCK_', v) ?? String(v);
  if (PROTO_FIELDS.has(field)) return constName('IPPROTO_', v) ?? String(v);
  if (ERR_FIELDS.has(field) && v !== 0) {
    const n = ERRNO_NAME.get(Math.abs(v));
    if (n) return `${v < 0 ? '-' : ''}${n}`;
  }
  return String(v);
}

type Ops = { name: string; obj_size?: string };
function isOps(v: unknown): v is Ops {
  return isOpsTable(v);
}
function opsName(o: Ops): string {
  return o.obj_size !== undefined ? `${o.name.toLowerCase()}_prot` : o.name;
}
type Family = { name: string; family: number; create: unknown };
function isFamily(v: unknown): v is Family {
  return typeof v === 'object' && v !== null && typeof (v as Family).name === 'string' && typeof (v as Family).create === 'function';
}

function sockSummary(s: SockCommon): string {
  const st = tcpStateName(s.skc_state);
  const local = `${s.skc_rcv_saddr}:${s.skc_num}`;
  const remote = s.skc_dport ? ` → ${s.skc_daddr}:${s.skc_dport}` : '';
  return `${st} ${local}${remote}${(s as { freed?: boolean }).freed ? ' (freed)' : ''}`;
}

/** The C type of a value, as the Variables view shows it. */
export function typeOf(v: unknown): string {
  if (isKObj(v)) return `struct ${v.structName} *`;
  if (v instanceof SkBuff) return 'struct sk_buff *';
  if (v instanceof RequestSockQueue) return 'struct request_sock_queue';
  if (v instanceof TimerList) return 'struct timer_list';
  if (v instanceof WaitQueueHead) return 'struct wait_queue_head';
  if (isOps(v)) return v.obj_size !== undefined ? 'struct proto *' : 'const struct proto_ops *';
  if (isFamily(v)) return 'const struct net_proto_family *';
  if (typeof v === 'number') return 'int';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'char *';
  return '';
}

/** One line for a value. */
export function formatValue(v: unknown, field?: string): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number') return formatNumber(v, field);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'string') return field === 'payload' || v === '' || /\s/.test(v) ? JSON.stringify(v) : v;
  if (v instanceof SockCommon) return `(struct ${v.structName} *) 0x${v.addr} ${sockSummary(v)}`;
  if (v instanceof Socket) return `(struct socket *) 0x${v.addr} ${v.state}`;
  if (v instanceof File) return `(struct file *) 0x${v.addr} ${v.f_op}`;
  if (v instanceof InetBindBucket) return `(struct inet_bind_bucket *) ${t('port {0}, {1} owner(s)', v.port, v.owners.size)}`;
  if (v instanceof SkBuff) {
    const th = v.th;
    return `(struct sk_buff *) 0x${v.addr} ${v.iph.saddr}${th ? `:${th.source}` : ''} > ${v.iph.daddr}${th ? `:${th.dest} [${tcpFlags(th)}] seq ${th.seq}${th.ack ? ` ack ${th.ack_seq}` : ''}` : ''} len ${v.len}`;
  }
  if (v instanceof RequestSockQueue) return `{${t('qlen={0}, young={1}, accept queue: {2}', v.qlen, v.young, v.acceptList().length)}}`;
  if (v instanceof TimerList) return `{${v.name}: ${v.pending ? t('pending, expires {0} µs, runs at {1} µs (timer wheel level {2})', v.expires, v.fires, v.level) : t('not pending')}}`;
  if (v instanceof WaitQueueHead) return `{${v.waiters.length ? v.waiters.map((w) => w.name).join(', ') : t('no waiters')}}`;
  if (isOps(v)) return `&${opsName(v)}`;
  if (isFamily(v)) return `&${v.name}`;
  if (v instanceof Set) return `{${[...v].map(String).join(', ')}}`;
  if (isMapLike(v)) return `{${v.size === 1 ? t('1 entry') : t('{0} entries', v.size)}}`;
  if (Array.isArray(v)) return `[${v.length}]`;
  if (isKObj(v)) return `(struct ${v.structName} *) #${v.objId}`;
  if (typeof v === 'object') return '{…}';
  return String(v);
}

function expandable(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  if (v instanceof Set) return v.size > 0;
  if (isMapLike(v)) return v.size > 0;
  if (Array.isArray(v)) return v.length > 0;
  return typeof v === 'object';
}

/** The view cast that shows each layer past a sock's own (sock / request_sock) layer. */
const VIEW_CAST: Record<string, string> = {
  inet_sock: 'inet_sk',
  inet_connection_sock: 'inet_csk',
  tcp_sock: 'tcp_sk',
  udp_sock: 'udp_sk',
  inet_request_sock: 'inet_rsk',
  tcp_request_sock: 'tcp_rsk',
};
const COMMON_NAME: Record<string, string> = { sock: '__sk_common', request_sock: '__req_common', tcp_timewait_sock: '__tw_common' };

interface Container {
  children: () => DebugProtocol.Variable[];
  /** The live object whose fields the children are (for data breakpoints). */
  obj?: object;
  /** The expression that names the object (evaluateName of the parent). */
  path?: string;
}

/** Variables handles for one stop: cleared whenever the run moves. */
export class VarStore {
  private next = 1;
  private map = new Map<number, Container>();

  clear(): void {
    this.map.clear();
    this.next = 1;
  }

  get(ref: number): Container | undefined {
    return this.map.get(ref);
  }

  add(c: Container): number {
    const id = this.next++;
    this.map.set(id, c);
    return id;
  }

  /** A scope or group: a fixed list of (name, value, field) rows. */
  group(rows: () => DebugProtocol.Variable[], obj?: object, path?: string): number {
    return this.add({ children: rows, obj, path });
  }

  variable(name: string, v: unknown, field: string | undefined, path: string | undefined): DebugProtocol.Variable {
    const out: DebugProtocol.Variable = { name, value: formatValue(v, field), type: typeOf(v), variablesReference: 0 };
    if (path) out.evaluateName = path;
    if (expandable(v)) out.variablesReference = this.add({ children: () => this.childrenOf(v, path), obj: v as object, path });
    return out;
  }

  private field(obj: unknown, k: string, path: string | undefined, arrow = true): DebugProtocol.Variable {
    const sub = path ? `${path}${arrow ? '->' : '.'}${k}` : undefined;
    return this.variable(k, (obj as Record<string, unknown>)[k], k, sub);
  }

  childrenOf(v: unknown, path: string | undefined): DebugProtocol.Variable[] {
    if (v instanceof SockCommon || v instanceof Socket || v instanceof File || v instanceof InetBindBucket) return this.structChildren(v, path);
    if (v instanceof SkBuff) return ['sk', 'len', 'payload', 'iph', 'th', 'from'].map((k) => this.field(v, k, path));
    if (v instanceof RequestSockQueue) {
      const rows = ['rskq_defer_accept', 'qlen', 'young', 'rskq_accept_head', 'rskq_accept_tail', 'synflood_warned'].map((k) => this.field(v, k, path, false));
      const list = v.acceptList();
      rows.push(this.variable(t('[accept queue]'), list, undefined, undefined));
      return rows;
    }
    if (v instanceof WaitQueueHead) return v.waiters.map((w, i) => ({ name: `[${i}]`, value: w.exclusive ? t('{0} (exclusive)', w.name) : w.name, variablesReference: 0 }));
    if (v instanceof TimerList) return (v.pending ? ['expires', 'pending', 'fires', 'level'] : ['expires', 'pending']).map((k) => this.field(v, k, path, false)).concat([{ name: 'function', value: v.name, variablesReference: 0 }]);
    if (isOps(v)) return opsMembers(v).map(([m, fn]) => ({ name: `.${m}`, value: fn, type: 'function', variablesReference: 0 }));
    if (isFamily(v)) return [this.variable('.family', v.family, 'family', undefined), { name: '.create', value: String((v.create as { name?: string }).name ?? ''), variablesReference: 0 }];
    if (v instanceof Set) return [...v].map((x, i) => ({ name: `[${i}]`, value: String(x), variablesReference: 0 }));
    if (isMapLike(v)) return [...v.entries()].map(([k, x]) => this.variable(String(k), x, undefined, undefined));
    if (Array.isArray(v)) return v.map((x, i) => this.variable(`[${i}]`, x, undefined, path ? `${path}[${i}]` : undefined));
    if (typeof v === 'object' && v !== null) {
      return Object.keys(v)
        .filter((k) => typeof (v as Record<string, unknown>)[k] !== 'function')
        .map((k) => this.field(v, k, path, false));
    }
    return [];
  }

  /** A struct with its layers as the snapshot groups them; socks show their views. */
  private structChildren(o: KObj, path: string | undefined): DebugProtocol.Variable[] {
    const layers = objectLayers(o);
    const rows: DebugProtocol.Variable[] = [];
    const self = path ?? 'sk';
    layers.forEach((l, i) => {
      if (l.struct === 'sock_common' && layers.length > 1) {
        const name = COMMON_NAME[layers[1].struct] ?? '__sk_common';
        rows.push({
          name,
          value: `{${o instanceof SockCommon ? sockSummary(o) : ''}}`,
          type: 'struct sock_common',
          variablesReference: this.group(() => l.fields.map((k) => this.field(o, k, path)), o, path),
        });
      } else if (i <= 1 || !VIEW_CAST[l.struct]) {
        for (const k of l.fields) rows.push(this.field(o, k, path));
      } else {
        const view = `${VIEW_CAST[l.struct]}(${self})`;
        rows.push({
          name: view,
          value: `(struct ${l.struct} *) 0x${(o as unknown as { addr: string }).addr}`,
          type: `struct ${l.struct} *`,
          evaluateName: view,
          variablesReference: this.group(() => l.fields.map((k) => this.field(o, k, view)), o, view),
        });
      }
    });
    return rows;
  }
}
