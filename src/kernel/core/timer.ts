// Kernel timers on the virtual clock (include/linux/timer.h, kernel/time/timer.c): mod_timer arms,
// del_timer disarms; an expired timer's function runs in its host's softirq context, like the timer
// softirq.
//
// The timers are kept as v5.4's timer wheel keeps them (kernel/time/timer.c 60-184, 491-545, 949-1070,
// 1680-1780), at HZ 1000. A timer due within 63 jiffies runs at the tick after its expiry; one due
// later goes into a level of coarser granularity (8, 64, 512 … jiffies) and runs at that level's next
// boundary after its expiry (calc_wheel_index, calc_index: never early, up to one granule late). The
// timers of one tick run higher levels first and, within a bucket, the newest first (enqueue_timer:
// hlist_add_head), as __run_timers → collect_expired_timers → expire_timers does. A pending timer
// re-armed into the same bucket keeps its place (__mod_timer's "same array bucket" shortcut).
//
// What the simulator does its own way: one wheel for the whole world (every host's timers, as on the
// conformance machine's one kernel, not a base per CPU); the wheel's clock is the current jiffy when
// a timer is armed (base->clk as forward_timer_base leaves it); the first jiffy is INITIAL_JIFFIES
// (the scenario starts at boot); and a delay in µs is ⌈delay / 1 ms⌉ jiffies.

import { E, Sim, TimedEvent } from './engine';

/** Where an expired timer's function runs: its host's softirq (world/world.ts Host). */
export interface TimerHost {
  raiseSoftirq(batch: TimerBatch): void;
}

/** One jiffy in µs of virtual time: HZ 1000. */
export const JIFFY_US = 1000;
/** include/linux/jiffies.h: jiffies at boot, five minutes before the 32-bit counter wraps. */
export const INITIAL_JIFFIES = 2 ** 32 - 300 * 1000;

// kernel/time/timer.c 151-178 (HZ > 100: LVL_DEPTH 9)
const LVL_CLK_SHIFT = 3;
const LVL_BITS = 6;
const LVL_DEPTH = 9;
// (small integers throughout, computed with integer operators, so that V8 keeps them, and the clock's
// times made from them, as small integers: a double there makes every time in the run a double)
const lvlStart = (n: number): number => ((1 << LVL_BITS) - 1) << ((n - 1) * LVL_CLK_SHIFT);
/** LVL_START(1) … LVL_START(LVL_DEPTH - 1): where each level above 0 starts. */
const LVL_STARTS = Array.from({ length: LVL_DEPTH - 1 }, (_, i) => lvlStart(i + 1));
/** LVL_GRAN(n) for each level. */
const LVL_GRANS = Array.from({ length: LVL_DEPTH }, (_, n) => 1 << (n * LVL_CLK_SHIFT));
const WHEEL_TIMEOUT_CUTOFF = lvlStart(LVL_DEPTH);
const WHEEL_TIMEOUT_MAX = WHEEL_TIMEOUT_CUTOFF - LVL_GRANS[LVL_DEPTH - 1];
const LAST_SHIFT = 1 << ((LVL_DEPTH - 1) * LVL_CLK_SHIFT);

/**
 * INITIAL_JIFFIES modulo each level's granularity: the wheel keeps jiffies counted from boot (small
 * integers), and rounds them up as the absolute jiffies would be.
 */
const LVL_ALIGN = LVL_GRANS.map((g) => (INITIAL_JIFFIES % g) | 0);

/** x as a small integer where it is one (see LVL_STARTS). */
const small = (x: number): number => (x >= -0x40000000 && x < 0x40000000 ? x | 0 : x);

/** The virtual time (µs) at which jiffies since boot become `j`: the tick that runs the timers of bucket `j`. */
function tickTime(j: number): number {
  return small(j * JIFFY_US);
}

/** wheelSlot()'s answer (module variables: no object per mod_timer). */
let slotLevel = 0;
let slotTick = 0;

/**
 * calc_wheel_index(expires, clk), both in jiffies since boot, as its level and the jiffy at which
 * that bucket runs (calc_index's (expires + LVL_GRAN(lvl)) >> LVL_SHIFT(lvl), scaled back, on the
 * absolute jiffies), in slotLevel and slotTick.
 */
function wheelSlot(expires: number, clk: number): void {
  const delta = expires - clk;
  if (delta < 0) {
    // (long) delta < 0: the bucket of clk, the next to run
    slotLevel = 0;
    slotTick = clk;
    return;
  }
  let level = 0;
  while (level < LVL_DEPTH - 1 && delta >= LVL_STARTS[level]) level++;
  slotLevel = level;
  if (level === LVL_DEPTH - 1 && expires + INITIAL_JIFFIES >= WHEEL_TIMEOUT_CUTOFF) {
    // v5.4 compares the expiry itself, not the delta, with the cutoff — always true once jiffies are
    // past 63 << 24 (expires = WHEEL_TIMEOUT_MAX): the last level's last slot, whose turn comes once
    // every 2^30 jiffies
    const abs = clk + INITIAL_JIFFIES;
    const period = LAST_SHIFT * 2 ** LVL_BITS;
    let t = Math.floor(abs / period) * period + Math.floor((WHEEL_TIMEOUT_MAX + LAST_SHIFT) / LAST_SHIFT) % 2 ** LVL_BITS * LAST_SHIFT;
    if (t <= abs) t += period;
    slotTick = t - INITIAL_JIFFIES;
    return;
  }
  const gran = LVL_GRANS[level];
  const off = LVL_ALIGN[level];
  slotTick = small(Math.floor((expires + off + gran) / gran) * gran - off);
}

/** wheelSlot() on absolute jiffies, for a test: the level and the jiffy whose tick runs the bucket. */
export function calcWheelSlot(expires: number, clk: number): { level: number; tick: number } {
  wheelSlot(expires - INITIAL_JIFFIES, clk - INITIAL_JIFFIES);
  return { level: slotLevel, tick: slotTick + INITIAL_JIFFIES };
}

/** What the wheel holds: a timer_list, or schedule_timeout's timer (process_timeout). */
interface WheelTimer {
  /** The tick whose bucket holds it, null when not pending. */
  at: Tick | null;
  /** Its index in that tick's list. */
  slot: number;
  level: number;
  /** Its expiry (timer->expires), in jiffies since boot. */
  jexpires: number;
  expire(): void;
}

/** One tick of the wheel with timers due: an event of the engine at the tick's time. */
class Tick implements TimedEvent {
  t = 0;
  seq = 0;
  cancelled = false;
  /** Its timers in the order they were enqueued, null where one left. */
  readonly timers: Array<WheelTimer | null> = [];
  live = 0;
  constructor(
    readonly jiffy: number,
    /** The key it was filed under (Engine.scheduleAt, Engine.cancelled). */
    readonly key: number,
  ) {}
  /** Taken from the wheel: its timers wait for their host's softirq (still pending until they run). */
  fired = false;
  fire(): void {
    E.timerTicks.delete(this.jiffy);
    this.fired = true;
    const ts = this.timers;
    // collect_expired_timers gathers the levels from 0 up; expire_timers runs them from the highest
    // down, each bucket from its head: the newest first. Each host's timers go to its softirq as one
    // run of run_timer_softirq.
    let top = 0;
    for (const x of ts) if (x !== null && x.level > top) top = x.level;
    let batches: TimerBatch[] | null = null;
    for (let level = top; level >= 0; level--) {
      for (let i = ts.length - 1; i >= 0; i--) {
        const x = ts[i];
        if (x === null || x.level !== level) continue;
        if (x instanceof TimerList) {
          batches ??= [];
          let b = batches.find((b) => b.host === x.host);
          if (b === undefined) batches.push((b = new TimerBatch(this, x.host)));
          b.timers.push(x);
        } else {
          x.at = null;
          x.expire();
        }
      }
    }
    if (batches !== null) for (const b of batches) b.host.raiseSoftirq(b);
  }
}

/**
 * The timers of one tick for one host's softirq (run_timer_softirq → __run_timers → expire_timers):
 * taken one by one, each off the wheel as its function runs. One deleted or re-armed by a function
 * that ran before it is no longer there (detach_if_pending) and does not run.
 */
export class TimerBatch {
  readonly timers: TimerList[] = [];
  private i = 0;
  constructor(
    private readonly tick: Tick,
    readonly host: TimerHost,
  ) {}
  /** The next timer to run, off the wheel now, or null when the batch is done. */
  next(): TimerList | null {
    while (this.i < this.timers.length) {
      const x = this.timers[this.i++];
      if (x.at === this.tick) {
        x.at = null;
        return x;
      }
    }
    return null;
  }
}

/**
 * Files x in the bucket that runs at jiffy `tick`. A new tick goes into the engine's queue under the
 * key of the delay (in jiffies) that made it: for one delay, a tick made later is never due earlier
 * (its level is the same, and rounding up is monotonic), which the queue's FIFO per key needs.
 */
function enqueue(x: WheelTimer, jexpires: number, level: number, tick: number, djiffies: number): void {
  let at = E.timerTicks.get(tick) as Tick | undefined;
  if (at === undefined) {
    at = new Tick(tick, -1 - djiffies);
    E.timerTicks.set(tick, at);
    E.scheduleAt(at, tickTime(tick), at.key);
  }
  x.slot = at.timers.length;
  at.timers.push(x);
  at.live++;
  x.at = at;
  x.level = level;
  x.jexpires = jexpires;
}

function detach(x: WheelTimer): void {
  const at = x.at;
  if (at === null) return;
  at.timers[x.slot] = null;
  x.at = null;
  if (--at.live === 0 && !at.fired) {
    // an empty tick leaves the engine's queue (or is skipped there, cancelled)
    at.cancelled = true;
    E.timerTicks.delete(at.jiffy);
    E.cancelledKey(at.key);
  }
}

/**
 * __mod_timer(x, jiffies + ⌈delayUs⌉): unchanged when it is pending with the same expiry, or would go
 * into the bucket it is in (only its expiry moves); otherwise taken off its bucket and put at the
 * head of its new one.
 */
function modTimer(x: WheelTimer, delayUs: number): void {
  const clk = small(Math.floor(E.now / JIFFY_US));
  const d = small(Math.ceil(Math.max(0, delayUs) / JIFFY_US));
  const jexpires = clk + d;
  if (x.at !== null) {
    if (x.jexpires === jexpires) return;
    wheelSlot(jexpires, clk);
    if (slotTick === x.at.jiffy && slotLevel === x.level) {
      x.jexpires = jexpires;
      return;
    }
    detach(x);
  } else {
    wheelSlot(jexpires, clk);
  }
  enqueue(x, jexpires, slotLevel, slotTick, d);
}

// (A is any: a field holds the timer of any struct, as the kernel's timer_list does)
export class TimerList<A = any> implements WheelTimer {
  /** When it was asked to expire (µs of virtual time; the wheel runs it at `fires`). */
  expires = 0;
  at: Tick | null = null;
  slot = 0;
  level = 0;
  jexpires = 0;
  /**
   * fn(arg) runs at expiry: the kernel's timer->function with the object it is embedded in (a
   * function and its argument rather than a closure, so a kernel generator's fast-path twin runs).
   */
  constructor(
    readonly name: string,
    readonly host: TimerHost,
    readonly fn: (arg: A) => Sim<void>,
    readonly arg: A,
  ) {}

  get pending(): boolean {
    return this.at !== null;
  }

  /** When the wheel will run it (µs of virtual time), or NaN when not pending. */
  get fires(): number {
    return this.at !== null ? tickTime(this.at.jiffy) : NaN;
  }

  /** mod_timer(timer, jiffies + delay): (re)arms it to expire after delayUs of virtual time. */
  mod(delayUs: number): void {
    this.expires = E.now + delayUs;
    modTimer(this, delayUs);
  }

  /** del_timer(): returns true if it was pending. */
  del(): boolean {
    const was = this.at !== null;
    detach(this);
    return was;
  }

  /** (its tick's batch runs it: Tick.fire) */
  expire(): void {}
}

/** schedule_timeout()'s on-stack timer: process_timeout wakes the task. */
export class ProcessTimer implements WheelTimer {
  at: Tick | null = null;
  slot = 0;
  level = 0;
  jexpires = 0;
  constructor(private readonly wake: () => void) {}
  mod(delayUs: number): void {
    modTimer(this, delayUs);
  }
  del(): void {
    detach(this);
  }
  expire(): void {
    this.wake();
  }
}
