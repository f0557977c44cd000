// Stepping, as the debugger will use it: pause before any line, step in/over/out, breakpoints on
// lines and functions, stop at a step number (for time travel), and the snapshot at a pause.

import { strict as assert } from 'node:assert';
import { scenario, builtin, LESSON } from '../helpers';
import { ANCHORS, findFunction } from '../../src/kernel/core/anchors';
import { takeSnapshot, objectLayers } from '../../src/kernel/world/snapshot';
import type { BreakpointKind, Frame } from '../../src/kernel/core/engine';
import type { CallResult } from '../../src/scenario/runner';
import type { ScenarioRun } from '../../src/scenario/runner';

const SIMPLE = `
host server 10.0.0.1
server: lfd = socket(AF_INET, SOCK_STREAM, 0)
server: bind(lfd, 10.0.0.1:8080)
server: listen(lfd, 8)
`;

function stack(run: ScenarioRun): string[] {
  const t = run.engine.current;
  return t ? [...t.stack].reverse().map((f) => (f.fn.name === 'main' ? `line ${f.scenarioLine}` : f.fn.name)) : [];
}

describe('stepping the simulated kernel', () => {
  it('stepping in visits every line the free run executes, one pause per step', () => {
    const free = scenario(SIMPLE);
    free.runToEnd();
    const stepped = scenario(SIMPLE);
    let pauses = 0;
    for (;;) {
      stepped.engine.setStep('in', stepped.engine.current);
      const s = stepped.engine.run();
      if (s.reason === 'end') break;
      assert.ok(s.reason === 'step', s.reason);
      pauses++;
    }
    assert.equal(stepped.engine.steps, free.engine.steps);
    assert.equal(pauses, free.engine.steps, 'a pause before every line and every statement');
    assert.deepEqual(stepped.results.map((r) => r.ret), free.results.map((r) => r.ret));
  });

  it('a function breakpoint on inet_csk_accept stops with the stack accept takes to get there', () => {
    const run = builtin('tcp-handshake');
    run.engine.setFunctionBreakpoints([findFunction('inet_csk_accept')!.id]);
    const s = run.engine.run();
    assert.equal(s.reason, 'function breakpoint');
    assert.equal(s.task!.name, 'server');
    assert.deepEqual(stack(run), ['inet_csk_accept', 'inet_accept', '__sys_accept4', 'line 12']);
    assert.equal(ANCHORS[s.anchor].fn.name, 'inet_csk_accept');
  });

  it('step over stays in the function; step out returns to the caller', () => {
    const run = builtin('tcp-handshake');
    run.engine.setFunctionBreakpoints([findFunction('inet_create')!.id]);
    run.engine.run();
    run.engine.setFunctionBreakpoints([]);
    const depth = run.engine.current!.stack.length;
    for (let i = 0; i < 12; i++) {
      run.engine.setStep('over', run.engine.current);
      const s = run.engine.run();
      assert.equal(s.reason, 'step');
      assert.equal(run.engine.current!.stack.length, depth, `step ${i} left inet_create: ${stack(run).join(' < ')}`);
      assert.equal(stack(run)[0], 'inet_create');
    }
    run.engine.setStep('out', run.engine.current);
    run.engine.run();
    assert.equal(stack(run)[0], '__sock_create');
    assert.equal(run.engine.current!.stack.length, depth - 1);
  });

  it('a line breakpoint in tcp_conn_request stops mid-handshake, in the server\'s softirq', () => {
    const run = builtin('tcp-handshake');
    const fn = findFunction('tcp_conn_request')!;
    const anchor = fn.anchors.find((a) => ANCHORS[a].text.startsWith('inet_csk_reqsk_queue_hash_add(sk, req,'))!;
    run.engine.setLineBreakpoints([anchor]);
    const s = run.engine.run();
    assert.equal(s.reason, 'breakpoint');
    assert.equal(s.task!.name, 'server/softirq');
    assert.deepEqual(stack(run).slice(0, 4), ['tcp_conn_request', 'tcp_v4_conn_request', 'tcp_rcv_state_process', 'tcp_v4_do_rcv']);
    assert.equal(stack(run).at(-1), 'tcp_v4_rcv');
    assert.ok(run.engine.current!.stack.at(-1)!.vars.req, 'the frame holds req');
  });

  it('stopping at a step number reproduces the same state (the basis of stepping back)', () => {
    const a = builtin('tcp-handshake');
    a.engine.setFunctionBreakpoints([findFunction('tcp_check_req')!.id]);
    const s = a.engine.run();
    const snapA = takeSnapshot(a.world, a.engine);
    const b = builtin('tcp-handshake');
    b.engine.setStopAtStep(s.step);
    const t = b.engine.run();
    assert.equal(t.reason, 'goto');
    assert.equal(t.step, s.step);
    assert.deepEqual(takeSnapshot(b.world, b.engine), snapA);
  });

  it('the snapshot at a pause shows every layer of the embedding chain with kernel field names', () => {
    const run = scenario(LESSON);
    run.engine.run(); // "after listen"
    const snap = takeSnapshot(run.world, run.engine);
    const listener = Object.values(snap.objects).find((o) => o.type === 'tcp_sock')!;
    assert.deepEqual(listener.layers.map((l) => l.struct), ['sock_common', 'sock', 'inet_sock', 'inet_connection_sock', 'tcp_sock']);
    assert.equal(listener.layers[0].fields.skc_state, 'TCP_LISTEN');
    assert.equal(listener.layers[1].fields.sk_max_ack_backlog, 128);
    assert.deepEqual(listener.layers[3].fields.icsk_af_ops, { ops: 'ipv4_specific' });
    const socket = Object.values(snap.objects).find((o) => o.type === 'socket')!;
    assert.deepEqual(socket.layers[0].fields.ops, { ops: 'inet_stream_ops' });
    assert.deepEqual(snap.hosts[0].lhash2.map((l) => l.key), ['10.0.0.1:8080']);
    assert.equal(JSON.parse(JSON.stringify(snap)).step, snap.step, 'a snapshot is plain JSON');
  });
});

describe('hooks for front ends', () => {
  it('the line observer sees every executed line, as the line trace records it', () => {
    const traced = builtin('tcp-handshake', { trace: true, traceLines: true });
    traced.runToEnd();
    const fromTrace = traced.engine.trace!.toArray().filter((e) => e.ev === 'line').map((e) => {
      const l = e as { task: string; depth: number; fn: string; renditionLine: number };
      return `${l.task} ${l.depth} ${l.fn}:${l.renditionLine}`;
    });
    const run = builtin('tcp-handshake');
    const seen: string[] = [];
    run.engine.lineObserver = (task, depth, anchor) => seen.push(`${run.engine.tasks[task - 1].name} ${depth} ${ANCHORS[anchor].fn.name}:${ANCHORS[anchor].line}`);
    run.runToEnd();
    assert.ok(seen.length > 100);
    assert.deepEqual(seen, fromTrace);
  });

  it('a run with or without a trace takes the same steps to the same state', () => {
    const a = builtin('two-clients-one-port', { trace: true, traceLines: true });
    const b = builtin('two-clients-one-port', { trace: false });
    a.runToEnd();
    b.runToEnd();
    assert.equal(a.engine.steps, b.engine.steps);
    assert.deepEqual(takeSnapshot(b.world, b.engine), takeSnapshot(a.world, a.engine));
  });

  it('the runner reports each system call as it returns', () => {
    const run = builtin('connect-refused');
    const got: CallResult[] = [];
    run.onSyscallReturn = (r) => got.push(r);
    run.runToEnd();
    assert.deepEqual(got, run.results);
    assert.ok(got.some((r) => r.errno === 'ECONNREFUSED' && r.stmt.fn === 'connect'));
  });

  it('setStatementFilter stops before the statements it picks', () => {
    const run = scenario(SIMPLE);
    const lines: number[] = [];
    run.engine.setStatementFilter((line) => (lines.push(line), line === 4));
    const s = run.engine.run();
    assert.equal(s.reason, 'statement');
    assert.equal(run.nextStatement!.loc.line, 4);
    assert.deepEqual(lines, [3, 4]);
    run.engine.setStatementFilter(null);
    assert.equal(run.engine.run().reason, 'end');
  });

  it('the breakpoint filter is told a function entry from a line, once per line', () => {
    const run = builtin('tcp-handshake');
    const fn = findFunction('inet_create')!;
    const calls: Array<[number, BreakpointKind, Frame]> = [];
    run.engine.breakpointFilter = (anchor, _task, frame, kind) => (calls.push([anchor, kind, frame]), false);
    run.engine.setFunctionBreakpoints([fn.id]);
    run.engine.setLineBreakpoints(fn.anchors);
    let executed = 0;
    run.engine.lineObserver = (_t, _d, anchor) => void (ANCHORS[anchor].fn === fn && executed++);
    run.runToEnd();
    const entries = calls.filter((c) => c[1] === 'function');
    assert.ok(entries.length >= 2, 'each socket() enters inet_create');
    for (const [anchor, , frame] of entries) {
      assert.equal(ANCHORS[anchor].fn, fn);
      assert.equal(calls.find((c) => c[2] === frame)![1], 'function', 'the first line of a frame');
      assert.equal(calls.filter((c) => c[2] === frame && c[1] === 'function').length, 1);
    }
    // once per executed line of inet_create (all of them have a line breakpoint too)
    assert.equal(calls.length, executed);
  });

  it('reaching the stop-at step on a breakpoint reports the breakpoint; otherwise goto', () => {
    const a = builtin('tcp-handshake');
    a.engine.setFunctionBreakpoints([findFunction('tcp_check_req')!.id]);
    const s = a.engine.run();
    assert.equal(s.reason, 'function breakpoint');
    const b = builtin('tcp-handshake');
    b.engine.setFunctionBreakpoints([findFunction('tcp_check_req')!.id]);
    b.engine.setStopAtStep(s.step);
    const t = b.engine.run();
    assert.equal(t.reason, 'function breakpoint');
    assert.equal(t.step, s.step);
    // the step is reached: no 'goto' afterwards
    b.engine.setFunctionBreakpoints([]);
    assert.equal(b.engine.runToEnd().reason, 'end');
    const c = builtin('tcp-handshake');
    c.engine.setFunctionBreakpoints([findFunction('tcp_check_req')!.id]);
    c.engine.breakpointFilter = () => false;
    c.engine.setStopAtStep(s.step);
    assert.equal(c.engine.run().reason, 'goto');
  });

  it('objectLayers gives each object the layers its snapshot has', () => {
    const run = builtin('tcp-handshake');
    run.engine.setFunctionBreakpoints([findFunction('tcp_check_req')!.id]);
    run.engine.run();
    const snap = takeSnapshot(run.world, run.engine);
    const objs = Object.values(snap.objects);
    assert.ok(objs.length > 3);
    for (const o of objs) {
      assert.deepEqual(
        objectLayers({ structName: o.type }).map((l) => ({ struct: l.struct, fields: [...l.fields] })),
        o.layers.map((l) => ({ struct: l.struct, fields: Object.keys(l.fields) })),
      );
    }
  });
});

describe('determinism', () => {
  const json = (seed: number) => {
    const run = builtin('two-clients-one-port', { seed, traceLines: true });
    run.runToEnd();
    return run.engine.trace!.toArray().map((e) => JSON.stringify(e)).join('\n');
  };
  it('the same seed replays the same trace, byte for byte', () => {
    assert.equal(json(7), json(7));
  });
  it('another seed changes ISNs and ports, not the flow', () => {
    const a = json(1);
    const b = json(2);
    assert.notEqual(a, b);
    const flow = (s: string) => s.split('\n').map((l) => JSON.parse(l)).filter((e) => e.ev === 'syscall').map((e) => `${e.call}=${e.ret}`);
    assert.deepEqual(flow(a), flow(b));
  });
});
