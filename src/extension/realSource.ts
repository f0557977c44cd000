// "Sockwalk: Open the Real Kernel Source": for the function at the cursor (or the current frame), open
// its definition in the user's own Linux tree when `sockwalk.linuxSourcePath` points at a checkout,
// otherwise the Elixir v5.4 page the annotated source names.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { mediaKernelDir } from '../node/paths';
import { expressionAt, findDefinition, functionAt, functionHeaders, type FnHeader } from './csource';

let index: Map<string, FnHeader & { annotated: string }> | undefined;

/** Every function of the annotated sources, by name (read once). */
export function annotatedFunctions(): Map<string, FnHeader & { annotated: string }> {
  if (index) return index;
  index = new Map();
  const root = mediaKernelDir();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.[ch]$/.test(e.name)) {
        for (const h of functionHeaders(fs.readFileSync(p, 'utf8'))) if (!index!.has(h.name)) index!.set(h.name, { ...h, annotated: p });
      }
    }
  };
  walk(root);
  return index;
}

/** The function the user means: the argument, the word at the cursor, the function around it, or the current frame. */
async function target(arg?: string): Promise<string | undefined> {
  const fns = annotatedFunctions();
  if (arg && fns.has(arg)) return arg;
  const ed = vscode.window.activeTextEditor;
  if (ed) {
    const pos = ed.selection.active;
    const word = ed.document.getText(ed.document.getWordRangeAtPosition(pos, /[A-Za-z_][A-Za-z0-9_]*/));
    if (word && fns.has(word)) return word;
    const e = expressionAt(ed.document.lineAt(pos.line).text, pos.character);
    if (e && fns.has(e.expression)) return e.expression;
    if (ed.document.uri.fsPath.startsWith(mediaKernelDir())) {
      const around = functionAt(functionHeaders(ed.document.getText()), pos.line);
      if (around) return around.name;
    }
  }
  const item = vscode.debug.activeStackItem;
  if (item && item.session.type === 'sockwalk') {
    try {
      const r = (await item.session.customRequest('stackTrace', { threadId: item.threadId, startFrame: 0, levels: 200 })) as { stackFrames: Array<{ id: number; name: string }> };
      const f = item instanceof vscode.DebugStackFrame ? r.stackFrames.find((x) => x.id === item.frameId) : r.stackFrames[0];
      if (f && fns.has(f.name)) return f.name;
    } catch {
      // not stopped
    }
  }
  return undefined;
}

export interface RealSourceResult {
  name: string;
  /** What was opened: a file in the user's tree (with its 1-based line) or the Elixir URL. */
  file?: string;
  line?: number;
  url?: string;
}

export async function openRealSource(arg?: string): Promise<RealSourceResult | undefined> {
  const name = await target(arg);
  const fns = annotatedFunctions();
  if (!name) {
    // no function under the cursor: say so, and offer a list, or a Linux tree of one's own
    const list = vscode.l10n.t('Pick a Function…');
    const a = await vscode.window.showInformationMessage(vscode.l10n.t('sockwalk: no kernel function under the cursor. Put it on a call or inside a function of the annotated sources, pick one from the list, or set sockwalk.linuxSourcePath to a Linux 5.4 tree of your own.'), list, SET_PATH);
    if (a === SET_PATH) return void offerSourcePath();
    if (a !== list) return undefined;
    const pick = await vscode.window.showQuickPick([...fns.keys()].sort(), { title: vscode.l10n.t('Sockwalk: Open the Real Kernel Source'), placeHolder: vscode.l10n.t('A kernel function') });
    if (!pick) return undefined;
    return openRealSource(pick);
  }
  const fn = fns.get(name)!;
  const tree = vscode.workspace.getConfiguration('sockwalk').get<string>('linuxSourcePath')?.trim();
  if (tree) {
    const root = tree.replace(/^~(?=$|\/)/, process.env.HOME ?? '~');
    const file = path.join(root, fn.upstreamFile);
    if (fs.existsSync(file)) {
      const text = fs.readFileSync(file, 'utf8');
      const def = findDefinition(text, name);
      const line = def ?? Math.max(0, fn.upstreamLine - 1);
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      const pos = new vscode.Position(line, 0);
      await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), preview: false });
      if (def === undefined) void vscode.window.showWarningMessage(vscode.l10n.t('sockwalk: {0}() not found in {1}; opened at the 5.4 line {2}.', name, file, fn.upstreamLine));
      return { name, file, line: line + 1 };
    }
    void vscode.window.showWarningMessage(vscode.l10n.t('sockwalk: {0} does not exist (sockwalk.linuxSourcePath = {1}); opening the Linux 5.4 source online.', file, tree));
  }
  if (!fn.url) return undefined;
  // Elixir out of reach (offline, behind a proxy): say so instead of a browser tab that never loads
  if (!(await reachable(fn.url))) {
    const a = await vscode.window.showWarningMessage(vscode.l10n.t('sockwalk: the Linux 5.4 source online ({0}) cannot be reached. Set sockwalk.linuxSourcePath to a Linux 5.4 tree of your own to open {1}() there.', new URL(fn.url).host, name), SET_PATH, vscode.l10n.t('Open Anyway'));
    if (a === SET_PATH) void offerSourcePath();
    if (a !== vscode.l10n.t('Open Anyway')) return { name };
  }
  await vscode.env.openExternal(vscode.Uri.parse(fn.url));
  return { name, url: fn.url };
}

const SET_PATH = vscode.l10n.t('Set sockwalk.linuxSourcePath');

/** The setting, in the Settings editor: in a remote window (code-server, SSH) on the remote machine's tab, where the sources are. */
function offerSourcePath(): Thenable<unknown> {
  const query = 'sockwalk.linuxSourcePath';
  if (vscode.env.remoteName) return vscode.commands.executeCommand('workbench.action.openRemoteSettings', { query });
  return vscode.commands.executeCommand('workbench.action.openSettings', query);
}

/** Does the page answer within a few seconds (any HTTP status)? */
async function reachable(url: string): Promise<boolean> {
  try {
    await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(4000) });
    return true;
  } catch {
    return false;
  }
}
