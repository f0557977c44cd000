// poll() and select() over several descriptors (fs/select.c): do_poll / do_select ask every entry,
// the first pass puts one wait-queue entry (pollwake) on each socket, the task sleeps in
// poll_schedule_timeout until any of them wakes it, then asks all of them again.

import { strict as assert } from 'node:assert';
import { events, scenario, sockOf, untilPause } from '../helpers';
import type { ScenarioRun } from '../../src/scenario/runner';
import type { TraceEvent } from '../../src/kernel/core/trace';

/** A listener and two accepted connections (c1 = 4, c2 = 5); the second client's data waits unread on c2. */
const SERVER = `
host server 10.0.0.1
host client 10.0.0.2
server: lfd = socket(AF_INET, SOCK_STREAM, 0)
server: bind(lfd, 10.0.0.1:8080)                        = 0
server: listen(lfd, 16)                                 = 0
client: a = socket(AF_INET, SOCK_STREAM, 0)
client: connect(a, 10.0.0.1:8080)                       = 0
client: b = socket(AF_INET, SOCK_STREAM, 0)
client: connect(b, 10.0.0.1:8080)                       = 0
sleep 5ms
server: c1 = accept(lfd)                                = 4
server: c2 = accept(lfd)                                = 5
`;

function run(text: string): ScenarioRun {
  const r = scenario(SERVER + text, { traceLines: true });
  return r;
}

function finished(r: ScenarioRun): void {
  r.runToEnd();
  assert.deepEqual(r.problems, []);
}

/** For each `call` system call of `task`: how many times it entered `fn` (the trace marks a system call where it returns). */
function entersPerCall(evs: TraceEvent[], task: string, call: string, fn: string): number[] {
  const out: number[] = [];
  let n = 0;
  for (const e of evs) {
    if (!('task' in e) || e.task !== task) continue;
    if (e.ev === 'syscall') {
      if (e.call === call) out.push(n);
      n = 0;
    } else if (e.ev === 'enter' && e.fn === fn) n++;
  }
  return out;
}

describe('poll and select over several descriptors', () => {
  it('a listener and two connections polled together: each ready one with its revents, in the array\'s order', () => {
    const r = run(`
client: c = socket(AF_INET, SOCK_STREAM, 0)
client: connect(c, 10.0.0.1:8080)                       = 0
client: write(b, "hello")                               = 5
client: shutdown(a, SHUT_WR)                            = 0
sleep 5ms
server: poll([lfd POLLIN, c1 POLLIN | POLLRDHUP, c2 POLLIN | POLLOUT, -1 POLLIN, 9 POLLOUT], 0) = "3:POLLIN 4:POLLIN|POLLRDHUP 5:POLLIN|POLLOUT 9:POLLNVAL"
server: poll([c2 POLLOUT, c1 POLLOUT, lfd POLLOUT], 0)   = "5:POLLOUT 4:POLLOUT"
server: select([lfd, c1, c2], [c2], [lfd, c1, c2], 0)   = "in [3 4 5], out [5]"
server: select([c1, c2], [c1], 0)                       = "in [4 5], out [4]"
`);
    finished(r);
    // the count is the number of ready entries, not of bits
    const polls = r.results.filter((x) => x.stmt.fn === 'poll').map((x) => x.ret);
    assert.deepEqual(polls, [4, 2]);
    const selects = r.results.filter((x) => x.stmt.fn === 'select').map((x) => x.ret);
    assert.deepEqual(selects, [4, 3], 'select counts a descriptor once per set it is ready in');
  });

  it('the first pass puts one pollwake entry on each polled socket; the task sleeps in poll_schedule_timeout, and the entries go when poll returns', () => {
    const r = run(`
server: poll([lfd POLLIN, c1 POLLIN, c2 POLLIN], -1) &  = "5:POLLIN"
pause "asleep"
client: write(b, "hello")                               = 5
server: wait
pause "returned"
`);
    assert.equal(untilPause(r).reason, 'pause');
    const task = r.processes.get('server')!.task;
    assert.deepEqual([...task.stack].reverse().map((f) => f.fn.name).slice(0, 3), ['poll_schedule_timeout', 'do_poll', 'do_sys_poll']);
    assert.equal(task.waitChannel, 'poll_schedule_timeout', 'as /proc/PID/wchan says');
    for (const name of ['lfd', 'c1', 'c2']) {
      const wq = sockOf(r, 'server', name).sk_socket!.wq;
      assert.deepEqual(wq.waiters.map((w) => w.name), ['pollwake (server)'], `one entry on ${name}'s wait queue`);
    }
    assert.equal(untilPause(r).reason, 'pause');
    for (const name of ['lfd', 'c1', 'c2']) assert.deepEqual(sockOf(r, 'server', name).sk_socket!.wq.waiters, [], `poll_freewait took ${name}'s entry off`);
    finished(r);
  });

  it('woken by any one of them, it asks every descriptor again, and returns the ready one', () => {
    const r = run(`
server: poll([lfd POLLIN, c1 POLLIN, c2 POLLIN], -1) &  = "5:POLLIN"
sleep 5ms
client: write(b, "hello")                               = 5
server: wait
server: read(c2, 100)                                   = "hello"
server: select([lfd, c1, c2], [], -1) &                 = "in [4]"
sleep 5ms
client: write(a, "x")                                   = 1
server: wait
`);
    finished(r);
    const evs = events(r);
    // two passes: the first (3 do_pollfd, entries queued), the one after the wake-up (3 again)
    assert.deepEqual(entersPerCall(evs, 'server', 'poll', 'do_pollfd'), [6]);
    assert.deepEqual(entersPerCall(evs, 'server', 'poll', 'poll_schedule_timeout'), [1]);
    assert.deepEqual(entersPerCall(evs, 'server', 'select', 'poll_schedule_timeout'), [1]);
    // select asks each socket through sock_poll on each pass too: 3 + 3
    assert.deepEqual(entersPerCall(evs, 'server', 'select', 'sock_poll'), [6]);
  });

  it('a wake-up whose key meets the entry\'s but readies nothing asked for (sk_data_ready\'s key carries EPOLLPRI, asked of c1): it asks again, adds no second entry, and sleeps again until the timeout', () => {
    const r = run(`
server: poll([lfd POLLIN, c1 POLLPRI], 50) &            = 0
sleep 5ms
client: write(a, "x")                                   = 1
sleep 5ms
pause "woken by the data, asked again, asleep again"
server: wait
`);
    assert.equal(untilPause(r).reason, 'pause');
    assert.deepEqual(sockOf(r, 'server', 'c1').sk_socket!.wq.waiters.map((w) => w.name), ['pollwake (server)'], 'still one entry');
    const evs = events(r);
    const pst = evs.filter((e) => e.ev === 'enter' && e.task === 'server' && e.fn === 'poll_schedule_timeout').length;
    assert.equal(pst, 2, 'asleep a second time');
    assert.equal(evs.filter((e) => e.ev === 'enter' && e.task === 'server' && e.fn === 'do_pollfd').length, 4, 'two passes over the two entries');
    finished(r);
    assert.equal(r.results.find((x) => x.stmt.fn === 'poll')!.t - r.results.find((x) => x.stmt.fn === 'accept' && x.stmt.assign === 'c2')!.t, 50_000);
  });

  it('pollwake passes over a wake-up about other events: a poll of POLLOUT alone on a listener sleeps through a connection arriving (sk_data_ready, key EPOLLIN…) until its timeout', () => {
    const r = run(`
server: poll([lfd POLLOUT], 50) &                       = 0
sleep 5ms
client: c = socket(AF_INET, SOCK_STREAM, 0)
client: connect(c, 10.0.0.1:8080)                       = 0
sleep 5ms
pause "the connection is in the accept queue; the poller still asleep"
server: wait
server: poll([lfd POLLIN | POLLOUT], 0)                 = "3:POLLIN"
`);
    assert.equal(untilPause(r).reason, 'pause');
    const task = r.processes.get('server')!.task;
    assert.equal(task.state, 'sleeping');
    assert.equal(task.waitChannel, 'poll_schedule_timeout');
    const evs = events(r);
    const wakes = evs.filter((e) => e.ev === 'enter' && (e.fn === 'pollwake' || e.fn === '__pollwake'));
    assert.deepEqual(wakes.map((e) => e.ev === 'enter' && e.fn), ['pollwake'], 'pollwake ran (in the waker) and returned 0: no __pollwake');
    assert.notEqual(wakes[0].ev === 'enter' && wakes[0].task, 'server', 'the waker ran it, not the poller');
    finished(r);
    const all = events(r);
    // one pass, the sleep, the pass after the timeout: never woken in between
    assert.deepEqual(entersPerCall(all, 'server', 'poll', 'do_pollfd'), [2, 1]);
    assert.deepEqual(entersPerCall(all, 'server', 'poll', 'poll_schedule_timeout'), [1, 0]);
    assert.equal(all.filter((e) => e.ev === 'enter' && e.fn === '__pollwake').length, 0);
    const k = r.results.findIndex((x) => x.stmt.fn === 'poll');
    assert.equal(r.results[k].t - r.results.find((x) => x.stmt.fn === 'accept' && x.stmt.assign === 'c2')!.t, 50_000, 'returned at its timeout');
  });

  it('select keys every entry with POLLEX_SET (EPOLLPRI) too (wait_key_set): a select on writefds alone is woken by the same connection, asks again and sleeps again', () => {
    const r = run(`
server: select([], [lfd], 50) &                         = 0
sleep 5ms
client: c = socket(AF_INET, SOCK_STREAM, 0)
client: connect(c, 10.0.0.1:8080)                       = 0
server: wait
`);
    finished(r);
    const evs = events(r);
    assert.deepEqual(evs.filter((e) => e.ev === 'enter' && (e.fn === 'pollwake' || e.fn === '__pollwake')).map((e) => e.ev === 'enter' && e.fn), ['pollwake', '__pollwake']);
    // the first pass, the one after the wake-up, the one after the timeout
    assert.deepEqual(entersPerCall(evs, 'server', 'select', 'sock_poll'), [3]);
    assert.deepEqual(entersPerCall(evs, 'server', 'select', 'poll_schedule_timeout'), [2]);
  });

  it('with a timeout and nothing ready, poll_schedule_timeout returns 0 when the time is up: poll and select return 0 then', () => {
    const r = run(`
server: poll([lfd POLLIN, c1 POLLIN], 30)               = 0
server: select([lfd, c1], [], 40)                       = 0
`);
    finished(r);
    const k = r.results.findIndex((x) => x.stmt.fn === 'poll');
    const [start, p, s] = [r.results[k - 1].t, r.results[k], r.results[k + 1]];
    assert.ok(p.t - start >= 30_000 && p.t - start < 31_000, `poll returned after ${p.t - start} µs`);
    assert.ok(s.t - p.t >= 40_000 && s.t - p.t < 41_000, `select returned after ${s.t - p.t} µs`);
  });

  it('select: a descriptor that is not open in any set is EBADF, before anything is asked', () => {
    const r = run(`
server: select([lfd, c1], [9], 0)                       = -1 EBADF
server: poll([], 10)                                    = 0
`);
    finished(r);
  });
});
