// `npm run package`: the .vsix, offline, with @vscode/vsce. package.json's "files" (what npm publishes:
// the CLI too) and vsce's .vscodeignore cannot be combined, so the extension is staged in build/vsix/
// with only what it runs from: the minified bundles (extension, structures webview), the annotated sources, the scenarios, the grammar,
// README, LICENSE, NOTICE and LICENSES/ (the annotated kernel excerpts are GPL-2.0, the rest MIT) and the images the README shows. Output: sockwalk-VERSION.vsix at the repo root.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stage = path.join(root, 'build', 'vsix');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
fs.rmSync(stage, { recursive: true, force: true });
fs.mkdirSync(stage, { recursive: true });
const copy = (rel) => fs.cpSync(path.join(root, rel), path.join(stage, rel), { recursive: true });
// the README's own pictures only (docs/images also holds the test screenshots)
const readmeImages = [...new Set(fs.readFileSync(path.join(root, 'README.md'), 'utf8').match(/docs\/images\/[\w.-]+\.png/g) ?? [])];
const shipped = ['README.md', 'LICENSE', 'NOTICE', 'LICENSES', 'dist/extension.js', 'dist/recordProgram.js', 'dist/session.js', 'dist/webview/structures.js', 'dist/webview/structures.css', 'dist/webview/structures.js.LEGAL.txt', 'media', 'scenarios', 'syntaxes', 'l10n', 'package.nls.json', 'package.nls.zh-cn.json', ...readmeImages];
for (const rel of shipped) {
  if (fs.existsSync(path.join(root, rel))) copy(rel);
}
const manifest = { ...pkg };
delete manifest.files;
delete manifest.bin;
delete manifest.devDependencies;
delete manifest.dependencies; // everything is in the bundle
manifest.scripts = {};
fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
fs.writeFileSync(path.join(stage, '.vscodeignore'), '# staged by scripts/package.mjs: everything here ships\n');
const out = path.join(root, `${pkg.name}-${pkg.version}.vsix`);
const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--skip-license', '-o', out], {
  stdio: 'inherit',
  cwd: stage,
});
console.log(`packaged ${path.relative(process.cwd(), out)} (${(fs.statSync(out).size / 1024).toFixed(0)} KB); install: code --install-extension ${path.basename(out)}`);
