// The `sockwalk` command as a user runs it (the built bundle, in a child process): list, the
// three output formats, exit codes 0 / 1 / 2, diagnostics as file:line:col — and golden text
// walks of the lesson's built-ins, reviewed as text diffs (UPDATE_GOLDEN=1 rewrites them).

import { strict as assert } from 'node:assert';
import { spawnSync, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin', 'sockwalk.js');

function sockwalk(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

function tmpScenario(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sockwalk-cli-'));
  const f = path.join(dir, 'bad.sockwalk');
  fs.writeFileSync(f, text);
  return f;
}

describe('the sockwalk command', function () {
  this.timeout(120_000);
  before(() => {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root });
  });

  it('lists the built-ins with their first description line', () => {
    const r = sockwalk('list');
    assert.equal(r.code, 0);
    assert.match(r.out, /^tcp-handshake\s+The lesson, end to end/m);
    assert.ok(r.out.split('\n').filter(Boolean).length >= 12);
  });

  it('walks the lesson through every function it names, and the ones it leaves out', () => {
    const r = sockwalk('run', 'tcp-handshake');
    assert.equal(r.code, 0, r.err);
    for (const fn of [
      '__sock_create', 'inet_create', 'inet_bind', 'inet_csk_get_port', 'inet_listen', 'inet_csk_listen_start',
      'inet_accept', 'inet_csk_accept', 'inet_stream_connect', 'tcp_v4_connect', 'tcp_connect', 'tcp_v4_rcv',
      'tcp_v4_do_rcv', 'tcp_rcv_state_process', 'tcp_v4_conn_request', 'tcp_conn_request', 'tcp_v4_send_synack',
      'tcp_rcv_synsent_state_process', 'tcp_send_ack', 'tcp_check_req', 'tcp_v4_syn_recv_sock', 'inet_csk_complete_hashdance',
    ]) {
      assert.match(r.out, new RegExp(`^  \\S+\\s+${fn.replace(/\$/g, '\\$')}\\s+\\S+:\\d+\\s+\\S`, 'm'), fn);
    }
    assert.match(r.out, /Flags \[S\.\], seq \d+, ack \d+/);
    assert.match(r.out, /all expectations held/);
  });

  it('prints one JSON object per line with the documented fields', () => {
    const r = sockwalk('run', 'connect-refused', '--format', 'json', '--seed', '3');
    assert.equal(r.code, 0, r.err);
    const evs = r.out.trim().split('\n').map((l) => JSON.parse(l));
    const sys = evs.find((e) => e.ev === 'syscall' && e.call === 'connect');
    assert.deepEqual(Object.keys(sys).sort(), ['call', 'errno', 'ev', 'ret', 'scenarioLine', 't', 'task']);
    assert.equal(sys.errno, 'ECONNREFUSED');
    const st = evs.find((e) => e.ev === 'inet_sock_set_state');
    for (const k of ['skaddr', 'protocol', 'saddr', 'sport', 'daddr', 'dport', 'oldstate', 'newstate']) assert.ok(k in st, k);
    // the client's first SYN waits for ARP; 5 s after its RST the server probes the client (NUD_DELAY → NUD_PROBE)
    assert.deepEqual(evs.filter((e) => e.ev === 'packet').map((e) => e.flags), ['ARP request', 'ARP reply', 'S', 'R.', 'S', 'R.', 'ARP request', 'ARP reply']);
    const who = evs.find((e) => e.ev === 'packet' && e.proto === 'ARP');
    assert.deepEqual(Object.keys(who.arp).sort(), ['dst', 'op', 'sha', 'tha']);
    assert.equal(who.arp.dst, 'ff:ff:ff:ff:ff:ff');
    assert.ok(evs.some((e) => e.ev === 'enter' && e.fn === 'tcp_reset' && e.file === 'net/ipv4/tcp_input.c'));
  });

  it('prints the lines of Linux v5.4 — the walk and the JSON events — with the annotated file\'s line under its own name', () => {
    // definition lines and statements of the lesson, as v5.4 numbers them
    const pins: Array<[string, string, number, string, number]> = [
      ['__sys_socket', 'net/socket.c', 1491, 'retval = sock_create(family, type, protocol, &sock);', 1511],
      ['inet_csk_accept', 'net/ipv4/inet_connection_sock.c', 437, 'newsk = req->sk;', 468],
      ['tcp_conn_request', 'net/ipv4/tcp_input.c', 6548, 'af_ops->send_synack(sk, dst, &fl, req, &foc,', 6673],
      ['tcp_v4_rcv', 'net/ipv4/tcp_ipv4.c', 1808, 'sk = __inet_lookup_skb(&tcp_hashinfo, skb, __tcp_hdrlen(th), th->source,', 1846],
    ];
    const text = sockwalk('run', 'tcp-handshake');
    assert.equal(text.code, 0, text.err);
    const json = sockwalk('run', 'tcp-handshake', '--format', 'json');
    assert.equal(json.code, 0, json.err);
    const evs = json.out.trim().split('\n').map((l) => JSON.parse(l));
    const rendition = (file: string) => fs.readFileSync(path.join(root, 'media', 'kernel', file), 'utf8').split('\n');
    for (const [fn, file, def, stmt, line] of pins) {
      const enter = evs.find((e) => e.ev === 'enter' && e.fn === fn);
      assert.equal(enter.file, file, fn);
      assert.equal(enter.line, def, `${fn}: enter at its v5.4 definition line`);
      assert.match(rendition(file)[enter.renditionLine - 1], new RegExp(`\\b${fn}\\(`), `${fn}: renditionLine is the annotated file's definition line`);
      const ev = evs.find((e) => e.ev === 'line' && e.fn === fn && e.line === line);
      assert.ok(ev, `${fn}: a line event at ${file}:${line}`);
      assert.notEqual(ev.renditionLine, line);
      assert.ok(rendition(file)[ev.renditionLine - 1].includes(stmt.split('(')[0]), `${fn}: renditionLine ${ev.renditionLine} is the statement`);
      const walked = text.out.split('\n').find((l) => new RegExp(`^  \\S+\\s+${fn}\\s+${file.replace(/\./g, '\\.')}:${line}\\s`).test(l));
      assert.ok(walked, `${fn}: the walk prints ${file}:${line}`);
      assert.ok(walked!.includes(stmt), walked);
    }
    // never the annotated file's own line as if it were the kernel's: where the map knows no v5.4 line,
    // the walk names the annotated file (media/kernel/…) and JSON says line null
    for (const e of evs.filter((x) => x.ev === 'line' || x.ev === 'enter' || x.ev === 'exit')) {
      assert.ok(typeof e.renditionLine === 'number' && e.renditionLine > 0, JSON.stringify(e));
      assert.ok(e.line === null || (typeof e.line === 'number' && e.line > 0), JSON.stringify(e));
    }
    for (const l of text.out.split('\n').filter((x) => /^  \S+\s+\S+\s+\S+:\d+\s/.test(x))) {
      const where = l.trim().split(/\s+/)[2];
      const m = /^(media\/kernel\/)?(.+):(\d+)$/.exec(where)!;
      const ev = evs.find((e) => e.ev === 'line' && e.file === m[2] && (m[1] ? e.line === null && e.renditionLine === Number(m[3]) : e.line === Number(m[3])));
      assert.ok(ev, `the walk's ${where} is a line event's ${m[1] ? 'annotated' : 'v5.4'} line`);
    }
  });

  it('prints tracepoints like /sys/kernel/tracing/trace with --format ftrace', () => {
    const r = sockwalk('run', 'tcp-handshake', '--format', 'ftrace');
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trim().split('\n');
    assert.equal(lines.length, 5);
    assert.match(lines[1], /^\s+client-\d+\s+\[000\] \.\.s\.\s+\d+\.\d{6}: inet_sock_set_state: family=AF_INET protocol=IPPROTO_TCP sport=0 dport=8080 saddr=10\.0\.0\.2 daddr=10\.0\.0\.1 .* oldstate=TCP_CLOSE newstate=TCP_SYN_SENT$/);
  });

  it("prints the tcp tracepoints in v5.4's formats with --format ftrace: state= for tcp_retransmit_skb, sock_cookie= for tcp_destroy_sock, no family=", () => {
    const r = sockwalk('run', 'lost-data-rto', '--format', 'ftrace');
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trim().split('\n');
    const rtx = lines.filter((l) => l.includes(' tcp_retransmit_skb: '));
    assert.ok(rtx.length >= 1, 'the lost segment is retransmitted');
    for (const l of rtx) assert.match(l, /: tcp_retransmit_skb: sport=52316 dport=8080 saddr=10\.0\.0\.2 daddr=10\.0\.0\.1 saddrv6=::ffff:10\.0\.0\.2 daddrv6=::ffff:10\.0\.0\.1 state=TCP_ESTABLISHED$/);
    const destroy = lines.filter((l) => l.includes(' tcp_destroy_sock: '));
    assert.equal(destroy.length, 2);
    // (each host is its own namespace: its first cookie is 1)
    for (const l of destroy) assert.match(l, /: tcp_destroy_sock: sport=\d+ dport=\d+ saddr=\S+ daddr=\S+ saddrv6=\S+ daddrv6=\S+ sock_cookie=1$/);
    assert.ok(lines.every((l) => l.includes('inet_sock_set_state: family=AF_INET') || !l.includes('family=')));
  });

  it('--no-lines prints the same walk without the kernel\'s lines: every call, segment and tracepoint stays', () => {
    const full = sockwalk('run', 'netfilter-reject');
    const brief = sockwalk('run', 'netfilter-reject', '--no-lines');
    assert.equal(full.code, 0, full.err);
    assert.equal(brief.code, 0, brief.err);
    // (a kernel line: task, function, FILE:LINE, text)
    const kernelLine = /^ {2}\S+\s+\S+\s+(?:net|include|fs|kernel|drivers|arch)\/\S+:\d+ /;
    const kept = full.out.split('\n').filter((l) => !kernelLine.test(l));
    assert.ok(kept.length < full.out.split('\n').length / 10);
    assert.deepEqual(brief.out.split('\n'), kept);
  });

  it('exits 1 and says which expectation failed, where, expected vs got', () => {
    const f = tmpScenario('host h 10.0.0.1\nh: fd = socket(AF_INET, SOCK_STREAM, 0)\nh: listen(fd, 5) = -1 EINVAL\n');
    const r = sockwalk('run', f);
    assert.equal(r.code, 1);
    assert.match(r.err, /bad\.sockwalk:3:\d+: error: h: listen\(\) returned 0, expected -1 EINVAL/);
  });

  it('stops the walk at the first call whose result differs, says which and how, and runs nothing after it', () => {
    const f = tmpScenario([
      'host s 10.0.0.1', 'host c 10.0.0.2',
      's: lfd = socket(AF_INET, SOCK_STREAM, 0)', 's: bind(lfd, 10.0.0.1:8080) = 0',
      'c: fd = socket(AF_INET, SOCK_STREAM, 0)', 'c: connect(fd, 10.0.0.1:8080) = 0',
      's: listen(lfd, 4) = 0', 'c: close(fd) = 0', '',
    ].join('\n'));
    const r = sockwalk('run', f);
    assert.equal(r.code, 1);
    assert.match(r.out, /stopped at .*bad\.sockwalk:6: c: connect\(\) returned -1 ECONNREFUSED, expected 0/);
    assert.doesNotMatch(r.out, /listen\(lfd, 4\)/, 'nothing after the first difference runs');
    assert.match(r.err, /bad\.sockwalk:6:\d+: error: c: connect\(\) returned -1 ECONNREFUSED, expected 0/);
  });

  it('exits 2 with file:line:col diagnostics on a broken scenario, never a stack trace', () => {
    const f = tmpScenario('host h 10.0.0.1\nh: fd = sokcet(AF_INET, SOCK_STREAM, 0)\nh: bind(fd, 10.0.0.1)\n');
    const r = sockwalk('run', f);
    assert.equal(r.code, 2);
    assert.match(r.err, /bad\.sockwalk:2:\d+: error: .*sokcet.*socket/);
    assert.match(r.err, /bad\.sockwalk:3:\d+: error: /);
    assert.doesNotMatch(r.err, /\n\s+at /);
  });

  it('exits 2 on a call that can never return, with the line to fix', () => {
    const f = tmpScenario('host h 10.0.0.1\nh: l = socket(AF_INET, SOCK_STREAM, 0)\nh: listen(l, 1)\nh: accept(l)\n');
    const r = sockwalk('run', f);
    assert.equal(r.code, 1);
    assert.match(r.err, /bad\.sockwalk:4:1: error: h: accept\(\) never returns/);
  });

  it('stops quietly when the reader closes the pipe (sockwalk run … | head)', () => {
    const sh = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" run tcp-handshake | head -n 3`], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    assert.equal(sh.stdout.trim().split('\n').length, 3);
    assert.equal(sh.stderr, '', 'no EPIPE stack trace');
  });

  it('exits 2 on unknown options and scenarios', () => {
    assert.equal(sockwalk('run', 'tcp-handshake', '--format', 'xml').code, 2);
    const r = sockwalk('run', 'no-such-scenario');
    assert.equal(r.code, 2);
    assert.match(r.err, /no scenario file or built-in named "no-such-scenario"/);
  });

  describe('golden walks', () => {
    for (const name of ['tcp-handshake', 'half-open-queue', 'two-clients-one-port', 'connect-refused', 'active-close-time-wait', 'epoll-server', 'loopback-path', 'netfilter-drop', 'netfilter-reject', 'udp-fragmented', 'udp-fragment-lost', 'first-packet-arp', 'qdisc-slow-link']) {
      it(name, () => {
        const r = sockwalk('run', name);
        assert.equal(r.code, 0, r.err);
        const golden = path.join(root, 'test', 'golden', `${name}.txt`);
        if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, r.out);
        assert.ok(fs.existsSync(golden), `missing ${golden}: run UPDATE_GOLDEN=1 npx mocha`);
        assert.equal(r.out, fs.readFileSync(golden, 'utf8'));
      });
    }
    // (the data built-ins' whole walks run to tens of megabytes — bulk-send's 46 MB — so their goldens
    // are the walks without the kernel's lines: every segment with its length, every call and
    // tracepoint)
    for (const name of ['lost-data-rto', 'bulk-send', 'fast-retransmit', 'out-of-order', 'zero-window', 'backlog-while-owned']) {
      it(`${name} (--no-lines)`, () => {
        const r = sockwalk('run', name, '--no-lines');
        assert.equal(r.code, 0, r.err);
        assert.doesNotMatch(r.out, /net\/ipv4\/tcp_output\.c:\d+/, 'no kernel lines');
        const golden = path.join(root, 'test', 'golden', `${name}.no-lines.txt`);
        if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, r.out);
        assert.ok(fs.existsSync(golden), `missing ${golden}: run UPDATE_GOLDEN=1 npx mocha`);
        assert.equal(r.out, fs.readFileSync(golden, 'utf8'));
      });
    }
  });
});

describe('the sockwalk command on bad input (issue 19)', function () {
  this.timeout(120_000);
  before(() => {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root });
  });

  function runIn(cwd: string, args: string[], opts: { input?: string; timeout?: number } = {}): { code: number | null; out: string; err: string; ms: number; signal: NodeJS.Signals | null } {
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: opts.timeout ?? 20_000, input: opts.input });
    return { code: r.status, out: r.stdout, err: r.stderr, ms: Date.now() - t0, signal: r.signal };
  }
  function oneLine(err: string, re: RegExp): void {
    assert.equal(err.trim().split('\n').length, 1, `one line: ${err}`);
    assert.match(err.trim(), re);
    assert.doesNotMatch(err, /\n\s+at |EISDIR|Error:/);
  }

  it('a directory as the scenario: exit 2 and one line, not an EISDIR stack trace', () => {
    const r = runIn(root, ['run', 'scenarios/']);
    assert.equal(r.code, 2, r.err);
    oneLine(r.err, /^sockwalk: scenarios\/ is a directory, not a scenario file$/);
  });

  it('a directory named like a built-in does not shadow the built-in', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sockwalk-cwd-'));
    fs.mkdirSync(path.join(dir, 'tcp-handshake'));
    const r = runIn(dir, ['run', 'tcp-handshake', '--format', 'ftrace']);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.trim().split('\n').length, 5);
  });

  it('a FIFO, /dev/zero and /dev/stdin are refused at once, without reading', function () {
    if (process.platform === 'win32') this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sockwalk-fifo-'));
    const fifo = path.join(dir, 'pipe.sockwalk');
    execFileSync('mkfifo', [fifo]);
    for (const [target, re] of [[fifo, /is a named pipe \(FIFO\), not a scenario file$/], ['/dev/zero', /is a character device, not a scenario file$/]] as const) {
      const r = runIn(root, ['run', target], { timeout: 10_000 });
      assert.equal(r.signal, null, `${target}: did not finish`);
      assert.equal(r.code, 2, r.err);
      oneLine(r.err, re);
      assert.ok(r.ms < 5000, `${target}: ${r.ms} ms`);
    }
    // stdin is a pipe here (spawnSync's input)
    const r = runIn(root, ['run', '/dev/stdin'], { input: 'host h 10.0.0.1\n', timeout: 10_000 });
    assert.equal(r.code, 2, r.err);
    oneLine(r.err, /^sockwalk: \/dev\/stdin is a (named pipe \(FIFO\)|socket), not a scenario file$/);
  });

  it('a file over 8 MB is refused by its size, without being read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sockwalk-big-'));
    const big = path.join(dir, 'big.sockwalk');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 1024 ** 3); // sparse: 1 GB that takes no disk
    const r = runIn(root, ['run', big], { timeout: 10_000 });
    assert.equal(r.code, 2, r.err);
    oneLine(r.err, /the file is larger than 8 MB/);
    assert.ok(r.ms < 5000, `${r.ms} ms`);
    // just under the cap is read and parsed (comments only: a scenario with nothing to run)
    const ok = path.join(dir, 'ok.sockwalk');
    fs.writeFileSync(ok, 'host h 10.0.0.1\n' + ('#' + 'x'.repeat(1022) + '\n').repeat(8 * 1024 - 1));
    const r2 = runIn(root, ['run', ok, '--format', 'json'], { timeout: 30_000 });
    assert.equal(r2.code, 0, r2.err);
  });

  it('one seed domain, 0 … 4294967295: anything else is refused, and seeds in it give distinct runs', () => {
    for (const bad of ['', '1e3', '0x10', '99999999999999999999', '4294967296', '4294967297', '9007199254740992', '-1', ' 1', '1.0', '+1', '01']) {
      const r = runIn(root, ['run', 'connect-refused', '--seed', bad]);
      assert.equal(r.code, 2, `--seed ${JSON.stringify(bad)}: ${r.err}`);
      assert.match(r.err, /^sockwalk: --seed .*(takes|out of range).*an integer from 0 to 4294967295/, bad);
      assert.equal(r.out, '');
    }
    const runs = ['0', '1', '2654435769', '4294967295'].map((s) => {
      const r = runIn(root, ['run', 'connect-refused', '--format', 'json', '--seed', s]);
      assert.equal(r.code, 0, r.err);
      return r.out;
    });
    assert.equal(new Set(runs).size, runs.length, 'each seed gives its own run');
  });

  /** A scenario of n connections accepted one by one (about 85 KB of JSON lines per connection). */
  function connections(n: number): string {
    const l = ['host server 10.0.0.1', 'host client 10.0.0.2', 'server: lfd = socket(AF_INET, SOCK_STREAM, 0)', 'server: bind(lfd, 0.0.0.0:8080)', 'server: listen(lfd, 4096)'];
    for (let i = 0; i < n; i++) l.push(`client: c${i} = socket(AF_INET, SOCK_STREAM, 0)`, `client: connect(c${i}, 10.0.0.1:8080)`, `server: a${i} = accept(lfd)`);
    return tmpScenario(l.join('\n') + '\n');
  }

  it('large JSON output through a pipe: written with backpressure, memory stays flat, exit 0', function () {
    if (process.platform === 'win32') this.skip();
    const f = connections(1000);
    // the child reports its peak RSS when it exits
    const probe = path.join(path.dirname(f), 'maxrss.js');
    fs.writeFileSync(probe, "process.on('exit', () => require('fs').writeSync(2, 'maxrss ' + process.resourceUsage().maxRSS + '\\n'));\n");
    const sh = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" -r "${probe}" "${bin}" run "${f}" --format json | wc -c`], { cwd: root, encoding: 'utf8', timeout: 100_000 });
    assert.equal(sh.status, 0, sh.stderr);
    assert.ok(Number(sh.stdout.trim()) > 50e6, `${sh.stdout.trim()} bytes`);
    const rssKb = Number(/maxrss (\d+)/.exec(sh.stderr)?.[1]);
    assert.doesNotMatch(sh.stderr, /ENOBUFS|Error/);
    // before: every line was queued in memory (~580 MB for this run, 2.8 GB and ENOBUFS for 10,000 connections)
    assert.ok(rssKb < 300 * 1024, `peak RSS ${Math.round(rssKb / 1024)} MB`);
  });

  it('a reader that goes away (| head) ends the run at once, quietly, with status 141 (SIGPIPE)', function () {
    if (process.platform === 'win32') this.skip();
    const f = connections(1000);
    const t0 = Date.now();
    const sh = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" run "${f}" --format json | head -c 100 >/dev/null; echo "status \${PIPESTATUS[0]}"`], { cwd: root, encoding: 'utf8', timeout: 100_000 });
    assert.equal(sh.stderr, '', 'no EPIPE stack trace');
    assert.match(sh.stdout, /^status 141$/m);
    assert.ok(Date.now() - t0 < 30_000);
  });

  it('through a slow pipe, a failed expectation still exits 1 once all its output is written', function () {
    if (process.platform === 'win32') this.skip();
    const f = connections(300);
    fs.appendFileSync(f, 'server: listen(lfd, 5) = -1 EINVAL\n');
    const sh = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" run "${f}" --format json | { sleep 1; wc -c; }; echo "status \${PIPESTATUS[0]}"`], { cwd: root, encoding: 'utf8', timeout: 100_000 });
    assert.match(sh.stdout, /^status 1$/m, sh.stderr);
    assert.ok(Number(sh.stdout.trim().split('\n')[0]) > 10e6, sh.stdout);
    assert.match(sh.stderr, /error: server: listen\(\) returned 0, expected -1 EINVAL/);
  });
});
