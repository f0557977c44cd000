// sockwalk's languages outside VS Code's own l10n: the CLI and a debug adapter run on their own
// read the same bundles the extension gives VS Code (l10n/bundle.l10n.<lang>.json: English message →
// translation, the format of vscode.l10n.t), and format them the same way ({0}, {1}, … or {name}).
// Inside the extension host, the extension installs vscode.l10n.t as the translator, so every
// string goes through VS Code's mechanism there. No vscode import: the CLI and the tests load this.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../node/paths';
import { format, type Args } from './format';

export { format };

export type Lang = 'en' | 'zh-cn';
export const LANGS: readonly Lang[] = ['en', 'zh-cn'];

type Translator = (message: string) => string;

let translator: Translator | undefined;
let current: Lang = 'en';
/** Inside VS Code: the display language decides, a launch configuration's "lang" does not. */
let hostManaged = false;

/** A language tag or locale as users write it (zh-cn, zh-CN, zh_CN.UTF-8, zh-Hans, en_US.UTF-8, C) as a supported language, or undefined. */
export function normalizeLang(tag: string | undefined): Lang | undefined {
  if (!tag) return undefined;
  const t = tag.trim().toLowerCase().replace(/\..*$/, '').replace(/@.*$/, '').replace(/_/g, '-');
  if (!t) return undefined;
  if (t === 'zh' || t.startsWith('zh-cn') || t.startsWith('zh-hans') || t === 'zh-sg') return 'zh-cn';
  if (t === 'c' || t === 'posix' || t === 'en' || t.startsWith('en-')) return 'en';
  return undefined;
}

/** The language of the environment, as gettext reads it: LC_ALL, then LC_MESSAGES, then LANG; English when none names a supported one. */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  for (const k of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = env[k];
    if (v) return normalizeLang(v) ?? 'en';
  }
  return 'en';
}

export function l10nDir(): string {
  return path.join(packageRoot(), 'l10n');
}

const bundles = new Map<Lang, Record<string, string>>();
/** The bundle of a language (English: empty, messages are their own English text). */
export function loadBundle(lang: Lang): Record<string, string> {
  if (lang === 'en') return {};
  let b = bundles.get(lang);
  if (!b) {
    const raw = JSON.parse(fs.readFileSync(path.join(l10nDir(), `bundle.l10n.${lang}.json`), 'utf8')) as Record<string, string | { message: string }>;
    b = {};
    for (const [k, v] of Object.entries(raw)) b[k] = typeof v === 'string' ? v : v.message;
    bundles.set(lang, b);
  }
  return b;
}

/** Outside VS Code: translate with this language's bundle. */
export function setLanguage(lang: Lang): void {
  current = lang;
  const b = loadBundle(lang);
  translator = lang === 'en' ? undefined : (m) => b[m] ?? m;
}

/** Inside VS Code: translate with vscode.l10n.t (its bundle is the same file), and say which language that is. */
export function setTranslator(fn: Translator | undefined, lang: Lang): void {
  hostManaged = !!fn;
  translator = fn;
  current = lang;
}

/** A debug adapter on its own: the launch configuration's "lang" (auto: leave the environment's). */
export function applyLaunchLang(tag: unknown): void {
  if (hostManaged || typeof tag !== 'string' || tag === 'auto') return;
  const l = normalizeLang(tag);
  if (l) setLanguage(l);
}

export function currentLang(): Lang {
  return current;
}

/** The message in the current language, formatted. The English text is the key. */
export function t(message: string, ...args: Args): string {
  const m = translator ? translator(message) : message;
  return format(m, args);
}
