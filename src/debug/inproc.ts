// An in-process DAP client for the adapter: feeds requests to a SockwalkDebugSession and collects
// its responses and events, with no streams in between. Used by the bench (and usable by tests).

import type { DebugProtocol } from '@vscode/debugprotocol';
import { SockwalkDebugSession } from './session';

export class InProcessClient {
  readonly session = new SockwalkDebugSession();
  private seq = 1;
  private waiting = new Map<number, (r: DebugProtocol.Response) => void>();
  private listeners: Array<(e: DebugProtocol.Event) => void> = [];
  readonly events: DebugProtocol.Event[] = [];

  constructor() {
    this.session.onDidSendMessage((m) => {
      const msg = m as DebugProtocol.ProtocolMessage;
      if (msg.type === 'response') {
        const r = msg as DebugProtocol.Response;
        const w = this.waiting.get(r.request_seq);
        this.waiting.delete(r.request_seq);
        w?.(r);
      } else if (msg.type === 'event') {
        const e = msg as DebugProtocol.Event;
        this.events.push(e);
        for (const l of [...this.listeners]) l(e);
      }
    });
  }

  request<T extends DebugProtocol.Response = DebugProtocol.Response>(command: string, args?: unknown): Promise<T> {
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, (r) => (r.success ? resolve(r as T) : reject(new Error(r.message))));
      this.session.handleMessage({ seq, type: 'request', command, arguments: args } as DebugProtocol.Request);
    });
  }

  next(event: string): Promise<DebugProtocol.Event> {
    return new Promise((resolve) => {
      const l = (e: DebugProtocol.Event) => {
        if (e.event === event) {
          this.listeners.splice(this.listeners.indexOf(l), 1);
          resolve(e);
        }
      };
      this.listeners.push(l);
    });
  }
}
