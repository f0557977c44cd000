// The checker of the annotated sources against Linux v5.4 (scripts/sources-check.ts) on a small
// fixture tree (test/sources/fixture: invented C in the kernel's style, a Makefile, one annotated
// rendition of it): it passes as committed, and each kind of mismatch — a wrong definition line, a
// wrong link, an altered line, joined lines, a line out of order, a line from elsewhere, an omission
// without `......`, a definition or file missing, a tree that is not v5.4 — fails with its place.
// The command line is run as `npm run sources:check` runs it (tsx), for its exit codes and output.

import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkSources, ok, report, treeReader, treeVersion, mapJson, mapProblems, type CheckResult } from '../../scripts/sources-check';
import { parseUpstreamMap, upstreamLines, mapStaleness } from '../../src/kernel/core/annotated';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURE = path.join(__dirname, 'fixture');
const RENDITION = 'net/demo/demo.c';

const temps: string[] = [];
after(() => {
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});

/** A copy of the fixture in a temporary directory, its rendition (and real file) edited. */
function variant(edit: { media?: (s: string) => string; linux?: (s: string) => string; makefile?: string | null }): { linux: string; media: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sockwalk-srccheck-'));
  temps.push(dir);
  fs.cpSync(FIXTURE, dir, { recursive: true });
  const media = path.join(dir, 'media', 'kernel');
  const linux = path.join(dir, 'linux');
  const apply = (file: string, f?: (s: string) => string) => {
    if (!f) return;
    const before = fs.readFileSync(file, 'utf8');
    const after = f(before);
    assert.notEqual(after, before, 'the edit changed nothing');
    fs.writeFileSync(file, after);
  };
  apply(path.join(media, RENDITION), edit.media);
  apply(path.join(linux, RENDITION), edit.linux);
  if (edit.makefile === null) fs.rmSync(path.join(linux, 'Makefile'));
  else if (edit.makefile !== undefined) fs.writeFileSync(path.join(linux, 'Makefile'), edit.makefile);
  return { linux, media };
}

function check(v: { linux: string; media: string }): CheckResult {
  return checkSources(v.media, treeReader(v.linux));
}
const fn = (c: CheckResult, name: string) => c.results.find((r) => r.name === name)!;

describe('sources:check (the checker against a fixture tree)', () => {
  it('passes the fixture as it is: definition lines, every shown line in order, gaps marked', () => {
    const c = check({ linux: path.join(FIXTURE, 'linux'), media: path.join(FIXTURE, 'media', 'kernel') });
    assert.deepEqual(
      c.results.map((r) => [r.name, r.realLine, ok(r)]),
      [
        ['demo_open', 9, true],
        ['demo_helper', 29, true],
        ['demo_ops', 34, true],
      ],
    );
    // each shown line knows its real line; an annotation is not a shown line
    const open = fn(c, 'demo_open');
    assert.equal(open.found.get(10), 9); // the definition line
    assert.equal(open.found.get(15), 13); // `if (!d)` below an annotation of ours
    assert.equal(open.found.get(20), 19); // the continuation of a statement
    assert.equal(open.found.get(25), 25); // `demo_unlock(d);` with a trailing annotation
    const { text, failed } = report(c, true);
    assert.equal(failed, false);
    assert.match(text, /^ok {4}demo_open {4}net\/demo\/demo\.c:9 /m);
    assert.match(text, /definition lines exact \(header and Elixir link\): 3\/3/);
    assert.match(text, /shown lines found in v5\.4, in order: 22\/22/);
    assert.match(text, /unmarked omissions: 0/);
    assert.match(text, /tree: Makefile says 5\.4\.0: Linux v5\.4/);
  });

  it('fails a header whose line is not the definition line, and a link that disagrees', () => {
    const c = check(variant({ media: (s) => s.replace('upstream: net/demo/demo.c:9', 'upstream: net/demo/demo.c:8').replace('demo.c#L9', 'demo.c#L8') }));
    assert.deepEqual(fn(c, 'demo_open').header, ['header and link say line 8, v5.4 defines it at 9']);
    const c2 = check(variant({ media: (s) => s.replace('demo.c#L29', 'demo.c#L30') }));
    assert.deepEqual(fn(c2, 'demo_helper').header, ['link https://elixir.bootlin.com/linux/v5.4/source/net/demo/demo.c#L30 should be https://elixir.bootlin.com/linux/v5.4/source/net/demo/demo.c#L29']);
    const { text, failed } = report(c2, false);
    assert.equal(failed, true);
    assert.match(text, /^FAIL {2}demo_helper /m);
    assert.match(text, /definition lines exact \(header and Elixir link\): 2\/3/);
  });

  it('fails an altered or invented line: not found, with its place', () => {
    const c = check(variant({ media: (s) => s.replace('\tdemo_lock(d);', '\tdemo_lock(d, 1);').replace('\t......\nout:', '\t......\n\td->extra = 1;\nout:') }));
    const open = fn(c, 'demo_open');
    const invented = 'not in v5.4 (altered, invented or from a later version)';
    assert.deepEqual(
      open.notFound.map((n) => [n.line, n.text, n.hint]),
      [
        [18, 'demo_lock(d, 1);', invented],
        [24, 'd->extra = 1;', invented],
      ],
    );
    assert.equal(ok(open), false);
    const { text } = report(c, true);
    assert.match(text, /media\/kernel\/net\/demo\/demo\.c:24: d->extra = 1; {2}— not in v5\.4/);
    assert.match(text, /shown lines found in v5\.4, in order: 21\/23 \(2 not found, in 1 definitions?\)/);
  });

  it('fails real lines joined into one, and places the statement at its first line', () => {
    const c = check(variant({ media: (s) => s.replace('\tif (!d)\n\t\treturn -EINVAL;', '\tif (!d) return -EINVAL;') }));
    const open = fn(c, 'demo_open');
    assert.deepEqual(
      open.notFound.map((n) => [n.line, n.hint]),
      [[15, 'joins v5.4 lines 13–14 into one']],
    );
    assert.deepEqual(open.omissions, [], 'the joined lines are not also counted as left out');
    assert.equal(open.mapped.get(15), 13);
  });

  it('fails a line out of v5.4 order', () => {
    const c = check(variant({ media: (s) => s.replace('\tdemo_lock(d);\n', '').replace('\tdemo_unlock(d);', '\tdemo_unlock(d);\n\tdemo_lock(d);') }));
    const open = fn(c, 'demo_open');
    assert.equal(open.notFound.length, 1);
    assert.match(open.notFound[0].hint, /out of v5\.4's order \(v5\.4 has it at line 17\)/);
  });

  it('fails a line that v5.4 has only outside the definition', () => {
    const c = check(variant({ media: (s) => s.replace('\treturn x + 1;', '\tdemo_lock(d);\n\treturn x + 1;') }));
    assert.match(fn(c, 'demo_helper').notFound[0].hint, /in v5\.4 only outside this definition \(line 17\)/);
  });

  it('fails real code left out with no `......` between the shown lines — a comment or a blank line may go', () => {
    const c = check(variant({ media: (s) => s.replace('\t......\nout:', 'out:') }));
    const open = fn(c, 'demo_open');
    assert.deepEqual(open.omissions, [{ after: 22, before: 23, real: [22, 23] }]);
    const { text } = report(c, true);
    assert.match(text, /after media\/kernel\/net\/demo\/demo\.c:22, before :23: v5\.4 lines 22–23 left out with no `\.\.\.\.\.\.`/);
    assert.match(text, /unmarked omissions: 1 \(2 real lines, in 1 definitions?\)/);
    // the table: a member left out with no marker, and at the end of a definition
    const c2 = check(variant({ media: (s) => s.replace('\t/* ...... close */\n', '') }));
    assert.deepEqual(fn(c2, 'demo_ops').omissions.map((o) => o.real), [[36]]);
    const c3 = check(variant({ media: (s) => s.replace('\t......\nout:\n\tdemo_unlock(d);   /* ours, after the code */\n\treturn err;\n}', '\t......\n}') }));
    assert.equal(ok(fn(c3, 'demo_open')), true, '`......` covers the lines up to the closing brace');
    const c4 = check(variant({ media: (s) => s.replace('\treturn err;\n}', '}') }));
    assert.deepEqual(fn(c4, 'demo_open').omissions, [{ after: 25, before: 26, real: [26] }]);
  });

  it('fails a definition the file does not have, and a file the tree does not have', () => {
    const c = check(variant({ linux: (s) => s.replace('static int demo_helper(int x)\n{', 'static int demo_helper2(int x)\n{') }));
    assert.deepEqual(fn(c, 'demo_helper').header, ["demo_helper is not defined in v5.4's net/demo/demo.c"]);
    const c2 = check(variant({ media: (s) => s.replace('upstream: net/demo/demo.c:29', 'upstream: net/demo/other.c:29') }));
    assert.deepEqual(fn(c2, 'demo_helper').header, ['net/demo/other.c is not in the tree']);
  });

  it('says whether the tree is v5.4 by its Makefile, and fails one that is not', () => {
    assert.equal(treeVersion('VERSION = 5\nPATCHLEVEL = 4\nSUBLEVEL = 214\nEXTRAVERSION =\n').isV54, false);
    const c = check(variant({ makefile: 'VERSION = 5\nPATCHLEVEL = 4\nSUBLEVEL = 214\nEXTRAVERSION =\n' }));
    const { text, failed } = report(c, false);
    assert.equal(failed, true, 'every definition matches, but the tree is 5.4.214');
    assert.match(text, /tree: Makefile says 5\.4\.214: NOT Linux v5\.4/);
    const c2 = check(variant({ makefile: null }));
    const r2 = report(c2, false);
    assert.match(r2.text, /tree: no Makefile: the version of these files is not known/);
    assert.equal(r2.failed, false, 'just the files at their paths: checked as they are');
  });
});

describe('sources:check: the map of rendition lines to v5.4 lines', () => {
  it('maps each shown line to its v5.4 line, and a check without a tree finds it stale when a shown line changes', () => {
    const v = variant({});
    const c = check(v);
    const json = mapJson(v.media, c);
    assert.match(json, /"generated": "generated — do not edit/);
    const map = parseUpstreamMap(json)!;
    const text = fs.readFileSync(path.join(v.media, RENDITION), 'utf8');
    const lines = upstreamLines(map, RENDITION, text);
    assert.equal(lines.get(10), 9);
    assert.equal(lines.get(36), 31); // `return x + 1;`
    assert.equal(lines.get(14), undefined, 'an annotation has no line');
    assert.deepEqual(mapStaleness(map, RENDITION, text), []);
    // a shown line edited: stale, and that line is no longer mapped (no line rather than a wrong one)
    const edited = text.replace('\treturn x + 1;', '\treturn x + 2;');
    assert.deepEqual(mapStaleness(map, RENDITION, edited), [`${RENDITION}:36: changed since the map was written`]);
    assert.equal(upstreamLines(map, RENDITION, edited).get(36), undefined);
    // an annotation added above: every line below moved
    const moved = text.replace('static int demo_helper(int x)', '/* ours */\nstatic int demo_helper(int x)');
    assert.ok(mapStaleness(map, RENDITION, moved).some((p) => /not in the map|changed since/.test(p)));
    // a line not found in v5.4 is in the map with 0: a check without a tree still sees it change
    const c2 = check(variant({ media: (s) => s.replace('\t......\nout:', '\t......\n\td->extra = 1;\nout:') }));
    assert.equal(c2.results[0].mapped.get(24), undefined);
  });
});

/** Runs the checker's command line as npm does (tsx). */
function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--require', require.resolve('tsx/cjs'), path.join(ROOT, 'scripts', 'sources-check.ts'), ...args], { cwd: ROOT }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('sources:check: the command line', function () {
  this.timeout(60000);
  this.slow(10000);

  it('exits 0 on a tree that matches, 1 on a mismatch, one line per definition and the summary', async () => {
    const good = variant({});
    const bad = variant({ media: (s) => s.replace('\t......\nout:', 'out:') });
    const [a, b, usage] = await Promise.all([cli('--linux', good.linux, '--media', good.media), cli('--linux', bad.linux, '--media', bad.media, '--details'), cli('--media', good.media)]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(a.stdout.split('\n').filter((l) => /^(ok|FAIL) /.test(l)).length, 3);
    assert.match(a.stdout, /sources:check: every annotated definition is Linux v5\.4, exactly/);
    assert.equal(b.code, 1);
    assert.match(b.stdout, /^FAIL {2}demo_open /m);
    assert.match(b.stdout, /v5\.4 lines 22–23 left out with no/);
    assert.match(b.stdout, /sources:check: MISMATCH/);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--linux DIR is required/);
  });

  it('--write writes the map; --check-map says when it is stale, without a tree; --write without a tree follows moved lines only', async () => {
    const v = variant({});
    const w = await cli('--linux', v.linux, '--media', v.media, '--write');
    assert.equal(w.code, 0, w.stdout + w.stderr);
    assert.match(w.stdout, /wrote .*upstream-lines\.json: 22 lines with their v5\.4 line/);
    assert.deepEqual(mapProblems(v.media), []);
    const fresh = await cli('--check-map', '--media', v.media);
    assert.equal(fresh.code, 0, fresh.stderr);
    const file = path.join(v.media, RENDITION);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('\treturn x + 1;', '\treturn x + 2;'));
    const stale = await cli('--check-map', '--media', v.media);
    assert.equal(stale.code, 1);
    assert.match(stale.stderr, /upstream-lines\.json is stale against the annotated sources \(1\):\n {2}net\/demo\/demo\.c:36: changed since the map was written/);
    // without a tree: an annotation moved the lines, the map follows; changed code needs the tree
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('\treturn x + 2;', '\treturn x + 1;').replace('static int demo_helper(int x)', '/* ours,\n * two lines */\nstatic int demo_helper(int x)'));
    assert.equal((await cli('--check-map', '--media', v.media)).code, 1);
    const re = await cli('--write', '--media', v.media);
    assert.equal(re.code, 0, re.stderr);
    assert.deepEqual(mapProblems(v.media), []);
    const map = parseUpstreamMap(fs.readFileSync(path.join(v.media, 'upstream-lines.json'), 'utf8'));
    assert.equal(upstreamLines(map, RENDITION, fs.readFileSync(file, 'utf8')).get(38), 31, '`return x + 1;` two lines down, still v5.4 line 31');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('\treturn x + 1;', '\treturn x + 2;'));
    const no = await cli('--write', '--media', v.media);
    assert.equal(no.code, 1);
    assert.match(no.stderr, /the code shown in net\/demo\/demo\.c changed since the map was written: --write needs --linux DIR/);
    // a tree that is not v5.4: no map written from it
    const old = variant({ makefile: 'VERSION = 5\nPATCHLEVEL = 4\nSUBLEVEL = 214\n' });
    const w2 = await cli('--linux', old.linux, '--media', old.media, '--write');
    assert.equal(w2.code, 1);
    assert.match(w2.stderr, /not writing the map: the tree is not Linux v5\.4/);
    assert.equal(fs.existsSync(path.join(old.media, 'upstream-lines.json')), false);
  });
});
