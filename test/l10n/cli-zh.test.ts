// The `sockwalk` command in Chinese, as a user runs it (the built bundle, in a child process): chosen
// with --lang zh-cn or by the locale (LANG=zh_CN.UTF-8), with LC_ALL taking precedence as in gettext.

import { strict as assert } from 'node:assert';
import { spawnSync, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin', 'sockwalk.js');

function sockwalk(env: Record<string, string | undefined>, ...args: string[]): { code: number; out: string; err: string } {
  const base = { ...process.env };
  delete base.LC_ALL;
  delete base.LC_MESSAGES;
  delete base.LANG;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...base, ...env } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

describe('the sockwalk command in Chinese', function () {
  this.timeout(120_000);
  before(() => {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root });
  });

  it('--lang zh-cn: the walk\'s headings, the scenario\'s description and pauses, the tables and the verdict in Chinese', () => {
    const r = sockwalk({}, 'run', 'half-open-queue', '--lang', 'zh-cn');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^sockwalk — \S+half-open-queue\.sockwalk（种子 1；Linux 5\.4 语义）$/m);
    assert.match(r.out, /^ {2}SYN（“半连接”）队列在哪里？/m);
    assert.match(r.out, /⏸ established 哈希表中有两个请求 sock（NEW_SYN_RECV），qlen 2，全连接队列为空/);
    assert.match(r.out, /│ 监听哈希表 /);
    assert.match(r.out, /结束：\d+ 次调用，\d+ 步/);
    assert.match(r.out, /^所有预期都成立$/m);
    // the kernel's own words stay: function names, file:line, the code, tcpdump lines
    assert.match(r.out, /tcp_v4_conn_request\s+net\/ipv4\/tcp_ipv4\.c:\d+/);
    assert.match(r.out, /Flags \[S\]/);
    assert.doesNotMatch(r.out, /all expectations held|Linux 5\.4 semantics/);
  });

  it('the golden walk of tcp-handshake in Chinese (test/golden/tcp-handshake.zh-cn.txt; UPDATE_GOLDEN=1 rewrites it)', () => {
    const r = sockwalk({}, 'run', 'tcp-handshake', '--lang', 'zh-cn');
    assert.equal(r.code, 0, r.err);
    const golden = path.join(root, 'test', 'golden', 'tcp-handshake.zh-cn.txt');
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, r.out);
    assert.ok(fs.existsSync(golden), `missing ${golden}: run UPDATE_GOLDEN=1 npx mocha`);
    assert.equal(r.out, fs.readFileSync(golden, 'utf8'));
    // the same walk as the English golden: the same calls, file:line and packets, line for line
    const en = fs.readFileSync(path.join(root, 'test', 'golden', 'tcp-handshake.txt'), 'utf8').split('\n');
    const zh = r.out.split('\n');
    assert.equal(zh.length, en.length, 'as many lines as the English walk');
    const kernel = (l: string) => (l.match(/[a-z_0-9]+\/[a-z_0-9/]+\.[ch]:\d+|Flags \[[^\]]+\]/g) ?? []).join(' ');
    assert.deepEqual(zh.map(kernel), en.map(kernel), 'the kernel\'s words (file:line, tcpdump flags) unchanged');
  });

  it('LANG=zh_CN.UTF-8 chooses Chinese; LC_ALL=C overrides it; English stays the default', () => {
    const zh = sockwalk({ LANG: 'zh_CN.UTF-8' }, 'list');
    assert.equal(zh.code, 0);
    assert.match(zh.out, /^tcp-handshake\s+本课从头到尾/m);
    const c = sockwalk({ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }, 'list');
    assert.match(c.out, /^tcp-handshake\s+The lesson, end to end/m);
    const en = sockwalk({}, 'run', 'tcp-handshake');
    assert.match(en.out, /^all expectations held$/m);
    const zhRun = sockwalk({ LANG: 'zh_CN.UTF-8' }, 'run', 'tcp-handshake');
    assert.match(zhRun.out, /^所有预期都成立$/m);
  });

  it('errors and usage in Chinese; a language it does not have is a usage error', () => {
    const r = sockwalk({}, '--lang', 'zh-cn', 'run', 'tcp-handshake', '--bogus');
    assert.equal(r.code, 2);
    assert.match(r.err, /^sockwalk: 未知的选项 --bogus$/m);
    assert.match(r.err, /用法：/);
    // the parser's diagnostics, file:line:col as before
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sockwalk-zh-'));
    const f = path.join(dir, 'bad.sockwalk');
    fs.writeFileSync(f, 'host server 10.0.0.1\nserver: fd = sokcet(AF_INET, SOCK_STREAM, 0)\n');
    const d = sockwalk({ LANG: 'zh_CN.UTF-8' }, 'run', f);
    assert.equal(d.code, 2);
    assert.match(d.err, /bad\.sockwalk:2:14: error: 未知的调用 'sokcet'；你是不是想写 socket？/);
    // refusals before parsing: a directory, a missing file, a seed out of range
    const isDir = sockwalk({}, 'run', dir, '--lang', 'zh-cn');
    assert.equal(isDir.code, 2);
    assert.equal(isDir.err, `sockwalk: ${dir} 是目录，不是场景文件\n`);
    const missing = sockwalk({}, 'run', path.join(dir, 'nope.sockwalk'), '--lang', 'zh-cn');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /^sockwalk: 没有名为 "[^"]+nope\.sockwalk" 的场景文件或内置场景（内置场景：accept-before-connect, /);
    const seed = sockwalk({}, 'run', 'tcp-handshake', '--seed', '4294967296', '--lang', 'zh-cn');
    assert.equal(seed.code, 2);
    assert.match(seed.err, /^sockwalk: --seed 4294967296 超出范围：种子是 0 到 4294967295 之间的整数$/m);
    fs.rmSync(dir, { recursive: true, force: true });
    const bad = sockwalk({}, 'run', 'tcp-handshake', '--lang', 'klingon');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--lang takes en or zh-cn/);
  });
});
