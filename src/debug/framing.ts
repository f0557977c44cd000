// Reading DAP messages from a byte stream (the stdio adapter's stdin): `Content-Length: N\r\n\r\n`
// headers, then N bytes of JSON. Unlike the library's reader this one is bounded and never gives up:
// a message over MAX_MESSAGE_BYTES is skipped as it streams in (its bytes are not kept) and answered
// with an error; a malformed header or body is reported and skipped; the next message reads as usual.
// Linear in the bytes read (chunks are joined once per message, not on every read).

/** The largest DAP message the adapter reads: 8 MiB (a setBreakpoints with thousands of lines is < 1 MB). */
export const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;
/** The largest header block; past it, without its blank line, the bytes are not a DAP header. */
const MAX_HEADER_BYTES = 8 * 1024;
/** How much of a skipped message is kept to find its seq and command (for the error response). */
const PEEK_BYTES = 4096;
const CRLF2 = Buffer.from('\r\n\r\n');

export interface FrameSink {
  /** A parsed message (any JSON value: the receiver checks its shape). */
  message(msg: unknown): void;
  /** A problem with the input, for the log. */
  problem(text: string): void;
  /** A request too large to read: its seq and command if they could be seen in its first bytes. */
  tooLarge(bytes: number, seq: number | undefined, command: string | undefined): void;
}

export class FrameReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Body bytes still expected (-1: reading a header). */
  private need = -1;
  /** Skipping an oversized body: bytes left to drop, and the first bytes kept. */
  private skip = 0;
  private skipTotal = 0;
  private peek: Buffer[] = [];
  private peeked = 0;

  constructor(private readonly sink: FrameSink, private readonly maxBytes = MAX_MESSAGE_BYTES) {}

  push(data: Buffer): void {
    while (data.length > 0) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, data.length);
        if (this.peeked < PEEK_BYTES) {
          const k = Math.min(n, PEEK_BYTES - this.peeked);
          this.peek.push(data.subarray(0, k));
          this.peeked += k;
        }
        this.skip -= n;
        data = data.subarray(n);
        if (this.skip === 0 || this.peeked >= PEEK_BYTES) this.reportTooLarge();
        continue;
      }
      this.chunks.push(data);
      this.buffered += data.length;
      data = Buffer.alloc(0);
      this.drain();
      if (this.skip > 0 && this.buffered > 0) {
        // the rest of what was buffered belongs to the skipped body
        const rest = Buffer.concat(this.chunks, this.buffered);
        this.chunks = [];
        this.buffered = 0;
        data = rest;
      }
    }
  }

  private reportTooLarge(): void {
    if (this.peek.length === 0 && this.peeked === 0) return;
    if (this.peek.length) {
      const head = Buffer.concat(this.peek).toString('utf8');
      this.peek = [];
      const seq = /"seq"\s*:\s*(\d{1,15})/.exec(head);
      const cmd = /"command"\s*:\s*"([A-Za-z0-9_/.-]{1,100})"/.exec(head);
      this.sink.tooLarge(this.skipTotal, seq ? Number(seq[1]) : undefined, cmd?.[1]);
    }
  }

  private take(n: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
    const out = all.subarray(0, n);
    const rest = all.subarray(n);
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
    return out;
  }

  private drain(): void {
    for (;;) {
      if (this.need >= 0) {
        if (this.buffered < this.need) return;
        const body = this.take(this.need);
        this.need = -1;
        this.deliver(body);
        continue;
      }
      // a header: find the blank line in what is buffered (only the header area is joined)
      const head = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
      this.chunks = head.length ? [head] : [];
      const idx = head.indexOf(CRLF2);
      if (idx < 0) {
        if (head.length > MAX_HEADER_BYTES) {
          this.sink.problem(`skipped ${head.length} bytes that are not a DAP header (no "Content-Length: N" and blank line)`);
          // keep the last bytes: the blank line may be split across reads
          const keep = head.subarray(head.length - 3);
          this.chunks = [keep];
          this.buffered = keep.length;
        }
        return;
      }
      const text = head.subarray(0, idx).toString('latin1');
      this.take(idx + CRLF2.length);
      const m = /(?:^|\r\n)Content-Length:[ \t]*(\d{1,16})[ \t]*(?:\r\n|$)/i.exec(text);
      if (!m) {
        this.sink.problem(`skipped a DAP header without a valid Content-Length: ${JSON.stringify(text.slice(0, 200))}`);
        continue;
      }
      const len = Number(m[1]);
      if (len > this.maxBytes) {
        // drop the body as it arrives; answer once its seq is known (or it has all gone by)
        const now = Math.min(len, this.buffered);
        const dropped = this.take(now);
        this.skipTotal = len;
        this.peek = [dropped.subarray(0, PEEK_BYTES)];
        this.peeked = Math.min(PEEK_BYTES, dropped.length);
        this.skip = len - now;
        if (this.skip === 0 || this.peeked >= PEEK_BYTES) this.reportTooLarge();
        if (this.skip > 0) return;
        continue;
      }
      this.need = len;
    }
  }

  private deliver(body: Buffer): void {
    if (body.length === 0) return;
    let msg: unknown;
    try {
      msg = JSON.parse(body.toString('utf8'));
    } catch (e) {
      this.sink.problem(`skipped a malformed DAP message (${(e as Error).message}): ${JSON.stringify(body.subarray(0, 200).toString('utf8'))}`);
      return;
    }
    this.sink.message(msg);
  }
}
