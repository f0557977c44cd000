// The "Sockwalk Sockets" view in Run and Debug: the snapshot's hosts, processes, fds and socks, and
// the packets in flight (src/views/socketsModel.ts builds the nodes). It follows the active sockwalk
// session, updates at every pause and reveals the sock picked in the structures webview.

import * as vscode from 'vscode';
import type { LiveEvent, LiveSnapshots } from './live';
import { socketsTree, type SockNode } from '../views/socketsModel';

const STATE_ICONS: Record<string, string> = {
  LISTEN: 'radio-tower',
  ESTABLISHED: 'plug',
  SYN_SENT: 'arrow-right',
  SYN_RECV: 'arrow-left',
  NEW_SYN_RECV: 'loading',
  TIME_WAIT: 'watch',
  CLOSE: 'circle-slash',
  CLOSE_WAIT: 'debug-pause',
  FIN_WAIT1: 'arrow-small-right',
  FIN_WAIT2: 'arrow-small-right',
  LAST_ACK: 'arrow-small-left',
  CLOSING: 'sync',
};

export class SocketsTree implements vscode.TreeDataProvider<SockNode>, vscode.Disposable {
  static readonly VIEW_ID = 'sockwalk.sockets';
  private readonly changed = new vscode.EventEmitter<SockNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: SockNode[] = [];
  private readonly parents = new Map<string, SockNode | undefined>();
  private readonly byId = new Map<string, SockNode>();
  readonly view: vscode.TreeView<SockNode>;
  private sub: vscode.Disposable | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private ended = false;

  constructor(private readonly live: LiveSnapshots) {
    this.view = vscode.window.createTreeView(SocketsTree.VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      // fetch snapshots only while the view is visible
      this.view.onDidChangeVisibility((e) => this.listen(e.visible)),
    );
    this.listen(this.view.visible);
  }

  private listen(on: boolean): void {
    if (on && !this.sub) {
      this.sub = this.live.subscribe((e) => this.onLive(e));
      const last = this.live.latest();
      if (last) this.set(socketsTree(last.body.snapshot));
    } else if (!on && this.sub) {
      this.sub.dispose();
      this.sub = undefined;
    }
  }

  private onLive(e: LiveEvent): void {
    if (e.kind === 'snapshot') {
      this.ended = false;
      this.set(socketsTree(e.body.snapshot));
    } else if (e.kind === 'ended') {
      this.ended = true;
      this.view.message = vscode.l10n.t('{0} has ended: the last pause is shown.', e.session.name);
    }
  }

  private set(roots: SockNode[]): void {
    this.roots = roots;
    this.parents.clear();
    this.byId.clear();
    const walk = (n: SockNode, parent: SockNode | undefined) => {
      this.parents.set(n.id, parent);
      this.byId.set(n.id, n);
      for (const c of n.children) walk(c, n);
    };
    for (const r of roots) walk(r, undefined);
    if (!this.ended) this.view.message = undefined;
    const socks = [...this.byId.values()].filter((n) => n.kind === 'sock').length;
    this.view.description = socks === 1 ? vscode.l10n.t('1 sock') : vscode.l10n.t('{0} socks', socks);
    this.changed.fire(undefined);
  }

  /** The nodes now (for tests). */
  nodes(): SockNode[] {
    return this.roots;
  }

  /** Shows the view (opening its pane), then reveals and selects the node of this object (a sock or a packet). */
  async reveal(objectId: string): Promise<boolean> {
    if (!this.view.visible) {
      await vscode.commands.executeCommand(`${SocketsTree.VIEW_ID}.focus`);
      // visible now: listen() filled the tree from the latest snapshot
      this.listen(true);
    }
    const n = this.byId.get(objectId) ?? this.byId.get(`pkt:${objectId}`);
    if (!n) return false;
    try {
      await this.view.reveal(n, { select: true, focus: false, expand: true });
      return true;
    } catch {
      return false; // the view is not visible
    }
  }

  getTreeItem(n: SockNode): vscode.TreeItem {
    const collapsible = n.children.length
      ? n.kind === 'group' || n.kind === 'packets'
        ? vscode.TreeItemCollapsibleState.Collapsed
        : vscode.TreeItemCollapsibleState.Expanded
      : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(n.label, n.kind === 'packets' && n.children.length ? vscode.TreeItemCollapsibleState.Expanded : collapsible);
    item.id = n.id;
    item.description = n.description;
    item.tooltip = n.tooltip;
    item.contextValue = n.kind;
    item.iconPath = new vscode.ThemeIcon(
      n.kind === 'host' ? 'server' : n.kind === 'process' ? 'terminal' : n.kind === 'packet' ? 'mail' : n.kind === 'packets' ? 'arrow-swap' : n.kind === 'group' ? 'gear' : STATE_ICONS[n.state ?? ''] ?? 'symbol-field',
    );
    if (n.objectId && n.kind === 'sock') item.command = { command: 'sockwalk.selectObject', title: vscode.l10n.t('Show in Kernel Structures'), arguments: [n.objectId] };
    return item;
  }

  getChildren(n?: SockNode): SockNode[] {
    return n ? n.children : this.roots;
  }

  getParent(n: SockNode): SockNode | undefined {
    return this.parents.get(n.id);
  }

  dispose(): void {
    this.sub?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
