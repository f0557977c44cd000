// Normalisation: addresses become the scenario's host names, literal ports stay, ephemeral ports
// become eph1, eph2 … per host in order of first appearance (tracepoints first, then segments),
// sockets become roles named by their first 4-tuple with a port (skaddr values differ between
// the sides and across runs), segments are grouped per connection. Time is dropped; the order of
// events within each socket and within each connection is kept.

import { STATE, type Normalised, type SideRun, type TpEvent } from './model';

/**
 * `byDirection`: each connection's segments as two lists, one per direction ("A ⇄ B →" and "A ⇄ B ←"),
 * for a scenario whose interleaving of the two directions depends on the link's delay (rules.ts
 * SEGMENTS_BY_DIRECTION): each side's segments, their flags and payload lengths, in the order it sent
 * them, are still compared.
 */
/**
 * `dataPsh`: false to leave PSH out of data segments' flags (rules.ts SIMULATOR_GAPS gso-psh), on both sides alike.
 */
export function normalise(side: SideRun, hostOf: (ip: string) => string | undefined, literalPorts: Set<number>, byDirection = false, dataPsh = true): Normalised {
  const addr = (ip: string) => hostOf(ip) ?? (ip === '0.0.0.0' ? '*' : ip);
  const eph = new Map<string, string>();
  const perHost = new Map<string, number>();
  const note = (ip: string, port: number) => {
    if (port === 0 || literalPorts.has(port)) return;
    const k = `${addr(ip)}/${port}`;
    if (eph.has(k)) return;
    const n = (perHost.get(addr(ip)) ?? 0) + 1;
    perHost.set(addr(ip), n);
    eph.set(k, `eph${n}`);
  };
  for (const e of side.events) {
    note(e.saddr, e.sport);
    note(e.daddr, e.dport);
  }
  // a fragment after the first carries no UDP header: it takes its datagram's ports from the first
  // fragment with the same (source, destination, id) — on both sides alike
  const fragPorts = new Map<string, { sport: number; dport: number }>();
  const segs = side.segments.map((s) => {
    if (!s.frag) return s;
    const k = `${s.saddr}>${s.daddr}#${s.frag.id}`;
    if (s.frag.off === 0) {
      fragPorts.set(k, { sport: s.sport, dport: s.dport });
      return s;
    }
    const p = fragPorts.get(k);
    return p ? { ...s, ...p } : s;
  });
  for (const s of segs) {
    note(s.saddr, s.sport);
    note(s.daddr, s.dport);
  }
  // ARP after a neighbour was resolved: a host's request about an address it already knows — from a
  // reply, or from that address's own request to it (arp_process makes the asker's entry, NUD_STALE) —
  // is a NUD_DELAY entry's probe: it and the reply to it are left out on both sides alike (rules.ts
  // NEIGH_CONFIRMATION); the first resolution, and the retries of one never answered, stay
  const resolved = new Set<string>();
  const reprobing = new Set<string>();
  let arpReprobes = 0;
  const linkSegs = segs.filter((s) => {
    if (s.flags === 'ARP reply') {
      const k = `${s.daddr}>${s.saddr}`;
      resolved.add(k);
      if (reprobing.delete(k)) return false;
      return true;
    }
    if (s.flags === 'ARP request') {
      if (resolved.has(`${s.saddr}>${s.daddr}`)) {
        reprobing.add(`${s.saddr}>${s.daddr}`);
        arpReprobes++;
        return false;
      }
      // (the asked learns the asker)
      resolved.add(`${s.daddr}>${s.saddr}`);
    }
    return true;
  });
  const port = (ip: string, p: number) => (p === 0 || literalPorts.has(p) ? String(p) : eph.get(`${addr(ip)}/${p}`)!);
  const ep = (ip: string, p: number) => `${addr(ip)}:${port(ip, p)}`;

  // sockets: by skaddr, a new socket after tcp_destroy_sock (the address may be reused)
  const sockets: Array<{ events: TpEvent[] }> = [];
  const live = new Map<string, { events: TpEvent[] }>();
  const noSock: TpEvent[] = [];
  for (const e of side.events) {
    if (e.sk === '0') {
      noSock.push(e);
      continue;
    }
    let s = live.get(e.sk);
    if (!s) {
      s = { events: [] };
      live.set(e.sk, s);
      sockets.push(s);
    }
    s.events.push(e);
    if (e.kind === 'destroy') live.delete(e.sk);
  }
  const states = new Map<string, string[]>();
  const resets = new Map<string, string[]>();
  const taken = new Map<string, number>();
  for (const s of sockets) {
    // the first full 4-tuple: a 5.4 child reports LISTEN→SYN_RECV with the listener's tuple (6.x
    // with its own), a client reports CLOSE→SYN_SENT before its port is chosen
    const st0 = s.events.filter((e) => e.kind === 'state');
    const pool = st0.length ? st0 : s.events;
    const first = pool.find((e) => e.sport !== 0 && e.dport !== 0) ?? pool.find((e) => e.sport !== 0) ?? pool[0];
    let role = `${ep(first.saddr, first.sport)}>${ep(first.daddr, first.dport)}`;
    const n = (taken.get(role) ?? 0) + 1;
    taken.set(role, n);
    if (n > 1) role += `#${n}`;
    const st = s.events.filter((e) => e.kind === 'state').map((e) => `${STATE(e.oldstate)}>${STATE(e.newstate)}`);
    const rs = s.events.filter((e) => e.kind !== 'state').map((e) => e.kind);
    if (st.length) states.set(role, st);
    if (rs.length) resets.set(role, rs);
  }
  for (const e of noSock) {
    const role = `(no socket) ${ep(e.saddr, e.sport)}>${ep(e.daddr, e.dport)}`;
    resets.set(role, [...(resets.get(role) ?? []), e.kind]);
  }

  // per connection, in order; a pure ACK that the same side's next segment of the connection
  // acknowledges again (same ack number) and that is a FIN is merged into it: whether a
  // delayed ACK went out alone or rode on that segment depends on the time between two statements,
  // which the real harness has and the simulator's instant does not (rules.ts DELAYED_ACK_TIMING)
  const perConn = new Map<string, Array<{ dir: string; s: SideRun['segments'][number] }>>();
  for (const s of linkSegs) {
    const a = ep(s.saddr, s.sport);
    const b = ep(s.daddr, s.dport);
    const [x, y] = a < b ? [a, b] : [b, a];
    const key = `${x} ⇄ ${y}`;
    const list = perConn.get(key) ?? [];
    list.push({ dir: a === x ? '→' : '←', s });
    perConn.set(key, list);
  }
  const segments = new Map<string, string[]>();
  let mergedAcks = 0;
  for (const [key, list] of perConn) {
    const out: string[] = [];
    for (let i = 0; i < list.length; i++) {
      const { dir, s } = list[i];
      const next = list[i + 1];
      // (never the handshake's last ACK: it answers the SYN-ACK, and the data after it is the lesson's third segment)
      const answersSynAck = i > 0 && list[i - 1].s.flags.includes('S');
      if (
        s.flags === '.' && s.len === 0 && s.ack !== undefined && next !== undefined && next.dir === dir &&
        next.s.ack === s.ack && next.s.flags.includes('F') && !answersSynAck
      ) {
        mergedAcks++;
        continue;
      }
      // a fragment: its length, @offset, + for More Fragments
      const frag = s.frag ? `@${s.frag.off}${s.frag.mf ? '+' : ''}` : '';
      const flags = !dataPsh && s.len > 0 && s.flags.includes('P') && s.flags !== 'P' ? s.flags.replace('P', '') : s.flags;
      out.push(`${dir}${flags}${s.len ? `/${s.len}` : ''}${frag}`);
    }
    if (!byDirection) segments.set(key, out);
    else {
      for (const d of ['→', '←']) {
        const one = out.filter((x) => x.startsWith(d));
        if (one.length) segments.set(`${key} ${d}`, one);
      }
    }
  }

  const syscalls = new Map<string, string>();
  for (const r of [...side.results].sort((p, q) => p.line - q.line)) syscalls.set(`line ${r.line} ${r.proc}: ${r.fn}`, r.text);
  return { syscalls, states, resets, segments, mergedAcks, arpReprobes };
}

export type Column = 'syscalls' | 'states' | 'resets' | 'segments';
export const COLUMNS: Column[] = ['syscalls', 'states', 'resets', 'segments'];

export interface CellDiff {
  key: string;
  sim: string;
  linux: string;
}

export function compareColumn(sim: Normalised, real: Normalised, col: Column): CellDiff[] {
  const a = sim[col] as Map<string, string | string[]>;
  const b = real[col] as Map<string, string | string[]>;
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const show = (v: string | string[] | undefined) => (v === undefined ? '—' : Array.isArray(v) ? v.join(' ') : v);
  const out: CellDiff[] = [];
  for (const k of keys) {
    const x = show(a.get(k));
    const y = show(b.get(k));
    if (x !== y) out.push({ key: k, sim: x, linux: y });
  }
  return out;
}
