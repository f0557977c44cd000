// The extension's editor logic that needs no VS Code (plain mocha): the C expression under the
// cursor, inline values, annotations, function headers and definitions, scenario completion and hover,
// the grammar against the call table, and the manifest's promises. The rest runs inside a real VS Code
// (test/vscode/suite/, run by test/vscode-host/run.js).

import { DEMOS, demoCommand } from '../../src/views/demos';
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expressionAt, inlineExpressions, annotationAbove, functionHeaders, functionAt, findDefinition, fitAfter, AFTER_COLUMNS } from '../../src/extension/csource';
import { completionsAt, hoverAt, fdNamesAbove } from '../../src/extension/scenarioLang';
import { CALLS } from '../../src/scenario/calls';
import { ERRNO } from '../../src/kernel/include/uapi';

const ROOT = path.resolve(__dirname, '../..');
const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');

describe('extension: annotated C sources', () => {
  it('cuts the annotation after the current line to what fits beside it (the rest is in the hover), at a word', () => {
    const short = '◂ the lowest free descriptor';
    assert.equal(fitAfter('\tfd = get_unused_fd_flags(flags);', short), short);
    const long = '◂ ' + 'the SYN reached a listener and the request sock goes into the established hash, '.repeat(3);
    const code = '\treturn tcp_conn_request(&tcp_request_sock_ops, &tcp_request_sock_ipv4_ops, sk, skb);';
    const shown = fitAfter(code, long);
    assert.ok(shown.endsWith('…') && shown.length < long.length);
    assert.ok(code.replace(/\t/g, '    ').length + 4 + shown.length <= Math.max(AFTER_COLUMNS, code.length + 4 + 32));
    assert.ok(long.startsWith(shown.slice(0, -1)), 'a prefix of the annotation');
    assert.ok(/\S…$/.test(shown) && long[shown.length - 1] === ' ', 'cut at a word');
  });

  it('finds the expression under the cursor, with its -> and . chain', () => {
    const line = '\tif (sk->sk_state != TCP_LISTEN && icsk->icsk_accept_queue.rskq_accept_head) /* queue */';
    const at = (w: string, off = 1) => expressionAt(line, line.indexOf(w) + off);
    assert.equal(at('sk_state')?.expression, 'sk->sk_state');
    assert.equal(at('sk->')?.expression, 'sk');
    assert.equal(at('rskq_accept_head')?.expression, 'icsk->icsk_accept_queue.rskq_accept_head');
    assert.equal(at('icsk_accept_queue')?.expression, 'icsk->icsk_accept_queue');
    assert.equal(at('if'), undefined, 'keywords are not evaluated');
    assert.equal(at('queue */'), undefined, 'comments are not evaluated');
    assert.equal(expressionAt('\terr = -EINVAL;', 2)?.expression, 'err');
  });

  it('offers inline values for variables and field chains, not calls, types or macros', () => {
    const lines = ['int f(struct sock *sk, int flags)', '{', '\tstruct request_sock *req;', '\treq = reqsk_queue_remove(&icsk->icsk_accept_queue, sk); /* take it */', '\tif (sk->sk_state != TCP_LISTEN) goto out;', '}'];
    const xs = inlineExpressions(lines, 0, 5).map((x) => `${x.line}:${x.expression}${x.plain ? '' : '*'}`);
    assert.ok(xs.includes('0:sk'), xs.join(' '));
    assert.ok(xs.includes('0:flags'));
    assert.ok(xs.includes('3:req'));
    assert.ok(xs.includes('3:icsk->icsk_accept_queue*'));
    assert.ok(xs.includes('4:sk->sk_state*'));
    assert.ok(!xs.some((x) => /reqsk_queue_remove|TCP_LISTEN|request_sock|take|:int|:struct|:goto|:out/.test(x)), xs.join(' '));
  });

  it('reads the annotation above a line and skips function headers', () => {
    const lines = ['/*', ' * f -- does things', ' * upstream: net/x.c:1', ' */', 'int f(void)', '{', '\t/* first', '\t * second */', '\tx = 1;', '\t// one-liner', '\ty = 2;', '\tz = 3; /* trailing */', '}'];
    assert.equal(annotationAbove(lines, 8), 'first second');
    assert.equal(annotationAbove(lines, 10), 'one-liner');
    assert.equal(annotationAbove(lines, 11), 'trailing');
    assert.equal(annotationAbove(lines, 4), undefined);
  });

  it('parses every function header of the annotated sources (name, upstream, Elixir URL, body)', () => {
    const text = read('media/kernel/net/ipv4/inet_connection_sock.c');
    const hs = functionHeaders(text);
    const accept = hs.find((h) => h.name === 'inet_csk_accept');
    assert.ok(accept);
    assert.equal(accept.upstreamFile, 'net/ipv4/inet_connection_sock.c');
    assert.match(accept.url, /^https:\/\/elixir\.bootlin\.com\/linux\/v5\.4\/source\/net\/ipv4\/inet_connection_sock\.c#L\d+$/);
    const lines = text.split('\n');
    assert.match(lines[accept.defLine], /inet_csk_accept\(/);
    assert.equal(lines[accept.endLine], '}');
    assert.equal(functionAt(hs, accept.defLine + 3)?.name, 'inet_csk_accept');
  });

  it('finds a definition in a real source, not its prototype', () => {
    const src = 'int tcp_v4_rcv(struct sk_buff *skb);\n\n/* comment */\nint tcp_v4_rcv(struct sk_buff *skb)\n{\n}\nstatic int\nother(void)\n{\n}\n';
    assert.equal(findDefinition(src, 'tcp_v4_rcv'), 3);
    assert.equal(findDefinition(src, 'missing'), undefined);
  });
});

describe('extension: scenario files', () => {
  const text = ['host server 10.0.0.1', 'server: lfd = socket(AF_INET, SOCK_STREAM, 0) = 3', 'client: cfd = socket(AF_INET, SOCK_STREAM, 0)', 'server: ', 'server: listen(', 'server: accept(lfd) = -1 ', 'server: socket(AF_'].join('\n');
  const labels = (line: number, col: number) => completionsAt(text, line, col).map((i) => i.label);

  it('completes calls with their signatures at a statement', () => {
    const items = completionsAt(text, 3, 8);
    const bind = items.find((i) => i.label === 'bind');
    assert.equal(bind?.detail, 'bind(fd, addr)');
    assert.equal(bind?.snippet, 'bind(${1:fd}, ${2:addr})');
    for (const c of Object.keys(CALLS)) assert.ok(items.some((i) => i.label === c), c);
    assert.ok(items.some((i) => i.label === 'wait'));
  });

  it('completes the fd names of the same process above the cursor, and constants where they go', () => {
    assert.deepEqual(labels(4, 15), ['lfd']);
    assert.deepEqual(fdNamesAbove(text.split('\n'), 4, 'client').map((f) => f.name), ['cfd']);
    assert.ok(labels(6, 17).includes('AF_INET'));
    assert.ok(labels(5, 27).includes('ECONNREFUSED'));
    assert.ok(labels(0, 0).includes('host'));
  });

  it('completes inside poll\'s and select\'s descriptor lists: fds, and after a poll entry\'s fd its POLL events', () => {
    const t2 = ['host server 10.0.0.1', 'server: lfd = socket(AF_INET, SOCK_STREAM, 0)', 'server: cfd = accept(lfd)', 'server: poll([lfd POLLIN, ', 'server: poll([lfd PO', 'server: select([lfd], [', 'server: poll([lfd POLLIN, cfd POLLOUT], '].join('\n');
    const at = (line: number) => completionsAt(t2, line, t2.split('\n')[line].length).map((i) => i.label);
    assert.deepEqual(at(3), ['lfd', 'cfd']);
    assert.ok(at(4).includes('POLLIN') && at(4).every((l) => l.startsWith('POLL')), at(4).join());
    assert.deepEqual(at(5), ['lfd', 'cfd']);
    assert.deepEqual(at(6), [], 'the timeout, after the list');
    const poll = completionsAt(text, 3, 8).find((i) => i.label === 'poll')!;
    assert.equal(poll.snippet, 'poll([${1:fd} ${2:POLLIN}], ${3:timeout})');
    assert.equal(poll.detail, 'poll([fd EVENTS, …], timeout) · poll(fd, events, timeout)');
    assert.equal(completionsAt(text, 3, 8).find((i) => i.label === 'select')!.snippet, 'select([${1:fd}], [${2:fd}], ${3:timeout})');
    const h = hoverAt('server: poll([lfd POLLIN], -1)', 10)!.contents;
    assert.match(h, /poll\(\[fd EVENTS, …\], timeout\)\npoll\(fd, events, timeout\)/);
  });

  it('explains calls, constants and errnos on hover', () => {
    const h = hoverAt('server: lfd = socket(AF_INET, SOCK_STREAM, 0)', 16);
    assert.match(h!.contents, /socket\(domain, type, protocol\) → fd/);
    assert.match(h!.contents, /Create a socket/);
    assert.match(hoverAt('server: lfd = socket(AF_INET, SOCK_STREAM, 0)', 23)!.contents, /AF_INET = 2/);
    assert.equal(hoverAt('# socket(', 3), undefined);
  });

  it('knows ioctl: its signature, FIONBIO among the constants of its request, and what FIONBIO is on hover', () => {
    const t3 = ['host server 10.0.0.1', 'server: fd = socket(AF_INET, SOCK_STREAM, 0)', 'server: ioctl(fd, FIO'].join('\n');
    const ioctl = completionsAt(t3, 2, 8).find((i) => i.label === 'ioctl')!;
    assert.equal(ioctl.detail, 'ioctl(fd, request[, arg])');
    assert.ok(completionsAt(t3, 2, 21).map((i) => i.label).includes('FIONBIO'));
    assert.match(hoverAt('server: ioctl(fd, FIONBIO, 1)', 20)!.contents, /FIONBIO = 21537/);
    assert.match(hoverAt('server: ioctl(fd, FIONBIO, 1)', 10)!.contents, /non-blocking/);
  });

  it('the grammar names every call and the errno pattern matches every errno', () => {
    const g = read('syntaxes/sockwalk.tmLanguage.json');
    const m = /\\\\b\(([a-z0-9_|]+)\)\\\\s\*\(\?=\\\\\(\)/.exec(g);
    assert.ok(m, 'call alternation in the grammar');
    assert.deepEqual(m[1].split('|').sort(), Object.keys(CALLS).sort());
    for (const e of Object.keys(ERRNO)) assert.match(e, /^E[A-Z][A-Z0-9]+$/);
  });
});

describe('extension: manifest', () => {
  // the manifest as VS Code shows it in English: %key% placeholders resolved from package.nls.json
  const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
  const pkg = JSON.parse(read('package.json'), (_k, v) => (typeof v === 'string' && /^%[^%]+%$/.test(v) ? nls[v.slice(1, -1)] ?? v : v));
  it('activates only on the debug type, its commands and scenario files', () => {
    assert.deepEqual(
      [...pkg.activationEvents].sort(),
      ['onCommand:sockwalk.openRealSource', 'onCommand:sockwalk.recordProgram', 'onCommand:sockwalk.runScenario', 'onDebugAdapterProtocolTracker:sockwalk', 'onDebugDynamicConfigurations:sockwalk', 'onDebugResolve:sockwalk', 'onLanguage:sockwalk', 'onWebviewPanel:sockwalk.structures'],
    );
  });
  it('in an untrusted workspace, the Linux source path comes from user settings only', () => {
    const t = pkg.capabilities.untrustedWorkspaces;
    assert.equal(t.supported, 'limited');
    assert.ok(t.description);
    assert.ok(t.restrictedConfigurations.includes('sockwalk.linuxSourcePath'));
    // every setting that names a place on disk is restricted
    for (const k of Object.keys(pkg.contributes.configuration.properties)) {
      if (/path|dir|folder/i.test(k)) assert.ok(t.restrictedConfigurations.includes(k), k);
    }
  });
  it('contributes the debugger, its language and breakpoints, and the commands under "Sockwalk"', () => {
    const dbg = pkg.contributes.debuggers[0];
    assert.equal(dbg.type, 'sockwalk');
    assert.deepEqual(dbg.languages, ['sockwalk']);
    assert.deepEqual(Object.keys(dbg.configurationAttributes.launch.properties).sort(), ['lang', 'moments', 'scenario', 'seed', 'stopOnEntry']);
    assert.ok(pkg.contributes.breakpoints.some((b: { language: string }) => b.language === 'c'));
    assert.ok(pkg.contributes.breakpoints.some((b: { language: string }) => b.language === 'sockwalk'));
    const cmds = Object.fromEntries(pkg.contributes.commands.map((c: { command: string; title: string; category: string }) => [c.command, `${c.category}: ${c.title}`]));
    assert.equal(cmds['sockwalk.runScenario'], 'Sockwalk: Run Scenario…');
    assert.equal(cmds['sockwalk.openRealSource'], 'Sockwalk: Open the Real Kernel Source');
    assert.equal(cmds['sockwalk.showStructures'], 'Sockwalk: Show Kernel Structures');
  });
  it('every demo has a palette command "Sockwalk: Demo — …" and a walkthrough step that runs it and completes on it', () => {
    const cmds = Object.fromEntries(pkg.contributes.commands.map((c: { command: string; title: string; category: string }) => [c.command, `${c.category}: ${c.title}`]));
    const steps = pkg.contributes.walkthroughs[0].steps as Array<{ id: string; description: string; media: { markdown: string }; completionEvents: string[] }>;
    assert.equal(steps.length, DEMOS.length);
    for (const d of DEMOS) {
      assert.equal(cmds[demoCommand(d)], `Sockwalk: Demo — ${d.title}`);
      const step = steps.find((s) => s.id === d.id);
      assert.ok(step, `a walkthrough step for ${d.id}`);
      assert.ok(step.description.includes(`(command:${demoCommand(d)})`), `${d.id}: the step's button runs the demo`);
      assert.deepEqual(step.completionEvents, [`onCommand:${demoCommand(d)}`]);
      assert.ok(read(step.media.markdown).startsWith('# '), `${step.media.markdown} exists`);
    }
    assert.ok(pkg.contributes.views.debug.some((v: { id: string }) => v.id === 'sockwalk.sockets'), 'the sockets tree is in Run and Debug');
  });
});
