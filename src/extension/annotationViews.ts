// The annotations of the kernel sources in the reader's language: with sockwalk.annotationLanguage
// (auto: VS Code's display language) set to a translated language, each annotation's translation is
// shown after its comment block and in a hover over it, and the current line's annotation (StackViews)
// is the translated one. The code lines are never duplicated: the translations are the files beside
// each source (src/views/annotations.ts), keyed by the English text.

import * as vscode from 'vscode';
import { annotationAt, extractAnnotations, readTranslations, translateAnnotation, type Annotation } from '../views/annotations';
import { normalizeLang, type Lang } from '../l10n/l10n';

const MAX_INLINE = 120;

export class AnnotationViews implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    after: { color: new vscode.ThemeColor('editorCodeLens.foreground'), fontStyle: 'italic', margin: '0 0 0 2em' },
  });
  private readonly disposables: vscode.Disposable[] = [this.type];
  private readonly parsed = new Map<string, { version: number; list: Annotation[] }>();
  private readonly base: string;

  constructor(context: vscode.ExtensionContext) {
    this.base = vscode.Uri.joinPath(context.extensionUri, 'media', 'kernel').fsPath;
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.apply()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('sockwalk.annotationLanguage')) this.apply();
      }),
      vscode.languages.registerHoverProvider({ scheme: 'file', pattern: new vscode.RelativePattern(this.base, '**/*.{c,h}') }, { provideHover: (doc, pos) => this.hover(doc, pos) }),
    );
    this.apply();
  }

  /** The language annotations are shown in now. */
  lang(): Lang {
    const set = vscode.workspace.getConfiguration('sockwalk').get<string>('annotationLanguage', 'auto');
    return (set === 'auto' ? normalizeLang(vscode.env.language) : normalizeLang(set)) ?? 'en';
  }

  /** The translation of an annotation of this source file, when annotations are shown translated. */
  translate(file: string, fn: string, text: string): string | undefined {
    const lang = this.lang();
    if (lang === 'en') return undefined;
    return translateAnnotation(readTranslations(file, lang), fn, text);
  }

  private annotations(doc: vscode.TextDocument): Annotation[] {
    const key = doc.uri.toString();
    const c = this.parsed.get(key);
    if (c && c.version === doc.version) return c.list;
    const list = extractAnnotations(doc.getText());
    this.parsed.set(key, { version: doc.version, list });
    return list;
  }

  private isAnnotated(doc: vscode.TextDocument): boolean {
    return doc.uri.scheme === 'file' && doc.uri.fsPath.startsWith(this.base) && /\.[ch]$/.test(doc.uri.fsPath);
  }

  private hover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    if (!this.isAnnotated(doc)) return undefined;
    const a = annotationAt(this.annotations(doc), pos.line);
    if (!a) return undefined;
    const tr = this.translate(doc.uri.fsPath, a.fn, a.text);
    if (!tr) return undefined;
    const md = new vscode.MarkdownString();
    md.appendText(tr);
    return new vscode.Hover(md, new vscode.Range(a.start, 0, a.end, doc.lineAt(a.end).text.length));
  }

  /** The translations after each annotation block, in every visible annotated source. */
  apply(): void {
    const lang = this.lang();
    for (const ed of vscode.window.visibleTextEditors) {
      if (!this.isAnnotated(ed.document)) continue;
      const tr = lang === 'en' ? undefined : readTranslations(ed.document.uri.fsPath, lang);
      const decos: vscode.DecorationOptions[] = [];
      if (tr) {
        for (const a of this.annotations(ed.document)) {
          const text = translateAnnotation(tr, a.fn, a.text);
          if (!text) continue;
          const end = ed.document.lineAt(Math.min(a.end, ed.document.lineCount - 1)).range.end;
          const shown = text.length > MAX_INLINE ? text.slice(0, MAX_INLINE - 1) + '…' : text;
          decos.push({ range: new vscode.Range(end, end), renderOptions: { after: { contentText: shown } } });
        }
      }
      ed.setDecorations(this.type, decos);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
