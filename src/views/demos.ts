// The command-palette demos, one per moment of the lesson: which scenario each plays and where it
// holds, with what to look at. A moment is a kernel function: the run stops when the function is
// entered (at most `times` times), and the explanation is the stop's text, shown in the structures
// view's banner. Pure data, shared by the extension (commands, the walkthrough) and the tests. The
// English texts are the keys of the l10n bundles (l10n/bundle.l10n.*.json); localDemo translates.

import { t } from '../l10n/l10n';

export interface DemoMoment {
  fn: string;
  explain: string;
  times?: number;
}

export interface Demo {
  /** Command `sockwalk.demo.<id>`. */
  id: string;
  title: string;
  /** One line for the palette and the walkthrough. */
  summary: string;
  /** A built-in scenario. */
  scenario: string;
  moments: DemoMoment[];
  /** Also hold at the scenario's own `pause "…"` statements (they carry their own text). */
  pauses?: boolean;
}

export const DEMOS: Demo[] = [
  {
    id: 'socketCreation',
    title: 'Socket creation',
    summary: 'socket(AF_INET, SOCK_STREAM, 0): net_families[AF_INET] → inet_create → inetsw[SOCK_STREAM] → inet_stream_ops and tcp_prot.',
    scenario: 'tcp-handshake',
    moments: [
      { fn: '__sock_create', times: 1, explain: '__sock_create: sock_alloc has a struct socket to fill; the family decides the rest — net_families[AF_INET] is inet_family_ops, whose create is inet_create.' },
      { fn: 'inet_create', times: 1, explain: 'inet_create walks inetsw[SOCK_STREAM] for the protocol asked for: the TCP inet_protosw gives sock->ops = inet_stream_ops and answer->prot = tcp_prot.' },
      { fn: 'sk_alloc', times: 1, explain: 'sk_alloc allocates one object from tcp_prot: it is a sock, an inet_sock, an inet_connection_sock and a tcp_sock at once (the casts inet_sk, inet_csk, tcp_sk are views of it).' },
      { fn: 'tcp_v4_init_sock', times: 1, explain: 'sk->sk_prot->init is tcp_v4_init_sock: TCP defaults, and icsk_af_ops = ipv4_specific (what the connection layer calls for IPv4).' },
      { fn: 'sock_map_fd', times: 1, explain: 'sock_map_fd: a struct file for the socket, and the lowest free descriptor — socket() returns 3.' },
    ],
  },
  {
    id: 'bindListen',
    title: 'Bind and listen',
    summary: 'bind() takes a port in the bind hash (inet_csk_get_port); listen() moves the sock to LISTEN and into the listening hash.',
    scenario: 'tcp-handshake',
    moments: [
      { fn: 'inet_bind', times: 1, explain: 'bind(): __sys_bind calls sock->ops->bind — inet_stream_ops.bind is inet_bind (the first layer of the dispatch).' },
      { fn: 'inet_csk_get_port', times: 1, explain: 'sk->sk_prot->get_port is inet_csk_get_port (the second layer): it looks port 8080 up in the bind hash, creates its inet_bind_bucket and makes the sock an owner.' },
      { fn: 'inet_listen', times: 1, explain: 'listen(): inet_stream_ops.listen is inet_listen; the backlog (128) becomes sk_max_ack_backlog.' },
      { fn: 'inet_csk_listen_start', times: 1, explain: 'inet_csk_listen_start: reqsk_queue_alloc empties the accept queue, the state goes CLOSE → LISTEN, and the port is checked again.' },
      { fn: 'inet_hash', times: 1, explain: 'inet_hash puts the listener in the listening hash (lhash2), keyed by address and port: incoming SYNs find it there.' },
    ],
  },
  {
    id: 'acceptWaits',
    title: 'accept() waits',
    summary: 'accept() on an empty queue sleeps in inet_csk_wait_for_connect until the handshake puts a child in the accept queue.',
    scenario: 'tcp-handshake',
    moments: [
      { fn: 'inet_csk_accept', times: 1, explain: 'accept(): __sys_accept4 made a new struct socket and file; inet_accept calls sk_prot->accept = inet_csk_accept. The accept queue is empty.' },
      { fn: 'inet_csk_wait_for_connect', times: 1, explain: 'inet_csk_wait_for_connect: the server task goes to sleep (TASK_INTERRUPTIBLE) on the listener\'s wait queue. Only a finished handshake wakes it.' },
      { fn: 'reqsk_queue_remove', times: 1, explain: 'Woken: the final ACK put a child in the accept queue. reqsk_queue_remove takes its request sock off the queue (sk_ack_backlog goes down).' },
      { fn: 'sock_graft', times: 1, explain: 'sock_graft ties the child tcp_sock to the new struct socket; accept() returns fd 4 for it.' },
    ],
  },
  {
    id: 'handshake',
    title: 'The three-way handshake',
    summary: 'SYN, SYN-ACK, ACK on both sides: the request sock in the established hash, the child that replaces it, the accept queue.',
    scenario: 'tcp-handshake',
    moments: [
      { fn: 'tcp_v4_connect', times: 1, explain: 'connect(): tcp_v4_connect picks the route and source address, sets SYN_SENT (the tracepoint still shows sport 0) and only then inet_hash_connect picks the port.' },
      { fn: 'tcp_v4_conn_request', times: 1, explain: 'The SYN reached the server: tcp_v4_rcv found no established entry for the 4-tuple, only the listener, and tcp_rcv_state_process (LISTEN) calls conn_request.' },
      { fn: 'tcp_v4_send_synack', times: 1, explain: 'A request sock (tcp_request_sock, NEW_SYN_RECV) is now in the *established* hash and the listener counts it in qlen: this is the "half-open queue". Next: the SYN-ACK.' },
      { fn: 'tcp_rcv_synsent_state_process', times: 1, explain: 'The SYN-ACK reached the client in SYN_SENT: it becomes ESTABLISHED, sends the final ACK and wakes connect().' },
      { fn: 'tcp_check_req', times: 1, explain: 'The final ACK: the established-hash lookup found the request sock, not the listener; tcp_check_req checks the ACK against it.' },
      { fn: 'inet_csk_complete_hashdance', times: 1, explain: 'tcp_v4_syn_recv_sock cloned the listener into a child tcp_sock (its first state event: LISTEN → SYN_RECV) and the child replaced the request sock in the established hash.' },
      { fn: 'tcp_child_process', times: 1, explain: 'The child waits in the listener\'s accept queue (sk_ack_backlog 1, qlen back to 0); tcp_child_process moves it SYN_RECV → ESTABLISHED and wakes accept().' },
      { fn: 'sock_graft', times: 1, explain: 'accept() took the child from the accept queue and grafts it onto its new socket: the connection now has a file descriptor on both sides.' },
    ],
  },
  {
    id: 'refused',
    title: 'Connection refused',
    summary: 'connect() to a port nobody listens on: the SYN finds no sock, the server host answers RST, the client gets ECONNREFUSED.',
    scenario: 'connect-refused',
    moments: [
      { fn: 'tcp_v4_connect', times: 1, explain: 'connect(fd, 10.0.0.1:9999): SYN_SENT, a port, the SYN on the wire. Nobody listens on 9999.' },
      { fn: 'tcp_v4_rcv', times: 1, explain: 'The SYN reached the server host. tcp_v4_rcv looks the 4-tuple up in the established hash, then the listening hash: nothing.' },
      { fn: 'tcp_v4_send_reset', times: 1, explain: 'No sock: tcp_v4_send_reset answers with RST|ACK (the tcp:tcp_send_reset tracepoint has no sock to name).' },
      { fn: 'tcp_reset', times: 1, explain: 'The RST reached the client in SYN_SENT: tcp_reset sets sk_err = ECONNREFUSED and tcp_done closes the sock; connect() returns -1 ECONNREFUSED.' },
    ],
  },
  {
    id: 'halfOpen',
    title: 'The half-open queue',
    summary: 'Two clients connect: their request socks sit in the established hash (qlen 2) until the final ACKs make children for the accept queue.',
    scenario: 'half-open-queue',
    pauses: true,
    moments: [
      { fn: 'inet_csk_reqsk_queue_hash_add', times: 2, explain: 'A SYN for the listener: inet_csk_reqsk_queue_hash_add puts a request sock (NEW_SYN_RECV) in the established hash and counts it in the listener\'s qlen. There is no separate SYN queue.' },
      { fn: 'inet_csk_reqsk_queue_add', times: 2, explain: 'A final ACK: the child replaced its request sock in the established hash; inet_csk_reqsk_queue_add links it into the accept queue (sk_ack_backlog +1, qlen −1).' },
    ],
  },
  {
    id: 'udp',
    title: 'UDP',
    summary: 'SOCK_DGRAM: inet_dgram_ops and udp_prot, the UDP hash tables, datagrams queued on the receiving sock — no handshake, no states.',
    scenario: 'udp-exchange',
    moments: [
      { fn: 'inet_create', times: 1, explain: 'socket(AF_INET, SOCK_DGRAM, 0): inetsw[SOCK_DGRAM] matches UDP first — sock->ops = inet_dgram_ops, sk_prot = udp_prot, a udp_sock.' },
      { fn: 'udp_lib_get_port', times: 1, explain: 'bind(): inet_bind → udp_prot.get_port = udp_v4_get_port → udp_lib_get_port puts the sock in udp_table: hash by port, hash2 by address and port.' },
      { fn: 'udp_sendmsg', times: 1, explain: 'sendto(): inet_sendmsg → udp_sendmsg builds the datagram (udphdr: ports and length) and sends it; no connection, no state change.' },
      { fn: '__udp4_lib_rcv', times: 1, explain: 'The datagram arrived: __udp4_lib_rcv looks the destination up in udp_table (hash2 first) and finds the bound sock.' },
      { fn: '__udp_enqueue_schedule_skb', times: 1, explain: 'The skb is queued on the sock\'s sk_receive_queue (charged to its receive buffer); a reader waiting would be woken.' },
      { fn: 'udp_recvmsg', times: 1, explain: 'recvfrom(): udp_recvmsg dequeues one datagram — one recv, one datagram; what does not fit is lost.' },
    ],
  },
  {
    id: 'packetPath',
    title: 'Follow a packet down and up',
    summary: 'connect()\'s SYN on its way down (IP, the neighbour, ARP, the device) and up on the other host (NAPI, ip_rcv, ip_local_deliver) to tcp_v4_rcv.',
    scenario: 'first-packet-arp',
    moments: [
      { fn: '__ip_queue_xmit', times: 1, explain: 'The SYN leaves TCP: icsk_af_ops->queue_xmit is __ip_queue_xmit. The socket has no route cached yet, so ip_route_output_ports finds one (eth0, the link), and the IP header goes in front of the TCP header (skb_push).' },
      { fn: 'neigh_resolve_output', times: 1, explain: 'ip_finish_output2 looked up the next hop\'s neighbour: a new entry, not resolved. neigh_output calls n->output = neigh_resolve_output, which parks the SYN on the entry\'s arp_queue (NUD_INCOMPLETE) while ARP asks.' },
      { fn: 'arp_solicit', times: 1, explain: 'arp_solicit: a who-has for 10.0.0.1, broadcast on the link — arp_create builds the frame and arp_xmit hands it to dev_queue_xmit, down to the driver.' },
      { fn: 'net_rx_action', times: 1, explain: 'The frame reached the server\'s NIC: its interrupt scheduled NAPI, and NET_RX_SOFTIRQ\'s net_rx_action polls the device (napi_poll → the driver\'s poll → netif_receive_skb).' },
      { fn: 'arp_process', times: 2, explain: 'arp_process: the server answers the who-has for its own address (and learns the asker); on the client, the reply\'s neigh_update makes the entry NUD_REACHABLE and sends the parked SYN.' },
      { fn: 'ip_rcv', times: 1, explain: 'Up the stack on the server: __netif_receive_skb_core handed the SYN to ETH_P_IP\'s handler, ip_rcv — the header checks, then netfilter\'s PRE_ROUTING hook (no rules: nf_hook returns 1 at once).' },
      { fn: 'ip_local_deliver', times: 1, explain: 'ip_rcv_finish\'s input route says local: dst_input is ip_local_deliver (the LOCAL_IN hook); ip_local_deliver_finish pulls the IP header and inet_protos[IPPROTO_TCP] gives the segment to tcp_v4_rcv.' },
      { fn: 'tcp_v4_rcv', times: 1, explain: 'tcp_v4_rcv: the SYN finds the listener (__inet_lookup_skb). From here on it is the lesson\'s handshake; the SYN-ACK takes the same way back, without ARP — the server learned the client\'s address from its who-has.' },
    ],
  },
];

export function demoCommand(d: Demo): string {
  return `sockwalk.demo.${d.id}`;
}

/** The demo in the current language: its title, summary and the moments' explanations (the debugger shows those as the stops' text). */
export function localDemo(d: Demo): Demo {
  return { ...d, title: t(d.title), summary: t(d.summary), moments: d.moments.map((m) => ({ ...m, explain: t(m.explain) })) };
}
