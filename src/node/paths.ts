// Where sockwalk's own files are on disk (annotated sources, built-in scenarios), found from the
// running module: the bundle in dist/, the sources under src/ in tests — both inside the package.

import * as fs from 'node:fs';
import * as path from 'node:path';

let root: string | undefined;

/** The package root: the nearest folder above this module whose package.json is sockwalk's. */
export function packageRoot(): string {
  if (root) return root;
  let dir = __dirname;
  for (;;) {
    const pj = path.join(dir, 'package.json');
    if (fs.existsSync(pj)) {
      try {
        if (JSON.parse(fs.readFileSync(pj, 'utf8')).name === 'sockwalk') return (root = dir);
      } catch {
        // not ours; keep looking
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`sockwalk: cannot find the package root above ${__dirname}`);
    dir = up;
  }
}

export function mediaKernelDir(): string {
  return path.join(packageRoot(), 'media', 'kernel');
}
export function scenariosDir(): string {
  return path.join(packageRoot(), 'scenarios');
}

const cache = new Map<string, string | undefined>();
/** Reads an annotated source by its kernel path ("net/ipv4/af_inet.c"). */
export function readAnnotated(kernelPath: string): string | undefined {
  if (cache.has(kernelPath)) return cache.get(kernelPath);
  const p = path.join(mediaKernelDir(), kernelPath);
  const text = fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined;
  cache.set(kernelPath, text);
  return text;
}
