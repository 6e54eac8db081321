# ---- errcodes decode runtime (Python): the same for every catalogue ----
# Reads a body as errcodes' Rust `decode` does: serde_json's grammar and
# limits, a member named twice refused, the code and message where the
# format puts them, then the entry picked by code, type URI, status and
# message template. Nothing here raises out of `_decode_with`.

from __future__ import annotations

import json as _json
import re as _re
from dataclasses import dataclass, field
from typing import Any, Literal, NoReturn, Optional, TypeGuard, TypedDict, Union, cast

Json = Union[None, bool, int, float, str, list["Json"], dict[str, "Json"]]
Evidence = Literal["code", "typeUri", "message", "template", "status"]
Reason = Literal[
    "unknown",
    "statusMismatch",
    "ambiguous",
    "catchAllOnly",
    "messageMismatch",
    "codeMismatch",
    "notRebuildable",
    "retired",
]
InvalidKind = Literal["tooLarge", "json", "notAnObject", "duplicateMember", "wrongType"]


@dataclass(slots=True)
class Known:
    """A body the catalogue names: one subclass per entry."""

    entry: int
    variant: str
    name: str
    code: Union[int, str, None]
    status: Optional[int]
    message: Optional[str]
    evidence: Evidence
    fields: dict[str, Json] = field(default_factory=dict)
    params: dict[str, str] = field(default_factory=dict)
    kind: Literal["known"] = "known"


@dataclass(slots=True)
class Unrecognized:
    """A well-formed body that names no single entry: why, and what it carried."""

    reason: Reason
    note: Optional[str]
    code: Union[int, str, None]
    status: Optional[int]
    message: Optional[str]
    candidates: tuple[int, ...]
    kind: Literal["unrecognized"] = "unrecognized"


@dataclass(slots=True)
class Invalid:
    """A body that is not an error body of the format at all."""

    error: InvalidKind
    member: Optional[str] = None
    kind: Literal["invalid"] = "invalid"


class _Stop(Exception):
    def __init__(self, error: InvalidKind, member: Optional[str] = None) -> None:
        super().__init__(error)
        self.error: InvalidKind = error
        self.member = member


_DEPTH_LIMIT = 128
_FEW = 16
_I64_MIN = -(2**63)
_I64_MAX = 2**63 - 1
_U64_MAX = 2**64 - 1
_ABSENT = object()
_NUMBER = _re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")
_PLAIN = _re.compile(r'[^"\\\x00-\x1f]*')
_SPACE = _re.compile(r"[ \t\n\r]*")
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_HEX = _re.compile(r"[0-9a-fA-F]{4}")


class _Parser:
    """serde_json's grammar over a text; `_Stop("json")` where it refuses."""

    def __init__(self, src: str) -> None:
        self.src = src
        self.at = 0
        self.depth = 0

    def fail(self) -> NoReturn:
        raise _Stop("json")

    def space(self) -> None:
        self.at = _SPACE.match(self.src, self.at).end()  # type: ignore[union-attr]

    def peek(self) -> str:
        return self.src[self.at : self.at + 1]

    def expect(self, c: str) -> None:
        if self.peek() != c:
            self.fail()
        self.at += 1

    def hex4(self) -> int:
        m = _HEX.match(self.src, self.at)
        if m is None:
            self.fail()
        self.at += 4
        return int(self.src[self.at - 4 : self.at], 16)

    def string(self) -> str:
        self.expect('"')
        out = []
        while True:
            end = _PLAIN.match(self.src, self.at).end()  # type: ignore[union-attr]
            out.append(self.src[self.at : end])
            self.at = end
            c = self.peek()
            if c == '"':
                self.at += 1
                return "".join(out)
            if c != "\\":
                self.fail()
            e = self.src[self.at + 1 : self.at + 2]
            self.at += 2
            if e in _ESCAPES:
                out.append(_ESCAPES[e])
            elif e == "u":
                unit = self.hex4()
                if 0xDC00 <= unit <= 0xDFFF:
                    self.fail()
                if 0xD800 <= unit <= 0xDBFF:
                    if self.src[self.at : self.at + 2] != "\\u":
                        self.fail()
                    self.at += 2
                    low = self.hex4()
                    if not 0xDC00 <= low <= 0xDFFF:
                        self.fail()
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                out.append(chr(unit))
            else:
                self.fail()

    def number(self) -> Union[int, float]:
        m = _NUMBER.match(self.src, self.at)
        if m is None:
            self.fail()
        text = m.group(0)
        self.at = m.end()
        after, fraction, exponent = self.peek(), m.group(1), m.group(2)
        if after == "." and fraction is None and exponent is None:
            self.fail()
        if after != "" and after in "eE" and exponent is None:
            self.fail()
        if after != "" and after in "0123456789":
            self.fail()
        if m.group(1) is None and m.group(2) is None:
            n = int(text)
            if (0 <= n <= _U64_MAX and text != "-0") or (_I64_MIN <= n < 0):
                return n
        f = float(text)
        if f in (float("inf"), float("-inf")):
            self.fail()
        return f

    def enter(self) -> None:
        self.depth += 1
        if self.depth >= _DEPTH_LIMIT:
            self.fail()

    def value(self) -> Any:
        self.space()
        c = self.peek()
        if c == '"':
            return self.string()
        if c == "{":
            self.enter()
            self.at += 1
            obj: dict[str, Any] = {}
            self.space()
            if self.peek() == "}":
                self.at += 1
            else:
                while True:
                    self.space()
                    key = self.string()
                    self.space()
                    self.expect(":")
                    obj[key] = self.value()
                    self.space()
                    nxt = self.peek()
                    self.at += 1
                    if nxt == "}":
                        break
                    if nxt != ",":
                        self.fail()
            self.depth -= 1
            return obj
        if c == "[":
            self.enter()
            self.at += 1
            arr: list[Any] = []
            self.space()
            if self.peek() == "]":
                self.at += 1
            else:
                while True:
                    arr.append(self.value())
                    self.space()
                    nxt = self.peek()
                    self.at += 1
                    if nxt == "]":
                        break
                    if nxt != ",":
                        self.fail()
            self.depth -= 1
            return arr
        if c == "-" or c in "0123456789" and c != "":
            return self.number()
        for word, v in (("true", True), ("false", False), ("null", None)):
            if self.src.startswith(word, self.at):
                self.at += len(word)
                return v
        return self.fail()


class _Read:
    def __init__(self) -> None:
        self.code: Optional[tuple[str, Any]] = None
        self.message: Optional[tuple[str, Any]] = None
        self.type: Optional[tuple[str, Any]] = None
        self.fields: list[tuple[str, Any]] = []
        self.duplicate: Optional[str] = None
        self.misshapen = False


def _first_repeat(keys: list[str]) -> Optional[str]:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            return key
        seen.add(key)
    return None


def _read_object(p: _Parser, level: dict[str, Any], read: _Read) -> None:
    p.at += 1
    seen: set[int] = set()
    others: list[str] = []
    nested = 0
    members = level["members"]
    p.space()
    done = p.peek() == "}"
    if done:
        p.at += 1
    while not done:
        p.space()
        key = p.string()
        p.space()
        p.expect(":")
        position = next((i for i, m in enumerate(members) if m["name"] == key), -1)
        member = members[position] if position >= 0 else None
        slot = member["slot"] if member else ("field" if level["fieldsHere"] else "skip")
        if slot == "field":
            v = p.value()
            if len(read.fields) < _FEW and any(f[0] == key for f in read.fields):
                read.duplicate = read.duplicate or key
            read.fields.append((key, v))
        else:
            if slot == "code":
                read.code = (key, p.value())
            elif slot == "message":
                read.message = (key, p.value())
            elif slot == "type":
                read.type = (member["base"], p.value()) if member else None
            elif slot == "nested" and member:
                p.space()
                if p.peek() == "{":
                    p.enter()
                    _read_object(p, member["inner"], read)
                    p.depth -= 1
                    nested += 1
                else:
                    p.value()
            else:
                p.value()
            if position >= 0:
                if position in seen:
                    read.duplicate = read.duplicate or key
                else:
                    seen.add(position)
            else:
                if len(others) < _FEW and key in others:
                    read.duplicate = read.duplicate or key
                others.append(key)
        p.space()
        nxt = p.peek()
        p.at += 1
        if nxt == "}":
            done = True
        elif nxt != ",":
            p.fail()
    if level["fieldsHere"] and len(read.fields) > _FEW:
        twice = _first_repeat([f[0] for f in read.fields])
        if twice is not None and read.duplicate is None:
            read.duplicate = twice
    if len(others) > _FEW:
        twice = _first_repeat(others)
        if twice is not None and read.duplicate is None:
            read.duplicate = twice
    if nested < sum(1 for m in members if m["slot"] == "nested"):
        read.misshapen = True


def _text_of(body: Union[bytes, str], max_len: int) -> str:
    if isinstance(body, str):
        try:
            body = body.encode("utf-8")
        except UnicodeEncodeError:
            # A lone surrogate has no UTF-8 bytes: no server sent it.
            return "\x00"
    if len(body) > max_len:
        raise _Stop("tooLarge")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as e:
        # Where the bytes stop being UTF-8, a NUL that no JSON reads past.
        return body[: e.start].decode("utf-8") + "\x00"


_WS = r"[ \t\n\r]*"
_STR = r'"[^"\\\x00-\x1f]*"'
_TOKEN = _STR + r"|(?:0|-?[1-9][0-9]{0,17})(?![0-9.eE])|true|false|null"
_MEMBER = _STR + _WS + ":" + _WS + "(?:" + _TOKEN + ")" + _WS
_FLAT = _re.compile(_WS + r"\{" + _WS + "(?:" + _MEMBER + "(?:," + _WS + _MEMBER + ")*)?" + r"\}" + _WS)
_PAIR = _re.compile('"([^"\\\\\x00-\x1f]*)"' + _WS + ":" + _WS + "(" + _TOKEN + ")")
_WORDS: dict[str, Any] = {"true": True, "false": False, "null": None}


def _scan(text: str, level: dict[str, Any]) -> Optional[_Read]:
    """The common body, one flat object of plain values, read by regular
    expressions; None where the full reader must read it."""
    if _FLAT.fullmatch(text) is None:
        return None
    pairs = _PAIR.findall(text)
    if len({k for k, _ in pairs}) != len(pairs):
        return None
    read = _Read()
    slots = level["slots"]
    for key, token in pairs:
        first = token[0]
        v: Any = token[1:-1] if first == '"' else _WORDS[token] if first in "tfn" else int(token)
        slot = slots.get(key)
        if slot is None:
            if level["fieldsHere"]:
                read.fields.append((key, v))
        elif slot[0] == "code":
            read.code = (key, v)
        elif slot[0] == "message":
            read.message = (key, v)
        elif slot[0] == "type":
            read.type = (slot[1], v)
        elif slot[0] == "field":
            read.fields.append((key, v))
    return read


def _read_body(text: str, level: dict[str, Any]) -> _Read:
    if level["flat"]:
        scanned = _scan(text, level)
        if scanned is not None:
            return scanned
    p = _Parser(text)
    read = _Read()
    p.space()
    if p.peek() != "{":
        p.value()
        raise _Stop("notAnObject")
    p.enter()
    _read_object(p, level, read)
    p.depth -= 1
    if read.duplicate is not None:
        raise _Stop("duplicateMember", read.duplicate)
    p.space()
    if p.at != len(text):
        p.fail()
    if read.misshapen:
        raise _Stop("notAnObject")
    return read


def _code_of(slot: Optional[tuple[str, Any]], lenient: bool) -> Optional[tuple[str, Union[int, str]]]:
    if slot is None or slot[1] is None:
        return None
    v = slot[1]
    if isinstance(v, str):
        return ("s:" + v, v)
    if isinstance(v, int) and not isinstance(v, bool) and _I64_MIN <= v <= _I64_MAX:
        return ("i:" + str(v), v)
    if lenient:
        return None
    raise _Stop("wrongType", slot[0])


def _message_of(slot: Optional[tuple[str, Any]], lenient: bool) -> Optional[str]:
    if slot is None or slot[1] is None:
        return None
    if isinstance(slot[1], str):
        return slot[1]
    if lenient:
        return None
    raise _Stop("wrongType", slot[0])


# ---- URIs compared in RFC 3986 §6.2.2's normal form ----

_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_HEXDIGITS = "0123456789abcdefABCDEF"


def _normalize(uri: str, scheme: int, host_start: int, host_end: int) -> Optional[str]:
    out = []
    offset = 0
    i = 0
    while i < len(uri):
        c = uri[i]
        fold = offset < scheme or host_start <= offset < host_end
        offset += len(c.encode("utf-8", "surrogatepass"))
        i += 1
        if c != "%":
            out.append(c.lower() if fold and "A" <= c <= "Z" else c)
            continue
        pair = uri[i : i + 2]
        if len(pair) < 2 or pair[0] not in _HEXDIGITS or pair[1] not in _HEXDIGITS:
            return None
        i += 2
        offset += 2
        byte = int(pair, 16)
        if byte in _UNRESERVED:
            d = chr(byte)
            out.append(d.lower() if fold else d)
        else:
            out.append("%%%02X" % byte)
    return "".join(out)


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def _normalized_uri(uri: str) -> Optional[str]:
    colon = uri.find(":")
    if colon < 0 or not _re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*", uri[:colon]):
        return _normalize(uri, 0, 0, 0)
    rest = uri[colon + 1 :]
    if not rest.startswith("//"):
        return _normalize(uri, _utf8_len(uri[:colon]), 0, 0)
    authority = rest[2:]
    m = _re.search(r"[/?#]", authority)
    end = m.start() if m else len(authority)
    at = authority[:end].rfind("@")
    start = _utf8_len(uri[: colon + 3])
    host_start = start + (_utf8_len(authority[: at + 1]) if at >= 0 else 0)
    return _normalize(uri, _utf8_len(uri[:colon]), host_start, start + _utf8_len(authority[:end]))


def _type_suffix(base: str, uri: str) -> Optional[str]:
    if uri.startswith(base):
        return _normalize(uri[len(base) :], 0, 0, 0)
    b = _normalized_uri(base)
    u = _normalized_uri(uri)
    if b is None or u is None or not u.startswith(b):
        return None
    return u[len(b) :]


def _parse_i64(text: str) -> Optional[int]:
    if not _re.fullmatch(r"[+-]?[0-9]+", text):
        return None
    n = int(text)
    return n if _I64_MIN <= n <= _I64_MAX else None


def _percent_decoded(text: str) -> Optional[str]:
    if "%" not in text:
        return text
    encoded = text.encode("utf-8", "surrogatepass")
    out = bytearray()
    i = 0
    while i < len(encoded):
        b = encoded[i]
        if b != 37:
            out.append(b)
            i += 1
            continue
        if i + 2 >= len(encoded):
            return None
        h, l = chr(encoded[i + 1]), chr(encoded[i + 2])
        high = 0 if h == "+" else (int(h, 16) if h in _HEXDIGITS else -1)
        low = int(l, 16) if l in _HEXDIGITS else -1
        if high < 0 or low < 0:
            return None
        out.append(high * 16 + low)
        i += 3
    try:
        return out.decode("utf-8")
    except UnicodeDecodeError:
        return None


# ---- messages matched against templates ----

_WHITE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_TRAIL = "." + _WHITE


_Template = tuple[list[tuple[int, str]], bool, bool, str]
_Fit = tuple[int, list[tuple[str, str]]]


def _template(segments: list[list[Any]]) -> _Template:
    """A template loosened as a message is: its pieces, whether it has a
    placeholder, whether it is nothing but placeholders, periods and white
    space, and its text."""
    out = [(int(s[0]), str(s[1])) for s in segments]
    if out and out[0][0] == 0:
        out[0] = (0, out[0][1].lstrip(_WHITE))
    if out and out[-1][0] == 0:
        out[-1] = (0, out[-1][1].rstrip(_TRAIL))
    pieces = [p for p in out if not (p[0] == 0 and p[1] == "")]
    args = any(p[0] != 0 for p in pieces)
    anything = all(p[0] != 0 or all(c == "." or c in _WHITE for c in p[1]) for p in pieces)
    return (pieces, args, anything, "".join(p[1] for p in pieces))


def _fit(template: _Template, message: str) -> Optional[_Fit]:
    pieces, args, anything, text = template
    if not args:
        return (0, []) if text == message.lstrip(_WHITE).rstrip(_TRAIL) else None
    rest = message.lstrip(_WHITE).rstrip(_TRAIL)
    captures: list[tuple[str, str]] = []
    pending: Optional[tuple[int, str]] = None
    last = len(pieces) - 1
    for i, p in enumerate(pieces):
        if p[0] == 0:
            before = ""
            if pending is None:
                if not rest.startswith(p[1]):
                    return None
                rest = rest[len(p[1]) :]
            elif i == last:
                if not rest.endswith(p[1]):
                    return None
                before = rest[: len(rest) - len(p[1])]
                rest = ""
            else:
                found = rest.find(p[1])
                if found < 0:
                    return None
                before = rest[:found]
                rest = rest[found + len(p[1]) :]
            if pending is not None and pending[0] == 1:
                captures.append((pending[1], before))
            pending = None
        else:
            if pending is not None:
                return None
            pending = p
    if pending is not None:
        if pending[0] == 1:
            captures.append((pending[1], rest))
    elif rest != "":
        return None
    return (2 if anything else 1, captures)


# ---- restoring a variant's fields, as the Rust types accept them ----

_INTS = {
    "u8": (0, 255), "i8": (-128, 127), "u16": (0, 65535), "i16": (-32768, 32767),
    "u32": (0, 2**32 - 1), "i32": (-(2**31), 2**31 - 1), "u64": (0, _U64_MAX), "i64": (_I64_MIN, _I64_MAX),
    "u128": (0, 2**128 - 1), "i128": (-(2**127), 2**127 - 1),
}
_FLOAT = _re.compile(r"[+-]?(inf|infinity|nan|([0-9]+\.?[0-9]*|\.[0-9]+)(e[+-]?[0-9]+)?)", _re.IGNORECASE)


def _accepts_member(kind: str, v: Any) -> bool:
    if kind.startswith("option:"):
        return v is _ABSENT or v is None or _accepts_member(kind[7:], v)
    if v is _ABSENT:
        return False
    if kind in ("any", "opaque"):
        return True
    if kind == "string":
        return isinstance(v, str)
    if kind == "char":
        return isinstance(v, str) and len(v) == 1
    if kind == "bool":
        return isinstance(v, bool)
    if isinstance(v, bool):
        return False
    if kind == "f64":
        return isinstance(v, (int, float))
    bounds = _INTS.get(kind)
    return bounds is not None and isinstance(v, int) and bounds[0] <= v <= bounds[1]


def _accepts_text(kind: str, text: Optional[str]) -> bool:
    if text is None:
        return False
    if kind in ("text", "opaque"):
        return True
    if kind == "char":
        return len(text) == 1
    if kind == "bool":
        return text in ("true", "false")
    if kind == "f64":
        return _FLOAT.fullmatch(text) is not None and text.isascii()
    bounds = _INTS.get(kind)
    if bounds is None or not text.isascii():
        return False
    if not _re.fullmatch(r"[+-]?[0-9]+" if bounds[0] < 0 else r"\+?[0-9]+", text):
        return False
    return bounds[0] <= int(text) <= bounds[1]


# ---- choosing the entry ----


class _Catalogue:
    def __init__(self, data: dict[str, Any], classes: list[type[Known]]) -> None:
        self.data = data
        self.classes = classes
        self.entries: list[dict[str, Any]] = data["entries"]
        for e in self.entries:
            # Integers past a double's exact range are strings in the data: Python's are exact.
            if e["key"] is not None and e["key"].startswith("i:"):
                e["code"] = int(e["key"][2:])
        self.index: dict[str, list[int]] = {}
        for i, e in enumerate(self.entries):
            self.index.setdefault(e["key"] or "none", []).append(i)
        self.pieces = [[_template(t) for t in e["templates"]] for e in self.entries]
        level = data["level"]
        level["flat"] = not any(m["slot"] == "nested" for m in level["members"])
        level["slots"] = {m["name"]: (m["slot"], m.get("base")) for m in level["members"]}
        self.args = [templates[0][1] for templates in self.pieces]
        self.by_uri: dict[str, list[int]] = {}
        for i, e in enumerate(self.entries):
            if e["uri"] is not None:
                self.by_uri.setdefault(e["uri"], []).append(i)
        self.retired: dict[str, str] = {}
        for code, note in data["retired"]:
            self.retired.setdefault(code, note)


def _fit_any(c: _Catalogue, i: int, message: str) -> Optional[_Fit]:
    for pieces in c.pieces[i]:
        found = _fit(pieces, message)
        if found is not None:
            return found
    return None


def _admits(e: dict[str, Any], status: int) -> bool:
    return e["status"] is None or e["status"] == status or status in e["also"]


class _Body:
    def __init__(self, code: Optional[tuple[str, Union[int, str]]], message: Optional[str], suffix: Optional[str], status: Optional[int], fields: list[tuple[str, Any]]) -> None:
        self.code = code
        self.message = message
        self.suffix = suffix
        self.status = status
        self.fields = fields

    def unrecognized(self, reason: Reason, candidates: list[int], note: Optional[str] = None) -> Unrecognized:
        code = self.code[1] if self.code is not None else None
        return Unrecognized(reason, note, code, self.status, self.message, tuple(candidates))


def _tell_apart(c: _Catalogue, b: _Body, candidates: list[int], named: bool) -> Union[tuple[int, Evidence, list[tuple[str, str]]], Unrecognized]:
    if b.message is None:
        if len(candidates) == 1 and b.status is not None:
            return (candidates[0], "status", [])
        return b.unrecognized("ambiguous" if named else "unknown", candidates)
    fits = []
    for i in candidates:
        found = _fit_any(c, i, b.message)
        if found is not None:
            fits.append((i, found[0], found[1]))
    if not fits:
        return b.unrecognized("messageMismatch" if named else "unknown", candidates)
    best = min(f[1] for f in fits)
    best_fits = [f for f in fits if f[1] == best]
    if len(best_fits) > 1:
        return b.unrecognized("ambiguous", candidates)
    entry, how, captures = best_fits[0]
    if how == 2 and b.status is None:
        return b.unrecognized("catchAllOnly", [entry])
    evidence: Evidence = "message" if how == 0 else "template" if how == 1 else "status"
    return (entry, evidence, captures)


def _retirement(c: _Catalogue, b: _Body) -> Optional[str]:
    note = c.retired.get(b.code[0]) if b.code is not None else None
    if note is None and b.suffix is not None:
        n = _parse_i64(b.suffix)
        if n is not None:
            note = c.retired.get("i:" + str(n))
        text = _percent_decoded(b.suffix) if note is None else None
        if text is not None:
            note = c.retired.get("s:" + text)
    return note


def _choose(c: _Catalogue, b: _Body) -> Union[Known, Unrecognized]:
    by_code = c.index.get(b.code[0] if b.code is not None else "none", [])
    typed = c.by_uri.get(b.suffix, []) if b.suffix is not None else []
    if b.code is not None and typed:
        if not any(i in by_code for i in typed):
            return b.unrecognized("codeMismatch", typed + by_code)
        typed = [i for i in typed if i in by_code]
    named = b.code is not None or bool(typed)
    named_entries = typed + ([] if typed else by_code)
    one = len(named_entries) == 1
    trusted = named and one and c.data["outranks"]
    fitting = [i for i in named_entries if b.status is None or trusted or _admits(c.entries[i], b.status)]
    if not fitting:
        note = _retirement(c, b)
        if not named_entries and note is not None:
            return b.unrecognized("retired", [], note)
        return b.unrecognized("statusMismatch" if named_entries else "unknown", named_entries)
    chosen = fitting[0]
    captures: list[tuple[str, str]] = []
    evidence: Evidence
    if named and one:
        e = c.entries[chosen]
        if b.message is not None and c.args[chosen]:
            found = _fit_any(c, chosen, b.message)
            captures = found[1] if found is not None else []
        evidence = "code" if not typed else "typeUri"
    else:
        candidates = fitting if len(fitting) > 1 or not named else [fitting[0]]
        told = _tell_apart(c, b, candidates, named)
        if isinstance(told, Unrecognized):
            return told
        chosen, evidence, captures = told
    e = c.entries[chosen]
    if not e["exposes"]:
        captures = []
    restore = e["restore"]
    if restore is None:
        return b.unrecognized("notRebuildable", [chosen])
    fields: dict[str, Json] = {}
    for name, kind in restore["members"]:
        v: Any = _ABSENT
        for f in b.fields:
            if f[0] == name:
                v = f[1]
                break
        if not _accepts_member(kind, v):
            return b.unrecognized("notRebuildable", [chosen])
        if v is not _ABSENT:
            fields[name] = v
    params: dict[str, str] = {}
    for name, kind in restore["params"]:
        text: Optional[str] = None
        for p in captures:
            if p[0] == name:
                text = p[1]
                break
        if not _accepts_text(kind, text):
            return b.unrecognized("notRebuildable", [chosen])
        if text is not None:
            params[name] = text
    return c.classes[chosen](
        chosen, e["variant"], e["name"], e["code"], b.status, b.message, evidence, fields, params
    )


def _decode_with(c: _Catalogue, status: Optional[int], body: Union[bytes, str]) -> Union[Known, Unrecognized, Invalid]:
    try:
        read = _read_body(_text_of(body, c.data["maxLen"]), c.data["level"])
        lenient = c.data["lenient"]
        code = _code_of(read.code, lenient)
        message = _message_of(read.message, lenient)
        suffix = None
        if read.type is not None and isinstance(read.type[1], str):
            suffix = _type_suffix(read.type[0], read.type[1])
        given = status if type(status) is int and 100 <= status <= 999 else None
        return _choose(c, _Body(code, message, suffix, given, read.fields))
    except _Stop as e:
        return Invalid(e.error, e.member)
    except RecursionError:
        return Invalid("json")


# ---- end of the runtime ----
