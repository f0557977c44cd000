// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/ipv4/protocols.ts
// @ts-nocheck
// The struct proto tables of the transports (tcp_prot in tcp_ipv4.c, udp_prot in udp.c, ping_prot,
// raw_prot): what sk->sk_prot points at, and the slab each one allocates from (obj_size).

import type { Proto } from '../../../include/linux/net';
import { TcpSock } from '../../../include/linux/tcp';
import { UdpSock } from '../../../include/linux/udp';
import { InetSock } from '../../../include/net/inet_sock';
import type { Sim } from '../../../sim/engine';
import { ERRNO } from '../../../include/uapi';
import { tcp_close, tcp_disconnect, tcp_shutdown } from './tcp';
import { tcp_v4_connect, tcp_v4_init_sock, tcp_v4_destroy_sock } from './tcp_ipv4';
import { inet_csk_accept, inet_csk_get_port } from './inet_connection_sock';
import { inet_hash, inet_unhash } from './inet_hashtables';
import {
  udp_lib_close, udp_disconnect, udp_init_sock, udp_destroy_sock, udp_lib_unhash, udp_v4_get_port,
  udp_sendmsg, udp_recvmsg, udp_v4_rehash,
} from './udp';
import { ip4_datagram_connect } from './datagram';

/** Raised by operations this simulator does not model yet; the runner reports it, never a wrong errno. */
export class NotSimulated extends Error {
  constructor(what: string) {
    super(`${what} is not simulated yet`);
  }
}

function notYet(what: string) {
  // eslint-disable-next-line require-yield
  return function* (): Sim<never> {
    throw new NotSimulated(what);
  };
}

export const tcp_prot: Proto = {
  name: 'TCP',
  obj_size: 'sizeof(struct tcp_sock)',
  close: tcp_close,
  connect: tcp_v4_connect,
  disconnect: tcp_disconnect,
  accept: inet_csk_accept,
  init: tcp_v4_init_sock,
  destroy: tcp_v4_destroy_sock,
  shutdown: tcp_shutdown,
  hash: inet_hash,
  unhash: inet_unhash,
  get_port: inet_csk_get_port,
  alloc: () => new TcpSock(),
  members: [
    ['close', 'tcp_close'], ['pre_connect', 'tcp_v4_pre_connect'], ['connect', 'tcp_v4_connect'],
    ['disconnect', 'tcp_disconnect'], ['accept', 'inet_csk_accept'], ['ioctl', 'tcp_ioctl'],
    ['init', 'tcp_v4_init_sock'], ['destroy', 'tcp_v4_destroy_sock'], ['shutdown', 'tcp_shutdown'],
    ['setsockopt', 'tcp_setsockopt'], ['getsockopt', 'tcp_getsockopt'], ['recvmsg', 'tcp_recvmsg'],
    ['sendmsg', 'tcp_sendmsg'], ['sendpage', 'tcp_sendpage'], ['backlog_rcv', 'tcp_v4_do_rcv'],
    ['hash', 'inet_hash'], ['unhash', 'inet_unhash'], ['get_port', 'inet_csk_get_port'],
    ['obj_size', 'sizeof(struct tcp_sock)'], ['h.hashinfo', '&tcp_hashinfo'],
  ],
};

/** What ping_prot and raw_prot start from: the datagram operations they do not simulate yet. */
const datagram_stub: Proto = {
  name: 'UDP',
  obj_size: 'sizeof(struct udp_sock)',
  close: notYet('UDP close (udp_lib_close)'),
  connect: notYet('UDP connect (ip4_datagram_connect)'),
  disconnect: notYet('UDP disconnect'),
  accept: null,
  init: null,
  destroy: null,
  shutdown: null,
  hash: notYet('UDP hashing (udp_lib_hash)'),
  unhash: notYet('UDP unhash'),
  get_port: notYet('UDP bind (udp_v4_get_port)'),
  alloc: () => new UdpSock(),
  members: [
    ['close', 'udp_lib_close'], ['pre_connect', 'udp_pre_connect'], ['connect', 'ip4_datagram_connect'],
    ['disconnect', 'udp_disconnect'], ['init', 'udp_init_sock'], ['destroy', 'udp_destroy_sock'],
    ['sendmsg', 'udp_sendmsg'], ['recvmsg', 'udp_recvmsg'], ['hash', 'udp_lib_hash'],
    ['unhash', 'udp_lib_unhash'], ['rehash', 'udp_v4_rehash'], ['get_port', 'udp_v4_get_port'],
    ['obj_size', 'sizeof(struct udp_sock)'], ['h.udp_table', '&udp_table'],
  ],
};

export const udp_prot: Proto = {
  name: 'UDP',
  obj_size: 'sizeof(struct udp_sock)',
  close: udp_lib_close,
  connect: ip4_datagram_connect,
  disconnect: udp_disconnect,
  accept: null,
  init: udp_init_sock,
  destroy: udp_destroy_sock,
  shutdown: null,
  // udp_lib_hash() is BUG(): a UDP socket is hashed by get_port, never through ->hash
  hash: notYet('UDP ->hash (udp_lib_hash is BUG() in 5.4)'),
  unhash: udp_lib_unhash,
  get_port: udp_v4_get_port,
  sendmsg: udp_sendmsg,
  recvmsg: udp_recvmsg,
  rehash: udp_v4_rehash,
  alloc: () => new UdpSock(),
  members: [
    ['close', 'udp_lib_close'], ['pre_connect', 'udp_pre_connect'], ['connect', 'ip4_datagram_connect'],
    ['disconnect', 'udp_disconnect'], ['init', 'udp_init_sock'], ['destroy', 'udp_destroy_sock'],
    ['sendmsg', 'udp_sendmsg'], ['recvmsg', 'udp_recvmsg'], ['hash', 'udp_lib_hash'],
    ['unhash', 'udp_lib_unhash'], ['rehash', 'udp_v4_rehash'], ['get_port', 'udp_v4_get_port'],
    ['obj_size', 'sizeof(struct udp_sock)'], ['h.udp_table', '&udp_table'],
  ],
};

export const ping_prot: Proto = {
  ...datagram_stub,
  name: 'PING',
  obj_size: 'sizeof(struct inet_sock)',
  alloc: () => new InetSock(),
  // ping_init_sock(): the caller's group must be inside net.ipv4.ping_group_range, "1 0" by default
  init: function* () {
    return -ERRNO.EACCES;
  },
  members: [['init', 'ping_init_sock'], ['close', 'ping_close'], ['connect', 'ip4_datagram_connect'], ['get_port', 'ping_get_port'], ['obj_size', 'sizeof(struct inet_sock)']],
};

export const raw_prot: Proto = {
  ...datagram_stub,
  name: 'RAW',
  obj_size: 'sizeof(struct raw_sock)',
  alloc: () => new InetSock(),
  hash: function* () {
    return 0;
  },
  close: notYet('RAW close'),
  members: [['close', 'raw_close'], ['init', 'raw_sk_init'], ['hash', 'raw_hash_sk'], ['obj_size', 'sizeof(struct raw_sock)']],
};
