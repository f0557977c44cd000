// The scenario parser on generated and mutated scenarios (fuzz, fast-check): it never throws (nor
// reports an internal error), every diagnostic has a line and a column inside the text, and there is
// a scenario exactly when there is no error. Inputs: token soups from the language's vocabulary,
// and the built-in scenarios mutated by characters, tokens and whole lines.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import fc from 'fast-check';
import { parseScenario } from '../../src/scenario/parser';
import { builtinNames, builtinPath } from '../../src/scenario/builtins';
import { fuzz, fuzzRuns } from '../fuzz';

const PIECES = [
  'host', 'process', 'on', 'link', 'delay', 'down', 'drop', 'by', 'sysctl', 'sleep', 'pause', 'wait', 'any', 'server', 'client', 'h', 'fd', 'lfd',
  ':', '=', '(', ')', ',', '|', '&', '>', '#', '"', '\\', '\\x4', '-1', '-', '.', '0', '0x', '0x10', '01', '1e3', '2147483648', '-2147483649', '99999999999999999999',
  '1.5ms', '10ms', '0.5us', '10.0.0.1:80', '10.0.0.1', '0.0.0.0:0', '999.1.1.1:1', '10.0.0.1:99999', 'E', 'EISCONN', 'ECONNREFUSED', 'AF_INET', 'SOCK_STREAM',
  'SOCK_DGRAM', 'IPPROTO_TCP', 'socket', 'bind', 'listen', 'accept', 'connect', 'send', 'recv', 'close', 'shutdown', 'setsockopt', 'SO_LINGER', 'SOL_SOCKET',
  'net.core.somaxconn', 'net.ipv4.ip_local_port_range', 'net.ipv4.ip_unprivileged_port_start', 'net.ipv4.tcp_syn_retries', 'net.nope',
  '"S"', '"SA"', 'S', 'R.', '\n', '\r\n', '\r', '\t', ' ', '\u0000', '\uD800', '\u00e9', '😀', '\u202e', 'constructor', '__proto__', 'toString', 'x'.repeat(70),
];

const builtins = builtinNames().map((n) => fs.readFileSync(builtinPath(n), 'utf8'));

/** A line made of vocabulary pieces. */
const lineArb = fc.tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), fc.boolean()).map(([ps, tight]) => ps.join(tight ? '' : ' '));
/** A generated scenario: a plausible head, then lines of pieces and well-formed statements. */
const generated = fc
  .tuple(
    fc.array(
      fc.oneof(
        lineArb,
        fc.constantFrom('host server 10.0.0.1', 'host client 10.0.0.2', 'server: lfd = socket(AF_INET, SOCK_STREAM, 0)', 'server: bind(lfd, 10.0.0.1:80)', 'server: listen(lfd, 5)', 'client: fd = socket(AF_INET, SOCK_STREAM, 0)', 'client: connect(fd, 10.0.0.1:80) &', 'server: c = accept(lfd) = 4', 'sysctl server net.core.somaxconn = 1', 'sleep 1ms', 'pause "x"'),
        fc.tuple(fc.constantFrom('sysctl server ', 'sysctl client '), fc.constantFrom(...PIECES.filter((p) => p.startsWith('net.'))), fc.constantFrom(' = ', ' '), fc.array(fc.oneof(fc.integer().map(String), fc.constantFrom('-2147483649', '2147483648', '65536', '0', '1024')), { maxLength: 3 })).map(([a, k, e, vs]) => a + k + e + vs.join(' ')),
      ),
      { maxLength: 25 },
    ),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([ls, eol]) => ls.join(eol));

/** A built-in scenario with character, token and line edits. */
const edit = fc.record({ at: fc.nat(), op: fc.nat({ max: 5 }), len: fc.nat({ max: 12 }), piece: fc.constantFrom(...PIECES), ch: fc.integer({ min: 0, max: 0x2fff }) });
const mutated = fc.tuple(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 8 })).map(([k, edits]) => {
  let text = builtins[k % builtins.length];
  for (const e of edits) {
    const at = e.at % (text.length + 1);
    switch (e.op) {
      case 0: text = text.slice(0, at) + text.slice(at + e.len); break;
      case 1: text = text.slice(0, at) + e.piece + text.slice(at); break;
      case 2: text = text.slice(0, at) + String.fromCharCode(e.ch) + text.slice(at + 1); break;
      default: {
        const lines = text.split('\n');
        const a = e.at % lines.length;
        const b = (e.at * 31 + e.len) % lines.length;
        if (e.op === 3) [lines[a], lines[b]] = [lines[b], lines[a]];
        else if (e.op === 4) lines.splice(a, 0, lines[b]);
        else lines.splice(a, 1);
        text = lines.join('\n');
      }
    }
  }
  return text;
});

function sane(text: string): string | null {
  const r = parseScenario(text, 'fuzz.sockwalk');
  const nLines = text.split(/\r\n|\r|\n/).length;
  for (const d of r.diagnostics) {
    if (d.message.startsWith('internal parser error')) return d.message;
    if (!(Number.isInteger(d.loc.line) && Number.isInteger(d.loc.col) && d.loc.line >= 1 && d.loc.line <= nLines && d.loc.col >= 1)) return `bad position ${JSON.stringify(d)}`;
    if (d.endCol !== undefined && !(Number.isInteger(d.endCol) && d.endCol > d.loc.col)) return `bad endCol ${JSON.stringify(d)}`;
    if (typeof d.message !== 'string' || !d.message || (d.severity !== 'error' && d.severity !== 'warning')) return `bad diagnostic ${JSON.stringify(d)}`;
  }
  if ((r.scenario === undefined) !== r.diagnostics.some((d) => d.severity === 'error')) return 'a scenario exactly when there is no error';
  return null;
}

describe('scenario parser (fuzz)', function () {
  this.timeout(600_000);
  it('generated scenarios (fuzz)', async () => {
    await fuzz('parser: generated scenarios', generated, fuzzRuns(600), sane);
  });
  it('mutated built-in scenarios (fuzz)', async () => {
    assert.ok(builtins.length >= 10);
    await fuzz('parser: mutated built-ins', mutated, fuzzRuns(600), sane);
  });
  it('arbitrary strings (fuzz)', async () => {
    await fuzz('parser: arbitrary strings', fc.string({ unit: 'binary', maxLength: 400 }), fuzzRuns(600), sane);
  });
});
