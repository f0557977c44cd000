// Message formatting as vscode.l10n.t does it: {0}, {1}, … or {name} with one record argument. No
// imports: the webview bundle uses it too.

export type Args = Array<string | number | boolean> | [Record<string, string | number | boolean>];

/** Formats {0}, {1}, … (or {name} with one record argument) as vscode.l10n.t does. */
export function format(template: string, args: Args): string {
  if (!args.length) return template;
  const rec = args.length === 1 && typeof args[0] === 'object' ? (args[0] as Record<string, unknown>) : undefined;
  return template.replace(/\{([^{}]+)\}/g, (all, k: string) => {
    const v = rec ? rec[k] : /^\d+$/.test(k) ? (args as unknown[])[Number(k)] : undefined;
    return v === undefined ? all : String(v);
  });
}

