// Kernel timers on the virtual clock (include/linux/timer.h): mod_timer arms, del_timer disarms;
// an expired timer's function runs in its host's softirq context, like the timer softirq.

import { E, Sim, TimedEvent } from './engine';
import type { Host } from './world';

export class TimerList {
  expires = 0;
  pending = false;
  private ev: TimedEvent | null = null;
  constructor(
    readonly name: string,
    readonly host: Host,
    readonly fn: () => Sim<void>,
  ) {}

  /** mod_timer(timer, jiffies + delay): (re)arms to fire after delayUs of virtual time. */
  mod(delayUs: number): void {
    this.del();
    this.expires = E.now + delayUs;
    this.pending = true;
    this.ev = E.schedule(delayUs, () => {
      this.pending = false;
      this.ev = null;
      this.host.raiseSoftirq({ kind: 'timer', timer: this });
    });
  }

  /** del_timer(): returns true if it was pending. */
  del(): boolean {
    const was = this.pending;
    if (this.ev) {
      // del_timer takes it off the wheel: the cancelled event stays queued until its time, but
      // holds on to nothing (the timer, its function and the sock it would have run on)
      this.ev.cancelled = true;
      this.ev.fire = noop;
    }
    this.ev = null;
    this.pending = false;
    return was;
  }
}

function noop(): void {}
