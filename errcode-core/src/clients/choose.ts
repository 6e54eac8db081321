// ---- the entry a body names (the runtime's second part) ----

// ---- URIs compared in RFC 3986 §6.2.2's normal form ----

function unreserved(b: number): boolean {
  return (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 45 || b === 46 || b === 95 || b === 126;
}

function hexDigit(c: string | undefined): number {
  if (c === undefined || c.length !== 1) return -1;
  const n = parseInt(c, 16);
  return /^[0-9a-fA-F]$/.test(c) ? n : -1;
}

/** `uri` normalised; `foldEnd`/`host` the parts compared without case. Null for a bad escape. */
function normalize(uri: string, scheme: number, hostStart: number, hostEnd: number): string | null {
  const chars = Array.from(uri);
  let out = "";
  let offset = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const fold = offset < scheme || (offset >= hostStart && offset < hostEnd);
    offset += utf8Length(c);
    if (c !== "%") {
      out += fold ? asciiLower(c) : c;
      continue;
    }
    const high = hexDigit(chars[++i]);
    const low = hexDigit(chars[++i]);
    offset += 2;
    if (high < 0 || low < 0) return null;
    const byte = high * 16 + low;
    if (unreserved(byte)) {
      const d = String.fromCharCode(byte);
      out += fold ? asciiLower(d) : d;
    } else out += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

function asciiLower(c: string): string {
  return c >= "A" && c <= "Z" ? c.toLowerCase() : c;
}

function normalizedUri(uri: string): string | null {
  const colon = uri.indexOf(":");
  if (colon < 0) return normalize(uri, 0, 0, 0);
  const scheme = uri.slice(0, colon);
  if (!/^[A-Za-z][A-Za-z0-9+.-]*$/.test(scheme)) return normalize(uri, 0, 0, 0);
  const rest = uri.slice(colon + 1);
  if (!rest.startsWith("//")) return normalize(uri, utf8Length(scheme), 0, 0);
  const authority = rest.slice(2);
  let end = authority.search(/[/?#]/);
  if (end < 0) end = authority.length;
  const at = authority.slice(0, end).lastIndexOf("@");
  const start = utf8Length(uri.slice(0, colon + 3));
  const hostStart = start + (at >= 0 ? utf8Length(authority.slice(0, at + 1)) : 0);
  return normalize(uri, utf8Length(scheme), hostStart, start + utf8Length(authority.slice(0, end)));
}

/** The path (with its query and fragment) of an absolute `scheme://host/...` URI; null for any other reference. */
function pathOfAbsolute(uri: string): string | null {
  const sep = uri.indexOf("://");
  if (sep < 0 || !/^[A-Za-z][A-Za-z0-9+.-]*$/.test(uri.slice(0, sep))) return null;
  const slash = uri.indexOf("/", sep + 3);
  return slash < 0 ? null : uri.slice(slash);
}

function typeSuffix(base: string, uri: string): string | null {
  // A base from the server's root makes relative types, which a gateway resolves (RFC 9457 §3.1.1): their path is compared.
  if (base.startsWith("/")) {
    const path = pathOfAbsolute(uri);
    if (path !== null) uri = path;
  }
  if (uri.startsWith(base)) return normalize(uri.slice(base.length), 0, 0, 0);
  const b = normalizedUri(base);
  const u = normalizedUri(uri);
  if (b === null || u === null || !u.startsWith(b)) return null;
  return u.slice(b.length);
}

/** What follows the first of `bases` that `uri` starts with, as decoding tries them. */
function suffixOf(bases: readonly string[], uri: string): string | null {
  for (const base of bases) {
    const suffix = typeSuffix(base, uri);
    if (suffix !== null) return suffix;
  }
  return null;
}

/**
 * Digits after an optional sign as Rust's `str::parse` reads them, leading zeros and all;
 * null past 40 digits, beyond every integer type's range (and `BigInt` of a long text is slow).
 */
function integer(text: string): bigint | null {
  let start = text.charCodeAt(0) === 43 || text.charCodeAt(0) === 45 ? 1 : 0;
  while (text.charCodeAt(start) === 48) start++;
  if (text.length - start > 40) return null;
  const n = start === text.length ? 0n : BigInt(text.slice(start));
  return text.charCodeAt(0) === 45 ? -n : n;
}

/** `text` as Rust's `str::parse::<i64>` reads it. */
function parseI64(text: string): bigint | null {
  if (!/^[+-]?[0-9]+$/.test(text)) return null;
  const n = integer(text);
  return n !== null && n >= I64_MIN && n <= I64_MAX ? n : null;
}

/** `text` with its `%XX` escapes decoded, as Rust's `u8::from_str_radix` reads them; null for a bad one. */
function percentDecoded(text: string): string | null {
  if (!text.includes("%")) return text;
  const encoded = bytesOf(text);
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i++) {
    if (encoded[i] !== 37) {
      bytes.push(encoded[i]);
      continue;
    }
    if (i + 2 >= encoded.length) return null;
    const [h, l] = [encoded[i + 1], encoded[i + 2]];
    const high = h === 43 ? 0 : hexDigit(String.fromCharCode(h));
    const low = hexDigit(String.fromCharCode(l));
    if (high < 0 || low < 0 || h > 127 || l > 127) return null;
    bytes.push(high * 16 + low);
    i += 2;
  }
  const [decoded, good] = utf8(Uint8Array.from(bytes));
  return good === bytes.length ? decoded : null;
}

// ---- messages matched against templates ----

/** Rust's `char::is_whitespace`: Unicode's White_Space. */
function isWhite(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13);
  if (c < 0x85) return false;
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

function trimStart(text: string): string {
  let i = 0;
  while (i < text.length && isWhite(text.charCodeAt(i))) i++;
  return i === 0 ? text : text.slice(i);
}

/** `text` without the periods and white space it ends with. */
function trimEnd(text: string): string {
  let j = text.length;
  for (;;) {
    const c = text.charCodeAt(j - 1);
    if (j > 0 && (c === 46 || isWhite(c))) j--;
    else break;
  }
  return j === text.length ? text : text.slice(0, j);
}

function loose(text: string): string {
  return trimEnd(trimStart(text));
}

type Fit = 0 | 1 | 2; // exact, placeholders, any
type Piece = readonly [0 | 1 | 2, string];

/** A template loosened as a message is, and what it is made of. */
interface Pieces {
  readonly pieces: readonly Piece[];
  /** Whether it has a placeholder. */
  readonly args: boolean;
  /** Whether it is nothing but placeholders, periods and white space. */
  readonly any: boolean;
  /** Its text, where it has no placeholder. */
  readonly text: string;
}

function pieces(segments: readonly Segment[]): Pieces {
  const out: [0 | 1 | 2, string][] = segments.map((s) => [s[0], s[1]]);
  const first = out[0];
  if (first && first[0] === 0) first[1] = trimStart(first[1]);
  const last = out[out.length - 1];
  if (last && last[0] === 0) last[1] = trimEnd(last[1]);
  const kept = out.filter((p) => !(p[0] === 0 && p[1] === ""));
  const found: Pieces = {
    pieces: kept,
    args: kept.some((p) => p[0] !== 0),
    any: kept.every((p) => p[0] !== 0 || [...p[1]].every((c) => c === "." || isWhite(c.charCodeAt(0)))),
    text: kept.map((p) => p[1]).join(""),
  };
  return found;
}

/** How `loosened` (a message as `loose` gives it) fits a template, and what each placeholder matched. */
function fit(template: Pieces, loosened: string): [Fit, [string, string][]] | null {
  if (!template.args) return template.text === loosened ? [0, []] : null;
  const ps = template.pieces;
  let rest = loosened;
  const captures: [string, string][] = [];
  let pending: Piece | null = null;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    if (p[0] === 0) {
      let before = "";
      if (pending === null) {
        if (!rest.startsWith(p[1])) return null;
        rest = rest.slice(p[1].length);
      } else if (i === ps.length - 1) {
        if (!rest.endsWith(p[1])) return null;
        before = rest.slice(0, rest.length - p[1].length);
        rest = "";
      } else {
        const found = rest.indexOf(p[1]);
        if (found < 0) return null;
        before = rest.slice(0, found);
        rest = rest.slice(found + p[1].length);
      }
      if (pending !== null && pending[0] === 1) captures.push([pending[1], before]);
      pending = null;
    } else {
      if (pending !== null) return null;
      pending = p;
    }
  }
  if (pending !== null) {
    if (pending[0] === 1) captures.push([pending[1], rest]);
  } else if (rest !== "") return null;
  return [template.any ? 2 : 1, captures];
}

function fitAny(c: CatalogueSpec, entry: number, loosened: string): [Fit, [string, string][]] | null {
  for (const template of indexOf(c).templates[entry]) {
    const found = fit(template, loosened);
    if (found) return found;
  }
  return null;
}

// ---- restoring a variant's fields, as the Rust types accept them ----

const INTS: { [kind: string]: readonly [bigint, bigint] } = {
  u8: [0n, 255n], i8: [-128n, 127n], u16: [0n, 65535n], i16: [-32768n, 32767n],
  u32: [0n, 4294967295n], i32: [-2147483648n, 2147483647n], u64: [0n, U64_MAX], i64: [I64_MIN, I64_MAX],
  u128: [0n, 2n ** 128n - 1n], i128: [-(2n ** 127n), 2n ** 127n - 1n],
};

/** A kind read once: whether it takes an absent member, a null one, its base kind, an integer's bounds. */
interface Parsed {
  /** `option:` and `default:`: an absent member is `None`, or the default. */
  readonly absent: boolean;
  /** `option:`: so is a null one. */
  readonly optional: boolean;
  readonly base: Kind;
  readonly range: readonly [bigint, bigint] | undefined;
  readonly low: number;
  readonly high: number;
}

const parsedKinds = new Map<Kind, Parsed>();

function parsedKind(kind: Kind): Parsed {
  let parsed = parsedKinds.get(kind);
  if (parsed === undefined) {
    const optional = kind.startsWith("option:");
    const absent = optional || kind.startsWith("default:");
    const base = absent ? kind.slice(kind.indexOf(":") + 1) : kind;
    const range = Object.prototype.hasOwnProperty.call(INTS, base) ? INTS[base] : undefined;
    parsed = { absent, optional, base, range, low: range ? Number(range[0]) : 0, high: range ? Number(range[1]) : 0 };
    parsedKinds.set(kind, parsed);
  }
  return parsed;
}

/** Whether a member (undefined: absent) restores a field of `kind`. */
function acceptsMember(kind: Kind, v: Value | undefined): boolean {
  const k = parsedKind(kind);
  if (v === undefined) return k.absent;
  if (v === null && k.optional) return true;
  const range = k.range;
  // A number here is a safe integer: its bounds compare exactly as doubles.
  if (range !== undefined) return typeof v === "number" ? v >= k.low && v <= k.high : typeof v === "bigint" && v >= range[0] && v <= range[1];
  switch (k.base) {
    case "any":
    case "opaque":
      return true;
    case "string":
      return typeof v === "string";
    case "char":
      return typeof v === "string" && [...v].length === 1;
    case "bool":
      return typeof v === "boolean";
    case "f64":
      return typeof v === "number" || typeof v === "bigint" || v instanceof Float;
    default:
      return false;
  }
}

/** Whether the text a placeholder matched (null: none) parses as a field of `kind`. */
function acceptsText(kind: Kind, text: string | null): boolean {
  if (text === null) return false;
  if (kind === "text" || kind === "opaque") return true;
  if (kind === "char") return [...text].length === 1;
  if (kind === "bool") return text === "true" || text === "false";
  if (kind === "f64") return /^[\x00-\x7f]*$/.test(text) && /^[+-]?(inf|infinity|nan|([0-9]+\.?[0-9]*|\.[0-9]+)(e[+-]?[0-9]+)?)$/i.test(text);
  const range = INTS[kind];
  if (range === undefined) return false;
  const signed = range[0] < 0n;
  if (!(signed ? /^[+-]?[0-9]+$/ : /^\+?[0-9]+$/).test(text)) return false;
  const n = integer(text);
  return n !== null && n >= range[0] && n <= range[1];
}

function plain(v: Value): Json {
  if (v instanceof Float) return v.value;
  if (typeof v === "bigint") return Number(v);
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === "object") {
    const out: { [k: string]: Json } = {};
    for (const k of Object.keys(v)) Object.defineProperty(out, k, { value: plain(v[k]), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}

// ---- choosing the entry ----

/** The positions of the entries with each code: integers, strings, integers past a double's range, none. */
interface Index {
  /** Each entry's templates, loosened: its own first, then its translations. */
  readonly templates: readonly (readonly Pieces[])[];
  readonly ints: Map<number, number[]>;
  readonly strs: Map<string, number[]>;
  readonly bigs: Map<string, number[]>;
  readonly none: number[];
  /** The retry of each entry whose body carries no delay, made once. */
  readonly retries: readonly Retry[];
  /**
   * Entries by the text of a template without placeholders: the only templates a
   * message fits exactly (rank 0), looked up instead of tried.
   */
  readonly exact: Map<string, number[]>;
  /** The entries of each code's list (or of none) that a status admits, made once per pair. */
  readonly admitted: WeakMap<readonly number[], Map<number, number[]>>;
}

const indexes = new WeakMap<CatalogueSpec, Index>();

const NONE: readonly number[] = [];

/** The last catalogue indexed: a module decodes against one. */
let last: [CatalogueSpec, Index] | null = null;

function indexOf(c: CatalogueSpec): Index {
  if (last !== null && last[0] === c) return last[1];
  const index = indexes.get(c);
  if (index) {
    last = [c, index];
    return index;
  }
  const templates = c.entries.map((e) => e.templates.map(pieces));
  const retries = c.entries.map((e) => Object.freeze({ class: e.retry, delayMs: null }));
  const found: Index = { templates, ints: new Map(), strs: new Map(), bigs: new Map(), none: [], retries, exact: new Map(), admitted: new WeakMap() };
  const add = <K>(map: Map<K, number[]>, key: K, i: number): void => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  templates.forEach((ts, i) => {
    for (const t of ts) if (!t.args && !found.exact.get(t.text)?.includes(i)) add(found.exact, t.text, i);
  });
  c.entries.forEach((e, i) => {
    const key = e.key;
    if (key === null) found.none.push(i);
    else if (key.startsWith("s:")) add(found.strs, key.slice(2), i);
    else if (BigInt(key.slice(2)) >= -EXACT && BigInt(key.slice(2)) <= EXACT) add(found.ints, Number(key.slice(2)), i);
    else add(found.bigs, key.slice(2), i);
  });
  indexes.set(c, found);
  last = [c, found];
  return found;
}

function withCode(c: CatalogueSpec, code: BodyCode | null): readonly number[] {
  const index = indexOf(c);
  if (code === null) return index.none;
  if (typeof code === "number") return index.ints.get(code) ?? NONE;
  if (typeof code === "string") return index.strs.get(code) ?? NONE;
  return index.bigs.get(code.toString()) ?? NONE;
}

function admits(e: EntrySpec, status: number): boolean {
  return e.status === null || e.status === status || e.also.includes(status);
}

function retirement(c: CatalogueSpec, key: string): string | null {
  for (const [code, note] of c.retired) if (code === key) return note;
  return null;
}

interface Named {
  code: BodyCode | null;
  message: string | null;
  suffix: string | null;
  status: number | null;
  fields: readonly [string, Value][];
  ancestors: readonly BodyCode[];
}

function unrecognized(n: Named, reason: Reason, candidates: number[], note: string | null = null): Unrecognized {
  const code = typeof n.code === "bigint" ? n.code.toString() : n.code;
  return { kind: "unrecognized", reason, note, code, status: n.status, message: n.message, candidates };
}

type Told = { entry: number; evidence: Evidence; captures: [string, string][] } | { reason: Reason; candidates: readonly number[] };

function tellApart(c: CatalogueSpec, candidates: readonly number[], message: string | null, statusGiven: boolean, named: boolean): Told {
  if (message === null) {
    if (candidates.length === 1 && statusGiven) return { entry: candidates[0], evidence: "status", captures: [] };
    return { reason: named ? "ambiguous" : "unknown", candidates };
  }
  const loosened = loose(message);
  const exact = exactFit(c, candidates, loosened);
  if (exact !== null) return { entry: exact, evidence: "message", captures: [] };
  let best: [number, Fit, [string, string][]] | null = null;
  let tie = false;
  for (const i of candidates) {
    const found = fitAny(c, i, loosened);
    if (found === null) continue;
    if (best === null || found[0] < best[1]) {
      best = [i, found[0], found[1]];
      tie = false;
    } else if (found[0] === best[1]) tie = true;
  }
  if (best === null) return { reason: named ? "messageMismatch" : "unknown", candidates };
  if (tie) return { reason: "ambiguous", candidates };
  const [entry, how, captures] = best;
  if (how === 2 && !statusGiven) return { reason: "catchAllOnly", candidates: [entry] };
  return { entry, evidence: how === 0 ? "message" : how === 1 ? "template" : "status", captures };
}

/**
 * The one candidate the message fits exactly, where exactly one does: then no other
 * fit can outrank it, so `tellApart`'s walk over every template would choose it too.
 * A candidate counts only where its first fitting template is the exact one, as there.
 */
function exactFit(c: CatalogueSpec, candidates: readonly number[], loosened: string): number | null {
  const hits = indexOf(c).exact.get(loosened);
  if (hits === undefined) return null;
  let only: number | null = null;
  for (const i of hits) {
    if (!candidates.includes(i)) continue;
    if (only !== null) return null;
    only = i;
  }
  if (only === null) return null;
  const first = indexOf(c).templates[only][0];
  // Its first template is the exact one: the first to fit.
  if (!first.args && first.text === loosened) return only;
  return fitAny(c, only, loosened)?.[0] === 0 ? only : null;
}

function admitting(c: CatalogueSpec, entries: readonly number[], status: number): number[] {
  const admitted: number[] = [];
  for (const i of entries) if (admits(c.entries[i], status)) admitted.push(i);
  return admitted;
}

/** `admitting` of a code's list of entries, made once per list and status. */
function admittingOfCode(c: CatalogueSpec, byCode: readonly number[], status: number): readonly number[] {
  const cache = indexOf(c).admitted;
  let byStatus = cache.get(byCode);
  if (byStatus === undefined) cache.set(byCode, (byStatus = new Map()));
  let admitted = byStatus.get(status);
  if (admitted === undefined) byStatus.set(status, (admitted = admitting(c, byCode, status)));
  return admitted;
}

function choose(c: CatalogueSpec, n: Named): Outcome {
  const byCode = withCode(c, n.code);
  let typed: readonly number[] = NONE;
  if (n.suffix !== null) {
    const found: number[] = [];
    c.entries.forEach((e, i) => e.uri === n.suffix && found.push(i));
    typed = found;
  }
  if (n.code !== null && typed.length > 0) {
    if (!typed.some((i) => byCode.includes(i))) return unrecognized(n, "codeMismatch", [...typed, ...byCode]);
    typed = typed.filter((i) => byCode.includes(i));
  }
  const named = n.code !== null || typed.length > 0;
  const namedEntries = typed.length > 0 ? typed : byCode;
  const one = namedEntries.length === 1;
  const status = n.status;
  let fitting = namedEntries;
  if (status !== null && !(named && one && c.outranks)) {
    fitting = typed.length === 0 && byCode !== NONE ? admittingOfCode(c, byCode, status) : admitting(c, namedEntries, status);
  }
  if (fitting.length === 0) {
    let note: string | null = n.code === null ? null : retirement(c, keyOf(n.code));
    if (note === null && n.suffix !== null) {
      const int = parseI64(n.suffix);
      if (int !== null) note = retirement(c, "i:" + int);
      const text = note === null ? percentDecoded(n.suffix) : null;
      if (text !== null) note = retirement(c, "s:" + text);
    }
    if (namedEntries.length === 0 && note !== null) return unrecognized(n, "retired", [], note);
    // A code the catalogue neither knows nor retired may refine one it knows.
    if (namedEntries.length === 0 && n.code !== null && n.ancestors.length > 0) {
      const parent = nearestAncestor(c, n);
      if (parent !== null) return parent;
    }
    return unrecognized(n, namedEntries.length === 0 ? "unknown" : "statusMismatch", [...namedEntries]);
  }
  let chosen = fitting[0];
  let captures: [string, string][] = [];
  let evidence: Evidence;
  if (named && one) {
    if (n.message !== null && indexOf(c).templates[chosen][0].args) captures = fitAny(c, chosen, loose(n.message))?.[1] ?? [];
    evidence = typed.length === 0 ? "code" : "typeUri";
  } else {
    const candidates = fitting.length > 1 || !named ? fitting : [fitting[0]];
    const told = tellApart(c, candidates, n.message, status !== null, named);
    if ("reason" in told) return unrecognized(n, told.reason, [...told.candidates]);
    chosen = told.entry;
    captures = told.captures;
    evidence = told.evidence;
  }
  return restored(c, n, chosen, evidence, captures);
}

/**
 * The body decoded as the nearest of its ancestors the catalogue knows (as Rust's
 * `decode/parent.rs`), or null where it knows none. Where several entries share that
 * code, the one the status admits; the status is not held against a lone one (the
 * refinement may have a status of its own). Placeholders are filled only where the
 * message fits the ancestor's own template.
 */
function nearestAncestor(c: CatalogueSpec, n: Named): Outcome | null {
  let known: readonly number[] = NONE;
  for (const ancestor of n.ancestors) {
    known = withCode(c, ancestor);
    if (known.length > 0) break;
  }
  if (known.length === 0) return null;
  let chosen = known[0];
  if (known.length > 1) {
    const status = n.status;
    const admitted = status === null ? [] : admitting(c, known, status);
    if (admitted.length !== 1) return unrecognized(n, "ambiguous", [...known]);
    chosen = admitted[0];
  }
  const own = indexOf(c).templates[chosen][0];
  let captures: [string, string][] = [];
  if (n.message !== null && own.args && c.entries[chosen].exposes) captures = fit(own, loose(n.message))?.[1] ?? [];
  const code = n.code;
  return restored(c, n, chosen, "parent", captures, typeof code === "bigint" ? code.toString() : code);
}

/** What `bare` makes its objects with: its prototype has no prototype, and no members. */
function Bare(): void {}
Bare.prototype = Object.create(null);

/**
 * An empty object with nothing inherited: a member named `__proto__` is one like any other,
 * and `constructor` or `toString` is undefined unless the body has it, as the types say.
 * (`Object.create(null)` would do as much, at four times the cost of a literal in V8.)
 */
function bare<T>(): T {
  return new (Bare as unknown as new () => T)();
}

/** The entry's variant as the body rebuilds it, or `notRebuildable`. */
function restored(
  c: CatalogueSpec, n: Named, chosen: number, evidence: Evidence, captured: [string, string][],
  receivedCode: number | string | null = null,
): Outcome {
  const e = c.entries[chosen];
  const captures = e.exposes ? captured : [];
  const restore = e.restore;
  if (restore === null) return unrecognized(n, "notRebuildable", [chosen]);
  const fields: { [member: string]: Json } = bare();
  for (const [name, kind] of restore.members) {
    let v: Value | undefined = undefined;
    for (const f of n.fields) {
      if (f[0] === name) {
        v = f[1];
        break;
      }
    }
    if (!acceptsMember(kind, v)) return unrecognized(n, "notRebuildable", [chosen]);
    if (v !== undefined) fields[name] = typeof v === "object" || typeof v === "bigint" ? plain(v) : v;
  }
  const params: { [placeholder: string]: string } = bare();
  for (const [name, kind] of restore.params) {
    let text: string | null = null;
    for (const p of captures) {
      if (p[0] === name) {
        text = p[1];
        break;
      }
    }
    if (!acceptsText(kind, text)) return unrecognized(n, "notRebuildable", [chosen]);
    if (text !== null) params[name] = text;
  }
  const own = e.delay === null ? indexOf(c).retries[chosen] : { class: e.retry, delayMs: delayMs(fields[e.delay[0]], e.delay[1]) };
  // A refinement decoded as its ancestor retries as the status it came with says, as Rust's `Received::retry`.
  const retry = evidence === "parent" && n.status !== null && n.status !== e.sent
    ? { class: classForStatus(n.status), delayMs: own.delayMs } : own;
  return {
    kind: "known", entry: chosen, variant: e.variant, name: e.name, code: e.code,
    status: n.status, message: n.message, evidence, receivedCode, retry, fault: e.fault, fields, params,
  };
}

/** Rust's `RetryClass::for_status`. */
function classForStatus(status: number): RetryClass {
  if (status === 429 || status === 503) return "throttled";
  return status >= 500 && status <= 599 ? "safe" : "never";
}

/** The delay a retry member's value asks for, in milliseconds, as Rust's `RetryDelay`: none where negative or not finite. */
function delayMs(v: Json | undefined, unit: "s" | "ms"): number | null {
  if (typeof v !== "number" || !Number.isFinite(v) || (v < 0 && !Object.is(v, -0))) return null;
  // A `Duration` holds up to 2^64 seconds.
  return unit === "ms" ? Math.min(v, 2 ** 64 * 1000) : Math.min(v, 2 ** 64) * 1000;
}

/** Decodes `body`, received with `status`, against the catalogue `c`. */
function decodeWith(c: CatalogueSpec, status: number | null, body: string | Uint8Array): Outcome {
  try {
    const read = readBody(textOf(body, c.maxLen), c.level);
    const code = codeOf(read, c.lenient);
    const message = messageOf(read, c.lenient);
    const uri = read.type;
    const suffix = read.typeBases !== null && typeof uri === "string" ? suffixOf(read.typeBases, uri) : null;
    const given = typeof status === "number" && Number.isInteger(status) && status >= 100 && status <= 999 ? status : null;
    return choose(c, { code, message, suffix, status: given, fields: read.fields, ancestors: read.ancestors });
  } catch (e) {
    if (e instanceof Stop) return { kind: "invalid", error: e.error, member: e.member };
    // A stack overflow on a pathological body, or anything else: not a body of the format.
    return { kind: "invalid", error: "json", member: null };
  } finally {
    src = "";
  }
}
// ---- end of the runtime ----
