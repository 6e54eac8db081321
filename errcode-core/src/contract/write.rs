//! A lock as text: a comment, a header line, one JSON line per entry sorted
//! by code, one per operation, then one per retired code, so that a change
//! is a one-line diff.

use std::fmt;

use super::{json, Header, Lock, Locked, LockedOperation, LockedRetirement, ACCEPT_VAR};
use crate::{CodeBuf, Fault, RetryClass};

impl fmt::Display for Lock {
    /// The lock file: a comment, a header line, then one JSON line per
    /// entry and per retired code; in the version it was read in.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "# The error contract of {}, checked by errcodes::contract; rewrite with {ACCEPT_VAR}=1.",
            self.type_name
        )?;
        write!(
            f,
            "{{\"errcode_contract\":{},\"type\":{},\"content_type\":{}",
            self.version,
            json(&self.type_name),
            json(&self.content_type)
        )?;
        if let Some(format) = &self.format {
            write!(f, ",\"format\":{}", json(format))?;
        }
        if self.require_since {
            f.write_str(",\"require_since\":true")?;
        }
        f.write_str("}\n")?;
        for entry in &self.entries {
            entry.fmt(f)?;
        }
        for operation in &self.operations {
            operation.fmt(f)?;
        }
        for retired in &self.retired {
            retired.fmt(f)?;
        }
        Ok(())
    }
}

fn code_json(code: Option<&CodeBuf>) -> String {
    match code {
        Some(CodeBuf::Int(n)) => n.to_string(),
        Some(CodeBuf::Str(s)) => json(s),
        None => "null".to_owned(),
    }
}

impl fmt::Display for Locked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{{\"code\":{},\"name\":{},\"status\":{}",
            code_json(self.code.as_ref()),
            json(&self.name),
            self.status
        )?;
        if let Some(parent) = &self.parent {
            write!(f, ",\"parent\":{}", code_json(Some(parent)))?;
        }
        if let Some(grpc) = &self.grpc {
            write!(f, ",\"grpc\":{}", json(grpc))?;
        }
        if self.retry != RetryClass::for_status(self.status) {
            write!(f, ",\"retry\":{}", json(self.retry.name()))?;
        }
        if self.fault != Fault::for_status(self.status) {
            write!(f, ",\"fault\":{}", json(self.fault.name()))?;
        }
        if !self.also_status.is_empty() {
            write!(f, ",\"also_status\":{}", json(&self.also_status))?;
        }
        if self.shared {
            f.write_str(",\"shared\":true")?;
        }
        if !self.placeholders.is_empty() {
            write!(f, ",\"placeholders\":{}", json(&self.placeholders))?;
        }
        if let Some(exposed) = self.exposed {
            write!(f, ",\"exposed\":{exposed}")?;
        }
        if let Some(message) = &self.message {
            write!(f, ",\"message\":{}", json(message))?;
        }
        f.write_str(",\"members\":{")?;
        for (i, (member, ty)) in self.members.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(f, "{}:{}", json(member), json(&ty.to_string()))?;
        }
        f.write_str("}")?;
        if let Some((member, unit)) = &self.retry_after {
            write!(
                f,
                ",\"retry_after\":{{{}:{}}}",
                json(member),
                json(unit.name())
            )?;
        }
        if let Some(headers) = self.headers.as_ref().filter(|h| !h.is_empty()) {
            f.write_str(",\"headers\":{")?;
            for (i, (name, header)) in headers.iter().enumerate() {
                if i > 0 {
                    f.write_str(",")?;
                }
                write!(f, "{}:{}", json(name), json(&header.to_string()))?;
            }
            f.write_str("}")?;
        }
        if let Some(since) = &self.since {
            write!(f, ",\"since\":{}", json(since))?;
        }
        for (key, pairs) in [
            ("member_since", &self.member_since),
            ("header_since", &self.header_since),
        ] {
            if !pairs.is_empty() {
                write!(f, ",\"{key}\":{{")?;
                for (i, (name, since)) in pairs.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{}:{}", json(name), json(since))?;
                }
                f.write_str("}")?;
            }
        }
        if let Some(deprecated) = &self.deprecated {
            write!(f, ",\"deprecated\":{}", json(&deprecated.since))?;
            if let Some(code) = &deprecated.replaced_by {
                write!(f, ",\"replaced_by\":{}", code_json(Some(code)))?;
            }
        }
        f.write_str("}\n")
    }
}

impl fmt::Display for LockedOperation {
    /// `{"operation":"GetMemberErrors","method":"GET","path":"/members/{id}",
    /// "errors":[[404,34404,"MemberNotFound"]]}`: each entry as its status,
    /// code and name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{{\"operation\":{},\"method\":{},\"path\":{},\"errors\":[",
            json(&self.id),
            json(&self.method),
            json(&self.path)
        )?;
        for (i, error) in self.errors.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(
                f,
                "[{},{},{}]",
                error.status,
                code_json(error.code.as_ref()),
                json(&error.name)
            )?;
        }
        f.write_str("]}\n")
    }
}

impl fmt::Display for LockedRetirement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{{\"retired\":{}", code_json(Some(&self.code)))?;
        if let Some(name) = &self.name {
            write!(f, ",\"name\":{}", json(name))?;
        }
        if let Some(note) = &self.note {
            write!(f, ",\"note\":{}", json(note))?;
        }
        f.write_str("}\n")
    }
}

impl fmt::Display for Header {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Header::Fixed(value) => write!(f, "= {value}"),
            Header::Field { optional: false } => f.write_str("always"),
            Header::Field { optional: true } => f.write_str("optional"),
        }
    }
}
