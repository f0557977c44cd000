// The Sockwalk Sockets tree in Chinese: what a reader sees for a process, a listener and the sockets
// only the kernel holds — the kernel's words (LISTEN, fd, pid, addresses) stay, the rest is Chinese.

import { strict as assert } from 'node:assert';
import { record } from '../webview/record';
import { socketsTree, type SockNode } from '../../src/views/socketsModel';
import { setLanguage } from '../../src/l10n/l10n';

function all(nodes: SockNode[]): SockNode[] {
  return nodes.flatMap((n) => [n, ...all(n.children)]);
}

describe('l10n: the sockets tree in Chinese', function () {
  this.timeout(60_000);
  after(() => setLanguage('en'));

  it('says a process\'s pid and fds, a listener\'s queues and the kernel-only group in Chinese', async () => {
    const stops = await record({ scenario: 'half-open-queue', step: 'continue' });
    const last = stops[stops.length - 1].snapshot;
    setLanguage('zh-cn');
    const nodes = all(socketsTree(last));
    const server = nodes.find((n) => n.kind === 'process' && n.label === 'server');
    assert.ok(server, nodes.map((n) => n.label).join(', '));
    assert.match(server.description ?? '', /^pid \d+ · \d+ 个 fd$/);
    const lfd = nodes.find((n) => n.kind === 'sock' && /LISTEN/.test(n.label));
    assert.match(lfd?.description ?? '', /\(全连接 \d+\/\d+, 半连接 \d+\)$/);
    const group = nodes.find((n) => n.kind === 'group');
    assert.match(group?.label ?? '', /[\u4e00-\u9fff]/);
    for (const n of nodes) {
      const words = `${n.label} ${n.description ?? ''}`.replace(/Flags \[[^\]]*\]|\b(?:TCP|UDP|INET|LISTEN|SYN_SENT|SYN_RECV|NEW_SYN_RECV|ESTABLISHED|TIME_WAIT|CLOSE|fd|fds|pid|seq|ack|len|server|client\d*|lfd|cfd|[a-z_]+#\d+|recv-q|send-q|ehash|accept)\b/g, '').match(/[A-Za-z]{3,}/g);
      assert.equal(words, null, `${n.kind}: ${n.label} — ${n.description}`);
    }
    setLanguage('en');
    const en = all(socketsTree(last)).find((n) => n.kind === 'process' && n.label === 'server');
    assert.match(en?.description ?? '', /^pid \d+ · \d+ fds?$/);
  });
});
