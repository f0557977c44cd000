// The built-in scenarios shipped in scenarios/*.sockwalk, and loading a scenario by built-in name
// or by file path, with diagnostics instead of exceptions.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { scenariosDir } from '../node/paths';
import { parseScenario } from './parser';
import type { ParseResult } from './ast';

export const SCENARIO_EXT = '.sockwalk';

export function builtinNames(): string[] {
  return fs
    .readdirSync(scenariosDir())
    .filter((f) => f.endsWith(SCENARIO_EXT))
    .map((f) => f.slice(0, -SCENARIO_EXT.length))
    .sort();
}

export function builtinPath(name: string): string {
  return path.join(scenariosDir(), name + SCENARIO_EXT);
}

export interface Loaded extends ParseResult {
  /** What diagnostics name the file by. */
  source: string;
  text?: string;
}

/** A built-in's name or a path to a scenario file. */
export function loadScenario(nameOrPath: string): Loaded {
  let file = nameOrPath;
  if (!fs.existsSync(file) && builtinNames().includes(nameOrPath)) file = builtinPath(nameOrPath);
  if (!fs.existsSync(file)) {
    return {
      source: nameOrPath,
      diagnostics: [{ loc: { line: 1, col: 1 }, severity: 'error', message: `no scenario file or built-in named "${nameOrPath}" (built-ins: ${builtinNames().join(', ')})` }],
    };
  }
  const text = fs.readFileSync(file, 'utf8');
  const source = path.relative(process.cwd(), file) || file;
  return { ...parseScenario(text, source), source, text };
}
