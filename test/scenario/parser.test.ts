// Tests for the scenario parser: the AST of a full scenario, every diagnostic's position and
// message as a user sees them, and a deterministic fuzz that the parser never throws.

import assert from 'node:assert/strict';
import type { Arg, Diagnostic, Stmt } from '../../src/scenario/ast';
import { CALLS, callSignature, callSpec, maxArgs, minArgs } from '../../src/scenario/calls';
import { formatDiagnostic, parseScenario } from '../../src/scenario/parser';

const SAMPLE = `# The lesson: a server accepts, a client connects.
#
#   Indented second paragraph.
host server 10.0.0.1                 # host NAME IPV4 [IPV4...]
host client 10.0.0.2
process worker on server             # optional: extra process on a host.
link delay 1ms                       # one-way delay
sysctl server net.core.somaxconn = 128
server: lfd = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)
server: bind(lfd, 10.0.0.1:8080)
server: setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, 1)
server: listen(lfd, 128)
server: cfd = accept(lfd) &          # '&' = background
client: fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0)
client: connect(fd, 10.0.0.1:8080)   = 0
server: wait cfd
client: connect(fd, 10.0.0.1:8080)   = -1 EISCONN
client: send(fd, "hello")            = 5
server: recv(cfd, 100)               = "hello"     # data expectation
sleep 200ms
pause "The request socks now sit in the established hash"
`;

/** Two hosts, so that bodies below start on line 3. */
const HEAD = 'host server 10.0.0.1\nhost client 10.0.0.2\n';

const show = (d: Diagnostic) => `${d.loc.line}:${d.loc.col} ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;

/** All diagnostics of HEAD + body as "line:col message". */
function diags(body: string, head = HEAD): string[] {
  return parseScenario(head + body, 't.sock').diagnostics.map(show);
}

/** The one diagnostic of HEAD + body. */
function one(body: string, head = HEAD): string {
  const ds = diags(body, head);
  assert.equal(ds.length, 1, `expected one diagnostic, got:\n${ds.join('\n')}`);
  return ds[0];
}

function stmts(body: string): Stmt[] {
  const r = parseScenario(HEAD + body, 't.sock');
  assert.deepEqual(r.diagnostics.map(show), []);
  return r.scenario!.stmts.slice(2);
}

function call(body: string): Extract<Stmt, { kind: 'call' }> {
  const s = stmts(body).at(-1)!;
  assert.equal(s.kind, 'call');
  return s as Extract<Stmt, { kind: 'call' }>;
}

const SOCK = 'server: fd = socket(AF_INET, SOCK_STREAM, 0)\n'; // line 3

describe('scenario parser', () => {
  describe('the sample scenario', () => {
    const r = parseScenario(SAMPLE, 'sample.sock');
    const s = r.scenario!;

    it('parses without diagnostics', () => {
      assert.deepEqual(r.diagnostics, []);
      assert.equal(s.source, 'sample.sock');
      assert.equal(s.stmts.length, 18);
    });

    it('takes the leading comment block as the description', () => {
      assert.equal(s.description, 'The lesson: a server accepts, a client connects.\n\n  Indented second paragraph.');
    });

    it('declares hosts, processes, link delay and sysctls', () => {
      assert.deepEqual(s.stmts.slice(0, 5), [
        { kind: 'host', name: 'server', addrs: ['10.0.0.1'], loc: { line: 4, col: 1 } },
        { kind: 'host', name: 'client', addrs: ['10.0.0.2'], loc: { line: 5, col: 1 } },
        { kind: 'process', name: 'worker', host: 'server', loc: { line: 6, col: 1 } },
        { kind: 'link', delayUs: 1000, loc: { line: 7, col: 1 } },
        { kind: 'sysctl', host: 'server', key: 'net.core.somaxconn', value: 128, loc: { line: 8, col: 1 } },
      ]);
    });

    it('parses calls with assignment, args, background and expectations', () => {
      const [sock, bind, , , acc, csock, conn, wait, conn2, send, recv, sleep, pause] = s.stmts.slice(5);
      assert.deepEqual(sock, {
        kind: 'call', proc: 'server', assign: 'lfd', fn: 'socket', background: false,
        args: [
          { kind: 'name', name: 'AF_INET', loc: { line: 9, col: 22 } },
          { kind: 'name', name: 'SOCK_STREAM', loc: { line: 9, col: 31 } },
          { kind: 'name', name: 'IPPROTO_TCP', loc: { line: 9, col: 44 } },
        ],
        loc: { line: 9, col: 1 }, fnLoc: { line: 9, col: 15 },
      });
      assert.deepEqual((bind as { args: Arg[] }).args[1], { kind: 'addr', ip: '10.0.0.1', port: 8080, loc: { line: 10, col: 19 } });
      assert.deepEqual([acc.kind, (acc as { background: boolean }).background, (acc as { assign?: string }).assign], ['call', true, 'cfd']);
      assert.deepEqual((csock as { args: Arg[] }).args[1], {
        kind: 'or', loc: { line: 14, col: 30 },
        parts: [{ kind: 'name', name: 'SOCK_STREAM', loc: { line: 14, col: 30 } }, { kind: 'name', name: 'SOCK_NONBLOCK', loc: { line: 14, col: 44 } }],
      });
      assert.deepEqual((conn as { expect?: unknown }).expect, { kind: 'ret', value: 0, loc: { line: 15, col: 40 } });
      assert.deepEqual(wait, { kind: 'wait', proc: 'server', target: 'cfd', loc: { line: 16, col: 1 } });
      assert.deepEqual((conn2 as { expect?: unknown }).expect, { kind: 'errno', errno: 'EISCONN', loc: { line: 17, col: 40 } });
      assert.deepEqual((send as { args: Arg[] }).args[1], { kind: 'string', value: 'hello', loc: { line: 18, col: 18 } });
      assert.deepEqual((recv as { expect?: unknown }).expect, { kind: 'data', value: 'hello', loc: { line: 19, col: 40 } });
      assert.deepEqual(sleep, { kind: 'sleep', durationUs: 200_000, loc: { line: 20, col: 1 } });
      assert.deepEqual(pause, { kind: 'pause', message: 'The request socks now sit in the established hash', loc: { line: 21, col: 1 } });
    });

    it('reads CRLF files and a BOM the same way', () => {
      const crlf = parseScenario('\uFEFF' + SAMPLE.replace(/\n/g, '\r\n'), 'sample.sock');
      assert.deepEqual(crlf, r);
    });
  });

  describe('syntax', () => {
    it('converts durations to microseconds', () => {
      const d = (s: string) => (stmts(`link delay ${s}`)[0] as { delayUs: number }).delayUs;
      assert.equal(d('1.5ms'), 1500);
      assert.equal(d('1ms'), 1000);
      assert.equal(d('250us'), 250);
      assert.equal(d('2s'), 2_000_000);
      assert.equal(d('0.000001s'), 1);
      assert.equal(d('1.10ms'), 1100);
      assert.equal(d('3 ms'), 3000);
      assert.equal((stmts('sleep 0.5s')[0] as { durationUs: number }).durationUs, 500_000);
    });

    it('accepts & and = in either order', () => {
      for (const tail of ['& = 4', '= 4 &', '&= 4', '=4&']) {
        const c = call(`server: lfd = socket(AF_INET, SOCK_STREAM, 0)\nserver: listen(lfd, 1)\nserver: cfd = accept(lfd) ${tail}\n`);
        assert.equal(c.background, true, tail);
        assert.deepEqual(c.expect, { kind: 'ret', value: 4, loc: c.expect!.loc }, tail);
      }
    });

    it('parses ints: decimal, hex, negative, or-ed with names', () => {
      const c = call(SOCK + 'server: fcntl(fd, F_SETFL, O_NONBLOCK | 0x10 | 2)\nserver: listen(fd, -1) = -22\n');
      assert.deepEqual(c.args[1], { kind: 'int', value: -1, loc: { line: 5, col: 20 } });
      assert.deepEqual(c.expect, { kind: 'ret', value: -22, loc: { line: 5, col: 26 } });
      const f = stmts(SOCK + 'server: fcntl(fd, F_SETFL, O_NONBLOCK | 0x10 | 2)\n')[1] as Extract<Stmt, { kind: 'call' }>;
      assert.deepEqual(f.args[2], {
        kind: 'or', loc: { line: 4, col: 28 },
        parts: [
          { kind: 'name', name: 'O_NONBLOCK', loc: { line: 4, col: 28 } },
          { kind: 'int', value: 16, loc: { line: 4, col: 41 } },
          { kind: 'int', value: 2, loc: { line: 4, col: 48 } },
        ],
      });
    });

    it('decodes string escapes, and # inside a string is not a comment', () => {
      const c = call(SOCK + 'server: send(fd, "a\\n\\t\\\\\\"\\x41#b")  # comment\n');
      assert.deepEqual(c.args[1], { kind: 'string', value: 'a\n\t\\"A#b', loc: { line: 4, col: 18 } });
      assert.equal((stmts('pause "x # y"')[0] as { message: string }).message, 'x # y');
    });

    it('accepts the wildcard address, fd numbers, byte counts, AF_UNSPEC and = any', () => {
      assert.deepEqual(call(SOCK + 'server: bind(fd, 0.0.0.0:0)').args[1], { kind: 'addr', ip: '0.0.0.0', port: 0, loc: { line: 4, col: 18 } });
      assert.deepEqual(call(SOCK + 'server: connect(fd, AF_UNSPEC)').args[1], { kind: 'name', name: 'AF_UNSPEC', loc: { line: 4, col: 21 } });
      assert.deepEqual(call(SOCK + 'server: send(3, 1000)').args, [
        { kind: 'int', value: 3, loc: { line: 4, col: 14 } }, { kind: 'int', value: 1000, loc: { line: 4, col: 17 } }]);
      assert.equal(call(SOCK + 'server: close(fd) = any').expect, undefined);
    });

    it('allows the SO_LINGER form of setsockopt, and a host with several addresses', () => {
      assert.equal(call(SOCK + 'server: setsockopt(fd, SOL_SOCKET, SO_LINGER, 1, 0)').args.length, 5);
      assert.deepEqual((stmts('host multi 10.0.0.3 192.168.1.1')[0] as { addrs: string[] }).addrs, ['10.0.0.3', '192.168.1.1']);
    });

    it('lets an extra process use its own fds, and the host name its default process', () => {
      const s = stmts('process worker on server\nworker: w = socket(AF_INET, SOCK_DGRAM, 0)\nworker: close(w)\nserver: s = socket(AF_INET, SOCK_STREAM, 0)\n');
      assert.deepEqual(s.map((x) => x.kind === 'call' ? `${x.proc}:${x.fn}` : x.kind), ['process', 'worker:socket', 'worker:close', 'server:socket']);
    });

    it('uses a background call\'s fd right away and waits without a target', () => {
      const s = stmts('server: l = socket(AF_INET, SOCK_STREAM, 0)\nserver: listen(l, 1)\nserver: c = accept(l) &\nserver: wait\nserver: close(c)\n');
      assert.deepEqual(s[3], { kind: 'wait', proc: 'server', loc: { line: 6, col: 1 } });
    });

    it('returns the scenario when there are only warnings', () => {
      const r = parseScenario(HEAD + SOCK + SOCK, 't.sock');
      assert.deepEqual(r.diagnostics.map(show), ["4:9 warning: 'fd' is assigned again (it held an fd from line 3)"]);
      assert.ok(r.scenario);
    });

    it('formats diagnostics as file:line:col: severity: message', () => {
      const d = parseScenario(HEAD + 'server: sokcet()', 'lesson.sock').diagnostics[0];
      assert.equal(formatDiagnostic('lesson.sock', d), "lesson.sock:3:9: error: unknown call 'sokcet'; did you mean socket?");
      assert.equal(d.endCol, 15);
    });
  });

  describe('syntax errors', () => {
    const cases: Array<[string, string]> = [
      ['server: connect(fd, 10.0.0.1:80) = -1', '4:36 -1 must be followed by an errno name'],
      ['server: connect(fd, 10.0.0.1:80) = -1 ECONREFUSED', "4:39 unknown errno 'ECONREFUSED'; close matches: ECONNREFUSED"],
      ['server: connect(fd, 10.0.0.1:80) = -1 EFOO', "4:39 unknown errno 'EFOO'"],
      ['server: connect(fd, 10.0.0.1:80) = ECONNREFUSED', "4:36 write '= -1 ECONNREFUSED'"],
      ['server: connect(fd, 10.0.0.1:80) = 0 EINVAL', "4:38 an errno name only follows -1: write '= -1 EINVAL'"],
      ['server: connect(fd, 10.0.0.1:80) =', "4:35 expected a value after '='"],
      ['server: connect(fd, 10.0.0.1:80) = 0 = 1', '4:38 a call has at most one expectation'],
      ['server: connect(fd, 10.0.0.1)', '4:21 address 10.0.0.1 needs a port: write 10.0.0.1:PORT'],
      ['server: connect(fd, 10.0.0.256:80)', '4:21 octet 256 of 10.0.0.256 is out of range'],
      ['server: connect(fd, 10.0.0.1:65536)', "4:21 port '65536' of 10.0.0.1 is not a number in 0-65535"],
      ['server: connect(fd, 10.0.1:80)', "4:21 '10.0.1:80' is not an IPv4 address"],
      ['server: connect(fd 10.0.0.1:80)', "4:20 expected ',' or ')' in the arguments of connect, got '10.0.0.1:80'"],
      ['server: connect(fd, 10.0.0.1:80', "4:32 expected ',' or ')' in the arguments of connect, got end of line"],
      ['server: connect(fd, 10.0.0.1:80   # comment', "4:32 expected ',' or ')' in the arguments of connect, got end of line"],
      ['server: connect(fd,)', "4:20 expected an argument"],
      ['server: connect(fd, 10.0.0.1:80) & &', "4:36 '&' given twice"],
      ['server: connect(fd, 10.0.0.1:80) extra', "4:34 unexpected 'extra' after the call"],
      ['server: send(fd, "a\\qb")', "4:20 unknown escape '\\q'"],
      ['server: send(fd, "a\\x4")', '4:20 escape \\x needs two hex digits'],
      ['server: send(fd, "abc', '4:18 unterminated string'],
      ['server: send(fd, 1) @', "4:21 unexpected character '@'"],
      ['server: send(fd, "\\q" @ $ %)', "4:19 unknown escape '\\q'"], // one lexical error per line
      ['server: listen(fd, 007)', '4:20 number 007 has a leading zero'],
      ['server: listen(fd, 99999999999999999999)', '4:20 number 99999999999999999999 is too large'],
      ['server: close fd', "4:15 expected '(' after close, got 'fd'"],
      ['server:', "4:8 expected a call like socket(...) or 'wait', got end of line"],
      ['server: wait 3', "4:14 expected the name of a background call's result after 'wait'"],
      ['server: sleep 1ms', "4:9 'sleep' is not per process: write it without 'server:'"],
      ['socket(AF_INET, SOCK_STREAM, 0)', "4:1 a call needs a process prefix, e.g. 'server: socket(...)'"],
      ['hots x 10.0.0.9', "4:1 unknown statement 'hots'; did you mean host?"],
      ['42', '4:1 expected a statement'],
      ['host h', '4:7 host h needs an IPv4 address'],
      ['host h 10.0.0.9:80', '4:8 a host address takes no port: write 10.0.0.9'],
      ['host h 10.0.0', "4:8 expected an IPv4 address like 10.0.0.1, got '10.0.0'"],
      ['server: listen(fd, 1.2.3)', "4:20 '1.2.3' is not an IPv4 address"],
      ['host h ten', "4:8 expected an IPv4 address like 10.0.0.1, got 'ten'"],
      ['host h 0.0.0.0', '4:8 0.0.0.0 cannot be a host\'s address'],
      ['process p server', "4:11 expected 'on HOST' after the process name"],
      ['link 1ms', "4:6 expected 'delay', 'down' or 'rate' after 'link'"],
      ['link rate 1mph', "4:11 expected a rate like 1mbit, 100kbit or 1gbit"],
      ['txqueuelen server 0', "4:19 expected eth0's queue length in frames, 1 or more"],
      ['link delay 5', '4:12 duration 5 needs a unit: us, ms or s'],
      ['link delay 5ns', "4:12 unknown time unit 'ns': use us, ms or s"],
      ['link delay 0.5us', '4:12 0.5us is not a whole number of microseconds'],
      ['sleep -1ms', '4:7 expected a duration'],
      ['sleep', '4:6 expected a duration like 1ms, 1.5ms, 200us or 2s, got end of line'],
      ['sysctl server net.core.somaxconn 128', "4:34 expected '=' after net.core.somaxconn"],
      ['sysctl server net.core.somaxconn = lots', "4:36 expected an integer value for net.core.somaxconn"],
      ['pause hello', "4:7 expected a message in quotes after 'pause'"],
    ];
    for (const [line, want] of cases) {
      it(line, () => {
        const got = one(SOCK + line);
        assert.ok(got.startsWith(want), `got:  ${got}\nwant: ${want}…`);
      });
    }
  });

  describe('semantic errors', () => {
    const cases: Array<[string, string]> = [
      ['server: fd = sokcet(AF_INET, SOCK_STREAM, 0)', "3:14 unknown call 'sokcet'; did you mean socket?"],
      ['server: fd = socket(AF_INET, SOCK_STREM, 0)', "3:30 unknown constant 'SOCK_STREM'; did you mean SOCK_STREAM?"],
      ['server: fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOK, 0)', "3:44 unknown constant 'SOCK_NONBLOK'; did you mean SOCK_NONBLOCK?"],
      ['server: fd = socket(af_inet, SOCK_STREAM, 0)', "3:21 unknown constant 'af_inet'; did you mean AF_INET?"],
      ['server: fd = socket(AF_INET, SOCK_STREAM)', '3:14 socket takes 3 arguments: socket(domain, type, protocol) → fd; got 2'],
      ['server: fd = socket(AF_INET, "x", 0)', "3:30 socket's type must be a constant, not a string"],
      ['server: fd = socket(AF_INET, 10.0.0.1:1, 0)', "3:30 socket's type must be a constant, not an address"],
      ['serve: fd = socket(AF_INET, SOCK_STREAM, 0)', "3:1 unknown process 'serve'; did you mean server?"],
      ['nobody: fd = socket(AF_INET, SOCK_STREAM, 0)', "3:1 unknown process 'nobody' (declare it with 'host nobody IPV4' or 'process nobody on HOST')"],
      ['server: wait', "3:1 'server' has no background call ('&') to wait for"],
      ['server: wait cfd', "3:14 'cfd' is not the result of a background call in 'server'"],
      ['server: AF_INET = socket(AF_INET, SOCK_STREAM, 0)', "3:9 'AF_INET' is a constant name"],
      ['process p on sever', "3:14 unknown host 'sever'; did you mean server?"],
      ['host server 10.0.0.9', "3:6 duplicate name 'server': already declared as a host on line 1"],
      ['process client on server', "3:9 duplicate name 'client': already declared as a host on line 2"],
      ['host third 10.0.0.2', '3:12 address 10.0.0.2 is already used by host client (line 2)'],
      ['sysctl sever net.core.somaxconn = 1', "3:8 unknown host 'sever'; did you mean server?"],
      ['process w on server\nsysctl w net.core.somaxconn = 1', "4:8 'w' is a process; sysctl takes a host name (it runs on server)"],
    ];
    for (const [body, want] of cases) {
      it(body.replace(/\n/g, ' / '), () => {
        const got = one(body);
        assert.ok(got.startsWith(want), `got:  ${got}\nwant: ${want}…`);
      });
    }

    const fdCases: Array<[string, string]> = [
      ['server: listen(fd)', '4:9 listen takes 2 arguments: listen(fd, backlog); got 1'],
      ['server: listen(fd, 1, 2)', '4:23 listen takes 2 arguments'],
      ['server: listen(fd, SOMAXCONN)', "4:20 listen's backlog must be an integer"],
      ['server: listen(fd, SOCK_STREAM)', "4:20 listen's backlog must be an integer, not the constant SOCK_STREAM"],
      ['server: listen(fd, 4294967296)', "4:20 listen's backlog 4294967296 is out of range for a C int"],
      ['server: listen(fdd, 1)', "4:16 unknown fd 'fdd' in 'server'; did you mean fd?"],
      ['server: listen(AF_INET, 1)', "4:16 listen's fd must be an fd, not the constant AF_INET"],
      ['server: listen(-1, 1)', "4:16 listen's fd must be a non-negative fd number"],
      ['server: listen(10.0.0.1:1, 1)', "4:16 listen's fd must be an fd name or number"],
      ['client: listen(fd, 1)', "4:16 'fd' is an fd of process 'server', not of 'client': fds belong to one process"],
      ['server: listen(cfd, 1)\nserver: cfd = accept(fd)', "4:16 'cfd' is used before it is assigned (line 5)"],
      ['server: n = send(fd, "x")\nserver: close(n)', "5:15 'n' is not an fd: it holds the result of send (line 4)"],
      ['server: c = accept(fd)\nserver: wait c', "5:14 'c' was not assigned by a background call: add '&' to the call on line 4"],
      ['server: bind(fd, AF_INET)', "4:18 bind's addr must be an address a.b.c.d:port"],
      ['server: setsockopt(fd, SOL_SOCKET, fd, 1)', "4:36 setsockopt's optname is a constant, but 'fd' is an fd"],
      ['server: send(fd, -1)', `4:18 send's data must be a "string" or a byte count >= 0`],
      ['server: send(fd, SOCK_STREAM)', `4:18 send's data must be a "string" or a byte count`],
      ['server: setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, 1, 0)', '4:53 only SO_LINGER, SO_RCVTIMEO and SO_SNDTIMEO take two values'],
      ['server: setsockopt(fd, SOL_SOCKET, SO_LINGER, 1)', '4:9 SO_LINGER takes two values'],
      ['server: send(fd, "hi") = "hi"', '4:26 a "text" expectation is for calls that read (recv, read, recvfrom), not send'],
      ['server: recv(fd, 1) = "hi"', '4:23 recv reads at most 1 byte but the expected text has 2'],
      ['server: getsockopt(fd, SOL_SOCKET)', '4:9 getsockopt takes 3 arguments: getsockopt(fd, level, optname); got 2'],
      ['server: getsockopt(fd, SOL_SOCKET, SO_ERROR) = "ECONNREFUSED"\nserver: send(fd, "x") = "x"', '5:25 a "text" expectation is for calls that read (recv, read, recvfrom), not send'],
      ['server: wait(fd)', "4:9 wait is not a call: write 'server: wait NAME'"],
      ['server: ioctl(fd, FIONBIO)', '4:9 FIONBIO takes an int: ioctl(fd, FIONBIO, 1) makes the file non-blocking'],
      ['server: ioctl(fd, FIOCLEX, 1)', '4:28 FIOCLEX takes no argument: ioctl(fd, FIOCLEX)'],
      ['server: ioctl(fd, SO_ERROR, 1)', '4:19 the simulator answers ioctl() for FIONBIO, FIOCLEX and FIONCLEX only'],
      ['server: ioctl(fd, 0x541B, 1)', '4:19 the simulator answers ioctl() for FIONBIO, FIOCLEX and FIONCLEX only'],
      ['server: ioctl(fd, FIONBIO, 1, 2)', '4:31 ioctl takes 2 or 3 arguments: ioctl(fd, request[, arg]); got 4'],
      ['server: fd = socket(AF_INET, SOCK_STREAM, 0)', "4:9 warning: 'fd' is assigned again (it held an fd from line 3)"],
      ['server: fd = send(fd, 1)', "4:9 warning: 'fd' held an fd from line 3; after this line it is the result of send, not an fd"],
    ];
    for (const [body, want] of fdCases) {
      it(body.replace(/\n/g, ' / '), () => {
        const got = one(SOCK + body);
        assert.ok(got.startsWith(want), `got:  ${got}\nwant: ${want}…`);
      });
    }

    it('reports a missing host at 1:1', () => {
      assert.deepEqual(diags('', ''), ['1:1 no host declared: a scenario needs at least one line like `host server 10.0.0.1`']);
      assert.equal(parseScenario('# only a comment\nsleep 1ms\n', 'x').diagnostics[0].loc.col, 1);
    });

    it('collects all diagnostics, sorted, and gives no scenario on errors', () => {
      const r = parseScenario(HEAD + 'serve: x = sokcet(AF_INT)\nserver: close(nope)\nlink delay 5\n', 't.sock');
      assert.deepEqual(r.diagnostics.map(show), [
        "3:1 unknown process 'serve'; did you mean server?",
        "3:12 unknown call 'sokcet'; did you mean socket?",
        "4:15 unknown fd 'nope' in 'server'",
        '5:12 duration 5 needs a unit: us, ms or s (e.g. 5ms)',
      ]);
      assert.equal(r.scenario, undefined);
    });

    it('does not cascade from a line that failed to parse', () => {
      assert.deepEqual(diags('host h 10.0.0.300\nh: fd = socket(AF_INET, SOCK_STREAM, 0\nh: close(fd)\n'), [
        '3:8 octet 300 of 10.0.0.300 is out of range (0-255)',
        "4:39 expected ',' or ')' in the arguments of socket, got end of line",
      ]);
      assert.deepEqual(diags('host h 10.0.0.300\n', ''), ['1:8 octet 300 of 10.0.0.300 is out of range (0-255)']);
    });
  });

  describe('calls table', () => {
    it('describes every call with a doc line and a signature', () => {
      for (const [name, spec] of Object.entries(CALLS)) {
        assert.equal(spec.name, name);
        assert.ok(spec.doc.length > 10, name);
      }
      assert.equal(callSignature(CALLS.socket), 'socket(domain, type, protocol) → fd');
      assert.equal(callSignature(CALLS.setsockopt), 'setsockopt(fd, level, optname, value[, linger])');
      assert.deepEqual([minArgs(CALLS.setsockopt), maxArgs(CALLS.setsockopt)], [4, 5]);
      assert.equal(callSignature(CALLS.getsockopt), 'getsockopt(fd, level, optname)');
      // getsockopt's value is its text expectation, as strace shows it
      assert.deepEqual(diags(SOCK + 'server: getsockopt(fd, SOL_SOCKET, SO_ERROR) = "ECONNREFUSED"\nserver: getsockopt(fd, SOL_SOCKET, SO_ERROR) = 0\n'), []);
      assert.equal(callSpec('constructor'), undefined);
      assert.deepEqual(Object.keys(CALLS).filter((n) => CALLS[n].returnsFd), ['socket', 'accept', 'accept4', 'epoll_create1', 'epoll_create']);
    });
  });

  describe('fuzz', () => {
    /** mulberry32: a tiny deterministic PRNG. */
    function prng(seed: number): () => number {
      return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    }

    it('never throws and always reports sane diagnostics (2,000 inputs)', function () {
      this.timeout(60_000);
      const rnd = prng(0x50c4);
      const int = (n: number) => Math.floor(rnd() * n);
      const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
      const pieces = ['host', 'process', 'on', 'link', 'delay', 'sysctl', 'sleep', 'pause', 'wait', 'server', 'client', 'fd', ':', '=', '(', ')', ',', '|', '&', '#', '"', '\\', '\\x', '-1', '-', '.', '0x', '1.5ms', '10.0.0.1:80', '10.0.0.1', '999.1.1.1:1', 'E', 'EISCONN', 'AF_INET', 'socket', 'accept', 'setsockopt', 'SO_LINGER', '\n', '\r', '\t', ' ', '\u0000', '\uD800', '\u00e9', '😀', 'constructor', '__proto__', 'toString'];
      const sampleLines = SAMPLE.split('\n');
      for (let n = 0; n < 2000; n++) {
        let text: string;
        const mode = n % 4;
        if (mode === 0) {
          text = Array.from({ length: int(200) }, () => String.fromCharCode(int(256))).join('');
        } else if (mode === 1) {
          text = Array.from({ length: int(60) }, () => pick(pieces) + (rnd() < 0.5 ? ' ' : '')).join('');
        } else if (mode === 2) {
          const chars = [...SAMPLE];
          for (let k = 1 + int(8); k > 0; k--) {
            const at = int(chars.length + 1);
            const op = int(3);
            if (op === 0) chars.splice(at, 1 + int(5));
            else if (op === 1) chars.splice(at, 0, ...pick(pieces));
            else chars[at] = String.fromCharCode(int(128));
          }
          text = chars.join('');
        } else {
          const lines = [...sampleLines];
          for (let k = 1 + int(4); k > 0; k--) {
            const a = int(lines.length), b = int(lines.length);
            if (rnd() < 0.5) [lines[a], lines[b]] = [lines[b], lines[a]];
            else lines.splice(a, rnd() < 0.5 ? 1 : 0, ...(rnd() < 0.5 ? [lines[b]] : []));
          }
          text = lines.join(rnd() < 0.5 ? '\n' : '\r\n');
        }
        let r;
        try {
          r = parseScenario(text, 'fuzz.sock');
        } catch (e) {
          assert.fail(`threw on case ${n}: ${JSON.stringify(text)}: ${String(e)}`);
        }
        const nLines = text.split(/\r\n|\r|\n/).length;
        for (const d of r.diagnostics) {
          assert.ok(!d.message.startsWith('internal parser error'), `case ${n}: ${d.message}\n${JSON.stringify(text)}`);
          assert.ok(d.loc.line >= 1 && d.loc.line <= nLines && d.loc.col >= 1, `case ${n}: bad position ${show(d)}`);
          assert.ok(d.endCol === undefined || d.endCol > d.loc.col, `case ${n}: bad endCol ${show(d)}`);
        }
        assert.equal(r.scenario === undefined, r.diagnostics.some((d) => d.severity === 'error'), `case ${n}`);
      }
    });
  });
});

describe('faults on the link', () => {
  it('parses drop, delay and link down', () => {
    const r = parseScenario(HEAD + 'drop server > client "S."\ndrop 3 client > server\ndelay client > server "." by 1.5ms\nlink down 2s\n', 't.sock');
    assert.deepEqual(r.diagnostics, []);
    const st = r.scenario!.stmts.slice(2).map((s) => {
      const { loc, ...rest } = s as Stmt & { loc: unknown };
      void loc;
      return rest;
    });
    assert.deepEqual(st, [
      { kind: 'fault', action: 'drop', count: 1, from: 'server', to: 'client', flags: 'S.' },
      { kind: 'fault', action: 'drop', count: 3, from: 'client', to: 'server' },
      { kind: 'fault', action: 'delay', count: 1, from: 'client', to: 'server', flags: '.', extraUs: 1500 },
      { kind: 'linkdown', durationUs: 2_000_000 },
    ]);
  });

  it('parses a loss pattern, drop every Nth (10th, 2nd, or the bare number), and says what is wrong with a bad one', () => {
    const r = parseScenario(HEAD + 'drop every 10th client > server\ndrop every 2nd server > client "UDP"\ndrop every 3 client > server\n', 't.sock');
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(
      r.scenario!.stmts.slice(2).map((s) => (s.kind === 'fault' ? [s.every, s.from, s.to, s.flags] : s.kind)),
      [[10, 'client', 'server', undefined], [2, 'server', 'client', 'UDP'], [3, 'client', 'server', undefined]],
    );
    assert.match(one('drop every 1st client > server\n'), /^3:12 expected which segments to drop after 'every' \(2nd, 3rd, 10th …: 2 or more\), got '1st'/);
    assert.match(one('drop every client > server\n'), /^3:12 expected which segments to drop after 'every'/);
    assert.match(one('drop every 10x client > server\n'), /^3:12 expected which segments to drop after 'every'/);
  });

  it('reports unknown hosts, flags and a missing duration where they are', () => {
    assert.deepEqual(diags('drop server > clinet\n'), ["3:15 unknown host 'clinet'; did you mean client?"]);
    assert.match(one('drop server > client "SYN"\n'), /^3:22 unknown flags "SYN": use tcpdump's notation/);
    assert.match(one('delay server > client\n'), /^3:\d+ expected 'by DURATION'/);
    assert.match(one('drop server client\n'), /^3:13 expected '>' between the two hosts/);
  });
});

describe('scenario parser: fork, thread, exit_group (issue 17)', () => {
  it('a forked or threaded process exists from its line on, with its parent\'s fd names', () => {
    const ok = parseScenario('host s 10.0.0.1\ns: lfd = socket(AF_INET, SOCK_STREAM, 0)\ns: fork w\nw: close(lfd) = 0\ns: thread t\nt: close(lfd) = 0\nw: exit_group(0)\n', 'x');
    assert.deepEqual(ok.diagnostics, []);
    const spawn = ok.scenario!.stmts.find((x) => x.kind === 'spawn');
    assert.deepEqual(spawn && { ...spawn, loc: undefined }, { kind: 'spawn', proc: 's', how: 'fork', child: 'w', loc: undefined });
    const early = parseScenario('host s 10.0.0.1\nw: socket(AF_INET, SOCK_STREAM, 0)\ns: fork w\n', 'x');
    assert.deepEqual(early.diagnostics.map((d) => `${d.loc.line}:${d.loc.col} ${d.message}`), ["2:1 'w' does not exist yet: it is made on line 3"]);
    const dup = parseScenario('host s 10.0.0.1\nhost w 10.0.0.2\ns: fork w\n', 'x');
    assert.match(dup.diagnostics[0].message, /duplicate name 'w'/);
  });
});

describe('scenario parser: poll and select over several descriptors', () => {
  const FDS = 'server: lfd = socket(AF_INET, SOCK_STREAM, 0)\nserver: cfd = socket(AF_INET, SOCK_STREAM, 0)\n';

  it('reads poll\'s array of struct pollfd (each fd with its events) and select\'s sets as lists', () => {
    const p = call(FDS + 'server: poll([lfd POLLIN, cfd POLLIN | POLLOUT, -1 POLLIN, 7 POLLPRI], -1) = "3:POLLIN 4:POLLOUT"\n');
    assert.equal(p.args.length, 2);
    const list = p.args[0] as Extract<Arg, { kind: 'list' }>;
    assert.equal(list.kind, 'list');
    assert.deepEqual(list.loc, { line: 5, col: 14 });
    const plain = list.items.map((it) => [it.fd.kind === 'name' ? it.fd.name : it.fd.value,
      it.events?.kind === 'or' ? it.events.parts.map((x) => (x.kind === 'name' ? x.name : x.value)) : it.events?.kind === 'name' ? it.events.name : undefined]);
    assert.deepEqual(plain, [['lfd', 'POLLIN'], ['cfd', ['POLLIN', 'POLLOUT']], [-1, 'POLLIN'], [7, 'POLLPRI']]);
    assert.deepEqual(list.items.map((it) => it.loc.col), [15, 27, 49, 60]);
    assert.deepEqual(p.expect, { kind: 'data', value: '3:POLLIN 4:POLLOUT', loc: { line: 5, col: 78 } });

    const s = call(FDS + 'server: select([lfd, cfd], [cfd], [], 0) = "in [3], out [4]"\n');
    assert.deepEqual(s.args.map((a) => (a.kind === 'list' ? a.items.map((it) => (it.fd as { name: string }).name) : a)), [['lfd', 'cfd'], ['cfd'], [], { kind: 'int', value: 0, loc: { line: 5, col: 39 } }]);
    // exceptfds may be left out; the one-descriptor forms still hold
    assert.equal(call(FDS + 'server: select([lfd, cfd], [], 30) = 0\n').args.length, 3);
    assert.equal(call(FDS + 'server: poll(lfd, POLLIN | POLLOUT, 0) = "3:POLLOUT"\n').args[0].kind, 'name');
    assert.equal(call(FDS + 'server: select(lfd, POLLIN, -1) = "in [3]"\n').args[1].kind, 'name');
    assert.equal(call(FDS + 'server: poll([], 10) = 0\n').args[0].kind, 'list');
  });

  it('points at what is wrong in a list, with line and column', () => {
    const at = (line: string) => diags(FDS + line + '\n');
    assert.deepEqual(at('server: poll([lfd], -1)'), ["5:15 poll's fds: lfd needs its events, like [lfd POLLIN]"]);
    assert.deepEqual(at('server: poll([lfd POLLIN, nope POLLIN], -1)'), ["5:27 unknown fd 'nope' in 'server'"]);
    assert.deepEqual(at('server: poll([lfd POLIN], -1)'), ["5:19 unknown constant 'POLIN'; did you mean POLLIN?"]);
    assert.deepEqual(at('server: poll([lfd POLLIN POLLOUT], -1)'), ["5:26 expected ',' or ']' in the descriptor list, got 'POLLOUT': an entry's events are joined with '|' (lfd POLLIN | POLLOUT)"]);
    assert.deepEqual(at('server: poll([lfd POLLIN, ], -1)'), ["5:27 expected a descriptor in the list (an fd name or number, as in [lfd POLLIN, cfd POLLOUT] or [lfd, cfd]), got ']'"]);
    assert.deepEqual(at('server: poll([lfd POLLIN -1)'), ["5:26 expected ',' or ']' in the descriptor list, got '-1': an entry's events are joined with '|' (lfd POLLIN | POLLOUT)"]);
    assert.deepEqual(at('server: poll([lfd POLLIN'), ["5:25 expected ',' or ']' in the descriptor list, got end of line"]);
    assert.deepEqual(at('server: poll([lfd POLLIN], 3, 4)'), ['5:31 poll takes 2 arguments: poll([fd EVENTS, …], timeout); got 3']);
    assert.deepEqual(at('server: poll(lfd, -1)'), ['5:14 poll over several descriptors takes a list first: poll([fd EVENTS, …], timeout); for one descriptor: poll(fd, events, timeout)']);
    assert.deepEqual(at('server: select([lfd POLLIN], [], -1)'), ["5:21 select's readfds holds descriptors only (the set says what is asked): write [lfd, cfd]"]);
    assert.deepEqual(at('server: select([-1], [], -1)'), ["5:17 select's readfds holds descriptors, and -1 is none"]);
    assert.deepEqual(at('server: select([2000], [], -1)'), ["5:17 select's readfds: descriptor 2000 does not fit an fd_set (FD_SETSIZE is 1024)"]);
    assert.deepEqual(at('server: select([lfd], cfd, -1)'), ["5:23 select's writefds must be a list of descriptors, like [lfd, cfd] ([] for none)"]);
    assert.deepEqual(at('server: close([lfd])'), ["5:15 close's fd cannot be a list: only poll's and select's descriptors are written [fd, …]"]);
    assert.deepEqual(at('server: poll([[lfd] POLLIN], -1)'), ["5:15 expected a descriptor in the list (an fd name or number, as in [lfd POLLIN, cfd POLLOUT] or [lfd, cfd]), got '['"]);
    assert.deepEqual(at('client: poll([lfd POLLIN], -1)'), ["5:15 'lfd' is an fd of process 'server', not of 'client': fds belong to one process"]);
    // the diagnostic's range covers the offending entry
    const d = parseScenario(HEAD + FDS + 'server: poll([lfd POLLIN, cfd], -1)\n', 't').diagnostics[0];
    assert.deepEqual([d.loc.col, d.endCol], [27, 30]);
  });

  it('signatures name both forms', () => {
    assert.equal(callSignature(CALLS.poll), 'poll([fd EVENTS, …], timeout)');
    assert.equal(callSignature(CALLS.poll, CALLS.poll.oneFd), 'poll(fd, events, timeout)');
    assert.equal(callSignature(CALLS.select), 'select(readfds, writefds[, exceptfds], timeout)');
    assert.deepEqual([minArgs(CALLS.select), maxArgs(CALLS.select)], [3, 4]);
  });
});
