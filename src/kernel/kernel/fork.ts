// kernel/fork.c: what a new task does with its parent's descriptors (copy_files): a thread
// (CLONE_FILES) shares the table, a forked child gets dup_fd's copy.

import { Sim } from '../core/engine';
import { frame, line } from '../core/mark';
import type { FilesStruct, Process } from '../world/world';
import { dup_fd } from '../fs/file';

/** CLONE_FILES (uapi/linux/sched.h): share the descriptor table. */
export const CLONE_FILES = 0x400;

/** copy_files(): the new task's table — the parent's own (a thread), or a copy (fork). */
export function* copy_files(clone_flags: number, current: Process): Sim<FilesStruct | null> {
  frame({ clone_flags });
  line`oldf = current->files;`;
  const oldf = current.files;
  frame.oldf = oldf;
  line`if (!oldf)`;
  if (!oldf) return null;
  line`if (clone_flags & CLONE_FILES) {`;
  if (clone_flags & CLONE_FILES) {
    line`atomic_inc(&oldf->count);`;
    oldf.count++;
    return oldf;
  }
  line`newf = dup_fd(oldf, &error);`;
  const newf = yield* dup_fd(oldf);
  frame.newf = newf;
  line`tsk->files = newf;`;
  return newf;
}
