// The lesson's flow, checked at the moments a reader stops to look: after listen(), mid-handshake,
// after the final ACK, after accept() — with the kernel's own field names and states.

import { strict as assert } from 'node:assert';
import { LESSON, scenario, untilPause, sockOf, stateSequences, events } from '../helpers';
import { inet_csk } from '../../src/kernel/include/net/inet_connection_sock';
import { tcp_sk } from '../../src/kernel/include/linux/tcp';
import { inet_sk } from '../../src/kernel/include/net/inet_sock';
import { TcpSock } from '../../src/kernel/include/linux/tcp';
import { TcpRequestSock } from '../../src/kernel/include/net/request_sock';
import {
  TCP_LISTEN, TCP_NEW_SYN_RECV, TCP_ESTABLISHED, TCP_SYN_SENT,
} from '../../src/kernel/include/net/tcp_states';
import type { PacketEvent } from '../../src/kernel/core/trace';

describe('the lesson: socket → bind → listen → accept ← connect', () => {
  const run = scenario(LESSON);
  const server = run.world.hosts[0];
  const ehash = () => [...server.net.tcp_hashinfo.ehash.values()];

  it('after listen(): the socket is LISTEN, in the listening hash (not ehash), with its backlog', () => {
    const stop = untilPause(run);
    assert.equal(stop.message, 'after listen');
    const lsk = sockOf(run, 'server', 'lfd');
    assert.ok(lsk instanceof TcpSock, 'sk_alloc took a whole tcp_sock from tcp_prot');
    assert.equal(lsk.sk_state, TCP_LISTEN);
    assert.equal(lsk.sk_max_ack_backlog, 128);
    assert.deepEqual(server.net.tcp_hashinfo.lhash2.get('10.0.0.1:8080'), [lsk]);
    assert.equal(ehash().length, 0);
    assert.equal(inet_sk(lsk).inet_num, 8080);
    assert.equal(inet_csk(lsk).icsk_bind_hash!.port, 8080);
    // the casts are views of one object
    assert.equal(inet_sk(lsk), lsk);
    assert.equal(inet_csk(lsk), lsk);
    assert.equal(tcp_sk(lsk), lsk);
    // the two-layer dispatch: socket->ops and sk->sk_prot
    const sock = lsk.sk_socket!;
    assert.equal(sock.ops!.name, 'inet_stream_ops');
    assert.equal(lsk.sk_prot.name, 'TCP');
  });

  it('mid-handshake: a request sock in NEW_SYN_RECV sits in the established hash; the listener only counts it', () => {
    untilPause(run);
    const lsk = sockOf(run, 'server', 'lfd');
    const reqs = ehash().filter((s) => s instanceof TcpRequestSock);
    assert.equal(reqs.length, 1);
    const req = reqs[0] as TcpRequestSock;
    assert.equal(req.sk_state, TCP_NEW_SYN_RECV);
    assert.equal(req.rsk_listener, lsk);
    assert.equal(inet_csk(lsk).icsk_accept_queue.qlen, 1, 'qlen counts the half-open connection');
    assert.equal(inet_csk(lsk).icsk_accept_queue.rskq_accept_head, null, 'the accept queue is empty');
    assert.equal(lsk.sk_ack_backlog, 0);
    assert.equal(req.rsk_timer!.pending, true, 'the SYN-ACK retransmit timer is armed');
    // the client is in SYN_SENT, hashed in its own ehash
    const csk = sockOf(run, 'client', 'fd');
    assert.equal(csk.sk_state, TCP_SYN_SENT);
    // no tracepoint fired for the request sock
    assert.equal(stateSequences(run).has(req.addr), false);
  });

  it('after the SYN-ACK: the client is ESTABLISHED while the server still holds only the request sock', () => {
    untilPause(run);
    assert.equal(sockOf(run, 'client', 'fd').sk_state, TCP_ESTABLISHED);
    assert.equal(ehash().filter((s) => s instanceof TcpRequestSock).length, 1);
  });

  it('after the final ACK and accept(): the child replaced the request sock, went through the accept queue and is grafted to a new socket', () => {
    untilPause(run);
    const lsk = sockOf(run, 'server', 'lfd');
    const child = sockOf(run, 'server', 'cfd');
    assert.notEqual(child, lsk);
    assert.equal(child.sk_state, TCP_ESTABLISHED);
    assert.equal(ehash().length, 1);
    assert.equal(ehash()[0], child, 'the child took the request sock\'s place in ehash');
    assert.equal(inet_csk(lsk).icsk_accept_queue.qlen, 0);
    assert.equal(lsk.sk_ack_backlog, 0, 'accept() took it off the queue');
    assert.equal(child.sk_socket!.file, run.processes.get('server')!.fdtable.get(4));
    assert.equal(child.sk_socket!.state, 'SS_CONNECTED');
    // same local port, different sockets: the 4-tuple tells them apart
    assert.equal(inet_sk(child).inet_num, inet_sk(lsk).inet_num);
    assert.equal(child.inet_daddr, '10.0.0.2');
    assert.equal(inet_csk(child).icsk_bind_hash, inet_csk(lsk).icsk_bind_hash, 'the child inherited the listener\'s bind bucket');
    // sequence numbers line up across the two ends
    const c = tcp_sk(sockOf(run, 'client', 'fd'));
    const s = tcp_sk(child);
    assert.equal(c.snd_nxt, s.rcv_nxt);
    assert.equal(s.snd_nxt, c.rcv_nxt);
  });

  it('reports the state transitions the real kernel reports, in its order', () => {
    const r = untilPause(run);
    assert.equal(r.reason, 'end');
    const seqs = [...stateSequences(run).values()];
    assert.deepEqual(seqs, [['CLOSE>LISTEN'], ['CLOSE>SYN_SENT', 'SYN_SENT>ESTABLISHED'], ['LISTEN>SYN_RECV', 'SYN_RECV>ESTABLISHED']]);
    const first = events(run).find((e) => e.ev === 'inet_sock_set_state' && e.newstate === 'TCP_SYN_SENT');
    assert.equal(first && 'sport' in first ? first.sport : -1, 0, 'SYN_SENT is set before the source port is chosen');
    const flags = events(run).filter((e): e is PacketEvent => e.ev === 'packet' && e.proto !== 'ARP').map((p) => p.flags);
    assert.deepEqual(flags, ['S', 'S.', '.']);
    assert.deepEqual(run.problems, []);
  });
});

describe('segments carry real TCP header fields', () => {
  it('SYN, SYN-ACK and ACK acknowledge each other\'s ISN + 1, with the MSS option on the SYNs', () => {
    const run = scenario(LESSON.replace(/pause .*/g, ''));
    run.runToEnd();
    const [syn, synack, ack] = events(run).filter((e): e is PacketEvent => e.ev === 'packet' && e.proto !== 'ARP');
    assert.equal(syn.mss, 1460);
    assert.equal(synack.mss, 1460);
    assert.equal(synack.ack, (syn.seq + 1) >>> 0);
    assert.equal(ack.seq, (syn.seq + 1) >>> 0);
    assert.equal(ack.ack, (synack.seq + 1) >>> 0);
    assert.equal(ack.mss, undefined);
    assert.equal(syn.sport, ack.sport);
  });
});
