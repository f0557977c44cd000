// The way down and up (issue 15's first milestone): every segment between two hosts leaves by
// __ip_queue_xmit … dev_queue_xmit … the NIC's ndo_start_xmit, and arrives by the NIC's interrupt,
// napi_schedule, net_rx_action, the poll, netif_receive_skb, ip_rcv … ip_local_deliver to tcp_v4_rcv;
// a host talking to itself goes through lo: loopback_xmit, netif_rx, the backlog, process_backlog.
// The order of the functions entered is pinned, and the skb's data pointer moves as the headers are
// pushed and pulled.

import { strict as assert } from 'node:assert';
import { builtin, events, callsFrom } from '../helpers';
import { findFunction } from '../../src/kernel/core/anchors';
import type { SkBuff } from '../../src/kernel/include/linux/skbuff';
import { MAX_TCP_HEADER } from '../../src/kernel/include/linux/skbuff';

const DOWN_IP = ['ip_local_out', '__ip_local_out', 'nf_hook', 'dst_output', 'ip_output', 'NF_HOOK_COND', 'nf_hook', 'ip_finish_output', '__ip_finish_output', 'ip_finish_output2', 'neigh_output', 'neigh_hh_output', 'dev_queue_xmit', '__dev_queue_xmit'];
/** eth0's pfifo_fast, empty: the bypass straight to the driver, then __qdisc_run finds nothing queued. */
const QDISC = ['__dev_xmit_skb', 'sch_direct_xmit', 'validate_xmit_skb', 'dev_hard_start_xmit', 'xmit_one', '__qdisc_run', 'qdisc_restart', 'dequeue_skb', 'pfifo_fast_dequeue'];
/** lo: noqueue. */
const NOQUEUE = ['validate_xmit_skb', 'dev_hard_start_xmit', 'xmit_one'];
const UP_IP = ['ip_rcv', 'ip_rcv_core', 'NF_HOOK', 'nf_hook', 'ip_rcv_finish', 'ip_rcv_finish_core', 'dst_input', 'ip_local_deliver', 'NF_HOOK', 'nf_hook', 'ip_local_deliver_finish', 'ip_protocol_deliver_rcu'];

describe('the way down and up', () => {
  it('between two hosts: __ip_queue_xmit to the NIC, the NIC interrupt and NAPI poll up to tcp_v4_rcv', () => {
    const run = builtin('tcp-handshake', { traceLines: true });
    run.runToEnd();
    const evs = events(run);
    // the client's final ACK (its SYN waited for ARP: arp.test.ts), from __tcp_transmit_skb
    const down = callsFrom(evs, 'client/softirq', '__ip_queue_xmit');
    assert.deepEqual(down, ['__ip_queue_xmit', ...DOWN_IP, ...QDISC]);
    // the server: the interrupt's napi_schedule, then the softirq
    const irq = callsFrom(evs, 'server/softirq', 'napi_schedule');
    assert.deepEqual(irq, ['napi_schedule', '__napi_schedule', '____napi_schedule']);
    // (the first NET_RX took the ARP request up: arp_rcv; the second, the SYN)
    const up = callsFrom(evs, 'server/softirq', 'net_rx_action', 1);
    assert.deepEqual(up.slice(0, 7 + UP_IP.length + 1), ['net_rx_action', 'napi_poll', 'netif_receive_skb', 'netif_receive_skb_internal', '__netif_receive_skb', '__netif_receive_skb_one_core', '__netif_receive_skb_core', ...UP_IP, 'tcp_v4_rcv']);
    // the SYN-ACK goes down through ip_build_and_send_pkt; the server's entry for the client, learned
    // from its ARP request (NUD_STALE), takes neigh_resolve_output: NUD_DELAY, the header cached, sent at once
    const synack = callsFrom(evs, 'server/softirq', 'ip_build_and_send_pkt');
    const at = DOWN_IP.indexOf('neigh_hh_output');
    assert.deepEqual(synack, ['ip_build_and_send_pkt', ...DOWN_IP.slice(0, at), 'neigh_resolve_output', 'neigh_event_send', '__neigh_event_send', 'neigh_hh_init', ...DOWN_IP.slice(at + 1), ...QDISC]);
  });

  it('on loopback: loopback_xmit, netif_rx onto the backlog, process_backlog up to tcp_v4_rcv', () => {
    const run = builtin('loopback-path', { traceLines: true });
    run.runToEnd();
    const evs = events(run);
    const down = callsFrom(evs, 'client', '__ip_queue_xmit');
    assert.deepEqual(down, ['__ip_queue_xmit', ...DOWN_IP, ...NOQUEUE, 'loopback_xmit', 'netif_rx', 'netif_rx_internal', 'enqueue_to_backlog', '____napi_schedule']);
    const up = callsFrom(evs, 'box/softirq', 'net_rx_action');
    assert.deepEqual(up.slice(0, 6 + UP_IP.length + 1), ['net_rx_action', 'napi_poll', 'process_backlog', '__netif_receive_skb', '__netif_receive_skb_one_core', '__netif_receive_skb_core', ...UP_IP, 'tcp_v4_rcv']);
    // the whole handshake went through lo: no NIC interrupt on this host
    assert.equal(callsFrom(evs, 'box/softirq', 'napi_schedule').length, 0);
    assert.ok(findFunction('loopback_xmit'));
  });

  it('the skb\'s data moves as the layers push and pull their headers', () => {
    const run = builtin('data-exchange');
    const seen: Array<{ fn: string; data: number; len: number; nh: number; th: number }> = [];
    const watch = ['__ip_queue_xmit', 'dev_queue_xmit', 'ip_rcv', 'ip_protocol_deliver_rcu'].map((n) => findFunction(n)!.id);
    run.engine.setFunctionBreakpoints(watch);
    for (;;) {
      const s = run.engine.run();
      if (s.reason !== 'function breakpoint') break;
      const f = run.engine.current!.stack.at(-1)!;
      const skb = f.vars.skb as SkBuff;
      if (skb.payload === 'hello, server') seen.push({ fn: f.fn.name, data: skb.data, len: skb.tail - skb.data, nh: skb.network_header, th: skb.transport_header });
    }
    const n = 'hello, server'.length;
    assert.deepEqual(seen.map((x) => x.fn), ['__ip_queue_xmit', 'dev_queue_xmit', 'ip_rcv', 'ip_protocol_deliver_rcu']);
    // TCP pushed its 20 bytes in front of the payload reserved MAX_TCP_HEADER in
    assert.deepEqual(seen[0], { fn: '__ip_queue_xmit', data: MAX_TCP_HEADER - 20, len: 20 + n, nh: 0xffff, th: MAX_TCP_HEADER - 20 });
    // IP's 20, then the Ethernet header's 14 (neigh_hh_output)
    assert.deepEqual(seen[1], { fn: 'dev_queue_xmit', data: MAX_TCP_HEADER - 54, len: 54 + n, nh: MAX_TCP_HEADER - 40, th: MAX_TCP_HEADER - 20 });
    // the receiver: the Ethernet header pulled (eth_type_trans), then the IP header (ip_local_deliver_finish)
    assert.equal(seen[2].data, MAX_TCP_HEADER - 40);
    assert.equal(seen[2].len, 40 + n);
    assert.deepEqual({ data: seen[3].data, len: seen[3].len, th: seen[3].th }, { data: MAX_TCP_HEADER - 20, len: 20 + n, th: MAX_TCP_HEADER - 20 });
  });
});
