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
  /**
   * The task stopped in (its name), and the innermost kernel frame, if it is in the kernel: `line` in
   * the annotated source (media/kernel/FILE), `upstreamLine` in Linux v5.4 (absent where unknown).
   */
  task: string;
  frame?: { fn: string; file: string; line: number; upstreamLine?: number };
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

/**
 * A kernel frame's name in `stackTrace`: the function, then where its current line is in Linux v5.4
 * — `tcp_v4_rcv (net/ipv4/tcp_ipv4.c:1846)` — so the call stack shows the real place while the frame's
 * source stays the annotated file the editor opens. Just the function where that line is not known.
 */
export function kernelFrameName(fn: string, file: string, upstreamLine: number): string {
  return upstreamLine > 0 ? `${fn} (${file}:${upstreamLine})` : fn;
}

/** The function and v5.4 place a kernel frame's name carries (kernelFrameName read back). */
export function parseKernelFrameName(name: string): { fn: string; file?: string; line?: number } {
  const m = /^([A-Za-z_][A-Za-z0-9_]*) \(([^():]+):(\d+)\)$/.exec(name);
  return m ? { fn: m[1], file: m[2], line: Number(m[3]) } : { fn: name };
}
