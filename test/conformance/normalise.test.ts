// The conformance suite's normalisation of segments: the one merge it makes (rules.ts
// DELAYED_ACK_TIMING) and what it must leave alone. Pure: no kernel, no root.

import { strict as assert } from 'node:assert';
import { normalise } from '../../src/conformance/normalise';
import type { Segment, SideRun } from '../../src/conformance/model';

const C = '10.0.0.2';
const S = '10.0.0.1';
/** c→s or s→c segments of one connection, client port 40000, server 8080. */
function seg(dir: '>' | '<', flags: string, ack: number, len = 0): Segment {
  return dir === '>'
    ? { saddr: C, sport: 40000, daddr: S, dport: 8080, flags, len, ack }
    : { saddr: S, sport: 8080, daddr: C, dport: 40000, flags, len, ack };
}
function segmentsOf(segments: Segment[]): { list: string[]; merged: number } {
  const side: SideRun = { results: [], events: [], segments };
  const hosts = new Map([[C, 'client'], [S, 'server']]);
  const n = normalise(side, (ip) => hosts.get(ip), new Set([8080]));
  return { list: [...n.segments.values()][0], merged: n.mergedAcks };
}

describe('conformance: segments normalised', () => {
  it('merges a pure ACK into the same side’s FIN that acknowledges the same byte (a delayed ACK sent alone)', () => {
    const alone = segmentsOf([seg('>', 'S', 0), seg('<', 'S.', 101), seg('>', '.', 501), seg('>', 'F.', 501), seg('<', '.', 102), seg('<', 'F.', 102), seg('>', '.', 502)]);
    const riding = segmentsOf([seg('>', 'S', 0), seg('<', 'S.', 101), seg('>', '.', 501), seg('>', 'F.', 501), seg('<', 'F.', 102), seg('>', '.', 502)]);
    assert.deepEqual(alone.list, ['→S', '←S.', '→.', '→F.', '←F.', '→.']);
    assert.deepEqual(alone.list, riding.list);
    assert.equal(alone.merged, 1);
    assert.equal(riding.merged, 0);
  });

  it('keeps the handshake’s last ACK, an ACK before data, and an ACK the FIN does not repeat', () => {
    // the client connects and closes at once: its last handshake ACK and its FIN carry the same ack
    assert.deepEqual(segmentsOf([seg('>', 'S', 0), seg('<', 'S.', 101), seg('>', '.', 501), seg('>', 'F.', 501)]).list, ['→S', '←S.', '→.', '→F.']);
    // a pure ACK before the same side's data stays (quick ACKs are compared)
    assert.deepEqual(segmentsOf([seg('>', 'P.', 501, 5), seg('<', '.', 106), seg('<', 'P.', 106, 5)]).list, ['→P./5', '←.', '←P./5']);
    // the FIN acknowledges more than the ACK did: both stay
    assert.deepEqual(segmentsOf([seg('<', '.', 106), seg('<', 'F.', 107)]).list, ['←.', '←F.']);
    // the other side's FIN after it: stays
    assert.deepEqual(segmentsOf([seg('<', '.', 106), seg('>', 'F.', 501)]).list, ['←.', '→F.']);
  });
  it('IP fragments: flags/len@offset with + for MF; a fragment after the first joins its datagram’s connection by (source, destination, id)', () => {
    const f = (sport: number, dport: number, flags: string, len: number, id: number, off: number, mf: boolean): Segment => ({ saddr: C, sport, daddr: S, dport, flags, len, frag: { id, off, mf } });
    const side: SideRun = {
      results: [], events: [],
      segments: [f(40000, 8080, 'UDP', 1480, 7, 0, true), f(0, 0, 'frag', 1480, 7, 1480, true), f(0, 0, 'frag', 1048, 7, 2960, false), { saddr: C, sport: 40000, daddr: S, dport: 8080, flags: 'UDP', len: 5 }],
    };
    const n = normalise(side, (ip) => new Map([[C, 'client'], [S, 'server']]).get(ip), new Set([8080]));
    assert.deepEqual([...n.segments.entries()], [['client:eph1 ⇄ server:8080', ['→UDP/1480@0+', '→frag/1480@1480+', '→frag/1048@2960', '→UDP/5']]]);
  });
  it('per direction (rules.ts SEGMENTS_BY_DIRECTION): each side’s segments with their payload lengths, whatever the interleaving', () => {
    const hosts = new Map([[C, 'client'], [S, 'server']]);
    const run = (segments: Segment[], byDirection: boolean) => [...normalise({ results: [], events: [], segments }, (ip) => hosts.get(ip), new Set([8080]), byDirection).segments.entries()];
    // the real link (no delay): each segment acknowledged before the next leaves; a 1 ms link: the data first
    const alternating = [seg('>', '.', 1, 1460), seg('<', '.', 1461), seg('>', '.', 1, 1460), seg('<', '.', 2921), seg('>', 'P.', 1, 80), seg('<', '.', 3001)];
    const burst = [seg('>', '.', 1, 1460), seg('>', '.', 1, 1460), seg('>', 'P.', 1, 80), seg('<', '.', 1461), seg('<', '.', 2921), seg('<', '.', 3001)];
    assert.notDeepEqual(run(alternating, false), run(burst, false));
    assert.deepEqual(run(alternating, true), run(burst, true));
    assert.deepEqual(run(burst, true), [
      ['client:eph1 ⇄ server:8080 →', ['→./1460', '→./1460', '→P./80']],
      ['client:eph1 ⇄ server:8080 ←', ['←.', '←.', '←.']],
    ]);
    // a payload length still counts
    const shorter = [seg('>', '.', 1, 1460), seg('>', '.', 1, 1400), seg('>', 'P.', 1, 140), seg('<', '.', 1461), seg('<', '.', 2861), seg('<', '.', 3001)];
    assert.notDeepEqual(run(shorter, true), run(burst, true));
  });
  it('ARP: a re-probe of a resolved neighbour and its reply are left out (rules.ts NEIGH_CONFIRMATION); the first resolution and unanswered retries stay', () => {
    const hosts = new Map([[C, 'client'], [S, 'server']]);
    const arp = (from: string, to: string, op: 'request' | 'reply'): Segment => ({ saddr: from, sport: 0, daddr: to, dport: 0, flags: `ARP ${op}`, len: 28 });
    const run = (segments: Segment[]) => normalise({ results: [], events: [], segments }, (ip) => hosts.get(ip), new Set([8080]));
    const first = [arp(C, S, 'request'), arp(S, C, 'reply'), seg('>', 'S', 0), seg('<', 'S.', 1)];
    // the server probes the client 5 s later (the simulator always; Linux unless TCP confirmed it)
    const probed = run([...first, arp(S, C, 'request'), arp(C, S, 'reply')]);
    const quiet = run(first);
    assert.deepEqual([...probed.segments.entries()], [...quiet.segments.entries()]);
    assert.deepEqual([...quiet.segments.get('client:0 ⇄ server:0')!], ['→ARP request/28', '←ARP reply/28']);
    assert.equal(probed.arpReprobes, 1);
    assert.equal(quiet.arpReprobes, 0);
    // the client asking again about the server after its reply is a re-probe too
    assert.equal(run([...first, arp(C, S, 'request'), arp(S, C, 'reply')]).arpReprobes, 1);
    // nobody answers: every retry is compared
    const lost = run([arp(C, '10.0.0.9', 'request'), arp(C, '10.0.0.9', 'request'), arp(C, '10.0.0.9', 'request')]);
    assert.equal(lost.arpReprobes, 0);
    assert.deepEqual([...lost.segments.values()][0].length, 3);
  });
});

describe('conformance: PSH of data segments (rules.ts SIMULATOR_GAPS GSO_PSH)', () => {
  const segs = [seg('>', 'S', 0), seg('<', 'S.', 101), seg('>', '.', 501, 1460), seg('>', 'P.', 501, 1460), seg('>', 'FP.', 501, 800), seg('<', 'P.', 2222, 0)];
  const side: SideRun = { results: [], events: [], segments: segs };
  const hosts = new Map([[C, 'client'], [S, 'server']]);
  it('is compared unless the scenario says not', () => {
    const n = normalise(side, (ip) => hosts.get(ip), new Set([8080]));
    assert.deepEqual([...n.segments.values()][0], ['→S', '←S.', '→./1460', '→P./1460', '→FP./800', '←P.']);
  });
  it('is left out of data segments only (a segment without payload keeps it), on every flag combination', () => {
    const n = normalise(side, (ip) => hosts.get(ip), new Set([8080]), false, false);
    assert.deepEqual([...n.segments.values()][0], ['→S', '←S.', '→./1460', '→./1460', '→F./800', '←P.']);
  });
});
