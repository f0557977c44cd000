// Stepping, as the debugger will use it: pause before any line, step in/over/out, breakpoints on
// lines and functions, stop at a step number (for time travel), and the snapshot at a pause.

import { strict as assert } from 'node:assert';
import { scenario, builtin, LESSON } from '../helpers';
import { ANCHORS, findFunction } from '../../src/kernel/sim/anchors';
import { takeSnapshot } from '../../src/kernel/sim/snapshot';
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
    const anchor = fn.anchors.find((a) => ANCHORS[a].key === 'hashadd')!;
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
