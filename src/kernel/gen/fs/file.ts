// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/fs/file.ts
// @ts-nocheck
// fs/file.c: the descriptor table. dup_fd is fork's copy (every open file shared, one more reference
// each); exit_files → put_files_struct → close_files is what an exiting process does with it: the
// last user of the table closes every descriptor still open, in order — so a program that exits
// without close() still sends its FINs, as on the real kernel.

import { Sim } from '../../core/engine';
import { at, enter, leave } from '../../core/engine';
import { defineFn } from '../../core/anchors';
import { FilesStruct } from '../../world/world';
import type { Process } from '../../world/world';
import { fput } from '../net/socket';
const A$dup_fd = defineFn('fs/file.c', 'dup_fd', [25, 29, 35, 40, 44, 45, 49, 52]);

export function* dup_fd(oldf: FilesStruct): Sim<FilesStruct> {
  const $f = enter(A$dup_fd, { oldf });
  try {
  if (at(A$dup_fd.L25)) yield;
  const newf = new FilesStruct();
  $f.vars.newf = newf;
  if (at(A$dup_fd.L29)) yield;
  if (at(A$dup_fd.L35)) yield;
  newf.nextFd = oldf.nextFd;
  for (const fd of oldf.closeOnExec) newf.closeOnExec.add(fd);
  if (at(A$dup_fd.L40)) yield;
  for (const [fd, f] of [...oldf.fdtable].sort((a, b) => a[0] - b[0])) {
    $f.vars.f = f;
    if (at(A$dup_fd.L44)) yield;
    if (f.reserved) continue; // (claimed by an accept in progress, not instantiated: not copied)
    if (at(A$dup_fd.L45)) yield;
    f.f_count++;
    if (at(A$dup_fd.L49)) yield;
    newf.fdtable.set(fd, f);
  }
  if (at(A$dup_fd.L52)) yield;
  return newf;
  } finally {
    leave($f);
  }
}
const A$close_files = defineFn('fs/file.c', 'close_files', [67, 75, 76, 78, 87]);

export function* close_files(files: FilesStruct): Sim<void> {
  const $f = enter(A$close_files, { files });
  try {
  if (at(A$close_files.L67)) yield;
  for (const [fd, file] of [...files.fdtable].sort((a, b) => a[0] - b[0])) {
    $f.vars.i = fd;
    if (at(A$close_files.L75)) yield;
    files.fdtable.delete(fd);
    files.closeOnExec.delete(fd);
    $f.vars.file = file;
    if (at(A$close_files.L76)) yield;
    if (file.reserved) continue;
    if (at(A$close_files.L78)) yield;
    ($E.fast || $E.twinOk[fput.k] === 1 ? fput$fast(file) : yield* fput(file));
  }
  if (at(A$close_files.L87)) yield;
  } finally {
    leave($f);
  }
}
const A$put_files_struct = defineFn('fs/file.c', 'put_files_struct', [98, 99]);

export function* put_files_struct(files: FilesStruct): Sim<void> {
  const $f = enter(A$put_files_struct, { files, count: files.count });
  try {
  if (at(A$put_files_struct.L98)) yield;
  if (--files.count === 0) {
    if (at(A$put_files_struct.L99)) yield;
    ($E.fast || $E.twinOk[close_files.k] === 1 ? close_files$fast(files) : yield* close_files(files));
  }
  } finally {
    leave($f);
  }
}
const A$exit_files = defineFn('fs/file.c', 'exit_files', [114, 116, 118]);

export function* exit_files(tsk: Process): Sim<void> {
  const files = tsk.files;
  const $f = enter(A$exit_files, { tsk, files });
  try {
  if (at(A$exit_files.L114)) yield;
  if (files) {
    if (at(A$exit_files.L116)) yield;
    tsk.files = null;
    if (at(A$exit_files.L118)) yield;
    ($E.fast || $E.twinOk[put_files_struct.k] === 1 ? put_files_struct$fast(files) : yield* put_files_struct(files));
  }
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../core/engine';
import { fput$fast as fput$fast } from '../net/socket';
export function dup_fd$fast(oldf: FilesStruct): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$dup_fd.L25 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const newf = new FilesStruct();
  
  $s += 2; if ($tb !== null) ($o = (A$dup_fd.L29 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  newf.nextFd = oldf.nextFd;
  for (const fd of oldf.closeOnExec) newf.closeOnExec.add(fd);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$dup_fd.L40) : $tb.op($e.now, A$dup_fd.L40));
  for (const [fd, f] of [...oldf.fdtable].sort((a, b) => a[0] - b[0])) {
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$dup_fd.L44) : $tb.op($e.now, A$dup_fd.L44));
    if (f.reserved) continue; // (claimed by an accept in progress, not instantiated: not copied)
    $s += 2; if ($tb !== null) ($o = (A$dup_fd.L45 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    f.f_count++;
    
    newf.fdtable.set(fd, f);
  }
  ++$s; $x = A$dup_fd.L52 | 1048576;
  return ($r = (newf), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$dup_fd.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function close_files$fast(files: FilesStruct): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$close_files.L67 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  for (const [fd, file] of [...files.fdtable].sort((a, b) => a[0] - b[0])) {
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$close_files.L75) : $tb.op($e.now, A$close_files.L75));
    files.fdtable.delete(fd);
    files.closeOnExec.delete(fd);
    
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$close_files.L76) : $tb.op($e.now, A$close_files.L76));
    if (file.reserved) continue;
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$close_files.L78) : $tb.op($e.now, A$close_files.L78));
    fput$fast(file);
  }
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$close_files.L87) : $tb.op($e.now, A$close_files.L87));
  } ($e.steps += $s, $tb !== null && ($o = (A$close_files.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function put_files_struct$fast(files: FilesStruct): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const $f = ($tb !== null && ($o = (A$put_files_struct.L98 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (--files.count === 0) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$put_files_struct.L99) : $tb.op($e.now, A$put_files_struct.L99));
    close_files$fast(files);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$put_files_struct.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
export function exit_files$fast(tsk: Process): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $s = 0;
  const files = tsk.files;
  const $f = ($tb !== null && ($o = (A$exit_files.L114 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  if (files) {
    $s += 2; if ($tb !== null) ($o = (A$exit_files.L116 | 1048576), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
    tsk.files = null;
    
    put_files_struct$fast(files);
  }
  } ($e.steps += $s, $tb !== null && ($o = (A$exit_files.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)));
}
$kreg(dup_fd, dup_fd$fast, 'dup_fd', () => []);
$kreg(close_files, close_files$fast, 'close_files', () => [fput]);
$kreg(put_files_struct, put_files_struct$fast, 'put_files_struct', () => [close_files]);
$kreg(exit_files, exit_files$fast, 'exit_files', () => [put_files_struct]);
