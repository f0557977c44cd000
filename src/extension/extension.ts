// The VS Code extension's entry point: thin wiring only. The debug adapter (src/debug/session.ts)
// runs inline; the scenario language comes from src/scenario/. Activation registers providers and
// commands and nothing more — the simulated kernel and the parser load on first use.

import * as vscode from 'vscode';
import { readScenarioFile } from '../node/scenarioFile';
import { StackViews } from './stackViews';
import { registerCSourceProviders, annotatedSelector } from './cProviders';
import { registerKernelSources } from './kernelSources';
import { registerScenarioLanguage } from './scenarioFeatures';
import { LiveSnapshots } from './live';
import { StructuresPanel, STRUCTURES_VIEW_TYPE, type PanelHooks } from './structuresPanel';
import { SocketsTree } from './socketsTree';
import { DemoPlayer, type DemoState } from './demoPlayer';
import { DEMOS, demoCommand } from '../views/demos';
import type { SockNode } from '../views/socketsModel';
import { normalizeLang, setTranslator, t } from '../l10n/l10n';
import { AnnotationViews } from './annotationViews';
import type { RecordProgramArgs } from './recordProgram';
import { translateDiagnostic } from '../l10n/diagnostics';

export const DEBUG_TYPE = 'sockwalk';

/** What the extension exports (tests and other extensions read it). */
export interface SockwalkApi {
  /** Milliseconds spent in activate(). */
  activationMs: number;
  /** The decorations the stack views show now (for tests). */
  views(): ReturnType<StackViews['state']>;
  /** The structures panel, if open: what it was sent and what its webview answered. */
  structures(): StructuresPanel['stats'] | undefined;
  /** The sockets tree's nodes now. */
  sockets(): SockNode[];
  /** The demo playing, if any. */
  demo(): DemoState | undefined;
  /** For tests: the structures view's "drawn" answers reach the demo player `ms` later, as from a slow machine (0: at once). */
  delayDrawnForTests(ms: number): void;
}

export function activate(context: vscode.ExtensionContext): SockwalkApi {
  const t0 = performance.now();
  const sub = (...d: vscode.Disposable[]) => context.subscriptions.push(...d);
  // the shared modules (demos, parser, views) translate through VS Code's own l10n: one bundle
  setTranslator((m) => vscode.l10n.t(m), normalizeLang(vscode.env.language) ?? 'en');

  sub(
    vscode.debug.registerDebugAdapterDescriptorFactory(DEBUG_TYPE, {
      async createDebugAdapterDescriptor() {
        // (the session and the simulated kernel are a bundle of their own, dist/session.js, loaded
        // when the first session starts; its l10n module is its own copy: it gets the translator)
        const session = require('./session.js') as typeof import('./session');
        session.setTranslator((m) => vscode.l10n.t(m), normalizeLang(vscode.env.language) ?? 'en');
        const { SockwalkDebugSession } = session;
        // LoggingDebugSession implements vscode.DebugAdapter (onDidSendMessage, handleMessage, dispose)
        return new vscode.DebugAdapterInlineImplementation(new SockwalkDebugSession() as unknown as vscode.DebugAdapter);
      },
    }),
  );

  const provider: vscode.DebugConfigurationProvider = {
    async provideDebugConfigurations() {
      const { builtinNames } = await import('../scenario/builtins');
      return builtinNames().map((n) => launchConfig(n, n));
    },
    resolveDebugConfiguration(_folder, config) {
      if (!config.type && !config.request && !config.name) {
        // F5 with no launch.json: debug the open scenario file
        const doc = vscode.window.activeTextEditor?.document;
        if (doc?.languageId === 'sockwalk') return launchConfig(doc.uri.fsPath, `Sockwalk: ${basename(doc.uri.fsPath)}`);
        return vscode.commands.executeCommand('sockwalk.runScenario').then(() => undefined);
      }
      if (!config.scenario) {
        const doc = vscode.window.activeTextEditor?.document;
        if (doc?.languageId === 'sockwalk') config.scenario = doc.uri.fsPath;
        else {
          void vscode.window.showErrorMessage(vscode.l10n.t('sockwalk: the launch configuration needs "scenario" (a .sockwalk file or a built-in such as tcp-handshake).'));
          return undefined;
        }
      }
      // the Debug Console stays closed unless asked for (the run's output is in the views)
      config.internalConsoleOptions ??= 'neverOpen';
      return config;
    },
    async resolveDebugConfigurationWithSubstitutedVariables(_folder, config) {
      // a scenario with errors does not start: one message naming the first, and the Problems view
      // (not VS Code's "Open launch.json", which has nothing to do with it)
      if (typeof config.scenario !== 'string') return config;
      const { loadScenario } = await import('../scenario/builtins');
      const errors = loadScenario(config.scenario).diagnostics.filter((d) => d.severity === 'error');
      if (!errors.length) return config;
      const first = errors[0];
      const where = `${basename(config.scenario)}:${first.loc.line}:${first.loc.col}`;
      const msg = errors.length === 1
        ? vscode.l10n.t('sockwalk: {0} cannot run: {1}', where, translateDiagnostic(first.message))
        : vscode.l10n.t('sockwalk: {0} cannot run: {1} (and {2} more problems)', where, translateDiagnostic(first.message), errors.length - 1);
      const show = vscode.l10n.t('Show Problems');
      void vscode.window.showErrorMessage(msg, show).then(async (a) => {
        if (a !== show) return;
        const file = vscode.Uri.file(config.scenario);
        await vscode.window.showTextDocument(file, { selection: new vscode.Range(first.loc.line - 1, first.loc.col - 1, first.loc.line - 1, first.loc.col - 1), preview: true }).then(undefined, () => undefined);
        await vscode.commands.executeCommand('workbench.actions.view.problems');
      });
      // undefined: the launch stops quietly (null would open launch.json)
      return undefined;
    },
  };
  sub(
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, { provideDebugConfigurations: provider.provideDebugConfigurations }, vscode.DebugConfigurationProviderTriggerKind.Dynamic),
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, { resolveDebugConfiguration: provider.resolveDebugConfiguration, resolveDebugConfigurationWithSubstitutedVariables: provider.resolveDebugConfigurationWithSubstitutedVariables }),
  );

  sub(vscode.commands.registerCommand('sockwalk.runScenario', (arg?: string | vscode.Uri) => runScenario(arg)));
  sub(
    vscode.commands.registerCommand('sockwalk.recordProgram', async (arg?: RecordProgramArgs) => {
      // (the recorder is a bundle of its own, dist/recordProgram.js, loaded when the command first runs)
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { recordProgram } = require('./recordProgram.js') as typeof import('./recordProgram');
      const folder = vscode.workspace.workspaceFolders?.[0];
      return recordProgram(context, (scenario, name) => vscode.debug.startDebugging(folder, launchConfig(scenario, name)), arg);
    }),
  );
  sub(
    vscode.commands.registerCommand('sockwalk.openRealSource', async (arg?: string) => {
      const { openRealSource } = await import('./realSource');
      return openRealSource(arg);
    }),
  );

  const annotations = new AnnotationViews(context);
  sub(annotations);
  const views = new StackViews(annotations);
  sub(views);
  sub(
    vscode.debug.registerDebugAdapterTrackerFactory(DEBUG_TYPE, { createDebugAdapterTracker: (s) => views.tracker(s) }),
  );
  registerCSourceProviders(context);
  registerKernelSources(context, annotatedSelector(context));
  registerScenarioLanguage(context);

  // the views that follow a session: the structures webview, the sockets tree, the demos
  const log = vscode.window.createOutputChannel('Sockwalk', { log: true });
  const live = new LiveSnapshots(log);
  sub(log, live, vscode.debug.registerDebugAdapterTrackerFactory(DEBUG_TYPE, { createDebugAdapterTracker: (s) => live.tracker(s) }));
  const tree = new SocketsTree(live);
  sub(tree);
  let demos: DemoPlayer | undefined;
  let drawnDelayMs = 0;
  const hooks: PanelHooks = {
    onSelectObject: (id) => {
      void tree.reveal(id);
      void revealLocal(live, id);
    },
    onDrawn: (seq) => (drawnDelayMs > 0 ? void setTimeout(() => demos?.viewDrew(seq), drawnDelayMs) : demos?.viewDrew(seq)),
  };
  const showStructures = (preserveFocus = false) => StructuresPanel.show(context.extensionUri, live, log, hooks, preserveFocus);
  sub(
    // during a session the focus stays in the editors, where the debugger opens the sources
    vscode.commands.registerCommand('sockwalk.showStructures', () => void showStructures(!!vscode.debug.activeDebugSession)),
    vscode.window.registerWebviewPanelSerializer(STRUCTURES_VIEW_TYPE, {
      async deserializeWebviewPanel(panel) {
        StructuresPanel.revive(panel, context.extensionUri, live, log, hooks);
      },
    }),
    vscode.commands.registerCommand('sockwalk.selectObject', (id: string) => {
      if (typeof id !== 'string') return;
      (StructuresPanel.current ?? showStructures(true)).select(id);
    }),
    vscode.commands.registerCommand('sockwalk.openAnnotatedFunction', (fn: string, file?: string) => openAnnotatedFunction(fn, file)),
  );
  demos = new DemoPlayer(live, () => void showStructures(true), log);
  sub(demos);
  for (const d of DEMOS) sub(vscode.commands.registerCommand(demoCommand(d), () => demos.start(d.id)));
  sub(
    vscode.commands.registerCommand('sockwalk.demo.pause', () => demos.pause()),
    vscode.commands.registerCommand('sockwalk.demo.resume', () => demos.resume()),
    vscode.commands.registerCommand('sockwalk.demo.toggle', () => demos.toggle()),
  );

  const activationMs = performance.now() - t0;
  return {
    activationMs,
    views: () => views.state(),
    structures: () => StructuresPanel.current?.stats,
    sockets: () => tree.nodes(),
    demo: () => demos.state(),
    delayDrawnForTests: (ms) => {
      drawnDelayMs = Math.max(0, ms);
    },
  };
}

export function deactivate(): void {
  // everything is in context.subscriptions
}

/** Opens a simulated kernel function's annotated source at its definition. */
async function openAnnotatedFunction(fn: unknown, file?: unknown): Promise<boolean> {
  if (typeof fn !== 'string') return false;
  const { annotatedFunctions } = await import('./realSource');
  // a function two annotated files define (a header's inline and a source's): the one of the file asked for
  const { kernelIndex } = await import('./kernelSources');
  const inFile = typeof file === 'string' ? kernelIndex().files.find((f) => f.file === file)?.fns.find((h) => h.name === fn) : undefined;
  const h = inFile && typeof file === 'string' ? { ...inFile, annotated: file } : annotatedFunctions().get(fn);
  if (!h) {
    void vscode.window.showWarningMessage(vscode.l10n.t('sockwalk: no annotated source has a function named {0}', fn));
    return false;
  }
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(h.annotated));
  const pos = new vscode.Position(h.defLine, 0);
  const viewColumn = StructuresPanel.current?.sourceColumn() ?? vscode.ViewColumn.One;
  await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), viewColumn, preview: true });
  return true;
}

/**
 * An object picked in the structures view: if a frame of a stopped task holds it in a variable, show
 * that frame's line (the innermost such frame, the stopped task's first) and say which variable it is.
 */
async function revealLocal(live: LiveSnapshots, id: string): Promise<void> {
  const last = live.latest();
  if (!last) return;
  const { snapshot, stop } = last.body;
  const tasks = [...snapshot.tasks].sort((a, b) => (a.name === stop.task ? -1 : b.name === stop.task ? 1 : 0));
  for (const t of tasks) {
    for (let i = t.stack.length - 1; i >= 0; i--) {
      const f = t.stack[i];
      if (!/\.[ch]$/.test(f.file)) continue;
      const v = Object.entries(f.vars).find(([, x]) => typeof x === 'object' && x !== null && !Array.isArray(x) && (x as { ref?: string }).ref === id);
      if (!v) continue;
      vscode.window.setStatusBarMessage(vscode.l10n.t('sockwalk: {0} is `{1}` in {2}() ({3})', id, v[0], f.fn, t.name), 8000);
      const { mediaKernelDir } = await import('../node/paths');
      const file = vscode.Uri.joinPath(vscode.Uri.file(mediaKernelDir()), f.file);
      const pos = new vscode.Position(Math.max(0, f.line - 1), 0);
      const viewColumn = StructuresPanel.current?.sourceColumn() ?? vscode.ViewColumn.One;
      await vscode.window.showTextDocument(file, { selection: new vscode.Range(pos, pos), viewColumn, preserveFocus: true, preview: true });
      return;
    }
  }
}

function basename(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}

function launchConfig(scenario: string, name: string): vscode.DebugConfiguration {
  return { type: DEBUG_TYPE, request: 'launch', name: name.startsWith('Sockwalk') ? name : `Sockwalk: ${name}`, scenario, stopOnEntry: true, internalConsoleOptions: 'neverOpen' };
}

/** "Sockwalk: Run Scenario…": a built-in by name, a file (path or Uri), or a quick pick of both. */
async function runScenario(arg?: string | vscode.Uri): Promise<boolean> {
  const { builtinNames, builtinPath } = await import('../scenario/builtins');
  let scenario: string | undefined;
  let label: string | undefined;
  if (arg instanceof vscode.Uri) {
    scenario = arg.fsPath;
    label = basename(arg.fsPath);
  } else if (typeof arg === 'string' && arg) {
    scenario = arg;
    label = basename(arg).replace(/\.sockwalk$/, '');
  } else {
    const builtins = builtinNames();
    const builtinFiles = new Set(builtins.map((b) => builtinPath(b)));
    const files = (await vscode.workspace.findFiles('**/*.sockwalk', '**/node_modules/**', 200)).filter((u) => !builtinFiles.has(u.fsPath));
    type Pick = vscode.QuickPickItem & { scenario: string };
    const items: Array<Pick | (vscode.QuickPickItem & { kind: vscode.QuickPickItemKind })> = [];
    // the lesson's scenarios first, in the lesson's order (tcp-handshake first, the one the picker
    // starts on), then the workspace's, then the rest of the built-ins (conformance and edge cases)
    const lesson = [...new Set(DEMOS.map((d) => d.scenario))].filter((b) => builtins.includes(b));
    items.push({ label: vscode.l10n.t('The lesson'), kind: vscode.QuickPickItemKind.Separator });
    for (const b of lesson) items.push({ label: b, description: vscode.l10n.t('built-in'), detail: describe(builtinPath(b)), scenario: b });
    if (files.length) {
      items.push({ label: vscode.l10n.t('Workspace'), kind: vscode.QuickPickItemKind.Separator });
      for (const f of files.sort((a, b) => a.fsPath.localeCompare(b.fsPath))) {
        items.push({ label: basename(f.fsPath).replace(/\.sockwalk$/, ''), description: vscode.workspace.asRelativePath(f), detail: describe(f.fsPath), scenario: f.fsPath });
      }
    }
    items.push({ label: vscode.l10n.t('Conformance and edge cases'), kind: vscode.QuickPickItemKind.Separator });
    for (const b of builtins) if (!lesson.includes(b)) items.push({ label: b, description: vscode.l10n.t('built-in'), detail: describe(builtinPath(b)), scenario: b });
    const pick = (await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Sockwalk: Run Scenario'),
      placeHolder: vscode.l10n.t('A scenario to run in the simulated Linux 5.4 kernel (stops on entry)'),
      matchOnDescription: true,
      matchOnDetail: true,
    })) as Pick | undefined;
    if (!pick) return false;
    scenario = pick.scenario;
    label = pick.label;
  }
  const folder = vscode.workspace.workspaceFolders?.[0];
  return vscode.debug.startDebugging(folder, launchConfig(scenario, label ?? scenario));
}

/** The first line of a scenario's leading comment block. */
function describe(file: string): string | undefined {
  try {
    // only a regular file of a sane size (a FIFO named *.sockwalk must not hang the picker)
    const r = readScenarioFile(file);
    if (!r.ok) return undefined;
    const text = r.text;
    const lines = text.split('\n');
    const desc: string[] = [];
    for (const l of lines) {
      if (!l.startsWith('#')) break;
      desc.push(l.replace(/^#\s?/, '').trimEnd());
    }
    // the built-ins' descriptions are in the bundle, keyed by their English text (as the parser reads it)
    return t(desc.join('\n')).replace(/\s*\n\s*/g, ' ').slice(0, 160) || undefined;
  } catch {
    return undefined;
  }
}
