// The stdio entry of the sockwalk debug adapter (`node dist/debugAdapter.js`): any DAP client —
// VS Code, nvim-dap, Emacs dap-mode — can start it and speak DAP over stdin/stdout.

import { SockwalkDebugSession } from './session';

SockwalkDebugSession.run(SockwalkDebugSession);
