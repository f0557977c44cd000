// pollwake's key filtering against the host kernel: how many times a task waiting in poll() or
// select() on a listener sleeps while a connection arrives. conformance/wakeups.py measures it on
// the host (the polling thread's voluntary context switches: one per sleep); the simulator counts
// its sleeps in poll_schedule_timeout for the same wait. A poll of POLLOUT alone is not woken by the
// connection (sk_data_ready's key EPOLLIN… misses its entry's key), select's writefds-only wait is
// (wait_key_set adds POLLEX_SET, and the key carries EPOLLPRI), a poll of POLLIN is woken and returns.
// The conformance columns compare results only; this compares the wake-ups. Needs python3 only
// (loopback on the host, no namespace).

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { events, scenario } from '../helpers';

const ROOT = path.resolve(__dirname, '..', '..');

const WAITS: Record<string, { call: string; ret: string }> = {
  poll_out: { call: 'poll([lfd POLLOUT], 1000)', ret: '0' },
  select_out: { call: 'select([], [lfd], 1000)', ret: '0' },
  poll_in: { call: 'poll([lfd POLLIN], 1000)', ret: '"3:POLLIN"' },
};

/** The simulator's sleeps in poll_schedule_timeout during the wait, the connection arriving 50 ms into it. */
function simulated(wait: { call: string; ret: string }): { sleeps: number; ret: number } {
  const r = scenario(`
host server 10.0.0.1
host client 10.0.0.2
server: lfd = socket(AF_INET, SOCK_STREAM, 0)   = 3
server: bind(lfd, 10.0.0.1:8080)                = 0
server: listen(lfd, 16)                         = 0
server: ${wait.call} &                          = ${wait.ret}
sleep 50ms
client: fd = socket(AF_INET, SOCK_STREAM, 0)    = 3
client: connect(fd, 10.0.0.1:8080)              = 0
server: wait
`, { traceLines: true });
  r.runToEnd();
  assert.deepEqual(r.problems, []);
  const sleeps = events(r).filter((e) => e.ev === 'enter' && e.task === 'server' && e.fn === 'poll_schedule_timeout').length;
  const res = r.results.find((x) => x.stmt.fn === 'poll' || x.stmt.fn === 'select')!;
  return { sleeps, ret: res.ret };
}

describe('poll and select wake-ups: the simulator sleeps as often as the host kernel', function () {
  this.timeout(60_000);
  let host: Record<string, { sleeps: number; ret: number; secs: number }> = {};
  before(() => {
    host = JSON.parse(execFileSync('python3', [path.join(ROOT, 'conformance', 'wakeups.py')], { encoding: 'utf8' }));
  });

  it('a poll of POLLOUT alone on a listener sleeps once, through the connection, until its timeout', () => {
    assert.ok(host.poll_out.secs >= 0.99, `the host's poll returned after ${host.poll_out.secs} s`);
    assert.deepEqual({ sleeps: host.poll_out.sleeps, ret: host.poll_out.ret }, { sleeps: 1, ret: 0 }, 'host');
    assert.deepEqual(simulated(WAITS.poll_out), { sleeps: 1, ret: 0 }, 'simulator');
  });

  it('select on writefds alone is woken by the connection (POLLEX_SET in its key), asks again and sleeps again', () => {
    assert.deepEqual({ sleeps: host.select_out.sleeps, ret: host.select_out.ret }, { sleeps: 2, ret: 0 }, 'host');
    assert.deepEqual(simulated(WAITS.select_out), { sleeps: 2, ret: 0 }, 'simulator');
  });

  it('a poll of POLLIN sleeps once and returns with the connection', () => {
    assert.ok(host.poll_in.secs < 0.9, `the host's poll returned after ${host.poll_in.secs} s`);
    assert.deepEqual({ sleeps: host.poll_in.sleeps, ret: host.poll_in.ret }, { sleeps: 1, ret: 1 }, 'host');
    assert.deepEqual(simulated(WAITS.poll_in), { sleeps: 1, ret: 1 }, 'simulator');
  });
});
