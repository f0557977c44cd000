// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/fork.c -- fork() and clone(): here only what a new task does with
 * its parent's descriptors — a thread (CLONE_FILES) shares them, a forked
 * child gets a copy of the table whose entries point at the same files.
 *
 * Abridged rendition for sockwalk, Linux 5.4; annotations are ours.
 * Upstream: kernel/fork.c (Linux v5.4)
 */

/*
 * copy_files -- the new task's descriptor table
 * upstream: kernel/fork.c:1450
 * https://elixir.bootlin.com/linux/v5.4/source/kernel/fork.c#L1450
 */
static int copy_files(unsigned long clone_flags, struct task_struct *tsk)
{
	struct files_struct *oldf, *newf;
	int error = 0;

	/*
	 * A background process may not have any files ...
	 */
	oldf = current->files;
	if (!oldf)
		goto out;

	/* a thread: the same table, one more user */
	if (clone_flags & CLONE_FILES) {
		atomic_inc(&oldf->count);
		goto out;
	}

	/* fork: a copy of the table */
	newf = dup_fd(oldf, &error);
	if (!newf)
		goto out;

	tsk->files = newf;
	error = 0;
out:
	return error;
}
