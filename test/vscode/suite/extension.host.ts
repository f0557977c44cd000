// Integration tests INSIDE a real VS Code (code-server's extension host): the sockwalk debugger as
// VS Code drives it — startDebugging, function and source breakpoints, activeStackItem, the editor
// VS Code opens (annotated source, line, read-only, the callers' marks) — and the scenario language
// (diagnostics as you type, completion, hover). Run by test/vscode-host/run.js.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { until } from './until';
import type { SockwalkApi } from '../../../src/extension/extension';
import { parseScenario } from '../../../src/scenario/parser';
import { parseKernelFrameName } from '../../../src/debug/contract';

const EXT_ID = 'sockwalk.sockwalk';
let api: SockwalkApi;
let root: string;


interface Frame {
  id: number;
  /** The function (a kernel frame's name as the adapter sends it also carries its v5.4 place: `raw`). */
  name: string;
  raw: string;
  line: number;
  source?: { path?: string };
}

/** The frame VS Code has selected, with its name and source (asked from the session). */
async function activeFrame(): Promise<{ frame: Frame; frames: Frame[]; session: vscode.DebugSession } | undefined> {
  const item = vscode.debug.activeStackItem;
  if (!(item instanceof vscode.DebugStackFrame) || item.session.type !== 'sockwalk') return undefined;
  const r = (await item.session.customRequest('stackTrace', { threadId: item.threadId, startFrame: 0, levels: 100 })) as { stackFrames: Frame[] };
  // in a remote window VS Code hands source paths back as vscode-remote:// URIs
  const frames = r.stackFrames.map((f) => ({
    ...f,
    raw: f.name,
    name: parseKernelFrameName(f.name).fn,
    source: f.source?.path && /^[a-z-]+:\/\//.test(f.source.path) ? { path: vscode.Uri.parse(f.source.path).fsPath } : f.source,
  }));
  const frame = frames.find((f) => f.id === item.frameId);
  return frame && { frame, frames, session: item.session };
}

async function stopAll(): Promise<void> {
  await vscode.debug.stopDebugging();
  await until('no debug session', () => !vscode.debug.activeDebugSession || undefined, 10000).catch(() => undefined);
}

function lineOf(file: string, text: string): number {
  const i = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(text));
  assert.ok(i >= 0, `${text} not in ${file}`);
  return i + 1;
}

describe('sockwalk in a real VS Code', function () {
  this.timeout(60000);

  before(async () => {
    const ext = vscode.extensions.getExtension<SockwalkApi>(EXT_ID);
    assert.ok(ext, `extension ${EXT_ID} is loaded`);
    root = ext.extensionPath;
    api = await ext.activate();
    // the adapter's complaints go to the log (a failed request, stderr output)
    vscode.debug.registerDebugAdapterTrackerFactory('sockwalk', {
      createDebugAdapterTracker: () => ({
        onDidSendMessage: (m: { type: string; success?: boolean; command?: string; message?: string; event?: string; body?: { category?: string; output?: string } }) => {
          if (m.type === 'response' && m.success === false && m.command !== 'evaluate') console.log(`[sockwalk] adapter: ${m.command} failed: ${m.message}`);
          if (m.type === 'event' && m.event === 'output' && m.body?.category === 'stderr') console.log(`[sockwalk] adapter stderr: ${m.body.output}`);
        },
        onError: (e: Error) => console.log(`[sockwalk] adapter error: ${e.message}`),
      }),
    });
    console.log(`[sockwalk] activate() took ${api.activationMs.toFixed(2)} ms in the extension host`);
  });

  afterEach(async () => {
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    await stopAll();
  });

  it('contributes its commands, language and the read-only setting for the annotated sources', async () => {
    const cmds = await vscode.commands.getCommands(true);
    assert.ok(cmds.includes('sockwalk.runScenario'));
    assert.ok(cmds.includes('sockwalk.recordProgram'));
    assert.ok(cmds.includes('sockwalk.openRealSource'));
    const doc = await vscode.workspace.openTextDocument(path.join(root, 'scenarios/tcp-handshake.sockwalk'));
    assert.equal(doc.languageId, 'sockwalk');
    const ro = vscode.workspace.getConfiguration('files').get<Record<string, boolean>>('readonlyInclude') ?? {};
    assert.equal(ro['**/media/kernel/**/*.{c,h}'], true, `files.readonlyInclude = ${JSON.stringify(ro)}`);
    assert.ok(api.activationMs < 50, `activation took ${api.activationMs} ms`);
  });

  it('stops at a function breakpoint, shows the annotated source read-only at the line, marks the callers, then hits a source breakpoint', async () => {
    const accept = new vscode.FunctionBreakpoint('inet_csk_accept');
    vscode.debug.addBreakpoints([accept]);
    const ok = await vscode.debug.startDebugging(vscode.workspace.workspaceFolders?.[0], {
      type: 'sockwalk',
      request: 'launch',
      name: 'handshake (test)',
      scenario: 'tcp-handshake',
    });
    assert.ok(ok, 'startDebugging');
    const stop = await until('a stop in inet_csk_accept', async () => {
      const a = await activeFrame();
      return a && a.frame.name === 'inet_csk_accept' ? a : undefined;
    });
    const file = path.join(root, 'media/kernel/net/ipv4/inet_connection_sock.c');
    assert.equal(stop.frame.source?.path, file);
    // the editor VS Code opened for the frame
    const ed = await until('the annotated source in the active editor at the frame line', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.fsPath === file && e.selection.active.line === stop.frame.line - 1 ? e : undefined;
    });
    assert.ok(ed.document.lineAt(stop.frame.line - 1).text.trim().length > 0);
    // read-only (files.readonlyInclude from the extension's configurationDefaults): the API cannot see
    // an editor's read-only state, so the UI test (ui-e2e.js) checks that typing changes nothing
    assert.ok(!ed.document.isDirty);
    // the callers' marks and the current line's annotation
    const views = await until('the stack views', () => {
      const v = api.views();
      return v.current && v.current.name === 'inet_csk_accept' && v.callers.length ? v : undefined;
    });
    assert.equal(views.current!.line, stop.frame.line);
    const kernelCallers = stop.frames.slice(1).filter((f) => f.source?.path?.startsWith(path.join(root, 'media/kernel')));
    assert.deepEqual(
      views.callers.map((c) => `${c.name}@${c.line}`),
      kernelCallers.map((f) => `${f.name}@${f.line}`),
    );
    assert.ok(views.callers.some((c) => c.name === 'inet_accept'), JSON.stringify(views.callers));
    console.log(`[sockwalk] stopped in inet_csk_accept at ${path.basename(file)}:${stop.frame.line}; callers ${views.callers.map((c) => c.name).join(' ← ')}; annotation "${views.current!.text}"`);

    // inline values for the stopped function come from the provider
    const inline = (await vscode.commands.executeCommand(
      'vscode.executeInlineValueProvider',
      ed.document.uri,
      new vscode.Range(0, 0, stop.frame.line, 0),
      { frameId: (vscode.debug.activeStackItem as vscode.DebugStackFrame).frameId, stoppedLocation: new vscode.Range(stop.frame.line - 1, 0, stop.frame.line - 1, 0) },
    ).then((x) => x, () => undefined)) as vscode.InlineValue[] | undefined;
    if (inline) assert.ok(inline.length > 0, 'inline values in inet_csk_accept');

    // a source breakpoint in tcp_input.c: the SYN reaches the listener
    const tcpInput = path.join(root, 'media/kernel/net/ipv4/tcp_input.c');
    const line = lineOf(tcpInput, 'req = inet_reqsk_alloc(rsk_ops, sk, !want_cookie);');
    const bp = new vscode.SourceBreakpoint(new vscode.Location(vscode.Uri.file(tcpInput), new vscode.Position(line - 1, 0)));
    vscode.debug.removeBreakpoints([accept]);
    vscode.debug.addBreakpoints([bp]);
    await new Promise((r) => setTimeout(r, 300));
    await vscode.commands.executeCommand('workbench.action.debug.continue');
    const hit = await until('a stop at the tcp_input.c breakpoint', async () => {
      const a = await activeFrame();
      return a && a.frame.source?.path === tcpInput && a.frame.line === line ? a : undefined;
    });
    assert.equal(hit.frame.name, 'tcp_conn_request');
    await until('tcp_input.c in the editor', () => vscode.window.activeTextEditor?.document.uri.fsPath === tcpInput || undefined);
  });

  it('"Open the Real Kernel Source" opens the exact v5.4 line of the current statement, of a call-stack frame, of a function; warns on a tree that is not v5.4', async () => {
    // a Linux "tree" with v5.4's Makefile and files long enough (their text does not matter: lines do)
    const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'linux-v54-'));
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `// line ${i + 1}`).join('\n') + '\n';
    fs.writeFileSync(path.join(tree, 'Makefile'), 'VERSION = 5\nPATCHLEVEL = 4\nSUBLEVEL = 0\nEXTRAVERSION =\nNAME = Kleptomaniac Octopus\n');
    for (const f of ['net/ipv4/tcp_input.c', 'net/ipv4/tcp_ipv4.c', 'net/ipv4/inet_connection_sock.c', 'net/socket.c']) {
      fs.mkdirSync(path.dirname(path.join(tree, f)), { recursive: true });
      fs.writeFileSync(path.join(tree, f), filler(7000));
    }
    const cfg = vscode.workspace.getConfiguration('sockwalk');
    await cfg.update('linuxSourcePath', tree, vscode.ConfigurationTarget.Global);
    const open = async (arg?: unknown) => (await vscode.commands.executeCommand('sockwalk.openRealSource', arg)) as { file?: string; line?: number; warning?: string };
    const shown = (file: string, line: number) =>
      until(`${path.basename(file)}:${line} in the editor`, () => {
        const e = vscode.window.activeTextEditor;
        return e && e.document.uri.fsPath === file && e.selection.active.line === line - 1 ? e : undefined;
      });
    try {
      // stopped at v5.4's tcp_input.c:6673 (af_ops->send_synack) in tcp_conn_request
      const tcpInput = path.join(root, 'media/kernel/net/ipv4/tcp_input.c');
      const line = lineOf(tcpInput, 'af_ops->send_synack(sk, dst, &fl, req, &foc,');
      vscode.debug.addBreakpoints([new vscode.SourceBreakpoint(new vscode.Location(vscode.Uri.file(tcpInput), new vscode.Position(line - 1, 0)))]);
      await vscode.debug.startDebugging(vscode.workspace.workspaceFolders?.[0], { type: 'sockwalk', request: 'launch', name: 'real lines (test)', scenario: 'tcp-handshake' });
      const hit = await until('a stop at af_ops->send_synack', async () => {
        const a = await activeFrame();
        return a && a.frame.source?.path === tcpInput && a.frame.line === line ? a : undefined;
      });
      // the call stack shows the v5.4 place in the frame's name, the editor the annotated file
      assert.equal(hit.frame.raw, 'tcp_conn_request (net/ipv4/tcp_input.c:6673)');
      await shown(tcpInput, line);
      const cur = await open();
      assert.deepEqual(cur, { name: 'tcp_conn_request', file: path.join(tree, 'net/ipv4/tcp_input.c'), line: 6673, warning: undefined });
      await shown(path.join(tree, 'net/ipv4/tcp_input.c'), 6673);
      // a caller, as the call stack's context menu hands it over
      const rcv = hit.frames.find((f) => f.name === 'tcp_v4_rcv')!;
      const p = parseKernelFrameName(rcv.raw);
      assert.ok(p.line! > 1808 && p.line! < 2000, rcv.raw);
      const caller = await open({ sessionId: hit.session.id, frameName: rcv.raw });
      assert.deepEqual([caller.file, caller.line], [path.join(tree, 'net/ipv4/tcp_ipv4.c'), p.line]);
      await shown(path.join(tree, 'net/ipv4/tcp_ipv4.c'), p.line!);
      // a function by name: its definition line
      for (const [fn, file, def] of [
        ['__sys_socket', 'net/socket.c', 1491],
        ['inet_csk_accept', 'net/ipv4/inet_connection_sock.c', 437],
        ['tcp_conn_request', 'net/ipv4/tcp_input.c', 6548],
        ['tcp_v4_rcv', 'net/ipv4/tcp_ipv4.c', 1808],
      ] as const) {
        const r = await open(fn);
        assert.deepEqual([r.file, r.line], [path.join(tree, file), def], fn);
        await shown(path.join(tree, file), def);
      }
      vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
      await vscode.debug.stopDebugging();
      // a tree whose Makefile is not 5.4.0: a warning, and the function where that tree defines it
      fs.writeFileSync(path.join(tree, 'Makefile'), 'VERSION = 5\nPATCHLEVEL = 4\nSUBLEVEL = 214\nEXTRAVERSION =\n');
      fs.writeFileSync(path.join(tree, 'net/ipv4/inet_connection_sock.c'), '// another version\nstruct sock *inet_csk_accept(struct sock *sk, int flags, int *err, bool kern);\n\n/* doc */\nstruct sock *inet_csk_accept(struct sock *sk, int flags, int *err, bool kern)\n{\n\treturn NULL;\n}\n');
      const old = await open('inet_csk_accept');
      assert.equal(old.line, 5);
      assert.match(old.warning ?? '', /is not Linux v5\.4 \(its Makefile says 5\.4\.214\)/);
      await shown(path.join(tree, 'net/ipv4/inet_connection_sock.c'), 5);
    } finally {
      await cfg.update('linuxSourcePath', undefined, vscode.ConfigurationTarget.Global);
      fs.rmSync(tree, { recursive: true, force: true });
    }
  });

  it('"Run Scenario…" with a name starts a session stopped on entry at the scenario', async () => {
    const started = await vscode.commands.executeCommand<boolean>('sockwalk.runScenario', 'connect-refused');
    assert.ok(started);
    const a = await until('a stop on entry', () => activeFrame());
    assert.equal(a.frame.source?.path, path.join(root, 'scenarios/connect-refused.sockwalk'));
    assert.equal(vscode.debug.activeDebugSession?.configuration.stopOnEntry, true);
    // stepping in goes into the kernel
    await vscode.commands.executeCommand('workbench.action.debug.stepInto');
    const inKernel = await until('a kernel frame', async () => {
      const f = await activeFrame();
      return f && f.frame.source?.path?.includes('/media/kernel/') ? f : undefined;
    });
    assert.ok(inKernel.frame.name);
  });

  it('"Record a Program…" runs the command in its terminal, opens the recorded scenario and debugs it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sockwalk-record-host-'));
    try {
      // (the test programs are the repository's, beside this compiled suite in out/test/vscode: a packaged extension has none)
      const programs = path.resolve(__dirname, '../../../test/record/programs');
      for (const f of ['socketserver_echo.py', 'tcp_client.py']) fs.copyFileSync(path.join(programs, f), path.join(dir, f));
      const port = 20000 + Math.floor(Math.random() * 20000);
      const command = `python3 socketserver_echo.py ${port} & sleep 0.5; python3 tcp_client.py ${port} hello; wait`;
      const ok = await vscode.commands.executeCommand<boolean>('sockwalk.recordProgram', { command, cwd: dir });
      assert.ok(ok, 'recorded and started');
      const file = path.join(dir, 'socketserver_echo.sockwalk');
      const text = fs.readFileSync(file, 'utf8');
      assert.match(text, /^process socketserver_echo on server-host/m);
      assert.match(text, /^tcp_client: connect\(fd, 10\.0\.0\.1:\d+\) += 0$/m);
      assert.ok(vscode.window.terminals.some((t) => t.name === 'Sockwalk: recording'), 'the command ran in its terminal');
      assert.ok(vscode.workspace.textDocuments.some((d) => d.uri.fsPath === file), 'the scenario is open');
      // the session stops on entry at the scenario's first call: its top frame is in the recorded file
      let seen = '';
      const session = await until('a stop on entry in the recorded scenario', async () => {
        const s = vscode.debug.activeDebugSession;
        if (!s || s.type !== 'sockwalk') return undefined;
        try {
          const threads = ((await s.customRequest('threads')) as { threads: Array<{ id: number; name: string }> }).threads;
          for (const t of threads) {
            const st = (await s.customRequest('stackTrace', { threadId: t.id, startFrame: 0, levels: 20 })) as { stackFrames: Frame[] };
            const paths = st.stackFrames.map((f) => (f.source?.path && /^[a-z-]+:\/\//.test(f.source.path) ? vscode.Uri.parse(f.source.path).fsPath : f.source?.path));
            seen = `thread ${t.name}: ${st.stackFrames.map((f) => f.name).join(' < ')} in ${paths.join(', ')}`;
            if (paths.includes(file)) return s;
          }
        } catch (e) {
          seen = `not stopped: ${(e as Error).message}`;
        }
        return undefined;
      }).catch((e: Error) => {
        throw new Error(`${e.message} (last seen: ${seen})`);
      });
      assert.equal(session.configuration.scenario, file);
      assert.equal(session.configuration.stopOnEntry, true);
    } finally {
      await stopAll();
      for (const t of vscode.window.terminals) if (t.name === 'Sockwalk: recording') t.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('F5 on an open scenario file debugs that file (no launch.json needed)', async () => {
    await vscode.debug.stopDebugging();
    await until('no session', () => (vscode.debug.activeDebugSession ? undefined : true));
    const file = path.join(root, 'scenarios/connect-twice.sockwalk');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    await vscode.commands.executeCommand('workbench.action.debug.start');
    const a = await until('a stop on entry in the open scenario', async () => {
      const f = await activeFrame();
      return f && f.frame.source?.path === file ? f : undefined;
    });
    assert.equal(a.session.configuration.scenario, file);
    assert.equal(a.session.type, 'sockwalk');
    await vscode.debug.stopDebugging();
  });

  it('reports parser diagnostics as you type, with line and column', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sockwalk-diag-'));
    const file = path.join(dir, 'broken.sockwalk');
    const good = 'host server 10.0.0.1\nserver: lfd = socket(AF_INET, SOCK_STREAM, 0) = 3\nserver: bind(lfd, 10.0.0.1:8080) = 0\n';
    fs.writeFileSync(file, good.replace('bind(', 'bnd('));
    const doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
    const expected = parseScenario(doc.getText(), file).diagnostics;
    assert.ok(expected.length > 0);
    const diags = await until('diagnostics for broken.sockwalk', () => {
      const d = vscode.languages.getDiagnostics(doc.uri);
      return d.length ? d : undefined;
    });
    assert.equal(diags[0].range.start.line, expected[0].loc.line - 1);
    assert.equal(diags[0].range.start.character, expected[0].loc.col - 1);
    assert.equal(diags[0].range.start.line, 2);
    assert.equal(diags[0].range.start.character, 8);
    assert.match(diags[0].message, /bind/);
    assert.equal(diags[0].severity, vscode.DiagnosticSeverity.Error);
    // fix it by typing: the problem goes away
    const ed = vscode.window.activeTextEditor!;
    await ed.edit((b) => b.replace(new vscode.Range(2, 8, 2, 11), 'bind'));
    await until('diagnostics cleared', () => vscode.languages.getDiagnostics(doc.uri).length === 0 || undefined);
    // break it again in another place
    await ed.edit((b) => b.insert(new vscode.Position(3, 0), 'server: listen(nofd, 5)\n'));
    const d2 = await until('a diagnostic on line 4', () => vscode.languages.getDiagnostics(doc.uri).find((d) => d.range.start.line === 3));
    assert.equal(d2.range.start.character, 15);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('completes calls, constants and fd names, and explains calls on hover', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'sockwalk', content: 'host server 10.0.0.1\nserver: lfd = socket(AF_INET, SOCK_STREAM, 0)\nserver: \nserver: listen(' });
    const at = async (line: number, col: number) =>
      ((await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, col))) as vscode.CompletionList).items;
    const labels = (items: vscode.CompletionItem[]) => items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    const calls = await at(2, 8);
    assert.ok(labels(calls).includes('bind'));
    assert.ok(calls.find((i) => i.label === 'bind')?.detail?.includes('bind(fd, addr)'));
    assert.ok(labels(await at(3, 15)).includes('lfd'));
    assert.ok(labels(await at(1, 21)).includes('AF_INET'));
    const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(1, 16))) as vscode.Hover[];
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(text, /socket\(domain, type, protocol\) → fd/);
  });

  it('opens the real source in the user\'s tree when sockwalk.linuxSourcePath is set; a tree without a Makefile is opened at the v5.4 line, with a warning', async () => {
    const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'linux-'));
    fs.mkdirSync(path.join(tree, 'net/ipv4'), { recursive: true });
    const real = path.join(tree, 'net/ipv4/inet_connection_sock.c');
    fs.writeFileSync(real, Array.from({ length: 500 }, (_, i) => `// line ${i + 1}`).join('\n'));
    const cfg = vscode.workspace.getConfiguration('sockwalk');
    await cfg.update('linuxSourcePath', tree, vscode.ConfigurationTarget.Global);
    try {
      const r = (await vscode.commands.executeCommand('sockwalk.openRealSource', 'inet_csk_accept')) as { file?: string; line?: number; warning?: string };
      assert.equal(r.file, real);
      assert.equal(r.line, 437);
      assert.match(r.warning ?? '', /has no Makefile, so it cannot be told whether it is Linux v5\.4/);
      await until('the real file at the definition', () => {
        const e = vscode.window.activeTextEditor;
        return e && e.document.uri.fsPath === real && e.selection.active.line === 436 ? e : undefined;
      });
    } finally {
      await cfg.update('linuxSourcePath', undefined, vscode.ConfigurationTarget.Global);
      fs.rmSync(tree, { recursive: true, force: true });
    }
  });

  it('browses the kernel without running it: workspace symbols, Go to Definition from a call, Find All References between annotated functions, an outline', async () => {
    await stopAll();
    const syms = (await vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', 'inet_csk_accept')) as vscode.SymbolInformation[];
    const acc = syms.find((x) => x.name === 'inet_csk_accept');
    assert.ok(acc, `Ctrl+T finds inet_csk_accept among ${syms.map((x) => x.name).join(', ')}`);
    assert.match(acc.location.uri.fsPath, /media[\\/]kernel[\\/]net[\\/]ipv4[\\/]inet_connection_sock\.c$/);
    // F12 on the call in tcp_v4_conn_request goes to tcp_conn_request in tcp_input.c
    const ipv4 = path.join(root, 'media/kernel/net/ipv4/tcp_ipv4.c');
    const doc = await vscode.workspace.openTextDocument(ipv4);
    assert.equal(doc.languageId, 'c', 'an annotated source opens as C');
    const line = lineOf(ipv4, 'return tcp_conn_request(') - 1;
    const col = doc.lineAt(line).text.indexOf('tcp_conn_request') + 3;
    const defs = (await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, new vscode.Position(line, col))) as Array<vscode.Location | vscode.LocationLink>;
    const def = defs.map((d) => ('targetUri' in d ? { uri: d.targetUri, range: d.targetRange } : d)).find((d) => /tcp_input\.c$/.test(d.uri.fsPath));
    assert.ok(def, 'Go to Definition reaches tcp_input.c');
    assert.equal(def.range.start.line + 1, lineOf(path.join(root, 'media/kernel/net/ipv4/tcp_input.c'), 'int tcp_conn_request('));
    // Find All References on tcp_conn_request: the call from tcp_v4_conn_request
    const input = await vscode.workspace.openTextDocument(path.join(root, 'media/kernel/net/ipv4/tcp_input.c'));
    const dl = def.range.start.line;
    const refs = (await vscode.commands.executeCommand('vscode.executeReferenceProvider', input.uri, new vscode.Position(dl, input.lineAt(dl).text.indexOf('tcp_conn_request') + 2))) as vscode.Location[];
    assert.ok(refs.some((r) => /tcp_ipv4\.c$/.test(r.uri.fsPath) && r.range.start.line === line), `the call in tcp_ipv4.c among ${refs.length} references`);
    // a header under media/kernel opens as C too
    const h = await vscode.workspace.openTextDocument(path.join(root, 'media/kernel/include/net/sock.h'));
    assert.equal(h.languageId, 'c');
    const outline = (await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri)) as vscode.DocumentSymbol[];
    assert.ok(outline.some((x) => x.name === 'tcp_v4_conn_request'));
  });

  it('launch configurations keep the Debug Console closed (internalConsoleOptions neverOpen), and a scenario with errors does not start', async () => {
    const configs = (await vscode.extensions.getExtension(EXT_ID)!.packageJSON.contributes.debuggers[0].initialConfigurations) as Array<Record<string, unknown>>;
    assert.equal(configs[0].internalConsoleOptions, 'neverOpen');
    const bad = path.join(os.tmpdir(), `bad-${process.pid}.sockwalk`);
    fs.writeFileSync(bad, 'host server 10.0.0.1\nserver: fd = sokcet(AF_INET, SOCK_STREAM, 0)\n');
    try {
      const started = await vscode.debug.startDebugging(undefined, { type: 'sockwalk', request: 'launch', name: 'bad', scenario: bad });
      assert.equal(started, false, 'a scenario with errors does not start a session');
      assert.equal(vscode.debug.activeDebugSession, undefined);
    } finally {
      fs.rmSync(bad, { force: true });
    }
  });
});
