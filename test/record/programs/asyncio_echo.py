# An asyncio echo server and client for sockwalk's record tests: `asyncio_echo.py server PORT`
# serves one connection on 127.0.0.1:PORT (echoes one message back, closes) and exits; READY_FILE,
# when set, is created once it listens. `asyncio_echo.py client PORT TEXT` sends TEXT and prints the
# echo. asyncio makes its sockets non-blocking with setblocking(False) (ioctl FIONBIO), waits in
# epoll_wait, and wakes its own loop through an AF_UNIX socketpair (not simulated: comments).
import asyncio
import os
import sys


async def serve(port):
    done = asyncio.Event()

    async def handle(reader, writer):
        data = await reader.read(100)
        writer.write(data)
        await writer.drain()
        writer.close()
        await writer.wait_closed()
        done.set()

    server = await asyncio.start_server(handle, "127.0.0.1", port, reuse_address=True)
    if os.environ.get("READY_FILE"):
        open(os.environ["READY_FILE"], "w").close()  # for the test: listening now
    await done.wait()
    server.close()
    await server.wait_closed()


async def client(port, text):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(text.encode())
    await writer.drain()
    data = await reader.read(100)
    print(data.decode())
    writer.close()
    await writer.wait_closed()


if sys.argv[1] == "server":
    asyncio.run(serve(int(sys.argv[2])))
else:
    asyncio.run(client(int(sys.argv[2]), sys.argv[3]))
