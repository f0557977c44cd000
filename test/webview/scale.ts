// A scenario with many sockets for the structures view's scale work and its benchmark: one server,
// `conns` clients connecting one after another, `accepted` of them accepted (the rest wait in the
// accept queue), then `pauses` more rounds of connect + accept, each followed by a `pause`, so a
// debug session with `continue` stops only there, with 1,000+ socks in every snapshot.

export function scaleScenario(o: { conns: number; accepted: number; pauses: number }): string {
  const lines = [
    '# generated: many connections to one listener',
    'host server 10.0.0.1',
    'host client 10.0.0.2',
    'link delay 1ms',
    'sysctl server net.core.somaxconn = 4096',
    // (more descriptors than the default RLIMIT_NOFILE of 1024 in one process, when asked for)
    `server: setrlimit(RLIMIT_NOFILE, ${o.conns + o.pauses + 64})`,
    `client: setrlimit(RLIMIT_NOFILE, ${o.conns + o.pauses + 64})`,
    'server: lfd = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)',
    'server: bind(lfd, 10.0.0.1:8080)',
    'server: listen(lfd, 4096)',
  ];
  for (let i = 1; i <= o.conns; i++) {
    lines.push(`client: c${i} = socket(AF_INET, SOCK_STREAM, 0)`, `client: connect(c${i}, 10.0.0.1:8080) = 0`);
  }
  for (let i = 1; i <= o.accepted; i++) lines.push(`server: a${i} = accept(lfd)`);
  for (let k = 1; k <= o.pauses; k++) {
    const i = o.conns + k;
    lines.push(`client: c${i} = socket(AF_INET, SOCK_STREAM, 0)`, `client: connect(c${i}, 10.0.0.1:8080) = 0`, `pause "connection ${i} is in the accept queue"`);
    lines.push(`server: a${o.accepted + k} = accept(lfd)`, `pause "accepted one more"`);
  }
  return lines.join('\n') + '\n';
}
