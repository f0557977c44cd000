// The kernel as it is at the current pause, for the views that follow a sockwalk debug session (the
// structures webview, the sockets tree, the demos). A DAP tracker sees every `stopped` event; when
// anyone is listening, the hub asks the session for `sockwalk/snapshot` and hands the answer on.
// Requests never pile up: while one is in flight, later stops only mark the picture stale, and the
// newest stop is fetched when it returns.

import * as vscode from 'vscode';
import { SNAPSHOT_REQUEST, type SnapshotBody } from '../debug/contract';

export type LiveEvent =
  | { kind: 'snapshot'; session: vscode.DebugSession; seq: number; body: SnapshotBody }
  | { kind: 'running'; session: vscode.DebugSession }
  | { kind: 'ended'; session: vscode.DebugSession };

const RUN_REQUESTS = new Set(['continue', 'next', 'stepIn', 'stepOut', 'stepBack', 'reverseContinue', 'restart', 'goto']);

export class LiveSnapshots implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<LiveEvent>();
  /** Fires at each pause of the active sockwalk session (only while someone listens). */
  readonly onDidChange = this.emitter.event;
  private listeners = 0;
  private seq = 0;
  private inFlight = false;
  private stale = false;
  private last: { session: vscode.DebugSession; seq: number; body: SnapshotBody } | undefined;
  /** Sessions stopped now (a snapshot can be asked for). */
  private readonly stoppedSessions = new Set<string>();
  /** Per session, how many stops it has reported, and the stop the last snapshot was taken at. */
  private readonly stops = new Map<string, number>();
  private lastFetched = { session: '', stop: -1 };
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.disposables.push(
      this.emitter,
      vscode.debug.onDidTerminateDebugSession((s) => {
        this.stoppedSessions.delete(s.id);
        this.stops.delete(s.id);
        if (s.type !== 'sockwalk') return;
        if (this.last?.session.id === s.id) this.emitter.fire({ kind: 'ended', session: s });
      }),
      vscode.debug.onDidChangeActiveDebugSession((s) => {
        if (s?.type === 'sockwalk' && this.stoppedSessions.has(s.id)) void this.fetch(s);
      }),
    );
  }

  /** The latest picture (for a view that opens in the middle of a session). */
  latest(): { session: vscode.DebugSession; seq: number; body: SnapshotBody } | undefined {
    return this.last;
  }

  /** Counts a listener: snapshots are fetched only while there is one. */
  subscribe(onEvent: (e: LiveEvent) => void): vscode.Disposable {
    this.listeners++;
    const d = this.onDidChange(onEvent);
    const s = vscode.debug.activeDebugSession;
    // the first listener of a stopped session gets this stop (fetch() asks only if the last picture is of an earlier one)
    if (this.listeners === 1 && s?.type === 'sockwalk' && this.stoppedSessions.has(s.id)) void this.fetch(s);
    return new vscode.Disposable(() => {
      this.listeners--;
      d.dispose();
    });
  }

  tracker(session: vscode.DebugSession): vscode.DebugAdapterTracker {
    return {
      onWillReceiveMessage: (m: { type?: string; command?: string }) => {
        if (m?.type === 'request' && m.command && RUN_REQUESTS.has(m.command)) {
          this.stoppedSessions.delete(session.id);
          if (this.listeners) this.emitter.fire({ kind: 'running', session });
        }
      },
      onDidSendMessage: (m: { type?: string; event?: string }) => {
        if (m?.type !== 'event') return;
        if (m.event === 'stopped') {
          this.stoppedSessions.add(session.id);
          this.stops.set(session.id, (this.stops.get(session.id) ?? 0) + 1);
          if (this.listeners && (vscode.debug.activeDebugSession?.id ?? session.id) === session.id) void this.fetch(session);
        } else if (m.event === 'continued') {
          this.stoppedSessions.delete(session.id);
        }
      },
    };
  }

  /** Asks the session for the world at its stop (again, if it stopped again meanwhile); once per stop. */
  async fetch(session: vscode.DebugSession): Promise<void> {
    if (this.lastFetched.session === session.id && this.lastFetched.stop === (this.stops.get(session.id) ?? 0)) return;
    if (this.inFlight) {
      this.stale = true;
      return;
    }
    this.inFlight = true;
    try {
      do {
        this.stale = false;
        const stop = this.stops.get(session.id) ?? 0;
        const t0 = performance.now();
        let body: SnapshotBody;
        try {
          body = (await session.customRequest(SNAPSHOT_REQUEST)) as SnapshotBody;
        } catch (e) {
          // running again, or ended: the next stop brings a new picture
          this.log.debug(`snapshot request: ${(e as Error).message}`);
          continue;
        }
        this.lastFetched = { session: session.id, stop };
        const seq = ++this.seq;
        if (!this.last) void vscode.commands.executeCommand('setContext', 'sockwalk.hasSnapshot', true);
        this.last = { session, seq, body };
        this.log.trace(`snapshot #${seq} at step ${body.stop.step}: ${Object.keys(body.snapshot.objects).length} objects, ${(performance.now() - t0).toFixed(1)} ms`);
        this.emitter.fire({ kind: 'snapshot', session, seq, body });
      } while (this.stale && this.stoppedSessions.has(session.id));
    } finally {
      this.inFlight = false;
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
