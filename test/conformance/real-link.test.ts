// The conformance suite's real side itself (conformance/real.py): two scenario hosts are two network
// namespaces joined by a veth pair, with real ARP, each host's MTU from the scenario, the TCP settings
// the simulator models (no timestamps, SACK, window scaling; reno) and the segmentation offloads off,
// so that a send larger than the MSS is captured as the MSS-sized segments TCP built. Needs root (as
// the suite): skipped with the reason elsewhere, a failure under CI=true.

import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { parseScenario } from '../../src/scenario/parser';
import { prepare } from '../../src/conformance/plan';
import { runRealRaw, type RealOutput } from '../../src/conformance/sides';
import { environmentProblem } from '../../src/conformance/suite';

const ROOT = path.resolve(__dirname, '..', '..');

const SCENARIO = `
host server 10.0.0.1
host client 10.0.0.2
mtu client 1400
server: lfd = socket(AF_INET, SOCK_STREAM, 0)
server: bind(lfd, 10.0.0.1:8080)               = 0
server: listen(lfd, 16)                         = 0
client: fd = socket(AF_INET, SOCK_STREAM, 0)
client: connect(fd, 10.0.0.1:8080)              = 0
server: cfd = accept(lfd)                       = 4
client: send(fd, 5000)                          = 5000
sleep 100ms
server: recv(cfd, 5000)                         = 5000
server: send(cfd, 3000)                         = 3000
sleep 100ms
client: recv(fd, 3000)                          = 3000
client: close(fd)                               = 0
server: close(cfd)                              = 0
`;

describe('conformance real side: two hosts on a veth pair', function () {
  this.timeout(120_000);
  const problem = environmentProblem();
  let raw: RealOutput;
  const S = '10.77.1.1';
  const C = '10.77.1.2';

  before(function () {
    if (problem && process.env.CI !== 'true') {
      console.log(`      skipped: ${problem}`);
      this.skip();
    }
    assert.equal(problem, null, `cannot run: ${problem}`);
    const r = parseScenario(SCENARIO, 'veth.sockwalk');
    assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
    raw = runRealRaw(ROOT, prepare(r.scenario!, '10.77.1').plan);
    assert.deepEqual(raw.problems, []);
  });

  it('each host has its own eth0 (the scenario MTU, pfifo_fast) and lo (65536, noqueue)', () => {
    assert.deepEqual(raw.devices, {
      'server lo': { mtu: 65536, qdisc: 'noqueue' },
      'server eth0': { mtu: 1500, qdisc: 'pfifo_fast' },
      'client lo': { mtu: 65536, qdisc: 'noqueue' },
      'client eth0': { mtu: 1400, qdisc: 'pfifo_fast' },
    });
  });

  it('the namespaces have what the simulator models: no timestamps, SACK or window scaling; reno', () => {
    const s = raw.netnsSysctls;
    assert.deepEqual(
      [s['net.ipv4.tcp_timestamps'], s['net.ipv4.tcp_sack'], s['net.ipv4.tcp_window_scaling'], s['net.ipv4.tcp_congestion_control']],
      ['0', '0', '0', 'reno'],
    );
  });

  it('the first packet waits for real ARP: the client asks, the server answers, then the SYN', () => {
    const p = raw.packets!.map((x) => `${x.saddr}>${x.daddr} ${x.flags}`);
    assert.deepEqual(p.slice(0, 3), [`${C}>${S} ARP request`, `${S}>${C} ARP reply`, `${C}>${S} S`]);
  });

  it('a send larger than the MSS leaves as MSS-sized segments (offloads off): 1360 each way, from the client’s MTU 1400', () => {
    const data = (from: string) => raw.packets!.filter((x) => x.saddr === from && x.len > 0 && x.flags !== 'ARP request' && x.flags !== 'ARP reply').map((x) => x.len);
    assert.deepEqual(data(C), [1360, 1360, 1360, 920]);
    assert.deepEqual(data(S), [1360, 1360, 280]);
    assert.deepEqual(raw.results.map((r) => r.ret).slice(-6), [5000, 5000, 3000, 3000, 0, 0]);
  });
});
