// The annotations of the annotated kernel sources (media/kernel/**/*.c|h) and their translations.
// An annotation is a comment block standing on its own lines (a comment after code on the same line
// is part of the quoted kernel line and stays as it is). Its text is the block's lines without the
// comment markers, joined by single spaces — what the editor shows after the current line. Function
// header blocks keep only their "name -- summary" text (not the upstream line and URL); the licence
// line (SPDX-License-Identifier) is no annotation.
//
// Translations live beside each source: <file>.<lang>.json, { "<function>": { "<English text>":
// "<translation>" } }, the function being the one whose header block comes last before the
// annotation ("" before the first). The key is the English text itself, so a rendition change that
// moves, rewrites or removes an annotation breaks test/l10n/annotations.test.ts, not the reader.
// No vscode: the extension, the CLI and the tests read this.

import * as fs from 'node:fs';

export interface Annotation {
  /** The function whose header comes last before the block ("" before the first). */
  fn: string;
  /** The English text, normalised. */
  text: string;
  /** 0-based lines of the block, inclusive. */
  start: number;
  end: number;
}

const HEADER = /^([A-Za-z_][A-Za-z0-9_]*)\s+--\s/;

/** The text of a comment block's lines: markers stripped, upstream/URL lines dropped, joined. */
function blockText(lines: string[]): string {
  const parts: string[] = [];
  for (const l of lines) {
    const s = l
      .trim()
      .replace(/^\/\*+\s?/, '')
      .replace(/\s?\*+\/$/, '')
      .replace(/^\*\s?/, '')
      .trim();
    if (!s || /^upstream:/i.test(s) || /^https?:\/\//.test(s) || /^SPDX-License-Identifier:/.test(s)) continue;
    parts.push(s);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Every annotation of an annotated source, in order. */
export function extractAnnotations(source: string): Annotation[] {
  const lines = source.split(/\r?\n/);
  const out: Annotation[] = [];
  let fn = '';
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    let start = i;
    let block: string[];
    if (t.startsWith('/*')) {
      block = [t];
      let j = i;
      while (!/\*\/\s*$/.test(lines[j].trim()) || (j === i && t === '/*')) {
        j++;
        if (j >= lines.length) break;
        block.push(lines[j].trim());
      }
      i = j;
    } else if (t.startsWith('//')) {
      block = [];
      start = i;
      while (i < lines.length && lines[i].trim().startsWith('//')) block.push(lines[i++].trim().replace(/^\/\/\s?/, ''));
      i--;
    } else continue;
    const text = blockText(block);
    if (!text) continue;
    const h = HEADER.exec(text);
    if (h && block.some((b) => /upstream:/i.test(b))) fn = h[1];
    out.push({ fn, text, start, end: i });
  }
  return out;
}

/** A translation file: function → English text → translation. */
export type AnnotationTranslations = Record<string, Record<string, string>>;

/**
 * A translation file's text, read: its licence key ("SPDX-License-Identifier": "GPL-2.0", as every
 * file under media/kernel/ carries) is no function, and goes.
 */
export function parseTranslations(text: string): AnnotationTranslations {
  const tr = JSON.parse(text) as Record<string, unknown>;
  delete tr['SPDX-License-Identifier'];
  return tr as AnnotationTranslations;
}

/** Where a source's translations into a language live. */
export function translationsPath(sourcePath: string, lang: string): string {
  return `${sourcePath}.${lang}.json`;
}

const cache = new Map<string, { mtime: number; tr: AnnotationTranslations | undefined }>();
/** The translations of an annotated source (read once per change of the file), or undefined. */
export function readTranslations(sourcePath: string, lang: string): AnnotationTranslations | undefined {
  const p = translationsPath(sourcePath, lang);
  let mtime = -1;
  try {
    mtime = fs.statSync(p).mtimeMs;
  } catch {
    return undefined;
  }
  const c = cache.get(p);
  if (c && c.mtime === mtime) return c.tr;
  let tr: AnnotationTranslations | undefined;
  try {
    tr = parseTranslations(fs.readFileSync(p, 'utf8'));
  } catch {
    tr = undefined;
  }
  cache.set(p, { mtime, tr });
  return tr;
}

/** The translation of one annotation: the function's own entry, else the same text elsewhere in the file. */
export function translateAnnotation(tr: AnnotationTranslations | undefined, fn: string, text: string): string | undefined {
  if (!tr) return undefined;
  const own = tr[fn]?.[text];
  if (own) return own;
  for (const m of Object.values(tr)) if (m[text]) return m[text];
  return undefined;
}

/** The annotation block that covers a 0-based line, if any. */
export function annotationAt(list: Annotation[], line: number): Annotation | undefined {
  return list.find((a) => a.start <= line && line <= a.end);
}
