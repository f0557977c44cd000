// The kernel's operation tables (struct proto_ops, struct proto, struct inet_connection_sock_af_ops)
// as the simulator holds them: each member a field of the table, holding the function it points at —
// a simulated one, or a stand-in named after the kernel function that says it is not simulated. The
// members a view lists are read off those fields: no second list.

/** Raised by operations this simulator does not model yet; the runner reports it, never a wrong errno. */
export class NotSimulated extends Error {
  constructor(what: string) {
    super(`${what} is not simulated yet`);
  }
}

/** A stand-in for the kernel function `name` (what a table member points at) that is not simulated. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function notSimulated(name: string, what = `${name}()`): (...args: any[]) => never {
  const fn = {
    [name]: () => {
      throw new NotSimulated(what);
    },
  }[name];
  return fn;
}

/** Fields of a table that are not members: its identity, and the simulator's own helpers. */
const NOT_MEMBERS = new Set(['name', 'kind', 'family', 'alloc']);

/**
 * A table's members as [member, what it points at]: a function's kernel name, or a value's text
 * (`obj_size: 'sizeof(struct tcp_sock)'`). Members set to null (the kernel's NULL) are left out.
 */
export function opsMembers(table: object): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(table)) {
    if (NOT_MEMBERS.has(k) || v === null || v === undefined) continue;
    if (typeof v === 'function') out.push([k, kernelName(v)]);
    else if (typeof v === 'string') out.push([k, v]);
  }
  return out;
}

/** Whether v is one of these tables: a struct proto (obj_size), proto_ops (release) or af_ops (net_header_len). */
export function isOpsTable(v: unknown): v is { name: string; obj_size?: string } {
  if (typeof v !== 'object' || v === null || typeof (v as { name?: unknown }).name !== 'string') return false;
  return 'obj_size' in v || 'release' in v || 'net_header_len' in v;
}

/**
 * The kernel name of a function a table holds: the generated modules give every function its name as
 * `kname` (scripts/gen-kernel.ts), which minification keeps; a stand-in's name is its own.
 */
export function kernelName(fn: unknown): string {
  const f = fn as { kname?: string; name: string };
  return f.kname ?? f.name;
}
