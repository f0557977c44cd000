// The debug adapter on its own (as another DAP client runs it) in Chinese: a launch configuration's
// "lang": "zh-cn" — real DAP messages, in process. The stop at a built-in scenario's `pause` carries
// the translated text, the scopes have Chinese names, the variables keep the kernel's names.

import { strict as assert } from 'node:assert';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { InProcessClient } from '../../src/debug/inproc';
import { setLanguage } from '../../src/l10n/l10n';
import { parseKernelFrameName } from '../../src/debug/contract';

describe('l10n: the debug adapter with "lang": "zh-cn"', function () {
  this.timeout(60_000);
  after(() => setLanguage('en'));

  it('says the pause and the scopes in Chinese', async () => {
    const c = new InProcessClient();
    await c.request('initialize', { adapterID: 'sockwalk', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
    const initialized = c.next('initialized');
    const stopped = c.next('stopped');
    const launched = c.request('launch', { scenario: 'half-open-queue', stopOnEntry: false, lang: 'zh-cn' });
    await initialized;
    await c.request('configurationDone');
    await launched;
    const ev = (await stopped) as DebugProtocol.StoppedEvent;
    assert.equal(ev.body.reason, 'pause');
    assert.equal(ev.body.text, 'established 哈希表中有两个请求 sock（NEW_SYN_RECV），qlen 2，全连接队列为空');
    const st = await c.request('stackTrace', { threadId: ev.body.threadId });
    const frames = (st.body as DebugProtocol.StackTraceResponse['body']).stackFrames;
    const kernelFrame = frames.find((f) => f.source?.path?.endsWith('.c')) ?? frames[0];
    const sc = await c.request('scopes', { frameId: kernelFrame.id });
    const names = (sc.body as DebugProtocol.ScopesResponse['body']).scopes.map((s) => s.name);
    assert.ok(names.some((n) => /^内核（server）$|^文件描述符（|^参数$|^局部变量$/.test(n)), names.join(', '));
    assert.ok(!names.some((n) => /^(Arguments|Locals|Kernel \(|File descriptors)/.test(n)), names.join(', '));
    c.session.dispose?.();
  });

  it('steps into tcp_conn_request without an English sentence: refusals, breakpoint messages, expression errors, labels', async () => {
    const c = new InProcessClient();
    await c.request('initialize', { adapterID: 'sockwalk', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
    const initialized = c.next('initialized');
    const stopped = c.next('stopped');
    const launched = c.request('launch', { scenario: 'tcp-handshake', stopOnEntry: false, lang: 'zh-cn' });
    await initialized;
    const err = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (e) {
        return (e as Error).message;
      }
      assert.fail('expected the request to fail');
    };
    // a request this adapter does not implement, malformed arguments
    assert.equal(await err(c.request('goto', { threadId: 1, targetId: 1 })), 'sockwalk 调试器不支持 "goto"');
    assert.equal(await err(c.request('setFunctionBreakpoints', {})), 'setFunctionBreakpoints 需要 breakpoints');
    // breakpoints the adapter cannot set say why: a condition that does not parse, a hit condition that
    // is not a count, a function that is not simulated
    const fnBp = async (bp: DebugProtocol.FunctionBreakpoint) => {
      const r = await c.request('setFunctionBreakpoints', { breakpoints: [bp] });
      const [out] = (r.body as DebugProtocol.SetFunctionBreakpointsResponse['body']).breakpoints;
      assert.equal(out.verified, false);
      return out.message ?? '';
    };
    assert.match(await fnBp({ name: 'tcp_conn_request', condition: 'sk->' }), /^条件：第 \d+ 列的 "->" 之后应为字段名$/);
    assert.match(await fnBp({ name: 'tcp_conn_request', hitCondition: 'often' }), /^命中条件 "often"：请写一个次数（3：第三次命中），或 >= 3/);
    assert.equal(await fnBp({ name: 'tcp_con_request' }), '没有名为 "tcp_con_request" 的模拟内核函数');
    assert.match(await fnBp({ name: 'conn_request' }), /^没有名为 "conn_request" 的模拟内核函数（你是不是想写 .*tcp_conn_request.*？）$/);
    await c.request('setFunctionBreakpoints', { breakpoints: [{ name: 'tcp_conn_request' }] });
    await c.request('configurationDone');
    await launched;
    const ev = (await stopped) as DebugProtocol.StoppedEvent;
    const st = await c.request('stackTrace', { threadId: ev.body.threadId });
    const top = (st.body as DebugProtocol.StackTraceResponse['body']).stackFrames[0];
    assert.equal(parseKernelFrameName(top.name).fn, 'tcp_conn_request');
    const evaluate = (expression: string) => c.request('evaluate', { expression, frameId: top.id, context: 'watch' });
    // the expression evaluator's errors
    assert.equal(await err(evaluate('sk->sk_statee')), 'sk 没有字段 "sk_statee"（它是 struct tcp_sock）');
    assert.equal(await err(evaluate('nosuch + 1')), '未知的名字 "nosuch"（既不是这一帧的变量，也不是已知的常量）');
    assert.equal(await err(evaluate('1 / 0')), '(1 / 0) 中除以零');
    // the listener's accept queue: its summary and the list's label
    const q = (await evaluate('inet_csk(sk)->icsk_accept_queue')).body as DebugProtocol.EvaluateResponse['body'];
    assert.match(q.result, /^\{qlen=0, young=0, 全连接队列：0\}$/);
    const rows = ((await c.request('variables', { variablesReference: q.variablesReference })).body as DebugProtocol.VariablesResponse['body']).variables;
    assert.ok(rows.some((r) => r.name === '[全连接队列]'), rows.map((r) => r.name).join(', '));
    assert.ok(!rows.some((r) => /accept queue/.test(r.name)));
    c.session.dispose?.();
  });

  it('a failed system call stops with a Chinese text, and a breakpoint condition that fails says why in Chinese', async () => {
    const c = new InProcessClient();
    const out: string[] = [];
    await c.request('initialize', { adapterID: 'sockwalk', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
    const initialized = c.next('initialized');
    const stopped = c.next('stopped');
    const launched = c.request('launch', { scenario: 'connect-refused', stopOnEntry: false, lang: 'zh-cn' });
    await initialized;
    await c.request('setExceptionBreakpoints', { filters: ['syscall-failed'] });
    // evaluable, but fails when evaluated: the adapter says so on stderr, then stops
    await c.request('setFunctionBreakpoints', { breakpoints: [{ name: 'tcp_v4_connect', condition: 'sk->sk_prot->nosuch == 1' }] });
    const outputs = (async () => {
      for (;;) {
        const e = (await c.next('output')) as DebugProtocol.OutputEvent;
        out.push(e.body.output);
        if (/断点条件/.test(e.body.output)) return;
      }
    })();
    await c.request('configurationDone');
    await launched;
    const first = (await stopped) as DebugProtocol.StoppedEvent;
    await outputs;
    assert.match(out.join(''), /^断点条件 \(sk->sk_prot->nosuch == 1\)：sk->sk_prot 没有字段 "nosuch"（因此停下）$/m);
    assert.equal(first.body.reason, 'function breakpoint');
    const next = c.next('stopped');
    await c.request('continue', { threadId: first.body.threadId });
    const ev = (await next) as DebugProtocol.StoppedEvent;
    assert.equal(ev.body.reason, 'exception');
    assert.equal(ev.body.text, 'connect() 返回 -1 ECONNREFUSED');
    c.session.dispose?.();
  });
});
