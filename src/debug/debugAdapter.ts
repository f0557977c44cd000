// The stdio entry of the sockwalk debug adapter (`node dist/debugAdapter.js`): any DAP client —
// VS Code, nvim-dap, Emacs dap-mode — can start it and speak DAP over stdin/stdout.

import { SockwalkDebugSession } from './session';
import { langFromEnv, setLanguage } from '../l10n/l10n';

// on its own, the adapter speaks the environment's language (a launch configuration's "lang" can change it)
setLanguage(langFromEnv());

SockwalkDebugSession.run(SockwalkDebugSession);
