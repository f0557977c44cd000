#!/usr/bin/env python3
"""The real side of the conformance suite: one scenario on the host kernel.

Run as root inside a fresh network namespace (the suite starts it with `unshare -n`). Each scenario
host gets a network namespace of its own (Net): lo and eth0, a TAP device whose frames the link relay
(conformance/relay.py, a process of this run) carries to the other hosts' with the link's delay and
the scenario's faults — with the host's addresses, MTUs and sysctls, the TCP settings the simulator
models and the segmentation offloads off. Everything vanishes with this process (the namespaces are
held by descriptors only, the TAP devices by the relay's descriptors).

Input (stdin): the plan, JSON, built by src/conformance/plan.ts from the scenario file — hosts,
processes, statements with their arguments resolved to numbers and host addresses already mapped to
the run's block (10.P.Q.n).
Output (stdout): JSON — syscall results, the tracefs instance's events (two renderings of the
same buffer: `fields` for skaddr/sock_cookie, the print format for tcp_send_reset's addresses),
the packets (ARP, IPv4: TCP, UDP, ICMP, fragments; each once: the link's as the relay took them from
their sender, lo's by AF_PACKET; see Net.link_frames and Net.captures), the first
host's sysctls, each host's devices and the kernel version.

Each scenario process is a forked child, in its host's namespace, with its own fd table (fds 0-2 kept, the control pipe
moved to 200/201, so socket() returns 3, 4, … as in the simulator). A process the scenario forks
(`P: fork C`) is forked by P itself, so it gets a copy of P's descriptor table as in the simulator;
a thread (`P: thread C`) is a thread of P sharing its table. Their control pipes are made before
anything starts and wait at fds 300 and up (HARNESS_FD) until P makes them. Calls are made with ctypes on
libc: the exact system call, the exact arguments, errno preserved. Every socket gets SO_RCVTIMEO
and SO_SNDTIMEO so no call blocks forever. Only the standard library is used (ip and tc from
iproute2, iptables for a scenario's rules).
"""
import ctypes
import ctypes.util
import errno
import fcntl
import json
import os
import select
import shutil
import signal
import socket
import struct
import subprocess
import sys
import threading
import time

from frames import parse_frame
import relay

TRACEFS = '/sys/kernel/tracing'
EVENTS = [
    'sock/inet_sock_set_state',
    'tcp/tcp_send_reset',
    'tcp/tcp_receive_reset',
    'tcp/tcp_destroy_sock',
    'tcp/tcp_retransmit_synack',
    'tcp/tcp_retransmit_skb',
    'sock/inet_sk_error_report',
]
SYSCTLS = [
    'net.core.somaxconn', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syn_retries',
    'net.ipv4.tcp_synack_retries', 'net.ipv4.tcp_syncookies', 'net.ipv4.tcp_max_syn_backlog',
    'net.ipv4.tcp_abort_on_overflow', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_tw_reuse',
    'net.ipv4.ip_nonlocal_bind', 'net.ipv4.ip_unprivileged_port_start', 'net.ipv4.ping_group_range',
    'net.ipv4.tcp_ecn', 'net.ipv4.tcp_timestamps', 'net.ipv4.tcp_sack', 'net.ipv4.tcp_window_scaling',
    'net.ipv4.tcp_fastopen', 'net.ipv4.tcp_rfc1337', 'net.ipv4.tcp_congestion_control',
]
CTRL_R, CTRL_W = 200, 201
# the control pipes of the processes and threads the scenario spawns: (read end, write end) at
# HARNESS_FD + 2k, + 2k + 1, in every scenario process until it spawns them
HARNESS_FD = 300
SOL_SOCKET, SO_RCVTIMEO, SO_SNDTIMEO, SO_LINGER, SO_ERROR = 1, 20, 21, 13, 4
PACKET_OUTGOING = 4
PR_SET_NAME = 15
# poll / epoll event bits, named as the simulator names them (src/kernel/include/linux/eventpoll.ts pollBits)
POLL_BITS = [(0x1, 'IN'), (0x2, 'PRI'), (0x4, 'OUT'), (0x8, 'ERR'), (0x10, 'HUP'), (0x20, 'NVAL'), (0x40, 'RDNORM'),
             (0x80, 'RDBAND'), (0x100, 'WRNORM'), (0x200, 'WRBAND'), (0x2000, 'RDHUP')]


# a payload given as a byte count (plan.ts FILLER: the same bytes)
FILLER = b'abcdefghijklmnopqrstuvwxyz0123456789'


def fill(n):
    return (FILLER * (n // len(FILLER) + 1))[:n]


def poll_bits(mask, prefix):
    names = [prefix + n for b, n in POLL_BITS if mask & b]
    return '|'.join(names) if names else '0'


def read_sysctl(name):
    try:
        with open('/proc/sys/' + name.replace('.', '/')) as f:
            return ' '.join(f.read().split())
    except OSError as e:
        return 'unreadable: %s' % e


# ---- the child: one scenario process ------------------------------------------------------------

class Child:
    def __init__(self, name, timeout_s, ctrl=(CTRL_R, CTRL_W), spawns=None, parent=None, share=False):
        self.name = name
        self.timeout_s = timeout_s
        self.ctrl_r, self.ctrl_w = ctrl
        # what this process may spawn: child name -> its control fds (HARNESS_FD …)
        self.spawns = spawns or {}
        self.libc = ctypes.CDLL(ctypes.util.find_library('c') or None, use_errno=True)
        self.fills = parent.fills if parent is not None else {}
        self.left = None
        self.bufs = {}
        if parent is None:
            self.names = {}
        elif share:
            # a thread: the same descriptor table, so the same names for it
            self.names = parent.names
        else:
            # a forked child: a copy of the table, and of the names
            self.names = dict(parent.names)
        self.libc.epoll_wait.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
        self.libc.poll.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]

    def buffer(self, n):
        # (made once per size, at the warm-up: zeroing a megabyte takes a good part of a millisecond)
        n = max(n, 1)
        if n not in self.bufs:
            self.bufs[n] = ctypes.create_string_buffer(n)
        return self.bufs[n]

    def fill(self, n):
        if n not in self.fills:
            self.fills[n] = fill(n)
        return self.fills[n]

    def sockaddr(self, family, ip, port):
        # struct sockaddr_in: family (host order u16), port (network order), addr, zero[8]
        return struct.pack('=HH4s8x', family, socket.htons(port), socket.inet_aton(ip))

    def fd(self, a):
        if isinstance(a, dict) and 'fd' in a:
            if a['fd'] not in self.names:
                raise KeyError('%s has no value yet' % a['fd'])
            return self.names[a['fd']]
        return int(a)

    def c(self, fn, *args):
        ctypes.set_errno(0)
        # (when the call left the kernel: the driver's timeline goes on from there, not from when
        # this process had also built its answer)
        r = fn(*args)
        self.left = time.monotonic()
        return r, ctypes.get_errno()

    def set_timeouts(self, fd):
        tv = struct.pack('ll', self.timeout_s, 0)
        self.libc.setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, tv, len(tv))
        self.libc.setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, tv, len(tv))

    def run(self, cmd):
        L = self.libc
        fn, a = cmd['fn'], cmd['args']
        data = None
        if fn == 'socket':
            r, e = self.c(L.socket, a[0], a[1], a[2])
            if r >= 0:
                self.set_timeouts(r)
        elif fn == 'bind':
            fd = self.fd(a[0])
            sa = self.sockaddr(socket.AF_INET, a[1]['ip'], a[1]['port'])
            r, e = self.c(L.bind, fd, sa, len(sa))
        elif fn == 'listen':
            fd = self.fd(a[0])
            r, e = self.c(L.listen, fd, a[1])
        elif fn in ('accept', 'accept4'):
            flags = a[1] if fn == 'accept4' else 0
            r, e = self.c(L.accept4, self.fd(a[0]), None, None, flags)
            if r >= 0:
                self.set_timeouts(r)
        elif fn == 'connect':
            fd = self.fd(a[0])
            if isinstance(a[1], dict):
                sa = self.sockaddr(socket.AF_INET, a[1]['ip'], a[1]['port'])
            else:
                sa = self.sockaddr(int(a[1]), '0.0.0.0', 0)
            r, e = self.c(L.connect, fd, sa, len(sa))
        elif fn == 'setsockopt':
            fd = self.fd(a[0])
            if a[0 + 1] == SOL_SOCKET and a[2] == SO_LINGER:
                v = struct.pack('ii', a[3], a[4] if len(a) > 4 else 0)
            elif a[1] == SOL_SOCKET and a[2] in (SO_RCVTIMEO, SO_SNDTIMEO):
                # struct timeval: tv_sec, tv_usec
                v = struct.pack('ll', a[3], a[4] if len(a) > 4 else 0)
            else:
                v = struct.pack('i', a[3])
            r, e = self.c(L.setsockopt, fd, a[1], a[2], v, len(v))
        elif fn == 'getsockopt':
            # one int; SO_ERROR's value by its errno name, as strace (and the simulator) show it
            v = ctypes.c_int(0)
            ln = ctypes.c_uint(4)
            r, e = self.c(L.getsockopt, self.fd(a[0]), a[1], a[2], ctypes.byref(v), ctypes.byref(ln))
            if r == 0:
                data = errno.errorcode.get(v.value, str(v.value)) if a[2] == SO_ERROR and v.value else str(v.value)
        elif fn == 'close':
            fd = self.fd(a[0])
            if fd >= CTRL_R:
                # the harness's own pipes: a scenario descriptor is never this high
                r, e = -1, 9
            else:
                r, e = self.c(L.close, fd)
        elif fn == 'shutdown':
            r, e = self.c(L.shutdown, self.fd(a[0]), a[1])
        elif fn in ('send', 'write', 'sendto'):
            buf = self.fill(a[1]['fill']) if isinstance(a[1], dict) else a[1].encode('latin-1')
            fd = self.fd(a[0])
            if fn == 'write':
                r, e = self.c(L.write, fd, buf, len(buf))
            elif fn == 'send':
                r, e = self.c(L.send, fd, buf, len(buf), 0)
            else:
                sa = self.sockaddr(socket.AF_INET, a[2]['ip'], a[2]['port'])
                r, e = self.c(L.sendto, fd, buf, len(buf), 0, sa, len(sa))
        elif fn in ('recv', 'read', 'recvfrom'):
            n = int(a[1])
            buf = self.buffer(n)
            fd = self.fd(a[0])
            if fn == 'read':
                r, e = self.c(L.read, fd, buf, n)
            elif fn == 'recv':
                r, e = self.c(L.recv, fd, buf, n, 0)
            else:
                r, e = self.c(L.recvfrom, fd, buf, n, 0, None, None)
            if r >= 0:
                data = buf.raw[:r].decode('latin-1')
        elif fn == 'fcntl':
            r, e = self.c(L.fcntl, self.fd(a[0]), a[1], a[2] if len(a) > 2 else 0)
        elif fn == 'ioctl':
            # FIONBIO takes a pointer to the int the scenario writes; FIOCLEX / FIONCLEX none
            if len(a) > 2:
                v = ctypes.c_int(a[2])
                r, e = self.c(L.ioctl, self.fd(a[0]), ctypes.c_ulong(a[1]), ctypes.byref(v))
            else:
                r, e = self.c(L.ioctl, self.fd(a[0]), ctypes.c_ulong(a[1]), None)
        elif fn in ('getsockname', 'getpeername'):
            sa = ctypes.create_string_buffer(16)
            ln = ctypes.c_uint(16)
            r, e = self.c(getattr(L, fn), self.fd(a[0]), sa, ctypes.byref(ln))
        elif fn == 'poll':
            # an array of struct pollfd {int fd; short events; short revents;} (a list argument), or
            # one (poll(fd, events, timeout)); no timeout becomes the call timeout
            if isinstance(a[0], dict) and 'list' in a[0]:
                entries = [(self.fd(x['fd']), x['events']) for x in a[0]['list']]
                ms = a[1]
            else:
                entries = [(self.fd(a[0]), a[1])]
                ms = a[2]
            raw = b''.join(struct.pack('ihh', f, ev, 0) for f, ev in entries)
            pfd = ctypes.create_string_buffer(raw, max(len(raw), 8))
            timeout = ms if ms >= 0 else self.timeout_s * 1000
            r, e = self.c(L.poll, pfd, len(entries), timeout)
            if r >= 0:
                ready = []
                for k in range(len(entries)):
                    fd_, _ev, rev = struct.unpack('ihh', pfd.raw[8 * k:8 * k + 8])
                    if rev:
                        ready.append('%d:%s' % (fd_, poll_bits(rev & 0xffff, 'POLL')))
                data = ' '.join(ready)
        elif fn == 'select':
            # readfds, writefds[, exceptfds] as lists and nfds their highest descriptor + 1; or one
            # descriptor in readfds (POLLIN), writefds (POLLOUT), exceptfds (POLLPRI); no timeout
            # becomes the call timeout
            sets = [(ctypes.c_ulong * 16)() for _ in range(3)]
            members = [[], [], []]
            if isinstance(a[0], dict) and 'list' in a[0]:
                nsets = 3 if len(a) > 3 else 2
                for k in range(nsets):
                    members[k] = [self.fd(x['fd']) for x in a[k]['list']]
                ms = a[nsets]
            else:
                fd_ = self.fd(a[0])
                for k, bit in enumerate((0x1, 0x4, 0x2)):
                    if a[1] & bit:
                        members[k] = [fd_]
                ms = a[2]
            nfds = 0
            for k in range(3):
                for f in members[k]:
                    sets[k][f // 64] |= 1 << (f % 64)
                    nfds = max(nfds, f + 1)
            if ms < 0:
                ms = self.timeout_s * 1000
            tv = struct.pack('ll', ms // 1000, (ms % 1000) * 1000)
            tvb = ctypes.create_string_buffer(tv, len(tv))
            r, e = self.c(L.select, nfds, sets[0], sets[1], sets[2], tvb)
            if r >= 0:
                parts = []
                for name, s in zip(('in', 'out', 'except'), sets):
                    got = [f for f in range(nfds) if s[f // 64] & (1 << (f % 64))]
                    if got:
                        parts.append('%s [%s]' % (name, ' '.join(str(f) for f in got)))
                data = ', '.join(parts)
        elif fn == 'epoll_create1':
            r, e = self.c(L.epoll_create1, a[0])
        elif fn == 'epoll_create':
            r, e = self.c(L.epoll_create, a[0])
        elif fn == 'epoll_ctl':
            # struct epoll_event is packed on x86-64: u32 events, u64 data (the fd, as the simulator's)
            target = self.fd(a[2])
            ev = struct.pack('=IQ', (a[3] if len(a) > 3 else 0) & 0xffffffff, target)
            r, e = self.c(L.epoll_ctl, self.fd(a[0]), a[1], target, ev)
        elif fn == 'epoll_wait':
            n = max(int(a[1]), 1)
            buf = ctypes.create_string_buffer(12 * n)
            timeout = a[2] if a[2] >= 0 else self.timeout_s * 1000
            r, e = self.c(L.epoll_wait, self.fd(a[0]), buf, int(a[1]), timeout)
            if r >= 0:
                evs = [struct.unpack('=IQ', buf.raw[12 * i:12 * i + 12]) for i in range(r)]
                data = ' '.join('%d:%s' % (d, poll_bits(m, 'EPOLL')) for m, d in evs)
        elif fn == 'exit_group':
            # the reply first (the driver waits for it), then the whole process goes, its threads
            # with it; the kernel closes what is still open (exit_files)
            os.write(self.ctrl_w, (json.dumps({'ret': 0, 'id': cmd['id'], 'secs': 0}) + '\n').encode())
            os._exit(int(a[0]) if a else 0)
        elif fn in ('fork', 'thread'):
            return self.spawn(fn, cmd['child'])
        elif fn == 'noop':
            # the driver's warm-up: the first command a process answers is slow (a few ms); and the
            # payloads it will send, made now (a megabyte takes a millisecond, against a 1 ms link)
            for n in cmd.get('fills', []):
                self.fill(n)
            for n in cmd.get('bufs', []):
                self.buffer(n)
            r, e = 0, 0
        else:
            return {'ret': -1, 'errno': 'harness: unknown call %s' % fn}
        out = {'ret': r if r >= 0 else -1}
        if r < 0:
            out['errno'] = e
        if data is not None:
            out['data'] = data
        if r >= 0 and cmd.get('assign'):
            self.names[cmd['assign']] = r
        return out

    def spawn(self, how, child):
        if child not in self.spawns:
            return {'ret': -1, 'errno': 'harness: %s has no pipe for %s' % (self.name, child)}
        cr, cw = self.spawns[child]
        if how == 'thread':
            t = Child(child, self.timeout_s, (cr, cw), self.spawns, self, share=True)
            th = threading.Thread(target=t.loop, name=child, daemon=True)
            th.start()
            return {'ret': 0}
        pid = os.fork()
        if pid == 0:
            try:
                # the child: its own control pipe at 200/201, the parent's and the others' closed
                # (the table is the parent's copy: its sockets stay; the harness pipes at
                # HARNESS_FD and up stay too, for what this child may spawn in turn)
                os.dup2(cr, CTRL_R)
                os.dup2(cw, CTRL_W)
                set_comm(child)
                Child(child, self.timeout_s, (CTRL_R, CTRL_W), self.spawns, self).loop()
            finally:
                os._exit(0)
        return {'ret': pid}

    def loop(self):
        if self.ctrl_r != CTRL_R:
            set_comm(self.name)
        rf = os.fdopen(self.ctrl_r, 'r', closefd=False)
        for line in rf:
            cmd = json.loads(line)
            t0 = time.monotonic()
            try:
                out = self.run(cmd)
            except Exception as ex:  # a harness problem, reported as such
                out = {'ret': -1, 'errno': 'harness: %r' % (ex,)}
            out['id'] = cmd['id']
            out['secs'] = round(time.monotonic() - t0, 4)
            if self.left is not None:
                out['left'] = self.left
                self.left = None
            os.write(self.ctrl_w, (json.dumps(out) + '\n').encode())


def set_comm(name):
    """The task's name as the tracepoints and ps show it (the calling thread's only)."""
    try:
        libc = ctypes.CDLL(None)
        libc.prctl(PR_SET_NAME, ('sw-' + name)[:15].encode(), 0, 0, 0)
    except Exception:
        pass


def spawn_child(name, netns, timeout_s, spawns):
    to_child_r, to_child_w = os.pipe()
    from_child_r, from_child_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            # into its host's network namespace first: every socket it makes is that host's
            enter_netns(netns)
            os.dup2(to_child_r, CTRL_R)
            os.dup2(from_child_w, CTRL_W)
            # 0-2 become /dev/null: the inherited ones may be sockets (node's stdio pipes are
            # socketpairs), and a scenario's bind(1, …) must meet a file that is not a socket
            devnull = os.open('/dev/null', os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(devnull, fd)
            keep = {0, 1, 2, CTRL_R, CTRL_W}
            for fd in range(3, 1024):
                if fd not in keep and fd < HARNESS_FD:
                    try:
                        os.close(fd)
                    except OSError:
                        pass
            set_comm(name)
            Child(name, timeout_s, (CTRL_R, CTRL_W), spawns).loop()
        finally:
            os._exit(0)
    os.close(to_child_r)
    os.close(from_child_w)
    return pid, to_child_w, from_child_r


# ---- packet capture ------------------------------------------------------------------------------

class Capture(threading.Thread):
    """
    AF_PACKET sockets, each made in a namespace of the run, read by one thread. Each spec is
    (netns fd, device or None for all, skip outgoing, devices to leave out): every packet is
    recorded once — on lo its incoming copy, on the link where the specs say (see Net.captures).
    Packets of one connection always come from one socket, so their order is that socket's.
    """
    def __init__(self, specs):
        super().__init__(daemon=True)
        self.socks = []
        for ns, dev, skip_out, leave_out in specs:
            with in_netns(ns):
                sk = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(0x0003))
            if dev:
                sk.bind((dev, 0))
            self.socks.append((sk, skip_out, set(leave_out)))
        self.stop = threading.Event()
        self.packets = []

    def run(self):
        by_fd = {sk.fileno(): x for x in self.socks for sk in [x[0]]}
        while not self.stop.is_set():
            try:
                ready, _, _ = select.select(list(by_fd), [], [], 0.05)
            except OSError:
                break
            for fd in ready:
                sk, skip_out, leave_out = by_fd[fd]
                try:
                    data, addr = sk.recvfrom(70000)
                except OSError:
                    continue
                if (skip_out and addr[2] == PACKET_OUTGOING) or addr[0] in leave_out:
                    continue
                p = parse_frame(data)
                if p:
                    p['pkttype'] = addr[2]
                    p['dev'] = addr[0]
                    p['t'] = round(time.monotonic(), 4)
                    self.packets.append(p)

    def finish(self):
        # drain what is queued, then stop
        time.sleep(0.05)
        self.stop.set()
        self.join(2)
        for sk, _, _ in self.socks:
            sk.close()
        return self.packets


# ---- tracefs -------------------------------------------------------------------------------------

def ensure_tracefs():
    if not os.path.exists(TRACEFS + '/instances'):
        subprocess.run(['mount', '-t', 'tracefs', 'nodev', TRACEFS], check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not os.path.exists(TRACEFS + '/instances'):
        raise RuntimeError('tracefs is not available at %s (and mounting it failed)' % TRACEFS)


def wr(path, text):
    with open(path, 'w') as f:
        f.write(text)


def rd(path):
    with open(path) as f:
        return f.read()


class Tracer:
    def __init__(self):
        ensure_tracefs()
        self.dir = '%s/instances/sockwalk-%d' % (TRACEFS, os.getpid())
        os.mkdir(self.dir)
        try:
            wr(self.dir + '/tracing_on', '0')
            # tracepoints are global: other loopback traffic on this machine lands here too, so keep
            # a roomy buffer and report (rather than hide) an overrun
            wr(self.dir + '/buffer_size_kb', '16384')
            self.missing = []
            for e in EVENTS:
                p = '%s/events/%s/enable' % (self.dir, e)
                if os.path.exists(p):
                    wr(p, '1')
                else:
                    self.missing.append(e)
            wr(self.dir + '/tracing_on', '1')
        except Exception:
            self.remove()
            raise

    def overrun(self):
        n = 0
        for cpu in os.listdir(self.dir + '/per_cpu'):
            for line in rd('%s/per_cpu/%s/stats' % (self.dir, cpu)).splitlines():
                if line.startswith('overrun:'):
                    n += int(line.split()[1])
        return n

    def stop_and_read(self):
        wr(self.dir + '/tracing_on', '0')
        self.lost = self.overrun()
        wr(self.dir + '/options/fields', '1')
        fields = [l for l in rd(self.dir + '/trace').splitlines() if not l.startswith('#')]
        wr(self.dir + '/options/fields', '0')
        text = [l for l in rd(self.dir + '/trace').splitlines() if not l.startswith('#')]
        return fields, text

    def remove(self):
        for e in EVENTS:
            p = '%s/events/%s/enable' % (self.dir, e)
            try:
                wr(p, '0')
            except OSError:
                pass
        for _ in range(50):
            try:
                os.rmdir(self.dir)
                return
            except FileNotFoundError:
                return
            except OSError:
                time.sleep(0.02)


# ---- the network: a namespace per host, joined as the simulator's hosts are ------------------------

CLONE_NEWNET = 0x40000000
_libc = ctypes.CDLL(ctypes.util.find_library('c') or None, use_errno=True)
SIOCETHTOOL = 0x8946
# the legacy ethtool commands (include/uapi/linux/ethtool.h): set TCP segmentation offload, generic
# segmentation offload, generic receive offload; each takes a struct ethtool_value {u32 cmd; u32 data}
ETHTOOL_STSO, ETHTOOL_SGSO, ETHTOOL_SGRO = 0x1f, 0x24, 0x2c
ETHTOOL_GTSO, ETHTOOL_GGSO, ETHTOOL_GGRO = 0x1e, 0x23, 0x2b


def enter_netns(fd):
    """The calling thread into the network namespace `fd` refers to."""
    if _libc.setns(fd, CLONE_NEWNET) != 0:
        e = ctypes.get_errno()
        raise OSError(e, 'setns: %s' % os.strerror(e))


class in_netns:
    """`with in_netns(fd):` the calling thread in that namespace, then back in the harness's."""
    def __init__(self, fd):
        self.fd = fd

    def __enter__(self):
        enter_netns(self.fd)

    def __exit__(self, *exc):
        enter_netns(HOME_NS)


HOME_NS = None


TUNSETIFF = 0x400454ca
IFF_TAP, IFF_NO_PI = 0x0002, 0x1000


def open_tap(name):
    """A TAP device `name` in the calling thread's network namespace (tun_chr_open takes it): its fd, whose reads are
    the frames the device transmits and whose writes are frames it receives; the device goes with the last fd."""
    if not os.path.exists('/dev/net/tun'):
        raise RuntimeError('/dev/net/tun is missing: the real link needs TAP devices (the tun module, CONFIG_TUN)')
    fd = os.open('/dev/net/tun', os.O_RDWR)
    try:
        fcntl.ioctl(fd, TUNSETIFF, struct.pack('16sH22x', name.encode(), IFF_TAP | IFF_NO_PI))
    except OSError:
        os.close(fd)
        raise
    return fd


def ethtool_value(dev, cmd, value=None):
    """One legacy SIOCETHTOOL get/set on `dev` in the calling thread's namespace (what `ethtool -K` does)."""
    sk = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        buf = ctypes.create_string_buffer(struct.pack('II', cmd, value or 0), 8)
        ifr = struct.pack('16sP', dev.encode(), ctypes.addressof(buf)) + b'\0' * 16
        fcntl.ioctl(sk.fileno(), SIOCETHTOOL, ifr)
        return struct.unpack('II', buf.raw[:8])[1]
    finally:
        sk.close()


class Net:
    """
    The scenario's hosts as the simulator has them: each host a network namespace of its own (lo and
    eth0, its addresses on eth0, every other address routed out of eth0 on the link, as the simulator's
    rt_output_link), each eth0 a TAP device whose frames the relay (relay.py) carries to the
    others' as the simulator's link does (its delay, the scenario's faults). In each host's namespace the TCP
    settings the simulator models (MODEL_SYSCTLS in the plan), the segmentation offloads off on eth0
    (captured segments are the ones TCP built, MSS-sized) and pfifo_fast as eth0's qdisc.
    Namespaces are held by descriptors only: they vanish with this process.
    """
    def __init__(self, plan, out):
        global HOME_NS
        HOME_NS = os.open('/proc/self/ns/net', os.O_RDONLY)
        self.hosts = plan['hosts']
        self.ns = {}
        for h in self.hosts:
            if _libc.unshare(CLONE_NEWNET) != 0:
                raise OSError(ctypes.get_errno(), 'unshare(CLONE_NEWNET)')
            self.ns[h['name']] = os.open('/proc/self/ns/net', os.O_RDONLY)
            enter_netns(HOME_NS)
        self.out = out
        self.plan = plan

    def run(self, ns, argv, check=True):
        """A command (ip, tc, iptables) in namespace `ns` (a descriptor)."""
        r = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                           pass_fds=tuple(self.ns.values()), preexec_fn=lambda: enter_netns(ns))
        if check and r.returncode != 0:
            raise RuntimeError('%s: %s' % (' '.join(argv), r.stdout.strip()))
        return r

    def offloads_off(self, ns, dev):
        with in_netns(ns):
            for st, gt in ((ETHTOOL_STSO, ETHTOOL_GTSO), (ETHTOOL_SGSO, ETHTOOL_GGSO), (ETHTOOL_SGRO, ETHTOOL_GGRO)):
                ethtool_value(dev, st, 0)
                if ethtool_value(dev, gt):
                    raise RuntimeError('%s: offload 0x%x still on' % (dev, gt))

    def setup(self):
        plan, hosts = self.plan, self.hosts
        ns = [self.ns[h['name']] for h in hosts]
        # each host's eth0: a TAP device made in its namespace (the fd carries its frames: relay.py)
        self.taps = []
        for h, n in zip(hosts, ns):
            with in_netns(n):
                fd = open_tap('eth0')
            self.taps.append((h['name'], fd))
        model = plan.get('modelSysctls', {})
        model = plan.get('modelSysctls', {})
        for h, n in zip(hosts, ns):
            # no IPv6 (the simulator has none): nothing of its own on the link
            for k in ('net.ipv6.conf.all.disable_ipv6', 'net.ipv6.conf.default.disable_ipv6'):
                if os.path.exists('/proc/sys/' + k.replace('.', '/')):
                    with in_netns(n):
                        wr('/proc/sys/' + k.replace('.', '/'), '1')
            with in_netns(n):
                for k, v in model.items():
                    wr('/proc/sys/' + k.replace('.', '/'), str(v))
            self.run(n, ['ip', 'link', 'set', 'lo', 'mtu', str(h['loMtu'])])
            self.run(n, ['ip', 'link', 'set', 'lo', 'up'])
            self.run(n, ['ip', 'link', 'set', 'eth0', 'mtu', str(h['eth0Mtu'])])
            self.offloads_off(n, 'eth0')
            for a in h['addrs']:
                self.run(n, ['ip', 'addr', 'add', '%s/%d' % (a, plan['prefixLen']), 'dev', 'eth0'])
            self.run(n, ['ip', 'link', 'set', 'eth0', 'up'])
            self.run(n, ['tc', 'qdisc', 'replace', 'dev', 'eth0', 'root', 'pfifo_fast'])
            self.run(n, ['ip', 'route', 'add', 'default', 'dev', 'eth0'])
        self.start_relay()
        self.wait_carrier(ns)
        # what each namespace has, for the report: the first host's sysctls (kernel defaults but for
        # the model's), and every device's MTU and qdisc
        with in_netns(ns[0]):
            for k in SYSCTLS:
                self.out['netnsSysctls'][k] = read_sysctl(k)
        self.out['devices'] = {}
        for h, n in zip(hosts, ns):
            for dev in ('lo', 'eth0'):
                link = self.run(n, ['ip', '-o', 'link', 'show', 'dev', dev]).stdout.split()
                self.out['devices']['%s %s' % (h['name'], dev)] = {
                    'mtu': int(link[link.index('mtu') + 1]), 'qdisc': link[link.index('qdisc') + 1]}
        # then the version knobs and the scenario's own sysctls, per host
        for h, n in zip(hosts, ns):
            with in_netns(n):
                for k, v in list(plan.get('versionSysctls', {}).items()) + list(h.get('sysctls', {}).items()):
                    wr('/proc/sys/' + k.replace('.', '/'), str(v))

    def wait_carrier(self, ns):
        # every eth0 up with its carrier (a TAP has it while its fd is open; its operstate stays UNKNOWN) before the first statement
        until = time.monotonic() + 5
        while True:
            links = [self.run(n, ['ip', '-o', 'link', 'show', 'dev', 'eth0']).stdout for n in ns]
            if all('LOWER_UP' in l and ',UP' in l for l in links):
                return
            if time.monotonic() > until:
                raise RuntimeError('eth0 did not come up: %r' % links)
            time.sleep(0.02)

    def start_relay(self):
        """The link: relay.py carries the TAPs' frames, with the link's delay and the scenario's faults."""
        ports = []
        for (name, fd), n in zip(self.taps, (self.ns[h['name']] for h in self.hosts)):
            line = self.run(n, ['ip', '-o', 'link', 'show', 'dev', 'eth0']).stdout.split()
            mac = bytes.fromhex(line[line.index('link/ether') + 1].replace(':', ''))
            ports.append((name, fd, mac))
        addr_host = {a: h['name'] for h in self.hosts for a in h['addrs']}
        self.relay_pid, self.relay_w, self.relay_r = relay.start(ports, addr_host, self.plan.get('linkDelayUs', 1000))
        self.taps = []
        self.relay_buf = b''

    def relay_call(self, cmd, limit=5.0):
        """One command to the relay and its answer (it holds the frames back until it has taken the command)."""
        os.write(self.relay_w, (json.dumps(cmd) + '\n').encode())
        until = time.monotonic() + limit
        while b'\n' not in self.relay_buf:
            left = until - time.monotonic()
            if left <= 0:
                raise RuntimeError('the link relay did not answer %r' % (cmd,))
            rl, _, _ = select.select([self.relay_r], [], [], left)
            if not rl:
                continue
            chunk = os.read(self.relay_r, 1 << 20)
            if not chunk:
                raise RuntimeError('the link relay exited (see stderr)')
            self.relay_buf += chunk
        line, self.relay_buf = self.relay_buf.split(b'\n', 1)
        return json.loads(line)

    def link_frames(self, since):
        """Stops the relay; the frames it carried from `since` on, as each left its sender (parse_frame's records)."""
        rep = self.relay_call({'op': 'stop'}, 30)
        self.stop_relay()
        out = []
        for f in rep['frames']:
            if f['t'] < since:
                continue
            p = parse_frame(bytes.fromhex(f['hex']))
            if p:
                p['dev'] = 'eth0'
                p['t'] = round(f['t'], 4)
                p['host'] = f['from']
                if 'dropped' in f:
                    p['dropped'] = f['dropped']
                out.append(p)
        return out

    def stop_relay(self):
        pid = getattr(self, 'relay_pid', None)
        if pid is None:
            return
        self.relay_pid = None
        for fd in (self.relay_w, self.relay_r):
            try:
                os.close(fd)
            except OSError:
                pass
        # (its command pipe closed, it returns; a relay stuck otherwise is killed by its pid)
        for _ in range(50):
            if os.waitpid(pid, os.WNOHANG)[0]:
                return
            time.sleep(0.01)
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except OSError:
            pass

    def captures(self):
        """
        Where the AF_PACKET captures record: lo's incoming copies in each host (a host talking to
        itself). The link's frames are recorded by the relay, as each leaves its sender (link_frames).
        """
        return [(self.ns[h['name']], 'lo', True, ()) for h in self.hosts]


# ---- the driver ----------------------------------------------------------------------------------

# iptables for a scenario's rules: the legacy backend is the kernel's ip_tables (iptable_filter,
# ipt_do_table: what the simulator steps); iptables-nft (nf_tables) where it is the only one
IPTABLES = next((c for c in ('iptables-legacy', 'iptables') if shutil.which(c)), 'iptables')


def main():
    plan = json.load(sys.stdin)
    deadline = time.monotonic() + plan.get('budgetSec', 60)
    out = {'kernel': os.uname().release, 'results': [], 'problems': [], 'netnsSysctls': {}}
    net = Net(plan, out)
    children = {}
    tracer = None
    cap = None
    try:
        net.setup()
        tracer = Tracer()
        out['missingEvents'] = tracer.missing
        cap = Capture(net.captures())
        cap.start()
        cap_start = time.monotonic()
        # the spawned processes' and threads' pipes first: every scenario process inherits their
        # child ends at HARNESS_FD and up, and hands them on when it forks or starts a thread
        spawns, later = {}, {}
        for k, p in enumerate(x for x in plan['procs'] if x.get('spawnedBy')):
            to_r, to_w = os.pipe()
            from_r, from_w = os.pipe()
            cr, cw = HARNESS_FD + 2 * k, HARNESS_FD + 2 * k + 1
            os.dup2(to_r, cr)
            os.dup2(from_w, cw)
            os.close(to_r)
            os.close(from_w)
            spawns[p['name']] = (cr, cw)
            later[p['name']] = (to_w, from_r)
        if plan.get('exactSleeps'):
            # the simulator's timeline to the millisecond: the driver and the scenario's processes
            # (which inherit it) at the relay's real-time priority
            relay.realtime()
        for p in plan['procs']:
            if not p.get('spawnedBy'):
                children[p['name']] = spawn_child(p['name'], net.ns[p['host']], plan.get('callTimeoutSec', 10), spawns)
        for cr, cw in spawns.values():
            os.close(cr)
            os.close(cw)
        out['pids'] = [c[0] for c in children.values()]
        pending = {}  # proc -> (stmt, sent time)
        bufs = {name: b'' for name in children}

        def reply(name, limit):
            pid, w, r = children[name]
            while b'\n' not in bufs[name]:
                left = min(limit, deadline) - time.monotonic()
                if left <= 0:
                    return None
                rl, _, _ = select.select([r], [], [], left)
                if not rl:
                    return None
                chunk = os.read(r, 65536)
                if not chunk:
                    return None
                bufs[name] += chunk
            line, bufs[name] = bufs[name].split(b'\n', 1)
            return json.loads(line)

        # every process answers once before the first statement: its first answer is slow (a few ms)
        fills, sizes = {}, {}
        for st in plan['stmts']:
            for x in st.get('args', []) if st['kind'] == 'call' else []:
                if isinstance(x, dict) and 'fill' in x:
                    fills.setdefault(st['proc'], set()).add(x['fill'])
            if st['kind'] == 'call' and st['fn'] in ('recv', 'read', 'recvfrom'):
                sizes.setdefault(st['proc'], set()).add(int(st['args'][1]))
        for name, (pid, w, r) in children.items():
            os.write(w, (json.dumps({'id': -1, 'fn': 'noop', 'args': [], 'fills': sorted(fills.get(name, ())),
                                   'bufs': sorted(sizes.get(name, ()))}) + '\n').encode())
        for name in children:
            if reply(name, time.monotonic() + 5) is None:
                raise RuntimeError('%s did not answer' % name)
        # exactSleeps: a sleep ends as long after the last thing the script did as the simulator's
        # would — after the last call sent (a background one) or answered (a foreground one), or where
        # the sleep before ended: the harness's own time before that point does not shorten it
        clock = {'mark': time.monotonic()}

        def collect(name, limit):
            st = pending.pop(name)
            rep = reply(name, limit)
            if not st.get('background'):
                clock['mark'] = rep['left'] if rep is not None and 'left' in rep else time.monotonic()
            if rep is None:
                out['results'].append({'line': st['line'], 'proc': name, 'fn': st['fn'], 'hang': True})
            else:
                out['results'].append({'line': st['line'], 'proc': name, 'fn': st['fn'], 'ret': rep['ret'],
                                       'errno': rep.get('errno'), 'data': rep.get('data'), 'secs': rep['secs'],
                                       'sent': round(st['sent'], 4), 'back': round(time.monotonic(), 4)})

        call_limit = plan.get('callTimeoutSec', 10) + 5
        for i, st in enumerate(plan['stmts']):
            if time.monotonic() > deadline:
                out['problems'].append('time budget exhausted before line %d' % st['line'])
                break
            k = st['kind']
            if k == 'call':
                name = st['proc']
                if name in pending:
                    collect(name, time.monotonic() + call_limit)
                pid, w, r = children[name]
                os.write(w, (json.dumps({'id': i, 'fn': st['fn'], 'args': st['args'], 'assign': st.get('assign')}) + '\n').encode())
                pending[name] = dict(st, sent=time.monotonic())
                if st.get('background'):
                    clock['mark'] = pending[name]['sent']
                if not st.get('background'):
                    collect(name, time.monotonic() + call_limit)
            elif k == 'wait':
                name = st['proc']
                if name in pending and (not st.get('target') or pending[name].get('assign') == st['target']):
                    collect(name, time.monotonic() + call_limit)
            elif k == 'spawn':
                # P forks C (or starts thread C): P's reply says it did; C is then driven like the rest
                name = st['proc']
                if name in pending:
                    collect(name, time.monotonic() + call_limit)
                pid, w, r = children[name]
                os.write(w, (json.dumps({'id': i, 'fn': st['how'], 'args': [], 'child': st['child']}) + '\n').encode())
                rep = reply(name, time.monotonic() + call_limit)
                if rep is None or rep['ret'] < 0:
                    out['problems'].append('line %d: %s could not %s %s: %r' % (st['line'], name, st['how'], st['child'], rep))
                    break
                to_w, from_r = later[st['child']]
                children[st['child']] = (rep['ret'] if st['how'] == 'fork' else None, to_w, from_r)
                bufs[st['child']] = b''
            elif k == 'fault':
                # from this moment on, as in the simulator: the relay has it before the next statement
                net.relay_call({'op': 'fault', 'action': st['action'], 'count': st['count'], 'from': st['from'], 'to': st['to'],
                                'flags': st.get('flags'), 'extraUs': st.get('extraUs', 0), 'every': st.get('every', 0), 'line': st['line']})
            elif k == 'linkdown':
                net.relay_call({'op': 'linkdown', 'us': st['durationUs']})
            elif k == 'sleep':
                if plan.get('exactSleeps'):
                    until = clock['mark'] + st['seconds']
                    left = until - time.monotonic()
                    if left > 0:
                        time.sleep(left)
                    clock['mark'] = until
                else:
                    time.sleep(st['seconds'])
            elif k == 'iptables':
                # an administrative act, as in the simulator: the rule holds from here on
                if not shutil.which(IPTABLES):
                    out['problems'].append('line %d: iptables is not installed (Debian package iptables; .ci/run installs it)' % st['line'])
                    break
                # in its host's namespace: the rule is that host's alone, as in the simulator
                r = net.run(net.ns[st['host']], [IPTABLES] + st['args'], check=False)
                out.setdefault('iptables', []).append({'line': st['line'], 'args': st['args'], 'rc': r.returncode, 'out': r.stdout.strip()})
                if r.returncode != 0:
                    out['problems'].append('line %d: iptables %s: %s' % (st['line'], ' '.join(st['args']), r.stdout.strip()))
            if plan.get('stepSec'):
                time.sleep(plan['stepSec'])
        # let what is in flight land, then stop recording before anything is torn down
        time.sleep(plan.get('settleSec', 0.2))
        fields, text = tracer.stop_and_read()
        out['trace'] = {'fields': fields, 'text': text}
        out['traceLost'] = tracer.lost
        lo = cap.finish()
        cap = None
        # one list, in the order the packets left their senders (lo's and the link's are other connections)
        out['packets'] = sorted(lo + net.link_frames(cap_start), key=lambda p: p['t'])
        for name in list(pending):
            # background calls never waited for: done by now, or still blocked (as in the simulator)
            st = pending[name]
            rep = reply(name, time.monotonic() + 0.05)
            pending.pop(name)
            if rep is None:
                out['results'].append({'line': st['line'], 'proc': name, 'fn': st['fn'], 'unfinished': True})
            else:
                out['results'].append({'line': st['line'], 'proc': name, 'fn': st['fn'], 'ret': rep['ret'],
                                       'errno': rep.get('errno'), 'data': rep.get('data'), 'secs': rep['secs']})
    except Exception as ex:
        out['problems'].append('harness error: %r' % (ex,))
    finally:
        if cap is not None:
            try:
                cap.finish()
            except Exception:
                pass
        for name, (pid, w, r) in children.items():
            # (a thread has no pid of its own here: it goes with its process)
            if pid is not None:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
                try:
                    os.waitpid(pid, 0)
                except OSError:
                    pass  # a forked scenario process is its parent's child, not ours
            for fd in (w, r):
                try:
                    os.close(fd)
                except OSError:
                    pass
        if tracer is not None:
            tracer.remove()
        net.stop_relay()
    json.dump(out, sys.stdout)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
