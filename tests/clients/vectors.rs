//! The conformance vectors: bodies, statuses and what the Rust decoder
//! makes of them, for every catalogue; written at test time to
//! `target/clients/vectors.json` beside each catalogue's TypeScript and
//! Python modules, then run through both languages' decoders.
//!
//! The bodies: the specs' examples (`tests/data/specs/`), every entry's
//! own body at its statuses and others, hand-made bodies at serde_json's
//! edges (nesting, numbers, escapes, duplicates, size), and the hostile
//! generator's bodies (`tests/common/hostile.rs`), from a fixed seed so
//! that a failure reproduces.

use std::path::Path;

use errcodes::decode::{DecodeError, Decoded, Evidence, Reason, MAX_BODY_LEN};
use errcodes::{ApiError, Entry, StatusCode};
use serde_json::{json, Value};

use crate::catalogues::{each_catalogue, module_name};
use crate::common::hostile::{self, At, ByteEdit, Edit, Json, Member, MemberEdit, Plan};
use crate::tools;
use crate::type_uri;

/// Statuses every body is decoded with, besides none.
const STATUSES: &[u16] = &[200, 400, 401, 403, 404, 409, 422, 429, 500, 503];

/// How many hostile bodies.
const HOSTILE: usize = 4000;

/// One body and what the Rust decoder made of it.
pub(crate) fn vector<E: ApiError + 'static>(body: &[u8], pad: usize, status: Option<u16>) -> Value {
    let mut bytes = body.to_vec();
    bytes.resize(body.len() + pad, b' ');
    let decoded = E::decode(&bytes, status.and_then(|s| StatusCode::from_u16(s).ok()));
    json!({
        "catalogue": module_name::<E>(),
        "status": status,
        "body": hex(body),
        "pad": pad,
        "expected": outcome::<E>(&bytes, decoded),
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn position<E: ApiError>(entry: &Entry) -> usize {
    E::catalogue()
        .all_entries()
        .position(|e| std::ptr::eq(e, entry))
        .expect("a decoded entry is the catalogue's")
}

fn code_json(code: Option<&errcodes::CodeBuf>) -> Value {
    match code {
        None => Value::Null,
        Some(errcodes::CodeBuf::Int(n)) if n.unsigned_abs() <= 1 << 53 => json!(n),
        Some(errcodes::CodeBuf::Int(n)) => json!(n.to_string()),
        Some(errcodes::CodeBuf::Str(s)) => json!(s),
    }
}

/// What a decode gave, as the clients' `decode` words it.
fn outcome<E: ApiError + 'static>(body: &[u8], decoded: Result<Decoded<E>, DecodeError>) -> Value {
    match decoded {
        Err(e) => {
            let (error, member) = match e {
                DecodeError::TooLarge { .. } => ("tooLarge", None),
                DecodeError::Json(_) => ("json", None),
                DecodeError::NotAnObject => ("notAnObject", None),
                DecodeError::DuplicateMember(m) => ("duplicateMember", Some(m)),
                DecodeError::WrongType { member, .. } => ("wrongType", Some(member.to_owned())),
                _ => ("unexpected", None),
            };
            json!({ "kind": "invalid", "error": error, "member": member })
        }
        Ok(Decoded::Known(received)) => {
            let entry = received.error.info();
            let evidence = match received.evidence {
                Evidence::Code => "code",
                Evidence::TypeUri => "typeUri",
                Evidence::Message => "message",
                Evidence::Template => "template",
                Evidence::Status => "status",
                Evidence::Parent => "parent",
                _ => "unexpected",
            };
            // The `#[body]` members the body carried, as the decoded value
            // writes them again (a member it left out is the field's
            // default, which only the Rust type knows).
            let received_body: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
            let mut again = Vec::new();
            let fields = match received.error.write_body(&mut again) {
                Ok(()) => {
                    let written: Value = serde_json::from_slice(&again).unwrap_or(Value::Null);
                    let mut fields = serde_json::Map::new();
                    for field in entry.body_fields() {
                        let member = field.member();
                        let carried = received_body.get(member).is_some_and(|v| !v.is_null());
                        if let (true, Some(v)) = (carried, written.get(member)) {
                            fields.insert(member.to_owned(), v.clone());
                        }
                    }
                    Value::Object(fields)
                }
                Err(_) => Value::Null,
            };
            let mut known = json!({
                "kind": "known",
                "entry": position::<E>(entry),
                "name": entry.name(),
                "evidence": evidence,
                "receivedCode": code_json(received.code.as_ref()),
                "retry": retry_json(received.retry()),
                "fault": entry.fault().name(),
                "message": received.message.as_deref(),
                "fields": fields,
            });
            if let Some(params) = params_of(&received.error) {
                known["params"] = params;
            }
            known
        }
        Ok(Decoded::Unrecognized(u)) => {
            let (reason, note) = match u.reason {
                Reason::Unknown => ("unknown", None),
                Reason::StatusMismatch => ("statusMismatch", None),
                Reason::Ambiguous => ("ambiguous", None),
                Reason::CatchAllOnly => ("catchAllOnly", None),
                Reason::MessageMismatch => ("messageMismatch", None),
                Reason::CodeMismatch => ("codeMismatch", None),
                Reason::NotRebuildable => ("notRebuildable", None),
                Reason::Retired { note } => ("retired", Some(note)),
                _ => ("unexpected", None),
            };
            let candidates: Vec<usize> = u.candidates.iter().map(|e| position::<E>(e)).collect();
            json!({
                "kind": "unrecognized",
                "reason": reason,
                "note": note,
                "code": code_json(u.code.as_ref()),
                "message": u.message,
                "candidates": candidates,
            })
        }
    }
}

/// A retry as the clients give it: the class, and the delay in milliseconds.
fn retry_json(retry: errcodes::Retry) -> Value {
    json!({
        "class": retry.class.name(),
        "delayMs": retry.delay.map(|d| d.as_secs_f64() * 1000.0),
    })
}

/// The text each placeholder stood for, as the decoded value holds it,
/// for the variants whose placeholder fields are `String`s or `char`s
/// (whose value is the text itself).
fn params_of(error: &dyn std::any::Any) -> Option<Value> {
    use crate::catalogues::{Demo, Mastodon, PluralKit, Translated, Tricky};
    if let Some(e) = error.downcast_ref::<Demo>() {
        return match e {
            Demo::MemberNotFound { member_ref } => Some(json!({ "memberRef": member_ref })),
            _ => None,
        };
    }
    if let Some(e) = error.downcast_ref::<PluralKit>() {
        return match e {
            PluralKit::MemberRefNotFound { member_ref }
            | PluralKit::MemberRefNotInSystem { member_ref } => {
                Some(json!({ "memberRef": member_ref }))
            }
            PluralKit::GroupRefNotFound { group_ref }
            | PluralKit::GroupRefNotInSystem { group_ref } => {
                Some(json!({ "groupRef": group_ref }))
            }
            _ => None,
        };
    }
    if let Some(e) = error.downcast_ref::<Mastodon>() {
        return match e {
            Mastodon::ParameterMissing { message } | Mastodon::RecordInvalid { message } => {
                Some(json!({ "string": message }))
            }
            Mastodon::TooManyRequests { message } => Some(json!({ "translated string": message })),
            _ => None,
        };
    }
    if let Some(e) = error.downcast_ref::<Tricky>() {
        return match e {
            Tricky::Wrapped { a }
            | Tricky::Trailing { a }
            | Tricky::Leading { a }
            | Tricky::Braces { a } => Some(json!({ "a": a })),
            Tricky::Two { a, b } => Some(json!({ "a": a, "b": b })),
            Tricky::SharedB { n } => Some(json!({ "n": n.to_string() })),
            _ => None,
        };
    }
    if let Some(e) = error.downcast_ref::<crate::parent::Tree>() {
        use crate::parent::Tree;
        return match e {
            Tree::InvalidField { field } => Some(json!({ "field": field })),
            Tree::Conflict { what } => Some(json!({ "what": what })),
            _ => None,
        };
    }
    if let Some(e) = error.downcast_ref::<Translated>() {
        return match e {
            Translated::RoomNotFound { room } => Some(json!({ "room": room })),
            Translated::MemberNotFound { member } => Some(json!({ "member": member })),
            _ => None,
        };
    }
    None
}

fn with_statuses<E: ApiError + 'static>(out: &mut Vec<Value>, body: &[u8], extra: &[u16]) {
    out.push(vector::<E>(body, 0, None));
    for status in STATUSES.iter().chain(extra) {
        out.push(vector::<E>(body, 0, Some(*status)));
    }
}

/// The specs' example bodies, each decoded as every catalogue.
fn spec_bodies() -> Vec<Vec<u8>> {
    let dir = tools::root().join("tests/data/specs");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json" || x == "jsonc"))
        .collect();
    names.sort();
    names.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

/// Bodies at the edges of serde_json's grammar and limits, for `E`'s format.
fn edge_bodies<E: ApiError>() -> Vec<(Vec<u8>, usize)> {
    let entry = E::catalogue()
        .all_entries()
        .next()
        .expect("catalogues have entries");
    let example = errcodes::format::example::<<E as ApiError>::Format>(entry);
    let text = example.to_string();
    let inner = text.trim_start_matches('{').trim_end_matches('}');
    let mut bodies: Vec<(String, usize)> = Vec::new();
    for depth in [125, 126, 127, 128, 129] {
        let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        bodies.push((format!("{{\"x\":{nested},{inner}}}"), 0));
        bodies.push((nested.clone(), 0));
    }
    for number in [
        "1",
        "-0",
        "1.0",
        "1e2",
        "-1",
        "9007199254740993",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "18446744073709551615",
        "18446744073709551616",
        "1e400",
        "-1e400",
        "01",
        "1.",
        ".5",
        "-",
        "1e",
        "2.5e-3",
        "true",
        "[]",
        "{}",
        "\"\"",
        "null",
    ] {
        for member in [
            "code",
            "errcode",
            "message",
            "error",
            "type",
            "retry_after",
            "x",
        ] {
            bodies.push((format!("{{{inner},\"{member}\":{number}}}"), 0));
            bodies.push((format!("{{\"{member}\":{number},{inner}}}"), 0));
        }
        bodies.push((number.to_owned(), 0));
        bodies.push((format!("{number} x"), 0));
    }
    for escape in [
        "\\ud800",
        "\\udc00",
        "\\ud83d\\ude00",
        "\\ud83d",
        "\\u0000",
        "\\u00e9",
        "\\/",
        "\\x",
        "\\u12",
        "\t",
        "\\\"",
    ] {
        bodies.push((format!("{{\"message\":\"a{escape}b\",{inner}}}"), 0));
        bodies.push((format!("{{\"k{escape}\":1,{inner}}}"), 0));
    }
    let many: String = (0..20).map(|i| format!("\"m{i}\":{i},")).collect();
    for repeat in ["m3", "m19", "code", "message", "errcode", "type", "title"] {
        bodies.push((format!("{{{many}\"{repeat}\":1,{inner}}}"), 0));
        bodies.push((format!("{{\"{repeat}\":1,\"{repeat}\":1,{inner}}}"), 0));
        bodies.push((format!("{{{inner},\"{repeat}\":1}} x"), 0));
    }
    bodies.push(("{}".to_owned(), MAX_BODY_LEN - 2));
    bodies.push(("{}".to_owned(), MAX_BODY_LEN - 1));
    bodies.push((format!(" {text} \n"), 0));
    bodies.push((format!("{text}\u{feff}"), 0));
    let mut out: Vec<(Vec<u8>, usize)> = bodies
        .into_iter()
        .map(|(b, pad)| (b.into_bytes(), pad))
        .collect();
    out.push((b"{\"message\":\"\xff\"}".to_vec(), 0));
    out.push((format!("{text}\u{0}").into_bytes(), 0));
    out.push((b"[1] \xff".to_vec(), 0));
    out.push((b"{\"a\":1,\"a\":2} \xe2\x80".to_vec(), 0));
    out
}

/// Each entry's body in every language, and with the code, message and
/// type URI of the others: bodies that contradict themselves.
fn mutated_bodies<E: ApiError>() -> Vec<Vec<u8>> {
    let catalogue = E::catalogue();
    let members = <<E as ApiError>::Format as errcodes::Format>::MEMBERS;
    let named = |source: fn(&errcodes::format::Source) -> bool| {
        members.iter().find(|m| source(&m.value)).map(|m| m.name)
    };
    let code_member = named(|s| matches!(s, errcodes::format::Source::Code));
    let message_member = named(|s| matches!(s, errcodes::format::Source::Message));
    // The member the decoder reads a type from: the format's declared
    // base, else the pages of the catalogue or of one it includes.
    let paged = catalogue.docs_url().is_some()
        || catalogue.includes().iter().any(|c| c.docs_url().is_some());
    let type_member = members
        .iter()
        .find(|m| matches!(m.value, errcodes::format::Source::TypeUri(base) if base.is_some() || paged))
        .map(|m| m.name);
    let entries: Vec<&'static Entry> = catalogue.all_entries().collect();
    let mut out = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let example = errcodes::format::example::<<E as ApiError>::Format>(entry);
        if let Some(error) = E::from_code(entry.code()) {
            for tag in catalogue.language_tags() {
                let mut body = Vec::new();
                if error.write_body_in(tag, &mut body).is_ok() {
                    out.push(body);
                }
            }
        }
        // Each `#[body]` member with a value of every kind, and without one.
        for field in entry.body_fields() {
            for value in [
                json!(null),
                json!(0),
                json!(-1),
                json!(255),
                json!(256),
                json!(70000),
                json!(4_294_967_296_u64),
                json!(1.5),
                json!("x"),
                json!(true),
                json!([]),
                json!({}),
            ] {
                let mut body = example.clone();
                body[field.member()] = value;
                out.push(body.to_string().into_bytes());
            }
        }
        // A few others each: every entry's against the next ones and the first ones.
        let others = [i + 1, i + 2, i + 7, 0, 1, 2].map(|j| entries[j % entries.len()]);
        for other in others {
            for member in [code_member, message_member, type_member]
                .into_iter()
                .flatten()
            {
                let mut body = example.clone();
                let theirs = errcodes::format::example::<<E as ApiError>::Format>(other);
                body[member] = theirs[member].clone();
                out.push(body.to_string().into_bytes());
            }
        }
        if let (Some(member), Some(uri)) = (
            type_member,
            example
                .get(type_member.unwrap_or(""))
                .and_then(Value::as_str),
        ) {
            for changed in type_uri::variants(uri) {
                let mut body = example.clone();
                body[member] = Value::from(changed.clone());
                out.push(body.to_string().into_bytes());
                if let Some(code) = code_member {
                    body.as_object_mut().unwrap().remove(code);
                    out.push(body.to_string().into_bytes());
                }
            }
        }
    }
    out
}

/// A fixed sequence of numbers (xorshift), so that the bodies are the
/// same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, in_four: u64) -> bool {
        self.next() % 4 < in_four
    }

    fn text(&mut self) -> String {
        if self.chance(1) {
            return ["0", "-5", "300", "x", "true", "1.5", "é"][self.below(7)].to_owned();
        }
        let len = self.below(4);
        (0..len)
            .map(|_| {
                if self.chance(2) {
                    hostile::TRICKY_CHARS[self.below(hostile::TRICKY_CHARS.len())]
                } else {
                    char::from(b'a' + self.below(26) as u8)
                }
            })
            .collect()
    }

    fn at(&mut self) -> At {
        At {
            at: self.next() as u8,
            offset: (self.below(7) as i8) - 3,
        }
    }

    fn json(&mut self) -> Json {
        match self.below(9) {
            0 => Json::Null,
            1 => Json::Bool(self.chance(2)),
            2 => Json::Int(self.next() as i64 >> self.below(64)),
            3 => Json::Uint(self.next() >> self.below(64)),
            4 => Json::Float(0.5),
            5 => Json::Str(self.text()),
            6 => Json::Nested(125 + self.below(6) as u8),
            7 => Json::Object(vec![("a".into(), Json::Int(1)), ("a".into(), Json::Null)]),
            _ => Json::Str(String::new()),
        }
    }

    fn member(&mut self) -> Member {
        match self.below(4) {
            0 => Member::Code,
            1 => Member::Message,
            2 => Member::Body(self.next() as u8),
            3 if self.chance(1) => Member::Ancestors,
            _ => Member::Other(["x", "type", "title", "status", "data"][self.below(5)].into()),
        }
    }

    fn plan(&mut self) -> Plan {
        let mut plan = Plan {
            catalogue: self.next() as u8,
            entry: self.next() as u16,
            status: [0, 1, 1, 2, 3, 404, 429, 500][self.below(8)],
            ..Plan::default()
        };
        if self.chance(2) {
            plan.fills = (0..1 + self.below(2)).map(|_| self.text()).collect();
        }
        for _ in 0..self.below(3) {
            plan.edits.push(match self.below(3) {
                0 => Edit::Insert(self.at(), self.text()),
                1 => Edit::Truncate(self.at()),
                _ => Edit::Remove(self.at(), self.below(3) as u8),
            });
        }
        for _ in 0..self.below(3) {
            plan.members.push(match self.below(5) {
                0 => MemberEdit::OtherCode(self.next() as u16),
                3 => MemberEdit::UnknownCode,
                4 => {
                    MemberEdit::Ancestors((0..self.below(4)).map(|_| self.next() as u16).collect())
                }
                1 => MemberEdit::Set(self.member(), self.json()),
                _ => MemberEdit::Remove(self.member()),
            });
        }
        if self.chance(1) {
            plan.bytes.push(match self.below(3) {
                0 => ByteEdit::Truncate(self.next() as u32),
                1 => ByteEdit::Insert {
                    in_message: self.chance(2),
                    at: self.below(8) as u32,
                    bytes: hostile::TRICKY_BYTES[self.below(hostile::TRICKY_BYTES.len())].to_vec(),
                },
                _ => ByteEdit::Duplicate(self.member(), self.json()),
            });
        }
        plan
    }
}

/// Every vector, in a fixed order.
fn all_vectors() -> Vec<Value> {
    let mut out = Vec::new();
    let specs = spec_bodies();
    each_catalogue!(E => {
        for body in &specs {
            with_statuses::<E>(&mut out, body, &[]);
        }
        for entry in E::catalogue().all_entries() {
            let body = errcodes::format::example::<<E as ApiError>::Format>(entry).to_string();
            let mut own: Vec<u16> = entry.also_statuses().to_vec();
            own.extend(entry.status());
            with_statuses::<E>(&mut out, body.as_bytes(), &own);
        }
        for body in mutated_bodies::<E>() {
            for status in [None, Some(400), Some(403), Some(429)] {
                out.push(vector::<E>(&body, 0, status));
            }
        }
        for body in crate::parent::hostile_bodies::<E>() {
            out.push(vector::<E>(&body, 0, None));
            out.push(vector::<E>(&body, 0, Some(400)));
        }
        for (body, pad) in edge_bodies::<E>() {
            out.push(vector::<E>(&body, pad, None));
            out.push(vector::<E>(&body, pad, Some(400)));
        }
    });
    for value in crate::catalogues::translated_values() {
        for tag in ["en", "de", "fr", "zh"] {
            let mut body = Vec::new();
            value.write_body_in(tag, &mut body).unwrap();
            with_statuses::<crate::catalogues::Translated>(&mut out, &body, &[]);
        }
    }
    for body in crate::parent::server_bodies() {
        with_statuses::<crate::parent::Tree>(&mut out, &body, &[413]);
    }
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..HOSTILE {
        let plan = rng.plan();
        let (body, status) = hostile::bytes(&plan);
        let status = status.map(|s| s.as_u16());
        let mut done = false;
        each_catalogue!(E => {
            if !done && module_name::<E>() == catalogue_of(plan.catalogue) {
                out.push(vector::<E>(&body, 0, status));
                done = true;
            }
        });
        assert!(done, "catalogue {} has a module", plan.catalogue);
    }
    // A wrapper's and a wrapped entry's type alone, relative and resolved.
    for uri in ["/billing/errors/51001", "https://example.com/errors/34409"]
        .into_iter()
        .map(str::to_owned)
        .chain(type_uri::resolved())
    {
        let body = json!({ "type": uri, "title": "Card declined", "status": 402 }).to_string();
        with_statuses::<crate::catalogues::Gateway>(&mut out, body.as_bytes(), &[402]);
        with_statuses::<crate::catalogues::BareGateway>(&mut out, body.as_bytes(), &[402]);
        with_statuses::<crate::catalogues::PagedInts>(&mut out, body.as_bytes(), &[]);
    }
    // The generator's bodies for the catalogues typed by their pages,
    // which its own list leaves out.
    for _ in 0..HOSTILE / 8 {
        let plan = rng.plan();
        hostile_vector::<crate::catalogues::Paged>(&mut out, &plan);
        hostile_vector::<crate::catalogues::PagedInts>(&mut out, &plan);
        hostile_vector::<crate::catalogues::PagedTyped>(&mut out, &plan);
    }
    out
}

/// The hostile generator's body of `plan` for `E`, and its vector.
fn hostile_vector<E: ApiError + 'static>(out: &mut Vec<Value>, plan: &Plan) {
    let (body, status) = hostile::body::<E>(plan);
    out.push(vector::<E>(&body, 0, status.map(|s| s.as_u16())));
}

/// The type a hostile plan's catalogue number names.
fn catalogue_of(c: u8) -> &'static str {
    hostile::decode_as(c, b"{}", None).0
}

/// Writes every catalogue's modules and the vectors into `dir`; returns the
/// vectors' file.
pub fn write_all(dir: &Path) -> std::path::PathBuf {
    each_catalogue!(E => {
        let name = module_name::<E>();
        std::fs::write(dir.join(format!("{name}.ts")), errcodes::clients::typescript::<E>()).unwrap();
        std::fs::write(dir.join(format!("{name}.py")), errcodes::clients::python::<E>()).unwrap();
    });
    let vectors = all_vectors();
    let path = dir.join("vectors.json");
    std::fs::write(
        &path,
        serde_json::to_string(&json!({ "vectors": vectors })).unwrap(),
    )
    .unwrap();
    path
}

/// The vectors cover what they must: every outcome kind, every reason a
/// body can have here, and each catalogue.
#[test]
fn vectors_cover_every_outcome() {
    let vectors = all_vectors();
    let seen = |key: &str, value: &str| vectors.iter().any(|v| v["expected"][key] == value);
    for error in [
        "tooLarge",
        "json",
        "notAnObject",
        "duplicateMember",
        "wrongType",
    ] {
        assert!(seen("error", error), "no vector is {error}");
    }
    for reason in [
        "unknown",
        "statusMismatch",
        "ambiguous",
        "catchAllOnly",
        "messageMismatch",
        "codeMismatch",
        "notRebuildable",
        "retired",
    ] {
        assert!(seen("reason", reason), "no vector is {reason}");
    }
    for class in ["never", "safe", "after", "throttled"] {
        assert!(
            vectors
                .iter()
                .any(|v| v["expected"]["retry"]["class"] == class),
            "no vector has retry class {class}"
        );
    }
    // A delay in seconds (the tree's, a float) and in milliseconds (PluralKit's, an integer).
    for catalogue in ["Tree", "PluralKitError"] {
        assert!(
            vectors
                .iter()
                .any(|v| v["catalogue"] == catalogue
                    && v["expected"]["retry"]["delayMs"].is_number()),
            "no vector of {catalogue} has a delay"
        );
    }
    // Bodies identified by their page alone, in each catalogue typed by one.
    for catalogue in ["Paged", "PagedInts", "Gateway", "BareGateway"] {
        assert!(
            vectors
                .iter()
                .any(|v| v["catalogue"] == catalogue && v["expected"]["evidence"] == "typeUri"),
            "no vector of {catalogue} is known by its type"
        );
    }
    for evidence in ["code", "typeUri", "message", "template", "status", "parent"] {
        assert!(
            seen("evidence", evidence),
            "no vector has evidence {evidence}"
        );
    }
}

/// The TypeScript modules pass `tsc --strict`, and their decoders give
/// what the Rust decoder gives for every vector (`node --test`).
#[test]
fn typescript_decodes_every_vector_as_rust_does() {
    if !tools::typescript_installed() {
        return;
    }
    let dir = tools::target_dir().join("typescript");
    std::fs::create_dir_all(&dir).unwrap();
    let vectors = write_all(&dir);
    let mut modules: Vec<String> = Vec::new();
    each_catalogue!(E => modules.push(format!("{}.ts", module_name::<E>())));
    let mut args = vec![
        "--strict", "--target", "es2020", "--module", "commonjs", "--outDir", "js",
    ];
    args.extend(modules.iter().map(String::as_str));
    tools::run(&tools::tsc(), &args, &dir);
    let runner = tools::root().join("tests/clients/vectors.test.cjs");
    let node = std::path::PathBuf::from("node");
    let vectors = vectors.to_str().unwrap().to_owned();
    let js = dir.join("js");
    let out = std::process::Command::new(node)
        .arg("--test")
        .arg(&runner)
        .env("VECTORS", &vectors)
        .env("MODULES", &js)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "node --test failed:\n{text}");
}

/// The Python modules pass `mypy --strict`, and their decoders give what
/// the Rust decoder gives for every vector (pytest).
#[test]
fn python_decodes_every_vector_as_rust_does() {
    if !tools::python_installed() {
        return;
    }
    let dir = tools::target_dir().join("python");
    std::fs::create_dir_all(&dir).unwrap();
    let vectors = write_all(&dir);
    let mut args = vec!["-m".to_owned(), "mypy".to_owned(), "--strict".to_owned()];
    each_catalogue!(E => args.push(format!("{}.py", module_name::<E>())));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    tools::run(Path::new("python3"), &args, &dir);
    let runner = tools::root().join("tests/clients/test_vectors.py");
    let out = std::process::Command::new("python3")
        .args(["-m", "pytest", "-q", "-p", "no:cacheprovider"])
        .arg(&runner)
        .env("VECTORS", &vectors)
        .env("MODULES", &dir)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "pytest failed:\n{text}");
}
