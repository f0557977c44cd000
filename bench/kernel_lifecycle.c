/*
 * kernel_lifecycle.c — real-kernel half of `npm run bench`.
 *
 * Measures how many complete TCP connection lifecycles per second the host
 * kernel does over loopback (127.0.0.1), so the sockwalk simulator's figures
 * can be compared with it. One lifecycle is:
 *
 *   socket() -> blocking connect() -> accept() -> close(accepted) -> close(client)
 *
 * Everything runs in a single thread: a blocking connect() to a loopback
 * listener returns without anyone calling accept(), because the kernel
 * finishes the three-way handshake in softirq and queues the child socket on
 * the listener's accept queue.
 *
 * Close order: the accepted fd is closed first, so the server side does the
 * active close (FIN_WAIT1 -> FIN_WAIT2 -> TIME_WAIT) and the client does the
 * passive close (CLOSE_WAIT -> LAST_ACK -> CLOSED). The client's socket is
 * therefore freed as soon as the final ACK arrives and its ephemeral port goes
 * straight back to the pool; the TIME_WAIT entries all sit on the server's
 * side of the 4-tuple (127.0.0.1:listen_port <-> 127.0.0.1:ephemeral). When
 * the client later reuses an ephemeral port, its SYN hits that TIME_WAIT
 * socket, and Linux accepts a SYN on TIME_WAIT as a new connection (its
 * timestamp/sequence is newer), so the handshake goes through. This has been
 * checked with 100k+ iterations, several times the ephemeral port range
 * (net.ipv4.ip_local_port_range, 28232 ports by default). If the client
 * closed first instead, TIME_WAIT would hold the client's ephemeral port and
 * connect() would only keep working because of net.ipv4.tcp_tw_reuse (whose
 * default, 2, allows reuse on loopback only; with tcp_tw_reuse=0 it would run out
 * of ports, EADDRNOTAVAIL, after ~28k iterations). No SO_LINGER / RST close is
 * used: the simulator is compared on the normal FIN close path.
 *
 * Usage:  kernel_lifecycle N [warmup]
 *   N       timed lifecycles (> 0)
 *   warmup  untimed lifecycles run first (default 1000)
 * Output: exactly one JSON line on stdout:
 *   {"lifecycles":N,"seconds":S,"lifecycles_per_s":R}
 * Timed with CLOCK_MONOTONIC. Every socket has SO_RCVTIMEO and SO_SNDTIMEO of
 * 5 s so nothing can hang; any error prints a message on stderr and exits 1.
 * Only 127.0.0.1 is ever bound.
 *
 * Build: cc -std=c11 -O2 -o kernel_lifecycle kernel_lifecycle.c
 */
#define _POSIX_C_SOURCE 200809L

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define TIMEOUT_S 5
#define BACKLOG 128
#define DEFAULT_WARMUP 1000L

static void die(const char *what, long iteration)
{
    int e = errno;
    if (iteration >= 0)
        fprintf(stderr, "kernel_lifecycle: %s failed at iteration %ld: %s\n",
                what, iteration, strerror(e));
    else
        fprintf(stderr, "kernel_lifecycle: %s failed: %s\n", what, strerror(e));
    exit(1);
}

static void set_timeouts(int fd, long iteration)
{
    struct timeval tv;
    tv.tv_sec = TIMEOUT_S;
    tv.tv_usec = 0;
    if (setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv) != 0)
        die("setsockopt(SO_RCVTIMEO)", iteration);
    if (setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv) != 0)
        die("setsockopt(SO_SNDTIMEO)", iteration);
}

static long parse_count(const char *s, const char *name, long min)
{
    char *end = NULL;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno != 0 || end == s || *end != '\0' || v < min) {
        fprintf(stderr, "kernel_lifecycle: bad %s '%s' (want an integer >= %ld)\n",
                name, s, min);
        exit(1);
    }
    return v;
}

/* One full lifecycle against the listener at *addr. */
static void lifecycle(int listener, const struct sockaddr_in *addr, long iteration)
{
    int client = socket(AF_INET, SOCK_STREAM, 0);
    if (client < 0)
        die("socket(client)", iteration);
    set_timeouts(client, iteration); /* SO_SNDTIMEO also bounds connect() */

    if (connect(client, (const struct sockaddr *)addr, sizeof *addr) != 0)
        die("connect", iteration);

    int accepted = accept(listener, NULL, NULL); /* bounded by listener's SO_RCVTIMEO */
    if (accepted < 0)
        die("accept", iteration);
    set_timeouts(accepted, iteration);

    /* Accepted side first: TIME_WAIT lands on the server side (see header). */
    if (close(accepted) != 0)
        die("close(accepted)", iteration);
    if (close(client) != 0)
        die("close(client)", iteration);
}

static double now_s(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0)
        die("clock_gettime(CLOCK_MONOTONIC)", -1);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s N [warmup]\n", argc > 0 ? argv[0] : "kernel_lifecycle");
        return 1;
    }
    long n = parse_count(argv[1], "N", 1);
    long warmup = argc == 3 ? parse_count(argv[2], "warmup", 0) : DEFAULT_WARMUP;

    int listener = socket(AF_INET, SOCK_STREAM, 0);
    if (listener < 0)
        die("socket(listener)", -1);
    set_timeouts(listener, -1);

    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK); /* 127.0.0.1 only */
    addr.sin_port = 0;
    if (bind(listener, (struct sockaddr *)&addr, sizeof addr) != 0)
        die("bind(127.0.0.1:0)", -1);
    socklen_t len = sizeof addr;
    if (getsockname(listener, (struct sockaddr *)&addr, &len) != 0)
        die("getsockname", -1);
    if (listen(listener, BACKLOG) != 0)
        die("listen", -1);

    for (long i = 0; i < warmup; i++)
        lifecycle(listener, &addr, i);

    double t0 = now_s();
    for (long i = 0; i < n; i++)
        lifecycle(listener, &addr, i);
    double seconds = now_s() - t0;

    if (close(listener) != 0)
        die("close(listener)", -1);

    double rate = seconds > 0 ? (double)n / seconds : 0.0;
    printf("{\"lifecycles\":%ld,\"seconds\":%.6f,\"lifecycles_per_s\":%.1f}\n",
           n, seconds, rate);
    return fflush(stdout) == 0 ? 0 : 1;
}
