// Mutations of recorded webview messages for the contract's fuzz test: each picks a node of the
// message (any depth) and replaces it with a value of the same kind, a value of another kind, a ref
// to an id that exists or not, or removes it, or drops / duplicates a list element.

import fc from 'fast-check';

type Path = Array<string | number>;

/** Every path into a JSON value (objects and lists), capped. */
export function paths(v: unknown, max = 50_000): Path[] {
  const out: Path[] = [];
  const walk = (x: unknown, p: Path): void => {
    if (out.length >= max) return;
    out.push(p);
    if (Array.isArray(x)) x.forEach((y, i) => walk(y, [...p, i]));
    else if (x && typeof x === 'object') for (const k of Object.keys(x)) walk((x as Record<string, unknown>)[k], [...p, k]);
  };
  walk(v, []);
  return out;
}

export type Mutation = { at: number; kind: number; n: number; s: string; f: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.nat({ max: 11 }),
  n: fc.oneof(fc.integer({ min: -3, max: 70000 }), fc.constantFrom(-1, 0, 1, 2 ** 31, 2 ** 53, -(2 ** 53))),
  s: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('', 'tcp_sock#1', 'sock#999', 'TCP_LISTEN', 'TCP_NEW_SYN_RECV', 'S', 'R.', 'server', '__proto__', 'constructor', 'toString')),
  f: fc.double({ noNaN: false }),
});

/** Applies a mutation in place (on a deep copy the caller made); ids are the objects' ids, for refs. */
export function mutate(root: Record<string, unknown>, all: Path[], m: Mutation, ids: string[]): void {
  const p = all[m.at % all.length];
  if (p.length === 0) return;
  let parent: unknown = root;
  for (const k of p.slice(0, -1)) {
    if (!parent || typeof parent !== 'object') return; // an earlier mutation changed the way there
    parent = (parent as Record<string | number, unknown>)[k];
  }
  if (!parent || typeof parent !== 'object') return;
  const key = p[p.length - 1];
  const par = parent as Record<string | number, unknown>;
  const old = par[key];
  const id = ids.length ? ids[(m.n >>> 0) % ids.length] : 'x#1';
  switch (m.kind) {
    case 0: par[key] = typeof old === 'number' ? m.n : typeof old === 'string' ? m.s : m.n; break; // same kind, another value
    case 1: par[key] = m.f; break;
    case 2: par[key] = m.s; break;
    case 3: par[key] = null; break;
    case 4: if (Array.isArray(par)) par.splice(key as number, 1); else delete par[key]; break;
    case 5: par[key] = { ref: m.s }; break; // most likely no such object
    case 6: par[key] = []; break;
    case 7: par[key] = {}; break;
    case 8: par[key] = typeof old === 'boolean' ? !old : m.n % 2 === 0; break;
    case 9: if (Array.isArray(par)) par.splice(key as number, 0, structuredClone(old)); else par[key] = [old]; break;
    case 10: par[key] = { ref: id }; break;
    default: if (Array.isArray(old)) par[key] = old.slice().reverse(); else par[key] = id; break;
  }
}
