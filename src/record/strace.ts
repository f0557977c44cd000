// Reading strace's output (`strace -f -qq -ttt -yy -X raw …`): one system call per line, `PID TS
// name(args) = result`, with a call another task interrupted split in two (`<unfinished ...>`, then
// `<... name resumed>`). The two halves are joined back into one call that knows where it entered and
// where it returned in the log — the order the recorder replays from. Pure: text in, calls out.

/** One system call as strace printed it, joined from its two halves if it was interrupted. */
export interface TracedCall {
  pid: number;
  name: string;
  /** The arguments as printed, split at top-level commas (each trimmed). */
  args: string[];
  /** The result as printed after `= ` (`0`, `4<TCP:[…]>`, `-1 ECONNREFUSED (Connection refused)`, `?`). */
  result: string;
  /** Index of the line where it entered, and of the line where it returned. */
  entered: number;
  returned: number;
  /** Wall-clock seconds of entry, and of return (strace -ttt; the same for a call printed whole). */
  t: number;
  tReturn: number;
}

/** A decoded result: a number (with its -yy annotation for a new fd), or -1 and an errno name. */
export interface Ret {
  value: number;
  errno?: string;
  /** `4<TCP:[127.0.0.1:9124->127.0.0.1:44540]>`: the annotation, without the angle brackets. */
  annotation?: string;
  /** What follows the value: poll's `([{fd=3, revents=POLLIN}])`, F_GETFL's `(flags O_RDWR)`. */
  detail?: string;
}

const LINE = /^(\d+)\s+(\d+(?:\.\d+)?)\s+(.*)$/;

/** Parses strace -f -ttt output into complete calls, in the order they returned. Lines of other shapes (signals, exits) are skipped. */
export function parseStrace(text: string): TracedCall[] {
  const out: TracedCall[] = [];
  const pending = new Map<number, { name: string; head: string; entered: number; t: number }>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = LINE.exec(lines[i]);
    if (!m) continue;
    const pid = Number(m[1]);
    const t = Number(m[2]);
    let body = m[3];
    // a task killed by a signal: its descriptors are closed as at exit (a pseudo-call "killed")
    const killed = /^\+\+\+ killed by (SIG[A-Z0-9]+)/.exec(body);
    if (killed) {
      out.push({ pid, name: 'killed', args: [killed[1]], result: '?', entered: i, returned: i, t, tReturn: t });
      continue;
    }
    if (body.startsWith('---') || body.startsWith('+++')) continue;
    const resumed = /^<\.\.\. ([A-Za-z0-9_]+) resumed>(.*)$/.exec(body);
    let name: string;
    let entered = i;
    let t0 = t;
    if (resumed) {
      const p = pending.get(pid);
      if (!p || p.name !== resumed[1]) continue;
      pending.delete(pid);
      name = p.name;
      entered = p.entered;
      t0 = p.t;
      body = p.head + resumed[2];
    } else {
      const c = /^([A-Za-z0-9_]+)\((.*)$/.exec(body);
      if (!c) continue;
      name = c[1];
      body = c[2];
      if (body.endsWith('<unfinished ...>')) {
        pending.set(pid, { name, head: body.slice(0, -'<unfinished ...>'.length), entered: i, t });
        continue;
      }
    }
    const split = splitCall(body);
    if (!split) continue;
    out.push({ pid, name, args: split.args, result: split.result, entered, returned: i, t: t0, tReturn: t });
  }
  return out;
}

/** `args) = result` → the arguments and the result; undefined when the line is cut short. */
function splitCall(body: string): { args: string[]; result: string } | undefined {
  // the closing parenthesis of the call is the one that brings the depth below zero
  let depth = 0;
  let inStr = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (inStr) {
      if (ch === '\\') i++;
      else if (ch === '"') inStr = false;
      continue;
    }
    if (ch === '"') inStr = true;
    else if (ch === '(' || ch === '[' || ch === '{' || ch === '<') depth++;
    else if (ch === ']' || ch === '}' || (ch === '>' && body[i - 1] !== '-')) depth = Math.max(0, depth - 1);
    else if (ch === ')') {
      if (depth === 0) {
        const rest = body.slice(i + 1);
        const r = /^\s*=\s*(.*)$/.exec(rest);
        if (!r) return undefined;
        return { args: splitArgs(body.slice(0, i)), result: r[1].trim() };
      }
      depth--;
    }
  }
  return undefined;
}

/** Splits at commas outside strings, parentheses, brackets, braces and -yy's angle brackets. */
export function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inStr = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (inStr) {
      if (ch === '\\') i++;
      else if (ch === '"') inStr = false;
      continue;
    }
    if (ch === '"') inStr = true;
    else if ('([{<'.includes(ch)) depth++;
    else if (')]}'.includes(ch) || (ch === '>' && s[i - 1] !== '-')) depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      out.push(s.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = s.slice(start).trim();
  if (last !== '' || out.length) out.push(last);
  return out;
}

/** `4<TCP:[…]>` → 4 and `TCP:[…]`; `-1 EAGAIN (Resource …)` → -1 EAGAIN; `0x802 (flags …)` → 2050. */
export function parseRet(result: string): Ret | undefined {
  const m = /^(-?(?:0x[0-9a-fA-F]+|\d+))(<.*?>)?(?:\s+([A-Z][A-Z0-9_]*))?(?:\s+(.*))?$/.exec(result);
  if (!m) return undefined;
  const r: Ret = { value: Number(m[1]) };
  if (m[2]) r.annotation = annotationOf(m[1] + m[2]);
  if (m[3] && r.value < 0) r.errno = m[3];
  if (m[4] || (m[3] && r.value >= 0)) r.detail = (m[3] && r.value >= 0 ? m[3] + ' ' : '') + (m[4] ?? '');
  return r;
}

/** The -yy annotation of an fd argument (`3<TCP:[127.0.0.1:8080]>` → `TCP:[127.0.0.1:8080]`), if any. */
export function annotationOf(arg: string): string | undefined {
  const m = /^-?\d+<(.*)>$/.exec(arg);
  return m ? m[1] : undefined;
}

/** The number of an fd argument, with or without its annotation. */
export function fdOf(arg: string | undefined): number | undefined {
  const m = arg === undefined ? null : /^(-?\d+)(?:<.*>)?$/.exec(arg);
  return m ? Number(m[1]) : undefined;
}

/** The kind of socket an annotation shows: TCP, UDP, … (`TCP:[…]` → TCP); undefined for files and pipes. */
export function socketKind(annotation: string | undefined): string | undefined {
  if (!annotation) return undefined;
  const m = /^(TCP|UDP|TCPv6|UDPv6|UNIX|UNIX-STREAM|UNIX-DGRAM|NETLINK|RAW|PING|socket):/.exec(annotation);
  return m ? m[1] : undefined;
}

/** An IPv4 sockaddr as strace prints it: `{sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("1.2.3.4")}`. */
export function parseSockaddr(arg: string): { family: string; ip?: string; port?: number } | undefined {
  const f = /sa_family=([A-Z0-9_]+)/.exec(arg);
  if (!f) return undefined;
  const p = /sin_port=htons\((\d+)\)/.exec(arg);
  const a = /sin_addr=inet_addr\("([0-9.]+)"\)/.exec(arg);
  return { family: f[1], ...(a ? { ip: a[1] } : {}), ...(p ? { port: Number(p[1]) } : {}) };
}

/** A C string literal as strace prints it (`"hi\n\0"`, maybe followed by `...` when cut) → its bytes as a string of char codes < 256. */
export function parseCString(arg: string): { value: string; truncated: boolean } | undefined {
  if (!arg.startsWith('"')) return undefined;
  let out = '';
  let i = 1;
  for (; i < arg.length; i++) {
    const ch = arg[i];
    if (ch === '"') break;
    if (ch !== '\\') {
      // strace prints bytes; anything above 0x7f arrives escaped, but be safe with UTF-8 text
      const code = ch.charCodeAt(0);
      out += code < 256 ? ch : Buffer.from(ch, 'utf8').toString('latin1');
      continue;
    }
    const e = arg[++i];
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', v: '\v', f: '\f', a: '\x07', b: '\b', '\\': '\\', '"': '"', "'": "'" };
    if (e in simple) out += simple[e];
    else if (e === 'x') {
      out += String.fromCharCode(parseInt(arg.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (/[0-7]/.test(e)) {
      let j = i;
      while (j < i + 3 && /[0-7]/.test(arg[j] ?? '')) j++;
      out += String.fromCharCode(parseInt(arg.slice(i, j), 8));
      i = j - 1;
    } else out += e ?? '';
  }
  return { value: out, truncated: arg.slice(i + 1).startsWith('...') };
}
