// The structures webview's HTML page: a strict Content-Security-Policy (nothing by default; the
// bundle's script only with the nonce; styles from the webview's own resources or with the nonce),
// one root element and the bundle. Pure: the extension's panel and the Chromium tests both use it.

export interface WebviewHtmlOptions {
  /** webview.cspSource: where the extension's local resources are served from. */
  cspSource: string;
  /** A fresh random nonce per page load. */
  nonce: string;
  scriptUri: string;
  styleUri: string;
  title?: string;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function webviewHtml(o: WebviewHtmlOptions): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(o.nonce)) throw new Error('webviewHtml: the nonce must be at least 16 base64/hex characters');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${esc(o.styleUri)}" nonce="${esc(o.nonce)}">
<title>${esc(o.title ?? 'Sockwalk: kernel structures')}</title>
</head>
<body>
<div id="root" aria-live="off"></div>
<script nonce="${esc(o.nonce)}" src="${esc(o.scriptUri)}"></script>
</body>
</html>
`;
}
