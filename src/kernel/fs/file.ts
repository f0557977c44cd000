// fs/file.c: the descriptor table. dup_fd is fork's copy (every open file shared, one more reference
// each); exit_files → put_files_struct → close_files is what an exiting process does with it: the
// last user of the table closes every descriptor still open, in order — so a program that exits
// without close() still sends its FINs, as on the real kernel.

import { Sim } from '../core/engine';
import { frame, line } from '../core/mark';
import { FilesStruct } from '../world/world';
import type { Process } from '../world/world';
import { fput } from '../net/socket';

export function* dup_fd(oldf: FilesStruct): Sim<FilesStruct> {
  frame({ oldf });
  line`newf = kmem_cache_alloc(files_cachep, GFP_KERNEL);`;
  const newf = new FilesStruct();
  frame.newf = newf;
  line`atomic_set(&newf->count, 1);`;
  line`copy_fd_bitmaps(new_fdt, old_fdt, open_files);`;
  newf.nextFd = oldf.nextFd;
  for (const fd of oldf.closeOnExec) newf.closeOnExec.add(fd);
  line`for (i = open_files; i != 0; i--) {`;
  for (const [fd, f] of [...oldf.fdtable].sort((a, b) => a[0] - b[0])) {
    frame.f = f;
    line`if (f) {`;
    if (f.reserved) continue; // (claimed by an accept in progress, not instantiated: not copied)
    line`get_file(f);`;
    f.f_count++;
    line`rcu_assign_pointer(*new_fds++, f);`;
    newf.fdtable.set(fd, f);
  }
  line`return newf;`;
  return newf;
}

export function* close_files(files: FilesStruct): Sim<void> {
  frame({ files });
  line`for (;;) {`;
  for (const [fd, file] of [...files.fdtable].sort((a, b) => a[0] - b[0])) {
    frame.i = fd;
    line`struct file * file = xchg(&fdt->fd[i], NULL);`;
    files.fdtable.delete(fd);
    files.closeOnExec.delete(fd);
    frame.file = file;
    line`if (file) {`;
    if (file.reserved) continue;
    line`filp_close(file, files);`;
    yield* fput(file);
  }
  line`return fdt;`;
}

export function* put_files_struct(files: FilesStruct): Sim<void> {
  frame({ files, count: files.count });
  line`if (atomic_dec_and_test(&files->count)) {`;
  if (--files.count === 0) {
    line`struct fdtable *fdt = close_files(files);`;
    yield* close_files(files);
  }
}

export function* exit_files(tsk: Process): Sim<void> {
  const files = tsk.files;
  frame({ tsk, files });
  line`if (files) {`;
  if (files) {
    line`tsk->files = NULL;`;
    tsk.files = null;
    line`put_files_struct(files);`;
    yield* put_files_struct(files);
  }
}
