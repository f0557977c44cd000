// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/protocols.ts
// @ts-nocheck
// The struct proto tables of the transports (tcp_prot in tcp_ipv4.c, udp_prot in udp.c, ping_prot,
// raw_prot): what sk->sk_prot points at, and the slab each one allocates from (obj_size).

import type { Proto } from '../../../include/linux/net';
import { TcpSock } from '../../../include/linux/tcp';
import { UdpSock } from '../../../include/linux/udp';
import { InetSock } from '../../../include/net/inet_sock';
import { ERRNO } from '../../../include/uapi';
import { notSimulated, NotSimulated } from '../../../include/linux/ops';
import type { Sim } from '../../../core/engine';
import { tcp_close, tcp_disconnect, tcp_shutdown, tcp_sendmsg, tcp_recvmsg, tcp_setsockopt } from './tcp';
import { tcp_v4_connect, tcp_v4_init_sock, tcp_v4_destroy_sock, tcp_v4_do_rcv } from './tcp_ipv4';
import { inet_csk_accept, inet_csk_get_port } from './inet_connection_sock';
import { inet_hash, inet_unhash } from './inet_hashtables';
import {
  udp_lib_close, udp_disconnect, udp_init_sock, udp_destroy_sock, udp_lib_unhash, udp_v4_get_port,
  udp_sendmsg, udp_recvmsg, udp_v4_rehash, udp_setsockopt,
} from './udp';
import { ip4_datagram_connect } from './datagram';

export { NotSimulated };

// (each table's fields are its members, in the kernel's order; opsMembers() lists them for the views)

export const tcp_prot: Proto = {
  name: 'TCP',
  close: tcp_close,
  pre_connect: notSimulated('tcp_v4_pre_connect'),
  connect: tcp_v4_connect,
  disconnect: tcp_disconnect,
  accept: inet_csk_accept,
  ioctl: notSimulated('tcp_ioctl'),
  init: tcp_v4_init_sock,
  destroy: tcp_v4_destroy_sock,
  shutdown: tcp_shutdown,
  setsockopt: tcp_setsockopt,
  getsockopt: notSimulated('tcp_getsockopt'),
  recvmsg: tcp_recvmsg,
  sendmsg: tcp_sendmsg,
  sendpage: notSimulated('tcp_sendpage'),
  backlog_rcv: tcp_v4_do_rcv,
  hash: inet_hash,
  unhash: inet_unhash,
  get_port: inet_csk_get_port,
  obj_size: 'sizeof(struct tcp_sock)',
  alloc: () => new TcpSock(),
};

export const udp_prot: Proto = {
  name: 'UDP',
  close: udp_lib_close,
  pre_connect: notSimulated('udp_pre_connect'),
  connect: ip4_datagram_connect,
  disconnect: udp_disconnect,
  accept: null,
  init: udp_init_sock,
  destroy: udp_destroy_sock,
  shutdown: null,
  setsockopt: udp_setsockopt,
  sendmsg: udp_sendmsg,
  recvmsg: udp_recvmsg,
  // udp_lib_hash() is BUG(): a UDP socket is hashed by get_port, never through ->hash
  hash: notSimulated('udp_lib_hash', 'UDP ->hash (udp_lib_hash is BUG() in 5.4)'),
  unhash: udp_lib_unhash,
  rehash: udp_v4_rehash,
  get_port: udp_v4_get_port,
  obj_size: 'sizeof(struct udp_sock)',
  alloc: () => new UdpSock(),
};

/** ping_init_sock(): the caller's group must be inside net.ipv4.ping_group_range, "1 0" by default. */
// eslint-disable-next-line require-yield
function* ping_init_sock(): Sim<number> {
  return -ERRNO.EACCES;
}

export const ping_prot: Proto = {
  name: 'PING',
  close: notSimulated('ping_close'),
  connect: notSimulated('ip4_datagram_connect', 'ICMP connect (ip4_datagram_connect)'),
  disconnect: notSimulated('udp_disconnect', 'ICMP disconnect'),
  accept: null,
  init: ping_init_sock,
  destroy: null,
  shutdown: null,
  sendmsg: notSimulated('ping_v4_sendmsg'),
  recvmsg: notSimulated('ping_recvmsg'),
  hash: notSimulated('ping_hash'),
  unhash: notSimulated('ping_unhash'),
  get_port: notSimulated('ping_get_port', 'ICMP bind (ping_get_port)'),
  obj_size: 'sizeof(struct inet_sock)',
  alloc: () => new InetSock(),
};

// raw_hash_sk(): a raw socket is hashed at creation (inet_num is its protocol)
// eslint-disable-next-line require-yield
function* raw_hash_sk(): Sim<number> {
  return 0;
}

export const raw_prot: Proto = {
  name: 'RAW',
  close: notSimulated('raw_close', 'RAW close'),
  connect: notSimulated('ip4_datagram_connect', 'RAW connect (ip4_datagram_connect)'),
  disconnect: notSimulated('__udp_disconnect', 'RAW disconnect'),
  accept: null,
  init: null,
  destroy: null,
  shutdown: null,
  sendmsg: notSimulated('raw_sendmsg'),
  recvmsg: notSimulated('raw_recvmsg'),
  hash: raw_hash_sk,
  unhash: notSimulated('raw_unhash_sk'),
  get_port: notSimulated('udp_v4_get_port', 'RAW bind'),
  obj_size: 'sizeof(struct raw_sock)',
  alloc: () => new InetSock(),
};


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../../core/engine';
function ping_init_sock$fast(): any { const $e = $E;
  return -ERRNO.EACCES;
}
function raw_hash_sk$fast(): any { const $e = $E;
  return 0;
}
$kreg(ping_init_sock, ping_init_sock$fast, 'ping_init_sock', () => []);
$kreg(raw_hash_sk, raw_hash_sk$fast, 'raw_hash_sk', () => []);

// ---- kernel names ----
(ping_init_sock as any).kname = 'ping_init_sock';
(raw_hash_sk as any).kname = 'raw_hash_sk';
