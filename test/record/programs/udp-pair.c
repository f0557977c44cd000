// A UDP pair in one program: `udp-pair server PORT` answers one datagram in upper case;
// (READY_FILE, when set, is created once the server is bound.) `udp-pair client PORT` sends "ping",
// waits 50 ms (so the answer is there: the two sides' calls
// interleave the same way on every run) and prints the answer.
#include <arpa/inet.h>
#include <ctype.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 3) return 2;
  int port = atoi(argv[2]);
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in a = {0};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  char buf[64];
  struct sockaddr_in from;
  socklen_t fl = sizeof from;
  if (strcmp(argv[1], "server") == 0) {
    if (bind(fd, (struct sockaddr *)&a, sizeof a) < 0) { perror("bind"); return 1; }
    if (getenv("READY_FILE")) close(creat(getenv("READY_FILE"), 0644)); /* for the test: bound now */
    ssize_t n = recvfrom(fd, buf, sizeof buf, 0, (struct sockaddr *)&from, &fl);
    for (ssize_t i = 0; i < n; i++) buf[i] = toupper((unsigned char)buf[i]);
    sendto(fd, buf, n, 0, (struct sockaddr *)&from, fl);
  } else {
    sendto(fd, "ping", 4, 0, (struct sockaddr *)&a, sizeof a);
    struct timespec ts = {0, 50 * 1000 * 1000};
    nanosleep(&ts, NULL);
    ssize_t n = recvfrom(fd, buf, sizeof buf, 0, (struct sockaddr *)&from, &fl);
    printf("%.*s\n", (int)n, buf);
  }
  close(fd);
  return 0;
}
