// init/main.c: start_kernel, the simulated kernel's boot — what a world needs before its first system
// call: the protocol families and protosw entries registered (inet_init → sock_register,
// inet_register_protosw) and the receive softirq installed (NET_RX_SOFTIRQ → net_rx_action).
// The scenario runner boots each world through here, then enters only through sys_call_table.

import type { World } from '../world/world';
import { inet_init } from '../gen/net/ipv4/af_inet';
import { run_softirq_work, net_dev_init } from '../gen/net/core/dev';
import { ipt_do_command } from '../gen/net/ipv4/netfilter/iptable_filter';
import { dev_change_tx_queue_len } from '../gen/net/sched/sch_generic';
import { setTcpStateNames } from '../core/trace';
import { tcpStateName } from '../include/net/tcp_states';

export function start_kernel(world: World): void {
  inet_init();
  // (the trace prints sock:inet_sock_set_state's states by the kernel's names)
  setTcpStateNames(tcpStateName);
  // net_dev_init and the drivers' probes: each host gets its softnet_data, lo, eth0 and routes
  world.hostBoot = (host) => net_dev_init(host.net);
  // open_softirq(NET_RX_SOFTIRQ, net_rx_action) — timers and device interrupts run in the same context here
  world.softirqHandler = run_softirq_work;
  // iptables' setsockopt(IPT_SO_SET_REPLACE) on a host's filter table (registered at its first use)
  world.iptables = (host, cmd) => ipt_do_command(host.net, cmd);
  // ip link set dev eth0 txqueuelen N (dev_change_tx_queue_len: the qdisc's bands follow)
  world.txqueuelen = (host, len) => dev_change_tx_queue_len(host.net.eth0, len);
}

export { sys_call_table, syscallEntry } from '../gen/arch/x86/entry/syscall_64';
export type { SyscallArg, SyscallEntry, SyscallResult, UserPollfd } from '../gen/arch/x86/entry/syscall_64';
export { NotSimulated } from '../include/linux/ops';
