#!/usr/bin/env python3
# How many times a task polling a listener really sleeps while a connection arrives, on the host
# kernel: the oracle for pollwake's key filtering (test/conformance/wakeups.test.ts). For each case a
# forked child connects to the listener 50 ms into the wait; the parent's wait (timeout 1 s) is
# measured by its thread's voluntary context switches — one per sleep in poll_schedule_timeout
# (a preemption is an involuntary one). Prints one JSON object: case -> {sleeps, ret, secs}.
# Over loopback on 127.0.0.1, ports chosen by the kernel; every child is waited for.
import json
import os
import select
import socket
import time

TIMEOUT_MS = 1000


def sleeps():
    with open('/proc/thread-self/status') as f:
        for line in f:
            if line.startswith('voluntary_ctxt_switches'):
                return int(line.split()[1])
    raise RuntimeError('no voluntary_ctxt_switches')


def trial(case):
    lfd = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    lfd.bind(('127.0.0.1', 0))
    lfd.listen(16)
    port = lfd.getsockname()[1]
    pid = os.fork()
    if pid == 0:
        time.sleep(0.05)
        c = socket.create_connection(('127.0.0.1', port))
        time.sleep(0.1)
        c.close()
        os._exit(0)
    t0 = time.monotonic()
    before = sleeps()
    if case == 'poll_out':
        p = select.poll()
        p.register(lfd, select.POLLOUT)
        ret = len(p.poll(TIMEOUT_MS))
    elif case == 'poll_in':
        p = select.poll()
        p.register(lfd, select.POLLIN)
        ret = len(p.poll(TIMEOUT_MS))
    elif case == 'select_out':
        r, w, x = select.select([], [lfd], [], TIMEOUT_MS / 1000)
        ret = len(r) + len(w) + len(x)
    else:
        raise ValueError(case)
    after = sleeps()
    secs = time.monotonic() - t0
    os.waitpid(pid, 0)
    lfd.close()
    return {'sleeps': after - before, 'ret': ret, 'secs': round(secs, 3)}


print(json.dumps({c: trial(c) for c in ('poll_out', 'select_out', 'poll_in')}))
