// Issue 19, the debug adapter's side: bad input never wins. The real stdio adapter, fed malformed
// and oversized frames byte by byte (RawAdapter), requests it does not support, scenarios that are
// not files and seeds out of the domain — it answers each with a readable error and goes on.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RawAdapter, ROOT, Msg } from './rawAdapter';
import { parseKernelFrameName } from '../../src/debug/contract';

const INIT = { adapterID: 'sockwalk', pathFormat: 'path', linesStartAt1: true, columnsStartAt1: true };
const STACK = /\n\s+at |\bat [\w.<>]+ \(|node:internal/;

function failed(r: Msg, re: RegExp): void {
  assert.equal(r.success, false, `${r.command} should fail: ${JSON.stringify(r)}`);
  assert.match(r.message ?? '', re);
  assert.doesNotMatch(r.message ?? '', STACK, 'no stack trace as the message');
}

/** Launches a built-in stopped on entry; resolves at the stop. */
async function launched(a: RawAdapter, args: Record<string, unknown> = {}): Promise<void> {
  const init = await a.request('initialize', INIT);
  assert.equal(init.success, true);
  const launch = a.request('launch', { scenario: 'tcp-handshake', stopOnEntry: true, ...args });
  await a.waitFor((m) => m.type === 'event' && m.event === 'initialized', 10_000, 'initialized');
  assert.equal((await a.request('configurationDone')).success, true);
  assert.equal((await launch).success, true);
  await a.waitFor((m) => m.type === 'event' && m.event === 'stopped', 10_000, 'stopped');
}

describe('debug adapter on bad input (issue 19)', function () {
  this.timeout(60_000);
  let a: RawAdapter;

  before(() => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  });
  beforeEach(() => {
    a = new RawAdapter();
  });
  afterEach(async () => {
    await a.stop();
  });

  it('a malformed frame is logged and skipped; the session goes on', async () => {
    for (const body of ['{bad}', 'null', '42', '"x"', '[]', '{}', '{"type":"request"}', '{"type":"request","seq":"1","command":7}', '{"type":"event","event":"x"}', '\u0000\uFFFF']) a.frame(body);
    a.write('Content-Length: banana\r\n\r\n');
    a.write('X-Nothing: 1\r\n\r\n');
    const r = await a.request('initialize', INIT);
    assert.equal(r.success, true, JSON.stringify(r));
    assert.equal(a.exitCode, undefined, 'still running');
    assert.match(a.stderr, /skipped a malformed DAP message/);
    assert.match(a.stderr, /not an object/);
    assert.match(a.stderr, /without a valid Content-Length/);
    assert.equal(a.messages.filter((m) => m.type === 'response').length, 1, 'only the initialize is answered');
  });

  it('initialize with null (or no) arguments is answered, not with a stack trace', async () => {
    const seq = a.nextSeq();
    a.frame(JSON.stringify({ seq, type: 'request', command: 'initialize', arguments: null }));
    const r = await a.waitFor((m) => m.type === 'response' && m.request_seq === seq, 10_000, 'initialize');
    assert.equal(r.success, true, r.message);
    assert.equal((r.body as { supportsConfigurationDoneRequest?: boolean }).supportsConfigurationDoneRequest, true);
    const r2 = await a.request('initialize');
    assert.equal(r2.success, true, r2.message);
    failed(await a.request('threads', 5), /arguments of "threads" must be an object/);
    failed(await a.request('launch', [1, 2]), /must be an object/);
  });

  it('error responses carry readable messages, never a stack', async () => {
    await a.request('initialize', INIT);
    failed(await a.request('launch', { scenario: 42 }), /launch needs "scenario"/);
    failed(await a.request('setBreakpoints', { source: null }), /setBreakpoints needs source\.path/);
    failed(await a.request('stackTrace', { threadId: {} }), /no scenario is running/);
    failed(await a.request('evaluate', { expression: 5 }), /evaluate needs an expression/);
    failed(await a.request('variables', { variablesReference: 'x' }), /./);
    failed(await a.request('frobnicate', {}), /unrecognized request/);
  });

  it('a 50 MiB request is refused with an error response, at once; the next request is answered', async () => {
    await a.request('initialize', INIT);
    const seq = a.nextSeq();
    const big = JSON.stringify({ seq, type: 'request', command: 'evaluate', arguments: { expression: 'x'.repeat(50 * 1024 * 1024) } });
    const t0 = Date.now();
    a.frame(big);
    const r = await a.waitFor((m) => m.type === 'response' && m.request_seq === seq, 30_000, 'the error for the big request');
    failed(r, /too large.*8388608 bytes/);
    assert.equal(r.command, 'evaluate');
    const next = await a.request('threads', {}, 30_000);
    assert.equal(next.success, true);
    assert.ok(Date.now() - t0 < 20_000, `${Date.now() - t0} ms (was 77 s)`);
    assert.match(a.stderr, /skipped a DAP message of \d+ bytes/);
  });

  const NOT_SUPPORTED: Array<[string, string | undefined]> = [
    ['goto', 'supportsGotoTargetsRequest'], ['gotoTargets', 'supportsGotoTargetsRequest'], ['stepInTargets', 'supportsStepInTargetsRequest'],
    ['setVariable', 'supportsSetVariable'], ['setExpression', 'supportsSetExpression'], ['readMemory', 'supportsReadMemoryRequest'],
    ['writeMemory', 'supportsWriteMemoryRequest'], ['disassemble', 'supportsDisassembleRequest'], ['attach', undefined], ['cancel', 'supportsCancelRequest'],
    ['restartFrame', 'supportsRestartFrame'], ['terminateThreads', 'supportsTerminateThreadsRequest'], ['loadedSources', 'supportsLoadedSourcesRequest'],
    ['source', undefined], ['setInstructionBreakpoints', 'supportsInstructionBreakpoints'],
  ];

  it('unsupported requests answer "not supported"; what is announced is answered', async () => {
    const caps = (await a.request('initialize', INIT)).body as Record<string, unknown>;
    for (const [cmd, cap] of NOT_SUPPORTED) {
      if (cap) assert.ok(!caps[cap], `${cap} must not be announced`);
      failed(await a.request(cmd, {}), new RegExp(`"${cmd}" is not supported`));
    }
    assert.equal(caps.supportsBreakpointLocationsRequest, true);
    assert.equal(caps.supportsCompletionsRequest, true);
    // announced capabilities are answered (before launch some say "launch first", never "not supported")
    const announced: Record<string, string[]> = {
      supportsConfigurationDoneRequest: ['configurationDone'], supportsFunctionBreakpoints: ['setFunctionBreakpoints'], supportsStepBack: ['stepBack', 'reverseContinue'],
      supportsRestartRequest: ['restart'], supportsDataBreakpoints: ['dataBreakpointInfo', 'setDataBreakpoints'], supportsExceptionInfoRequest: ['exceptionInfo'],
      supportsTerminateRequest: ['terminate'], supportsBreakpointLocationsRequest: ['breakpointLocations'], supportsCompletionsRequest: ['completions'],
    };
    for (const [cap, cmds] of Object.entries(announced)) {
      assert.equal(caps[cap], true, cap);
      for (const c of cmds) assert.doesNotMatch((await a.request(c, {})).message ?? '', /not supported/, c);
    }
    assert.equal(a.exitCode, undefined);
  });

  it('breakpointLocations lists the lines the simulation steps on; completions offer names and fields', async () => {
    const tcpInput = path.join(ROOT, 'media/kernel/net/ipv4/tcp_input.c');
    const lines = fs.readFileSync(tcpInput, 'utf8').split('\n');
    const def = lines.findIndex((l) => /^int tcp_conn_request\(/.test(l)) + 1;
    assert.ok(def > 0);
    await a.request('initialize', INIT);
    const bl = await a.request('breakpointLocations', { source: { path: tcpInput }, line: def, endLine: def + 80 });
    assert.equal(bl.success, true, bl.message);
    const at = (bl.body!.breakpoints as Array<{ line: number }>).map((b) => b.line);
    assert.ok(at.length >= 3, JSON.stringify(at));
    assert.ok(at.every((l) => l >= def && l <= def + 80));
    // each listed line is one a breakpoint stays on
    const sb = await a.request('setBreakpoints', { source: { path: tcpInput }, breakpoints: at.map((line) => ({ line })) });
    assert.deepEqual((sb.body!.breakpoints as Array<{ line: number; verified: boolean }>).map((b) => [b.line, b.verified]), at.map((l) => [l, true]));
    const none = await a.request('breakpointLocations', { source: { path: '/etc/hostname' }, line: 1 });
    assert.deepEqual(none.body!.breakpoints, []);

    const a2 = a;
    await a2.request('setFunctionBreakpoints', { breakpoints: [{ name: 'inet_csk_accept' }] });
    const launch = a2.request('launch', { scenario: 'tcp-handshake', stopOnEntry: false });
    await a2.waitFor((m) => m.type === 'event' && m.event === 'initialized', 10_000, 'initialized');
    await a2.request('setFunctionBreakpoints', { breakpoints: [{ name: 'inet_csk_accept' }] });
    await a2.request('configurationDone');
    await launch;
    const stop = await a2.waitFor((m) => m.type === 'event' && m.event === 'stopped', 10_000, 'stopped');
    const tid = (stop.body as { threadId: number }).threadId;
    const frames = (await a2.request('stackTrace', { threadId: tid })).body!.stackFrames as Array<{ id: number; name: string }>;
    assert.equal(parseKernelFrameName(frames[0].name).fn, 'inet_csk_accept');
    const c1 = await a2.request('completions', { text: 's', column: 2, frameId: frames[0].id });
    const labels1 = (c1.body!.targets as Array<{ label: string }>).map((t) => t.label);
    assert.ok(labels1.includes('sk'), labels1.join(' '));
    assert.ok(labels1.includes('SOCK_STREAM'));
    const c2 = await a2.request('completions', { text: 'sk->sk_ack', column: 11, frameId: frames[0].id });
    const labels2 = (c2.body!.targets as Array<{ label: string }>).map((t) => t.label);
    assert.ok(labels2.includes('sk_ack_backlog'), labels2.join(' '));
    assert.ok(labels2.every((l) => l.toLowerCase().startsWith('sk_ack')));
  });

  it('a FIFO or a device as the scenario fails the launch at once (the shared file check)', async function () {
    if (process.platform === 'win32') this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sockwalk-dap-'));
    const fifo = path.join(dir, 'pipe.sockwalk');
    execFileSync('mkfifo', [fifo]);
    await a.request('initialize', INIT);
    failed(await a.request('launch', { scenario: fifo }, 5000), /is a named pipe \(FIFO\), not a scenario file/);
    failed(await a.request('launch', { scenario: '/dev/zero' }, 5000), /is a character device, not a scenario file/);
    failed(await a.request('launch', { scenario: dir }, 5000), /is a directory, not a scenario file/);
    const big = path.join(dir, 'big.sockwalk');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 1024 ** 3);
    failed(await a.request('launch', { scenario: big }, 5000), /larger than 8 MB/);
  });

  it('seeds outside 0 … 4294967295 fail the launch with a message', async () => {
    await a.request('initialize', INIT);
    for (const seed of [2 ** 64, 2 ** 32, 9007199254740992, -1, 1.5, '', '1', 'null', true]) {
      failed(await a.request('launch', { scenario: 'tcp-handshake', seed }), /"seed" must be an integer from 0 to 4294967295/);
    }
    await launched(a, { seed: 4294967295 });
  });
});
