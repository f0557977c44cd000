// The adapter's custom requests beyond DAP, for views that follow a sockwalk session (the structures
// webview, the sockets tree, the demos). Any DAP client can send them: VS Code through
// `DebugSession.customRequest`, tests through DebugClient.

import type { Snapshot } from '../kernel/world/snapshot';

/** Why and where the session is stopped. */
export interface StopInfo {
  /** The DAP stop reason: entry, step, breakpoint, pause (also a demo moment), exception, … */
  reason: string;
  /** A demo moment's explanation, a `pause "…"` statement's message, a failed call's errno text. */
  text?: string;
  threadId: number;
  /** The task stopped in (its name), and the innermost kernel frame, if it is in the kernel. */
  task: string;
  frame?: { fn: string; file: string; line: number };
  /** The scenario line about to run or running. */
  scenarioLine?: number;
  step: number;
  /** Virtual time, µs. */
  t: number;
}

/** `customRequest('sockwalk/snapshot')`: the whole world at the current stop. */
export const SNAPSHOT_REQUEST = 'sockwalk/snapshot';
export interface SnapshotBody {
  snapshot: Snapshot;
  stop: StopInfo;
  tables: KernelTables;
}

/** The static tables a view draws beside the objects (they never change during a run). */
export interface KernelTables {
  net_families: Array<{ family: number; name: string; ops: string; create: string }>;
  inetsw: Array<{ type: number; typeName: string; entries: Array<{ protocol: number; protocolName: string; prot: string; ops: string; flags: string[] }> }>;
  /** inet_stream_ops, tcp_prot, ipv4_specific, …: member → function. */
  ops: Record<string, { kind: string; members: Array<{ member: string; fn: string }> }>;
}
