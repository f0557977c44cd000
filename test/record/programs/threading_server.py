# A Python ThreadingTCPServer for sockwalk's record tests: `threading_server.py PORT` serves two
# requests on 127.0.0.1:PORT, each in a thread of its own (which shares the server's descriptors):
# it reads a line and answers it in upper case.
import os
import socketserver
import sys


class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.readline().upper())


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True


with Server(("127.0.0.1", int(sys.argv[1])), Upper) as server:
    if os.environ.get("READY_FILE"):
        open(os.environ["READY_FILE"], "w").close()  # for the test: listening now
    server.handle_request()
    server.handle_request()
