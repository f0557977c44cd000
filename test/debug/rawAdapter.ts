// The real stdio debug adapter (`node dist/debugAdapter.js`) driven byte by byte: for frames no DAP
// client library would send (malformed, oversized), and for checking that the process stays alive.

import { spawn, ChildProcess } from 'node:child_process';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const ADAPTER = path.join(ROOT, 'dist/debugAdapter.js');

export interface Msg {
  type: string;
  seq: number;
  request_seq?: number;
  command?: string;
  success?: boolean;
  message?: string;
  body?: Record<string, unknown>;
  event?: string;
}

export class RawAdapter {
  readonly proc: ChildProcess;
  readonly messages: Msg[] = [];
  stderr = '';
  exitCode: number | null | undefined = undefined;
  private buf = Buffer.alloc(0);
  private waiters: Array<() => void> = [];
  private seq = 1;

  constructor() {
    this.proc = spawn(process.execPath, [ADAPTER], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString('utf8')));
    this.proc.on('exit', (code) => {
      this.exitCode = code;
      this.wake();
    });
    this.proc.stdin!.on('error', () => undefined);
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  private onData(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const i = this.buf.indexOf('\r\n\r\n');
      if (i < 0) break;
      const m = /Content-Length: (\d+)/.exec(this.buf.subarray(0, i).toString());
      const len = Number(m![1]);
      if (this.buf.length < i + 4 + len) break;
      this.messages.push(JSON.parse(this.buf.subarray(i + 4, i + 4 + len).toString('utf8')));
      this.buf = this.buf.subarray(i + 4 + len);
    }
    this.wake();
  }

  /** Writes raw bytes (a frame body with its header, or anything at all). */
  write(bytes: string | Buffer): void {
    this.proc.stdin!.write(bytes);
  }

  /** Frames a body as DAP does. */
  frame(body: string | Buffer): void {
    const b = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    this.write(Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`), b]));
  }

  /** Sends a request; resolves with its response. */
  async request(command: string, args?: unknown, timeoutMs = 10_000): Promise<Msg> {
    const seq = this.seq++;
    const req: Record<string, unknown> = { seq, type: 'request', command };
    if (args !== undefined) req.arguments = args;
    this.frame(JSON.stringify(req));
    return this.waitFor((m) => m.type === 'response' && m.request_seq === seq, timeoutMs, `response to ${command}`);
  }

  nextSeq(): number {
    return this.seq++;
  }

  async waitFor(pred: (m: Msg) => boolean, timeoutMs: number, what: string): Promise<Msg> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const m = this.messages.find(pred);
      if (m) return m;
      if (this.exitCode !== undefined) throw new Error(`the adapter exited (${this.exitCode}) before ${what}; stderr: ${this.stderr}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${what} within ${timeoutMs} ms; stderr: ${this.stderr}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, left);
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
  }

  async stop(): Promise<void> {
    if (this.exitCode !== undefined) return;
    const exited = new Promise<void>((r) => this.proc.once('exit', () => r()));
    this.proc.kill();
    await exited;
  }
}
