// zh-CN inside a real VS Code. Always: sockwalk.annotationLanguage = zh-cn shows the annotations of
// the kernel sources in Chinese in an English VS Code (the current line's annotation while debugging,
// and a hover over a comment). With VS Code's display language zh-cn (run.js's l10n phase starts
// code-server with --locale zh-cn): the extension's own strings come from l10n/bundle.l10n.zh-cn.json
// through vscode.l10n, and the demos, the sockets tree and the debugger speak Chinese.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { until } from './until';
import type { SockwalkApi } from '../../../src/extension/extension';

const EXT_ID = 'sockwalk.sockwalk';
let api: SockwalkApi;
let root: string;

async function stopAll(): Promise<void> {
  while (vscode.debug.activeDebugSession) {
    await vscode.debug.stopDebugging();
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('sockwalk in Chinese', function () {
  this.timeout(60000);
  const zhUi = /^zh/.test(vscode.env.language);

  before(async () => {
    const ext = vscode.extensions.getExtension<SockwalkApi>(EXT_ID);
    assert.ok(ext);
    root = ext.extensionPath;
    api = await ext.activate();
    console.log(`[sockwalk] l10n: display language ${vscode.env.language}`);
  });

  afterEach(async () => {
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    await stopAll();
    await vscode.workspace.getConfiguration('sockwalk').update('annotationLanguage', undefined, vscode.ConfigurationTarget.Global);
  });

  it('sockwalk.annotationLanguage = zh-cn: the current line\'s annotation and the hover over a comment are in Chinese', async () => {
    await vscode.workspace.getConfiguration('sockwalk').update('annotationLanguage', 'zh-cn', vscode.ConfigurationTarget.Global);
    const file = path.join(root, 'media/kernel/net/ipv4/af_inet.c');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    // a line the simulator stops on, with its annotation right above it
    const stmt = lines.findIndex((l) => l.trim() === 'old_state = sk->sk_state;');
    const comment = stmt - 1;
    assert.ok(lines[comment].includes('TCP state must be CLOSE (first listen) or LISTEN (listen again)'));
    const zh = 'TCP 状态必须是 CLOSE（第一次 listen）或 LISTEN（再次 listen）';
    // the hover over the comment
    const doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
    const hovers = await until('a hover with the translation', async () => {
      const h = (await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(comment, 8))) as vscode.Hover[];
      // MarkdownString.appendText escapes: spaces as &nbsp;, _ as \_
      const text = h.flatMap((x) => x.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
      return text.includes(zh) ? text : undefined;
    });
    assert.ok(hovers);
    // the annotation after the current line, at a breakpoint on the line below the comment
    vscode.debug.addBreakpoints([new vscode.SourceBreakpoint(new vscode.Location(doc.uri, new vscode.Position(stmt, 0)))]);
    const ok = await vscode.debug.startDebugging(vscode.workspace.workspaceFolders?.[0], { type: 'sockwalk', request: 'launch', name: 'zh (test)', scenario: 'tcp-handshake' });
    assert.ok(ok);
    const v = await until('the annotation of the current line', () => {
      const s = api.views();
      return s.current && s.current.name === 'inet_listen' && s.current.text ? s : undefined;
    });
    assert.equal(v.current!.text, `◂ ${zh}`);
    // back to English: the same line's annotation as written
    await vscode.workspace.getConfiguration('sockwalk').update('annotationLanguage', 'en', vscode.ConfigurationTarget.Global);
    const h2 = (await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(comment, 8))) as vscode.Hover[];
    assert.ok(!h2.some((x) => x.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('TCP 状态'))), 'no Chinese hover with annotationLanguage = en');
  });

  it('the display language decides the extension\'s strings (vscode.l10n), the demos and the sockets tree', async function () {
    if (!zhUi) {
      // an English VS Code: the bundle is not loaded, the strings are the English keys
      assert.equal(vscode.l10n.t('Workspace'), 'Workspace');
      return;
    }
    assert.equal(vscode.l10n.t('Workspace'), '工作区');
    // the manifest as VS Code read it: package.nls.zh-cn.json
    // (a command's title comes as { value, original }: the palette also finds it by its English title)
    const pkg = vscode.extensions.getExtension(EXT_ID)!.packageJSON as { contributes: { commands: Array<{ command: string; title: { value: string; original: string } }>; walkthroughs: Array<{ title: string }> } };
    assert.deepEqual(pkg.contributes.commands.find((c) => c.command === 'sockwalk.runScenario')?.title, { value: '运行场景…', original: 'Run Scenario…' });
    assert.equal(pkg.contributes.walkthroughs[0].title, '阅读 Linux 套接字层');
    // the walkthrough's pages: the zh-CN markdown beside the English
    const steps = (pkg.contributes.walkthroughs[0] as unknown as { steps: Array<{ media: { markdown: string } }> }).steps;
    assert.deepEqual(steps.map((st) => st.media.markdown.split('/').slice(0, 3).join('/')), steps.map(() => 'media/walkthrough/zh-cn'));
    for (const st of steps) assert.ok(fs.existsSync(path.join(root, st.media.markdown)), st.media.markdown);
    const ok = await vscode.commands.executeCommand('sockwalk.demo.refused');
    assert.ok(ok !== false);
    const d = await until('the first moment of the demo', () => {
      const s = api.demo();
      return s && s.reached >= 1 && s.text ? s : undefined;
    }, 30000);
    assert.match(d.text!, /^connect\(fd, 10\.0\.0\.1:9999\)：SYN_SENT，一个端口，SYN 上了线路。没有人监听 9999。$/);
    await vscode.commands.executeCommand('sockwalk.demo.pause');
    // the sockets tree fills while it is visible
    await vscode.commands.executeCommand('sockwalk.sockets.focus');
    const nodes = await until('the sockets tree', () => (api.sockets().length ? api.sockets() : undefined));
    assert.ok(nodes.some((n) => n.label === '在线路上的数据包'), nodes.map((n) => n.label).join(', '));
  });
});
