# A Python client for sockwalk's record tests: `nonblocking_client.py PORT [setblocking]` connects to
# 127.0.0.1:PORT without blocking, as event loops do — connect() says EINPROGRESS, poll() waits
# until the socket is writable (or in error), getsockopt(SO_ERROR) says how it went — and prints it.
# The socket is made non-blocking at socket() (SOCK_NONBLOCK), or with `setblocking` by
# sock.setblocking(False), which is ioctl(fd, FIONBIO, [1]) — what asyncio and settimeout() use.
import errno
import select
import socket
import sys

if len(sys.argv) > 2 and sys.argv[2] == "setblocking":
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setblocking(False)
else:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
r = s.connect_ex(("127.0.0.1", int(sys.argv[1])))
if r == errno.EINPROGRESS:
    p = select.poll()
    p.register(s, select.POLLOUT)
    p.poll(1000)
    r = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
print(errno.errorcode.get(r, "connected") if r else "connected")
s.close()
