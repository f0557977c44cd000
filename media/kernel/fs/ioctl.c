// SPDX-License-Identifier: GPL-2.0
/*
 * fs/ioctl.c -- ioctl(): the commands every file answers the same way
 * (do_vfs_ioctl), before a file's own f_op->unlocked_ioctl (sock_ioctl
 * for a socket) is asked. FIONBIO is one of them: it sets or clears
 * O_NONBLOCK in the file's f_flags, as fcntl(F_SETFL) does — what
 * Python's sock.setblocking(False) (and so asyncio) calls.
 *
 * Abridged rendition for sockwalk, Linux 5.4; annotations are ours.
 * Upstream: fs/ioctl.c (Linux v5.4)
 */

/*
 * ioctl_fionbio -- FIONBIO: the int the argument points at, nonzero
 * for non-blocking
 * upstream: fs/ioctl.c:512
 * https://elixir.bootlin.com/linux/v5.4/source/fs/ioctl.c#L512
 */
static int ioctl_fionbio(struct file *filp, int __user *argp)
{
	unsigned int flag;
	int on, error;

	/* the int is in user memory: copy it in */
	error = get_user(on, argp);
	if (error)
		return error;
	flag = O_NONBLOCK;
	......
	spin_lock(&filp->f_lock);
	/* the file's flag, not the descriptor's: every descriptor of this
	 * file (a dup, a forked child's copy) is non-blocking from now on;
	 * accept, recv, connect and send look at it (O_NONBLOCK: EAGAIN
	 * or EINPROGRESS instead of sleeping) */
	if (on)
		filp->f_flags |= flag;
	else
		filp->f_flags &= ~flag;
	spin_unlock(&filp->f_lock);
	return error;
}

/*
 * do_vfs_ioctl -- the commands common to every file; the others go to
 * the file's own ioctl (vfs_ioctl -> f_op->unlocked_ioctl)
 * upstream: fs/ioctl.c:634
 * https://elixir.bootlin.com/linux/v5.4/source/fs/ioctl.c#L634
 */
int do_vfs_ioctl(struct file *filp, unsigned int fd, unsigned int cmd,
	     unsigned long arg)
{
	int error = 0;
	int __user *argp = (int __user *)arg;
	struct inode *inode = file_inode(filp);

	switch (cmd) {
	/* the descriptor's close-on-exec flag, as fcntl(F_SETFD) */
	case FIOCLEX:
		set_close_on_exec(fd, 1);
		break;

	case FIONCLEX:
		set_close_on_exec(fd, 0);
		break;

	case FIONBIO:
		error = ioctl_fionbio(filp, argp);
		break;
	......
	default:
		if (S_ISREG(inode->i_mode))
			error = file_ioctl(filp, cmd, arg);
		else
			/* a socket: sock_ioctl (SIOCGIFADDR, FIONREAD …) —
			 * not simulated */
			error = vfs_ioctl(filp, cmd, arg);
		break;
	}
	return error;
}

/*
 * ksys_ioctl -- ioctl(fd, cmd, arg): the descriptor's file, then
 * do_vfs_ioctl
 * upstream: fs/ioctl.c:704
 * https://elixir.bootlin.com/linux/v5.4/source/fs/ioctl.c#L704
 */
int ksys_ioctl(unsigned int fd, unsigned int cmd, unsigned long arg)
{
	int error;
	struct fd f = fdget(fd);

	if (!f.file)
		return -EBADF;
	/* the LSM hook (SELinux, AppArmor …): none here */
	error = security_file_ioctl(f.file, cmd, arg);
	if (!error)
		error = do_vfs_ioctl(f.file, fd, cmd, arg);
	fdput(f);
	return error;
}
