// The VS Code extension's entry point. The debugger, the views and the demos are wired here as
// they arrive (issues "Debug the kernel in VS Code" and "See the kernel's structures"); until then
// the extension activates on nothing and contributes nothing, and sockwalk runs as a CLI.

import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // nothing to wire yet
}

export function deactivate(): void {
  // nothing to release
}
