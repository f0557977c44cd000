"""
Ethernet frames as the conformance suite records them (conformance/real.py's lo capture and the
link relay, conformance/relay.py): one dict per frame, named as the simulator's packet events are.
Only the standard library.
"""
import socket
import struct


# ICMP's names as the simulator gives them (src/kernel/include/linux/skbuff.ts icmpFlags)
def icmp_flags(t, c):
    if t == 3:
        return 'ICMP port unreachable' if c == 3 else 'ICMP host unreachable' if c == 1 else 'ICMP unreachable code %d' % c
    if t == 11 and c == 1:
        return 'ICMP ip reassembly time exceeded'
    return 'ICMP type %d code %d' % (t, c)


def parse_frame(data):
    if len(data) < 14 + 20:
        return None
    ethertype = struct.unpack('!H', data[12:14])[0]
    if ethertype == 0x0806:
        # ARP (Ethernet/IPv4): sender's and target's IP as the addresses, as the simulator's packet event
        op = struct.unpack('!H', data[20:22])[0]
        if op not in (1, 2):
            return None
        return {'saddr': socket.inet_ntoa(data[28:32]), 'sport': 0, 'daddr': socket.inet_ntoa(data[38:42]), 'dport': 0,
                'flags': 'ARP request' if op == 1 else 'ARP reply', 'seq': 0, 'ack': 0, 'win': 0, 'len': 28}
    if ethertype != 0x0800:
        return None
    ip = data[14:]
    ihl = (ip[0] & 0x0f) * 4
    total = struct.unpack('!H', ip[2:4])[0]
    saddr, daddr = socket.inet_ntoa(ip[12:16]), socket.inet_ntoa(ip[16:20])
    ident, frag_off = struct.unpack('!HH', ip[4:8])
    if frag_off & 0x3fff:
        # an IP fragment: its id, offset in bytes, More Fragments; len is the bytes after the IP
        # header; only the first (offset 0) carries the UDP header
        frag = {'id': ident, 'off': (frag_off & 0x1fff) * 8, 'mf': bool(frag_off & 0x2000)}
        if frag['off'] == 0 and ip[9] == 17:
            sport, dport = struct.unpack('!HH', ip[ihl:ihl + 4])
            return {'saddr': saddr, 'sport': sport, 'daddr': daddr, 'dport': dport, 'flags': 'UDP',
                    'seq': 0, 'ack': 0, 'win': 0, 'len': total - ihl, 'frag': frag}
        return {'saddr': saddr, 'sport': 0, 'daddr': daddr, 'dport': 0, 'flags': 'frag',
                'seq': 0, 'ack': 0, 'win': 0, 'len': total - ihl, 'frag': frag}
    if ip[9] == 17:
        # UDP: the datagram's payload length, as the simulator's packet events give it
        sport, dport, ulen = struct.unpack('!HHH', ip[ihl:ihl + 6])
        return {'saddr': saddr, 'sport': sport, 'daddr': daddr, 'dport': dport, 'flags': 'UDP',
                'seq': 0, 'ack': 0, 'win': 0, 'len': ulen - 8}
    if ip[9] == 1:
        # ICMP: its type and code by name; len is the ICMP message (header and what it quotes)
        return {'saddr': saddr, 'sport': 0, 'daddr': daddr, 'dport': 0, 'flags': icmp_flags(ip[ihl], ip[ihl + 1]),
                'seq': 0, 'ack': 0, 'win': 0, 'len': total - ihl}
    if ip[9] != 6:
        return None
    tcp = ip[ihl:]
    sport, dport, seq, ack, off_flags, win = struct.unpack('!HHIIHH', tcp[:16])
    doff = (off_flags >> 12) * 4
    fl = off_flags & 0x1ff
    s = ''
    for bit, ch in ((0x01, 'F'), (0x02, 'S'), (0x04, 'R'), (0x08, 'P'), (0x20, 'U'), (0x40, 'E'), (0x80, 'W')):
        if fl & bit:
            s += ch
    if fl & 0x10:
        s += '.'
    # len: the payload (the IP datagram's total length less both headers): with the segmentation
    # offloads off (Net.setup) each captured segment is one the stack built, at most the MSS
    return {'saddr': saddr, 'sport': sport, 'daddr': daddr, 'dport': dport, 'flags': s or 'none',
            'seq': seq, 'ack': ack, 'win': win, 'len': total - ihl - doff}


