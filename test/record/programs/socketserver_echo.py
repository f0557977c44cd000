# A Python socketserver for sockwalk's record tests: `socketserver_echo.py PORT` serves one request
# on 127.0.0.1:PORT — it reads a line and answers it in upper case. READY_FILE, when set, is created
# once it listens.
import os
import socketserver
import sys


class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        self.wfile.write(line.upper())


with socketserver.TCPServer(("127.0.0.1", int(sys.argv[1])), Upper) as server:
    if os.environ.get("READY_FILE"):
        open(os.environ["READY_FILE"], "w").close()  # for the test: listening now
    server.handle_request()
