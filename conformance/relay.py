"""
The conformance suite's real link: each scenario host's eth0 is a TAP device, and this relay — one
process, started and stopped by conformance/real.py — carries the frames between them as the
simulator's link does (src/kernel/world/world.ts World.transmit, transmitArp, fault):

- a frame read from a host's TAP fd has left that host's NIC: it is recorded there (the capture
  point of the simulator's packet events), and written to the receiving host's TAP fd the link's
  one-way delay later (the simulator's 1 ms, or the scenario's `link delay`);
- the receiver of an IP frame is the host that has its destination address (no such host: the
  frame goes nowhere); an ARP frame goes to every other host (broadcast) or to the one whose MAC it
  is addressed to, each receiver on its own;
- the scenario's faults apply as the simulator applies them, frame by frame, from the moment the
  driver hands them over (real.py sends each `drop`/`delay`/`link down` statement when the script
  reaches it and waits for the relay's answer): the first fault whose sender, receiver and flags
  match takes the frame — `drop N` loses it (N used up one at a time), `delay … by D` adds D to its
  delay (frames may then overtake it), `drop every Nth` counts the frames that reach it and loses
  every Nth, letting the others on to the faults after it; while the link is down every frame
  between two hosts is lost. Flags are tcpdump's ("S.", "P." …), "UDP", "frag" (an IP fragment
  after the first), "ICMP" (any ICMP message) or "ARP" (never written by a scenario: a fault without
  flags applies to ARP too, as in the simulator).

Timers: a heap of (due, seq, port, frame); select() waits for a frame, a command or the next due
time. Writing a frame to a TAP fd runs the receiving host's stack in this process's write() (tun_get_user
→ netif_receive_skb): that host's answer is read back on the next turn.

Control (a pipe each way, JSON lines): {"op": "fault", …} / {"op": "linkdown", "us": N} → {"ok": true};
{"op": "stop"} → {"frames": [...], "dropped": [...]} and the relay exits. Only the standard library.
"""
import heapq
import json
import os
import select
import time

from frames import parse_frame

BROADCAST = b'\xff' * 6


def frame_flags(data):
    """The flags a fault is matched against: the simulator's packetFlags, "ARP" for ARP."""
    if len(data) >= 14 and data[12:14] == b'\x08\x06':
        return 'ARP', None
    p = parse_frame(data)
    if p is None:
        return None, None
    return p['flags'], p['daddr']


def flags_match(want, got):
    if want is None:
        return True
    if want == 'ICMP':
        return got.startswith('ICMP')
    return want == got


class Relay:
    def __init__(self, ports, addr_host, delay_us, ctrl_r, ctrl_w):
        """
        ports: [(host name, TAP fd, MAC bytes)]; addr_host: IPv4 address → host name (every scenario
        host's); delay_us: the link's one-way delay.
        """
        self.ports = ports
        self.by_name = {name: (name, fd, mac) for name, fd, mac in ports}
        self.by_mac = {mac: (name, fd, mac) for name, fd, mac in ports}
        self.addr_host = addr_host
        self.delay = delay_us / 1e6
        self.ctrl_r, self.ctrl_w = ctrl_r, ctrl_w
        self.faults = []
        self.down_until = -1.0
        self.heap = []
        self.seq = 0
        self.frames = []
        self.t0 = time.monotonic()
        for _, fd, _ in ports:
            os.set_blocking(fd, False)

    # ---- faults, as World.fault ----
    def fault(self, frm, to, flags, now):
        if now < self.down_until:
            return 'the link is down', 0.0
        for i, f in enumerate(self.faults):
            if f['from'] != frm or f['to'] != to or not flags_match(f.get('flags'), flags):
                continue
            if f.get('every', 0) > 0:
                f['seen'] += 1
                if f['seen'] % f['every'] != 0:
                    continue
                return 'line %d: every %d' % (f['line'], f['every']), 0.0
            f['count'] -= 1
            if f['count'] == 0:
                del self.faults[i]
            if f['action'] == 'drop':
                return 'line %d' % f['line'], 0.0
            return None, f.get('extraUs', 0) / 1e6
        return None, 0.0

    def receivers(self, frm, data):
        """The ports a frame goes to: by destination MAC (broadcast: every other port)."""
        dst = data[0:6]
        if dst == BROADCAST:
            return [p for p in self.ports if p[0] != frm]
        p = self.by_mac.get(dst)
        return [p] if p is not None and p[0] != frm else []

    def on_frame(self, frm, data, now):
        flags, daddr = frame_flags(data)
        # (the headers are enough for the record: parse_frame takes the lengths from them)
        rec = {'t': now, 'from': frm, 'hex': data[:128].hex()}
        if flags == 'ARP':
            # each receiver on its own; the record shows the one the frame is about (as the simulator draws it)
            outs = []
            for name, fd, _ in self.receivers(frm, data):
                dropped, extra = self.fault(frm, name, 'ARP', now)
                if dropped:
                    rec.setdefault('dropped', {})[name] = dropped
                else:
                    outs.append((fd, extra))
            for fd, extra in outs:
                self.push(now + self.delay + extra, fd, data)
        elif flags is not None:
            to = self.addr_host.get(daddr)
            dropped, extra = (None, 0.0)
            if to is None or to == frm:
                # (no host has the address: nobody on the link takes it, as the simulator's to = null)
                rec['dropped'] = 'no host has %s' % daddr
            else:
                dropped, extra = self.fault(frm, to, flags, now)
            if dropped:
                rec['dropped'] = dropped
            elif to is not None and to != frm:
                for _, fd, _ in self.receivers(frm, data):
                    self.push(now + self.delay + extra, fd, data)
        self.frames.append(rec)

    def push(self, due, fd, data):
        self.seq += 1
        heapq.heappush(self.heap, (due, self.seq, fd, data))

    def command(self, cmd):
        op = cmd['op']
        if op == 'fault':
            f = dict(cmd)
            f['seen'] = 0
            self.faults.append(f)
        elif op == 'linkdown':
            self.down_until = time.monotonic() + cmd['us'] / 1e6
        elif op == 'stop':
            return False
        return True

    def reply(self, obj):
        data = (json.dumps(obj) + '\n').encode()
        while data:
            n = os.write(self.ctrl_w, data)
            data = data[n:]

    def run(self):
        fds = {fd: name for name, fd, _ in self.ports}
        buf = b''
        while True:
            now = time.monotonic()
            # what is due first: the heap is in due order
            while self.heap and self.heap[0][0] <= now:
                _, _, fd, data = heapq.heappop(self.heap)
                try:
                    os.write(fd, data)
                except OSError:
                    pass  # (the device is going away, or its queue is full: lost, as on a wire)
                now = time.monotonic()
                # what the receiver's stack sent inside that write (an ACK, a RST): recorded now,
                # before anything another CPU sent meanwhile reaches the select below
                self.drain(fd, fds[fd], now)
            timeout = max(0.0, self.heap[0][0] - now) if self.heap else 1.0
            ready, _, _ = select.select(list(fds) + [self.ctrl_r], [], [], timeout)
            now = time.monotonic()
            for fd in ready:
                if fd == self.ctrl_r:
                    chunk = os.read(fd, 65536)
                    if not chunk:
                        return
                    buf += chunk
                    while b'\n' in buf:
                        line, buf = buf.split(b'\n', 1)
                        cmd = json.loads(line)
                        if not self.command(cmd):
                            self.reply({'frames': self.frames})
                            return
                        self.reply({'ok': True})
                    continue
                self.drain(fd, fds[fd], now)

    def drain(self, fd, name, now):
        """Every frame the device has sent so far."""
        while True:
            try:
                data = os.read(fd, 65536)
            except OSError:
                return  # (BlockingIOError: nothing more)
            if not data:
                return
            self.on_frame(name, data, now)


def realtime():
    """
    The calling process at a real-time priority (SCHED_FIFO 10): a busy machine must not hold a frame,
    or a statement, back by milliseconds against a 1 ms link. It blocks in select() or a pipe read
    between its short turns; the kernel's RT throttling bounds it anyway. Where that is not allowed,
    it runs as it is.
    """
    try:
        os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(10))
    except (OSError, AttributeError):
        pass


def start(ports, addr_host, delay_us):
    """Forks the relay; returns (pid, command write fd, answer read fd). The TAP fds stay the relay's."""
    to_r, to_w = os.pipe()
    from_r, from_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            os.close(to_w)
            os.close(from_r)
            realtime()
            Relay(ports, addr_host, delay_us, to_r, from_w).run()
        except BaseException:
            import traceback
            traceback.print_exc()
            code = 1
        finally:
            os._exit(code)
    os.close(to_r)
    os.close(from_w)
    for _, fd, _ in ports:
        os.close(fd)
    return pid, to_w, from_r
