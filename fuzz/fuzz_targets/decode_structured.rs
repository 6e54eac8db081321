//! Structure-aware: the input chooses a catalogue (all six built-in
//! formats), an entry, values for its placeholders (arbitrary Unicode and
//! multi-byte characters), edits to the message next to its placeholders and
//! ends, edits to the other members (wrong types, other codes, duplicates)
//! and to the bytes (truncation, lone surrogate escapes, invalid UTF-8).
//! `hostile::run` builds that body from the entry's documented example,
//! decodes it and checks the outcome.

#![no_main]

#[path = "../../tests/common/hostile.rs"]
mod hostile;

use hostile::{At, ByteEdit, Edit, Json, Member, MemberEdit, Plan, TRICKY_BYTES, TRICKY_CHARS};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

/// Text that mixes arbitrary Unicode with the characters and fragments a
/// matcher gets wrong.
fn text(u: &mut Unstructured) -> Result<String> {
    let mut s = String::new();
    for _ in 0..u.int_in_range(0..=6)? {
        match u.int_in_range(0..=4)? {
            0 => s.push_str(&u.arbitrary::<String>()?),
            1 => s.push(u.arbitrary::<char>()?),
            2 => {
                let c = *u.choose(TRICKY_CHARS)?;
                for _ in 0..u.int_in_range(1..=3)? {
                    s.push(c);
                }
            }
            3 => {
                let entries = hostile::entries(u.arbitrary()?);
                s.push_str(u.choose(entries)?.template_or_name());
            }
            _ => s.push_str(u.choose(&["x", " ", "'", ".", "{", "}", "{x}", "é{a}"])?),
        }
    }
    Ok(s)
}

fn at(u: &mut Unstructured) -> Result<At> {
    Ok(At {
        at: u.arbitrary()?,
        offset: u.int_in_range(-3..=3)?,
    })
}

fn json(u: &mut Unstructured, depth: u8) -> Result<Json> {
    Ok(match u.int_in_range(0..=8)? {
        0 => Json::Null,
        1 => Json::Bool(u.arbitrary()?),
        2 => Json::Int(u.arbitrary()?),
        3 => Json::Uint(u.arbitrary()?),
        4 => Json::Float(u.arbitrary()?),
        5 => Json::Nested(u.arbitrary()?),
        6 if depth < 3 => {
            let mut members = Vec::new();
            for _ in 0..u.int_in_range(0..=3)? {
                members.push((text(u)?, json(u, depth + 1)?));
            }
            Json::Object(members)
        }
        _ => Json::Str(text(u)?),
    })
}

fn member(u: &mut Unstructured) -> Result<Member> {
    Ok(match u.int_in_range(0..=4)? {
        0 => Member::Code,
        1 => Member::Message,
        2 => Member::Body(u.arbitrary()?),
        3 => Member::Ancestors,
        _ => Member::Other(text(u)?),
    })
}

fn plan(u: &mut Unstructured) -> Result<Plan> {
    let mut plan = Plan {
        catalogue: u.arbitrary()?,
        entry: u.arbitrary()?,
        status: match u.int_in_range(0..=3)? {
            0 => 0,
            1 => 1,
            2 => 2,
            _ => u.arbitrary()?,
        },
        ..Plan::default()
    };
    for _ in 0..u.int_in_range(0..=3)? {
        plan.fills.push(text(u)?);
    }
    for _ in 0..u.int_in_range(0..=4)? {
        plan.edits.push(match u.int_in_range(0..=3)? {
            0 => Edit::Truncate(at(u)?),
            1 => Edit::Remove(at(u)?, u.int_in_range(1..=4)?),
            _ => Edit::Insert(at(u)?, text(u)?),
        });
    }
    for _ in 0..u.int_in_range(0..=2)? {
        plan.members.push(match u.int_in_range(0..=4)? {
            0 => MemberEdit::OtherCode(u.arbitrary()?),
            1 => MemberEdit::Remove(member(u)?),
            2 => MemberEdit::UnknownCode,
            3 => MemberEdit::Ancestors(u.arbitrary()?),
            _ => MemberEdit::Set(member(u)?, json(u, 0)?),
        });
    }
    for _ in 0..u.int_in_range(0..=2)? {
        plan.bytes.push(match u.int_in_range(0..=2)? {
            0 => ByteEdit::Truncate(u.arbitrary()?),
            1 => ByteEdit::Insert {
                in_message: u.arbitrary()?,
                at: u.int_in_range(0..=64)?,
                bytes: u.choose(TRICKY_BYTES)?.to_vec(),
            },
            _ => ByteEdit::Duplicate(member(u)?, json(u, 0)?),
        });
    }
    Ok(plan)
}

fuzz_target!(|data: &[u8]| {
    if let Ok(plan) = plan(&mut Unstructured::new(data)) {
        hostile::run(&plan);
    }
});
