// Records what the structures view is sent during a debug session: the adapter runs in-process
// (real DAP messages, no streams), and at every stop the `sockwalk/snapshot` custom request answers
// with the world as it is. Used by the webview's tests in Chromium and by the redraw benchmark.
//
//   npx tsx test/webview/record.ts [scenario] [out.json] [--every=N]   (default tcp-handshake, stepping in)

import * as fs from 'node:fs';
import { InProcessClient } from '../../src/debug/inproc';
import { SNAPSHOT_REQUEST, SnapshotBody } from '../../src/debug/contract';

export interface RecordOptions {
  scenario: string;
  /** Stop at most this many times (4000). */
  maxStops?: number;
  /** 'in': every kernel line; 'over': every statement; 'continue': only moments / pauses / breakpoints. */
  step?: 'in' | 'over' | 'continue';
  moments?: Array<{ fn: string; explain: string }>;
  seed?: number;
}

/** Runs the scenario in the debug adapter and returns the snapshot body at each stop, in order. */
export async function record(o: RecordOptions): Promise<SnapshotBody[]> {
  const c = new InProcessClient();
  const out: SnapshotBody[] = [];
  await c.request('initialize', { adapterID: 'sockwalk', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
  const stopped = c.next('stopped');
  const initialized = c.next('initialized');
  const launched = c.request('launch', { scenario: o.scenario, stopOnEntry: true, seed: o.seed ?? 1, moments: o.moments });
  await initialized;
  await c.request('configurationDone');
  await launched;
  let ev = await stopped;
  // (tcp-handshake stepped in is some 2700 stops since each frame over eth0 walks its qdisc)
  const max = o.maxStops ?? 4000;
  for (;;) {
    const r = await c.request(SNAPSHOT_REQUEST);
    out.push(r.body as SnapshotBody);
    if (out.length >= max) break;
    const threadId = (ev.body as { threadId: number }).threadId;
    const next = Promise.race([c.next('stopped'), c.next('terminated')]);
    const cmd = o.step === 'over' ? 'next' : o.step === 'continue' ? 'continue' : 'stepIn';
    await c.request(cmd, { threadId });
    ev = await next;
    if (ev.event === 'terminated') break;
  }
  c.session.dispose?.();
  return out;
}

if (require.main === module) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const step = (process.argv.find((a) => a.startsWith('--step=')) ?? '--step=in').slice(7) as RecordOptions['step'];
  record({ scenario: args[0] ?? 'tcp-handshake', step }).then((bodies) => {
    const json = JSON.stringify(bodies);
    if (args[1]) fs.writeFileSync(args[1], json);
    else process.stdout.write(json + '\n');
    console.error(`${bodies.length} stops, ${(json.length / 1024).toFixed(0)} KB`);
  });
}
