// The real side's iptables arguments: each scenario host has a network namespace of its own there, so
// a host's rule is run in it as written (no narrowing), its host named, and scenario addresses become
// the run's block's; the simulator's rule is unchanged.

import { strict as assert } from 'node:assert';
import { parseScenario } from '../../src/scenario/parser';
import { prepare } from '../../src/conformance/plan';

function plan(body: string) {
  const r = parseScenario('host server 10.0.0.1\nhost client 10.0.0.2\n' + body, 't.sockwalk');
  assert.deepEqual(r.diagnostics, []);
  return prepare(r.scenario!, '10.9.9').plan.stmts.filter((s) => s.kind === 'iptables');
}

describe('conformance plan: iptables rules', () => {
  it('runs each rule in its host\'s namespace as written, maps -s/-d to the run\'s addresses, keeps the rest as iptables takes it', () => {
    assert.deepEqual(plan(`server: iptables -A INPUT -p tcp --dport 8080 -j DROP
client: iptables -I OUTPUT 1 -p udp --sport 1000:2000 -j REJECT
server: iptables -A INPUT -s 10.0.0.2 -p tcp --syn -j REJECT --reject-with tcp-reset
server: iptables -A INPUT -d 10.0.0.1/32 -j ACCEPT
server: iptables -D INPUT 2
server: iptables -F
`).map((s) => (s.kind === 'iptables' ? s.args.join(' ') : '')), [
      '-A INPUT -p tcp --dport 8080 -j DROP',
      '-I OUTPUT 1 -p udp --sport 1000:2000 -j REJECT',
      '-A INPUT -s 10.9.9.2/32 -p tcp --tcp-flags FIN,SYN,RST,ACK SYN -j REJECT --reject-with tcp-reset',
      '-A INPUT -d 10.9.9.1/32 -j ACCEPT',
      '-D INPUT 2',
      '-F',
    ]);
  });
  it('names the host whose namespace runs the rule', () => {
    assert.deepEqual(plan('server: iptables -A INPUT -j DROP\nclient: iptables -F\n').map((s) => s.kind === 'iptables' && s.host), ['server', 'client']);
  });
});
