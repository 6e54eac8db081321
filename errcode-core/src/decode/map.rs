//! The top level of a body as a JSON object, refusing duplicate members:
//! with two `code` members, any choice between them could be the wrong one.

use core::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde_json::{Map, Value};

use super::error::{DecodeError, CODE_TYPE};
use super::read::Skip;
use crate::CodeBuf;

pub fn parse(body: &[u8]) -> Result<Map<String, Value>, DecodeError> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let object = match de.deserialize_any(ObjectVisitor) {
        Ok(Parsed::Object(object)) => object,
        Ok(Parsed::Duplicate(member)) => return Err(DecodeError::DuplicateMember(member)),
        Ok(Parsed::NotAnObject) => return Err(DecodeError::NotAnObject),
        Err(e) => return Err(DecodeError::Json(e)),
    };
    de.end().map_err(DecodeError::Json)?;
    Ok(object)
}

enum Parsed {
    Object(Map<String, Value>),
    Duplicate(String),
    NotAnObject,
}

struct ObjectVisitor;

impl<'de> Visitor<'de> for ObjectVisitor {
    type Value = Parsed;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Parsed, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let value: Value = map.next_value()?;
            if object.contains_key(&key) {
                // Read the rest, checked as a `Value` would be, so that an
                // error later (syntax, a number out of range, invalid
                // UTF-8) still wins, as it does in the one-pass reader.
                while map.next_key_seed(Skip)?.is_some() {
                    map.next_value_seed(Skip)?;
                }
                return Ok(Parsed::Duplicate(key));
            }
            object.insert(key, value);
        }
        Ok(Parsed::Object(object))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Parsed, E> {
        Ok(Parsed::NotAnObject)
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Parsed, E> {
        Ok(Parsed::NotAnObject)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Parsed, E> {
        Ok(Parsed::NotAnObject)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Parsed, E> {
        Ok(Parsed::NotAnObject)
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Parsed, E> {
        Ok(Parsed::NotAnObject)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Parsed, E> {
        Ok(Parsed::NotAnObject)
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Parsed, A::Error> {
        while seq.next_element::<de::IgnoredAny>()?.is_some() {}
        Ok(Parsed::NotAnObject)
    }
}

pub(super) fn read_code(
    code: Option<(&'static str, Option<&Value>)>,
) -> Result<Option<CodeBuf>, DecodeError> {
    let Some((member, value)) = code else {
        return Ok(None);
    };
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(CodeBuf::Str(s.clone()))),
        Some(Value::Number(n)) => {
            n.as_i64()
                .map(|n| Some(CodeBuf::Int(n)))
                .ok_or(DecodeError::WrongType {
                    member,
                    expected: CODE_TYPE,
                })
        }
        Some(_) => Err(DecodeError::WrongType {
            member,
            expected: CODE_TYPE,
        }),
    }
}

pub(super) fn read_message<'a>(
    message: Option<(&'static str, Option<&'a Value>)>,
) -> Result<Option<&'a str>, DecodeError> {
    let Some((member, value)) = message else {
        return Ok(None);
    };
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(DecodeError::WrongType {
            member,
            expected: "a string",
        }),
    }
}
