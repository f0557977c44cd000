// Beside VS Code's own current-line highlight: the callers' lines of the selected frame marked in
// the annotated sources (any visible editor showing their file), and the annotation of the current
// line (the comment above it) shown after it. The stack comes from the debug session itself
// (activeStackItem + a stackTrace request); a DAP tracker clears the marks when the run moves.

import * as vscode from 'vscode';
import { annotationAbove, fitAfter } from './csource';
import type { AnnotationViews } from './annotationViews';
import { parseKernelFrameName } from '../debug/contract';

interface Mark {
  path: string;
  /** 1-based. */
  line: number;
  name: string;
  /** What the mark says after the line. */
  text: string;
}

/** A DAP source path as a file system path (VS Code may give a URI string in remote windows). */
export function fsPath(p: string): string {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(p) ? vscode.Uri.parse(p).fsPath : p;
}

const RUN_REQUESTS = new Set(['continue', 'next', 'stepIn', 'stepOut', 'stepBack', 'reverseContinue', 'restart', 'goto']);

export class StackViews implements vscode.Disposable {
  private readonly callerType = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    backgroundColor: new vscode.ThemeColor('editor.stackFrameHighlightBackground'),
    overviewRulerColor: new vscode.ThemeColor('editor.stackFrameHighlightBackground'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    after: { color: new vscode.ThemeColor('editorCodeLens.foreground'), fontStyle: 'italic', margin: '0 0 0 2em' },
  });
  private readonly annotationType = vscode.window.createTextEditorDecorationType({
    after: { color: new vscode.ThemeColor('editorCodeLens.foreground'), fontStyle: 'italic', margin: '0 0 0 2em' },
  });
  private current: Mark | undefined;
  private callers: Mark[] = [];
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly annotations?: AnnotationViews) {
    this.disposables.push(
      vscode.debug.onDidChangeActiveStackItem(() => void this.refresh()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.apply()),
      vscode.debug.onDidTerminateDebugSession(() => this.clear()),
    );
  }

  state(): { current?: Mark; callers: Mark[] } {
    return { current: this.current && { ...this.current }, callers: this.callers.map((c) => ({ ...c })) };
  }

  tracker(session: vscode.DebugSession): vscode.DebugAdapterTracker {
    return {
      onWillReceiveMessage: (m: { type?: string; command?: string }) => {
        if (m?.type === 'request' && m.command && RUN_REQUESTS.has(m.command)) this.clear();
      },
      onDidSendMessage: (m: { type?: string; event?: string }) => {
        if (m?.type !== 'event') return;
        if (m.event === 'stopped') setTimeout(() => void this.refresh(session), 150);
        else if (m.event === 'continued' || m.event === 'terminated' || m.event === 'exited') this.clear();
      },
      onWillStopSession: () => this.clear(),
    };
  }

  private clear(): void {
    this.generation++;
    this.current = undefined;
    this.callers = [];
    this.apply();
  }

  /** Re-reads the stack of the active item (or of the session that just stopped). */
  async refresh(stoppedSession?: vscode.DebugSession): Promise<void> {
    const item = vscode.debug.activeStackItem;
    const gen = ++this.generation;
    let session: vscode.DebugSession | undefined;
    let threadId: number | undefined;
    let frameId: number | undefined;
    if (item && item.session.type === 'sockwalk') {
      session = item.session;
      threadId = item.threadId;
      frameId = item instanceof vscode.DebugStackFrame ? item.frameId : undefined;
    } else if (stoppedSession && stoppedSession.type === 'sockwalk') {
      session = stoppedSession;
    }
    if (!session) {
      this.current = undefined;
      this.callers = [];
      this.apply();
      return;
    }
    try {
      if (threadId === undefined) {
        const threads = (await session.customRequest('threads')) as { threads: Array<{ id: number }> };
        threadId = threads.threads[0]?.id;
        if (threadId === undefined) return;
      }
      const r = (await session.customRequest('stackTrace', { threadId, startFrame: 0, levels: 200 })) as {
        stackFrames: Array<{ id: number; name: string; line: number; source?: { path?: string } }>;
      };
      if (gen !== this.generation) return;
      // in a remote window VS Code hands paths back as URIs (vscode-remote://host/path)
      // a kernel frame's name carries its v5.4 place (`tcp_v4_rcv (net/ipv4/tcp_ipv4.c:1846)`): the function is what is named here
      const frames = r.stackFrames.map((f) => ({ ...f, name: parseKernelFrameName(f.name).fn, source: f.source?.path ? { ...f.source, path: fsPath(f.source.path) } : f.source }));
      const sel = Math.max(0, frameId === undefined ? 0 : frames.findIndex((f) => f.id === frameId));
      const cur = frames[sel];
      this.current = undefined;
      this.callers = [];
      if (cur?.source?.path) {
        const note = await this.annotation(cur.source.path, cur.line, cur.name);
        this.current = { path: cur.source.path, line: cur.line, name: cur.name, text: note ? `◂ ${note}` : '' };
      }
      let callee = cur?.name;
      for (const f of frames.slice(sel + 1)) {
        if (f.source?.path && !f.source.path.endsWith('.sockwalk')) {
          this.callers.push({ path: f.source.path, line: f.line, name: f.name, text: `↳ ${vscode.l10n.t('{0}() called {1}()', f.name, callee ?? '')}` });
        }
        callee = f.name;
      }
      if (gen === this.generation) this.apply();
    } catch {
      // the session moved on or ended; the tracker clears
    }
  }

  private async annotation(file: string, line: number, fn: string): Promise<string | undefined> {
    if (file.endsWith('.sockwalk')) return undefined;
    try {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      const lines = doc.getText().split(/\r?\n/);
      const en = annotationAbove(lines, line - 1);
      // in the reader's language when the annotation has a translation (sockwalk.annotationLanguage)
      const note = (en && this.annotations?.translate(file, fn, en)) || en;
      return note;
    } catch {
      return undefined;
    }
  }

  private apply(): void {
    for (const ed of vscode.window.visibleTextEditors) {
      const p = ed.document.uri.fsPath;
      const callers = this.callers.filter((c) => c.path === p && !(this.current && this.current.path === p && this.current.line === c.line));
      ed.setDecorations(
        this.callerType,
        callers.map((c) => ({ range: ed.document.lineAt(Math.min(c.line, ed.document.lineCount) - 1).range, renderOptions: { after: { contentText: c.text } } })),
      );
      const cur = this.current && this.current.path === p && this.current.text ? [this.current] : [];
      ed.setDecorations(
        this.annotationType,
        cur.map((c) => {
          const l = ed.document.lineAt(Math.min(c.line, ed.document.lineCount) - 1);
          // after the line only what fits beside it (a decoration cannot wrap); all of it in a hover over the line
          const text = fitAfter(l.text, c.text);
          const opts: vscode.DecorationOptions = { range: l.range, renderOptions: { after: { contentText: text } } };
          if (text !== c.text) opts.hoverMessage = new vscode.MarkdownString().appendText(c.text);
          return opts;
        }),
      );
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.callerType.dispose();
    this.annotationType.dispose();
  }
}
