// include/net/neighbour.h: the neighbour's output. A neighbour resolved with its Ethernet header
// cached (the state after the first packet) takes neigh_hh_output: the header copied in front, then
// dev_queue_xmit. (neigh_resolve_output and ARP are not simulated yet: every neighbour is found resolved.)

import type { Sim } from '../../core/engine';
import { frame, line } from '../../core/mark';
import type { SkBuff } from '../../include/linux/skbuff';
import { skb_headroom, skb_push } from '../../include/linux/skbuff';
import type { Neighbour } from '../../include/linux/netdevice';
import { NUD_CONNECTED } from '../../include/linux/netdevice';
import { dev_queue_xmit } from './dev';

const HH_DATA_MOD = 16;

export function* neigh_hh_output(hh: Neighbour['hh'], skb: SkBuff): Sim<number> {
  frame({ hh, skb });
  line`seq = read_seqbegin(&hh->hh_lock);`;
  line`hh_len = hh->hh_len;`;
  const hh_len = hh.hh_len;
  frame.hh_len = hh_len;
  line`if (likely(hh_len <= HH_DATA_MOD)) {`;
  line`hh_alen = HH_DATA_MOD;`;
  line`if (likely(skb_headroom(skb) >= HH_DATA_MOD)) {`;
  line`memcpy(skb->data - HH_DATA_MOD, hh->hh_data,`;
  line`} while (read_seqretry(&hh->hh_lock, seq));`;
  line`if (WARN_ON_ONCE(skb_headroom(skb) < hh_alen)) {`;
  if (skb_headroom(skb) < HH_DATA_MOD) throw new Error('neigh_hh_output: no headroom');
  line`__skb_push(skb, hh_len);`;
  skb_push(skb, hh_len);
  line`return dev_queue_xmit(skb);`;
  return yield* dev_queue_xmit(skb);
}

export function* neigh_output(n: Neighbour, skb: SkBuff, skip_cache: boolean): Sim<number> {
  const hh = n.hh;
  frame({ n, skb, skip_cache, hh });
  line`if ((n->nud_state & NUD_CONNECTED) && hh->hh_len && !skip_cache)`;
  if (!(n.nud_state & NUD_CONNECTED) || !hh.hh_len || skip_cache) throw new Error('neigh_output: only resolved neighbours are simulated');
  line`return neigh_hh_output(hh, skb);`;
  return yield* neigh_hh_output(hh, skb);
}
