// Bundles sockwalk with esbuild (node targets): the extension, the CLI and the benchmark, and the
// mocha suite that runs inside a real VS Code (test/vscode/ → out/test/vscode/); and the structures
// webview for the browser (webview/main.ts → dist/webview/structures.js + structures.css).
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';


const watch = process.argv.includes('--watch');
// the kernel's stepping layer (src/kernel/gen/) from its hand-written modules, first
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/gen-kernel.ts'], { stdio: 'inherit' });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};
const builds = [
  // minified: the extension bundle (with the inline debug adapter, loaded on first use) stays small;
  // no keepNames: what needs a kernel function's name reads its kname (written by scripts/gen-kernel.ts)
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './recordProgram.js', './session.js'], minify: true },
  // "Record a Program…" (strace, the recorder): its own bundle beside the extension's, loaded by the command
  { ...common, entryPoints: ['src/extension/recordProgram.ts'], outfile: 'dist/recordProgram.js', external: ['vscode'], minify: true },
  // the debug session and the simulated kernel: loaded when the first session starts
  { ...common, entryPoints: ['src/extension/session.ts'], outfile: 'dist/session.js', external: ['vscode'], minify: true },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js' },
  { ...common, entryPoints: ['src/debug/debugAdapter.ts'], outfile: 'dist/debugAdapter.js' },
  { ...common, entryPoints: ['src/bench/bench.ts'], outfile: 'dist/bench.js' },
  { ...common, entryPoints: ['src/debug/bench.ts'], outfile: 'dist/debugBench.js' },
  // the demos' data for the UI tests (plain JS)
  { ...common, entryPoints: ['src/views/demos.ts'], outfile: 'out/views/demos.js', sourcemap: false },
  // the in-host test suite (extensionTestsPath = out/test/vscode/index.js); mocha comes from node_modules
  ...(fs.existsSync('test/vscode/suite')
    ? [{ ...common, entryPoints: fs.readdirSync('test/vscode/suite').filter((f) => f.endsWith('.ts')).map((f) => `test/vscode/suite/${f}`), outdir: 'out/test/vscode', external: ['vscode', 'mocha'] }]
    : []),
  // the structures webview: a browser bundle (lit, one vscode-elements control), its CSS beside it
  {
    entryPoints: { structures: 'webview/main.ts' },
    outdir: 'dist/webview',
    bundle: true,
    platform: 'browser',
    target: 'chrome120',
    format: 'iife',
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
  },
].filter((b) => fs.existsSync(Array.isArray(b.entryPoints) ? b.entryPoints[0] : Object.values(b.entryPoints)[0]));

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
