# A Python client for sockwalk's record tests: `tcp_client.py PORT TEXT` connects to 127.0.0.1:PORT,
# and 300 ms later sends TEXT and a newline; 300 ms after that (the answer is there) it prints the
# answer. The pauses give the same interleaving with the server on every run.
import socket
import sys
import time

with socket.create_connection(("127.0.0.1", int(sys.argv[1]))) as c:
    time.sleep(0.3)
    c.sendall(sys.argv[2].encode() + b"\n")
    time.sleep(0.3)
    print(c.recv(100).decode().strip())
