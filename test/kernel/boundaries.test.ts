// The kernel's own boundaries: system calls enter through sys_call_table only; the ops tables are
// registered by inet_init (sock_register, inet_register_protosw) and their members are their fields;
// every kernel module can be the first one a program imports (no table built inside an import cycle).

import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { sys_call_table } from '../../src/kernel/gen/arch/x86/entry/syscall_64';
import { inet_init, inetsw, inet_stream_ops, inet_dgram_ops } from '../../src/kernel/gen/net/ipv4/af_inet';
import { net_families } from '../../src/kernel/gen/net/socket';
import { tcp_prot, udp_prot, ping_prot } from '../../src/kernel/gen/net/ipv4/protocols';
import { tcp_sendmsg, tcp_recvmsg } from '../../src/kernel/gen/net/ipv4/tcp';
import { tcp_v4_do_rcv, ipv4_specific, tcp_v4_conn_request } from '../../src/kernel/gen/net/ipv4/tcp_ipv4';
import { NotSimulated, opsMembers } from '../../src/kernel/include/linux/ops';
import { CALLS } from '../../src/scenario/calls';
import { scenario } from '../helpers';
import { checkLayers } from '../../scripts/check-layers';
import * as os from 'node:os';

const root = path.resolve(__dirname, '..', '..');

function listTs(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listTs(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  return sf.statements.filter(ts.isImportDeclaration).map((d) => path.resolve(path.dirname(file), (d.moduleSpecifier as ts.StringLiteral).text));
}

/** Runs `node --import tsx -e "require(file)"` in a fresh process: whether it loads on its own. */
function loadsFirst(file: string): Promise<{ file: string; ok: boolean; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', '-e', `require(${JSON.stringify(file)})`], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('close', (code) => resolve({ file: path.relative(root, file), ok: code === 0, err: err.split('\n').slice(0, 4).join('\n') }));
  });
}

describe('kernel boundaries', function () {
  this.timeout(120_000);

  it('every module of the runnable kernel loads when imported first, in a fresh process', async () => {
    const dirs = ['core', 'include', 'world', 'gen', 'kernel', 'init'].map((d) => path.join(root, 'src', 'kernel', d));
    const files = dirs.flatMap(listTs);
    assert.ok(files.length > 30, `${files.length} modules`);
    const results: Array<{ file: string; ok: boolean; err: string }> = [];
    // (two at a time: the machines have two cores)
    for (let i = 0; i < files.length; i += 2) results.push(...(await Promise.all(files.slice(i, i + 2).map(loadsFirst))));
    const bad = results.filter((r) => !r.ok);
    assert.deepEqual(bad, [], bad.map((b) => `${b.file}:\n${b.err}`).join('\n'));
  });

  it('the scenario runner enters the kernel only through start_kernel and sys_call_table', () => {
    const kernel = path.join(root, 'src', 'kernel');
    const imports = importsOf(path.join(root, 'src', 'scenario', 'runner.ts')).filter((p) => p.startsWith(kernel + path.sep));
    const rel = imports.map((p) => path.relative(kernel, p).split(path.sep).join('/'));
    assert.ok(rel.includes('init/main'), rel.join(', '));
    // no protocol code: nothing from net/ (hand-written or generated)
    assert.deepEqual(rel.filter((r) => /(^|\/)net\//.test(r) && !r.startsWith('include/')), []);
  });

  it('sys_call_table has an entry for every call a scenario can make', () => {
    for (const name of Object.keys(CALLS)) assert.ok(sys_call_table.has(name), `no sys_call_table entry for ${name}`);
  });

  it('inet_init registers AF_INET with sock_register and the four protosw entries, once', () => {
    inet_init();
    inet_init();
    assert.equal(net_families[2]?.name, 'inet_family_ops');
    assert.deepEqual(inetsw[1].map((q) => q.prot.name), ['TCP']);
    assert.deepEqual(inetsw[2].map((q) => q.prot.name), ['UDP', 'PING']);
    assert.deepEqual(inetsw[3].map((q) => q.prot.name), ['RAW']);
  });

  it("a table's members are its fields: each names the function the field holds", () => {
    assert.equal(tcp_prot.sendmsg, tcp_sendmsg);
    assert.equal(tcp_prot.recvmsg, tcp_recvmsg);
    assert.equal(tcp_prot.backlog_rcv, tcp_v4_do_rcv);
    assert.equal(ipv4_specific.conn_request, tcp_v4_conn_request);
    for (const t of [tcp_prot, udp_prot, ping_prot, inet_stream_ops, inet_dgram_ops, ipv4_specific]) {
      for (const [member, fn] of opsMembers(t)) {
        const v = (t as unknown as Record<string, unknown>)[member];
        assert.equal(typeof v === 'function' ? (v as { kname?: string }).kname ?? v.name : v, fn, `${t.name}.${member}`);
      }
    }
    const m = new Map(opsMembers(tcp_prot));
    assert.equal(m.get('sendmsg'), 'tcp_sendmsg');
    assert.equal(m.get('get_port'), 'inet_csk_get_port');
    assert.equal(m.get('obj_size'), 'sizeof(struct tcp_sock)');
    // a member the simulator does not model is a stand-in under the kernel's name that says so
    assert.equal(m.get('ioctl'), 'tcp_ioctl');
    assert.throws(() => (tcp_prot.ioctl as () => never)(), (e: unknown) => e instanceof NotSimulated && /tcp_ioctl\(\) is not simulated/.test((e as Error).message));
    assert.equal(new Map(opsMembers(udp_prot)).get('hash'), 'udp_lib_hash');
  });

  it('TCP send and receive go through sock->ops and sk->sk_prot, as UDP does', () => {
    const run = scenario(
      [
        'host server 10.0.0.1',
        'host client 10.0.0.2',
        'server: lfd = socket(AF_INET, SOCK_STREAM, 0)',
        'server: bind(lfd, 10.0.0.1:8080)',
        'server: listen(lfd, 8)',
        'client: fd = socket(AF_INET, SOCK_STREAM, 0)',
        'client: connect(fd, 10.0.0.1:8080) = 0',
        'server: cfd = accept(lfd)',
        'client: send(fd, "hello") = 5',
        'server: recv(cfd, 10) = "hello"',
      ].join('\n'),
      { trace: true, traceLines: true },
    );
    run.runToEnd();
    assert.deepEqual(run.problems, []);
    const calls = (run.engine.trace!.toArray() as Array<{ ev: string; fn?: string }>).filter((e) => e.ev === 'enter').map((e) => e.fn);
    const path = (from: string, to: string) => calls.slice(calls.indexOf(from), calls.indexOf(to) + 1);
    assert.deepEqual(path('__sys_sendto', 'tcp_sendmsg'), ['__sys_sendto', 'inet_sendmsg', 'inet_send_prepare', 'tcp_sendmsg']);
    assert.deepEqual(path('__sys_recvfrom', 'tcp_recvmsg'), ['__sys_recvfrom', 'inet_recvmsg', 'tcp_recvmsg']);
  });

  it('setsockopt: SOL_SOCKET in sock_setsockopt, SOL_TCP through sock->ops → tcp_setsockopt; a TCP option on UDP is ENOPROTOOPT', () => {
    const run = scenario(
      [
        'host a 10.0.0.1',
        'a: t = socket(AF_INET, SOCK_STREAM, 0)',
        'a: setsockopt(t, SOL_SOCKET, SO_REUSEADDR, 1) = 0',
        'a: setsockopt(t, SOL_TCP, TCP_SYNCNT, 2) = 0',
        'a: setsockopt(t, SOL_TCP, TCP_SYNCNT, 0) = -1 EINVAL',
        'a: u = socket(AF_INET, SOCK_DGRAM, 0)',
        'a: setsockopt(u, SOL_TCP, TCP_SYNCNT, 2) = -1 ENOPROTOOPT',
        'a: setsockopt(u, SOL_SOCKET, SO_REUSEADDR, 1) = 0',
      ].join('\n'),
    );
    run.runToEnd();
    assert.deepEqual(run.problems, []);
  });

  it('the floors hold: no kernel module imports from a floor above its own (core < include < world < net < arch < init)', () => {
    const real = checkLayers(root);
    assert.deepEqual(real.violations, []);
    assert.ok(real.files > 40);
    // and the check sees an arrow that runs back up, type-only imports too
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
    try {
      fs.mkdirSync(path.join(tmp, 'src/kernel/core'), { recursive: true });
      fs.mkdirSync(path.join(tmp, 'src/kernel/world'), { recursive: true });
      fs.writeFileSync(path.join(tmp, 'src/kernel/world/world.ts'), 'export class Host {}\n');
      fs.writeFileSync(path.join(tmp, 'src/kernel/core/timer.ts'), "import type { Host } from '../world/world';\nexport type T = Host;\n");
      const v = checkLayers(tmp).violations;
      assert.deepEqual(v.map((x) => [x.file, x.imports]), [['core/timer.ts', 'world/world']]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
