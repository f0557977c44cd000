// Kernel timers on the virtual clock (include/linux/timer.h): mod_timer arms, del_timer disarms;
// an expired timer's function runs in its host's softirq context, like the timer softirq.

import { E, Sim, TimedEvent } from './engine';

/** Where an expired timer's function runs: its host's softirq (world/world.ts Host). */
export interface TimerHost {
  raiseSoftirq(timer: TimerList): void;
}

// (A is any: a field holds the timer of any struct, as the kernel's timer_list does)
export class TimerList<A = any> {
  expires = 0;
  pending = false;
  private ev: TimerEvent | null = null;
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

  /** mod_timer(timer, jiffies + delay): (re)arms to fire after delayUs of virtual time. */
  mod(delayUs: number): void {
    this.del();
    this.expires = E.now + delayUs;
    this.pending = true;
    const ev = new TimerEvent(this, delayUs);
    this.ev = ev;
    E.scheduleEvent(ev, delayUs);
  }

  /** del_timer(): returns true if it was pending. */
  del(): boolean {
    const was = this.pending;
    if (this.ev) {
      // del_timer takes it off the wheel: the cancelled event stays queued until its time, but
      // holds on to nothing (not the timer, nor the sock it would have run on)
      this.ev.cancelled = true;
      this.ev.timer = null;
      E.cancelled(this.ev.delay);
    }
    this.ev = null;
    this.pending = false;
    return was;
  }

  /** The timer's time has come: its function goes to the softirq. */
  expire(): void {
    this.pending = false;
    this.ev = null;
    this.host.raiseSoftirq(this);
  }
}

/** One arming of a timer: its own event in the engine's queue (no closure per mod_timer). */
class TimerEvent implements TimedEvent {
  t = 0;
  seq = 0;
  cancelled = false;
  constructor(
    public timer: TimerList | null,
    /** The delay it was filed with (Engine.cancelled). */
    readonly delay: number,
  ) {}
  fire(): void {
    this.timer?.expire();
  }
}
