// net/ipv4/route.c (and include/net/route.h's ip_neigh_for_gw) as far as the milestone needs them: each host
// has one link (eth0, 10.0.0.0/24-style: every other host is on it, no gateway) and lo. Output to one
// of the host's own addresses goes by lo, everything else by eth0; input to one of its addresses is
// delivered locally (ip_local_deliver). The neighbour of the next hop is looked up or made in ARP's
// table (arp.ts: lo's needs no ARP; eth0's is resolved by ARP, neighbour.ts). These run inside the callers' lines (ip_route_output_ports, ip_route_input_noref,
// ip_neigh_for_gw); they are not stepped.

import type { Net } from '../../include/net/net_namespace';
import type { Rtable, Neighbour } from '../../include/linux/netdevice';
import { RTN_LOCAL, RTN_UNICAST } from '../../include/linux/netdevice';
import { ip_neigh_gw4 } from './arp';
import type { SkBuff } from '../../include/linux/skbuff';
import { ip_output } from './ip_output';
import { ip_local_deliver } from './ip_input';

/** The routes a host has from boot (fib_add_ifaddr's local routes and the link's prefix route). */
export function ip_rt_init(net: Net): void {
  net.rt_output_local = { structName: 'rtable', dst: { dev: net.loopback_dev, output: ip_output, input: ip_local_deliver }, rt_type: RTN_LOCAL, rt_uses_gateway: 0, rt_gw4: '' };
  net.rt_output_link = { structName: 'rtable', dst: { dev: net.eth0, output: ip_output, input: ip_local_deliver }, rt_type: RTN_UNICAST, rt_uses_gateway: 0, rt_gw4: '' };
  net.rt_input_local = { structName: 'rtable', dst: { dev: net.loopback_dev, output: ip_output, input: ip_local_deliver }, rt_type: RTN_LOCAL, rt_uses_gateway: 0, rt_gw4: '' };
}

/** ip_route_output_ports → ip_route_output_flow: the route to daddr. */
export function ip_route_output_ports(net: Net, daddr: string): Rtable {
  return net.host.isLocal(daddr) || daddr === '0.0.0.0' ? net.rt_output_local : net.rt_output_link;
}

/** ip_route_input_noref: a packet to one of this host's addresses gets the local input route; 0 or an error. */
export function ip_route_input_noref(skb: SkBuff, daddr: string, net: Net): number {
  if (!net.host.isLocal(daddr)) return -113; // -EHOSTUNREACH: no forwarding here
  skb._skb_refdst = net.rt_input_local;
  return 0;
}

/** A made-up MAC for an IPv4 address (02:00 and the address's octets), 00:…:00 for lo. */
export function macOf(addr: string): string {
  return '02:00:' + addr.split('.').map((o) => Number(o).toString(16).padStart(2, '0')).join(':');
}

/** ip_neigh_for_gw → ip_neigh_gw4 (arp.ts): the next hop's neighbour, found or made (NUD_NONE on eth0: ARP resolves it). */
export function ip_neigh_for_gw(rt: Rtable, skb: SkBuff, net: Net): Neighbour {
  return ip_neigh_gw4(net, rt.dst.dev, rt.rt_uses_gateway ? rt.rt_gw4 : skb.iph.daddr);
}
