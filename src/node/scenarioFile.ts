// Reading a scenario file the user named, safely: only a regular file up to MAX_SCENARIO_BYTES is
// read. A directory, a FIFO, a device (/dev/zero, /dev/stdin on a pipe or a tty) or a huge file is
// refused at once with a message — never a blocked read, a grown heap or an EISDIR stack trace.
// The CLI and the debug adapter both read scenarios through this (via loadScenario).

import * as fs from 'node:fs';
import { t } from '../l10n/l10n';

/** The largest scenario file sockwalk reads: 8 MiB (the built-ins are a few KB). */
export const MAX_SCENARIO_BYTES = 8 * 1024 * 1024;

export type ScenarioFile = { ok: true; text: string } | { ok: false; message: string };

function kind(st: fs.Stats): string {
  if (st.isDirectory()) return t('a directory');
  if (st.isFIFO()) return t('a named pipe (FIFO)');
  if (st.isCharacterDevice()) return t('a character device');
  if (st.isBlockDevice()) return t('a block device');
  if (st.isSocket()) return t('a socket');
  return t('not a regular file');
}

function tooBig(file: string): string {
  return t('{0}: the file is larger than {1} MB; sockwalk reads scenario files up to that size', file, MAX_SCENARIO_BYTES / (1024 * 1024));
}

/**
 * What kind of thing is at `file`: 'file' (a regular file), 'missing', or another kind that
 * loadScenario refuses (a directory, a pipe, a device …). Follows symbolic links.
 */
export function statKind(file: string): 'file' | 'missing' | 'other' {
  try {
    return fs.statSync(file).isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}

/** Reads a regular file of at most MAX_SCENARIO_BYTES as UTF-8; anything else is refused. */
export function readScenarioFile(file: string): ScenarioFile {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    return { ok: false, message: `${file}: ${describeError(e)}` };
  }
  if (!st.isFile()) return { ok: false, message: t('{0} is {1}, not a scenario file', file, kind(st)) };
  if (st.size > MAX_SCENARIO_BYTES) return { ok: false, message: tooBig(file) };
  let fd: number;
  try {
    // O_NONBLOCK: if the path was swapped for a FIFO since the stat, opening does not wait for a writer
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, message: `${file}: ${describeError(e)}` };
  }
  try {
    const st2 = fs.fstatSync(fd);
    if (!st2.isFile()) return { ok: false, message: t('{0} is {1}, not a scenario file', file, kind(st2)) };
    // read until the end, refusing at one byte past the cap (a file that grew since the stat too)
    const chunks: Buffer[] = [];
    let n = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, MAX_SCENARIO_BYTES + 1 - n));
      const r = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (r === 0) break;
      chunks.push(r === chunk.length ? chunk : chunk.subarray(0, r));
      n += r;
      if (n > MAX_SCENARIO_BYTES) return { ok: false, message: tooBig(file) };
    }
    return { ok: true, text: Buffer.concat(chunks, n).toString('utf8') };
  } catch (e) {
    return { ok: false, message: `${file}: ${describeError(e)}` };
  } finally {
    fs.closeSync(fd);
  }
}

function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT': return t('no such file');
    case 'EACCES': case 'EPERM': return t('permission denied');
    case 'EISDIR': return t('is a directory, not a scenario file');
    case 'ELOOP': return t('too many symbolic links');
    case 'ENAMETOOLONG': return t('the name is too long');
    default: return err?.code ? t('cannot read it ({0})', err.code) : t('cannot read it');
  }
}
