// What has to be translated, found in the sources: every literal passed to vscode.l10n.t(…) or t(…)
// in src/ (the shared modules' t comes from src/l10n/l10n.ts), every L(…) of the webview, the
// webview's word list, the demos and the built-in scenarios' descriptions and pause texts.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEMOS } from '../../src/views/demos';
import { WEBVIEW_STRINGS } from '../../src/views/webviewStrings';
import { builtinNames, loadScenario } from '../../src/scenario/builtins';
import { DIAGNOSTIC_TEMPLATES } from '../../src/l10n/diagnostics';
import { commentStart } from '../../src/extension/scenarioLang';

export const root = path.resolve(__dirname, '../..');

function files(dir: string, ext = /\.ts$/): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name), ext) : ext.test(d.name) ? [path.join(dir, d.name)] : []));
}

/** The string literals (single-quoted) passed first to a call of `fn` (a regexp source for the callee). */
export function literalCalls(text: string, callee: string): string[] {
  const re = new RegExp(`(?:^|[^A-Za-z0-9_${callee.includes('.') ? '' : '.'}])${callee}\\(\\s*'((?:\\\\.|[^'\\\\])*)'`, 'g');
  const out: string[] = [];
  for (const m of text.matchAll(re)) out.push(JSON.parse('"' + m[1].replace(/\\'/g, "'").replace(/"/g, '\\"') + '"'));
  return out;
}

/** Messages of src/ and the webview (with the file they are in). */
export function codeMessages(): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of files(path.join(root, 'src'))) {
    const text = fs.readFileSync(f, 'utf8');
    for (const s of [...literalCalls(text, 'l10n\\.t'), ...literalCalls(text, 't')]) out.set(s, path.relative(root, f));
  }
  return out;
}

export function webviewCalls(): string[] {
  // the picture's model (src/views/picture.ts) says its words with the webview's L too
  return [...files(path.join(root, 'webview')), path.join(root, 'src/views/picture.ts')].flatMap((f) => literalCalls(fs.readFileSync(f, 'utf8'), 'L'));
}

/** Everything the bundles must translate, with where it comes from. */
export function allMessages(): Map<string, string> {
  const out = codeMessages();
  for (const w of WEBVIEW_STRINGS) out.set(w, 'src/views/webviewStrings.ts');
  for (const d of DIAGNOSTIC_TEMPLATES) out.set(d, 'src/l10n/diagnostics.ts');
  // the docs of the scenario language's calls and keywords (completion and hover)
  for (const f of ['src/scenario/calls.ts', 'src/extension/scenarioLang.ts']) {
    for (const m of fs.readFileSync(path.join(root, f), 'utf8').matchAll(/\bdoc: '((?:\\.|[^'\\])*)'/g)) out.set(JSON.parse('"' + m[1].replace(/\\'/g, "'").replace(/"/g, '\\"') + '"'), f);
  }
  for (const d of DEMOS) {
    out.set(d.title, `demo ${d.id}`);
    out.set(d.summary, `demo ${d.id}`);
    for (const m of d.moments) out.set(m.explain, `demo ${d.id}`);
  }
  for (const n of builtinNames()) {
    const l = loadScenario(n);
    if (l.scenario?.description) out.set(l.scenario.description, `scenarios/${n}.sockwalk`);
    for (const m of (l.text ?? '').matchAll(/^\s*(?:[A-Za-z0-9_-]+:\s*)?pause\s+"((?:\\.|[^"\\])*)"/gm)) out.set(JSON.parse(`"${m[1]}"`), `scenarios/${n}.sockwalk`);
    // comments after the description (shown translated in a hover)
    const lines = (l.text ?? '').split('\n');
    let i = 0;
    while (i < lines.length && (lines[i].trim() === '' || lines[i].trimStart().startsWith('#'))) i++;
    for (const line of lines.slice(i)) {
      const h = commentStart(line);
      const c = h >= 0 ? line.slice(h + 1).trim() : '';
      if (c) out.set(c, `scenarios/${n}.sockwalk`);
    }
  }
  return out;
}
