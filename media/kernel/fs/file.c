// SPDX-License-Identifier: GPL-2.0
/*
 * fs/file.c -- the descriptor table (struct files_struct): copied by fork
 * (dup_fd), and closed when its last user exits (exit_files ->
 * put_files_struct -> close_files), which closes every descriptor still
 * open — the last close of a socket's file releases the socket.
 *
 * Abridged rendition for sockwalk, Linux 5.4; annotations are ours.
 * Upstream: fs/file.c (Linux v5.4)
 */

/*
 * dup_fd -- fork's copy of a descriptor table
 * upstream: fs/file.c:272
 * https://elixir.bootlin.com/linux/v5.4/source/fs/file.c#L272
 */
struct files_struct *dup_fd(struct files_struct *oldf, int *errorp)
{
	struct files_struct *newf;
	struct file **old_fds, **new_fds;
	unsigned int open_files, i;
	struct fdtable *old_fdt, *new_fdt;

	*errorp = -ENOMEM;
	newf = kmem_cache_alloc(files_cachep, GFP_KERNEL);
	if (!newf)
		goto out;

	atomic_set(&newf->count, 1);
	......
	old_fdt = files_fdtable(oldf);
	open_files = count_open_files(old_fdt);
	......
	/* the same descriptors open, the same close-on-exec marks */
	copy_fd_bitmaps(new_fdt, old_fdt, open_files);

	old_fds = old_fdt->fd;
	new_fds = new_fdt->fd;

	for (i = open_files; i != 0; i--) {
		struct file *f = *old_fds++;
		/* the same struct file: one more reference (f_count), so a
		 * socket lives on until both processes have closed it */
		if (f) {
			get_file(f);
		} else {
			......
		}
		rcu_assign_pointer(*new_fds++, f);
	}
	......
	return newf;
	......
}

/*
 * close_files -- close every descriptor still open, in order
 * upstream: fs/file.c:368
 * https://elixir.bootlin.com/linux/v5.4/source/fs/file.c#L368
 */
static struct fdtable *close_files(struct files_struct * files)
{
	......
	struct fdtable *fdt = rcu_dereference_raw(files->fdt);
	unsigned int i, j = 0;

	for (;;) {
		unsigned long set;
		i = j * BITS_PER_LONG;
		if (i >= fdt->max_fds)
			break;
		set = fdt->open_fds[j++];
		while (set) {
			if (set & 1) {
				struct file * file = xchg(&fdt->fd[i], NULL);
				if (file) {
					/* as close(): the last reference runs sock_close */
					filp_close(file, files);
					cond_resched();
				}
			}
			i++;
			set >>= 1;
		}
	}

	return fdt;
}

/*
 * put_files_struct -- one user fewer; the last one closes the files
 * upstream: fs/file.c:413
 * https://elixir.bootlin.com/linux/v5.4/source/fs/file.c#L413
 */
void put_files_struct(struct files_struct *files)
{
	/* threads share one table: only the last of them closes it */
	if (atomic_dec_and_test(&files->count)) {
		struct fdtable *fdt = close_files(files);
		......
		kmem_cache_free(files_cachep, files);
	}
}

/*
 * exit_files -- do_exit: the exiting task lets go of its descriptors
 * upstream: fs/file.c:437
 * https://elixir.bootlin.com/linux/v5.4/source/fs/file.c#L437
 */
void exit_files(struct task_struct *tsk)
{
	struct files_struct * files = tsk->files;

	if (files) {
		task_lock(tsk);
		tsk->files = NULL;
		task_unlock(tsk);
		put_files_struct(files);
	}
}
