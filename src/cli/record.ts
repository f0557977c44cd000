// `sockwalk record -o FILE.sockwalk -- COMMAND [ARGS…]`: runs a real command under strace and writes
// what its processes did with sockets as a scenario (src/record/).
//
// Why strace: it is the system-call tracer every Linux distribution ships (Debian's `strace`), it
// needs no kernel support beyond ptrace, and its options give exactly what a replay needs (-q keeps
// the `+++ killed by SIG… +++` lines: a killed process's sockets are closed as at exit) —
// -f follows every fork, vfork and thread (so `sh -c './server & ./client'` records both sides),
// -yy prints each descriptor with what it is (`3<TCP:[127.0.0.1:8080]>`: a socket, its protocol and
// ends, so files and pipes are told apart from sockets without tracing open()), and -ttt with the
// `<unfinished …>`/`<… resumed>` halves gives one log in the order things really happened.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseStrace } from '../record/strace';
import { recordScenario } from '../record/scenario';
import { t } from '../l10n/l10n';

/** The calls strace is asked for: sockets and descriptors, and what tells processes and threads apart. */
export const TRACED =
  '%network,read,write,close,fcntl,ioctl,poll,ppoll,select,pselect6,epoll_create,epoll_create1,epoll_ctl,epoll_wait,epoll_pwait,execve,clone,clone3,fork,vfork,exit_group';

export interface RecordResult {
  /** The scenario text written. */
  scenario: string;
  /** The command's exit status. */
  status: number | null;
  /** strace's log, as read. */
  log: string;
}

/** Where strace is, or null. */
export function findStrace(): string | null {
  for (const dir of (process.env.PATH ?? '/usr/bin:/bin').split(':')) {
    const p = path.join(dir || '.', 'strace');
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return null;
}

export interface RecordOptions {
  cwd?: string;
  /** The command's output goes nowhere (tests). */
  quiet?: boolean;
  /** The command's output (stdout and stderr) as it comes, instead of ours — a VS Code terminal's. */
  onOutput?: (text: string) => void;
  /** The tracer's process once started (to feed it input, or stop it). */
  onSpawn?: (child: ChildProcess) => void;
}

/** Runs `command` under strace (its output to ours) and turns the log into a scenario. */
export async function recordCommand(command: string[], opts: RecordOptions = {}): Promise<RecordResult> {
  const strace = findStrace();
  if (!strace) throw new Error(t('strace is not installed: it records the system calls (apt-get install strace)'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sockwalk-record-'));
  const log = path.join(dir, 'strace.log');
  try {
    const args = ['-f', '-q', '-ttt', '-yy', '-s', '65536', '-e', `trace=${TRACED}`, '-e', 'signal=none', '-o', log, '--', ...command];
    const status = await new Promise<number | null>((resolve, reject) => {
      const stdio = opts.onOutput ? 'pipe' : opts.quiet ? 'ignore' : 'inherit';
      const child = spawn(strace, args, { cwd: opts.cwd, stdio });
      if (opts.onOutput) {
        child.stdout?.on('data', (b: Buffer) => opts.onOutput!(b.toString('utf8')));
        child.stderr?.on('data', (b: Buffer) => opts.onOutput!(b.toString('utf8')));
      }
      opts.onSpawn?.(child);
      child.on('error', reject);
      child.on('exit', (code) => resolve(code));
    });
    const text = fs.readFileSync(log, 'utf8');
    const scenario = recordScenario(parseStrace(text), { command: command.map(shellWord).join(' ') });
    return { scenario, status, log: text };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A word as a shell would need it written. */
function shellWord(w: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}

/** `record` of the CLI: its arguments after the word `record`. Returns the exit code. */
export async function recordMain(argv: string[], usage: (msg: string) => number): Promise<number> {
  let outFile: string | undefined;
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a === '-o' || a === '--output') outFile = argv[++i];
    else if (a.startsWith('-')) return usage(t('unknown option {0}', a));
    else break;
  }
  const command = argv.slice(i);
  if (!outFile) return usage(t('record needs -o FILE.sockwalk'));
  if (command.length === 0) return usage(t('record needs a command to run after --'));
  let r: RecordResult;
  try {
    r = await recordCommand(command);
  } catch (e) {
    process.stderr.write(`sockwalk: ${(e as Error).message}\n`);
    return 2;
  }
  fs.writeFileSync(outFile, r.scenario);
  const calls = countCalls(r.scenario);
  process.stderr.write(t('sockwalk: recorded {0} socket calls into {1} (the command exited with {2}); walk it with: sockwalk run {1}', calls, outFile, String(r.status)) + '\n');
  return 0;
}

/** For tests: whether strace can trace here (ptrace may be forbidden in some containers). */
export function straceWorks(): boolean {
  const s = findStrace();
  if (!s) return false;
  return spawnSync(s, ['-f', '-qq', '-o', '/dev/null', '--', 'true']).status === 0;
}

/** How many calls a recorded scenario makes (its `NAME: call(...)` lines). */
export function countCalls(scenario: string): number {
  return scenario.split('\n').filter((l) => /^[A-Za-z_][A-Za-z0-9_-]*: (?!wait$)/.test(l)).length;
}
