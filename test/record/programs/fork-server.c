// A forking echo server for sockwalk's record tests: `fork-server PORT N` accepts N connections on
// 127.0.0.1:PORT, one at a time; for each it forks a child that closes the listener, echoes one read
// and exits without closing the connection (the kernel closes it at exit), while the parent closes
// its copy of the connection and waits for the child. The child starts 150 ms after the fork, so the
// parent's close comes first on every run. READY_FILE, when set, is created once it listens.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int port = argc > 1 ? atoi(argv[1]) : 8080;
  int n = argc > 2 ? atoi(argv[2]) : 1;
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
  for (int i = 0; i < n; i++) {
    int cfd = accept(lfd, NULL, NULL);
    pid_t pid = fork();
    if (pid == 0) {
      struct timespec ts = {0, 150 * 1000 * 1000};
      nanosleep(&ts, NULL);
      close(lfd);
      char buf[256];
      ssize_t r = read(cfd, buf, sizeof buf);
      if (r > 0) write(cfd, buf, r);
      _exit(0);
    }
    close(cfd);
    waitpid(pid, NULL, 0);
  }
  close(lfd);
  return 0;
}
