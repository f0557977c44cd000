// epoll's wake-ups (fs/eventpoll.c ep_poll_callback): a socket wakes its wait queue with a key — the
// events that happened (sock_def_readable: EPOLLIN | EPOLLPRI | EPOLLRDNORM | EPOLLRDBAND,
// sock_def_wakeup: none) — and ep_poll_callback readies an epitem only for a key its events ask for;
// an edge-triggered item (EPOLLET) is readied by each new arrival and by nothing else. The callback
// runs stepped inside the softirq that received the segment: a breakpoint there stops in it.

import { strict as assert } from 'node:assert';
import { builtin, events, scenario, untilPause } from '../helpers';
import { findFunction } from '../../src/kernel/core/anchors';
import type { Epitem, Eventpoll } from '../../src/kernel/include/linux/eventpoll';
import type { File } from '../../src/kernel/include/linux/net';
import type { LineEvent, TraceEvent } from '../../src/kernel/core/trace';
import type { ScenarioRun } from '../../src/scenario/runner';

const SETUP = `
host server 10.0.0.1
host client 10.0.0.2
server: lfd = socket(AF_INET, SOCK_STREAM, 0)
server: bind(lfd, 10.0.0.1:8080) = 0
server: listen(lfd, 16) = 0
client: fd = socket(AF_INET, SOCK_STREAM, 0)
client: connect(fd, 10.0.0.1:8080) = 0
server: cfd = accept(lfd) = 4
server: ep = epoll_create1(0) = 5
`;

/** The epitem watching the server's fd 4. */
function epitem(run: ScenarioRun): Epitem {
  const p = run.processes.get('server')!;
  const ep = (p.fdtable.get(p.names.get('ep')!) as File).private_data as Eventpoll;
  return ep.rbr.get(4)!;
}

/** The lines of ep_poll_callback the run executed, as `fn:text`-free line numbers of the rendition, per call. */
function callbackLines(run: ScenarioRun): string[][] {
  const calls: string[][] = [];
  let cur: string[] | null = null;
  for (const e of events(run) as TraceEvent[]) {
    if (e.ev === 'enter' && e.fn === 'ep_poll_callback') calls.push((cur = []));
    else if (e.ev === 'exit' && e.fn === 'ep_poll_callback') cur = null;
    else if (e.ev === 'line' && cur && (e as LineEvent).fn === 'ep_poll_callback') cur.push(String((e as LineEvent).line));
  }
  return calls;
}

describe('epoll wake-ups (ep_poll_callback)', () => {
  it('an EPOLLOUT-only registration is not readied by data arriving: the key EPOLLIN does not meet its events', () => {
    const run = scenario(`${SETUP}
server: epoll_ctl(ep, EPOLL_CTL_ADD, cfd, EPOLLOUT | EPOLLET) = 0
server: epoll_wait(ep, 4, 0) = "4:EPOLLOUT"
server: epoll_wait(ep, 4, 0) = 0
client: write(fd, "abc") = 3
sleep 5ms
pause "data arrived"
server: epoll_wait(ep, 4, 0) = 0
server: epoll_ctl(ep, EPOLL_CTL_MOD, cfd, EPOLLIN | EPOLLOUT | EPOLLET) = 0
server: epoll_wait(ep, 4, 0) = "4:EPOLLIN|EPOLLOUT"
`, { traceLines: true });
    assert.equal(untilPause(run).reason, 'pause');
    assert.equal(epitem(run).rdllink, false, 'the data did not put the item on the ready list');
    // the callback ran for the data, and left at the key check (goto out_unlock, fs/eventpoll.c:1236)
    const calls = callbackLines(run);
    assert.equal(calls.length, 1, `one wake-up with the item hooked: ${JSON.stringify(calls)}`);
    assert.ok(calls[0].includes('1235') && calls[0].includes('1236'), `the key filter: ${calls[0].join(' ')}`);
    assert.ok(!calls[0].includes('1252'), 'never reached list_add_tail');
    const end = run.runToEnd();
    assert.equal(end.reason, 'end');
    assert.deepEqual(run.problems, []);
  });

  it('an EPOLLET item is readied once per new arrival, not by the ACK of its own data (an unrelated wake-up)', () => {
    const run = scenario(`${SETUP}
server: epoll_ctl(ep, EPOLL_CTL_ADD, cfd, EPOLLIN | EPOLLET) = 0
server: epoll_wait(ep, 4, 0) = 0
client: write(fd, "abc") = 3
sleep 5ms
server: epoll_wait(ep, 4, 0) = "4:EPOLLIN"
server: epoll_wait(ep, 4, 0) = 0
server: write(cfd, "x") = 1
sleep 60ms
client: read(fd, 10) = "x"
server: epoll_wait(ep, 4, 0) = 0
client: write(fd, "d") = 1
sleep 5ms
server: epoll_wait(ep, 4, 0) = "4:EPOLLIN"
server: epoll_wait(ep, 4, 0) = 0
client: write(fd, "e") = 1
sleep 5ms
server: epoll_wait(ep, 4, 0) = "4:EPOLLIN"
server: read(cfd, 100) = "abcde"
`, { traceLines: true });
    assert.equal(run.runToEnd().reason, 'end');
    assert.deepEqual(run.problems, []);
    // one callback per arriving segment with data, each putting the item on the list
    const calls = callbackLines(run);
    assert.equal(calls.length, 3, `three arrivals, three callbacks: ${JSON.stringify(calls)}`);
    for (const c of calls) assert.ok(c.includes('1252') && !c.includes('1236'), `readied: ${c.join(' ')}`);
  });

  it('a state change (the peer\'s FIN: no key) readies an EPOLLOUT-only edge item', () => {
    const run = scenario(`${SETUP}
server: epoll_ctl(ep, EPOLL_CTL_ADD, cfd, EPOLLOUT | EPOLLET) = 0
server: epoll_wait(ep, 4, 0) = "4:EPOLLOUT"
server: epoll_wait(ep, 4, 0) = 0
client: shutdown(fd, SHUT_WR) = 0
sleep 5ms
server: epoll_wait(ep, 4, 0) = "4:EPOLLOUT"
server: epoll_wait(ep, 4, 0) = 0
`);
    assert.equal(run.runToEnd().reason, 'end');
    assert.deepEqual(run.problems, []);
  });

  it('a breakpoint on ep_poll_callback stops in the server\'s softirq when the segment\'s arrival wakes the socket', () => {
    const run = builtin('epoll-server');
    run.engine.setFunctionBreakpoints([findFunction('ep_poll_callback')!.id]);
    let s = run.engine.run();
    while (s.reason === 'pause') s = run.engine.run();
    assert.equal(s.reason, 'function breakpoint');
    assert.equal(s.task!.name, 'server/softirq');
    const stack = [...run.engine.current!.stack].reverse().map((f) => f.fn.name);
    assert.equal(stack[0], 'ep_poll_callback');
    // the listener's child joined its accept queue: tcp_child_process → sk_data_ready
    assert.ok(stack.includes('tcp_child_process') && stack.includes('tcp_v4_rcv'), stack.join(' < '));
    const f = run.engine.current!.stack[run.engine.current!.stack.length - 1];
    assert.equal(f.vars.key, 0x1 | 0x2 | 0x40 | 0x80, 'sock_def_readable\'s key: EPOLLIN | EPOLLPRI | EPOLLRDNORM | EPOLLRDBAND');
    // and the run goes on to the end with every expectation held
    run.engine.setFunctionBreakpoints([]);
    assert.equal(run.runToEnd().reason, 'end');
    assert.deepEqual(run.problems, []);
  });
});
