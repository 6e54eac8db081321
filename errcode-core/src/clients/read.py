# ---- errcodes decode runtime (Python): the same for every catalogue ----
# Reads a body as errcodes' Rust `decode` does: serde_json's grammar and
# limits, a member named twice refused, the code and message where the
# format puts them (this part, as `decode/read.rs` and its readers), then
# the entry picked by code, type URI, status and message template (the
# next part, as `decode/choose.rs`). Nothing raises out of `_decode_with`.

from __future__ import annotations

import json as _json
import re as _re
from dataclasses import dataclass, field
from typing import Any, Callable, ClassVar, Literal, NoReturn, Optional, TypeGuard, TypedDict, Union, cast

Json = Union[None, bool, int, float, str, list["Json"], dict[str, "Json"]]
Evidence = Literal["code", "typeUri", "message", "template", "status", "parent"]
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
RetryClass = Literal["never", "safe", "after", "throttled"]
Fault = Literal["client", "server"]


@dataclass(slots=True, frozen=True)
class Retry:
    """Whether to send the request again (`cls`), and after how many milliseconds (None: none given)."""

    cls: RetryClass
    delay_ms: Optional[float]


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
    #: The code the body carried, for evidence "parent": a code this catalogue does not
    #: know that refines this entry's (it is among the body's ancestors).
    received_code: Union[int, str, None] = None
    #: The entry's retry class, and the delay its retry member carried (as Rust's `Received::retry`, without headers).
    retry: Retry = Retry("never", None)
    fault: Fault = "client"
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
#: At most this many of a body's ancestors are kept (Rust's `decode::MAX_ANCESTORS`).
_MAX_ANCESTORS = 16
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
        # An integer of more digits than u64's 20 is past it, a float to serde_json (and
        # past 4,300 digits one `int` refuses to read).
        if m.group(1) is None and m.group(2) is None and len(text) <= 21:
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
    __slots__ = ("code", "message", "type", "fields", "ancestors", "duplicate", "misshapen")

    def __init__(self) -> None:
        self.code: Optional[tuple[str, Any]] = None
        self.message: Optional[tuple[str, Any]] = None
        self.type: Optional[tuple[list[str], Any]] = None
        self.fields: list[tuple[str, Any]] = []
        #: The codes the code refines, nearest first, as far as they are kept.
        self.ancestors: list[Union[int, str]] = []
        self.duplicate: Optional[str] = None
        self.misshapen = False


def _ancestors_of(v: Any) -> list[Union[int, str]]:
    """A list of ancestors as far as decoding keeps it: its first `_MAX_ANCESTORS`
    codes where every item is a code (an integer in i64's range or a string), else
    none. The member is advisory: a value of another shape is ignored, not refused."""
    if not isinstance(v, list):
        return []
    for item in v:
        if not (isinstance(item, str) or (type(item) is int and item <= _I64_MAX)):
            return []
    return v[:_MAX_ANCESTORS]


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
        if member:
            slot = member["slot"]
        elif level["ancestors"] and key == "ancestors":
            slot = "ancestors"
        else:
            slot = "field" if level["fieldsHere"] else "skip"
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
                read.type = (member["bases"], p.value()) if member else None
            elif slot == "ancestors":
                read.ancestors = _ancestors_of(p.value())
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


def _refuse(_: str) -> NoReturn:
    raise ValueError("not JSON")


#: `json`'s C reader, kept to what serde_json reads alike: `NaN` and `Infinity` refused,
#: each object's members as a list of pairs (so that a member named twice shows).
_SCAN_ONCE: Callable[[str, int], tuple[Any, int]] = getattr(
    _json.JSONDecoder(object_pairs_hook=list, parse_constant=_refuse), "scan_once"
)


def _scanned(text: str) -> Optional[dict[str, Any]]:
    """The common body, one flat object of plain values, read by `json`'s C reader and
    checked to be what serde_json reads: its members in order; None where the full reader
    must read it (an escape `\\u`, which may be a lone surrogate; `-0`, a float to
    serde_json; an integer past i64 and u64; a float past a double; nesting; a member
    named twice; anything `json` refuses)."""
    if "\\u" in text or "-0" in text or text[:1] != "{":
        return None
    try:
        # The C scanner itself, without `decode`'s two Python frames.
        pairs, end = _SCAN_ONCE(text, 0)
    except (StopIteration, ValueError, RecursionError):
        return None
    if end != len(text) and text[end:].strip(" \t\n\r"):
        return None
    members = dict(pairs)
    if len(members) != len(pairs):
        return None
    for v in members.values():
        t = type(v)
        # The scanner gives a str, int, float, bool, None, or a list (an array, or an object's pairs).
        if t is not str and (t is list or (t is int and not _I64_MIN <= v <= _U64_MAX) or (t is float and v - v != 0)):
            return None
    return members


def _scan(text: str, level: dict[str, Any]) -> Optional[_Read]:
    """A flat body read by `_scanned`, its members sorted into code, message and fields."""
    members = _scanned(text)
    if members is None:
        return None
    read = _Read()
    slots = level["slots"]
    fields_here = level["fieldsHere"]
    for key, v in members.items():
        slot = slots.get(key)
        if slot is None:
            if fields_here:
                read.fields.append((key, v))
        elif slot[0] == "code":
            read.code = (key, v)
        elif slot[0] == "message":
            read.message = (key, v)
        elif slot[0] == "type":
            read.type = (slot[1], v)
        elif slot[0] == "field":
            read.fields.append((key, v))
        # A scalar is no list of ancestors: ignored.
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


