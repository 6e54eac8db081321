# ---- the entry a body names (the runtime's second part) ----

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


_SCHEME = _re.compile(r"[A-Za-z][A-Za-z0-9+.-]*")


def _path_of_absolute(uri: str) -> Optional[str]:
    """The path (with its query and fragment) of an absolute `scheme://host/...` URI;
    None for any other reference."""
    sep = uri.find("://")
    if sep < 0 or not _SCHEME.fullmatch(uri, 0, sep):
        return None
    slash = uri.find("/", sep + 3)
    return uri[slash:] if slash >= 0 else None


def _type_suffix(base: str, uri: str) -> Optional[str]:
    # A base from the server's root makes relative types, which a gateway resolves
    # (RFC 9457 §3.1.1): their path is compared.
    if base.startswith("/"):
        uri = _path_of_absolute(uri) or uri
    if uri.startswith(base):
        return _normalize(uri[len(base) :], 0, 0, 0)
    b = _normalized_uri(base)
    u = _normalized_uri(uri)
    if b is None or u is None or not u.startswith(b):
        return None
    return u[len(b) :]


def _suffix_of(bases: list[str], uri: str) -> Optional[str]:
    """What follows the first of `bases` that `uri` starts with, as decoding tries them."""
    for base in bases:
        suffix = _type_suffix(base, uri)
        if suffix is not None:
            return suffix
    return None


def _integer(text: str) -> Optional[int]:
    """Digits after an optional sign as Rust's `str::parse` reads them, leading zeros
    and all; None past 40 digits, beyond every integer type's range (and, past 4,300,
    beyond what `int` reads: it raises)."""
    digits = text.lstrip("+-").lstrip("0")
    if len(digits) > 40:
        return None
    n = int(digits or "0")
    return -n if text.startswith("-") else n


def _parse_i64(text: str) -> Optional[int]:
    if not _re.fullmatch(r"[+-]?[0-9]+", text):
        return None
    n = _integer(text)
    return n if n is not None and _I64_MIN <= n <= _I64_MAX else None


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


_Template = tuple[list[tuple[int, str]], bool, bool, str, "_re.Pattern[str]", list[Optional[str]]]
_Fit = tuple[int, list[tuple[str, str]]]


def _template(segments: list[list[Any]]) -> _Template:
    """A template loosened as a message is: its pieces, whether it has a
    placeholder, whether it is nothing but placeholders, periods and white
    space, its text, and the pattern a loosened message must match (with the
    name of each of its groups' placeholders, None for one not restored)."""
    out = [(int(s[0]), str(s[1])) for s in segments]
    if out and out[0][0] == 0:
        out[0] = (0, out[0][1].lstrip(_WHITE))
    if out and out[-1][0] == 0:
        out[-1] = (0, out[-1][1].rstrip(_TRAIL))
    pieces = [p for p in out if not (p[0] == 0 and p[1] == "")]
    args = any(p[0] != 0 for p in pieces)
    anything = all(p[0] != 0 or all(c == "." or c in _WHITE for c in p[1]) for p in pieces)
    pattern, names = _pattern(pieces)
    return (pieces, args, anything, "".join(p[1] for p in pieces), pattern, names)


def _pattern(pieces: list[tuple[int, str]]) -> tuple["_re.Pattern[str]", list[Optional[str]]]:
    """The pieces as one pattern, made once: the text before the first placeholder is a
    prefix; a placeholder runs to the first place the text after it occurs (a lookahead,
    which never backtracks, then that group matched again), the last one to the end, or
    to where the last text ends the message. Two placeholders in a row fit nothing."""
    out: list[str] = []
    names: list[Optional[str]] = []
    pending: Optional[tuple[int, str]] = None
    for i, (kind, text) in enumerate(pieces):
        if kind != 0:
            if pending is not None:
                return (_re.compile("(?!)"), [])
            pending = (kind, text)
            continue
        literal = _re.escape(text)
        if pending is None:
            out.append(literal)
        elif i == len(pieces) - 1:
            out.append("(.*)" + literal)
        else:
            group = "p%d" % len(names)
            out.append("(?=(?P<%s>.*?)%s)(?P=%s)%s" % (group, literal, group, literal))
        if pending is not None:
            names.append(pending[1] if pending[0] == 1 else None)
        pending = None
    if pending is not None:
        out.append("(.*)")
        names.append(pending[1] if pending[0] == 1 else None)
    return (_re.compile("".join(out), _re.DOTALL), names)


def _fit(template: _Template, message: str) -> Optional[_Fit]:
    pieces, args, anything, text, pattern, names = template
    loosened = message.lstrip(_WHITE).rstrip(_TRAIL)
    if not args:
        return (0, []) if text == loosened else None
    found = pattern.fullmatch(loosened)
    if found is None:
        return None
    if None not in names:
        return (2 if anything else 1, list(zip(names, found.groups())))  # type: ignore[arg-type]
    return (2 if anything else 1, [(name, part) for name, part in zip(names, found.groups()) if name is not None])


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
    if kind.startswith("default:"):
        # `#[body(default)]`: absent is the default, anything else must be one.
        return v is _ABSENT or _accepts_member(kind[8:], v)
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


def _member_test(kind: str) -> Callable[[Any], bool]:
    optional = kind.startswith("option:")
    bounds = _INTS.get(kind[7:] if optional else kind)
    if bounds is not None:
        low, high = bounds
        # The common integer member, tested without the general walk.
        return lambda v: (optional and (v is _ABSENT or v is None)) or (type(v) is int and low <= v <= high)
    if kind in ("string", "option:string"):
        # The common text member: a body's strings are all `str` itself.
        return lambda v: (optional and (v is _ABSENT or v is None)) or type(v) is str
    return lambda v: _accepts_member(kind, v)


def _text_test(kind: str) -> Callable[[Optional[str]], bool]:
    if kind in ("text", "opaque"):
        # The common placeholder: any text it captured.
        return lambda text: text is not None
    return lambda text: _accepts_text(kind, text)


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
    n = _integer(text)
    return n is not None and bounds[0] <= n <= bounds[1]


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
        level["slots"] = {m["name"]: (m["slot"], m.get("bases")) for m in level["members"]}
        if level["ancestors"]:
            level["slots"].setdefault("ancestors", ("ancestors", None))
        self.args = [templates[0][1] for templates in self.pieces]
        self.by_uri: dict[str, list[int]] = {}
        for i, e in enumerate(self.entries):
            if e["uri"] is not None:
                self.by_uri.setdefault(e["uri"], []).append(i)
        self.outranks: bool = data["outranks"]
        self.max_len: int = data["maxLen"]
        self.level: dict[str, Any] = data["level"]
        self.lenient: bool = data["lenient"]
        self.statuses: list[Optional[int]] = [e["status"] for e in self.entries]
        self.also: list[list[int]] = [e["also"] for e in self.entries]
        # What each field accepts, as a test made once per kind.
        self.restore: list[Optional[tuple[list[tuple[str, Callable[[Any], bool]]], list[tuple[str, Callable[[Optional[str]], bool]]]]]] = [
            None
            if e["restore"] is None
            else (
                [(name, _member_test(kind)) for name, kind in e["restore"]["members"]],
                [(name, _text_test(kind)) for name, kind in e["restore"]["params"]],
            )
            for e in self.entries
        ]
        # The retry of each entry whose body carries no delay, made once.
        self.retries = [Retry(e["retry"], None) for e in self.entries]
        # Entries by the text of a template without placeholders, loosened as a message is:
        # the only templates a message fits exactly (rank 0), looked up instead of tried.
        self.exact: dict[str, list[int]] = {}
        for i, templates in enumerate(self.pieces):
            for pieces, args, _, text, _, _ in templates:
                if not args and i not in self.exact.get(text, []):
                    self.exact.setdefault(text, []).append(i)
        # The entries of a known code (or of none) that a status admits, made once per pair.
        self.admitted: dict[tuple[Union[int, str, None], int], list[int]] = {}
        # Entries by their code's value (an `int` or a `str`, never a `bool`), and those without one.
        self.by_value: dict[Union[int, str], list[int]] = {e["code"]: self.index[e["key"]] for e in self.entries if e["key"] is not None}
        self.codeless: list[int] = self.index.get("none", [])
        # What `_known` reads of each entry, in one tuple.
        self.plain: list[tuple[str, str, Union[int, str, None], Fault, bool, Optional[tuple[str, str]], RetryClass, Optional[int]]] = [
            (e["variant"], e["name"], e["code"], e["fault"], e["exposes"], None if e["delay"] is None else (e["delay"][0], e["delay"][1]), e["retry"], e["sent"])
            for e in self.entries
        ]
        self.quick = _quick_names(level)
        # Whether each entry's `#[body]` members are among a flat body's fields by their names alone.
        slots = level["slots"]
        self.quick_members: list[bool] = [
            e["restore"] is not None
            and all(slots.get(name, ("field",) if level["fieldsHere"] else ("skip",))[0] == "field" for name, _ in e["restore"]["members"])
            for e in self.entries
        ]
        self.retired: dict[str, str] = {}
        for code, note in data["retired"]:
            self.retired.setdefault(code, note)


def _fit_any(c: _Catalogue, i: int, message: str) -> Optional[_Fit]:
    for pieces in c.pieces[i]:
        found = _fit(pieces, message)
        if found is not None:
            return found
    return None


class _Body:
    __slots__ = ("code", "ancestors", "message", "suffix", "status", "fields")

    def __init__(self, code: Optional[tuple[str, Union[int, str]]], message: Optional[str], suffix: Optional[str], status: Optional[int], fields: list[tuple[str, Any]], ancestors: list[Union[int, str]]) -> None:
        self.code = code
        self.ancestors = ancestors
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
    exact = _exact_fit(c, candidates, b.message)
    if exact is not None:
        return (exact, "message", [])
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


def _exact_fit(c: _Catalogue, candidates: list[int], message: str) -> Optional[int]:
    """The one candidate the message fits exactly, where exactly one does: then no other
    fit can outrank it, so `_tell_apart`'s walk over every template would choose it too.
    A candidate counts only where its first fitting template is the exact one, as there."""
    loosened = message.lstrip(_WHITE).rstrip(_TRAIL)
    hits = c.exact.get(loosened)
    if hits is None:
        return None
    exact = [i for i in hits if i in candidates]
    if len(exact) != 1:
        return None
    first = c.pieces[exact[0]][0]
    if not first[1] and first[3] == loosened:
        # Its first template is the exact one: the first to fit.
        return exact[0]
    found = _fit_any(c, exact[0], message)
    return exact[0] if found is not None and found[0] == 0 else None


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
    if b.code is not None and b.suffix is None and len(by_code) == 1:
        # The common body: a code one entry has, at a status it documents
        # (or one the code outranks): what the general path below decides, in fewer steps.
        chosen = by_code[0]
        status, documented = b.status, c.statuses[chosen]
        if status is None or c.outranks or documented is None or documented == status or status in c.also[chosen]:
            found = _fit_any(c, chosen, b.message) if b.message is not None and c.args[chosen] else None
            return _restored(c, b, chosen, "code", found[1] if found is not None else [])
    typed = c.by_uri.get(b.suffix, []) if b.suffix is not None else []
    if b.code is not None and typed:
        if not any(i in by_code for i in typed):
            return b.unrecognized("codeMismatch", typed + by_code)
        typed = [i for i in typed if i in by_code]
    named = b.code is not None or bool(typed)
    named_entries = typed + ([] if typed else by_code)
    one = len(named_entries) == 1
    status = b.status
    if status is None or (named and one and c.outranks):
        fitting = named_entries
    elif not typed and by_code:
        fitting = _admitted(c, b.code[1] if b.code is not None else None, by_code, status)
    else:
        fitting = _admitting(c, named_entries, status)
    if not fitting:
        note = _retirement(c, b)
        if not named_entries and note is not None:
            return b.unrecognized("retired", [], note)
        # A code the catalogue neither knows nor retired may refine one it knows.
        if not named_entries and b.code is not None and b.ancestors:
            parent = _nearest_ancestor(c, b)
            if parent is not None:
                return parent
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
    return _restored(c, b, chosen, evidence, captures)


def _admitted(c: _Catalogue, code: Union[int, str, None], by_code: list[int], status: int) -> list[int]:
    """The entries of a known code (`by_code`, or those without one) that `status` admits, kept."""
    fitting = c.admitted.get((code, status))
    if fitting is None:
        fitting = c.admitted[(code, status)] = _admitting(c, by_code, status)
    return fitting


def _admitting(c: _Catalogue, entries: list[int], status: int) -> list[int]:
    statuses, also = c.statuses, c.also
    return [i for i in entries if statuses[i] is None or statuses[i] == status or status in also[i]]


def _nearest_ancestor(c: _Catalogue, b: _Body) -> Union[Known, Unrecognized, None]:
    """The body decoded as the nearest of its ancestors the catalogue knows (as Rust's
    `decode/parent.rs`), or None where it knows none. Where several entries share that
    code, the one the status admits; the status is not held against a lone one (the
    refinement may have a status of its own). Placeholders are filled only where the
    message fits the ancestor's own template."""
    known: list[int] = []
    for ancestor in b.ancestors:
        known = c.index.get(("s:" if isinstance(ancestor, str) else "i:") + str(ancestor), [])
        if known:
            break
    if not known:
        return None
    chosen = known[0]
    if len(known) > 1:
        status = b.status
        admitting = [] if status is None else _admitting(c, known, status)
        if len(admitting) != 1:
            return b.unrecognized("ambiguous", known)
        chosen = admitting[0]
    captures: list[tuple[str, str]] = []
    if b.message is not None and c.args[chosen] and c.entries[chosen]["exposes"]:
        found = _fit(c.pieces[chosen][0], b.message)
        captures = found[1] if found is not None else []
    return _restored(c, b, chosen, "parent", captures, b.code[1] if b.code is not None else None)


def _class_for_status(status: int) -> RetryClass:
    """Rust's `RetryClass::for_status`."""
    if status in (429, 503):
        return "throttled"
    return "safe" if 500 <= status <= 599 else "never"


def _restored(c: _Catalogue, b: _Body, chosen: int, evidence: Evidence, captures: list[tuple[str, str]], received_code: Union[int, str, None] = None) -> Union[Known, Unrecognized]:
    """The entry's variant as the body rebuilds it, or `notRebuildable`."""
    found = _known(c, chosen, evidence, b.status, b.message, dict(b.fields), captures, received_code)
    return found if found is not None else b.unrecognized("notRebuildable", [chosen])


def _known(c: _Catalogue, chosen: int, evidence: Evidence, status: Optional[int], message: Optional[str], members: dict[str, Any], captures: list[tuple[str, str]], received_code: Union[int, str, None] = None) -> Optional[Known]:
    """The entry's variant with its `#[body]` members taken from `members` and its
    placeholders from `captures`; None where they do not rebuild it."""
    restore = c.restore[chosen]
    if restore is None:
        return None
    variant, name, code, fault, exposes, delay, retry_class, sent = c.plain[chosen]
    if not exposes:
        captures = []
    fields: dict[str, Json] = {}
    for member, accepts in restore[0]:
        v: Any = members.get(member, _ABSENT)
        if not accepts(v):
            return None
        if v is not _ABSENT:
            fields[member] = v
    params: dict[str, str] = {}
    for placeholder, parses in restore[1]:
        text: Optional[str] = None
        for p in captures:
            if p[0] == placeholder:
                text = p[1]
                break
        if not parses(text):
            return None
        if text is not None:
            params[placeholder] = text
    retry = c.retries[chosen] if delay is None else _retry(retry_class, _delay_ms(fields.get(delay[0]), delay[1]))
    # A refinement decoded as its ancestor retries as the status it came with says, as Rust's `Received::retry`.
    if evidence == "parent" and status is not None and status != sent:
        retry = _retry(_class_for_status(status), retry.delay_ms)
    return c.classes[chosen](chosen, variant, name, code, status, message, evidence, fields, params, received_code, retry, fault)


_RETRIES: dict[tuple[RetryClass, Optional[float]], Retry] = {}


def _retry(cls: RetryClass, delay_ms: Optional[float]) -> Retry:
    """A `Retry`, shared between results with the same one (it is frozen): a frozen
    dataclass is slow to build, and servers send few distinct delays. A zero is built
    each time: -0.0 and 0.0 are one key."""
    if delay_ms == 0:
        return Retry(cls, delay_ms)
    found = _RETRIES.get((cls, delay_ms))
    if found is None:
        if len(_RETRIES) >= 256:
            _RETRIES.clear()
        found = _RETRIES[(cls, delay_ms)] = Retry(cls, delay_ms)
    return found


def _delay_ms(v: Any, unit: str) -> Optional[float]:
    """The delay a retry member's value asks for, in milliseconds, as Rust's `RetryDelay`:
    none where negative or not finite; a `Duration` holds up to 2^64 seconds."""
    if type(v) is int:
        if v < 0:
            return None
        return float(min(v, _U64_MAX)) * (1 if unit == "ms" else 1000)
    if type(v) is not float or v != v or v in (float("inf"), float("-inf")) or v < 0:
        return None
    return min(v, 2.0**64 * 1000) if unit == "ms" else min(v, 2.0**64) * 1000


def _quick_names(level: dict[str, Any]) -> Optional[tuple[Optional[str], Optional[str], Optional[str]]]:
    """The one member name of the code, the message and the type URI in a flat format, for
    `_quick`; None where a format nests or names one of them twice."""
    names: dict[str, list[str]] = {"code": [], "message": [], "type": []}
    for m in level["members"]:
        names.get(m["slot"], []).append(m["name"])
    if not level["flat"] or any(len(found) > 1 for found in names.values()):
        return None
    code, message, type_uri = (found[0] if found else None for found in names.values())
    return (code, message, type_uri)


def _quick(c: _Catalogue, status: Optional[int], text: str) -> Optional[Known]:
    """The common body decided in fewer steps than `_choose`, as it decides: a flat body
    whose type URI (if any) has no suffix past the format's base, and whose code one entry has, at a status it documents, or whose message
    fits exactly one admitted entry's template without placeholders. None wherever
    `_choose` must decide (anything else, and every body that names no entry)."""
    names = c.quick
    members = _scanned(text) if names is not None else None
    if names is None or members is None:
        return None
    code_name, message_name, type_name = names
    if type_name is not None and type_name in members:
        # A type URI that names no entry (`about:blank`) leaves the choice to the rest, as in `_choose`.
        uri = members[type_name]
        if type(uri) is str and _suffix_of(c.level["slots"][type_name][1], uri) is not None:
            return None
    code = members.get(code_name) if code_name is not None else None
    message = members.get(message_name) if message_name is not None else None
    if message is not None and type(message) is not str:
        return None
    given = status if type(status) is int and 100 <= status <= 999 else None
    if code is None:
        by_code = c.codeless
    elif type(code) is str or (type(code) is int and code <= _I64_MAX):
        by_code = c.by_value.get(code, [])
    else:
        return None
    captures: list[tuple[str, str]] = []
    evidence: Evidence
    if code is not None and len(by_code) == 1:
        chosen, documented = by_code[0], c.statuses[by_code[0]]
        if not (given is None or c.outranks or documented is None or documented == given or given in c.also[chosen]):
            return None
        found = _fit_any(c, chosen, message) if message is not None and c.args[chosen] else None
        captures = found[1] if found is not None else []
        evidence = "code"
    else:
        exact = _exact_fit(c, _admitted(c, code, by_code, given), message) if message is not None and given is not None and by_code else None
        if exact is None:
            return None
        chosen, evidence = exact, "message"
    if not c.quick_members[chosen]:
        return None
    return _known(c, chosen, evidence, given, message, members, captures)


def _decode_with(c: _Catalogue, status: Optional[int], body: Union[bytes, str]) -> Union[Known, Unrecognized, Invalid]:
    try:
        text = _text_of(body, c.max_len)
        quick = _quick(c, status, text)
        if quick is not None:
            return quick
        read = _read_body(text, c.level)
        lenient = c.lenient
        code = _code_of(read.code, lenient)
        message = _message_of(read.message, lenient)
        suffix = None
        if read.type is not None and isinstance(read.type[1], str):
            suffix = _suffix_of(read.type[0], read.type[1])
        given = status if type(status) is int and 100 <= status <= 999 else None
        return _choose(c, _Body(code, message, suffix, given, read.fields, read.ancestors))
    except _Stop as e:
        return Invalid(e.error, e.member)
    except RecursionError:
        return Invalid("json")


# ---- end of the runtime ----
