// dist/session.js: the debug session and the simulated kernel under it, a bundle of its own that the
// extension loads when the first debug session starts (extension.ts) — activation reads only the
// editor's part. Its modules are copies of their own, so the translator is handed over on load.

export { SockwalkDebugSession } from '../debug/session';
export { setTranslator } from '../l10n/l10n';
