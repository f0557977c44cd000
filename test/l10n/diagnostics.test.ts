// The parser's and runner's diagnostics in Chinese: each message a broken scenario produces is matched
// to a template of src/l10n/diagnostics.ts and comes out translated, its variable parts (names,
// numbers, addresses, errno names) unchanged; English stays as the parser wrote it.

import { strict as assert } from 'node:assert';
import { parseScenario } from '../../src/scenario/parser';
import { ScenarioRun } from '../../src/scenario/runner';
import { setLanguage } from '../../src/l10n/l10n';
import { translateDiagnostic } from '../../src/l10n/diagnostics';
import { hoverAt } from '../../src/extension/scenarioLang';

const HEAD = 'host server 10.0.0.1\nhost client 10.0.0.2\n';
const SOCK = 'server: fd = socket(AF_INET, SOCK_STREAM, 0)\n';
/** Broken lines, one or more diagnostics each. */
const BROKEN = [
  'server: fd = sokcet(AF_INET, SOCK_STREAM, 0)',
  'server: fd = socket(AF_INET, SOCK_STREAM)',
  SOCK + 'server: listen(fd)',
  SOCK + 'server: bind(fd, 10.0.0.1)',
  SOCK + 'server: bind(fd, 10.0.0.300:80)',
  SOCK + 'server: connect(fd, 10.0.0.1:80) = ECONNREFUSED',
  SOCK + 'server: connect(fd, 10.0.0.1:80) = -1 ECONREFUSED',
  SOCK + 'server: connect(fd, 10.0.0.1:80) = -1',
  SOCK + 'server: close(nope)',
  SOCK + 'serve: close(fd)',
  'link delay 5',
  'link delay 5 parsecs',
  'sleep -1ms',
  'frobnicate 3',
  'pause',
  'server: x = socket(AF_INET, SOCK_STREAM, 0) & &',
  'server: send(3, "abc\\q")',
  'server: send(3, "abc',
  'host h',
  'host server 10.0.0.9',
  'server: wait c',
  SOCK + 'server: setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, 1, 0)',
  SOCK + 'server: send(fd, "x") = "x"',
  SOCK + 'server: listen(fd, AF_INTE)',
  'server: listen(0x, 1)',
  'drop server > client "Z"',
  'drop every 1st server > client',
  // mtu: the device's limits, the device, the host
  'mtu server 60',
  'mtu server lo 30',
  'mtu server eth1 1400',
  'mtu server',
  'mtu nobody 1400',
  'process p on server\nmtu p 1400',
  // link rate and txqueuelen
  'link speed 1mbit',
  'link rate 1mph',
  'link rate 0mbit',
  'link rate 1000gbit',
  'link rate 1mbit 2',
  'txqueuelen server 0',
  'txqueuelen server',
  'txqueuelen nobody 100',
  'process p on server\ntxqueuelen p 100',
  // sysctl: names, values, ranges, the port range's own checks
  'sysctl server net.core.somaxcon = 5',
  'sysctl server net.foo.bar = 5',
  'sysctl server net.core.somaxconn = 5 6',
  'sysctl server net.core.somaxconn = 99999999999',
  'sysctl server net.ipv4.ip_local_port_range = 1 2 3',
  'sysctl server net.ipv4.ip_local_port_range = 5000 4000',
  'sysctl server net.ipv4.ip_local_port_range = 40000 40000\nsysctl server net.ipv4.ip_local_port_range = 50000',
  'sysctl server net.ipv4.ip_local_port_range = 100 200',
  'sysctl server net.ipv4.ip_unprivileged_port_start = 40000',
  'sysctl server net.core.somaxconn 5',
  'sysctl server',
  'sysctl 5',
  // poll's and select's descriptor lists
  SOCK + 'server: poll([fd], -1)',
  SOCK + 'server: poll([fd POLLIN POLLOUT], -1)',
  SOCK + 'server: poll([fd POLLIN, ], -1)',
  SOCK + 'server: poll([fd POLLIN -1)',
  SOCK + 'server: poll(fd, -1)',
  SOCK + 'server: close([fd])',
  SOCK + 'server: select([fd], fd, -1)',
  SOCK + 'server: poll(fd, [fd], -1)',
  SOCK + 'server: select([-1], [2000], [fd POLLIN], -1)',
  // iptables rules: each class of malformed rule
  'server: iptables -A INPUT -p tcp --dprot 80 -j DROP',
  'server: iptables -t nat -A PREROUTING -j DROP',
  'server: iptables -A INPUT tcp -j DROP',
  'server: iptables',
  'server: iptables -Q INPUT',
  'server: iptables -A',
  'server: iptables -A INPTU -j DROP',
  'server: iptables -A INPUT -j',
  'server: iptables -A INPUT -p -j DROP',
  'server: iptables -A INPUT -s 10.0.0.1 -s 10.0.0.2 -j DROP',
  'server: iptables -A INPUT -p tcp --dport 70000 -j DROP',
  'server: iptables -A INPUT --dport 80 -j DROP',
  'server: iptables -A INPUT -p sctp -j DROP',
  'server: iptables -A INPUT -s 10.0.0.256 -j DROP',
  'server: iptables -A INPUT -j REJCT',
  'server: iptables -A INPUT -p tcp',
  'server: iptables -A INPUT -j DROP --reject-with tcp-reset',
  'server: iptables -A INPUT --reject-with tcp-reset',
  'server: iptables -A INPUT -p tcp -j REJECT --reject-with tcp-rst',
  'server: iptables -A INPUT -j REJECT --reject-with tcp-reset',
  'server: iptables -A INPUT -p udp --syn -j DROP',
  'server: iptables -A INPUT -p tcp --tcp-flags SYN,AKC SYN -j DROP',
  'server: iptables -A INPUT -m tcp -j DROP',
  'server: iptables -A INPUT -p tcp -m sctp -j DROP',
  'server: iptables -A INPUT -p tcp --tcp-flags SYN',
  'server: iptables -D INPUT 0',
  'server: iptables -D INPUT 1 -j DROP',
  'server: iptables -F INPUT OUTPUT',
  'sever: iptables -A INPUT -j DROP',
];

describe('l10n: diagnostics in Chinese', () => {
  after(() => setLanguage('en'));

  it('translates every diagnostic of a set of broken scenarios, keeping names, numbers and errno names', () => {
    setLanguage('zh-cn');
    const untranslated: string[] = [];
    let n = 0;
    for (const b of BROKEN) {
      for (const d of parseScenario(HEAD + b + '\n', 't.sockwalk').diagnostics) {
        n++;
        const zh = translateDiagnostic(d.message);
        if (!/[\u4e00-\u9fff]/.test(zh)) untranslated.push(d.message);
        for (const word of d.message.match(/\b(?:E[A-Z]{3,}|SO_[A-Z]+|[a-z]+_[a-z_]+|\d+(?:\.\d+){3}(?::\d+)?)\b/g) ?? []) {
          if (!/^(end_of|did_you)/.test(word)) assert.ok(zh.includes(word), `${JSON.stringify(zh)} keeps ${word}`);
        }
      }
    }
    assert.ok(n >= BROKEN.length, `${n} diagnostics`);
    assert.deepEqual(untranslated, []);
    assert.equal(translateDiagnostic("unknown call 'sokcet'; did you mean socket?"), "未知的调用 'sokcet'；你是不是想写 socket？");
    assert.equal(translateDiagnostic("expected ')', got end of line"), "应为 ')'，实际是 行尾");
    // no English sentence left in a sysctl diagnostic: only the kernel's names, numbers and errno
    for (const b of BROKEN.filter((x) => x.startsWith('sysctl'))) {
      for (const d of parseScenario(HEAD + b + '\n', 't.sockwalk').diagnostics) {
        const words = translateDiagnostic(d.message).replace(/[a-z_0-9]+(?:\.[a-z_0-9]+)+|\b[a-z]+_[a-z_]+\b|\bE[A-Z]+\b|\b(?:sysctl|HOST|int)\b/g, '').match(/[A-Za-z]{3,}/g);
        assert.equal(words, null, `${d.message} → ${translateDiagnostic(d.message)}`);
      }
    }
  });

  it('translates what a run finds: a failed expectation, a call that never returns', () => {
    setLanguage('zh-cn');
    const text = HEAD + SOCK + 'client: c = socket(AF_INET, SOCK_STREAM, 0)\nclient: connect(c, 10.0.0.1:9) = 0\nserver: accept(fd)\n';
    const p = parseScenario(text, 't.sockwalk');
    assert.ok(p.scenario, JSON.stringify(p.diagnostics));
    const run = new ScenarioRun(p.scenario, { seed: 1 });
    for (;;) {
      const s = run.engine.run();
      if (s.reason === 'end' || s.reason === 'deadlock' || s.reason === 'error') {
        run.finish(s);
        break;
      }
    }
    const got = run.problems.map((d) => translateDiagnostic(d.message));
    assert.ok(got.length >= 1, 'problems found');
    for (const g of got) assert.match(g, /[\u4e00-\u9fff]/, g);
    assert.ok(got.some((g) => /client：connect\(\) 返回了 -1 ECONNREFUSED，预期是 0/.test(g)), got.join('\n'));
  });

  it('leaves English alone', () => {
    setLanguage('en');
    assert.equal(translateDiagnostic("unknown call 'sokcet'; did you mean socket?"), "unknown call 'sokcet'; did you mean socket?");
  });
});

describe('l10n: the scenario language in Chinese', () => {
  after(() => setLanguage('en'));
  it('explains a built-in scenario\'s comment in a hover, and a call\'s doc, in Chinese; nothing extra in English', () => {
    const line = 'client: connect(c, AF_UNSPEC)                       = 0     # udp_disconnect: back to TCP_CLOSE';
    const col = line.indexOf('back');
    setLanguage('zh-cn');
    assert.equal(hoverAt(line, col)?.contents, 'udp_disconnect：回到 TCP_CLOSE');
    assert.match(hoverAt(line, line.indexOf('connect') + 2)!.contents, /连接到 addr（TCP：三次握手/);
    setLanguage('en');
    assert.equal(hoverAt(line, col), undefined);
    assert.match(hoverAt(line, line.indexOf('connect') + 2)!.contents, /Connect to addr/);
  });
});
