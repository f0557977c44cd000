// The trace's packed rich events (TraceBuffer.setState, tcpPacket, syscall, tcpEvent) read back as
// the very objects the kernel code would have pushed, across chunks and after clear().

import { strict as assert } from 'node:assert';
import { ENTER, TraceBuffer, TraceEvent, setTcpStateNames } from '../../src/kernel/core/trace';
import { kaddr } from '../../src/kernel/core/kaddr';
import { ANCHORS } from '../../src/kernel/core/anchors';
// (the kernel's functions declare the anchors the lines below point at)
import '../../src/kernel/gen/net/ipv4/af_inet';
import { TCP_ESTABLISHED, TCP_SYN_SENT, tcpStateName } from '../../src/kernel/include/net/tcp_states';

// (the names start_kernel installs: this file may run before anything boots a world)
setTcpStateNames(tcpStateName);

describe('trace buffer', () => {
  /** Fires the same events into both buffers: numbers into one, objects into the other. */
  const fire = (packed: TraceBuffer, objects: TraceBuffer, i: number, t: number) => {
    const host = i % 3 ? 'server' : 'client';
    const a = `10.0.0.${i % 5}`;
    switch (i % 7) {
      case 0:
        packed.setState(t, host, '<idle>', i, a, 8080, '10.0.0.9', i & 0xffff, TCP_SYN_SENT, TCP_ESTABLISHED);
        objects.push({ ev: 'inet_sock_set_state', t, host, comm: '<idle>', skaddr: kaddr(i), family: 'AF_INET', protocol: 'IPPROTO_TCP', saddr: a, sport: 8080, daddr: '10.0.0.9', dport: i & 0xffff, oldstate: 'TCP_SYN_SENT', newstate: 'TCP_ESTABLISHED' });
        break;
      case 1:
      case 2: {
        const mss = i % 2 ? 1460 : 0;
        const dropped = i % 4 === 1 ? 'no host has this address' : '';
        packed.tcpPacket(t, a, 1000, '10.0.0.9', 80, 'S.', 0xfffffff0 + (i & 7), i * 7, 65535, i & 3, mss, dropped);
        const ev: TraceEvent = { ev: 'packet', t, saddr: a, sport: 1000, daddr: '10.0.0.9', dport: 80, flags: 'S.', seq: 0xfffffff0 + (i & 7), ack: i * 7, win: 65535, len: i & 3 };
        if (mss) ev.mss = mss;
        if (dropped) ev.dropped = dropped;
        objects.push(ev);
        break;
      }
      case 3:
        packed.syscall(t, host, 'connect', i);
        objects.push({ ev: 'syscall_enter', t, task: host, call: 'connect', scenarioLine: i });
        break;
      case 4:
        packed.syscall(t, host, 'connect', i, i % 2 ? -1 : 0, i % 2 ? 'ECONNREFUSED' : undefined);
        objects.push(i % 2 ? { ev: 'syscall', t, task: host, call: 'connect', ret: -1, errno: 'ECONNREFUSED', scenarioLine: i } : { ev: 'syscall', t, task: host, call: 'connect', ret: 0, scenarioLine: i });
        break;
      default: {
        const skb = i % 2 ? i + 1 : -1;
        packed.tcpEvent(t, 'tcp_send_reset', host, 'client', i, skb, a, 1, '10.0.0.9', 2, 1);
        objects.push(
          skb >= 0
            ? { ev: 'tcp_send_reset', t, host, comm: 'client', skaddr: kaddr(i), skbaddr: kaddr(skb), saddr: a, sport: 1, daddr: '10.0.0.9', dport: 2, state: 'TCP_ESTABLISHED' }
            : { ev: 'tcp_send_reset', t, host, comm: 'client', skaddr: kaddr(i), saddr: a, sport: 1, daddr: '10.0.0.9', dport: 2, state: 'TCP_ESTABLISHED' },
        );
      }
    }
  };

  it('packed rich events read back as the objects, field for field and in order, over many chunks', () => {
    const packed = new TraceBuffer((id) => `task${id}`);
    const objects = new TraceBuffer((id) => `task${id}`);
    for (let i = 0; i < 40000; i++) fire(packed, objects, i, Math.floor(i / 1000));
    const x = packed.toArray();
    const y = objects.toArray();
    assert.equal(x.length, 40000);
    assert.deepEqual(x, y);
    assert.deepEqual(x.map((e) => Object.keys(e).join()), y.map((e) => Object.keys(e).join()));
    assert.equal(packed.length, objects.length);
  });

  it('release() empties a trace, and the next traces reuse its memory without reading what it held', () => {
    // a big trace: several full-size chunks of lines and of rich-event fields
    const old = new TraceBuffer((id) => `task${id}`);
    const scrap = new TraceBuffer((id) => `task${id}`);
    for (let i = 0; i < 3_000_000; i++) old.op(i >> 10, (ENTER | (i & 0xff)) >>> 0);
    for (let i = 0; i < 20000; i++) fire(old, scrap, i, 7);
    old.release();
    assert.equal(old.length, 0);
    assert.deepEqual(old.toArray(), []);
    // the next trace grows into the pooled chunks: it reads back exactly what it recorded
    const packed = new TraceBuffer((id) => `task${id}`);
    const objects = new TraceBuffer((id) => `task${id}`);
    for (let i = 0; i < 2_500_000; i++) packed.op(3, 5);
    for (let i = 0; i < 30000; i++) fire(packed, objects, i, 9 + (i >> 12));
    const x = packed.toArray();
    assert.equal(x.length, 2_500_000 + 30000);
    const lines = x.slice(0, 2_500_000);
    assert.equal(lines.filter((e) => e.ev === 'line' && e.t === 3 && e.fn === ANCHORS[5].fn.name).length, 2_500_000);
    assert.deepEqual(x.slice(2_500_000), objects.toArray());
  });

  it('after clear(), packed rich events keep their time', () => {
    const packed = new TraceBuffer((id) => `task${id}`);
    const objects = new TraceBuffer((id) => `task${id}`);
    fire(packed, objects, 0, 5);
    packed.clear();
    objects.clear();
    for (let i = 1; i < 8; i++) fire(packed, objects, i, 5);
    assert.deepEqual(packed.toArray(), objects.toArray());
    assert.deepEqual(
      packed.toArray().map((e) => e.t),
      [5, 5, 5, 5, 5, 5, 5],
    );
  });
});
