//! Every wire fact is in the lock: headers, gRPC codes, exposure, members
//! inside arrays and nested objects, real types (ranges, enum values,
//! string formats) and the body format. One test per fact, each with the
//! explanation a reader of a failing check gets.
//!
//! Ranges, enum values and nested members come from a body's JSON Schema;
//! the `Hand` format supplies those schemas by hand for the Rust types
//! below, as a schema source (schemars) does for real ones, and the lock
//! reads them through the same `Format::entry_schema`.

use errcodes::format::{Format, Member, Plain};
use errcodes::Entry;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::contract::{breaking, compatible};

/// [`Plain`] bodies, with hand-written schemas for the test's body types.
pub struct Hand;

impl Format for Hand {
    const CONTENT_TYPE: &'static str = "application/json";
    const DECODES_BY_MEMBERS: bool = true;
    const MEMBERS: &'static [Member] = <Plain as Format>::MEMBERS;

    fn entry_schema(entry: &Entry) -> Value {
        let mut schema = Plain::entry_schema(entry);
        for field in entry.body_fields() {
            if let Some(own) = schema_of(&field.ty().replace("crate::wire_facts::", "")) {
                schema["properties"][field.member()] = own;
            }
        }
        schema
    }
}

/// The schema a schema source gives each of the test's body types.
fn schema_of(ty: &str) -> Option<Value> {
    let field_error = |member: &str| {
        json!({ "type": "array", "items": {
            "type": "object",
            "properties": { member: { "type": "string" }, "code": { "type": "integer" } },
            "required": [member, "code"],
        } })
    };
    Some(match ty {
        "i8" => json!({ "type": "integer", "format": "int8", "minimum": -128, "maximum": 127 }),
        "u8" => json!({ "type": "integer", "format": "uint8", "minimum": 0, "maximum": 255 }),
        "u64" => json!({ "type": "integer", "format": "uint64", "minimum": 0 }),
        "Two" => json!({ "type": "string", "enum": ["A", "B"] }),
        "Three" => json!({ "type": "string", "enum": ["A", "B", "C"] }),
        "Vec<FieldError>" => field_error("field"),
        "Vec<Renamed>" => field_error("name"),
        "Place" => {
            json!({ "type": "object", "properties": { "x": { "type": "integer" } }, "required": ["x"] })
        }
        "Link" => json!({ "type": "string", "format": "uri" }),
        _ => return None,
    })
}

#[derive(Debug, Serialize, Deserialize)]
pub enum Two {
    A,
    B,
}

#[derive(Debug, Serialize, Deserialize)]
pub enum Three {
    A,
    B,
    C,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct FieldError {
    field: String,
    code: i32,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Renamed {
    name: String,
    code: i32,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Place {
    x: i64,
}

pub type Link = String;

mod headers {
    // A catalogue only: its header-carrying variant is never sent here.
    #[allow(dead_code)]
    #[derive(Debug, errcodes::ApiError)]
    pub enum Api {
        #[code(1, status = 401, msg = "log in", header("WWW-Authenticate" = "Bearer"))]
        Unauthorized,
        #[code(2, status = 429, msg = "slow down")]
        Slow {
            #[header("Retry-After")]
            retry_after: u64,
        },
    }
}

#[test]
fn a_removed_fixed_header_breaks() {
    mod v2 {
        // A catalogue only: its header-carrying variant is never sent here.
        #[allow(dead_code)]
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 401, msg = "log in")]
            Unauthorized,
            #[code(2, status = 429, msg = "slow down")]
            Slow {
                #[header("Retry-After")]
                retry_after: u64,
            },
        }
    }
    assert_eq!(
        breaking::<headers::Api, v2::Api>(),
        [
            "code 1 `Unauthorized`: header `www-authenticate` (always \"Bearer\") was removed: \
             clients reading it find nothing"
        ]
    );
    // The other way round, an addition.
    assert_eq!(
        compatible::<v2::Api, headers::Api>(),
        ["code 1 `Unauthorized`: header `www-authenticate` (always \"Bearer\") was added"]
    );
    assert_eq!(breaking::<v2::Api, headers::Api>(), Vec::<String>::new());
}

#[test]
fn a_changed_fixed_header_value_breaks() {
    mod v2 {
        // A catalogue only: its header-carrying variant is never sent here.
        #[allow(dead_code)]
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 401, msg = "log in", header("WWW-Authenticate" = "Basic"))]
            Unauthorized,
            #[code(2, status = 429, msg = "slow down")]
            Slow {
                #[header("Retry-After")]
                retry_after: u64,
            },
        }
    }
    assert_eq!(
        breaking::<headers::Api, v2::Api>(),
        [
            "code 1 `Unauthorized`: header `www-authenticate` was always \"Bearer\" and is now \
             always \"Basic\": clients that read its value by the old one misread it"
        ]
    );
}

#[test]
fn a_removed_or_optional_field_header_breaks() {
    mod removed {
        // A catalogue only: its header-carrying variant is never sent here.
        #[allow(dead_code)]
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 401, msg = "log in", header("WWW-Authenticate" = "Bearer"))]
            Unauthorized,
            #[code(2, status = 429, msg = "slow down")]
            Slow { retry_after: u64 },
        }
    }
    mod optional {
        // A catalogue only: its header-carrying variant is never sent here.
        #[allow(dead_code)]
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 401, msg = "log in", header("WWW-Authenticate" = "Bearer"))]
            Unauthorized,
            #[code(2, status = 429, msg = "slow down")]
            Slow {
                #[header("Retry-After")]
                retry_after: Option<u64>,
            },
        }
    }
    assert_eq!(
        breaking::<headers::Api, removed::Api>(),
        [
            "code 2 `Slow`: header `retry-after` (a field's value, always sent) was removed: \
             clients reading it find nothing"
        ]
    );
    assert_eq!(
        breaking::<headers::Api, optional::Api>(),
        [
            "code 2 `Slow`: header `retry-after` was always sent and is now optional: clients \
             reading it find nothing on some responses"
        ]
    );
    // Always sent where it was optional: compatible.
    assert_eq!(
        breaking::<optional::Api, headers::Api>(),
        Vec::<String>::new()
    );
    assert_eq!(
        compatible::<optional::Api, headers::Api>(),
        [
            "code 2 `Slow`: header `retry-after` was a field's value, sent when it is set and is \
             now a field's value, always sent"
        ]
    );
}

#[test]
fn a_changed_grpc_code_breaks() {
    mod v1 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 409, grpc = "ALREADY_EXISTS", msg = "taken")]
            Taken,
        }
    }
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 409, grpc = "ABORTED", msg = "taken")]
            Taken,
        }
    }
    assert_eq!(
        breaking::<v1::Api, v2::Api>(),
        [
            "code 1 `Taken` was sent over gRPC as ALREADY_EXISTS and is now ABORTED: clients \
             branching on the status code take another path, and decoding it by the old \
             catalogue answers a status mismatch"
        ]
    );
}

#[test]
fn dropping_expose_on_a_5xx_with_placeholders_breaks() {
    mod v1 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 503, msg = "shard {shard} is down", expose)]
            Down { shard: u32 },
        }
    }
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 503, msg = "shard {shard} is down")]
            Down { shard: u32 },
        }
    }
    assert_eq!(
        breaking::<v1::Api, v2::Api>(),
        [
            "code 1 `Down`: bodies carried the rendered message and now carry the template as \
             written (`expose` was dropped): clients reading placeholder values out of the \
             message find the placeholders instead"
        ]
    );
    assert_eq!(
        compatible::<v2::Api, v1::Api>(),
        [
            "code 1 `Down`: bodies now carry the rendered message (`expose`), where they carried \
             the template as written"
        ]
    );
}

#[test]
fn a_member_renamed_inside_an_array_of_objects_breaks() {
    mod v1 {
        #[derive(Debug, errcodes::ApiError)]
        #[api_error(format = crate::wire_facts::Hand)]
        pub enum Api {
            #[code(1, status = 422, msg = "invalid")]
            Invalid {
                #[body]
                errors: Vec<crate::wire_facts::FieldError>,
            },
        }
    }
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        #[api_error(format = crate::wire_facts::Hand)]
        pub enum Api {
            #[code(1, status = 422, msg = "invalid")]
            Invalid {
                #[body]
                errors: Vec<crate::wire_facts::Renamed>,
            },
        }
    }
    assert_eq!(
        breaking::<v1::Api, v2::Api>(),
        [
            "code 1 `Invalid`: body member `errors[].field` (string) was removed: clients \
             reading it find nothing"
        ]
    );
    assert_eq!(
        compatible::<v1::Api, v2::Api>(),
        ["code 1 `Invalid`: body member `errors[].name` (string) was added"]
    );
}

#[test]
fn a_struct_member_changed_to_a_string_breaks() {
    // With the struct's schema: an object is not a string.
    mod v1 {
        #[derive(Debug, errcodes::ApiError)]
        #[api_error(format = crate::wire_facts::Hand)]
        pub enum Api {
            #[code(1, status = 409, msg = "taken")]
            Taken {
                #[body]
                at: crate::wire_facts::Place,
            },
        }
    }
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        #[api_error(format = crate::wire_facts::Hand)]
        pub enum Api {
            #[code(1, status = 409, msg = "taken")]
            Taken {
                #[body]
                at: String,
            },
        }
    }
    assert_eq!(
        breaking::<v1::Api, v2::Api>(),
        [
            "code 1 `Taken`: body member `at` was object and is now string: clients reading it \
             as object fail",
            "code 1 `Taken`: body member `at.x` (integer) was removed: clients reading it find \
             nothing",
        ]
    );
    // Without a schema for the struct, its type is unknown to the lock, which
    // no longer takes that for "anything" (which made any type narrower).
    mod unknown {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 409, msg = "taken")]
            Taken {
                #[body]
                at: crate::wire_facts::Place,
            },
        }
    }
    mod string {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 409, msg = "taken")]
            Taken {
                #[body]
                at: String,
            },
        }
    }
    assert_eq!(
        breaking::<unknown::Api, string::Api>(),
        [
            "code 1 `Taken`: body member `at` was unknown and is now string: its type was unknown to \
             the lock (no JSON Schema) and clients read it as the Rust type it had, which the \
             lock cannot compare; accept if that type is unchanged"
        ]
    );
}

mod small {
    #[derive(Debug, errcodes::ApiError)]
    #[api_error(format = crate::wire_facts::Hand)]
    pub enum Api {
        #[code(1, status = 429, msg = "slow down")]
        Slow {
            #[body]
            retry_after: i8,
        },
    }
}

mod big {
    #[derive(Debug, errcodes::ApiError)]
    #[api_error(format = crate::wire_facts::Hand)]
    pub enum Api {
        #[code(1, status = 429, msg = "slow down")]
        Slow {
            #[body]
            retry_after: u64,
        },
    }
}

#[test]
fn a_widened_integer_breaks_and_a_narrowed_one_passes() {
    assert_eq!(
        breaking::<small::Api, big::Api>(),
        [
            "code 1 `Slow`: body member `retry_after` was integer -128..=127 format int8 and is \
             now integer 0.. format uint64: values outside -128..=127 overflow clients that parse \
             it into the old range"
        ]
    );
    mod byte {
        #[derive(Debug, errcodes::ApiError)]
        #[api_error(format = crate::wire_facts::Hand)]
        pub enum Api {
            #[code(1, status = 429, msg = "slow down")]
            Slow {
                #[body]
                retry_after: u8,
            },
        }
    }
    assert_eq!(breaking::<big::Api, byte::Api>(), Vec::<String>::new());
    assert_eq!(
        compatible::<big::Api, byte::Api>(),
        [
            "code 1 `Slow`: body member `retry_after` was integer 0.. format uint64 and is now \
             integer 0..=255 format uint8"
        ]
    );
}

mod two {
    #[derive(Debug, errcodes::ApiError)]
    #[api_error(format = crate::wire_facts::Hand)]
    pub enum Api {
        #[code(1, status = 400, msg = "bad kind")]
        BadKind {
            #[body]
            kind: crate::wire_facts::Two,
        },
    }
}

mod three {
    #[derive(Debug, errcodes::ApiError)]
    #[api_error(format = crate::wire_facts::Hand)]
    pub enum Api {
        #[code(1, status = 400, msg = "bad kind")]
        BadKind {
            #[body]
            kind: crate::wire_facts::Three,
        },
    }
}

#[test]
fn a_value_added_to_an_enum_breaks_and_one_removed_passes() {
    assert_eq!(
        breaking::<two::Api, three::Api>(),
        [
            "code 1 `BadKind`: body member `kind` was string one of [\"A\",\"B\"] and is now \
             string one of [\"A\",\"B\",\"C\"]: clients that know only the old values fail on \"C\""
        ]
    );
    assert_eq!(breaking::<three::Api, two::Api>(), Vec::<String>::new());
    assert_eq!(
        compatible::<three::Api, two::Api>(),
        [
            "code 1 `BadKind`: body member `kind` was string one of [\"A\",\"B\",\"C\"] and is \
             now string one of [\"A\",\"B\"]"
        ]
    );
}

#[test]
fn a_string_format_dropped_breaks() {
    mod v1 {
        #[derive(Debug, errcodes::ApiError)]
        #[api_error(format = crate::wire_facts::Hand)]
        pub enum Api {
            #[code(1, status = 410, msg = "moved")]
            Moved {
                #[body]
                to: crate::wire_facts::Link,
            },
        }
    }
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        #[api_error(format = crate::wire_facts::Hand)]
        pub enum Api {
            #[code(1, status = 410, msg = "moved")]
            Moved {
                #[body]
                to: String,
            },
        }
    }
    assert_eq!(
        breaking::<v1::Api, v2::Api>(),
        [
            "code 1 `Moved`: body member `to` was string format uri and is now string: clients \
             parsing it as uri fail"
        ]
    );
    assert_eq!(breaking::<v2::Api, v1::Api>(), Vec::<String>::new());
}

#[test]
fn another_format_with_the_same_content_type_breaks() {
    mod v1 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(20001, status = 404, msg = "System not found.")]
            SystemNotFound,
        }
    }
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        #[api_error(format = errcodes::format::PluralKit)]
        pub enum Api {
            #[code(20001, status = 404, msg = "System not found.")]
            SystemNotFound,
        }
    }
    assert_eq!(
        breaking::<v1::Api, v2::Api>(),
        [
            "bodies were in the `plain` format and are now in `pluralkit`: clients decode a body \
             by its format's rules (where the code and message are, which members it has), and \
             read these by the old ones"
        ]
    );
}

/// Descriptions (doc comments, member docs) and titles are for readers, not
/// clients: outside the contract, as the message is where clients do not
/// read it.
#[test]
fn descriptions_stay_outside_the_contract() {
    mod v1 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            /// The member does not exist.
            #[code(1, status = 404, msg = "not found")]
            NotFound {
                /// Which member.
                #[body]
                id: u32,
            },
        }
    }
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            /// No member has this id, or it was deleted.
            #[code(1, status = 404, msg = "no such member", title = "Not found")]
            NotFound {
                /// The id asked for.
                #[body]
                id: u32,
            },
        }
    }
    assert_eq!(crate::contract::changes::<v1::Api, v2::Api>(), vec![]);
}
