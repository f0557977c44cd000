/**
 * native.ts — real-kernel half of `npm run bench`.
 *
 * Compiles bench/kernel_lifecycle.c (C11, libc only) with the system C
 * compiler into <repoRoot>/build/bench/, runs it, and returns how many full
 * TCP connection lifecycles per second (socket, connect, accept, close, close
 * over 127.0.0.1) the host kernel does, for comparison with the simulator.
 * The binary is rebuilt only when the C source is newer than it.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export interface KernelBenchResult {
  lifecycles: number;
  seconds: number;
  lifecycles_per_s: number;
}

const SOURCE_REL = path.join("bench", "kernel_lifecycle.c");
const OUT_DIR_REL = path.join("build", "bench");
const BINARY_NAME = process.platform === "win32" ? "kernel_lifecycle.exe" : "kernel_lifecycle";
const TIMEOUT_MS = 60_000;

interface ExecError extends Error {
  code?: string;
  status?: number | null;
  signal?: NodeJS.Signals | null;
  stderr?: Buffer | string;
}

function stderrOf(err: ExecError): string {
  const s = err.stderr === undefined ? "" : err.stderr.toString().trim();
  return s.length > 0 ? `\n${s}` : "";
}

/** Compiler candidates: $CC if set, then the usual names. */
function compilerCandidates(): string[] {
  const fromEnv = process.env.CC?.trim();
  const names = [fromEnv, "cc", "gcc", "clang"].filter((c): c is string => !!c);
  return [...new Set(names)];
}

/** Builds the binary if it is missing or older than the source; returns its path. */
function ensureBinary(repoRoot: string): string {
  const source = path.resolve(repoRoot, SOURCE_REL);
  let sourceStat: fs.Stats;
  try {
    sourceStat = fs.statSync(source);
  } catch {
    throw new Error(`kernel benchmark source not found: ${source}`);
  }

  const outDir = path.resolve(repoRoot, OUT_DIR_REL);
  const binary = path.join(outDir, BINARY_NAME);
  try {
    if (fs.statSync(binary).mtimeMs >= sourceStat.mtimeMs) return binary; // cached
  } catch {
    // not built yet
  }
  fs.mkdirSync(outDir, { recursive: true });

  // Compile to a unique temp name, then rename, so concurrent runs never see
  // (or execute) a half-written binary.
  const tmp = path.join(outDir, `.${BINARY_NAME}.${process.pid}.${Date.now()}.tmp`);
  const tried: string[] = [];
  for (const cc of compilerCandidates()) {
    try {
      execFileSync(cc, ["-std=c11", "-O2", "-o", tmp, source], {
        stdio: ["ignore", "pipe", "pipe"],
        timeout: TIMEOUT_MS,
      });
    } catch (e) {
      const err = e as ExecError;
      if (err.code === "ENOENT") {
        tried.push(cc);
        continue; // this compiler is not installed; try the next one
      }
      fs.rmSync(tmp, { force: true });
      throw new Error(`compiling ${source} with '${cc}' failed: ${err.message}${stderrOf(err)}`);
    }
    fs.renameSync(tmp, binary);
    return binary;
  }
  throw new Error(
    `no C compiler found (tried: ${tried.join(", ")}); the kernel benchmark needs one to build ` +
      `${SOURCE_REL}. Install one (e.g. 'apt-get install gcc' or 'xcode-select --install') or set CC.`,
  );
}

function parseResult(stdout: string, n: number): KernelBenchResult {
  const line = stdout.trim().split(/\r?\n/).pop() ?? "";
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    throw new Error(`kernel benchmark printed unexpected output: ${JSON.stringify(stdout)}`);
  }
  const r = data as Partial<Record<keyof KernelBenchResult, unknown>>;
  const ok = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
  if (!ok(r.lifecycles) || !ok(r.seconds) || !ok(r.lifecycles_per_s) || r.lifecycles !== n) {
    throw new Error(`kernel benchmark printed an invalid result: ${line}`);
  }
  return { lifecycles: r.lifecycles, seconds: r.seconds, lifecycles_per_s: r.lifecycles_per_s };
}

/**
 * Compiles bench/kernel_lifecycle.c with the system C compiler (cc, -O2) into
 * <repoRoot>/build/bench/ (cached by source mtime), runs `n` timed lifecycles
 * on the host kernel over 127.0.0.1 and returns its figures. Throws an Error
 * with a clear message if there is no C compiler, or if the run fails or
 * takes longer than 60 s.
 */
export function runKernelLifecycles(n: number, repoRoot: string): KernelBenchResult {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new Error(`runKernelLifecycles: n must be a positive integer, got ${n}`);
  }
  const binary = ensureBinary(repoRoot);
  let stdout: string;
  try {
    stdout = execFileSync(binary, [String(n)], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: TIMEOUT_MS,
      cwd: os.tmpdir(),
    });
  } catch (e) {
    const err = e as ExecError;
    const why =
      err.code === "ETIMEDOUT"
        ? `timed out after ${TIMEOUT_MS / 1000} s`
        : err.status != null
          ? `exited with status ${err.status}`
          : err.signal
            ? `was killed by ${err.signal}`
            : err.message;
    throw new Error(`kernel benchmark ${binary} ${n} ${why}${stderrOf(err)}`);
  }
  return parseResult(stdout, n);
}

/**
 * Runs the kernel benchmark from a small shell started once, before the simulator's rounds grow
 * this process: execFileSync() would fork this process for every kernel round — a fork of a
 * process with a few hundred MB of heap and trace chunks makes all of its pages copy-on-write, and
 * the simulator's next timed run (the traced one, right after the kernel's) then took a page fault
 * on every page it wrote: ~25,000 minor faults in that run against 2,000–6,000 without the fork
 * (process.resourceUsage(), 20,000 lifecycles), a cost the kernel's figure never pays. The shell
 * forks only itself to start the binary. On Windows (no sh) each run is runKernelLifecycles().
 */
export class KernelRunner {
  private readonly binary: string;
  private readonly child: ChildProcess | null = null;
  private buffered = "";
  private waiting: ((line: string | null) => void) | null = null;

  constructor(private readonly repoRoot: string) {
    this.binary = ensureBinary(repoRoot);
    if (process.platform === "win32") return;
    // one line in (the count), the binary's JSON line out, or "FAIL <status>" (its stderr passes through)
    const script = 'while read -r n; do "$0" "$n" || echo "FAIL $?"; done';
    const child = spawn("/bin/sh", ["-c", script, this.binary], { stdio: ["pipe", "pipe", "inherit"], cwd: os.tmpdir() });
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (d: string) => {
      this.buffered += d;
      this.deliver();
    });
    child.on("exit", () => {
      const w = this.waiting;
      this.waiting = null;
      w?.(null);
    });
    this.child = child;
  }

  private deliver(): void {
    const i = this.buffered.indexOf("\n");
    if (i < 0 || !this.waiting) return;
    const line = this.buffered.slice(0, i);
    this.buffered = this.buffered.slice(i + 1);
    const w = this.waiting;
    this.waiting = null;
    w(line);
  }

  /** `n` timed lifecycles on the host kernel (see runKernelLifecycles). */
  async run(n: number): Promise<KernelBenchResult> {
    if (!Number.isSafeInteger(n) || n < 1) throw new Error(`KernelRunner.run: n must be a positive integer, got ${n}`);
    if (!this.child) return runKernelLifecycles(n, this.repoRoot);
    const line = await new Promise<string | null>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = null;
        reject(new Error(`kernel benchmark ${this.binary} ${n} timed out after ${TIMEOUT_MS / 1000} s`));
      }, TIMEOUT_MS);
      this.waiting = (l) => {
        clearTimeout(timer);
        resolve(l);
      };
      this.child!.stdin!.write(`${n}\n`);
      this.deliver();
    });
    if (line === null) throw new Error(`kernel benchmark: its shell exited`);
    if (line.startsWith("FAIL ")) throw new Error(`kernel benchmark ${this.binary} ${n} exited with status ${line.slice(5)}`);
    return parseResult(line, n);
  }

  close(): void {
    this.child?.stdin?.end();
  }
}
