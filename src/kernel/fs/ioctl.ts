// fs/ioctl.c: ioctl(). ksys_ioctl finds the descriptor's file and do_vfs_ioctl answers the commands
// every file shares: FIONBIO (ioctl_fionbio sets or clears O_NONBLOCK in the file's f_flags — the
// flag accept, recv, connect and send look at; Python's setblocking() uses it), FIOCLEX / FIONCLEX
// (the descriptor's close-on-exec). Any other command would go to the file's own ioctl (sock_ioctl
// for a socket), which is not simulated. The scenario passes FIONBIO's int itself, not a pointer to
// it: get_user cannot fail here.

import { Sim } from '../core/engine';
import { frame, line } from '../core/mark';
import { currentProcess } from '../world/current';
import type { File } from '../include/linux/net';
import { NotSimulated } from '../include/linux/ops';
import { ERRNO, FIOCLEX, FIONBIO, FIONCLEX, O_NONBLOCK } from '../include/uapi';

export function* ioctl_fionbio(filp: File, argp: number): Sim<number> {
  frame({ filp, argp });
  line`error = get_user(on, argp);`;
  const on = argp;
  const error = 0;
  frame.on = on;
  line`if (error)`;
  line`flag = O_NONBLOCK;`;
  const flag = O_NONBLOCK;
  line`spin_lock(&filp->f_lock);`;
  line`if (on)`;
  if (on) {
    line`filp->f_flags |= flag;`;
    filp.f_flags |= flag;
  } else {
    line`filp->f_flags &= ~flag;`;
    filp.f_flags &= ~flag;
  }
  line`spin_unlock(&filp->f_lock);`;
  line`return error;#2`;
  return error;
}

export function* do_vfs_ioctl(filp: File, fd: number, cmd: number, arg: number): Sim<number> {
  frame({ filp, fd, cmd, arg });
  let error = 0;
  line`switch (cmd) {`;
  switch (cmd) {
    case FIOCLEX:
      line`set_close_on_exec(fd, 1);`;
      currentProcess().closeOnExec.add(fd);
      break;
    case FIONCLEX:
      line`set_close_on_exec(fd, 0);`;
      currentProcess().closeOnExec.delete(fd);
      break;
    case FIONBIO:
      line`error = ioctl_fionbio(filp, argp);`;
      error = yield* ioctl_fionbio(filp, arg);
      frame.error = error;
      break;
    default:
      line`error = vfs_ioctl(filp, cmd, arg);`;
      throw new NotSimulated(`ioctl() command 0x${cmd.toString(16)}`);
  }
  line`return error;`;
  return error;
}

export function* ksys_ioctl(fd: number, cmd: number, arg: number): Sim<number> {
  frame({ fd, cmd, arg });
  line`struct fd f = fdget(fd);`;
  const file = currentProcess().fdtable.get(fd);
  line`if (!f.file)`;
  if (!file || file.reserved) {
    line`return -EBADF;`;
    return -ERRNO.EBADF;
  }
  frame.f = file;
  line`error = security_file_ioctl(f.file, cmd, arg);`;
  line`if (!error)`;
  line`error = do_vfs_ioctl(f.file, fd, cmd, arg);`;
  const error = yield* do_vfs_ioctl(file, fd, cmd, arg);
  frame.error = error;
  line`fdput(f);`;
  line`return error;`;
  return error;
}
