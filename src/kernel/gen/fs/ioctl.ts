// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/fs/ioctl.ts
// @ts-nocheck
// fs/ioctl.c: ioctl(). ksys_ioctl finds the descriptor's file and do_vfs_ioctl answers the commands
// every file shares: FIONBIO (ioctl_fionbio sets or clears O_NONBLOCK in the file's f_flags — the
// flag accept, recv, connect and send look at; Python's setblocking() uses it), FIOCLEX / FIONCLEX
// (the descriptor's close-on-exec). Any other command would go to the file's own ioctl (sock_ioctl
// for a socket), which is not simulated. The scenario passes FIONBIO's int itself, not a pointer to
// it: get_user cannot fail here.

import { Sim } from '../../core/engine';
import { at, enter, leave } from '../../core/engine';
import { defineFn } from '../../core/anchors';
import { currentProcess } from '../../world/current';
import type { File } from '../../include/linux/net';
import { NotSimulated } from '../../include/linux/ops';
import { ERRNO, FIOCLEX, FIONBIO, FIONCLEX, O_NONBLOCK } from '../../include/uapi';
const A$ioctl_fionbio = defineFn('fs/ioctl.c', 'ioctl_fionbio', [25, 26, 28, 30, 35, 36, 38, 39, 40]);

export function* ioctl_fionbio(filp: File, argp: number): Sim<number> {
  const $f = enter(A$ioctl_fionbio, { filp, argp });
  try {
  if (at(A$ioctl_fionbio.L25)) yield;
  const on = argp;
  const error = 0;
  $f.vars.on = on;
  if (at(A$ioctl_fionbio.L26)) yield;
  if (at(A$ioctl_fionbio.L28)) yield;
  const flag = O_NONBLOCK;
  if (at(A$ioctl_fionbio.L30)) yield;
  if (at(A$ioctl_fionbio.L35)) yield;
  if (on) {
    if (at(A$ioctl_fionbio.L36)) yield;
    filp.f_flags |= flag;
  } else {
    if (at(A$ioctl_fionbio.L38)) yield;
    filp.f_flags &= ~flag;
  }
  if (at(A$ioctl_fionbio.L39)) yield;
  if (at(A$ioctl_fionbio.L40)) yield;
  return error;
  } finally {
    leave($f);
  }
}
const A$do_vfs_ioctl = defineFn('fs/ioctl.c', 'do_vfs_ioctl', [56, 59, 63, 67, 76, 79]);

export function* do_vfs_ioctl(filp: File, fd: number, cmd: number, arg: number): Sim<number> {
  const $f = enter(A$do_vfs_ioctl, { filp, fd, cmd, arg });
  try {
  let error = 0;
  if (at(A$do_vfs_ioctl.L56)) yield;
  switch (cmd) {
    case FIOCLEX:
      if (at(A$do_vfs_ioctl.L59)) yield;
      currentProcess().closeOnExec.add(fd);
      break;
    case FIONCLEX:
      if (at(A$do_vfs_ioctl.L63)) yield;
      currentProcess().closeOnExec.delete(fd);
      break;
    case FIONBIO:
      if (at(A$do_vfs_ioctl.L67)) yield;
      error = ($E.fast || $E.twinOk[ioctl_fionbio.k] === 1 ? ioctl_fionbio$fast(filp, arg) : yield* ioctl_fionbio(filp, arg));
      $f.vars.error = error;
      break;
    default:
      if (at(A$do_vfs_ioctl.L76)) yield;
      throw new NotSimulated(`ioctl() command 0x${cmd.toString(16)}`);
  }
  if (at(A$do_vfs_ioctl.L79)) yield;
  return error;
  } finally {
    leave($f);
  }
}
const A$ksys_ioctl = defineFn('fs/ioctl.c', 'ksys_ioctl', [91, 93, 94, 96, 97, 98, 99, 100]);

export function* ksys_ioctl(fd: number, cmd: number, arg: number): Sim<number> {
  const $f = enter(A$ksys_ioctl, { fd, cmd, arg });
  try {
  if (at(A$ksys_ioctl.L91)) yield;
  const file = currentProcess().fdtable.get(fd);
  if (at(A$ksys_ioctl.L93)) yield;
  if (!file || file.reserved) {
    if (at(A$ksys_ioctl.L94)) yield;
    return -ERRNO.EBADF;
  }
  $f.vars.f = file;
  if (at(A$ksys_ioctl.L96)) yield;
  if (at(A$ksys_ioctl.L97)) yield;
  if (at(A$ksys_ioctl.L98)) yield;
  const error = ($E.fast || $E.twinOk[do_vfs_ioctl.k] === 1 ? do_vfs_ioctl$fast(file, fd, cmd, arg) : yield* do_vfs_ioctl(file, fd, cmd, arg));
  $f.vars.error = error;
  if (at(A$ksys_ioctl.L99)) yield;
  if (at(A$ksys_ioctl.L100)) yield;
  return error;
  } finally {
    leave($f);
  }
}


// ---- fast-path twins (scripts/twins.cjs) ----
import { E as $E, FAST_FRAME as $FF, driveToEnd as $drive, registerTwin as $kreg } from '../../core/engine';
export function ioctl_fionbio$fast(filp: File, argp: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$ioctl_fionbio.L25 | 273678336), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  $s += 5;
  const on = argp;
  const error = 0;
  
  
  
  const flag = O_NONBLOCK;
  
  
  if (on) {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ioctl_fionbio.L36) : $tb.op($e.now, A$ioctl_fionbio.L36));
    filp.f_flags |= flag;
  } else {
    ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ioctl_fionbio.L38) : $tb.op($e.now, A$ioctl_fionbio.L38));
    filp.f_flags &= ~flag;
  }
  $s += 2; $x = A$ioctl_fionbio.L39 | 2097152;
  
  return ($r = (error), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ioctl_fionbio.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function do_vfs_ioctl$fast(filp: File, fd: number, cmd: number, arg: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$do_vfs_ioctl.L56 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  let error = 0;
  ++$s;
  switch (cmd) {
    case FIOCLEX:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$do_vfs_ioctl.L59) : $tb.op($e.now, A$do_vfs_ioctl.L59));
      currentProcess().closeOnExec.add(fd);
      break;
    case FIONCLEX:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$do_vfs_ioctl.L63) : $tb.op($e.now, A$do_vfs_ioctl.L63));
      currentProcess().closeOnExec.delete(fd);
      break;
    case FIONBIO:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$do_vfs_ioctl.L67) : $tb.op($e.now, A$do_vfs_ioctl.L67));
      error = ioctl_fionbio$fast(filp, arg);
      
      break;
    default:
      ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$do_vfs_ioctl.L76) : $tb.op($e.now, A$do_vfs_ioctl.L76));
      throw new NotSimulated(`ioctl() command 0x${cmd.toString(16)}`);
  }
  ++$s; $x = A$do_vfs_ioctl.L79 | 1048576;
  return ($r = (error), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$do_vfs_ioctl.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
export function ksys_ioctl$fast(fd: number, cmd: number, arg: number): any { const $e = $E; const $tb: any = $e.lineSink; let $o: number; let $r: any; let $s = 0; let $x = -1;
  const $f = ($tb !== null && ($o = (A$ksys_ioctl.L91 | 269484032), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o)), $FF);
  {
  ++$s;
  const file = currentProcess().fdtable.get(fd);
  ++$s; if ($tb !== null) ($tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = A$ksys_ioctl.L93) : $tb.op($e.now, A$ksys_ioctl.L93));
  if (!file || file.reserved) {
    ++$s; $x = A$ksys_ioctl.L94 | 1048576;
    return ($r = (-ERRNO.EBADF), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ksys_ioctl.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
  
  $s += 3; if ($tb !== null) ($o = (A$ksys_ioctl.L96 | 2097152), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o));
  
  
  const error = do_vfs_ioctl$fast(file, fd, cmd, arg);
  
  $s += 2; $x = A$ksys_ioctl.L99 | 2097152;
  
  return ($r = (error), ($e.steps += $s, $tb !== null && ($o = ($x >= 0 ? $x | 536870912 : A$ksys_ioctl.fn.id | 536870912), $tb.pos < $tb.lim ? ($tb.cur[$tb.pos++] = $o) : $tb.op($e.now, $o))), $r);
  }
}
$kreg(ioctl_fionbio, ioctl_fionbio$fast, 'ioctl_fionbio', () => []);
$kreg(do_vfs_ioctl, do_vfs_ioctl$fast, 'do_vfs_ioctl', () => [ioctl_fionbio]);
$kreg(ksys_ioctl, ksys_ioctl$fast, 'ksys_ioctl', () => [do_vfs_ioctl]);
