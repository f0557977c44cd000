// The real side's iptables arguments: every scenario host shares the run's one namespace there, so a
// host's rule is narrowed to its own packets (INPUT: -d its addresses, OUTPUT: -s) and scenario
// addresses become the run's loopback ones; the simulator's rule is unchanged.

import { strict as assert } from 'node:assert';
import { parseScenario } from '../../src/scenario/parser';
import { prepare } from '../../src/conformance/plan';

function plan(body: string) {
  const r = parseScenario('host server 10.0.0.1\nhost client 10.0.0.2\n' + body, 't.sockwalk');
  assert.deepEqual(r.diagnostics, []);
  return prepare(r.scenario!, '127.9.9').plan.stmts.filter((s) => s.kind === 'iptables');
}

describe('conformance plan: iptables rules', () => {
  it('narrows INPUT to the host\'s addresses and OUTPUT to its sources, maps -s/-d, keeps the rest as iptables takes it', () => {
    assert.deepEqual(plan(`server: iptables -A INPUT -p tcp --dport 8080 -j DROP
client: iptables -I OUTPUT 1 -p udp --sport 1000:2000 -j REJECT
server: iptables -A INPUT -s 10.0.0.2 -p tcp --syn -j REJECT --reject-with tcp-reset
server: iptables -A INPUT -d 10.0.0.1/32 -j ACCEPT
server: iptables -D INPUT 2
server: iptables -F
`).map((s) => (s.kind === 'iptables' ? s.args.join(' ') : '')), [
      '-A INPUT -d 127.9.9.1/32 -p tcp --dport 8080 -j DROP',
      '-I OUTPUT 1 -s 127.9.9.2/32 -p udp --sport 1000:2000 -j REJECT',
      '-A INPUT -s 127.9.9.2/32 -d 127.9.9.1/32 -p tcp --tcp-flags FIN,SYN,RST,ACK SYN -j REJECT --reject-with tcp-reset',
      '-A INPUT -d 127.9.9.1/32 -j ACCEPT',
      '-D INPUT 2',
      '-F',
    ]);
  });
});
