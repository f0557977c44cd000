// User-visible constants of Linux (the values of <sys/socket.h>, <netinet/in.h>, <errno.h>, …)
// shared by the simulated kernel and the scenario language. Numbers are Linux x86-64's.

export const AF_UNSPEC = 0;
export const AF_UNIX = 1;
export const AF_INET = 2;
export const AF_INET6 = 10;
export const AF_PACKET = 17;
export const NPROTO = 46; // AF_MAX in 5.4

export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
export const SOCK_RAW = 3;
export const SOCK_RDM = 4;
export const SOCK_SEQPACKET = 5;
export const SOCK_MAX = 11;
export const SOCK_TYPE_MASK = 0xf;
export const SOCK_NONBLOCK = 0o4000;
export const SOCK_CLOEXEC = 0o2000000;
export const O_NONBLOCK = SOCK_NONBLOCK;

export const IPPROTO_IP = 0;
export const IPPROTO_ICMP = 1;
export const IPPROTO_TCP = 6;
export const IPPROTO_UDP = 17;
export const IPPROTO_SCTP = 132;
export const IPPROTO_RAW = 255;
export const IPPROTO_MAX = 263;

export const SOL_SOCKET = 1;
export const SOL_TCP = 6;
export const SO_REUSEADDR = 2;
export const SO_ERROR = 4;
export const SO_LINGER = 13;
export const SO_REUSEPORT = 15;
/** SO_RCVTIMEO_OLD / SO_SNDTIMEO_OLD (asm-generic/socket.h): what SO_RCVTIMEO means on x86-64 in 5.4. */
export const SO_RCVTIMEO = 20;
export const SO_SNDTIMEO = 21;
export const TCP_NODELAY = 1;
export const TCP_CORK = 3;
export const TCP_SYNCNT = 7;

export const SHUT_RD = 0;
export const SHUT_WR = 1;
export const SHUT_RDWR = 2;

export const MSG_OOB = 1;
export const MSG_PEEK = 2;
export const MSG_TRUNC = 0x20;
export const MSG_WAITALL = 0x100;
export const MSG_DONTWAIT = 0x40;
export const MSG_ERRQUEUE = 0x2000;
export const MSG_MORE = 0x8000;

/** getrlimit/setrlimit resources (asm-generic/resource.h). */
export const RLIMIT_NOFILE = 7;
/** fs.nr_open: the largest RLIMIT_NOFILE a process may have (fs/file.c sysctl_nr_open). */
export const NR_OPEN = 1048576;

export const F_DUPFD = 0;
export const F_GETFD = 1;
export const F_SETFD = 2;
export const F_GETFL = 3;
export const F_SETFL = 4;
export const FD_CLOEXEC = 1;
/** ioctl commands every file answers (asm-generic/ioctls.h): FIONBIO (an int: nonzero sets O_NONBLOCK), FIOCLEX / FIONCLEX (close-on-exec). */
export const FIONBIO = 0x5421;
export const FIONCLEX = 0x5450;
export const FIOCLEX = 0x5451;
export const O_RDWR = 2;

// poll() and epoll (asm-generic/poll.h, uapi/linux/eventpoll.h): the same bits
const POLL_CONSTANTS = {
  POLLIN: 0x1, POLLPRI: 0x2, POLLOUT: 0x4, POLLERR: 0x8, POLLHUP: 0x10, POLLNVAL: 0x20, POLLRDNORM: 0x40,
  POLLRDBAND: 0x80, POLLWRNORM: 0x100, POLLWRBAND: 0x200, POLLRDHUP: 0x2000,
  EPOLLIN: 0x1, EPOLLPRI: 0x2, EPOLLOUT: 0x4, EPOLLERR: 0x8, EPOLLHUP: 0x10, EPOLLNVAL: 0x20, EPOLLRDNORM: 0x40,
  EPOLLRDBAND: 0x80, EPOLLWRNORM: 0x100, EPOLLWRBAND: 0x200, EPOLLRDHUP: 0x2000,
  EPOLLEXCLUSIVE: 1 << 28, EPOLLWAKEUP: 1 << 29, EPOLLONESHOT: 1 << 30, EPOLLET: 1 << 31,
  EPOLL_CTL_ADD: 1, EPOLL_CTL_DEL: 2, EPOLL_CTL_MOD: 3, EPOLL_CLOEXEC: 0o2000000,
};

/** Named constants a scenario may write, by name. */
export const CONSTANTS: Readonly<Record<string, number>> = {
  AF_UNSPEC, AF_UNIX, AF_INET, AF_INET6, AF_PACKET, PF_INET: AF_INET, PF_INET6: AF_INET6,
  SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_RDM, SOCK_SEQPACKET, SOCK_NONBLOCK, SOCK_CLOEXEC,
  IPPROTO_IP, IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_SCTP, IPPROTO_RAW,
  SOL_SOCKET, SOL_TCP, SO_REUSEADDR, SO_REUSEPORT, SO_LINGER, SO_ERROR, SO_RCVTIMEO, SO_SNDTIMEO, TCP_SYNCNT, TCP_NODELAY, TCP_CORK,
  MSG_DONTWAIT, MSG_WAITALL,
  SHUT_RD, SHUT_WR, SHUT_RDWR, F_GETFD, F_SETFD, F_GETFL, F_SETFL, FD_CLOEXEC, O_RDWR, O_NONBLOCK, RLIMIT_NOFILE, FIONBIO, FIOCLEX, FIONCLEX,
  ...POLL_CONSTANTS,
};

/** errno values (asm-generic/errno-base.h, errno.h). */
export const ERRNO = {
  EPERM: 1, ENOENT: 2, EINTR: 4, EBADF: 9, EAGAIN: 11, ENOMEM: 12, EACCES: 13, EFAULT: 14, EBUSY: 16, EEXIST: 17,
  EINVAL: 22, ENFILE: 23, EMFILE: 24, EPIPE: 32, EDOM: 33, EDESTADDRREQ: 89, EMSGSIZE: 90,
  ENOTSOCK: 88, EPROTOTYPE: 91, ENOPROTOOPT: 92, EPROTONOSUPPORT: 93, ESOCKTNOSUPPORT: 94,
  EOPNOTSUPP: 95, EPFNOSUPPORT: 96, EAFNOSUPPORT: 97, EADDRINUSE: 98, EADDRNOTAVAIL: 99,
  ENETDOWN: 100, ENETUNREACH: 101, ECONNABORTED: 103, ECONNRESET: 104, ENOBUFS: 105,
  EISCONN: 106, ENOTCONN: 107, ETIMEDOUT: 110, ECONNREFUSED: 111, EHOSTUNREACH: 113,
  EALREADY: 114, EINPROGRESS: 115,
} as const;
export type ErrnoName = keyof typeof ERRNO;

const ERRNO_NAMES: Record<number, ErrnoName> = Object.fromEntries(
  Object.entries(ERRNO).map(([k, v]) => [v, k as ErrnoName]),
);
export function errnoName(n: number): ErrnoName | string {
  return ERRNO_NAMES[n] ?? `E${n}`;
}
