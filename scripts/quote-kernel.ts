// `npx tsx scripts/quote-kernel.ts --linux DIR PATH FN [SKIP…]`: prints FN of Linux v5.4's PATH as an
// annotated definition, ready to paste into media/kernel/PATH: the header (`FN -- `, upstream line,
// Elixir link) and the function's code as v5.4 has it, without its comments (every comment of an
// annotated source is an annotation of ours, translated; upstream's are read on Elixir). Each SKIP is
// a range of real lines, `A-B` (or one line `A`), shown as a single `......` line. The summary after `--` and the annotations are ours to write;
// `npm run sources:check -- --linux DIR --write` then checks the result and maps its lines.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { elixirUrl, realDefinition } from '../src/kernel/core/annotated';

const args = process.argv.slice(2);
const at = args.indexOf('--linux');
if (at < 0 || args.length < at + 2) throw new Error('usage: quote-kernel.ts --linux DIR PATH FN [A-B …]');
const linux = args[at + 1];
const [file, fn, ...skips] = args.filter((_, i) => i !== at && i !== at + 1);
const lines = fs.readFileSync(path.join(linux, file), 'utf8').split('\n');
const def = realDefinition(lines, fn);
if (!def) throw new Error(`${fn} is not defined in ${file}`);
const skipped = skips.map((s) => s.split('-').map(Number)).map(([a, b]) => [a, b ?? a] as const);
const out = ['/*', ` * ${fn} -- `, ` * upstream: ${file}:${def.start}`, ` * ${elixirUrl(file, def.start)}`, ' */'];
// the code of each line, comments cut (a block comment may span lines)
let inComment = false;
const code = (raw: string): string => {
  let outText = '';
  for (let i = 0; i < raw.length; i++) {
    if (inComment) {
      if (raw.startsWith('*/', i)) {
        inComment = false;
        i++;
      }
    } else if (raw.startsWith('/*', i)) {
      inComment = true;
      i++;
    } else if (raw.startsWith('//', i)) break;
    else outText += raw[i];
  }
  return outText.replace(/\s+$/, '');
};
for (let n = def.start; n <= def.end; n++) {
  const s = skipped.find(([a, b]) => n >= a && n <= b);
  const raw = lines[n - 1];
  const c = code(raw);
  if (s) {
    if (n === s[0]) out.push('\t......');
  } else if (c.trim() || !raw.trim()) {
    // a blank line of upstream's stays (one of a run); a line that was only a comment goes
    if (c.trim() || out[out.length - 1] !== '') out.push(c);
  }
}
process.stdout.write(out.join('\n') + '\n');
