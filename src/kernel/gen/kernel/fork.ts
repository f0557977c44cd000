// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/kernel/fork.ts
// @ts-nocheck
// kernel/fork.c: what a new task does with its parent's descriptors (copy_files): a thread
// (CLONE_FILES) shares the table, a forked child gets dup_fd's copy.

import { Sim } from '../../core/engine';
import { at, enter, leave } from '../../core/engine';
import { defineFn } from '../../core/anchors';
import type { FilesStruct, Process } from '../../world/world';
import { dup_fd } from '../fs/file';

/** CLONE_FILES (uapi/linux/sched.h): share the descriptor table. */
export const CLONE_FILES = 0x400;
const A$copy_files = defineFn('kernel/fork.c', 'copy_files', [24, 25, 29, 30, 35, 39]);

/** copy_files(): the new task's table — the parent's own (a thread), or a copy (fork). */
export function* copy_files(clone_flags: number, current: Process): Sim<FilesStruct | null> {
  const $f = enter(A$copy_files, { clone_flags });
  try {
  if (at(A$copy_files.L24)) yield;
  const oldf = current.files;
  $f.vars.oldf = oldf;
  if (at(A$copy_files.L25)) yield;
  if (!oldf) return null;
  if (at(A$copy_files.L29)) yield;
  if (clone_flags & CLONE_FILES) {
    if (at(A$copy_files.L30)) yield;
    oldf.count++;
    return oldf;
  }
  if (at(A$copy_files.L35)) yield;
  const newf = ($E.fast || $E.twinOk[dup_fd.k] === 1 ? dup_fd$fast(oldf) : yield* dup_fd(oldf));
  $f.vars.newf = newf;
  if (at(A$copy_files.L39)) yield;
  return newf;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../core/engine';
import { dup_fd$fast as dup_fd$fast } from '../fs/file';
export function copy_files$fast(clone_flags: number, current: Process): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$copy_files.L24 | 270532608), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 2;
  const oldf = current.files;
  
  
  if (!oldf) return ($r = (null), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$copy_files.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$copy_files.L29) : $tb.op($e.now, A$copy_files.L29));
  if (clone_flags & CLONE_FILES) {
    ++$s; $x = A$copy_files.L30 | 1048576;
    oldf.count++;
    return ($r = (oldf), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$copy_files.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$copy_files.L35) : $tb.op($e.now, A$copy_files.L35));
  const newf = dup_fd$fast(oldf);
  
  ++$s; $x = A$copy_files.L39 | 1048576;
  return ($r = (newf), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$copy_files.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(copy_files, copy_files$fast, 'copy_files', () => [dup_fd]);
