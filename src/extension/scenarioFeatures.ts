// The scenario language in the editor: diagnostics from the parser as you type (debounced), completion
// for calls, constants and fd names, hover help for calls. The grammar is syntaxes/sockwalk.tmLanguage.json.

import * as vscode from 'vscode';
import { completionsAt, hoverAt, type ItemKind } from './scenarioLang';

const LANG = 'sockwalk';
const DEBOUNCE_MS = 250;

export function registerScenarioLanguage(context: vscode.ExtensionContext): void {
  const diagnostics = vscode.languages.createDiagnosticCollection(LANG);
  const timers = new Map<string, NodeJS.Timeout>();
  const check = async (doc: vscode.TextDocument) => {
    if (doc.languageId !== LANG) return;
    const { parseScenario } = await import('../scenario/parser');
    const { translateDiagnostic } = await import('../l10n/diagnostics');
    const res = parseScenario(doc.getText(), doc.uri.fsPath);
    diagnostics.set(
      doc.uri,
      res.diagnostics.map((d) => {
        const line = Math.max(0, Math.min(d.loc.line - 1, doc.lineCount - 1));
        const text = doc.lineAt(line).text;
        const col = Math.max(0, d.loc.col - 1);
        let end = d.endCol !== undefined ? d.endCol - 1 : col;
        if (end <= col) {
          const m = /^[^\s,()]+/.exec(text.slice(col));
          end = col + Math.max(1, m ? m[0].length : 1);
        }
        const diag = new vscode.Diagnostic(
          new vscode.Range(line, col, line, Math.min(end, Math.max(text.length, col + 1))),
          translateDiagnostic(d.message),
          d.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error,
        );
        diag.source = 'sockwalk';
        return diag;
      }),
    );
  };
  const schedule = (doc: vscode.TextDocument, delay = DEBOUNCE_MS) => {
    if (doc.languageId !== LANG) return;
    const k = doc.uri.toString();
    clearTimeout(timers.get(k));
    timers.set(
      k,
      setTimeout(() => {
        timers.delete(k);
        void check(doc);
      }, delay),
    );
  };
  context.subscriptions.push(
    diagnostics,
    vscode.workspace.onDidOpenTextDocument((d) => schedule(d, 0)),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      diagnostics.delete(d.uri);
      clearTimeout(timers.get(d.uri.toString()));
    }),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
  for (const d of vscode.workspace.textDocuments) schedule(d, 0);

  const kinds: Record<ItemKind, vscode.CompletionItemKind> = {
    call: vscode.CompletionItemKind.Function,
    keyword: vscode.CompletionItemKind.Keyword,
    constant: vscode.CompletionItemKind.Constant,
    fd: vscode.CompletionItemKind.Variable,
    errno: vscode.CompletionItemKind.EnumMember,
    process: vscode.CompletionItemKind.Module,
  };
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(
      LANG,
      {
        provideCompletionItems(doc, pos) {
          return completionsAt(doc.getText(), pos.line, pos.character).map((it) => {
            const c = new vscode.CompletionItem(it.label, kinds[it.kind]);
            c.detail = it.detail;
            // the docs of calls and keywords are bundle keys (their English text)
            if (it.doc) c.documentation = new vscode.MarkdownString(vscode.l10n.t(it.doc));
            if (it.snippet) c.insertText = new vscode.SnippetString(it.snippet);
            return c;
          });
        },
      },
      '(',
      ',',
      ' ',
    ),
    vscode.languages.registerHoverProvider(LANG, {
      provideHover(doc, pos) {
        const h = hoverAt(doc.lineAt(pos.line).text, pos.character);
        return h && new vscode.Hover(new vscode.MarkdownString(h.contents), new vscode.Range(pos.line, h.start, pos.line, h.end));
      },
    }),
  );
}
