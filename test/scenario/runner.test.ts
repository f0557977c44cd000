// The runner's messages about a scenario's names: a name whose call has not returned yet, and one
// whose call failed (issue "Bad input never wins", item 8).

import { strict as assert } from 'node:assert';
import { scenario } from '../helpers';

describe('scenario runner: names without a value', () => {
  it('a name whose call failed says which call, where, and with what errno', () => {
    const run = scenario(['host a 10.0.0.1', 'a: fd = socket(AF_INET, 0, 255)', 'a: close(fd)'].join('\n'));
    run.runToEnd();
    assert.deepEqual(
      run.problems.map((p) => `${p.loc.line}: ${p.message}`),
      ['3: fd has no value: socket() at line 2 failed with ESOCKTNOSUPPORT'],
    );
  });

  it('a name bound again after a failure has the new value', () => {
    const ok = scenario(['host a 10.0.0.1', 'a: fd = socket(AF_INET, 0, 255)', 'a: fd = socket(AF_INET, SOCK_STREAM, 0)', 'a: close(fd) = 0'].join('\n'));
    ok.runToEnd();
    assert.deepEqual(ok.problems, []);
  });
});

describe('RLIMIT_NOFILE', () => {
  const sockets = (n: number) => Array.from({ length: n }, (_, i) => `a: s${i} = socket(AF_INET, SOCK_DGRAM, 0)`);
  it('a process holds descriptors up to its soft limit, 1024 by default: the next socket() is EMFILE', () => {
    const run = scenario(['host a 10.0.0.1', ...sockets(1021), 'a: socket(AF_INET, SOCK_DGRAM, 0) = -1 EMFILE', 'a: close(s0) = 0', 'a: socket(AF_INET, SOCK_STREAM, 0) = 3'].join('\n'));
    run.runToEnd();
    assert.deepEqual(run.problems, []);
  });

  it('setrlimit(RLIMIT_NOFILE, n) raises it (as ulimit -n does); past the hard limit or fs.nr_open it is refused', () => {
    const run = scenario(
      [
        'host a 10.0.0.1',
        'a: setrlimit(RLIMIT_NOFILE, 2000) = 0',
        ...sockets(1500),
        'a: setrlimit(RLIMIT_NOFILE, 3000, 2000) = -1 EINVAL',
        'a: setrlimit(RLIMIT_NOFILE, 10, 2000000) = -1 EPERM',
        'a: setrlimit(RLIMIT_NOFILE, 1504) = 0',
        'a: socket(AF_INET, SOCK_DGRAM, 0) = 1503',
        'a: socket(AF_INET, SOCK_DGRAM, 0) = -1 EMFILE',
      ].join('\n'),
    );
    run.runToEnd();
    assert.deepEqual(run.problems, []);
  });

  it('accept() past the limit is EMFILE and leaves the connection in the accept queue', () => {
    const run = scenario(
      [
        'host server 10.0.0.1',
        'host client 10.0.0.2',
        'server: setrlimit(RLIMIT_NOFILE, 4)',
        'server: lfd = socket(AF_INET, SOCK_STREAM, 0) = 3',
        'server: bind(lfd, 10.0.0.1:80)',
        'server: listen(lfd, 8)',
        'client: fd = socket(AF_INET, SOCK_STREAM, 0)',
        'client: connect(fd, 10.0.0.1:80) = 0',
        'server: accept(lfd) = -1 EMFILE',
        'server: setrlimit(RLIMIT_NOFILE, 5)',
        'server: accept(lfd) = 4',
      ].join('\n'),
    );
    run.runToEnd();
    assert.deepEqual(run.problems, []);
  });
});

describe('scenario runner: statements written alike', () => {
  // (the runner reads calls written alike through one plan: each must still be its own statement)
  it('each of several identical calls gets its own result, line and diagnostic column', () => {
    const run = scenario(
      [
        'host a 10.0.0.1',
        'a: fd = socket(AF_INET, SOCK_DGRAM, 0) = 4',
        'a: fd = socket(AF_INET, SOCK_DGRAM, 0) = 4',
        '   a: fd = socket(AF_INET, SOCK_DGRAM, 0) = 4',
        'a: close(fd) = 0',
        'a: close(fd) = 0',
      ].join('\n'),
    );
    run.runToEnd();
    assert.deepEqual(
      run.results.map((r) => `${r.stmt.loc.line} ${r.stmt.fn} ${r.ret}${r.errno ? ' ' + r.errno : ''}`),
      ['2 socket 3', '3 socket 4', '4 socket 5', '5 close 0', '6 close -1 EBADF'],
    );
    assert.deepEqual(
      run.problems.map((p) => `${p.loc.line}:${p.loc.col} ${p.message}`),
      ['2:42 a: socket() returned 3, expected 4', '4:45 a: socket() returned 5, expected 4', '6:16 a: close() returned -1 EBADF, expected 0'],
    );
  });
});
