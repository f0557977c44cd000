// The debug adapter as a DAP client sees it: `node dist/debugAdapter.js` driven by DebugClient.
// Breakpoints of every kind, stepping both ways, variables and expressions with kernel names,
// and bad requests answered with errors.

import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { execFileSync } from 'node:child_process';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { parseKernelFrameName } from '../../src/debug/contract';

const ROOT = path.resolve(__dirname, '../..');
const ADAPTER = path.join(ROOT, 'dist/debugAdapter.js');
const KERNEL = path.join(ROOT, 'media/kernel');
const TCP_INPUT = path.join(KERNEL, 'net/ipv4/tcp_input.c');
const HANDSHAKE = path.join(ROOT, 'scenarios/tcp-handshake.sockwalk');
const EVENTPOLL = path.join(KERNEL, 'fs/eventpoll.c');

function lineOf(file: string, text: string): number {
  const i = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(text));
  assert.ok(i >= 0, `${text} not in ${file}`);
  return i + 1;
}

async function start(dc: DebugClient, args: Record<string, unknown>, setup: () => Promise<unknown> = async () => undefined): Promise<void> {
  await Promise.all([
    dc.waitForEvent('initialized').then(setup).then(() => dc.configurationDoneRequest()),
    dc.initializeRequest({ adapterID: 'sockwalk', pathFormat: 'path', linesStartAt1: true, columnsStartAt1: true }).then(() => dc.launchRequest(args as DebugProtocol.LaunchRequestArguments)),
  ]);
}

async function stopped(dc: DebugClient): Promise<DebugProtocol.StoppedEvent> {
  return (await dc.waitForEvent('stopped', 5000)) as DebugProtocol.StoppedEvent;
}

/** The frames, each named by its function (a kernel frame's name also carries its v5.4 place: `raw`). */
async function stack(dc: DebugClient, threadId: number): Promise<Array<DebugProtocol.StackFrame & { raw: string }>> {
  return (await dc.stackTraceRequest({ threadId })).body.stackFrames.map((f) => ({ ...f, raw: f.name, name: parseKernelFrameName(f.name).fn }));
}

async function vars(dc: DebugClient, ref: number): Promise<Record<string, DebugProtocol.Variable>> {
  const v = (await dc.variablesRequest({ variablesReference: ref })).body.variables;
  return Object.fromEntries(v.map((x) => [x.name, x]));
}

async function scopes(dc: DebugClient, frameId: number): Promise<Record<string, DebugProtocol.Scope>> {
  const s = (await dc.scopesRequest({ frameId })).body.scopes;
  return Object.fromEntries(s.map((x) => [x.name.replace(/ \(.*$/, ''), x]));
}

async function evaluate(dc: DebugClient, expression: string, frameId?: number): Promise<DebugProtocol.EvaluateResponse['body']> {
  return (await dc.evaluateRequest({ expression, frameId, context: 'watch' })).body;
}

async function rejects(p: Promise<unknown>, re: RegExp): Promise<void> {
  await assert.rejects(p, (e: Error) => {
    assert.match(e.message, re);
    return true;
  });
}

/** Everything a user sees at a stop: stacks of all threads and the top frame's variables. */
async function picture(dc: DebugClient): Promise<string> {
  const out: string[] = [];
  for (const t of (await dc.threadsRequest()).body.threads) {
    const frames = await stack(dc, t.id);
    out.push(`${t.name}: ${frames.map((f) => `${f.name}@${f.line}`).join(' < ')}`);
    if (frames.length) {
      for (const s of (await dc.scopesRequest({ frameId: frames[0].id })).body.scopes) {
        if (s.expensive) continue;
        for (const v of (await dc.variablesRequest({ variablesReference: s.variablesReference })).body.variables) out.push(`  ${s.name}.${v.name} = ${v.value}`);
      }
    }
  }
  return out.join('\n');
}

describe('debug adapter (DAP over stdio)', function () {
  this.timeout(30000);
  let dc: DebugClient;

  before(() => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  });

  beforeEach(async () => {
    dc = new DebugClient('node', ADAPTER, 'sockwalk');
    await dc.start();
  });

  let exited = false;
  afterEach(async () => {
    if (!exited) await dc.stop();
    exited = false;
  });

  it('a function breakpoint on inet_csk_accept stops with the path accept() takes, scenario line outermost', async () => {
    const stop = stopped(dc);
    await start(dc, { scenario: 'tcp-handshake' }, () => dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'inet_csk_accept' }] }));
    const ev = await stop;
    assert.equal(ev.body.reason, 'function breakpoint');
    const threads = (await dc.threadsRequest()).body.threads.map((t) => t.name);
    assert.deepEqual(threads, ['server/softirq', 'server', 'client/softirq', 'client']);
    const frames = await stack(dc, ev.body.threadId!);
    assert.deepEqual(frames.map((f) => f.name), ['inet_csk_accept', 'inet_accept', '__sys_accept4', 'server: cfd = accept(lfd) & = 4']);
    assert.equal(frames[0].source!.path, path.join(KERNEL, 'net/ipv4/inet_connection_sock.c'));
    assert.equal(frames.at(-1)!.source!.path, HANDSHAKE);
    assert.equal(frames.at(-1)!.line, 12);
    const sc = await scopes(dc, frames[0].id);
    const args = await vars(dc, sc.Arguments.variablesReference);
    assert.match(args.sk.value, /^\(struct tcp_sock \*\) 0x[0-9a-f]+ TCP_LISTEN 10\.0\.0\.1:8080/);
    assert.equal(args.sk.type, 'struct tcp_sock *');
  });

  it('a function breakpoint on ip_rcv stops on the way up: the NIC\'s poll under net_rx_action, the skb at the IP header', async () => {
    const stop = stopped(dc);
    await start(dc, { scenario: 'tcp-handshake' }, () => dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'ip_rcv' }] }));
    const ev = await stop;
    assert.equal(ev.body.reason, 'function breakpoint');
    const frames = await stack(dc, ev.body.threadId!);
    assert.deepEqual(frames.map((f) => f.name), ['ip_rcv', '__netif_receive_skb_one_core', '__netif_receive_skb', 'netif_receive_skb_internal', 'netif_receive_skb', 'napi_poll', 'net_rx_action']);
    assert.equal(frames[0].source!.path, path.join(KERNEL, 'net/ipv4/ip_input.c'));
    assert.match(frames[0].raw, /net\/ipv4\/ip_input\.c:51[4-9]/);
    assert.equal(frames.at(-1)!.source!.path, path.join(KERNEL, 'net/core/dev.c'));
    const sc = await scopes(dc, frames[0].id);
    const args = await vars(dc, sc.Arguments.variablesReference);
    assert.ok(args.skb && args.dev, 'skb and dev are shown');
    // the Ethernet header is pulled: data is the IP header, 20 + 24 bytes of the SYN before tail
    assert.equal((await evaluate(dc, 'skb->tail - skb->data', frames[0].id)).result, '44');
    assert.equal((await evaluate(dc, 'skb->data - skb->mac_header', frames[0].id)).result, '14');
    assert.match((await evaluate(dc, 'dev->name', frames[0].id)).result, /eth0/);
  });

  it('a line breakpoint in tcp_conn_request stops mid-handshake with the request sock in the variables', async () => {
    const line = lineOf(TCP_INPUT, 'inet_csk_reqsk_queue_hash_add(sk, req,');
    let bps: DebugProtocol.Breakpoint[] = [];
    const stop = stopped(dc);
    await start(dc, { scenario: 'tcp-handshake' }, async () => {
      bps = (await dc.setBreakpointsRequest({ source: { path: TCP_INPUT }, breakpoints: [{ line }] })).body.breakpoints;
    });
    assert.ok(bps[0].verified);
    const ev = await stop;
    assert.equal(ev.body.reason, 'breakpoint');
    assert.deepEqual(ev.body.hitBreakpointIds, [bps[0].id]);
    const frames = await stack(dc, ev.body.threadId!);
    assert.equal(frames[0].name, 'tcp_conn_request');
    assert.equal(frames[0].line, line);
    const threads = (await dc.threadsRequest()).body.threads;
    assert.equal(threads.find((t) => t.id === ev.body.threadId)!.name, 'server/softirq');
    const locals = await vars(dc, (await scopes(dc, frames[0].id)).Locals.variablesReference);
    assert.match(locals.req.value, /tcp_request_sock .* TCP_NEW_SYN_RECV 10\.0\.0\.1:8080 → 10\.0\.0\.2:\d+/);
    // the request sock expands into its layers: __req_common, request_sock fields, inet_rsk/tcp_rsk views
    const req = await vars(dc, locals.req.variablesReference);
    assert.ok(req.__req_common && req.rsk_listener && req['inet_rsk(req)'] && req['tcp_rsk(req)'], Object.keys(req).join(', '));
    assert.match(req.rsk_listener.value, /TCP_LISTEN/);
    const common = await vars(dc, req.__req_common.variablesReference);
    assert.equal(common.skc_state.value, 'TCP_NEW_SYN_RECV');
    assert.equal(common.skc_family.value, 'AF_INET');
    const trsk = await vars(dc, req['tcp_rsk(req)'].variablesReference);
    assert.ok(Number(trsk.snt_isn.value) > 0, 'the SYN-ACK sequence number is chosen');
    // the Kernel scope: before this line the established hash is empty; one step later it holds the request sock
    let kernel = await vars(dc, (await scopes(dc, frames[0].id)).Kernel.variablesReference);
    assert.equal(kernel.net_families.value, '[AF_INET] = &inet_family_ops');
    assert.equal(kernel['tcp_hashinfo.ehash'].value, '{0 entries}');
    const next = stopped(dc);
    await dc.nextRequest({ threadId: ev.body.threadId! });
    await next;
    kernel = await vars(dc, (await scopes(dc, (await stack(dc, ev.body.threadId!))[0].id)).Kernel.variablesReference);
    assert.equal(kernel['tcp_hashinfo.ehash'].value, '{1 entry}');
    const ehash = await vars(dc, kernel['tcp_hashinfo.ehash'].variablesReference);
    assert.ok(Object.values(ehash).some((v) => /TCP_NEW_SYN_RECV/.test(v.value)), JSON.stringify(ehash));
  });

  it('a line breakpoint in ep_poll_callback stops in the softirq whose segment woke the socket, with the wake-up\'s key', async () => {
    const line = lineOf(EVENTPOLL, 'if (pollflags && !(pollflags & epi->event.events))');
    let bps: DebugProtocol.Breakpoint[] = [];
    let stop = stopped(dc);
    await start(dc, { scenario: 'epoll-server' }, async () => {
      bps = (await dc.setBreakpointsRequest({ source: { path: EVENTPOLL }, breakpoints: [{ line }] })).body.breakpoints;
    });
    assert.ok(bps[0].verified);
    let ev = await stop;
    // (the scenario's pause comes first: epoll_wait asleep in ep_poll)
    while (ev.body.reason !== 'breakpoint') {
      stop = stopped(dc);
      await dc.continueRequest({ threadId: ev.body.threadId! });
      ev = await stop;
    }
    const threads = (await dc.threadsRequest()).body.threads;
    assert.equal(threads.find((t) => t.id === ev.body.threadId)!.name, 'server/softirq');
    const frames = await stack(dc, ev.body.threadId!);
    assert.equal(frames[0].name, 'ep_poll_callback');
    assert.equal(frames[0].line, line);
    assert.match(frames[0].raw, /fs\/eventpoll\.c:1235/);
    // the listener's child joined the accept queue: sk_data_ready's key, EPOLLIN | EPOLLPRI | EPOLLRDNORM | EPOLLRDBAND
    assert.ok(frames.some((f) => f.name === 'tcp_child_process'), frames.map((f) => f.name).join(' < '));
    assert.equal((await evaluate(dc, 'pollflags', frames[0].id)).result, String(0x1 | 0x2 | 0x40 | 0x80));
  });

  it('names each kernel frame with its current line in Linux v5.4; the frame\'s source stays the annotated file', async () => {
    // a function breakpoint on inet_csk_accept, and a line breakpoint on v5.4's tcp_input.c:6673 (af_ops->send_synack)
    const line = lineOf(TCP_INPUT, 'af_ops->send_synack(sk, dst, &fl, req, &foc,');
    const stop = stopped(dc);
    await start(dc, { scenario: 'tcp-handshake' }, async () => {
      await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'inet_csk_accept' }] });
      await dc.setBreakpointsRequest({ source: { path: TCP_INPUT }, breakpoints: [{ line }] });
    });
    const ev = await stop;
    // inet_csk_accept (defined at v5.4 line 437) stops at its first statement, v5.4's line 445
    const f1 = await stack(dc, ev.body.threadId!);
    assert.equal(f1[0].raw, 'inet_csk_accept (net/ipv4/inet_connection_sock.c:445)');
    assert.equal(f1[0].source!.path, path.join(KERNEL, 'net/ipv4/inet_connection_sock.c'));
    assert.match(f1[1].raw, /^inet_accept \(net\/ipv4\/af_inet\.c:\d+\)$/);
    assert.match(f1[2].raw, /^__sys_accept4 \(net\/socket\.c:17\d\d\)$/);
    assert.equal(f1.at(-1)!.raw, 'server: cfd = accept(lfd) & = 4', 'the scenario frame is named as before');
    const next = stopped(dc);
    await dc.continueRequest({ threadId: ev.body.threadId! });
    const ev2 = await next;
    const frames = await stack(dc, ev2.body.threadId!);
    assert.equal(frames[0].raw, 'tcp_conn_request (net/ipv4/tcp_input.c:6673)');
    assert.equal(frames[0].source!.path, TCP_INPUT);
    assert.equal(frames[0].line, line, 'the line the editor shows: the annotated file\'s');
    assert.notEqual(frames[0].line, 6673);
    const byName = Object.fromEntries(frames.map((f) => [f.name, parseKernelFrameName(f.raw)]));
    assert.deepEqual(byName.tcp_v4_conn_request, { fn: 'tcp_v4_conn_request', file: 'net/ipv4/tcp_ipv4.c', line: 1399 });
    assert.deepEqual(byName.tcp_rcv_state_process, { fn: 'tcp_rcv_state_process', file: 'net/ipv4/tcp_input.c', line: 6153 });
    assert.equal(byName.tcp_v4_rcv.file, 'net/ipv4/tcp_ipv4.c');
    assert.ok(byName.tcp_v4_rcv.line! > 1808 && byName.tcp_v4_rcv.line! < 2000, `tcp_v4_rcv's current line is inside its v5.4 body (1808…): ${byName.tcp_v4_rcv.line}`);
    // the adapter's own stop info says it too
    const body = (await dc.customRequest('sockwalk/snapshot')).body as { stop: { frame: { fn: string; line: number; upstreamLine?: number } } };
    assert.deepEqual(body.stop.frame, { fn: 'tcp_conn_request', file: 'net/ipv4/tcp_input.c', line, upstreamLine: 6673 });
  });

  it('moves a breakpoint on a line with no step to the next line that has one, and rejects one outside any function', async () => {
    const def = lineOf(TCP_INPUT, 'int tcp_conn_request(');
    await start(dc, { scenario: 'tcp-handshake', stopOnEntry: true });
    const res = (await dc.setBreakpointsRequest({ source: { path: TCP_INPUT }, breakpoints: [{ line: def }, { line: 1 }] })).body.breakpoints;
    assert.ok(res[0].verified);
    assert.ok(res[0].line! > def);
    assert.match(res[0].message!, /moved to line/);
    assert.equal(res[1].verified, false);
    assert.match(res[1].message!, /outside the simulated functions/);
    const fn = (await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'tcp_conn_requst' }, { name: 'inet_bind' }] })).body.breakpoints;
    assert.equal(fn[0].verified, false);
    assert.match(fn[0].message!, /no simulated kernel function named "tcp_conn_requst"/);
    assert.ok(fn[1].verified);
  });

  it('conditions in C, hit counts and logpoints', async () => {
    const line = lineOf(path.join(KERNEL, 'net/ipv4/tcp_ipv4.c'), 'tcp_v4_do_rcv(sk, skb)');
    const src = path.join(KERNEL, 'net/ipv4/tcp_ipv4.c');
    const outputs: string[] = [];
    dc.on('output', (e: DebugProtocol.OutputEvent) => outputs.push(`${e.body.category}|${e.body.line}|${e.body.output}`));
    const stop = stopped(dc);
    await start(dc, { scenario: 'tcp-handshake' }, async () => {
      await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'tcp_rcv_state_process', condition: 'sk->sk_state == TCP_SYN_SENT' }] });
      await dc.setBreakpointsRequest({ source: { path: src }, breakpoints: [{ line, logMessage: 'rcv on {sk->sk_state} port {inet_sk(sk)->inet_num}' }] });
    });
    const ev = await stop;
    const frames = await stack(dc, ev.body.threadId!);
    assert.equal(frames[0].name, 'tcp_rcv_state_process');
    assert.equal((await evaluate(dc, 'sk->sk_state', frames[0].id)).result, 'TCP_SYN_SENT');
    assert.equal((await dc.threadsRequest()).body.threads.find((t) => t.id === ev.body.threadId)!.name, 'client/softirq');
    // the logpoint printed without stopping, with the state by name
    assert.deepEqual(outputs.filter((o) => o.includes('rcv on')), [`console|${line}|rcv on TCP_LISTEN port 8080\n`]);

    // bad conditions and hit conditions are reported on the breakpoint
    const bad = (await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'tcp_v4_rcv', hitCondition: 'often' }, { name: 'tcp_v4_rcv', condition: 'sk->' }] })).body.breakpoints;
    assert.equal(bad[0].verified, false);
    assert.match(bad[0].message!, /hit condition "often"/);
    assert.equal(bad[1].verified, false);
    assert.match(bad[1].message!, /condition: expected a field name/);
  });

  it('a hit count of 2 on tcp_v4_rcv stops at the second segment received: the SYN-ACK, on the client', async () => {
    const stop = stopped(dc);
    await start(dc, { scenario: 'tcp-handshake' }, () => dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'tcp_v4_rcv', hitCondition: '2' }] }));
    const ev = await stop;
    assert.equal(ev.body.reason, 'function breakpoint');
    assert.equal((await dc.threadsRequest()).body.threads.find((t) => t.id === ev.body.threadId)!.name, 'client/softirq');
    const f = (await stack(dc, ev.body.threadId!))[0];
    assert.equal(f.name, 'tcp_v4_rcv');
    assert.match((await evaluate(dc, 'skb', f.id)).result, /\[S\.\]/);
    // hits 3 and on do not stop ("2" means the second hit only): the run ends
    const end = dc.waitForEvent('terminated', 5000);
    await dc.continueRequest({ threadId: ev.body.threadId! });
    await end;
  });

  it('a data breakpoint on the listener\'s sk_ack_backlog stops when the child joins the accept queue', async () => {
    const stop = stopped(dc);
    await start(dc, { scenario: 'tcp-handshake' }, () => dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'inet_csk_accept' }] }));
    const ev = await stop;
    const frames = await stack(dc, ev.body.threadId!);
    const args = await vars(dc, (await scopes(dc, frames[0].id)).Arguments.variablesReference);
    const sk = await vars(dc, args.sk.variablesReference);
    assert.equal(sk.sk_ack_backlog.value, '0');
    const info = (await dc.dataBreakpointInfoRequest({ variablesReference: args.sk.variablesReference, name: 'sk_ack_backlog' })).body;
    assert.ok(info.dataId, info.description);
    const byExpr = (await dc.dataBreakpointInfoRequest({ name: 'sk->sk_state', frameId: frames[0].id })).body;
    assert.ok(byExpr.dataId);
    const notField = (await dc.dataBreakpointInfoRequest({ name: 'flags', frameId: frames[0].id })).body;
    assert.equal(notField.dataId, null);
    const set = (await dc.setDataBreakpointsRequest({ breakpoints: [{ dataId: info.dataId! }] })).body.breakpoints;
    assert.ok(set[0].verified);
    await dc.setFunctionBreakpointsRequest({ breakpoints: [] });
    const next = stopped(dc);
    await dc.continueRequest({ threadId: ev.body.threadId! });
    const ev2 = await next;
    assert.equal(ev2.body.reason, 'data breakpoint');
    const f2 = await stack(dc, ev2.body.threadId!);
    assert.ok(['inet_csk_reqsk_queue_add', 'inet_csk_complete_hashdance', 'tcp_check_req', 'sk_acceptq_added'].some((n) => f2.map((f) => f.name).includes(n)), f2.map((f) => f.name).join(' < '));
  });

  it('the "syscall failed" filter stops where connect() returns ECONNREFUSED', async () => {
    const stop = stopped(dc);
    await start(dc, { scenario: 'connect-refused' }, () => dc.setExceptionBreakpointsRequest({ filters: ['syscall-failed'] }));
    const ev = await stop;
    assert.equal(ev.body.reason, 'exception');
    assert.match(ev.body.text!, /connect\(\) returned -1 ECONNREFUSED/);
    const info = (await dc.exceptionInfoRequest({ threadId: ev.body.threadId! })).body;
    assert.equal(info.exceptionId, 'ECONNREFUSED');
    const frames = await stack(dc, ev.body.threadId!);
    assert.equal(frames[0].line, lineOf(path.join(ROOT, 'scenarios/connect-refused.sockwalk'), 'connect(fd, 10.0.0.1:9999)'));
    assert.match(frames[0].name, /connect\(\) returned -1 ECONNREFUSED/);
    const fds = await vars(dc, (await scopes(dc, frames[0].id))['File descriptors'].variablesReference);
    assert.ok(fds['3 (fd)'], Object.keys(fds).join(', '));
  });

  it('steps in, over and out through the kernel, and from the scenario into the syscall', async () => {
    const stop = stopped(dc);
    await start(dc, { scenario: 'tcp-handshake', stopOnEntry: true });
    const ev = await stop;
    assert.equal(ev.body.reason, 'entry');
    let frames = await stack(dc, ev.body.threadId!);
    assert.deepEqual(frames.map((f) => f.line), [9]);
    const t = ev.body.threadId!;
    let next = stopped(dc);
    await dc.stepInRequest({ threadId: t });
    await next;
    frames = await stack(dc, t);
    assert.equal(frames[0].name, '__sys_socket');
    assert.equal(frames.length, 2);
    next = stopped(dc);
    await dc.nextRequest({ threadId: t });
    await next;
    const after = await stack(dc, t);
    assert.equal(after[0].name, '__sys_socket', 'step over stays in the function');
    assert.ok(after[0].line > frames[0].line);
    // step in until inside __sock_create, then out back to __sys_socket
    for (let i = 0; i < 20 && (await stack(dc, t))[0].name !== '__sock_create'; i++) {
      next = stopped(dc);
      await dc.stepInRequest({ threadId: t });
      await next;
    }
    assert.equal((await stack(dc, t))[0].name, '__sock_create');
    next = stopped(dc);
    await dc.stepOutRequest({ threadId: t });
    await next;
    assert.equal((await stack(dc, t))[0].name, '__sys_socket');
  });

  it('stepBack returns to the identical state, and reverseContinue to the previous breakpoint hit', async () => {
    const stop = stopped(dc);
    await start(dc, { scenario: 'tcp-handshake' }, () => dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'tcp_v4_syn_recv_sock' }] }));
    const ev = await stop;
    const t = ev.body.threadId!;
    const before = await picture(dc);
    let next = stopped(dc);
    await dc.nextRequest({ threadId: t });
    await next;
    next = stopped(dc);
    await dc.nextRequest({ threadId: t });
    await next;
    assert.notEqual(await picture(dc), before);
    for (let i = 0; i < 2; i++) {
      next = stopped(dc);
      await dc.stepBackRequest({ threadId: t });
      await next;
    }
    assert.equal(await picture(dc), before, 'two steps forward, two back: the same stacks and variables');
    // continue to the next breakpoint hit, then reverse-continue back to this one
    await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'tcp_v4_syn_recv_sock' }, { name: 'inet_csk_complete_hashdance' }] });
    next = stopped(dc);
    await dc.continueRequest({ threadId: t });
    const ev2 = await next;
    assert.equal((await stack(dc, ev2.body.threadId!))[0].name, 'inet_csk_complete_hashdance');
    next = stopped(dc);
    await dc.reverseContinueRequest({ threadId: ev2.body.threadId! });
    const ev3 = await next;
    assert.equal(ev3.body.reason, 'function breakpoint');
    assert.equal(await picture(dc), before);
  });

  it('evaluates C expressions with kernel field names, casts and enum names; errors are readable', async () => {
    const stop = stopped(dc);
    await start(dc, { scenario: 'tcp-handshake' }, () => dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'inet_csk_accept' }] }));
    const ev = await stop;
    const f = (await stack(dc, ev.body.threadId!))[0].id;
    assert.equal((await evaluate(dc, 'sk->sk_state', f)).result, 'TCP_LISTEN');
    assert.equal((await evaluate(dc, 'sk->sk_state == TCP_LISTEN && inet_sk(sk)->inet_num == 8080', f)).result, '1');
    assert.equal((await evaluate(dc, 'inet_csk(sk)->icsk_accept_queue.rskq_accept_head', f)).result, 'NULL');
    assert.equal((await evaluate(dc, 'sk->sk_max_ack_backlog', f)).result, '128');
    assert.match((await evaluate(dc, 'inet_csk(sk)->icsk_af_ops', f)).result, /&ipv4_specific/);
    const prot = await evaluate(dc, 'sk->sk_prot', f);
    assert.equal(prot.result, '&tcp_prot');
    const members = await vars(dc, prot.variablesReference);
    assert.equal(members['.accept'].value, 'inet_csk_accept');
    const sk = await evaluate(dc, 'sk', f);
    const fields = await vars(dc, sk.variablesReference);
    assert.ok(fields['inet_sk(sk)'] && fields['inet_csk(sk)'] && fields['tcp_sk(sk)'], Object.keys(fields).join(', '));
    const tcp = await vars(dc, fields['tcp_sk(sk)'].variablesReference);
    assert.ok('snd_nxt' in tcp && 'rcv_nxt' in tcp);
    await rejects(dc.evaluateRequest({ expression: 'sk->no_such_field', frameId: f }), /sk has no field "no_such_field" \(it is a struct tcp_sock\)/);
    await rejects(dc.evaluateRequest({ expression: 'skk->sk_state', frameId: f }), /unknown name "skk"/);
    await rejects(dc.evaluateRequest({ expression: 'sk->sk_state ==', frameId: f }), /unexpected end of expression/);
    await rejects(dc.evaluateRequest({ expression: 'inet_csk(sk)->icsk_accept_queue.rskq_accept_head->sk', frameId: f }), /is NULL/);
  });

  it('answers bad and out-of-order requests with errors, and a broken scenario fails the launch with its diagnostics', async () => {
    await rejects(dc.stackTraceRequest({ threadId: 1 }), /no scenario is running/);
    await rejects(dc.scopesRequest({ frameId: 1 }), /no scenario is running/);
    const tmp = path.join(os.tmpdir(), `bad-${process.pid}.sockwalk`);
    fs.writeFileSync(tmp, 'host server 10.0.0.1\nserver: bind(lfd, 10.0.0.1:80\n');
    await dc.initializeRequest({ adapterID: 'sockwalk', pathFormat: 'path' });
    await rejects(dc.launchRequest({ scenario: tmp } as DebugProtocol.LaunchRequestArguments), new RegExp(`${path.basename(tmp)}:2:\\d+: `));
    await rejects(dc.launchRequest({ scenario: 'no-such-builtin' } as DebugProtocol.LaunchRequestArguments), /no scenario file or built-in named "no-such-builtin"/);
    fs.unlinkSync(tmp);
  });

  it('unknown threads, frames and variables get errors while stopped; the session survives', async () => {
    const stop = stopped(dc);
    await start(dc, { scenario: 'tcp-handshake', stopOnEntry: true });
    await stop;
    await rejects(dc.stackTraceRequest({ threadId: 99 }), /no thread with id 99/);
    await rejects(dc.scopesRequest({ frameId: 424242 }), /no frame with id 424242/);
    await rejects(dc.variablesRequest({ variablesReference: 9999 }), /no variables with reference 9999/);
    await rejects(dc.customRequest('frobnicate'), /unrecognized request/);
    await rejects(dc.evaluateRequest({ expression: '' }), /empty expression/);
    assert.equal((await dc.threadsRequest()).body.threads.length, 4, 'still alive');
  });

  it('disconnect ends the adapter process; later requests get errors', async () => {
    const stop = stopped(dc);
    await start(dc, { scenario: 'tcp-handshake', stopOnEntry: true });
    await stop;
    const proc = (dc as unknown as { _adapterProcess: import('node:child_process').ChildProcess })._adapterProcess;
    const exit = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
    await dc.disconnectRequest({});
    await rejects(dc.threadsRequest(), /session has ended/);
    assert.equal(await exit, 0, 'the adapter exits by itself');
    exited = true;
  });
});
