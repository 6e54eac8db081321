// ---- errcodes decode runtime (TypeScript): the same for every catalogue ----
// Reads a body as errcodes' Rust `decode` does: serde_json's grammar and
// limits, a member named twice refused, the code and message where the
// format puts them (this part, as `decode/read.rs` and its readers), then
// the entry picked by code, type URI, status and message template (the
// next part, as `decode/choose.rs`). Nothing throws out of `decodeWith`.

/** A segment of a template: text, a placeholder read back, a formatted one. */
type Segment = readonly [0 | 1 | 2, string];
/** What a restored field accepts: see `accepts`. */
type Kind = string;

interface MemberSpec {
  readonly name: string;
  readonly slot: "code" | "message" | "type" | "nested" | "field" | "skip";
  /** The bases a type URI is read against, in the order decoding tries them. */
  readonly bases?: readonly string[];
  readonly inner?: LevelSpec;
}

interface LevelSpec {
  readonly fieldsHere: boolean;
  /** Whether the object holds the code, and so the codes it refines. */
  readonly ancestors: boolean;
  readonly members: readonly MemberSpec[];
}

interface EntrySpec {
  readonly variant: string;
  readonly name: string;
  readonly code: number | string | null;
  readonly key: string | null;
  readonly uri: string | null;
  readonly status: number | null;
  /** The status the entry is sent with (Rust's `Entry::http_status`). */
  readonly sent: number;
  readonly also: readonly number[];
  readonly exposes: boolean;
  readonly templates: readonly (readonly Segment[])[];
  readonly retry: RetryClass;
  readonly fault: Fault;
  /** The member that carries the delay to retry after, and its unit. */
  readonly delay: null | readonly [string, "s" | "ms"];
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
export type Evidence = "code" | "typeUri" | "message" | "template" | "status" | "parent";

/** Whether a client may send the request again (Rust's `RetryClass`). */
export type RetryClass = "never" | "safe" | "after" | "throttled";
/** Whose fault an error is (Rust's `Fault`). */
export type Fault = "client" | "server";

/** Whether to send the request again, and after how many milliseconds (null: none given). */
export interface Retry {
  readonly class: RetryClass;
  readonly delayMs: number | null;
}

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
  /**
   * The code the body carried, for `evidence: "parent"`: a code this catalogue
   * does not know that refines this entry's (it is among the body's ancestors).
   */
  readonly receivedCode: number | string | null;
  /** The entry's retry class, and the delay its retry member carried (as Rust's `Received::retry`, without headers). */
  readonly retry: Retry;
  readonly fault: Fault;
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
/** At most this many of a body's ancestors are kept (Rust's `decode::MAX_ANCESTORS`). */
const MAX_ANCESTORS = 16;
/** Up to this many keys, each is compared with those before it. */
const FEW = 16;
const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;
const U64_MAX = 2n ** 64n - 1n;
/** Up to this magnitude an integer is a number, past it a bigint (a string where a client sees it), as in the vectors and README. */
const EXACT = 2n ** 53n;

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
    } else if (text.length <= 21) {
      // Past u64's 20 digits an integer is a float to serde_json (and `BigInt` of a long text is slow).
      const n = BigInt(text);
      if (negative ? n >= I64_MIN && n < 0n : n <= U64_MAX) {
        return n >= -EXACT && n <= EXACT ? Number(n) : n;
      }
    }
  }
  const f = Number(text);
  if (!Number.isFinite(f)) fail();
  return new Float(f);
}

/** A member's value read and dropped: a plain string passed over without making it. */
function skip(): void {
  space();
  if (src.charCodeAt(at) !== 34) {
    value();
    return;
  }
  PLAIN.lastIndex = at + 1;
  PLAIN.test(src);
  if (src.charCodeAt(PLAIN.lastIndex) === 34) at = PLAIN.lastIndex + 1;
  else str(); // an escape, or what `str` refuses
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
  typeBases: readonly string[] | null;
  type: Value;
  fields: [string, Value][];
  /** The codes the code refines, nearest first, as far as they are kept. */
  ancestors: BodyCode[];
  duplicate: string | null;
  misshapen: boolean;
}

/**
 * A list of ancestors as far as decoding keeps it: its first `MAX_ANCESTORS` codes where
 * every item is a code (an integer in i64's range or a string), else none. The member is
 * advisory: a value of another shape is ignored, not refused.
 */
function ancestorsOf(v: Value): BodyCode[] {
  if (!Array.isArray(v)) return [];
  const kept: BodyCode[] = [];
  for (const item of v) {
    const code = typeof item === "number" || typeof item === "string" || (typeof item === "bigint" && item <= I64_MAX);
    if (!code) return [];
    if (kept.length < MAX_ANCESTORS) kept.push(item);
  }
  return kept;
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
    const slot = member ? member.slot : level.ancestors && key === "ancestors" ? "ancestors" : level.fieldsHere ? "field" : "skip";
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
        read.typeBases = member?.bases ?? [];
        read.type = value();
      } else if (slot === "ancestors") read.ancestors = ancestorsOf(value());
      else if (slot === "nested" && member?.inner) {
        space();
        if (src.charCodeAt(at) === 123) {
          enter();
          readObject(member.inner, read);
          depth--;
          nested++;
        } else value();
      } else skip();
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
    codeMember: null, code: null, messageMember: null, message: null, typeBases: null, type: null,
    fields: [], ancestors: [], duplicate: null, misshapen: false,
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

