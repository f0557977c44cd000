// Fake kernel addresses: what the trace shows for a struct (skaddr, skbaddr …).

/** A stable, fake kernel address for an object: deterministic per run. */
export function kaddr(id: number): string {
  // the trace asks for the same few addresses over and over: remember the recent ones
  const i = id & (KADDR_CACHE - 1);
  if (kaddrIds[i] === id) return kaddrStrs[i];
  const s = 'ffff8880' + (0x04000000 + id * 0x800).toString(16).padStart(8, '0');
  kaddrIds[i] = id;
  kaddrStrs[i] = s;
  return s;
}
const KADDR_CACHE = 4096;
const kaddrIds = new Float64Array(KADDR_CACHE).fill(NaN);
const kaddrStrs: string[] = new Array<string>(KADDR_CACHE).fill('');
