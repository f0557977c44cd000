// A TCP echo server for sockwalk's record tests: `echo-server PORT` accepts one connection on
// 127.0.0.1:PORT and sends back whatever it reads until the client closes.
// READY_FILE, when set, is created once it listens (tests start the client then).
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int port = argc > 1 ? atoi(argv[1]) : 8080;
  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  int one = 1;
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  struct sockaddr_in a = {0};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(lfd, (struct sockaddr *)&a, sizeof a) < 0) { perror("bind"); return 1; }
  listen(lfd, 16);
  if (getenv("READY_FILE")) close(creat(getenv("READY_FILE"), 0644)); /* for the test: listening now */
  int cfd = accept(lfd, NULL, NULL);
  char buf[256];
  ssize_t n;
  while ((n = read(cfd, buf, sizeof buf)) > 0) write(cfd, buf, n);
  close(cfd);
  close(lfd);
  return 0;
}
