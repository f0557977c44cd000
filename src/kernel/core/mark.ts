// The markers of the hand-written kernel modules (src/kernel/net/, src/kernel/arch/): declarations
// only. scripts/gen-kernel.ts replaces every use when it writes the stepping layer, src/kernel/gen/,
// which is what runs; nothing imports these at run time (they have no body to run).

/**
 * The C line the statements after it stand for: its text in the annotated source of the function of
 * the same name (media/kernel/…), or a part of it found once there; `text#2` for the second occurrence.
 * The engine can stop before it; the trace records it.
 */
export declare function line(text: TemplateStringsArray): void;

/**
 * `frame({ sk, uaddr: addr })` opens the function's frame there, with the values the debugger shows
 * (without it: at the top, with the parameters); `frame.err = err` shows one more from then on.
 */
export declare const frame: { (vars: Record<string, unknown>): void; [name: string]: unknown };
