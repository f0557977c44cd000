// The kernel's static dispatch tables as a view draws them: net_families[], inetsw[] (from
// inetsw_array), and the ops tables each entry points at (proto_ops, struct proto, the
// connection-level af_ops) with their members. They do not change during a run.

import { inetsw, inet_stream_ops, inet_dgram_ops, inet_sockraw_ops, inet_init } from '../kernel/gen/net/ipv4/af_inet';
import { net_families } from '../kernel/gen/net/socket';
import { opsMembers } from '../kernel/include/linux/ops';
import { tcp_prot, udp_prot, ping_prot, raw_prot } from '../kernel/gen/net/ipv4/protocols';
import { ipv4_specific } from '../kernel/gen/net/ipv4/tcp_ipv4';
import type { KernelTables } from './contract';

const SOCK_TYPES: Record<number, string> = { 1: 'SOCK_STREAM', 2: 'SOCK_DGRAM', 3: 'SOCK_RAW' };
const PROTOCOLS: Record<number, string> = { 0: 'IPPROTO_IP', 1: 'IPPROTO_ICMP', 6: 'IPPROTO_TCP', 17: 'IPPROTO_UDP', 255: 'IPPROTO_RAW' };

let cached: KernelTables | null = null;

export function kernelTables(): KernelTables {
  if (cached) return cached;
  inet_init();
  // struct proto's name field is "TCP", "UDP", …: the views name the variables
  const protVar = new Map<object, string>([[tcp_prot, 'tcp_prot'], [udp_prot, 'udp_prot'], [ping_prot, 'ping_prot'], [raw_prot, 'raw_prot']]);
  const ops: KernelTables['ops'] = {};
  for (const t of [inet_stream_ops, inet_dgram_ops, inet_sockraw_ops, tcp_prot, udp_prot, ping_prot, raw_prot, ipv4_specific]) {
    ops[protVar.get(t) ?? t.name] = { kind: 'obj_size' in t ? 'struct proto' : t.name === 'ipv4_specific' ? 'struct inet_connection_sock_af_ops' : 'struct proto_ops', members: opsMembers(t).map(([m, fn]) => ({ member: m, fn })) };
  }
  cached = {
    net_families: net_families.flatMap((f, i) => (f ? [{ family: i, name: 'AF_INET', ops: f.name, create: 'inet_create' }] : [])),
    inetsw: inetsw.flatMap((list, type) =>
      list.length
        ? [{ type, typeName: SOCK_TYPES[type] ?? String(type), entries: list.map((q) => ({ protocol: q.protocol, protocolName: PROTOCOLS[q.protocol] ?? String(q.protocol), prot: protVar.get(q.prot) ?? q.prot.name, ops: q.ops.name, flags: [...q.flags] })) }]
        : [],
    ),
    ops,
  };
  return cached;
}
