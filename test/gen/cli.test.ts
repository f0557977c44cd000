// The generator's command line (scripts/gen-kernel.ts): --why NAME, --check, and writing
// src/kernel/gen/. Each run is a process of its own (a second or two each), so they all start at
// once, in before(); the tests look at what they printed and how they exited.
//
// The real tree answers --why and --check. Writing, staleness and a bad marker are tried on a copy
// of the generator in a temporary root (its __dirname/.. is the root it generates), with one
// synthetic module and annotated file.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFile } from 'node:child_process';
import { strict as assert } from 'node:assert';

const ROOT = path.resolve(__dirname, '..', '..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs scripts/gen-kernel.ts of `root` with `args` (through tsx, as `npm run gen` does). */
function gen(root: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--require', require.resolve('tsx/cjs'), path.join(root, 'scripts', 'gen-kernel.ts'), ...args], { cwd: root }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

const C_TEXT = 'int gt_cli(int x)\n{\n\tx = x + 1;\n\treturn x;\n}\n';
const moduleText = (marker: string) =>
  `import type { Sim } from '../../core/engine';\nimport { line } from '../../core/mark';\n\nexport function* gt_cli(x: number): Sim<number> {\n  line\`${marker}\`;\n  return x + 1;\n}\n`;

/**
 * A root with a copy of the generator, the annotated-C reader it imports (a new import of the
 * generator's goes here too), node_modules, and one kernel module.
 */
function tempRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sockwalk-gencli-'));
  const copy = (rel: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, rel), path.join(root, rel));
  };
  copy('scripts/gen-kernel.ts');
  copy('scripts/twins.cjs');
  copy('src/kernel/core/annotated.ts');
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  fs.mkdirSync(path.join(root, 'media', 'kernel', 'net', 't'), { recursive: true });
  fs.writeFileSync(path.join(root, 'media', 'kernel', 'net', 't', 'cli.c'), C_TEXT);
  fs.mkdirSync(path.join(root, 'src', 'kernel', 'net', 't'), { recursive: true });
  fs.writeFileSync(path.join(root, 'src', 'kernel', 'net', 't', 'cli.ts'), moduleText('return x;'));
  return root;
}

describe('gen-kernel: the command line', function () {
  this.timeout(60000);
  this.slow(15000);
  const real: Record<string, Run> = {};
  const tmp: Record<string, Run> = {};
  const roots: string[] = [];
  let written = '';
  let orphanLeft = true;
  let staleRewritten = true;

  before(async () => {
    const root = tempRoot();
    const bad = tempRoot();
    roots.push(root, bad);
    const src = path.join(root, 'src', 'kernel', 'net', 't', 'cli.ts');
    const out = path.join(root, 'src', 'kernel', 'gen', 'net', 't', 'cli.ts');
    const orphan = path.join(root, 'src', 'kernel', 'gen', 'net', 't', 'gone.ts');
    // in one temporary root, one after the other: write, change the source, check
    const sequence = async () => {
      fs.mkdirSync(path.dirname(orphan), { recursive: true });
      fs.writeFileSync(orphan, '// a module whose source is gone\n');
      tmp.write = await gen(root);
      written = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
      orphanLeft = fs.existsSync(orphan);
      fs.writeFileSync(src, moduleText('x = x + 1;'));
      tmp.stale = await gen(root, '--check');
      staleRewritten = fs.readFileSync(out, 'utf8') !== written;
    };
    fs.writeFileSync(path.join(bad, 'src', 'kernel', 'net', 't', 'cli.ts'), moduleText('return y;'));
    // the rest at once
    await Promise.all([
      sequence(),
      gen(bad).then((r) => (tmp.bad = r)),
      gen(ROOT, '--why', 'tcp_v4_rcv').then((r) => (real.twin = r)),
      gen(ROOT, '--why', 'inet_stream_connect').then((r) => (real.noTwin = r)),
      gen(ROOT, '--why', 'gt_no_such_function').then((r) => (real.unknown = r)),
      gen(ROOT, '--check').then((r) => (real.check = r)),
    ]);
  });

  after(() => {
    for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
  });

  it('--why tcp_v4_rcv: it has a twin', () => {
    assert.equal(real.twin.code, 0, real.twin.stderr);
    assert.equal(real.twin.stdout, 'tcp_v4_rcv (src/kernel/net/ipv4/tcp_ipv4.ts): has a fast twin — nothing it does or calls can sleep\n');
  });

  it('--why inet_stream_connect: it has none, and why', () => {
    assert.equal(real.noTwin.code, 0, real.noTwin.stderr);
    assert.equal(real.noTwin.stdout, 'inet_stream_connect (src/kernel/net/ipv4/af_inet.ts): no fast twin — it calls __inet_stream_connect(), which may sleep\n');
  });

  it('--why of an unknown name exits 1', () => {
    assert.equal(real.unknown.code, 1);
    assert.equal(real.unknown.stdout, '');
    assert.equal(real.unknown.stderr, 'gen-kernel: no kernel function named gt_no_such_function\n');
  });

  it('--check: the committed src/kernel/gen/ is up to date (exit 0)', () => {
    assert.equal(real.check.code, 0, real.check.stderr);
    assert.match(real.check.stdout, /^gen-kernel: src\/kernel\/gen\/ is up to date \(\d+ modules\)\n$/);
  });

  it('writes src/kernel/gen/ and removes a generated module whose source is gone', () => {
    assert.equal(tmp.write.code, 0, tmp.write.stderr);
    assert.equal(tmp.write.stdout, 'gen-kernel: wrote 2 (1 modules)\n');
    assert.ok(written.startsWith('// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/net/t/cli.ts\n'), written);
    assert.ok(written.includes("const A$gt_cli = defineFn('net/t/cli.c', 'gt_cli', [4]);"), written);
    assert.equal(orphanLeft, false, 'src/kernel/gen/net/t/gone.ts is still there');
  });

  it('--check after a source changed: stale, exit 1, names the module, writes nothing', () => {
    assert.equal(tmp.stale.code, 1);
    assert.equal(tmp.stale.stderr, 'gen-kernel: src/kernel/gen/ is stale (run npm run gen): src/kernel/gen/net/t/cli.ts\n');
    assert.equal(staleRewritten, false, '--check rewrote the stale module');
  });

  it('a bad marker: exit 1, the message with the TypeScript file:line:col', () => {
    assert.equal(tmp.bad.code, 1);
    assert.equal(tmp.bad.stderr, 'gen-kernel: src/kernel/net/t/cli.ts:5:3: "return y;" is not a line of gt_cli in net/t/cli.c (its lines 1–5)\n');
  });
});
