// "Follow changes": after a pause is drawn, bring its first marked change (new, removed or changed
// object or entry, in document order) into view when it is off screen — smoothly, unless the reader
// asked for reduced motion. Never while the reader is scrolling (nor ~2 s after) or while a select
// from the extension is being honoured: the reader's position wins.

/** What counts as a change on the page: marked rows, cards, chips and fields, and a closed group's counts. */
export const MARKED = '.mark-new, .mark-removed, .mark-changed, .f.changed';
/** How long a scroll by the reader (or a select) keeps the view where it is. */
export const HOLD_MS = 2000;

export class Follow {
  private holdUntil = 0;
  /** A scroll we started is under way: its scroll events are not the reader's. */
  private ours = false;
  private oursTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;

  constructor(private readonly root: HTMLElement) {
    addEventListener('scroll', () => this.ours || this.hold(), { passive: true });
    addEventListener('scrollend', () => (this.ours = false));
    addEventListener('wheel', () => this.hold(), { passive: true });
    addEventListener('touchmove', () => this.hold(), { passive: true });
  }

  /** Leave the scroll position alone for a while (the reader scrolled; a select is being honoured). */
  hold(ms = HOLD_MS): void {
    this.holdUntil = Math.max(this.holdUntil, performance.now() + ms);
    cancelAnimationFrame(this.frame);
  }

  /** After a pause is drawn: look once it is laid out (next frame), so the draw itself stays cheap. */
  schedule(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.run());
  }

  /** The first marked change that has a box, or null. */
  first(): HTMLElement | null {
    for (const el of this.root.querySelectorAll<HTMLElement>(MARKED)) if (el.getClientRects().length) return el;
    return null;
  }

  private run(): void {
    if (performance.now() < this.holdUntil) return;
    const el = this.first();
    if (!el) return;
    const top = this.root.querySelector('.hdr')?.getBoundingClientRect().bottom ?? 0;
    const r = el.getBoundingClientRect();
    if (r.bottom > top && r.top < innerHeight) return;
    this.ours = true;
    clearTimeout(this.oursTimer);
    this.oursTimer = setTimeout(() => (this.ours = false), 1500);
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  }
}
