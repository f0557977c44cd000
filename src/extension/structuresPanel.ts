// "Sockwalk: Show Kernel Structures": the webview that draws the kernel's structures at every pause
// of the active sockwalk session (webview/ draws; this file only hosts it). The panel's HTML carries
// a strict CSP with a per-load nonce and loads only the bundle under dist/webview; every message
// from the webview is validated (src/views/protocol.ts) — a malformed one is logged and dropped. The
// panel survives a window reload through its serializer; the webview redraws its saved state at once.

import * as crypto from 'node:crypto';
import * as vscode from 'vscode';
import type { LiveEvent, LiveSnapshots } from './live';
import { checkFromWebview, logSafe, webviewLogLine, type FromWebview, type ToWebview } from '../views/protocol';
import { webviewHtml } from '../views/html';
import { makeDelta } from '../views/delta';
import { WEBVIEW_STRINGS } from '../views/webviewStrings';
import type { SnapshotBody } from '../debug/contract';

export const STRUCTURES_VIEW_TYPE = 'sockwalk.structures';

export interface PanelHooks {
  /** The user picked an object in the webview. */
  onSelectObject(id: string): void;
  /** The webview reported how long a redraw took. */
  onDrawn?(seq: number, ms: number): void;
}

export class StructuresPanel implements vscode.Disposable {
  static current: StructuresPanel | undefined;
  /**
   * What was posted and what the webview said (for tests and the log). `lastPosted` is the last
   * message as the webview sees it once applied: a delta is recorded as the snapshot it stands for.
   */
  readonly stats = { posted: 0, deltas: 0, resyncs: 0, rejected: 0, drawn: [] as Array<{ seq: number; ms: number }>, lastPosted: undefined as ToWebview | undefined };
  /** The last pause sent to the webview: the next one goes as a delta on it. */
  private sent: { session: string; seq: number; body: SnapshotBody } | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  /** The editor column the panel was last seen in. */
  private column: vscode.ViewColumn | undefined;
  private lastSession: vscode.DebugSession | undefined;

  /** Opens (or reveals) the panel beside the editor. */
  static show(extensionUri: vscode.Uri, live: LiveSnapshots, log: vscode.LogOutputChannel, hooks: PanelHooks, preserveFocus = false): StructuresPanel {
    if (StructuresPanel.current) {
      StructuresPanel.current.panel.reveal(undefined, preserveFocus);
      return StructuresPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(
      STRUCTURES_VIEW_TYPE,
      'Kernel Structures',
      // beside the editors; with none open, in the second column, so the debugger's sources (opened in
      // the active group) do not cover it
      { viewColumn: vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Two, preserveFocus },
      StructuresPanel.options(extensionUri),
    );
    return new StructuresPanel(panel, extensionUri, live, log, hooks);
  }

  /** Restores a panel VS Code kept across a reload (the serializer's half). */
  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, live: LiveSnapshots, log: vscode.LogOutputChannel, hooks: PanelHooks): StructuresPanel {
    panel.webview.options = StructuresPanel.options(extensionUri);
    return new StructuresPanel(panel, extensionUri, live, log, hooks);
  }

  private static options(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')],
      // it follows the session while hidden behind a source editor, so showing it again costs nothing
      retainContextWhenHidden: true,
    };
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly live: LiveSnapshots,
    private readonly log: vscode.LogOutputChannel,
    private readonly hooks: PanelHooks,
  ) {
    StructuresPanel.current = this;
    this.column = panel.viewColumn;
    const webview = panel.webview;
    const asset = (f: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', f)).toString();
    webview.html = webviewHtml({
      cspSource: webview.cspSource,
      nonce: crypto.randomBytes(18).toString('base64'),
      scriptUri: asset('structures.js'),
      styleUri: asset('structures.css'),
      title: vscode.l10n.t('Kernel Structures'),
    });
    this.disposables.push(
      webview.onDidReceiveMessage((m) => this.receive(m)),
      live.subscribe((e) => this.onLive(e)),
      // the debugger opens a source in the panel's group and covers it: move that editor to another
      // group, so the code and the structures stay side by side
      panel.onDidChangeViewState(() => {
        if (panel.visible) {
          this.column = panel.viewColumn;
          return;
        }
        if (vscode.debug.activeDebugSession?.type !== 'sockwalk') return;
        // the editor that covered it becomes the active one a moment later
        for (const ms of [50, 250]) setTimeout(() => void this.uncover(), ms);
      }),
    );
    panel.onDidDispose(() => this.dispose());
  }

  /** Where a source should open so that it does not cover the panel: a column it is not in. */
  sourceColumn(): vscode.ViewColumn {
    const col = this.panel.visible ? this.panel.viewColumn : this.column;
    const other = vscode.window.visibleTextEditors.find((e) => e.viewColumn !== undefined && e.viewColumn !== col)?.viewColumn;
    return other ?? (col === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
  }

  private async uncover(): Promise<void> {
    const ed = vscode.window.activeTextEditor;
    if (this.panel.visible || !ed || !this.column || ed.viewColumn !== this.column) return;
    const fromDebugger = ed.document.languageId === 'sockwalk' || /[\\/]media[\\/]kernel[\\/]/.test(ed.document.uri.fsPath);
    if (!fromDebugger) return;
    await vscode.commands.executeCommand(this.column === vscode.ViewColumn.One ? 'workbench.action.moveEditorToNextGroup' : 'workbench.action.moveEditorToFirstGroup');
  }

  private onLive(e: LiveEvent): void {
    if (e.kind === 'snapshot') {
      this.lastSession = e.session;
      this.post({ type: 'snapshot', seq: e.seq, session: e.session.name, body: e.body });
    } else if (e.kind === 'ended') {
      this.post({ type: 'ended', session: e.session.name });
    }
  }

  /** Posts a message; a pause goes as a delta on the one sent before when it is of the same session, unless `whole`. */
  post(m: ToWebview, whole = false): void {
    if (!this.ready && m.type !== 'select') return; // 'ready' brings the latest picture
    this.stats.posted++;
    this.stats.lastPosted = m;
    let out: ToWebview = m;
    if (m.type === 'snapshot') {
      const base = this.sent;
      const delta = !whole && base && base.session === m.session && base.seq < m.seq ? makeDelta(base.body, m.body) : null;
      if (base && delta) {
        out = { type: 'delta', seq: m.seq, session: m.session, base: base.seq, delta };
        this.stats.deltas++;
      }
      this.sent = { session: m.session, seq: m.seq, body: m.body };
    }
    void this.panel.webview.postMessage(out);
  }

  private receive(raw: unknown): void {
    const c = checkFromWebview(raw);
    if (!c.ok) {
      this.stats.rejected++;
      this.log.warn(`structures view: rejected a message (${c.error}): ${preview(raw)}`);
      return;
    }
    const m: FromWebview = c.value;
    switch (m.type) {
      case 'ready': {
        this.ready = true;
        // the view's words in the display language, before any picture (not counted in stats: not a pause)
        const strings = Object.fromEntries(WEBVIEW_STRINGS.map((w) => [w, vscode.l10n.t(w)]).filter(([w, tr]) => w !== tr));
        if (Object.keys(strings).length) void this.panel.webview.postMessage({ type: 'strings', strings } satisfies ToWebview);
        const last = this.live.latest();
        if (last) {
          this.lastSession = last.session;
          this.post({ type: 'snapshot', seq: last.seq, session: last.session.name, body: last.body }, true);
          if (!vscode.debug.activeDebugSession || vscode.debug.activeDebugSession.id !== last.session.id) this.post({ type: 'ended', session: last.session.name });
        } else if (!vscode.debug.activeDebugSession) {
          this.post({ type: 'idle' });
        }
        return;
      }
      case 'resync': {
        this.stats.resyncs++;
        this.log.info(`structures view: pause ${m.seq} came as a delta on a pause it does not have; sending the whole picture`);
        const last = this.live.latest();
        if (last) this.post({ type: 'snapshot', seq: last.seq, session: last.session.name, body: last.body }, true);
        return;
      }
      case 'openFunction':
        void vscode.commands.executeCommand('sockwalk.openAnnotatedFunction', m.fn);
        return;
      case 'selectObject':
        this.hooks.onSelectObject(m.id);
        return;
      case 'drawn':
        this.stats.drawn.push({ seq: m.seq, ms: m.ms });
        if (this.stats.drawn.length > 200) this.stats.drawn.shift();
        this.hooks.onDrawn?.(m.seq, m.ms);
        return;
      case 'log':
        if (m.level === 'error') this.log.error(webviewLogLine(m.message));
        else this.log.warn(webviewLogLine(m.message));
        return;
    }
  }

  /** Highlights an object picked elsewhere (the sockets tree). */
  select(id: string): void {
    this.post({ type: 'select', id });
  }

  get session(): vscode.DebugSession | undefined {
    return this.lastSession;
  }

  dispose(): void {
    if (StructuresPanel.current === this) StructuresPanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

function preview(v: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return logSafe(s, 200);
}
