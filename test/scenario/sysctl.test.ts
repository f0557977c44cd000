// Issue 19: sysctl values are checked as the kernel's proc handlers check them (a C int, then the
// handler's bounds: proc_dointvec_minmax, ipv4_local_port_range, ipv4_privileged_ports), and what
// the kernel would refuse with EINVAL is a diagnostic at the value's line and column.

import assert from 'node:assert/strict';
import { parseScenario, formatDiagnostic, SYSCTL_KEYS } from '../../src/scenario/parser';
import { SYSCTL_NAMES } from '../../src/kernel/include/net/net_namespace';
import { scenario } from '../helpers';

const HEAD = 'host h 10.0.0.1\n';

function diags(body: string): string[] {
  const r = parseScenario(HEAD + body + '\n', 's.sockwalk');
  return r.diagnostics.map((d) => formatDiagnostic('s.sockwalk', d).replace(/^s\.sockwalk:/, ''));
}

describe('sysctl values (issue 19)', () => {
  const refused: Array<[string, RegExp]> = [
    ['sysctl h net.ipv4.ip_local_port_range = 1', /^2:41: error: net\.ipv4\.ip_local_port_range: the low end 1 is below net\.ipv4\.ip_unprivileged_port_start \(1024\); the kernel refuses it with EINVAL$/],
    ['sysctl h net.core.somaxconn = -2147483649', /^2:31: error: net\.core\.somaxconn = -2147483649: out of range for an int/],
    ['sysctl h net.core.somaxconn = 2147483648', /^2:31: error: .*out of range for an int/],
    ['sysctl h net.core.somaxconn = -1', /^2:31: error: net\.core\.somaxconn = -1: the kernel accepts 0 to 2147483647 \(proc_dointvec_minmax\), else EINVAL$/],
    ['sysctl h net.ipv4.tcp_syn_retries = 0', /^2:37: error: .*accepts 1 to 127/],
    ['sysctl h net.ipv4.tcp_syn_retries = 128', /^2:37: error: .*accepts 1 to 127/],
    ['sysctl h net.ipv4.tcp_tw_reuse = 3', /^2:34: error: .*accepts 0 to 2/],
    ['sysctl h net.ipv4.tcp_fin_timeout = 2147484', /^2:37: error: .*accepts -2147483 to 2147483 \(proc_dointvec_jiffies\)/],
    ['sysctl h net.ipv4.ip_local_port_range = 0 70000', /^2:41: error: .*accepts 1 to 65535/],
    ['sysctl h net.ipv4.ip_local_port_range = 40000 70000', /^2:47: error: .*accepts 1 to 65535/],
    ['sysctl h net.ipv4.ip_local_port_range = 40000 30000', /^2:47: error: net\.ipv4\.ip_local_port_range: the high end 30000 is below the low end 40000/],
    ['sysctl h net.ipv4.ip_local_port_range = 61000', /^2:41: error: .*the high end 60999 \(the current one\) is below the low end 61000/],
    ['sysctl h net.ipv4.ip_local_port_range = 1 2 3', /^2:45: error: net\.ipv4\.ip_local_port_range takes at most 2 integers/],
    ['sysctl h net.core.somaxconn = 1 2', /^2:33: error: net\.core\.somaxconn takes one integer/],
    ['sysctl h net.core.somaxconn = 1 x', /^2:33: error: expected the end of the line/],
    ['sysctl h net.ipv4.ip_unprivileged_port_start = 32768', /^2:48: error: .*must stay below the local port range's low end \(32768\)/],
    ['sysctl h net.ipv4.ip_unprivileged_port_start = 65536', /^2:48: error: .*accepts 0 to 65535/],
    ['sysctl h net.core.somaxcon = 5', /^2:10: error: unknown sysctl net\.core\.somaxcon; did you mean net\.core\.somaxconn\?$/],
    ['sysctl h kernel.panic = 5', /^2:10: error: unknown sysctl kernel\.panic \(known: net\.core\.somaxconn, /],
  ];
  for (const [line, re] of refused) {
    it(`refuses: ${line}`, () => {
      const d = diags(line);
      assert.equal(d.length, 1, d.join('\n'));
      assert.match(d[0], re);
    });
  }

  const accepted: Array<[string, number]> = [
    ['sysctl h net.core.somaxconn = 0', 0],
    ['sysctl h net.core.somaxconn = 2147483647', 2147483647],
    ['sysctl h net.ipv4.tcp_syn_retries = 127', 127],
    ['sysctl h net.ipv4.tcp_synack_retries = -2147483648', -2147483648],
    ['sysctl h net.ipv4.tcp_tw_reuse = 2', 2],
    ['sysctl h net.ipv4.ip_unprivileged_port_start = 0', 0],
  ];
  for (const [line, value] of accepted) {
    it(`accepts: ${line}`, () => {
      const r = parseScenario(HEAD + line + '\n', 's.sockwalk');
      assert.deepEqual(r.diagnostics, []);
      const st = r.scenario!.stmts.find((s) => s.kind === 'sysctl');
      assert.equal(st && st.kind === 'sysctl' && st.value, value);
    });
  }

  it('a valid local port range is checked in order with ip_unprivileged_port_start', () => {
    const d = diags('sysctl h net.ipv4.ip_unprivileged_port_start = 30000\nsysctl h net.ipv4.ip_local_port_range = 31000 40000\nsysctl h net.ipv4.ip_unprivileged_port_start = 30999');
    assert.deepEqual(d, []);
    const d2 = diags('sysctl h net.ipv4.ip_local_port_range = 31000 40000\nsysctl h net.ipv4.ip_unprivileged_port_start = 31000');
    assert.match(d2[0], /^3:48: error: .*below the local port range's low end \(31000\)/);
    const r = parseScenario(HEAD + 'sysctl h net.ipv4.ip_local_port_range = 40000 50000\n', 's');
    const st = r.scenario!.stmts.find((s) => s.kind === 'sysctl');
    assert.deepEqual(st && st.kind === 'sysctl' && st.values, [40000, 50000]);
  });

  it('the local port range applies: connect() takes its ports from it, and EADDRNOTAVAIL once they are all in use', () => {
    const run = scenario(
      [
        'host server 10.0.0.1',
        'host client 10.0.0.2',
        'sysctl client net.ipv4.ip_local_port_range = 40000 40001',
        'server: lfd = socket(AF_INET, SOCK_STREAM, 0)',
        'server: bind(lfd, 10.0.0.1:80)',
        'server: listen(lfd, 8)',
        'client: a = socket(AF_INET, SOCK_STREAM, 0)',
        'client: connect(a, 10.0.0.1:80) = 0',
        'client: b = socket(AF_INET, SOCK_STREAM, 0)',
        'client: connect(b, 10.0.0.1:80) = 0',
        'client: c = socket(AF_INET, SOCK_STREAM, 0)',
        'client: bind(c, 10.0.0.2:0) = -1 EADDRINUSE',
      ].join('\n'),
    );
    run.runToEnd();
    assert.deepEqual(run.problems, []);
    const client = run.processes.get('client')!;
    const ports = [...client.fdtable.values()].map((f) => ((f.private_data as { sk?: unknown }).sk as unknown as { inet_sport: number } | null)?.inet_sport ?? 0).filter((p) => p).sort();
    assert.deepEqual(ports, [40000, 40001]);
  });

  it('knows exactly the sysctls the simulated kernel has', () => {
    assert.deepEqual([...SYSCTL_KEYS].sort(), [...SYSCTL_NAMES].sort());
  });
});
