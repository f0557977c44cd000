// The classic select() server, for sockwalk's record tests: `select-server [-p] PORT N` listens on
// 127.0.0.1:PORT and waits in select() over the listener and every connection it has (readfds only,
// no timeout); a ready listener is accepted from, a ready connection read and echoed, and closed at
// its end of file. It exits once N connections have ended. With -p it waits in poll() instead (an
// array of struct pollfd, POLLIN each). READY_FILE, when set, is created once it listens (tests start
// the clients then).
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAXCONN 16

int main(int argc, char **argv) {
  int use_poll = argc > 1 && strcmp(argv[1], "-p") == 0;
  if (use_poll) {
    argv++;
    argc--;
  }
  int port = argc > 1 ? atoi(argv[1]) : 8080;
  int want = argc > 2 ? atoi(argv[2]) : 2;
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
  int conns[MAXCONN];
  int nconn = 0;
  int ended = 0;
  while (ended < want) {
    /* which descriptors are readable: the listener (a connection to accept) or a connection (data, or its end) */
    int ready[MAXCONN + 1];
    int nready = 0;
    if (use_poll) {
      struct pollfd pfd[MAXCONN + 1];
      pfd[0].fd = lfd;
      pfd[0].events = POLLIN;
      for (int i = 0; i < nconn; i++) {
        pfd[i + 1].fd = conns[i];
        pfd[i + 1].events = POLLIN;
      }
      if (poll(pfd, nconn + 1, -1) < 0) { perror("poll"); return 1; }
      for (int i = 0; i <= nconn; i++)
        if (pfd[i].revents) ready[nready++] = pfd[i].fd;
    } else {
      fd_set rd;
      FD_ZERO(&rd);
      FD_SET(lfd, &rd);
      int maxfd = lfd;
      for (int i = 0; i < nconn; i++) {
        FD_SET(conns[i], &rd);
        if (conns[i] > maxfd) maxfd = conns[i];
      }
      if (select(maxfd + 1, &rd, NULL, NULL, NULL) < 0) { perror("select"); return 1; }
      if (FD_ISSET(lfd, &rd)) ready[nready++] = lfd;
      for (int i = 0; i < nconn; i++)
        if (FD_ISSET(conns[i], &rd)) ready[nready++] = conns[i];
    }
    for (int k = 0; k < nready; k++) {
      int fd = ready[k];
      if (fd == lfd) {
        int cfd = accept(lfd, NULL, NULL);
        if (cfd >= 0 && nconn < MAXCONN) conns[nconn++] = cfd;
        continue;
      }
      char buf[256];
      ssize_t r = read(fd, buf, sizeof buf);
      if (r > 0) {
        write(fd, buf, r);
        continue;
      }
      /* end of file (or an error): forget the connection */
      close(fd);
      ended++;
      for (int i = 0; i < nconn; i++)
        if (conns[i] == fd) conns[i] = conns[--nconn];
    }
  }
  close(lfd);
  return 0;
}
