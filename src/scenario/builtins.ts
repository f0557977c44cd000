// The built-in scenarios shipped in scenarios/*.sockwalk, and loading a scenario by built-in name
// or by file path, with diagnostics instead of exceptions.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { scenariosDir } from '../node/paths';
import { readScenarioFile, statKind } from '../node/scenarioFile';
import { parseScenario } from './parser';
import { t } from '../l10n/l10n';
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
  /** The file read (absolute), when one was. */
  file?: string;
}

/**
 * A built-in's name or a path to a scenario file. A regular file of that name wins over a built-in;
 * a directory (or any other non-file) of a built-in's name does not shadow the built-in. Only regular
 * files up to MAX_SCENARIO_BYTES are read (see readScenarioFile); anything else is one diagnostic.
 */
export function loadScenario(nameOrPath: string): Loaded {
  const fail = (message: string): Loaded => ({ source: nameOrPath, diagnostics: [{ loc: { line: 1, col: 1 }, severity: 'error', message }] });
  if (typeof nameOrPath !== 'string' || nameOrPath === '') return fail(t('no scenario named (give a scenario file or a built-in)'));
  if (nameOrPath.includes('\0')) return fail(t('a scenario name cannot contain a NUL character'));
  let file = nameOrPath;
  const k = statKind(file);
  if (k !== 'file' && builtinNames().includes(nameOrPath)) file = builtinPath(nameOrPath);
  else if (k === 'missing') return fail(`no scenario file or built-in named "${nameOrPath}" (built-ins: ${builtinNames().join(', ')})`);
  const read = readScenarioFile(file);
  if (!read.ok) return fail(read.message);
  const source = path.relative(process.cwd(), file) || file;
  return { ...parseScenario(read.text, source), source, text: read.text, file: path.resolve(file) };
}
