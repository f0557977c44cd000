// Issue 19: no input makes the parser slow. The did-you-mean suggestions once compared every
// unknown name with every candidate at full length (a 200,000-character fd name and 50 unknown
// names took over a minute); now they are bounded, so any 1 MB scenario parses in about a second.
// The bound here is generous (5 s per MB on a loaded machine); bench/ holds the speed goals.

import assert from 'node:assert/strict';
import { parseScenario } from '../../src/scenario/parser';

const MB = 1 << 20;
function fill(head: string, unit: (i: number) => string): string {
  const parts = [head];
  let n = head.length;
  for (let i = 0; n < MB; i++) {
    const u = unit(i);
    parts.push(u);
    n += u.length;
  }
  return parts.join('');
}

function timed(text: string): { ms: number; diags: number } {
  const t0 = performance.now();
  const r = parseScenario(text, 'big.sockwalk');
  return { ms: performance.now() - t0, diags: r.diagnostics.length };
}

describe('parser limits (issue 19)', function () {
  this.timeout(120_000);

  it('a 200,000-character fd name then 50 unknown names: answered in well under a second, suggestions still right', () => {
    const long = 'f' + 'x'.repeat(200_000);
    let text = `host h 10.0.0.1\nh: ${long} = socket(AF_INET, SOCK_STREAM, 0)\nh: fd = socket(AF_INET, SOCK_STREAM, 0)\n`;
    for (let i = 0; i < 50; i++) text += `h: listen(u${String(i).padStart(63, 'y')}, 5)\n`;
    text += 'h: listen(df, 5)\n';
    const t0 = performance.now();
    const r = parseScenario(text, 't.sockwalk');
    const ms = performance.now() - t0;
    assert.equal(r.diagnostics.length, 51);
    assert.match(r.diagnostics[50].message, /unknown fd 'df' in 'h'; did you mean fd\?/);
    assert.ok(ms < 5000, `${ms.toFixed(0)} ms (was over a minute before the fix)`);
  });

  const shapes: Record<string, () => string> = {
    'a long name and unknown uses': () => fill(`host h 10.0.0.1\nh: f${'x'.repeat(200_000)} = socket(AF_INET, SOCK_STREAM, 0)\n`, (i) => `h: listen(u${String(i).padStart(63, 'y')}, 5)\n`),
    'many fds and as many unknown ones': () => fill('host h 10.0.0.1\n', (i) => (i % 2 ? `h: fd${i} = socket(AF_INET, SOCK_STREAM, 0)\n` : `h: listen(fe${i}, 5)\n`)),
    'many hosts and sysctls of unknown hosts': () => fill('', (i) => (i % 2 ? `host h${i} 10.0.${(i >> 8) & 255}.${i & 255}\n` : `sysctl g${i} net.core.somaxconn = 1\n`)),
    'unknown processes': () => fill('host h 10.0.0.1\n', (i) => `p${i}: socket(AF_INET, SOCK_STREAM, 0)\n`),
    'misspelt constants': () => fill('host h 10.0.0.1\nh: s = socket(AF_INET, SOCK_STREAM, 0)\n', (i) => `h: setsockopt(s, SOL_SOCKT, SO_REUSEADDRX${i}, 1)\n`),
    'one 1 MB line': () => 'host h 10.0.0.1\nh: listen(' + 'a, '.repeat(MB / 3) + ')\n',
    'open parentheses': () => 'host h 10.0.0.1\nh: x = socket(' + '('.repeat(MB) + '\n',
    'bytes': () => Array.from({ length: MB }, (_, i) => String.fromCharCode(((i * 2654435761) >>> 7) % 128)).join(''),
  };
  for (const [name, make] of Object.entries(shapes)) {
    it(`1 MB of ${name} parses in seconds, not minutes`, () => {
      const text = make();
      assert.ok(text.length >= MB - 1);
      const { ms } = timed(text);
      assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
    });
  }
});
