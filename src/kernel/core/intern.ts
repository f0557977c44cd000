// Strings as V8 keeps its own (a property name is one): optimised code compares two such strings by
// identity, where for any other string it calls out to compare their characters. The names and
// addresses a scenario gives (hosts, processes, calls, 10.0.0.1 …) are compared and looked up all the
// way through a run — routes, hash keys, the trace's string ids — so the parser hands them out this way.

/** s, as the engine's internal copy of it (equal content, the one object for every equal string). */
export function internalized(s: string): string {
  return Object.keys({ [s]: 0 })[0];
}
