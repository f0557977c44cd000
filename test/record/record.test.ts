// `sockwalk record` with real programs built here (the system's cc, Python's socketserver): each is
// recorded under strace, the scenario it gives is compared with a golden (ports and pids normalised),
// and replayed in the simulated kernel, where every recorded result must hold. UPDATE_GOLDEN=1
// rewrites the goldens. Also strace's log format, read by src/record/strace.ts.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { recordCommand, straceWorks } from '../../src/cli/record';
import { parseStrace, parseRet, splitArgs, parseCString } from '../../src/record/strace';
import { recordScenario } from '../../src/record/scenario';
import { parseScenario } from '../../src/scenario/parser';
import { ScenarioRun } from '../../src/scenario/runner';

const root = path.resolve(__dirname, '../..');
const programs = path.join(__dirname, 'programs');

/** A free TCP/UDP port on 127.0.0.1 (asked of the kernel, then released). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** The scenario with the run's port, pids and build folder replaced by stable words. */
function normalise(text: string, port: number, dir: string): string {
  return text
    // (whether libc asks nscd first depends on the machine's libc, not on the program)
    .replace(/^# [^:\n]+: libc asked nscd .*\n/gm, '')
    .split(dir).join('DIR')
    .replace(new RegExp(`\\b${port}\\b`, 'g'), 'PORT')
    .replace(/\bthread \d+ of pid \d+/g, 'thread TID of pid PID')
    .replace(/\bpid \d+/g, 'pid PID');
}

/**
 * A server started for a recording: in the background, under `timeout` (a hung run ends), and the
 * shell goes on once it is listening — the server creates READY_FILE then (a real wait, not a guess).
 */
function serve(command: string): string {
  return `rm -f ready; READY_FILE=ready timeout 30 ${command} & until [ -e ready ]; do sleep 0.02; done; `;
}

/** Replays a recorded scenario: every call runs and every expectation holds. */
function replay(text: string): { problems: string[]; calls: number; results: number } {
  const parsed = parseScenario(text, 'recorded.sockwalk');
  assert.deepEqual(parsed.diagnostics.filter((d) => d.severity === 'error'), [], 'the recorded scenario parses');
  const run = new ScenarioRun(parsed.scenario!);
  run.runToEnd();
  const calls = parsed.scenario!.stmts.filter((s) => s.kind === 'call').length;
  return { problems: run.problems.map((p) => `${p.loc.line}: ${p.message}`), calls, results: run.results.length };
}

function golden(name: string, text: string, compare: (t: string) => string = (t) => t): void {
  const file = path.join(root, 'test', 'golden', 'record', `${name}.sockwalk`);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, text);
  assert.ok(fs.existsSync(file), `missing ${file}: run UPDATE_GOLDEN=1`);
  assert.equal(compare(text), compare(fs.readFileSync(file, 'utf8')));
}

/**
 * A recording's lines process by process, each in its order, the other lines first: how two real
 * processes' calls interleave is the machine's timing (a loaded machine can run the client's socket()
 * before the server's accept()), not the programs'.
 */
function byProcess(text: string): string {
  const other: string[] = [];
  const per = new Map<string, string[]>();
  for (const l of text.split('\n')) {
    const m = /^([A-Za-z_][\w-]*): /.exec(l);
    if (!m) other.push(l);
    else if (per.has(m[1])) per.get(m[1])!.push(l);
    else per.set(m[1], [l]);
  }
  return [...other, ...[...per.keys()].sort().flatMap((k) => per.get(k)!)].join('\n');
}

describe('sockwalk record: strace\'s log', () => {
  it('joins a call another task interrupted (<unfinished ...> … <... resumed>) and knows where it entered and returned', () => {
    const log = [
      '10  1.000000 accept(3<TCP:[127.0.0.1:9000]>, NULL, NULL <unfinished ...>',
      '11  1.100000 connect(3<TCP:[1234]>, {sa_family=AF_INET, sin_port=htons(9000), sin_addr=inet_addr("127.0.0.1")}, 16) = 0',
      '10  1.200000 <... accept resumed>) = 4<TCP:[127.0.0.1:9000->127.0.0.1:5555]>',
      '10  1.300000 --- SIGCHLD {si_signo=SIGCHLD} ---',
    ].join('\n');
    const calls = parseStrace(log);
    assert.deepEqual(calls.map((c) => [c.pid, c.name, c.entered, c.returned]), [[11, 'connect', 1, 1], [10, 'accept', 0, 2]]);
    assert.deepEqual(calls[1].args, ['3<TCP:[127.0.0.1:9000]>', 'NULL', 'NULL']);
    assert.deepEqual(parseRet(calls[1].result), { value: 4, annotation: 'TCP:[127.0.0.1:9000->127.0.0.1:5555]' });
  });
  it('reads results, arguments and C strings as strace prints them', () => {
    assert.deepEqual(parseRet('-1 ECONNREFUSED (Connection refused)'), { value: -1, errno: 'ECONNREFUSED', detail: '(Connection refused)' });
    assert.equal(parseRet('0x802 (flags O_RDWR|O_NONBLOCK)')!.value, 0x802);
    assert.deepEqual(splitArgs('3<TCP:[1.2.3.4:5->6.7.8.9:10]>, "a,b", {x=1, y=[2, 3]}, 16'), ['3<TCP:[1.2.3.4:5->6.7.8.9:10]>', '"a,b"', '{x=1, y=[2, 3]}', '16']);
    assert.deepEqual(parseCString('"hi\\n\\0\\377\\""...'), { value: 'hi\n\0\xff"', truncated: true });
  });
});

describe('sockwalk record: from the log to the scenario', () => {
  it('does not check a zero-timeout wait that found nothing (the peer\'s segment may have been on its way); one that found something is checked', () => {
    const log = [
      '8 1.0 socket(AF_INET, SOCK_STREAM|SOCK_NONBLOCK, IPPROTO_IP) = 3<TCP:[100]>',
      '8 1.1 epoll_create1(EPOLL_CLOEXEC) = 4<anon_inode:[eventpoll]>',
      '8 1.2 epoll_ctl(4<anon_inode:[eventpoll]>, EPOLL_CTL_ADD, 3<TCP:[100]>, {events=EPOLLIN, data={u32=3, u64=3}}) = 0',
      '8 1.3 epoll_wait(4<anon_inode:[eventpoll]>, [], 8, 0) = 0',
      '8 1.4 poll([{fd=3<TCP:[100]>, events=POLLIN}], 1, 0) = 0 (Timeout)',
      '8 1.5 epoll_wait(4<anon_inode:[eventpoll]>, [], 8, 100) = 0',
      '8 1.6 poll([{fd=3<TCP:[100]>, events=POLLOUT}], 1, 0) = 1 ([{fd=3, revents=POLLOUT}])',
    ].join('\n');
    const text = recordScenario(parseStrace(log), { command: 'x' });
    assert.match(text, /^proc: epoll_wait\(ep, 8, 0\) += any +# the recording saw 0: a zero-timeout wait races with the peer's delivery, not checked$/m);
    assert.match(text, /^proc: poll\(fd, POLLIN, 0\) += any +# the recording saw 0/m);
    assert.match(text, /^proc: epoll_wait\(ep, 8, 100\) += 0$/m, 'a wait with a timeout that found nothing is checked');
    assert.match(text, /^proc: poll\(fd, POLLOUT, 0\) += "3:POLLOUT"$/m);
    assert.deepEqual(parseScenario(text, 'x').diagnostics, []);
  });

  it("leaves out libc's nscd probes in a process that uses IPv4 sockets too, with one comment, and keeps the rest", () => {
    const probe = (t: number, ino: number) => [
      `8 ${t}.0 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, 0) = 3<UNIX-STREAM:[${ino}]>`,
      `8 ${t}.1 connect(3<UNIX-STREAM:[${ino}]>, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT (No such file or directory)`,
      `8 ${t}.2 close(3<UNIX-STREAM:[${ino}]>) = 0`,
    ];
    const log = [
      ...probe(1, 90),
      ...probe(2, 91),
      '8 3.0 socket(AF_UNIX, SOCK_DGRAM, 0) = 3<UNIX-DGRAM:[92]>',
      '8 3.1 connect(3<UNIX-DGRAM:[92]>, {sa_family=AF_UNIX, sun_path="/dev/log"}, 110) = 0',
      '8 3.2 close(3<UNIX-DGRAM:[92]>) = 0',
      '8 4.0 socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3<TCP:[100]>',
      '8 4.1 connect(3<TCP:[100]>, {sa_family=AF_INET, sin_port=htons(9), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 ECONNREFUSED (Connection refused)',
    ].join('\n');
    const text = recordScenario(parseStrace(log), { command: 'x' });
    assert.equal((text.match(/nscd/g) ?? []).length, 1, text);
    assert.match(text, /^# proc: libc asked nscd over an AF_UNIX socket 2 times \(its name-service cache; AF_UNIX is not simulated\) — left out$/m);
    // another AF_UNIX socket (syslog's) is still shown, as not simulated
    assert.match(text, /^# proc: connect\(3, \{sa_family=AF_UNIX, sun_path="\/dev\/log"\}, 110\) = 0 — a UNIX-DGRAM socket: not simulated$/m);
    assert.match(text, /^proc: connect\(fd, 10\.0\.0\.1:9\) += -1 ECONNREFUSED$/m);
    assert.deepEqual(parseScenario(text, 'x').diagnostics, []);
  });

  it('leaves out a process that used no IPv4 socket (nscd over AF_UNIX), and comments on what it cannot replay', () => {
    const log = [
      '7 1.0 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, 0) = 3<UNIX-STREAM:[99]>',
      '7 1.1 connect(3<UNIX-STREAM:[99]>, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT (No such file or directory)',
      '8 1.2 socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3<TCP:[100]>',
      '8 1.3 getsockopt(3<TCP:[100]>, SOL_SOCKET, SO_ERROR, [0], [4]) = 0',
      '8 1.4 connect(3<TCP:[100]>, {sa_family=AF_INET, sin_port=htons(9), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 ECONNREFUSED (Connection refused)',
    ].join('\n');
    const text = recordScenario(parseStrace(log), { command: 'x' });
    assert.doesNotMatch(text, /UNIX|nscd|# pid 7$/m);
    assert.match(text, /^process proc on client-host +# pid 8$/m);
    assert.match(text, /^proc: getsockopt\(fd, SOL_SOCKET, SO_ERROR\) += "0"$/m);
    assert.match(text, /^proc: connect\(fd, 10\.0\.0\.1:9\) += -1 ECONNREFUSED$/m);
    const parsed = parseScenario(text, 'x');
    assert.deepEqual(parsed.diagnostics, []);
  });

  it('writes getsockopt(SO_ERROR) with the value strace shows as its expectation (by name, also from a number); other options stay comments', () => {
    const log = [
      '8 1.0 socket(AF_INET, SOCK_STREAM|SOCK_NONBLOCK, IPPROTO_IP) = 3<TCP:[100]>',
      '8 1.1 connect(3<TCP:[100]>, {sa_family=AF_INET, sin_port=htons(9), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS (Operation now in progress)',
      '8 1.2 poll([{fd=3<TCP:[100]>, events=POLLOUT}], 1, 1000) = 1 ([{fd=3, revents=POLLOUT|POLLERR|POLLHUP}])',
      '8 1.3 getsockopt(3<TCP:[100]>, SOL_SOCKET, SO_ERROR, [ECONNREFUSED], [4]) = 0',
      '8 1.4 getsockopt(3<TCP:[100]>, SOL_SOCKET, SO_ERROR, [111], [4]) = 0',
      '8 1.5 getsockopt(3<TCP:[100]>, SOL_SOCKET, SO_RCVBUF, [131072], [4]) = 0',
      '8 1.6 getsockopt(3<TCP:[100]>, SOL_TCP, TCP_INFO, "\\x07", [1]) = 0',
      '8 1.7 close(3<TCP:[100]>) = 0',
    ].join('\n');
    const text = recordScenario(parseStrace(log), { command: 'x' });
    const calls = text.split('\n').filter((l) => /getsockopt/.test(l));
    assert.equal(calls.length, 4, text);
    assert.match(calls[0], /^proc: getsockopt\(fd, SOL_SOCKET, SO_ERROR\) += "ECONNREFUSED"$/);
    assert.match(calls[1], /^proc: getsockopt\(fd, SOL_SOCKET, SO_ERROR\) += "ECONNREFUSED"$/);
    assert.match(calls[2], /^# proc: getsockopt\(3, SOL_SOCKET, SO_RCVBUF, .* — getsockopt\(\) of SOL_SOCKET\/SO_RCVBUF is not simulated$/);
    assert.match(calls[3], /^# proc: .* — getsockopt\(\) of SOL_TCP\/TCP_INFO is not simulated$/);
    assert.deepEqual(parseScenario(text, 'x').diagnostics, []);
  });
});

describe('sockwalk record: ioctl', () => {
  it('writes FIONBIO with the int strace shows, FIOCLEX / FIONCLEX bare; another request on a socket, and one on a terminal, are not calls', () => {
    const log = [
      '8 1.0 ioctl(0</dev/pts/0>, TCGETS, {B38400 opost isig icanon echo ...}) = 0',
      '8 1.1 socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3<TCP:[100]>',
      '8 1.2 ioctl(3<TCP:[100]>, FIONBIO, [1]) = 0',
      '8 1.3 ioctl(3<TCP:[100]>, FIOCLEX) = 0',
      '8 1.4 ioctl(3<TCP:[100]>, FIONREAD, [0]) = 0',
      '8 1.5 ioctl(3<TCP:[100]>, FIONBIO, [0]) = 0',
      '8 1.6 ioctl(3<TCP:[100]>, FIONCLEX) = 0',
      '8 1.7 close(3<TCP:[100]>) = 0',
    ].join('\n');
    const text = recordScenario(parseStrace(log), { command: 'x' });
    const calls = text.split('\n').filter((l) => /ioctl/.test(l));
    assert.equal(calls.length, 5, text);
    assert.match(calls[0], /^proc: ioctl\(fd, FIONBIO, 1\) += 0$/);
    assert.match(calls[1], /^proc: ioctl\(fd, FIOCLEX\) += 0$/);
    assert.match(calls[2], /^# proc: ioctl\(3, FIONREAD, .* — ioctl\(FIONREAD\) is not simulated$/);
    assert.match(calls[3], /^proc: ioctl\(fd, FIONBIO, 0\) += 0$/);
    assert.match(calls[4], /^proc: ioctl\(fd, FIONCLEX\) += 0$/);
    assert.deepEqual(parseScenario(text, 'x').diagnostics, []);
    const rep = replay(text);
    assert.deepEqual(rep.problems, [], text);
  });
});

describe('sockwalk record: poll and select over several descriptors', () => {
  it('writes the sockets the scenario has as a list, says what it left out, and comments on a call that returned for a descriptor it left out', () => {
    const log = [
      '8 1.0 socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3<TCP:[100]>',
      '8 1.1 bind(3<TCP:[100]>, {sa_family=AF_INET, sin_port=htons(9000), sin_addr=inet_addr("127.0.0.1")}, 16) = 0',
      '8 1.2 listen(3<TCP:[127.0.0.1:9000]>, 16) = 0',
      '8 1.3 poll([{fd=0</dev/pts/0>, events=POLLIN}, {fd=3<TCP:[127.0.0.1:9000]>, events=POLLIN}], 2, 10) = 0 (Timeout)',
      '8 1.4 poll([{fd=0</dev/pts/0>, events=POLLIN}, {fd=3<TCP:[127.0.0.1:9000]>, events=POLLIN}], 2, -1) = 1 ([{fd=0, revents=POLLIN}])',
      '8 1.5 pselect6(4, [0</dev/pts/0> 3<TCP:[127.0.0.1:9000]>], NULL, NULL, {tv_sec=0, tv_nsec=20000000}, NULL) = 0 (Timeout)',
      '8 1.6 socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 4<TCP:[101]>',
      '8 1.7 poll([{fd=3<TCP:[127.0.0.1:9000]>, events=POLLIN}, {fd=-1, events=POLLIN}, {fd=4<TCP:[101]>, events=POLLIN|POLLOUT}], 3, 0) = 1 ([{fd=4, revents=POLLOUT|POLLHUP}])',
      '8 1.8 select(5, [3<TCP:[127.0.0.1:9000]> 4<TCP:[101]>], [4<TCP:[101]>], NULL, {tv_sec=0, tv_usec=0}) = 2 (in [4], out [4], left {tv_sec=0, tv_usec=0})',
    ].join('\n');
    const text = recordScenario(parseStrace(log), { command: 'x' });
    assert.match(text, /^proc: poll\(\[lfd POLLIN\], 10\) += 0   # also asked about fd 0, not a socket this process made here: left out$/m);
    assert.match(text, /^# proc: poll\(\[\{fd=0<\/dev\/pts\/0>, .* — it returned for fd 0, which the simulation does not have$/m);
    assert.match(text, /^proc: select\(\[lfd\], \[\], 20\) += 0   # also asked about fd 0/m);
    assert.match(text, /^proc: poll\(\[lfd POLLIN, -1 POLLIN, fd POLLIN \| POLLOUT\], 0\) += "4:POLLOUT\|POLLHUP"$/m, 'a negative fd is kept: poll skips it');
    assert.match(text, /^proc: select\(\[lfd, fd\], \[fd\], 0\) += "in \[4\], out \[4\]"$/m, 'an unconnected socket is readable too (tcp_poll: EPOLLHUP in TCP_CLOSE)');
    const parsed = parseScenario(text, 'x');
    assert.deepEqual(parsed.diagnostics, []);
    // replayed: the unconnected socket is POLLOUT|POLLHUP (tcp_poll in TCP_CLOSE), readable and writable for select, as on Linux
    const run = new ScenarioRun(parsed.scenario!);
    run.runToEnd();
    assert.deepEqual(run.problems, []);
  });
});

describe('sockwalk record: real programs, recorded and replayed', function () {
  this.timeout(120_000);
  let dir = '';
  before(function () {
    assert.ok(straceWorks(), 'strace must be installed and able to trace (apt-get install strace; .ci/run does)');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sockwalk-rec-'));
    for (const p of ['echo-server', 'echo-client', 'udp-pair', 'epoll-server', 'fork-server', 'select-server']) {
      execFileSync('cc', ['-O', '-o', path.join(dir, p), path.join(programs, `${p}.c`)]);
    }
    for (const p of ['socketserver_echo.py', 'tcp_client.py', 'threading_server.py', 'nonblocking_client.py', 'asyncio_echo.py']) fs.copyFileSync(path.join(programs, p), path.join(dir, p));
  });
  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Records, replays (every result holds, every call runs) and, unless `golden` is false, compares with the golden. */
  async function recordAndReplay(name: string, script: (port: number) => string, withGolden = true): Promise<string> {
    const port = await freePort();
    const r = await recordCommand(['sh', '-c', script(port)], { cwd: dir, quiet: true });
    const text = normalise(r.scenario, port, dir);
    const rep = replay(r.scenario);
    assert.deepEqual(rep.problems, [], `every recorded result holds in the simulation:\n${r.scenario}`);
    assert.equal(rep.results, rep.calls, 'every recorded call ran');
    try {
      if (withGolden) golden(name, text, byProcess);
    } catch (e) {
      // (strace's log, to see why the recording came out different)
      const log = path.join(os.tmpdir(), `sockwalk-record-${name}.strace`);
      fs.writeFileSync(log, r.log);
      throw new Error(`${(e as Error).message}\nstrace's log: ${log}`);
    }
    return text;
  }

  it('a C echo server and its client: both sides, the same calls and results', async () => {
    const text = await recordAndReplay('c-echo', (port) => `${serve(`./echo-server ${port}`)}./echo-client ${port} hello world; wait`);
    assert.match(text, /^process echo-server on server-host/m);
    assert.match(text, /^echo-client: connect\(fd, 10\.0\.0\.1:PORT\) +=/m);
    assert.match(text, /^echo-server: read\(cfd, 256\) .*= "hello"$/m);
  });

  it('a client that gets ECONNREFUSED', async () => {
    const text = await recordAndReplay('c-refused', (port) => `./echo-client ${port} hello`);
    assert.match(text, /^echo-client: connect\(fd, 10\.0\.0\.1:PORT\) += -1 ECONNREFUSED$/m);
  });

  it('a non-blocking client to a closed port: EINPROGRESS, poll, then getsockopt(SO_ERROR) says ECONNREFUSED', async () => {
    const text = await recordAndReplay('py-nonblocking-refused', (port) => `python3 nonblocking_client.py ${port}`);
    assert.match(text, /^nonblocking_client: connect\(fd, 10\.0\.0\.1:PORT\) += -1 EINPROGRESS$/m);
    assert.match(text, /^nonblocking_client: poll\(fd, POLLOUT, 1000\) .*= "3:POLLOUT\|POLLERR\|POLLHUP"$/m);
    assert.match(text, /^nonblocking_client: getsockopt\(fd, SOL_SOCKET, SO_ERROR\) += "ECONNREFUSED"$/m);
  });

  it('a non-blocking client made so by setblocking(False): ioctl(FIONBIO) sets O_NONBLOCK, then EINPROGRESS and SO_ERROR as before', async () => {
    const text = await recordAndReplay('py-setblocking-refused', (port) => `python3 nonblocking_client.py ${port} setblocking`);
    assert.match(text, /^nonblocking_client: fd = socket\(AF_INET, SOCK_STREAM \| SOCK_CLOEXEC, 0\) +=/m);
    assert.match(text, /^nonblocking_client: ioctl\(fd, FIONBIO, 1\) += 0$/m);
    assert.match(text, /^nonblocking_client: connect\(fd, 10\.0\.0\.1:PORT\) += -1 EINPROGRESS$/m);
    assert.match(text, /^nonblocking_client: getsockopt\(fd, SOL_SOCKET, SO_ERROR\) += "ECONNREFUSED"$/m);
  });

  it('an epoll server with three concurrent clients: the listener level-triggered, the connections edge-triggered', async () => {
    // the clients connect 400 ms apart and each waits 1 s between its steps: all three are connected at once
    const text = await recordAndReplay('c-epoll', (port) =>
      `${serve(`./epoll-server ${port} 3`)}./echo-client -p 1000 ${port} one & ./echo-client -d 400 -p 1000 ${port} two & ./echo-client -d 800 -p 1000 ${port} three & wait`);
    assert.match(text, /^epoll-server: ep = epoll_create1\(EPOLL_CLOEXEC\) +=/m);
    assert.match(text, /^epoll-server: epoll_ctl\(ep, EPOLL_CTL_ADD, cfd3, EPOLLIN \| EPOLLET\) += 0$/m);
    assert.equal((text.match(/^epoll-server: epoll_wait\(ep, 8, -1\) &? *= "3:EPOLLIN"$/gm) ?? []).length, 3, 'the listener is ready once per client');
    assert.match(text, /^epoll-server: read\(cfd2, 256\) += -1 EAGAIN$/m);
    assert.equal((text.match(/^process echo-client(-\d)? on client-host/gm) ?? []).length, 3);
  });

  it('the classic select() server: one select over the listener and every connection, each answer naming the ready ones', async () => {
    // the second client connects 400 ms after the first, each waits 1 s between its steps: both are connected at once
    const text = await recordAndReplay('c-select', (port) =>
      `${serve(`./select-server ${port} 2`)}./echo-client -p 1000 ${port} one & ./echo-client -d 400 -p 1000 ${port} two & wait`);
    // glibc's select() is pselect6 with no signal mask; one descriptor is the short form, several a list
    assert.match(text, /^select-server: select\(lfd, POLLIN, -1\) &? *= "in \[3\]"$/m);
    assert.match(text, /^select-server: select\(\[lfd, cfd\], \[\], -1\) &? *= "in \[3\]"$/m, 'the listener is ready while a connection is watched too');
    assert.match(text, /^select-server: select\(\[lfd, cfd, cfd2\], \[\], -1\) &? *= "in \[4\]"$/m, 'a connection with data, among three');
    assert.match(text, /^select-server: select\(\[lfd, cfd, cfd2\], \[\], -1\) &? *= "in \[5\]"$/m);
    assert.doesNotMatch(text, /several descriptors|use epoll/);
  });

  it('the same server waiting in poll(): an array of struct pollfd, the revents of each ready one', async () => {
    const text = await recordAndReplay('c-poll', (port) =>
      `${serve(`./select-server -p ${port} 2`)}./echo-client -p 1000 ${port} one & ./echo-client -d 400 -p 1000 ${port} two & wait`);
    assert.match(text, /^select-server: poll\(lfd, POLLIN, -1\) &? *= "3:POLLIN"$/m);
    assert.match(text, /^select-server: poll\(\[lfd POLLIN, cfd POLLIN\], -1\) &? *= "3:POLLIN"$/m);
    assert.match(text, /^select-server: poll\(\[lfd POLLIN, cfd POLLIN, cfd2 POLLIN\], -1\) &? *= "4:POLLIN"$/m);
    assert.doesNotMatch(text, /several descriptors|use epoll/);
  });

  it('a Python socketserver and a Python client', async () => {
    const text = await recordAndReplay('py-socketserver', (port) =>
      `${serve(`python3 socketserver_echo.py ${port}`)}python3 tcp_client.py ${port} hello; wait`);
    assert.match(text, /^process socketserver_echo on server-host/m);
    assert.match(text, /^socketserver_echo: poll\(lfd, POLLIN, -1\) &? *= "3:POLLIN"$/m);
    assert.match(text, /^socketserver_echo: cfd = accept4\(lfd, SOCK_CLOEXEC\) += 4$/m);
    assert.match(text, /^tcp_client: recv\(fd, 100\) += "HELLO\\n"$/m);
  });

  it('an asyncio echo server and client: setblocking(False) is ioctl(FIONBIO), the loops wait in epoll_wait, their AF_UNIX socketpair stays a comment', async () => {
    // (no golden: how many times each event loop polls with a zero timeout, and how the two loops'
    // calls interleave, changes from run to run; every recorded result must still hold)
    const text = await recordAndReplay('py-asyncio', (port) =>
      `${serve(`python3 asyncio_echo.py server ${port}`)}python3 asyncio_echo.py client ${port} hello; wait`, false);
    assert.match(text, /^asyncio_echo-server: ioctl\(lfd, FIONBIO, 1\) += 0$/m);
    assert.match(text, /^asyncio_echo-server: epoll_ctl\(ep2, EPOLL_CTL_ADD, lfd, EPOLLIN\) += 0$/m);
    assert.match(text, /^asyncio_echo-server: ioctl\(cfd, FIONBIO, 1\) += 0$/m);
    assert.match(text, /^asyncio_echo-client: ioctl\(fd, FIONBIO, 1\) += 0$/m);
    assert.match(text, /^asyncio_echo-client: connect\(fd, 10\.0\.0\.1:PORT\) += -1 EINPROGRESS$/m);
    assert.match(text, /^asyncio_echo-client: getsockopt\(fd, SOL_SOCKET, SO_ERROR\) += "0"$/m);
    assert.match(text, /^asyncio_echo-server: recv\(cfd, 262144\) .*= "hello"$/m);
    assert.match(text, /^asyncio_echo-client: recv\(fd, 262144\) .*= "hello"$/m);
    assert.match(text, /^# asyncio_echo-server: .* — a UNIX-STREAM socket: not simulated$/m);
  });

  it('a forking server: each child gets a copy of the descriptors, and its exit closes the connection', async () => {
    const text = await recordAndReplay('c-fork', (port) => `${serve(`./fork-server ${port} 2`)}./echo-client -p 300 ${port} one; ./echo-client -p 300 ${port} two; wait`);
    assert.match(text, /^# fork-server-2 \(pid PID\): forked by fork-server, below$/m);
    assert.match(text, /^fork-server: fork fork-server-2$/m);
    assert.match(text, /^fork-server-2: close\(lfd\) += 0$/m, 'the child closes its copy of the listener');
    assert.match(text, /^fork-server-2: read\(cfd, 256\) .*= "one"$/m, 'the child reads the connection its parent accepted');
    assert.match(text, /^fork-server-2: exit_group\(0\)$/m, 'its exit closes the connection it left open');
  });

  it('a Python ThreadingTCPServer: each request in a thread that shares the server\'s descriptors', async () => {
    // (no golden: where the threads' calls fall between the server's depends on the scheduler)
    const text = await recordAndReplay('py-threading', (port) =>
      `${serve(`python3 threading_server.py ${port}`)}python3 tcp_client.py ${port} one; python3 tcp_client.py ${port} two; wait`, false);
    assert.match(text, /^threading_server: thread threading_server-thread$/m);
    assert.match(text, /^threading_server-thread: recv\(cfd, 8192\) .*= "one\\n"$/m, 'the thread uses the descriptor the server accepted');
    assert.match(text, /^tcp_client-2: recv\(fd, 100\) += "TWO\\n"$/m);
  });

  it('a UDP pair: the server answers the sender recvfrom learned', async () => {
    const text = await recordAndReplay('c-udp', (port) => `${serve(`./udp-pair server ${port}`)}./udp-pair client ${port}; wait`);
    assert.match(text, /^udp-pair-server: peer = recvfrom\(ufd, 64\)/m);
    assert.match(text, /^udp-pair-server: sendto\(ufd, "PING", peer\)/m);
  });
});
