// "Sockwalk: Demo — …": plays one of src/views/demos.ts. It opens the structures view, starts the
// scenario as a debug session with the demo's moments, and at each moment holds for the configured
// pace (sockwalk.demo.pace seconds) before going on; the explanation is the stop's text (the
// structures view shows it in its banner) and stays in the status bar. The presenter keeps the
// debugger: a step, a breakpoint or a pause from the toolbar stops the autoplay ("Resume Demo" or the
// status bar item starts it again); "Pause Demo" holds it. After the last moment the demo waits
// where it is, so the picture stays to be explored.

import * as vscode from 'vscode';
import type { LiveEvent, LiveSnapshots } from './live';
import { DEMOS, localDemo, type Demo } from '../views/demos';

export interface DemoState {
  demo: string;
  /** Moments reached so far, and how many the demo has. */
  reached: number;
  total: number;
  playing: boolean;
  finished: boolean;
  /** The explanation shown now. */
  text?: string;
}

/** How long autoplay waits for the structures view's first picture before going on without it. */
const FIRST_PICTURE_MS = 15_000;

export class DemoPlayer implements vscode.Disposable {
  private run:
    | {
        demo: Demo;
        session?: vscode.DebugSession;
        lastStep?: number;
        reached: number;
        total: number;
        playing: boolean;
        finished: boolean;
        text?: string;
        timer?: NodeJS.Timeout;
        sub: vscode.Disposable;
        /** The pause (live seq) of the last moment, and whether the structures view has drawn a picture of this demo yet. */
        momentSeq?: number;
        viewDrew: boolean;
        /** The pace waits for the view's first picture (or FIRST_PICTURE_MS). */
        waiting?: NodeJS.Timeout;
      }
    | undefined;
  private readonly status = vscode.window.createStatusBarItem('sockwalk.demo', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [this.status];
  /** Every state change (tests follow the demo through it). */
  private readonly changed = new vscode.EventEmitter<DemoState | undefined>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly live: LiveSnapshots,
    private readonly openView: () => void,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.status.name = vscode.l10n.t('Sockwalk demo');
    this.status.command = 'sockwalk.demo.toggle';
    this.disposables.push(
      this.changed,
      vscode.debug.onDidStartDebugSession((s) => {
        if (this.run && !this.run.session && s.configuration.sockwalkDemo === this.run.demo.id) this.run.session = s;
      }),
      vscode.debug.onDidTerminateDebugSession((s) => {
        if (this.run?.session?.id === s.id) this.end(this.run.finished ? 'finished' : 'stopped');
      }),
    );
  }

  state(): DemoState | undefined {
    const r = this.run;
    return r && { demo: r.demo.id, reached: r.reached, total: r.total, playing: r.playing, finished: r.finished, ...(r.text ? { text: r.text } : {}) };
  }

  /** Starts a demo (stopping one that plays). */
  async start(id: string): Promise<boolean> {
    const found = DEMOS.find((d) => d.id === id);
    // in the display language: its title, and the moments' explanations the debugger will show
    const demo = found && localDemo(found);
    if (!demo) {
      void vscode.window.showErrorMessage(vscode.l10n.t('sockwalk: no demo named {0}', id));
      return false;
    }
    if (this.run?.session) await vscode.debug.stopDebugging(this.run.session);
    this.end('replaced');
    const total = demo.moments.reduce((n, m) => n + (m.times ?? 1), 0);
    this.run = { demo, reached: 0, total, playing: true, finished: false, viewDrew: false, sub: this.live.subscribe((e) => this.onLive(e)) };
    this.openView();
    this.show();
    const folder = vscode.workspace.workspaceFolders?.[0];
    const ok = await vscode.debug.startDebugging(folder, {
      type: 'sockwalk',
      request: 'launch',
      name: vscode.l10n.t('Sockwalk demo: {0}', demo.title),
      scenario: demo.scenario,
      stopOnEntry: false,
      moments: demo.moments,
      sockwalkDemo: demo.id,
    });
    if (!ok) this.end('failed to start');
    return ok;
  }

  private onLive(e: LiveEvent): void {
    const r = this.run;
    if (!r || e.session.configuration.sockwalkDemo !== r.demo.id) return;
    r.session ??= e.session;
    if (e.session.id !== r.session.id) return;
    if (e.kind !== 'snapshot') return;
    const stop = e.body.stop;
    if (stop.step === r.lastStep) return; // the same stop, seen again
    r.lastStep = stop.step;
    clearTimeout(r.timer);
    const isMoment = stop.reason === 'pause' && !!stop.text && (r.demo.moments.some((m) => m.explain === stop.text) || !!r.demo.pauses);
    if (!isMoment) {
      // the presenter stepped, hit a breakpoint or paused: autoplay waits for them
      if (r.playing) this.log.info(`demo ${r.demo.id}: autoplay paused by a ${stop.reason} stop`);
      r.playing = false;
      this.show();
      return;
    }
    if (r.demo.moments.some((m) => m.explain === stop.text)) r.reached++;
    r.text = stop.text;
    r.momentSeq = e.seq;
    r.finished = r.reached >= r.total;
    this.show();
    if (r.playing && !r.finished) this.schedule();
  }

  /** The structures view drew pause `seq` (of the live hub's numbering). */
  viewDrew(seq: number): void {
    const r = this.run;
    if (!r || r.viewDrew || r.momentSeq === undefined || seq < r.momentSeq) return;
    r.viewDrew = true;
    if (r.waiting) {
      clearTimeout(r.waiting);
      r.waiting = undefined;
      this.log.info(`demo ${r.demo.id}: the structures view drew its first picture; autoplay goes on`);
      if (r.playing && !r.finished) this.schedule();
    }
  }

  private schedule(): void {
    const r = this.run;
    if (!r) return;
    // the pace starts once the reader can see the first moment: when the view has drawn it (a slow
    // machine takes seconds to open it), or after FIRST_PICTURE_MS without a view
    if (!r.viewDrew) {
      clearTimeout(r.waiting);
      r.waiting = setTimeout(() => {
        r.waiting = undefined;
        r.viewDrew = true;
        this.log.info(`demo ${r.demo.id}: no picture drawn in ${FIRST_PICTURE_MS / 1000} s; autoplay goes on`);
        if (this.run === r && r.playing && !r.finished) this.schedule();
      }, FIRST_PICTURE_MS);
      return;
    }
    const pace = vscode.workspace.getConfiguration('sockwalk').get<number>('demo.pace', 6);
    clearTimeout(r.timer);
    if (!(pace > 0)) return; // 0: the presenter moves on (Continue, or Resume Demo)
    r.timer = setTimeout(() => void this.advance(), pace * 1000);
  }

  private async advance(): Promise<void> {
    const r = this.run;
    if (!r?.session || !r.playing || r.finished) return;
    try {
      // through the workbench when it is the focused session, so VS Code's own views follow
      if (vscode.debug.activeDebugSession?.id === r.session.id) await vscode.commands.executeCommand('workbench.action.debug.continue');
      else await r.session.customRequest('continue', { threadId: 0 });
    } catch (e) {
      this.log.debug(`demo continue: ${(e as Error).message}`);
    }
  }

  /** Autoplay off; a running demo is paused where it is. */
  async pause(): Promise<void> {
    const r = this.run;
    if (!r) return;
    r.playing = false;
    clearTimeout(r.timer);
    this.show();
  }

  /** Autoplay on: go on to the next moment now. */
  async resume(): Promise<void> {
    const r = this.run;
    if (!r) return;
    if (r.finished) {
      void vscode.window.showInformationMessage(vscode.l10n.t('sockwalk: this demo has shown all its moments; step or continue on your own, or start another demo.'));
      return;
    }
    r.playing = true;
    this.show();
    await this.advance();
  }

  async toggle(): Promise<void> {
    if (this.run?.playing) await this.pause();
    else await this.resume();
  }

  private show(): void {
    const r = this.run;
    this.changed.fire(this.state());
    void vscode.commands.executeCommand('setContext', 'sockwalk.demoActive', !!r);
    void vscode.commands.executeCommand('setContext', 'sockwalk.demoPlaying', !!r?.playing && !r.finished);
    if (!r) {
      this.status.hide();
      return;
    }
    const icon = r.finished ? '$(check)' : r.playing ? '$(debug-pause)' : '$(play)';
    this.status.text = `${icon} ${vscode.l10n.t('Demo: {0} {1}/{2}', r.demo.title, Math.min(r.reached, r.total), r.total)}`;
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown(`**${r.demo.title}** — ${r.finished ? vscode.l10n.t('all moments shown') : r.playing ? vscode.l10n.t('playing (click to hold)') : vscode.l10n.t('held (click to play on)')}\n\n`);
    if (r.text) md.appendText(r.text);
    this.status.tooltip = md;
    this.status.show();
  }

  private end(why: string): void {
    const r = this.run;
    if (!r) return;
    clearTimeout(r.timer);
    clearTimeout(r.waiting);
    r.sub.dispose();
    this.log.info(`demo ${r.demo.id}: ${why} (${r.reached}/${r.total} moments)`);
    this.run = undefined;
    this.show();
  }

  dispose(): void {
    this.end('disposed');
    for (const d of this.disposables) d.dispose();
  }
}
