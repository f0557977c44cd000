// A TCP echo client for sockwalk's record tests: `echo-client [-d MS] [-p MS] PORT [TEXT…]` waits
// -d ms (default 0), connects to 127.0.0.1:PORT, and for each TEXT writes it and reads the echo,
// pausing -p ms (default 50) before each step so the sides' calls interleave the same way on every
// run. Exits 1 when connect fails (ECONNREFUSED).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static int pause_ms = 50;

static void sleep_ms(int ms) {
  struct timespec ts = {ms / 1000, (ms % 1000) * 1000L * 1000L};
  nanosleep(&ts, NULL);
}

static void pause50(void) { sleep_ms(pause_ms); }

int main(int argc, char **argv) {
  int delay = 0;
  while (argc > 2 && argv[1][0] == '-') {
    if (argv[1][1] == 'd') delay = atoi(argv[2]);
    else if (argv[1][1] == 'p') pause_ms = atoi(argv[2]);
    argv += 2;
    argc -= 2;
  }
  sleep_ms(delay);
  int port = argc > 1 ? atoi(argv[1]) : 8080;
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a = {0};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, (struct sockaddr *)&a, sizeof a) < 0) {
    perror("connect");
    close(fd);
    return 1;
  }
  char buf[256];
  for (int i = 2; i < argc; i++) {
    pause50();
    write(fd, argv[i], strlen(argv[i]));
    pause50();
    ssize_t n = read(fd, buf, sizeof buf);
    printf("%.*s\n", (int)n, buf);
  }
  pause50();
  close(fd);
  return 0;
}
