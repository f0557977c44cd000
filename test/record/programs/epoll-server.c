// An epoll echo server for sockwalk's record tests: `epoll-server PORT N` listens on 127.0.0.1:PORT
// (non-blocking, level-triggered), accepts until EAGAIN when the listener is ready, watches each
// connection edge-triggered (EPOLLIN | EPOLLET), echoes what it reads until EAGAIN, and closes a
// connection at its end of file; it exits once N connections have ended. READY_FILE, when set, is
// created once it listens (tests start the clients then).
#define _GNU_SOURCE // accept4
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int port = argc > 1 ? atoi(argv[1]) : 8080;
  int want = argc > 2 ? atoi(argv[2]) : 3;
  int lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  int one = 1;
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  struct sockaddr_in a = {0};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(lfd, (struct sockaddr *)&a, sizeof a) < 0) { perror("bind"); return 1; }
  listen(lfd, 16);
  if (getenv("READY_FILE")) close(creat(getenv("READY_FILE"), 0644)); /* for the test: listening now */
  int ep = epoll_create1(EPOLL_CLOEXEC);
  struct epoll_event ev = {.events = EPOLLIN, .data.fd = lfd};
  epoll_ctl(ep, EPOLL_CTL_ADD, lfd, &ev);
  int ended = 0;
  while (ended < want) {
    struct epoll_event ready[8];
    int n = epoll_wait(ep, ready, 8, -1);
    for (int i = 0; i < n; i++) {
      int fd = ready[i].data.fd;
      if (fd == lfd) {
        for (;;) {
          int cfd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK);
          if (cfd < 0) break; /* EAGAIN: the accept queue is empty */
          struct epoll_event cev = {.events = EPOLLIN | EPOLLET, .data.fd = cfd};
          epoll_ctl(ep, EPOLL_CTL_ADD, cfd, &cev);
        }
        continue;
      }
      char buf[256];
      for (;;) {
        ssize_t r = read(fd, buf, sizeof buf);
        if (r > 0) { write(fd, buf, r); continue; }
        if (r == 0) { close(fd); ended++; }
        break; /* r < 0: EAGAIN, wait for the next edge */
      }
    }
  }
  close(ep);
  close(lfd);
  return 0;
}
