// The simulated kernel's floors, checked: each folder of src/kernel/ imports only from its own floor and
// the floors below it (type-only imports count too), so there is no import cycle between floors and no
// arrow that runs back up. `npm run check:layers` prints every import that breaks this and exits 1.
//
//   core/     the engine, the trace, anchors, timers, the annotated-C reader, the markers
//   include/  the kernel's structs and constants (its headers)
//   world/    hosts, processes, the link, `current`, snapshots
//   net/ fs/ gen/ the kernel's code: hand-written with markers (net/, fs/), and as it runs (gen/); kernel/
//             (kernel/sys.c's setrlimit, not annotated)
//   arch/     the system-call table
//   init/     start_kernel: boots a world, the scenario runner's way in

import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export const FLOORS: ReadonlyArray<readonly string[]> = [['core'], ['include'], ['world'], ['net', 'gen/net', 'fs', 'gen/fs', 'drivers', 'gen/drivers', 'kernel', 'gen/kernel'], ['arch', 'gen/arch'], ['init']];

function listTs(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listTs(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** The floor of a file (relative to src/kernel, with /), or -1 outside every floor. */
export function floorOf(rel: string): number {
  return FLOORS.findIndex((names) => names.some((n) => rel === n || rel.startsWith(n + '/')));
}

export interface Violation {
  file: string;
  imports: string;
  why: string;
}

/** Every import of a kernel module that reaches a higher floor, or a module outside src/kernel/. */
export function checkLayers(root: string): { files: number; violations: Violation[] } {
  const kernel = path.join(root, 'src', 'kernel');
  const files = listTs(kernel);
  const violations: Violation[] = [];
  for (const f of files) {
    const rel = path.relative(kernel, f).split(path.sep).join('/');
    const floor = floorOf(rel);
    if (floor < 0) {
      violations.push({ file: rel, imports: '', why: 'is in no floor (see FLOORS)' });
      continue;
    }
    const sf = ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true);
    const specs: string[] = [];
    const visit = (n: ts.Node) => {
      if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) specs.push(n.moduleSpecifier.text);
      else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) specs.push(n.argument.literal.text);
      ts.forEachChild(n, visit);
    };
    visit(sf);
    for (const spec of specs) {
      if (!spec.startsWith('.')) continue;
      const target = path.resolve(path.dirname(f), spec);
      const trel = path.relative(kernel, target).split(path.sep).join('/');
      if (trel.startsWith('..')) {
        violations.push({ file: rel, imports: spec, why: 'reaches outside src/kernel/' });
        continue;
      }
      const tf = floorOf(trel);
      if (tf > floor) violations.push({ file: rel, imports: trel, why: `${FLOORS[floor].join('|')} may not import from the floor above it (${FLOORS[tf].join('|')})` });
    }
  }
  return { files: files.length, violations };
}

if (require.main === module) {
  const { files, violations } = checkLayers(path.resolve(__dirname, '..'));
  for (const v of violations) process.stdout.write(`src/kernel/${v.file}: imports ${v.imports} — ${v.why}\n`);
  process.stdout.write(`check-layers: ${files} modules, ${violations.length} import(s) against the floors ${FLOORS.map((f) => f.join('|')).join(' < ')}\n`);
  process.exitCode = violations.length ? 1 : 0;
}
