// Writes webview/warm.json: two pauses of the lesson (tcp-handshake) as the debug adapter sends them —
// the request sock half-open in ehash, and the end — which the structures view draws offscreen while it
// loads (webview/warm.ts), so a session's first pauses do not pay for cold code. The file is checked
// by the view's contract in test/webview/warm.test.ts; regenerate it after a snapshot format change:
//
//   npx tsx test/webview/gen-warm.ts

import * as fs from 'node:fs';
import * as path from 'node:path';
import { record } from './record';

async function main(): Promise<void> {
  const bodies = await record({ scenario: 'tcp-handshake', step: 'over' });
  const half = bodies.find((b) => Object.values(b.snapshot.objects).some((o) => o.type === 'tcp_request_sock' && !o.freed));
  if (!half) throw new Error('gen-warm: no pause with a request sock');
  const out = path.resolve(__dirname, '../../webview/warm.json');
  fs.writeFileSync(out, JSON.stringify([half, bodies[bodies.length - 1]]) + '\n');
  console.error(`${path.relative(process.cwd(), out)}: ${(fs.statSync(out).size / 1024).toFixed(1)} KB`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
