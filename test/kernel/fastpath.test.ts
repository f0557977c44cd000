// The fast path (scripts/twins.cjs, written by scripts/gen-kernel.ts: plain twins of the kernel functions that cannot sleep, run
// while nothing can pause) must be invisible: every built-in scenario leaves the same trace, line
// for line, the same results and the same step count as the generators alone (a line observer
// keeps the engine off the fast path).

import { strict as assert } from 'node:assert';
import { builtinNames } from '../../src/scenario/builtins';
import { tcp_v4_rcv, tcp_v4_connect } from '../../src/kernel/gen/net/ipv4/tcp_ipv4';
import { inet_stream_connect } from '../../src/kernel/gen/net/ipv4/af_inet';
import { builtin, scenario } from '../helpers';
import type { ScenarioRun } from '../../src/scenario/runner';
import { ENTER, EXIT, TraceBuffer } from '../../src/kernel/core/trace';
import { ANCHORS, FUNCTIONS, findFunction } from '../../src/kernel/core/anchors';

describe('fast path', () => {
  it('is loaded: kernel functions that cannot sleep have twins, blocking ones do not', () => {
    assert.equal(typeof (tcp_v4_rcv as unknown as { fast?: unknown }).fast, 'function');
    assert.equal(typeof (tcp_v4_connect as unknown as { fast?: unknown }).fast, 'function');
    assert.equal((inet_stream_connect as unknown as { fast?: unknown }).fast, undefined);
  });

  const same = (fast: ScenarioRun, slow: ScenarioRun) => {
    slow.engine.setTwins(false);
    assert.equal(fast.engine.fast, true);
    assert.equal(slow.engine.fast, false);
    const a = fast.runToEnd();
    const b = slow.runToEnd();
    assert.deepEqual({ ...a, task: a.task?.name }, { ...b, task: b.task?.name });
    assert.equal(fast.engine.steps, slow.engine.steps);
    assert.deepEqual(fast.engine.trace!.toArray(), slow.engine.trace!.toArray());
    // (the twins write a run of consecutive lines as one entry: never more entries than the generators)
    assert.ok(fast.engine.trace!.length <= slow.engine.trace!.length);
    assert.deepEqual(fast.results, slow.results);
    assert.deepEqual(fast.problems, slow.problems);
  };

  for (const name of builtinNames()) {
    it(`${name}: the same trace, results and steps with and without it`, () => {
      same(builtin(name, { trace: true, traceLines: true }), builtin(name, { trace: true, traceLines: true }));
    });
  }

  it('a line observer sees the same lines, tasks and depths from the twins as from the generators (every built-in)', () => {
    for (const name of builtinNames()) {
      const seen: string[][] = [[], []];
      const runs = [builtin(name, { trace: false }), builtin(name, { trace: false })];
      runs[1].engine.setTwins(false);
      runs.forEach((r, i) => (r.engine.lineObserver = (task, depth, anchor) => seen[i].push(`${task}/${depth}/${anchor}`)));
      assert.equal(runs[0].engine.fast, true, 'an observer does not keep the twins off');
      runs.forEach((r) => r.runToEnd());
      assert.equal(seen[0].length, seen[1].length, name);
      assert.deepEqual(seen[0], seen[1], name);
    }
  });

  it("the debugger's lines-only record (lineRecord), read backwards, gives every line's task and depth, newest first, as an observer saw them (every built-in)", () => {
    for (const name of builtinNames()) {
      const seen: number[] = [];
      const watched = builtin(name, { trace: false });
      watched.engine.setTwins(false);
      watched.engine.lineObserver = (task, depth) => seen.push(task * 4096 + depth);
      const recorded = builtin(name, { trace: false, lineRecord: true });
      assert.equal(recorded.engine.fast, true);
      watched.runToEnd();
      recorded.runToEnd();
      const back = [...recorded.engine.lineTrace!.linesBackward()];
      assert.ok(back.length > 100, name);
      assert.deepEqual(back, seen.reverse(), name);
    }
  });

  it('with breakpoints, twins run where none can hit: the same stops, steps, stacks and frames as without twins', () => {
    for (const [fn, text] of [['tcp_conn_request', 'inet_csk_reqsk_queue_hash_add(sk, req,'], ['inet_csk_accept', 'newsk = req->sk;'], ['__inet_hash_connect', '']]) {
      const f = findFunction(fn)!;
      const stops: string[][] = [[], []];
      const runs = [builtin('two-clients-one-port'), builtin('two-clients-one-port')];
      runs[1].engine.setTwins(false);
      runs.forEach((r, i) => {
        if (text) r.engine.setLineBreakpoints([f.anchors.find((a) => ANCHORS[a].text.startsWith(text))!]);
        else r.engine.setFunctionBreakpoints([f.id]);
        for (let n = 0; n < 50; n++) {
          const s = r.engine.run();
          if (s.reason === 'end' || s.reason === 'deadlock' || s.reason === 'error') break;
          const st = s.task?.stack ?? [];
          stops[i].push(`${s.reason} step ${r.engine.steps} ${st.map((x) => `${x.fn.name}:${x.line}`).join(' < ')} vars ${Object.keys(st.at(-1)?.vars ?? {}).join(',')}`);
        }
      });
      assert.ok(stops[0].length > 0, `${fn}: stops`);
      assert.deepEqual(stops[0], stops[1], fn);
      // and the twins did run: some function the breakpoint cannot be reached from is allowed
      assert.ok(runs[0].engine.twinOk.some((x) => x === 1), `${fn}: some twins allowed`);
    }
  });

  it("the bench's lifecycle workload: the same trace, results and steps with and without it", () => {
    const lines = ['host server 10.0.0.1', 'process client on server', 'server: lfd = socket(AF_INET, SOCK_STREAM, 0)', 'server: bind(lfd, 10.0.0.1:8080)', 'server: listen(lfd, 128)'];
    for (let i = 0; i < 40; i++) {
      lines.push('client: fd = socket(AF_INET, SOCK_STREAM, 0)', 'client: connect(fd, 10.0.0.1:8080) = 0', 'server: cfd = accept(lfd)', 'server: close(cfd) = 0', 'client: close(fd) = 0');
    }
    const text = lines.join('\n');
    const fast = scenario(text, { traceLines: true });
    const slow = scenario(text, { traceLines: true });
    same(fast, slow);
    // most lines follow another of their function with nothing between that could write: runs; most
    // functions start with such a run, which their enter's entry carries, and many end with one
    // before a plain return, which their exit's entry carries (without the exits': ~0.69)
    assert.ok(fast.engine.trace!.length < 0.67 * slow.engine.trace!.length, `${fast.engine.trace!.length} entries vs ${slow.engine.trace!.length}`);
  });

  it("the twins' inline write (pos < lim) records the clock after it moves and after a rich event at another time", () => {
    // the write scripts/twins.cjs, written by scripts/gen-kernel.ts generates for a line, enter or exit, against a buffer fed only through op()
    const fast = new TraceBuffer((id) => `task${id}`);
    const slow = new TraceBuffer((id) => `task${id}`);
    const t = fast as unknown as { pos: number; lim: number; cur: Int32Array };
    const write = (now: number, op: number) => {
      if (t.pos < t.lim) t.cur[t.pos++] = op;
      else fast.op(now, op);
      slow.op(now, op);
    };
    const fn = FUNCTIONS[0].id;
    const a = [0, 1, 2].map((i) => ANCHORS[i % ANCHORS.length].id);
    fast.context(1, 1);
    slow.context(1, 1);
    write(0, ENTER | fn);
    for (let i = 0; i < 5000; i++) write(0, a[i % 3]); // past the first chunk
    fast.clockMoved();
    write(7, a[0]);
    write(7, a[1]);
    const ev = { ev: 'note' as const, t: 3, host: 'h', text: 'earlier' };
    fast.push(ev);
    slow.push(ev);
    write(7, a[2]);
    write(7, EXIT | fn);
    assert.deepEqual(fast.toArray(), slow.toArray());
    assert.equal(fast.length, slow.length);
    assert.deepEqual(fast.toArray().filter((e) => e.ev === 'line').map((e) => e.t).slice(-3), [7, 7, 7]);
    assert.deepEqual(fast.toArray().filter((e) => e.ev === 'line').map((e) => (e as { depth: number }).depth).slice(-1), [2]);
  });

  it('a context that does not fit a packed entry, and clear() keeps the task and depth for what follows', () => {
    const b = new TraceBuffer((id) => `task${id}`);
    const a = ANCHORS[0].id;
    b.context(70000, 5000);
    b.op(0, ENTER | FUNCTIONS[0].id);
    b.op(0, a);
    b.context(2, 3);
    b.clear();
    b.op(0, a);
    const evs = b.toArray() as { task: string; depth: number }[];
    assert.deepEqual(
      evs.map((e) => [e.task, e.depth]),
      [['task2', 3]],
    );
    const c = new TraceBuffer((id) => `task${id}`);
    c.context(70000, 5000);
    c.op(0, ENTER | FUNCTIONS[0].id);
    c.op(0, a);
    const line = c.toArray()[1] as { task: string; depth: number };
    assert.deepEqual([line.task, line.depth], ['task70000', 5001]);
  });
});
