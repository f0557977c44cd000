// zh-CN end to end, checked from the sources: the manifest's strings (package.nls), every message the
// code passes to vscode.l10n.t / t and every word of the webview (the bundle), the demos and the
// built-in scenarios' texts, the walkthrough pages, the annotations of the kernel sources (one
// translation per annotation, no translation without its annotation) and the glossary's terms.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allMessages, root, webviewCalls } from './strings';
import { WEBVIEW_STRINGS } from '../../src/views/webviewStrings';
import { extractAnnotations, parseTranslations, translationsPath } from '../../src/views/annotations';
import { format, langFromEnv, normalizeLang } from '../../src/l10n/l10n';

const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');
const json = <T>(rel: string) => JSON.parse(read(rel)) as T;
const placeholders = (s: string) => [...s.matchAll(/\{(\d+|[A-Za-z_]+)\}/g)].map((m) => m[0]).sort();

function kernelSources(dir = path.join(root, 'media', 'kernel')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? kernelSources(path.join(dir, d.name)) : /\.[ch]$/.test(d.name) ? [path.join(dir, d.name)] : []));
}

interface Term {
  en: string[];
  zh: string;
  required: boolean;
  forbidden: string[];
}
function glossary(): Term[] {
  const rows = read('l10n/glossary.zh-cn.md')
    .split('\n')
    .filter((l) => /^\|/.test(l) && !/^\|\s*(English|---)/.test(l));
  return rows.map((r) => {
    const [en, zh, req, forb] = r.split('|').slice(1, 5).map((c) => c.trim());
    const split = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
    return { en: split(en.replace(/\(.*?\)/g, '')), zh: split(zh)[0], required: req === 'required', forbidden: split(forb) };
  });
}

/** Every (English, zh-CN) pair the project ships. */
function allPairs(): Array<{ where: string; en: string; zh: string }> {
  const out: Array<{ where: string; en: string; zh: string }> = [];
  const nls = json<Record<string, string>>('package.nls.json');
  const nlsZh = json<Record<string, string>>('package.nls.zh-cn.json');
  for (const [k, v] of Object.entries(nlsZh)) out.push({ where: `package.nls.zh-cn.json ${k}`, en: nls[k] ?? '', zh: v });
  for (const [k, v] of Object.entries(json<Record<string, string>>('l10n/bundle.l10n.zh-cn.json'))) out.push({ where: 'l10n/bundle.l10n.zh-cn.json', en: k, zh: v });
  for (const src of kernelSources()) {
    const p = translationsPath(src, 'zh-cn');
    if (!fs.existsSync(p)) continue;
    const tr = parseTranslations(fs.readFileSync(p, 'utf8'));
    for (const [fn, m] of Object.entries(tr)) for (const [en, zh] of Object.entries(m)) out.push({ where: `${path.relative(root, p)} ${fn}`, en, zh });
  }
  const wt = path.join(root, 'media', 'walkthrough');
  for (const f of fs.readdirSync(path.join(wt, 'zh-cn'))) out.push({ where: `media/walkthrough/zh-cn/${f}`, en: fs.readFileSync(path.join(wt, f), 'utf8'), zh: fs.readFileSync(path.join(wt, 'zh-cn', f), 'utf8') });
  return out;
}

describe('l10n: zh-CN', () => {
  it('package.nls.zh-cn.json translates every key of package.nls.json, and package.json uses only those keys', () => {
    const nls = json<Record<string, string>>('package.nls.json');
    const zh = json<Record<string, string>>('package.nls.zh-cn.json');
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(nls).sort());
    for (const [k, v] of Object.entries(zh)) {
      assert.ok(v.trim(), `${k} is empty`);
      if (!k.endsWith('.media') && /[a-z]{3}/.test(nls[k].replace(/[a-z]+-[a-z-]+|Sockwalk|UDP/g, ''))) assert.match(v, /[\u4e00-\u9fff]/, `${k} is not translated`);
      assert.deepEqual(placeholders(v), placeholders(nls[k]), `${k}: placeholders`);
      for (const cmd of nls[k].match(/\(command:[^)]+\)/g) ?? []) assert.ok(v.includes(cmd), `${k} keeps ${cmd}`);
    }
    const used = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(used)].sort(), Object.keys(nls).sort(), 'every %key% of package.json is in package.nls.json and every key is used');
    const pkg = json<{ l10n?: string; files: string[] }>('package.json');
    assert.equal(pkg.l10n, './l10n');
    assert.ok(pkg.files.includes('l10n'), 'the CLI ships the bundles');
  });

  it('the walkthrough has a zh-CN page for every step, and the zh-CN manifest points at it', () => {
    const nls = json<Record<string, string>>('package.nls.json');
    const zh = json<Record<string, string>>('package.nls.zh-cn.json');
    const media = Object.keys(nls).filter((k) => k.endsWith('.media'));
    assert.ok(media.length >= 7);
    for (const k of media) {
      assert.ok(fs.existsSync(path.join(root, nls[k])), nls[k]);
      assert.ok(fs.existsSync(path.join(root, zh[k])), zh[k]);
      assert.notEqual(zh[k], nls[k]);
      assert.match(read(zh[k]), /^# [^\n]*\n[^]*[\u4e00-\u9fff]/);
    }
  });

  it('the webview says every word through L(…) from its word list, and the list has no word the webview does not use', () => {
    const calls = new Set(webviewCalls());
    const list = new Set(WEBVIEW_STRINGS);
    assert.deepEqual([...calls].filter((c) => !list.has(c)), [], 'L(…) words missing from src/views/webviewStrings.ts');
    // the two placeholders are said through a variable
    assert.deepEqual([...list].filter((w) => !calls.has(w) && !/^(Waiting for|No sockwalk session)/.test(w)), [], 'listed words no L(…) says');
  });

  it('the bundle translates every message of the code, the webview, the demos and the built-in scenarios — and nothing else', () => {
    const msgs = allMessages();
    const bundle = json<Record<string, string>>('l10n/bundle.l10n.zh-cn.json');
    const missing = [...msgs].filter(([m]) => !bundle[m]).map(([m, where]) => `${where}: ${JSON.stringify(m)}`);
    assert.deepEqual(missing, [], 'messages without a zh-CN translation');
    const stale = Object.keys(bundle).filter((k) => !msgs.has(k));
    assert.deepEqual(stale, [], 'translations of messages the code no longer has');
    for (const [en, zh] of Object.entries(bundle)) {
      assert.deepEqual(placeholders(zh), placeholders(en), `placeholders of ${JSON.stringify(en)}`);
      if (/[a-z]{3}/.test(en.replace(/\{\d+\}|\b[a-z_0-9]*_[a-z_0-9]*\b|sockwalk|sock\b|UDP/g, ''))) assert.match(zh, /[\u4e00-\u9fff]/, `not translated: ${JSON.stringify(en)}`);
    }
  });

  it('every annotation of every kernel source has a zh-CN translation, and every translation its annotation', () => {
    let total = 0;
    const problems: string[] = [];
    for (const src of kernelSources()) {
      const rel = path.relative(root, src);
      const ann = extractAnnotations(fs.readFileSync(src, 'utf8'));
      total += ann.length;
      const p = translationsPath(src, 'zh-cn');
      if (!fs.existsSync(p)) {
        problems.push(`${rel}: no ${path.basename(p)} (${ann.length} annotations)`);
        continue;
      }
      const tr = parseTranslations(fs.readFileSync(p, 'utf8'));
      const want = new Set(ann.map((a) => `${a.fn}\u0000${a.text}`));
      for (const a of ann) if (!tr[a.fn]?.[a.text]?.trim()) problems.push(`${rel}:${a.start + 1} (${a.fn || 'file'}): no translation of ${JSON.stringify(a.text.slice(0, 80))}`);
      for (const [fn, m] of Object.entries(tr)) for (const en of Object.keys(m)) if (!want.has(`${fn}\u0000${en}`)) problems.push(`${rel} (${fn || 'file'}): a translation whose annotation is gone: ${JSON.stringify(en.slice(0, 80))}`);
      for (const [fn, m] of Object.entries(tr)) for (const [en, zh] of Object.entries(m)) {
        // identifiers stay: every kernel identifier (with an underscore) of the annotation is in its translation
        for (const id of en.match(/\b[a-z][a-z0-9]*_[a-z0-9_]+\b/g) ?? []) if (!zh.includes(id)) problems.push(`${rel} (${fn}): the translation of ${JSON.stringify(en.slice(0, 60))} drops ${id}`);
      }
    }
    assert.ok(total > 1000, `${total} annotations found`);
    assert.deepEqual(problems, []);
  });

  it('translations follow the glossary (l10n/glossary.zh-cn.md)', () => {
    const terms = glossary();
    assert.ok(terms.length >= 10 && terms.some((t) => t.zh === '半连接队列') && terms.some((t) => t.zh === '全连接队列'));
    const problems: string[] = [];
    for (const p of allPairs()) {
      for (const t of terms) {
        for (const f of t.forbidden) if (p.zh.includes(f)) problems.push(`${p.where}: "${f}" (use ${t.zh}) in ${JSON.stringify(p.zh.slice(0, 80))}`);
        if (t.required && t.en.some((e) => new RegExp(`\\b${e}\\b`, 'i').test(p.en)) && !p.zh.includes(t.zh)) problems.push(`${p.where}: ${t.en.join('/')} is ${t.zh}: ${JSON.stringify(p.zh.slice(0, 80))}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('reads languages as users write them', () => {
    assert.equal(normalizeLang('zh_CN.UTF-8'), 'zh-cn');
    assert.equal(normalizeLang('zh-CN'), 'zh-cn');
    assert.equal(normalizeLang('zh-Hans'), 'zh-cn');
    assert.equal(normalizeLang('en_US.UTF-8'), 'en');
    assert.equal(normalizeLang('C'), 'en');
    assert.equal(normalizeLang('fr_FR'), undefined);
    assert.equal(langFromEnv({ LANG: 'zh_CN.UTF-8' }), 'zh-cn');
    assert.equal(langFromEnv({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }), 'en');
    assert.equal(langFromEnv({}), 'en');
    assert.equal(format('{0} socks: {1}', [2, 'x']), '2 socks: x');
    assert.equal(format('{n} of {m}', [{ n: 1, m: 3 }]), '1 of 3');
  });
});
