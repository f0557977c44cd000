// generated — do not edit. Written by scripts/gen-kernel.ts from src/kernel/kernel/sys.ts
// @ts-nocheck
// kernel/sys.c: setrlimit(2) → do_prlimit, for the one limit sockets meet — RLIMIT_NOFILE, the
// number of descriptors a process may have open (fs/file.c's __alloc_fd refuses the rest with
// EMFILE). Not annotated: no lines to step through.

import { currentProcess } from '../../world/current';
import { ERRNO, NR_OPEN, RLIMIT_NOFILE } from '../../include/uapi';
import { NotSimulated } from '../../include/linux/ops';

/** RLIM_NLIMITS (asm-generic/resource.h). */
const RLIM_NLIMITS = 16;

/**
 * do_prlimit(current, resource, new_rlim, NULL): the soft limit `cur` and the hard limit `max` (the
 * hard limit as it is when max is undefined, like `ulimit -Sn`). Processes here run as root
 * (CAP_SYS_RESOURCE): raising the hard limit is allowed up to fs.nr_open.
 */
export function do_prlimit(resource: number, cur: number, max?: number): number {
  if (resource < 0 || resource >= RLIM_NLIMITS) return -ERRNO.EINVAL;
  if (resource !== RLIMIT_NOFILE) throw new NotSimulated(`setrlimit() of resource ${resource}`);
  const p = currentProcess();
  const hard = max ?? p.rlimitNofile.max;
  if (cur < 0 || hard < 0 || cur > hard) return -ERRNO.EINVAL;
  if (hard > NR_OPEN) return -ERRNO.EPERM;
  p.rlimitNofile = { cur, max: hard };
  return 0;
}
