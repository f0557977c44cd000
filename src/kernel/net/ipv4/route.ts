// net/ipv4/route.c, net/core/neighbour.c, net/ipv4/arp.c as far as the milestone needs them: each host
// has one link (eth0, 10.0.0.0/24-style: every other host is on it, no gateway) and lo. Output to one
// of the host's own addresses goes by lo, everything else by eth0; input to one of its addresses is
// delivered locally (ip_local_deliver). The neighbour of the next hop is found resolved, its
// Ethernet header cached — as after the first packet: ARP (neigh_resolve_output, arp_solicit) comes
// later. These run inside the callers' lines (ip_route_output_ports, ip_route_input_noref,
// ip_neigh_for_gw); they are not stepped.

import type { Net } from '../../include/net/net_namespace';
import type { Rtable, Neighbour, NetDevice } from '../../include/linux/netdevice';
import { NUD_NOARP, NUD_REACHABLE, RTN_LOCAL, RTN_UNICAST, IFF_LOOPBACK } from '../../include/linux/netdevice';
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

/** ip_neigh_for_gw → __ipv4_neigh_lookup_noref (or __neigh_create): the next hop's neighbour, resolved. */
export function ip_neigh_for_gw(rt: Rtable, skb: SkBuff, net: Net): Neighbour {
  const dev: NetDevice = rt.dst.dev;
  const key = rt.rt_uses_gateway ? rt.rt_gw4 : skb.iph.daddr;
  // (the table by device, then by address: no key string built per packet)
  let byAddr = net.neighbours.get(dev);
  if (!byAddr) net.neighbours.set(dev, (byAddr = new Map<string, Neighbour>()));
  let n = byAddr.get(key);
  if (!n) {
    const lo = (dev.flags & IFF_LOOPBACK) !== 0;
    const ha = lo ? '00:00:00:00:00:00' : macOf(key);
    n = { structName: 'neighbour', primary_key: key, dev, nud_state: lo ? NUD_NOARP : NUD_REACHABLE, ha, hh: { hh_len: 14, hh_data: `${ha} > ${dev.dev_addr}, ethertype IPv4 (0x0800)` } };
    byAddr.set(key, n);
  }
  return n;
}
