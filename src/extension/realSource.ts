// "Sockwalk: Open the Real Kernel Source": the exact line of Linux v5.4 the user means — the current
// statement of the selected stack frame (or of a frame right-clicked in the call stack), the line at
// the cursor in an annotated source, or a function's definition line — in the user's own Linux tree
// when `sockwalk.linuxSourcePath` points at one (warned when its Makefile is not 5.4.0), otherwise on
// Elixir (https://elixir.bootlin.com/linux/v5.4/source/PATH#LLINE).
// The v5.4 line of each annotated line comes from media/kernel/upstream-lines.json, read by annotated.ts
// (the same map as the CLI's and the debugger's); a line the map does not know opens the function's
// definition line instead.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { mediaKernelDir } from '../node/paths';
import { parseKernelFrameName } from '../debug/contract';
import { elixirUrl, makefileVersion, parseUpstreamMap, upstreamLines, UPSTREAM_MAP_PATH } from '../kernel/core/annotated';
import { expressionAt, findDefinition, functionAt, functionHeaders, type FnHeader } from './csource';

type Annotated = FnHeader & { annotated: string; kernelPath: string };
let index: Map<string, Annotated> | undefined;
const realLinesByFile = new Map<string, Map<number, number>>();

/** Every function of the annotated sources, by name (read once). */
export function annotatedFunctions(): Map<string, Annotated> {
  if (index) return index;
  index = new Map();
  const root = mediaKernelDir();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.[ch]$/.test(e.name)) {
        const kernelPath = path.relative(root, p).split(path.sep).join('/');
        for (const h of functionHeaders(fs.readFileSync(p, 'utf8'))) if (!index!.has(h.name)) index!.set(h.name, { ...h, annotated: p, kernelPath });
      }
    }
  };
  walk(root);
  return index;
}

/** The v5.4 line of each line of an annotated file (1-based both), from the map. */
function realLines(kernelPath: string): Map<number, number> {
  let m = realLinesByFile.get(kernelPath);
  if (m) return m;
  const root = mediaKernelDir();
  const mapFile = path.join(root, UPSTREAM_MAP_PATH);
  const map = parseUpstreamMap(fs.existsSync(mapFile) ? fs.readFileSync(mapFile, 'utf8') : undefined);
  const file = path.join(root, kernelPath);
  m = fs.existsSync(file) ? upstreamLines(map, kernelPath, fs.readFileSync(file, 'utf8')) : new Map<number, number>();
  realLinesByFile.set(kernelPath, m);
  return m;
}

/** What to open: a function, and the v5.4 line of one of its statements (else its definition line). */
interface Target {
  name: string;
  line?: number;
}

/** A call-stack row's context (the `debug/callstack/context` menu): the frame's name carries its v5.4 place. */
function fromFrameContext(arg: unknown): Target | undefined {
  const name = arg && typeof arg === 'object' ? (arg as { frameName?: unknown }).frameName : undefined;
  if (typeof name !== 'string') return undefined;
  const p = parseKernelFrameName(name);
  return annotatedFunctions().has(p.fn) ? { name: p.fn, line: p.line } : undefined;
}

/** The function (and line) the user means: the argument, the word at the cursor, the line at the cursor, or the current frame. */
async function target(arg?: unknown): Promise<Target | undefined> {
  const fns = annotatedFunctions();
  if (typeof arg === 'string' && fns.has(arg)) return { name: arg };
  const fromMenu = fromFrameContext(arg);
  if (fromMenu) return fromMenu;
  const ed = vscode.window.activeTextEditor;
  if (ed) {
    const pos = ed.selection.active;
    const word = ed.document.getText(ed.document.getWordRangeAtPosition(pos, /[A-Za-z_][A-Za-z0-9_]*/));
    if (word && fns.has(word)) return { name: word };
    const e = expressionAt(ed.document.lineAt(pos.line).text, pos.character);
    if (e && fns.has(e.expression)) return { name: e.expression };
    const root = mediaKernelDir();
    if (ed.document.uri.fsPath.startsWith(root + path.sep)) {
      const around = functionAt(functionHeaders(ed.document.getText()), pos.line);
      if (around) {
        const kernelPath = path.relative(root, ed.document.uri.fsPath).split(path.sep).join('/');
        return { name: around.name, line: realLines(kernelPath).get(pos.line + 1) };
      }
    }
  }
  const item = vscode.debug.activeStackItem;
  if (item && item.session.type === 'sockwalk') {
    try {
      const r = (await item.session.customRequest('stackTrace', { threadId: item.threadId, startFrame: 0, levels: 200 })) as { stackFrames: Array<{ id: number; name: string }> };
      const f = item instanceof vscode.DebugStackFrame ? r.stackFrames.find((x) => x.id === item.frameId) : r.stackFrames[0];
      const p = f && parseKernelFrameName(f.name);
      if (p && fns.has(p.fn)) return { name: p.fn, line: p.line };
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
  /** The warning shown, if any (a tree that is not v5.4, a function not found in it …). */
  warning?: string;
}

export async function openRealSource(arg?: unknown): Promise<RealSourceResult | undefined> {
  const want = await target(arg);
  const fns = annotatedFunctions();
  if (!want) {
    // no function under the cursor: say so, and offer a list, or a Linux tree of one's own
    const list = vscode.l10n.t('Pick a Function…');
    const a = await vscode.window.showInformationMessage(vscode.l10n.t('sockwalk: no kernel function under the cursor. Put it on a call or inside a function of the annotated sources, pick one from the list, or set sockwalk.linuxSourcePath to a Linux 5.4 tree of your own.'), list, SET_PATH);
    if (a === SET_PATH) return void offerSourcePath();
    if (a !== list) return undefined;
    const pick = await vscode.window.showQuickPick([...fns.keys()].sort(), { title: vscode.l10n.t('Sockwalk: Open the Real Kernel Source'), placeHolder: vscode.l10n.t('A kernel function') });
    if (!pick) return undefined;
    return openRealSource(pick);
  }
  const { name } = want;
  const fn = fns.get(name)!;
  const kernelPath = fn.upstreamFile || fn.kernelPath;
  // the definition line: the map's (checked against v5.4), else the header's
  const defLine = realLines(fn.kernelPath).get(fn.defLine + 1) ?? fn.upstreamLine;
  const line = want.line ?? defLine;
  const warn = (msg: string) => {
    void vscode.window.showWarningMessage(msg);
    return msg;
  };
  const tree = vscode.workspace.getConfiguration('sockwalk').get<string>('linuxSourcePath')?.trim();
  if (tree) {
    const root = tree.replace(/^~(?=$|\/)/, process.env.HOME ?? '~');
    const file = path.join(root, kernelPath);
    if (fs.existsSync(file)) {
      const makefile = path.join(root, 'Makefile');
      let at = line;
      let warning: string | undefined;
      if (!fs.existsSync(makefile)) {
        warning = warn(vscode.l10n.t('sockwalk: {0} has no Makefile, so it cannot be told whether it is Linux v5.4; opened at the v5.4 line {1}.', root, line));
      } else {
        const v = makefileVersion(fs.readFileSync(makefile, 'utf8'));
        if (!v.isV54) {
          // another version: v5.4's line numbers do not hold there; the function's own definition does
          const def = findDefinition(fs.readFileSync(file, 'utf8'), name);
          if (def !== undefined) {
            at = def + 1;
            warning = warn(vscode.l10n.t('sockwalk: {0} is not Linux v5.4 (its Makefile says {1}); opened {2}() where that tree defines it — its line numbers differ from v5.4.', root, v.version + v.extra, name));
          } else {
            warning = warn(vscode.l10n.t('sockwalk: {0} is not Linux v5.4 (its Makefile says {1}) and {2}() is not in {3}; opened at the v5.4 line {4}.', root, v.version + v.extra, name, file, line));
          }
        }
      }
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      const pos = new vscode.Position(Math.max(0, at - 1), 0);
      await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), preview: false });
      return { name, file, line: at, warning };
    }
    warn(vscode.l10n.t('sockwalk: {0} does not exist (sockwalk.linuxSourcePath = {1}); opening the Linux 5.4 source online.', file, tree));
  }
  if (!line) return undefined;
  const url = elixirUrl(kernelPath, line);
  // Elixir out of reach (offline, behind a proxy): say so instead of a browser tab that never loads
  if (!(await reachable(url))) {
    const a = await vscode.window.showWarningMessage(vscode.l10n.t('sockwalk: the Linux 5.4 source online ({0}) cannot be reached. Set sockwalk.linuxSourcePath to a Linux 5.4 tree of your own to open {1}() there.', new URL(url).host, name), SET_PATH, vscode.l10n.t('Open Anyway'));
    if (a === SET_PATH) void offerSourcePath();
    if (a !== vscode.l10n.t('Open Anyway')) return { name };
  }
  await vscode.env.openExternal(vscode.Uri.parse(url));
  return { name, url };
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
