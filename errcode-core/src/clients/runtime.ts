// ---- errcodes decode runtime (TypeScript): the same for every catalogue ----
// Reads a body as errcodes' Rust `decode` does: serde_json's grammar and
// limits, a member named twice refused, the code and message where the
// format puts them, then the entry picked by code, type URI, status and
// message template. Nothing here throws out of `decodeWith`.

/** A segment of a template: text, a placeholder read back, a formatted one. */
type Segment = readonly [0 | 1 | 2, string];
/** What a restored field accepts: see `accepts`. */
type Kind = string;

interface MemberSpec {
  readonly name: string;
  readonly slot: "code" | "message" | "type" | "nested" | "field" | "skip";
  readonly base?: string;
  readonly inner?: LevelSpec;
}

interface LevelSpec {
  readonly fieldsHere: boolean;
  readonly members: readonly MemberSpec[];
}

interface EntrySpec {
  readonly variant: string;
  readonly name: string;
  readonly code: number | string | null;
  readonly key: string | null;
  readonly uri: string | null;
  readonly status: number | null;
  readonly also: readonly number[];
  readonly exposes: boolean;
  readonly templates: readonly (readonly Segment[])[];
  readonly restore: null | {
    readonly members: readonly (readonly [string, Kind])[];
    readonly params: readonly (readonly [string, Kind])[];
  };
}

interface CatalogueSpec {
  readonly lenient: boolean;
  readonly outranks: boolean;
  readonly maxLen: number;
  readonly level: LevelSpec;
  readonly entries: readonly EntrySpec[];
  readonly retired: readonly (readonly [string, string])[];
}

/** How an entry was told apart from the others, strongest first. */
export type Evidence = "code" | "typeUri" | "message" | "template" | "status";

/** Why a well-formed body named no single entry. */
export type Reason =
  | "unknown"
  | "statusMismatch"
  | "ambiguous"
  | "catchAllOnly"
  | "messageMismatch"
  | "codeMismatch"
  | "notRebuildable"
  | "retired";

/** A JSON value as a body carries it. */
export type Json = null | boolean | number | string | Json[] | { [member: string]: Json };

/** A body that named no single entry: why, and what it carried. */
export interface Unrecognized {
  readonly kind: "unrecognized";
  readonly reason: Reason;
  /** The retirement note, for `reason: "retired"`. */
  readonly note: string | null;
  readonly code: number | string | null;
  readonly status: number | null;
  readonly message: string | null;
  /** The entries that fit, by position in the catalogue. */
  readonly candidates: readonly number[];
}

/** A body that is not an error body of the format at all. */
export interface Invalid {
  readonly kind: "invalid";
  readonly error: "tooLarge" | "json" | "notAnObject" | "duplicateMember" | "wrongType";
  /** The member named twice, or of the wrong type. */
  readonly member: string | null;
}

/** What every decoded entry carries; each entry's type narrows it. */
export interface KnownBase {
  readonly kind: "known";
  readonly entry: number;
  readonly variant: string;
  readonly name: string;
  readonly code: number | string | null;
  readonly status: number | null;
  readonly message: string | null;
  readonly evidence: Evidence;
  readonly fields: { readonly [member: string]: Json };
  readonly params: { readonly [placeholder: string]: string };
}

type Outcome = KnownBase | Unrecognized | Invalid;

class Stop {
  constructor(
    readonly error: Invalid["error"],
    readonly member: string | null = null,
  ) {}
}

/** A JSON number with a fraction or exponent (or an integer serde_json reads as one). */
class Float {
  constructor(readonly value: number) {}
}

type Value = null | boolean | number | bigint | string | Float | Value[] | { [k: string]: Value };

/** serde_json's recursion limit: this many open arrays and objects fail. */
const DEPTH_LIMIT = 128;
/** Up to this many keys, each is compared with those before it. */
const FEW = 16;
const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;
const U64_MAX = 2n ** 64n - 1n;

let src = "";
let at = 0;
let depth = 0;

function fail(): never {
  throw new Stop("json");
}

function space(): void {
  for (;;) {
    const c = src.charCodeAt(at);
    if (c === 32 || c === 10 || c === 13 || c === 9) at++;
    else return;
  }
}

function expect(c: number): void {
  if (src.charCodeAt(at) !== c) fail();
  at++;
}

function hex4(): number {
  let n = 0;
  for (let i = 0; i < 4; i++) {
    const c = src.charCodeAt(at++);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (d < 0) fail();
    n = n * 16 + d;
  }
  return n;
}

/** The characters a string holds as themselves. */
const PLAIN = /[^"\\\x00-\x1f]*/y;

function str(): string {
  expect(34);
  const start = at;
  PLAIN.lastIndex = at;
  PLAIN.test(src);
  at = PLAIN.lastIndex;
  const c = src.charCodeAt(at);
  if (c === 34) {
    at++;
    return src.slice(start, at - 1);
  }
  if (c !== 92) fail();
  let out = src.slice(start, at);
  for (;;) {
    const c = src.charCodeAt(at++);
    if (c === 34) return out;
    if (c < 32 || Number.isNaN(c)) fail();
    if (c !== 92) {
      out += src[at - 1];
      continue;
    }
    const e = src.charCodeAt(at++);
    switch (e) {
      case 34: out += '"'; break;
      case 92: out += "\\"; break;
      case 47: out += "/"; break;
      case 98: out += "\b"; break;
      case 102: out += "\f"; break;
      case 110: out += "\n"; break;
      case 114: out += "\r"; break;
      case 116: out += "\t"; break;
      case 117: {
        const unit = hex4();
        if (unit >= 0xdc00 && unit <= 0xdfff) fail();
        if (unit >= 0xd800 && unit <= 0xdbff) {
          if (src.charCodeAt(at) !== 92 || src.charCodeAt(at + 1) !== 117) fail();
          at += 2;
          const low = hex4();
          if (low < 0xdc00 || low > 0xdfff) fail();
          out += String.fromCharCode(unit, low);
        } else out += String.fromCharCode(unit);
        break;
      }
      default: fail();
    }
  }
}

function digits(): number {
  const start = at;
  for (;;) {
    const c = src.charCodeAt(at);
    if (c >= 48 && c <= 57) at++;
    else return at - start;
  }
}

function num(): Value {
  const start = at;
  // The common code: a few digits, nothing after them that makes a float.
  let small = 0;
  let c = src.charCodeAt(at);
  if (c >= 49 && c <= 57) {
    do {
      small = small * 10 + (c - 48);
      c = src.charCodeAt(++at);
    } while (c >= 48 && c <= 57 && at - start < 15);
    if (!(c >= 48 && c <= 57) && c !== 46 && c !== 101 && c !== 69) return small;
    at = start;
  }
  const negative = src.charCodeAt(at) === 45;
  if (negative) at++;
  const first = src.charCodeAt(at);
  if (first === 48) {
    at++;
    const next = src.charCodeAt(at);
    if (next >= 48 && next <= 57) fail();
  } else if (first >= 49 && first <= 57) digits();
  else fail();
  let float = false;
  if (src.charCodeAt(at) === 46) {
    at++;
    if (digits() === 0) fail();
    float = true;
  }
  const e = src.charCodeAt(at);
  if (e === 101 || e === 69) {
    at++;
    const sign = src.charCodeAt(at);
    if (sign === 43 || sign === 45) at++;
    if (digits() === 0) fail();
    float = true;
  }
  const text = src.slice(start, at);
  if (!float) {
    if (text.length < 16) {
      const n = Number(text);
      if (!(n === 0 && negative)) return n;
    } else {
      const n = BigInt(text);
      if (negative ? n >= I64_MIN && n < 0n : n <= U64_MAX) {
        return Number.isSafeInteger(Number(n)) ? Number(n) : n;
      }
    }
  }
  const f = Number(text);
  if (!Number.isFinite(f)) fail();
  return new Float(f);
}

function enter(): void {
  if (++depth >= DEPTH_LIMIT) fail();
}

function value(): Value {
  space();
  const c = src.charCodeAt(at);
  if (c === 34) return str();
  if (c === 123) {
    enter();
    at++;
    const object: { [k: string]: Value } = Object.create(null) as { [k: string]: Value };
    space();
    if (src.charCodeAt(at) === 125) {
      at++;
      depth--;
      return object;
    }
    for (;;) {
      space();
      const key = str();
      space();
      expect(58);
      object[key] = value();
      space();
      const next = src.charCodeAt(at++);
      if (next === 125) break;
      if (next !== 44) fail();
    }
    depth--;
    return object;
  }
  if (c === 91) {
    enter();
    at++;
    const array: Value[] = [];
    space();
    if (src.charCodeAt(at) === 93) {
      at++;
      depth--;
      return array;
    }
    for (;;) {
      array.push(value());
      space();
      const next = src.charCodeAt(at++);
      if (next === 93) break;
      if (next !== 44) fail();
    }
    depth--;
    return array;
  }
  if (c === 45 || (c >= 48 && c <= 57)) return num();
  if (src.startsWith("true", at)) return (at += 4), true;
  if (src.startsWith("false", at)) return (at += 5), false;
  if (src.startsWith("null", at)) return (at += 4), null;
  return fail();
}

/** What the code, message and type URI members held. */
interface Read {
  codeMember: string | null;
  code: Value;
  messageMember: string | null;
  message: Value;
  typeBase: string | null;
  type: Value;
  fields: [string, Value][];
  duplicate: string | null;
  misshapen: boolean;
}

function firstRepeat(keys: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return null;
}

/** One object of the format's, read where `level` says each member goes. */
function readObject(level: LevelSpec, read: Read): void {
  at++;
  let seen = 0;
  let others: string[] | null = null;
  let nested = 0;
  space();
  let done = src.charCodeAt(at) === 125;
  if (done) at++;
  while (!done) {
    space();
    const key = str();
    space();
    expect(58);
    const members = level.members;
    let position = -1;
    for (let i = 0; i < members.length; i++) {
      if (members[i].name === key) {
        position = i;
        break;
      }
    }
    const member = position >= 0 ? members[position] : undefined;
    const slot = member ? member.slot : level.fieldsHere ? "field" : "skip";
    if (slot === "field") {
      const v = value();
      if (read.fields.length < FEW) {
        for (const f of read.fields) if (f[0] === key) read.duplicate ??= key;
      }
      read.fields.push([key, v]);
    } else {
      if (slot === "code") {
        read.codeMember = key;
        read.code = value();
      } else if (slot === "message") {
        read.messageMember = key;
        read.message = value();
      } else if (slot === "type") {
        read.typeBase = member?.base ?? "";
        read.type = value();
      }
      else if (slot === "nested" && member?.inner) {
        space();
        if (src.charCodeAt(at) === 123) {
          enter();
          readObject(member.inner, read);
          depth--;
          nested++;
        } else value();
      } else value();
      if (position >= 0 && position < 31) {
        if (seen & (1 << position)) read.duplicate ??= key;
        else seen |= 1 << position;
      } else {
        others ??= [];
        if (others.length < FEW && others.includes(key)) read.duplicate ??= key;
        others.push(key);
      }
    }
    space();
    const next = src.charCodeAt(at++);
    if (next === 125) done = true;
    else if (next !== 44) fail();
  }
  if (level.fieldsHere && read.fields.length > FEW) {
    const twice = firstRepeat(read.fields.map((f) => f[0]));
    if (twice !== null) read.duplicate ??= twice;
  }
  if (others !== null && others.length > FEW) {
    const twice = firstRepeat(others);
    if (twice !== null) read.duplicate ??= twice;
  }
  let expected = 0;
  for (const m of level.members) if (m.slot === "nested") expected++;
  if (nested < expected) read.misshapen = true;
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/** The text of UTF-8 `bytes`, and where they stop being UTF-8 (their length if never). */
function utf8(bytes: Uint8Array): [string, number] {
  let out = "";
  const units: number[] = [];
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    let cp = -1;
    let len = 1;
    if (b < 0x80) cp = b;
    else if (b >= 0xc2 && b <= 0xdf) {
      len = 2;
      const b1 = bytes[i + 1];
      if (i + 1 < n && (b1 & 0xc0) === 0x80) cp = ((b & 0x1f) << 6) | (b1 & 0x3f);
    } else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      const b1 = bytes[i + 1];
      const b2 = bytes[i + 2];
      const lo = b === 0xe0 ? 0xa0 : 0x80;
      const hi = b === 0xed ? 0x9f : 0xbf;
      if (i + 2 < n && b1 >= lo && b1 <= hi && (b2 & 0xc0) === 0x80) {
        cp = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      }
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      const b1 = bytes[i + 1];
      const b2 = bytes[i + 2];
      const b3 = bytes[i + 3];
      const lo = b === 0xf0 ? 0x90 : 0x80;
      const hi = b === 0xf4 ? 0x8f : 0xbf;
      if (i + 3 < n && b1 >= lo && b1 <= hi && (b2 & 0xc0) === 0x80 && (b3 & 0xc0) === 0x80) {
        cp = ((b & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
      }
    }
    if (cp < 0) break;
    if (cp > 0xffff) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    else units.push(cp);
    if (units.length > 4096) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
    i += len;
  }
  return [out + String.fromCharCode(...units), i];
}

/** The UTF-8 bytes of `text`. */
function bytesOf(text: string): number[] {
  const out: number[] = [];
  for (const c of text) {
    const cp = c.codePointAt(0) ?? 0;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return out;
}

const WELL_FORMED = ("" as { isWellFormed?: (this: string) => boolean }).isWellFormed;
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:[^\ud800-\udbff]|^)[\udc00-\udfff]/;

/** The text of `body`; where its bytes stop being UTF-8, a NUL that no JSON reads past. */
function textOf(body: string | Uint8Array, maxLen: number): string {
  if (typeof body === "string") {
    if (body.length > maxLen || (body.length * 3 > maxLen && utf8Length(body) > maxLen)) {
      throw new Stop("tooLarge");
    }
    // A lone surrogate has no UTF-8 bytes: no server sent it.
    const ok = WELL_FORMED !== undefined ? WELL_FORMED.call(body) : !LONE.test(body);
    return ok ? body : "\u0000";
  }
  if (body.length > maxLen) throw new Stop("tooLarge");
  const [text, good] = utf8(body);
  return good === body.length ? text : text + "\u0000";
}

function readBody(text: string, level: LevelSpec): Read {
  src = text;
  at = 0;
  depth = 0;
  const read: Read = {
    codeMember: null, code: null, messageMember: null, message: null, typeBase: null, type: null,
    fields: [], duplicate: null, misshapen: false,
  };
  space();
  if (src.charCodeAt(at) !== 123) {
    value();
    throw new Stop("notAnObject");
  }
  enter();
  readObject(level, read);
  depth--;
  if (read.duplicate !== null) throw new Stop("duplicateMember", read.duplicate);
  space();
  if (at !== src.length) fail();
  if (read.misshapen) throw new Stop("notAnObject");
  return read;
}

/** A code as read: a number, a string, a bigint past a double's exact range. */
type BodyCode = number | string | bigint;

function codeOf(read: Read, lenient: boolean): BodyCode | null {
  const v = read.code;
  if (v === null || typeof v === "string" || typeof v === "number") return v;
  if (typeof v === "bigint" && v >= I64_MIN && v <= I64_MAX) return v;
  if (lenient || read.codeMember === null) return null;
  throw new Stop("wrongType", read.codeMember);
}

function messageOf(read: Read, lenient: boolean): string | null {
  const v = read.message;
  if (v === null || typeof v === "string") return v;
  if (lenient || read.messageMember === null) return null;
  throw new Stop("wrongType", read.messageMember);
}

/** A code as the data keys it: `i:34305`, `s:M_FORBIDDEN`. */
function keyOf(code: BodyCode): string {
  return (typeof code === "string" ? "s:" : "i:") + code;
}

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

function typeSuffix(base: string, uri: string): string | null {
  if (uri.startsWith(base)) return normalize(uri.slice(base.length), 0, 0, 0);
  const b = normalizedUri(base);
  const u = normalizedUri(uri);
  if (b === null || u === null || !u.startsWith(b)) return null;
  return u.slice(b.length);
}

/** `text` as Rust's `str::parse::<i64>` reads it. */
function parseI64(text: string): bigint | null {
  if (!/^[+-]?[0-9]+$/.test(text)) return null;
  const n = BigInt(text);
  return n >= I64_MIN && n <= I64_MAX ? n : null;
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

/** A kind read once: whether it takes an absent or null member, its base kind, an integer's bounds. */
interface Parsed {
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
    const base = optional ? kind.slice(7) : kind;
    const range = Object.prototype.hasOwnProperty.call(INTS, base) ? INTS[base] : undefined;
    parsed = { optional, base, range, low: range ? Number(range[0]) : 0, high: range ? Number(range[1]) : 0 };
    parsedKinds.set(kind, parsed);
  }
  return parsed;
}

/** Whether a member (undefined: absent) restores a field of `kind`. */
function acceptsMember(kind: Kind, v: Value | undefined): boolean {
  const k = parsedKind(kind);
  if (v === undefined) return k.optional;
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
  const n = BigInt(text);
  return n >= range[0] && n <= range[1];
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
}

const indexes = new WeakMap<CatalogueSpec, Index>();

const NONE: readonly number[] = [];

function indexOf(c: CatalogueSpec): Index {
  let index = indexes.get(c);
  if (index) return index;
  const templates = c.entries.map((e) => e.templates.map(pieces));
  const found: Index = { templates, ints: new Map(), strs: new Map(), bigs: new Map(), none: [] };
  const add = <K>(map: Map<K, number[]>, key: K, i: number): void => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  c.entries.forEach((e, i) => {
    const key = e.key;
    if (key === null) found.none.push(i);
    else if (key.startsWith("s:")) add(found.strs, key.slice(2), i);
    else if (Number.isSafeInteger(Number(key.slice(2)))) add(found.ints, Number(key.slice(2)), i);
    else add(found.bigs, key.slice(2), i);
  });
  indexes.set(c, found);
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
    const admitted: number[] = [];
    for (const i of namedEntries) if (admits(c.entries[i], status)) admitted.push(i);
    fitting = admitted;
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

/** The entry's variant as the body rebuilds it, or `notRebuildable`. */
function restored(c: CatalogueSpec, n: Named, chosen: number, evidence: Evidence, captured: [string, string][]): Outcome {
  const e = c.entries[chosen];
  const captures = e.exposes ? captured : [];
  const restore = e.restore;
  if (restore === null) return unrecognized(n, "notRebuildable", [chosen]);
  const fields: { [member: string]: Json } = {};
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
  const params: { [placeholder: string]: string } = {};
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
  return {
    kind: "known", entry: chosen, variant: e.variant, name: e.name, code: e.code,
    status: n.status, message: n.message, evidence, fields, params,
  };
}

/** Decodes `body`, received with `status`, against the catalogue `c`. */
function decodeWith(c: CatalogueSpec, status: number | null, body: string | Uint8Array): Outcome {
  try {
    const read = readBody(textOf(body, c.maxLen), c.level);
    const code = codeOf(read, c.lenient);
    const message = messageOf(read, c.lenient);
    const uri = read.type;
    const suffix = read.typeBase !== null && typeof uri === "string" ? typeSuffix(read.typeBase, uri) : null;
    const given = typeof status === "number" && Number.isInteger(status) && status >= 100 && status <= 999 ? status : null;
    return choose(c, { code, message, suffix, status: given, fields: read.fields });
  } catch (e) {
    if (e instanceof Stop) return { kind: "invalid", error: e.error, member: e.member };
    // A stack overflow on a pathological body, or anything else: not a body of the format.
    return { kind: "invalid", error: "json", member: null };
  } finally {
    src = "";
  }
}
// ---- end of the runtime ----
