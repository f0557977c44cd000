// The real stdio debug adapter on random request sequences and malformed frames (fuzz): every
// request with a seq is answered (an error response has a readable message, never a stack), and the
// adapter never exits. One adapter serves many inputs in a row (states carry over: launched,
// running, stopped, ended), a fresh one every 40.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import fc from 'fast-check';
import { RawAdapter, ROOT } from './rawAdapter';
import { fuzz, fuzzRuns } from '../fuzz';

const COMMANDS = [
  'initialize', 'launch', 'configurationDone', 'setBreakpoints', 'setFunctionBreakpoints', 'setExceptionBreakpoints', 'setDataBreakpoints', 'dataBreakpointInfo',
  'continue', 'next', 'stepIn', 'stepOut', 'stepBack', 'reverseContinue', 'pause', 'threads', 'stackTrace', 'scopes', 'variables', 'evaluate', 'exceptionInfo',
  'restart', 'terminate', 'breakpointLocations', 'completions', 'goto', 'gotoTargets', 'stepInTargets', 'setVariable', 'setExpression', 'readMemory', 'writeMemory',
  'disassemble', 'attach', 'cancel', 'restartFrame', 'terminateThreads', 'loadedSources', 'source', 'modules', 'sockwalk/snapshot', 'frobnicate', '', '__proto__', 'constructor',
];
const TCP_INPUT = path.join(ROOT, 'media/kernel/net/ipv4/tcp_input.c');
const SCENARIO = path.join(ROOT, 'scenarios/tcp-handshake.sockwalk');

const small = fc.oneof(fc.integer({ min: -2, max: 3000 }), fc.constantFrom(0, 1, 1001, 2001, 1e9, -1, 2 ** 53, 2 ** 64, 0.5, NaN), fc.string({ maxLength: 6 }), fc.constant(null), fc.boolean());
const plausible = fc.record(
  {
    adapterID: fc.constant('sockwalk'), pathFormat: fc.constantFrom('path', 'uri', undefined), linesStartAt1: fc.boolean(),
    scenario: fc.oneof(fc.constantFrom('tcp-handshake', 'connect-refused', SCENARIO, '/dev/zero', 'scenarios', 'no-such', ''), small),
    seed: small, stopOnEntry: fc.boolean(), moments: fc.oneof(fc.constant([{ fn: 'tcp_conn_request', explain: 'x' }]), small),
    threadId: small, frameId: small, variablesReference: small, levels: small, startFrame: small,
    expression: fc.oneof(fc.constantFrom('sk', 'sk->sk_state', 'sk->__proto__', '1/0', '((', 'inet_csk(sk)->icsk_accept_queue', ''), fc.string({ maxLength: 20 })),
    context: fc.constantFrom('repl', 'watch', 'hover', 'x'),
    source: fc.oneof(fc.constant({ path: TCP_INPUT }), fc.constant({ path: SCENARIO }), fc.constant({}), small),
    breakpoints: fc.oneof(fc.array(fc.record({ line: small, name: fc.constantFrom('tcp_conn_request', 'inet_csk_accept', 'nope'), condition: fc.constantFrom('sk', '1 ==', undefined), hitCondition: fc.constantFrom('2', '% 0', 'x', undefined), dataId: small }, { requiredKeys: [] }), { maxLength: 4 }), small),
    filters: fc.oneof(fc.constant(['syscall-failed']), small),
    line: small, endLine: small, column: small, text: fc.oneof(fc.constantFrom('sk->sk_', 's', 'inet_csk(sk)->'), fc.string({ maxLength: 10 })),
    name: small, granularity: small, restart: small,
  },
  { requiredKeys: [] },
);
const action = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('request' as const), command: fc.constantFrom(...COMMANDS), args: fc.oneof({ weight: 6, arbitrary: plausible }, { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) }, { weight: 1, arbitrary: fc.constant(undefined) }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('frame' as const), body: fc.oneof(fc.constantFrom('{bad}', 'null', '[]', '{"type":"request"}', '{"type":"request","seq":1}', '"x"', ''), fc.string({ maxLength: 40 }), fc.json({ maxDepth: 2 })) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('raw' as const), bytes: fc.constantFrom('Content-Length: x\r\n\r\n', 'garbage\r\n\r\n', 'Content-Length: 99999999999\r\n\r\n' + '{}'.repeat(10), '\r\n\r\n', 'Content-Length: 2\r\n\r\n{}') }) },
);

describe('debug adapter on random requests and frames (fuzz)', function () {
  this.timeout(600_000);
  before(() => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  });

  it('always answers, never exits (fuzz)', async () => {
    let a: RawAdapter | null = null;
    const counts = { requests: 0, failedResponses: 0 };
    try {
      await fuzz('debug adapter: random request sequences', fc.array(action, { minLength: 1, maxLength: 5 }), fuzzRuns(100), async (acts, i) => {
        if (!a || i % 40 === 0) {
          await a?.stop();
          a = new RawAdapter();
        }
        const ad: RawAdapter = a;
        for (const x of acts) {
          if (x.kind === 'frame') ad.frame(x.body);
          else if (x.kind === 'raw') {
            ad.write(x.bytes);
            // an unread body (the huge Content-Length) would swallow what follows: start afresh
            if (x.bytes.includes('99999999999')) {
              await ad.stop();
              a = new RawAdapter();
              return null;
            }
          } else {
            counts.requests++;
            const r = await ad.request(x.command, x.args, 15_000);
            if (!r.success) {
              counts.failedResponses++;
              if (!r.message || /\n\s+at |node:internal/.test(r.message)) return `${x.command}: unreadable error ${JSON.stringify(r.message)}`;
            }
          }
        }
        if (ad.exitCode !== undefined) return `the adapter exited (${ad.exitCode}); stderr: ${ad.stderr.slice(-500)}`;
        const alive = await ad.request('threads', {}, 15_000);
        return alive.type === 'response' ? null : 'threads not answered';
      }, counts);
    } finally {
      await (a as RawAdapter | null)?.stop();
    }
    assert.ok(counts.requests > 0);
  });
});
