// Browsing the kernel without running it: the "Kernel Sources" tree (annotated file → its functions),
// workspace symbols (Ctrl+T inet_csk_accept), Go to Definition from a call to an annotated function,
// and Find All References between annotated functions (the calls in the other functions' bodies). All
// from media/kernel/, read once; the annotated sources are read-only, so the index never goes stale.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { mediaKernelDir } from '../node/paths';
import { functionHeaders, inCommentOrString, type FnHeader } from './csource';

export interface KernelFile {
  /** Path under media/kernel/ (the kernel's own path: net/ipv4/af_inet.c). */
  rel: string;
  file: string;
  fns: FnHeader[];
  lines: string[];
}

export interface KernelIndex {
  files: KernelFile[];
  /** Each function's definition (the first one when two files define one name). */
  defs: Map<string, { file: KernelFile; fn: FnHeader }>;
}

let cached: KernelIndex | undefined;

export function kernelIndex(): KernelIndex {
  if (cached) return cached;
  const root = mediaKernelDir();
  const files: KernelFile[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.[ch]$/.test(e.name)) {
        const text = fs.readFileSync(p, 'utf8');
        files.push({ rel: path.relative(root, p).split(path.sep).join('/'), file: p, fns: functionHeaders(text), lines: text.split('\n') });
      }
    }
  };
  walk(root);
  const defs = new Map<string, { file: KernelFile; fn: FnHeader }>();
  for (const f of files) for (const fn of f.fns) if (!defs.has(fn.name)) defs.set(fn.name, { file: f, fn });
  return (cached = { files, defs });
}

/** Calls of `name(` in the annotated sources (not in comments or strings, not its definition line). */
export function callSites(ix: KernelIndex, name: string): Array<{ file: KernelFile; line: number; col: number; caller?: string }> {
  const out: Array<{ file: KernelFile; line: number; col: number; caller?: string }> = [];
  const re = new RegExp(`(?<![A-Za-z0-9_>.])${name}\\s*\\(`, 'g');
  for (const f of ix.files) {
    f.lines.forEach((text, line) => {
      if (!text.includes(name)) return;
      for (const m of text.matchAll(re)) {
        const col = m.index ?? 0;
        if (inCommentOrString(text, col)) continue;
        const caller = f.fns.find((h) => h.defLine <= line && line <= h.endLine);
        // the definition's own line is the declaration, not a call
        if (caller && caller.name === name && caller.defLine === line) continue;
        out.push({ file: f, line, col, caller: caller?.name });
      }
    });
  }
  return out;
}

function location(f: KernelFile, fn: FnHeader): vscode.Location {
  const col = Math.max(0, f.lines[fn.defLine]?.indexOf(fn.name) ?? 0);
  return new vscode.Location(vscode.Uri.file(f.file), new vscode.Range(fn.defLine, col, fn.defLine, col + fn.name.length));
}

type Node = { kind: 'file'; file: KernelFile } | { kind: 'fn'; file: KernelFile; fn: FnHeader };

class KernelSourcesTree implements vscode.TreeDataProvider<Node> {
  getChildren(n?: Node): Node[] {
    const ix = kernelIndex();
    if (!n) return ix.files.filter((f) => f.fns.length).map((file) => ({ kind: 'file', file }));
    if (n.kind === 'file') return n.file.fns.map((fn) => ({ kind: 'fn', file: n.file, fn }));
    return [];
  }

  getTreeItem(n: Node): vscode.TreeItem {
    if (n.kind === 'file') {
      const it = new vscode.TreeItem(n.file.rel, vscode.TreeItemCollapsibleState.Collapsed);
      it.resourceUri = vscode.Uri.file(n.file.file);
      it.description = vscode.l10n.t('{0} functions', n.file.fns.length);
      it.contextValue = 'kernelFile';
      it.id = `file:${n.file.rel}`;
      return it;
    }
    const it = new vscode.TreeItem(n.fn.name, vscode.TreeItemCollapsibleState.None);
    it.iconPath = new vscode.ThemeIcon('symbol-function');
    it.description = n.fn.summary;
    it.tooltip = new vscode.MarkdownString(`**${n.fn.name}**() — ${n.fn.summary}\n\n${n.fn.upstreamFile}:${n.fn.upstreamLine}`);
    it.id = `fn:${n.file.rel}:${n.fn.name}`;
    it.contextValue = 'kernelFunction';
    it.command = { command: 'sockwalk.openAnnotatedFunction', title: vscode.l10n.t('Open'), arguments: [n.fn.name, n.file.file] };
    return it;
  }
}

/** The word under the cursor, if it names an annotated function. */
function fnAt(doc: vscode.TextDocument, pos: vscode.Position): string | undefined {
  const r = doc.getWordRangeAtPosition(pos, /[A-Za-z_][A-Za-z0-9_]*/);
  if (!r) return undefined;
  const w = doc.getText(r);
  return kernelIndex().defs.has(w) ? w : undefined;
}

export function registerKernelSources(context: vscode.ExtensionContext, selector: vscode.DocumentSelector): void {
  context.subscriptions.push(
    vscode.window.createTreeView('sockwalk.kernelSources', { treeDataProvider: new KernelSourcesTree(), showCollapseAll: true }),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols(query) {
        const q = query.toLowerCase();
        const out: vscode.SymbolInformation[] = [];
        for (const f of kernelIndex().files) {
          for (const fn of f.fns) if (!q || fn.name.toLowerCase().includes(q)) out.push(new vscode.SymbolInformation(fn.name, vscode.SymbolKind.Function, f.rel, location(f, fn)));
        }
        return out;
      },
    }),
    vscode.languages.registerDefinitionProvider(selector, {
      provideDefinition(doc, pos) {
        const name = fnAt(doc, pos);
        if (!name) return undefined;
        const d = kernelIndex().defs.get(name)!;
        return location(d.file, d.fn);
      },
    }),
    vscode.languages.registerReferenceProvider(selector, {
      provideReferences(doc, pos, ctx) {
        const name = fnAt(doc, pos);
        if (!name) return undefined;
        const ix = kernelIndex();
        const refs = callSites(ix, name).map((c) => new vscode.Location(vscode.Uri.file(c.file.file), new vscode.Range(c.line, c.col, c.line, c.col + name.length)));
        const d = ix.defs.get(name)!;
        return ctx.includeDeclaration ? [location(d.file, d.fn), ...refs] : refs;
      },
    }),
    vscode.languages.registerDocumentSymbolProvider(selector, {
      provideDocumentSymbols(doc) {
        return functionHeaders(doc.getText()).map((fn) => {
          const range = new vscode.Range(fn.defLine, 0, fn.endLine, 0);
          return new vscode.DocumentSymbol(fn.name, fn.summary, vscode.SymbolKind.Function, range, new vscode.Range(fn.defLine, 0, fn.defLine, 0));
        });
      },
    }),
  );
}
