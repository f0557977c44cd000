// The scenario language's iptables statement: what it parses to, and a diagnostic at line:col for
// each class of malformed rule (unknown option or command, missing value, bad port, address or
// number, unknown chain, target, protocol, match or flag, an option out of place).

import { strict as assert } from 'node:assert';
import { parseScenario } from '../../src/scenario/parser';
import type { Diagnostic, Stmt } from '../../src/scenario/ast';

const HEAD = 'host server 10.0.0.1\nhost client 10.0.0.2\nprocess web on server\n';
const show = (d: Diagnostic) => `${d.loc.line}:${d.loc.col}${d.endCol ? `-${d.endCol}` : ''} ${d.message}`;
const diags = (body: string) => parseScenario(HEAD + body, 't.sockwalk').diagnostics.map(show);
function rule(body: string): Extract<Stmt, { kind: 'iptables' }> {
  const r = parseScenario(HEAD + body, 't.sockwalk');
  assert.deepEqual(r.diagnostics.map(show), []);
  const s = r.scenario!.stmts.at(-1)!;
  assert.equal(s.kind, 'iptables');
  return s as Extract<Stmt, { kind: 'iptables' }>;
}

describe('scenario: iptables rules', () => {
  it('parses the issue\'s example, on the host it names', () => {
    const s = rule('server: iptables -A INPUT -p tcp --dport 8080 -j DROP');
    assert.deepEqual([s.who, s.host, s.loc], ['server', 'server', { line: 4, col: 1 }]);
    assert.deepEqual(s.cmd, { op: 'A', chain: 'INPUT', rule: { proto: 'tcp', dport: [8080, 8080], target: 'DROP' } });
    assert.equal(s.text, 'iptables -A INPUT -p tcp --dport 8080 -j DROP');
  });

  it('a process prefix puts the rule on that process\'s host', () => {
    assert.equal(rule('web: iptables -A OUTPUT -p udp --sport 53 -j ACCEPT').host, 'server');
  });

  it('long options, addresses with prefixes, ranges, flags, REJECT options, -I N, -D N, -F', () => {
    assert.deepEqual(rule('server: iptables --insert INPUT 2 --protocol tcp --source 10.0.0.0/24 --destination 10.0.0.1 --source-port 1000:2000 --syn -j REJECT --reject-with tcp-reset').cmd, {
      op: 'I',
      chain: 'INPUT',
      num: 2,
      rule: { proto: 'tcp', src: { addr: '10.0.0.0', prefix: 24 }, dst: { addr: '10.0.0.1', prefix: 32 }, sport: [1000, 2000], tcpFlags: { mask: 23, cmp: 2, text: 'FIN,SYN,RST,ACK SYN' }, target: 'REJECT', rejectWith: 'tcp-reset' },
    });
    assert.deepEqual(rule('server: iptables -A INPUT -p tcp -m tcp --tcp-flags SYN,ACK SYN -j DROP   # a comment').cmd.rule!.tcpFlags, { mask: 18, cmp: 2, text: 'SYN,ACK SYN' });
    assert.deepEqual(rule('server: iptables -D INPUT 1').cmd, { op: 'D', chain: 'INPUT', num: 1 });
    assert.deepEqual(rule('server: iptables -F').cmd, { op: 'F' });
    assert.deepEqual(rule('server: iptables -F OUTPUT').cmd, { op: 'F', chain: 'OUTPUT' });
    assert.deepEqual(rule('server: iptables -A INPUT -p udp -j REJECT').cmd.rule, { proto: 'udp', target: 'REJECT' });
  });

  const cases: Array<[string, string, string]> = [
    // [class, line, the diagnostic]
    ['unknown option', 'server: iptables -A INPUT -p tcp --dprot 80 -j DROP', "4:34-41 iptables: unknown option '--dprot'; did you mean --dport?"],
    ['an option that is not simulated', 'server: iptables -t nat -A PREROUTING -j DROP', '4:18-20 iptables: -t is not simulated'],
    ['a word where an option goes', 'server: iptables -A INPUT tcp -j DROP', "4:27-30 iptables: unexpected 'tcp' (an option like -p, --dport or -j comes first)"],
    ['no command', 'server: iptables', '4:17 iptables: expected a command (-A, -I, -D or -F CHAIN), got end of line'],
    ['unknown command', 'server: iptables -Q INPUT', "4:18-20 iptables: expected a command (-A, -I, -D or -F CHAIN), got '-Q'"],
    ['missing chain', 'server: iptables -A', '4:20 iptables: -A needs a value (a chain: INPUT, FORWARD or OUTPUT)'],
    ['unknown chain', 'server: iptables -A INPTU -j DROP', "4:21-26 iptables: unknown chain 'INPTU' (the filter table has INPUT, FORWARD and OUTPUT); did you mean INPUT?"],
    ['a chain of another table', 'server: iptables -A PREROUTING -j DROP', "4:21-31 iptables: unknown chain 'PREROUTING' (the filter table has INPUT, FORWARD and OUTPUT)"],
    ['missing value at the end', 'server: iptables -A INPUT -j', '4:29 iptables: -j needs a value (ACCEPT, DROP or REJECT)'],
    ['missing value before the next option', 'server: iptables -A INPUT -p -j DROP', '4:27-29 iptables: -p needs a value (tcp, udp or icmp)'],
    ['bad port', 'server: iptables -A INPUT -p tcp --dport 70000 -j DROP', "4:42-47 iptables: '70000' is not a port or port range (0-65535, or LOW:HIGH)"],
    ['reversed port range', 'server: iptables -A INPUT -p udp --sport 90:80 -j DROP', "4:42-47 iptables: '90:80' is not a port or port range"],
    ['a port without -p tcp or udp', 'server: iptables -A INPUT --dport 80 -j DROP', '4:27-34 iptables: --dport needs -p tcp or -p udp before it'],
    ['unknown protocol', 'server: iptables -A INPUT -p sctp -j DROP', "4:30-34 iptables: unknown protocol 'sctp' (tcp, udp or icmp)"],
    ['bad address', 'server: iptables -A INPUT -s 10.0.0.256 -j DROP', "4:30-40 iptables: '10.0.0.256' is not an address (a.b.c.d or a.b.c.d/N)"],
    ['bad prefix', 'server: iptables -A INPUT -d 10.0.0.0/33 -j DROP', "4:30-41 iptables: '10.0.0.0/33' is not an address"],
    ['unknown target', 'server: iptables -A INPUT -j REJCT', "4:30-35 iptables: unknown target 'REJCT' (ACCEPT, DROP or REJECT); did you mean REJECT?"],
    ['no target', 'server: iptables -A INPUT -p tcp', '4:33 iptables: a rule needs a target: -j ACCEPT, -j DROP or -j REJECT'],
    ['REJECT option on DROP', 'server: iptables -A INPUT -j DROP --reject-with tcp-reset', '4:35-48 iptables: --reject-with is an option of -j REJECT (not of -j DROP)'],
    ['unknown --reject-with', 'server: iptables -A INPUT -p tcp -j REJECT --reject-with tcp-rst', "4:58-65 iptables: unknown --reject-with 'tcp-rst' (tcp-reset or icmp-port-unreachable); did you mean tcp-reset?"],
    ['tcp-reset without -p tcp', 'server: iptables -A INPUT -j REJECT --reject-with tcp-reset', '4:51-60 iptables: --reject-with tcp-reset needs -p tcp (a reset answers only TCP)'],
    ['an option given twice', 'server: iptables -A INPUT -p tcp -p udp -j DROP', '4:34-36 iptables: -p given twice'],
    ['--syn without -p tcp', 'server: iptables -A INPUT -p udp --syn -j DROP', '4:34-39 iptables: --syn needs -p tcp before it'],
    ['unknown TCP flag', 'server: iptables -A INPUT -p tcp --tcp-flags SYN,AKC SYN -j DROP', "4:46-53 iptables: unknown TCP flag 'AKC'"],
    ['-m without its -p', 'server: iptables -A INPUT -m tcp --dport 1 -j DROP', '4:30-33 iptables: -m tcp needs -p tcp before it'],
    ['bad rule number', 'server: iptables -D INPUT 0', "4:27-28 iptables: '0' is not a rule number (1 or more)"],
    ['words after -D N', 'server: iptables -D INPUT 1 -j DROP', "4:29-31 iptables: unexpected '-j' after -D INPUT 1"],
    ['words after -F CHAIN', 'server: iptables -F INPUT OUTPUT', "4:27-33 iptables: unexpected 'OUTPUT' after -F INPUT"],
    ['unknown host or process', 'sever: iptables -A INPUT -j DROP', "4:1-6 iptables: unknown host or process 'sever'; did you mean server?"],
  ];
  for (const [what, line, want] of cases) {
    it(`${what}: ${line}`, () => {
      const got = diags(line);
      assert.equal(got.length, 1, `one diagnostic, got:\n${got.join('\n')}`);
      assert.ok(got[0].startsWith(want), `got:  ${got[0]}\nwant: ${want}…`);
    });
  }

  it('a broken rule line does not hide the next line\'s own error, and the runner never sees either', () => {
    const r = parseScenario(HEAD + 'server: iptables -A INPUT -j\nserver: iptables -A FOO -j DROP\n', 't.sockwalk');
    assert.deepEqual(r.diagnostics.map((d) => d.loc.line), [4, 5]);
    assert.equal(r.scenario, undefined);
  });
});
