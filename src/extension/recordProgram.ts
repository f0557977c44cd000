// "Sockwalk: Record a Program…": asks for the command(s) to run, runs them under `sockwalk record`'s
// tracer in a terminal of their own (their output there, the keyboard to their input), writes the
// recorded scenario beside them, opens it and starts it in the debugger, stopped on entry.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ChildProcess } from 'node:child_process';
import { countCalls, findStrace, recordCommand } from '../cli/record';

/** What a caller (a test, a keybinding's args) may give instead of answering the prompt. */
export interface RecordProgramArgs {
  /** The shell command line to record (run by sh -c). */
  command?: string;
  /** The scenario file to write (default: NAME.sockwalk in the folder the command runs in). */
  output?: string;
  /** The folder to run in (default: the first workspace folder). */
  cwd?: string;
}

const LAST_COMMAND = 'sockwalk.record.lastCommand';

/** The scenario's file name: after the command's first program (`./echo-server 8080 & …` → echo-server). */
export function scenarioNameFor(command: string): string {
  const first = command.trim().split(/\s+/).find((w) => !/^[A-Z_]+=/.test(w) && !['sudo', 'env', 'exec', 'python3', 'python', 'node'].includes(w)) ?? 'recording';
  const base = path.basename(first).replace(/\.[A-Za-z0-9]+$/, '').replace(/[^A-Za-z0-9_-]/g, '') || 'recording';
  return `${base}.sockwalk`;
}

export async function recordProgram(
  context: vscode.ExtensionContext,
  launch: (scenario: string, name: string) => Thenable<boolean>,
  arg?: RecordProgramArgs,
): Promise<boolean> {
  if (!findStrace()) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Sockwalk records programs with strace, which is not installed here (on Debian or Ubuntu: sudo apt-get install strace).'));
    return false;
  }
  const cwd = arg?.cwd ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? os.homedir();
  let command = arg?.command;
  if (command === undefined) {
    command = await vscode.window.showInputBox({
      title: vscode.l10n.t('Sockwalk: Record a Program'),
      prompt: vscode.l10n.t('The command(s) to run and record, as in a shell: a server and its client together, e.g. ./server 8080 & sleep 0.2; ./client 8080'),
      placeHolder: './server 8080 & sleep 0.2; ./client 8080',
      value: context.workspaceState.get<string>(LAST_COMMAND) ?? '',
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Type the command(s) to run')),
    });
  }
  if (!command || !command.trim()) return false;
  await context.workspaceState.update(LAST_COMMAND, command);
  const output = arg?.output ?? path.join(cwd, scenarioNameFor(command));

  // the command's own terminal: its output shown, the keyboard fed to it
  const write = new vscode.EventEmitter<string>();
  const closed = new vscode.EventEmitter<number | void>();
  let child: ChildProcess | undefined;
  const pty: vscode.Pseudoterminal = {
    onDidWrite: write.event,
    onDidClose: closed.event,
    open: () => undefined,
    close: () => {
      if (child && child.exitCode === null) child.kill('SIGTERM');
    },
    handleInput: (data) => {
      child?.stdin?.write(data === '\r' ? '\n' : data);
      write.fire(data === '\r' ? '\r\n' : data);
    },
  };
  const terminal = vscode.window.createTerminal({ name: vscode.l10n.t('Sockwalk: recording'), pty });
  terminal.show(true);
  const say = (s: string) => write.fire(s.replace(/\r?\n/g, '\r\n'));
  // (the terminal writes nothing before it is open: give it a moment)
  await new Promise((r) => setTimeout(r, 200));
  say(`$ ${command}\n`);
  let scenario: string;
  let status: number | null;
  try {
    const r = await recordCommand(['sh', '-c', command], { cwd, onOutput: say, onSpawn: (c) => (child = c) });
    scenario = r.scenario;
    status = r.status;
  } catch (e) {
    say(`\n${(e as Error).message}\n`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Sockwalk could not record the program: {0}', (e as Error).message));
    return false;
  }
  fs.writeFileSync(output, scenario);
  const calls = countCalls(scenario);
  say('\n' + vscode.l10n.t('sockwalk: recorded {0} socket calls into {1} (the command exited with {2})', calls, output, String(status)) + '\n');
  const doc = await vscode.workspace.openTextDocument(output);
  await vscode.window.showTextDocument(doc, { preview: false });
  if (calls === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The program made no socket calls the simulator can replay: nothing to walk.'));
    return false;
  }
  return launch(output, path.basename(output));
}
