// The structures view's words in the reader's language. The extension sends them (a 'strings'
// message of the typed contract, translated by VS Code's l10n from the same bundle as everything
// else); until then, and for any word it did not send, the view shows the English text, which is the key.

import { format, type Args } from '../src/l10n/format';

let table: Record<string, string> = {};

export function setStrings(s: Record<string, string>): void {
  table = s;
}

/** A word or sentence of the view, translated and formatted ({0}, {1}, …). */
export function L(en: string, ...args: Args): string {
  return format(table[en] ?? en, args);
}
