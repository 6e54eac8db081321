//! The lock reads a `#[body]` field's declared schema (feature `schemars`):
//! members inside an array of structs are locked, so renaming one breaks.

use errcodes::contract::Lock;
use errcodes::ApiError;

mod v1 {
    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct FieldError {
        pub field: String,
    }

    #[allow(dead_code)]
    #[derive(Debug, errcodes::ApiError)]
    pub enum FormError {
        #[code(1, status = 422, msg = "Invalid form")]
        Invalid {
            #[body]
            errors: Vec<FieldError>,
        },
    }
}

mod v2 {
    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct FieldError {
        pub name: String,
    }

    #[allow(dead_code)]
    #[derive(Debug, errcodes::ApiError)]
    pub enum FormError {
        #[code(1, status = 422, msg = "Invalid form")]
        Invalid {
            #[body]
            errors: Vec<FieldError>,
        },
    }
}

fn lock<E: ApiError>() -> Lock {
    Lock::of::<E>()
}

#[test]
fn members_inside_an_array_of_structs_are_locked() {
    let text = lock::<v1::FormError>().to_string();
    assert!(text.contains("errors[].field"), "{text}");
    assert_eq!(Lock::parse(&text).unwrap(), lock::<v1::FormError>());
}

#[test]
fn renaming_a_member_inside_an_array_of_structs_breaks() {
    let changes = lock::<v1::FormError>().diff(&lock::<v2::FormError>());
    let breaking: Vec<&str> = changes
        .iter()
        .filter(|c| c.breaking)
        .map(|c| c.text.as_str())
        .collect();
    assert!(
        breaking.iter().any(|t| t.contains("errors[].field")),
        "{changes:?}"
    );
}

/// A map's values (`additionalProperties`) are what clients parse its
/// entries into: `BTreeMap<String, Quota>` becoming `BTreeMap<String,
/// String>` turns every value from an object into a string, and the lock
/// (which records the map as `object` alone) sees no change.
mod map_values {
    use std::collections::BTreeMap;

    use errcodes::contract::Lock;

    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct Quota {
        pub used: u32,
    }

    mod v1 {
        #[allow(dead_code)]
        #[derive(Debug, errcodes::ApiError)]
        pub enum LimitError {
            #[code(1, status = 429, msg = "Over quota")]
            OverQuota {
                #[body]
                quotas: super::BTreeMap<String, super::Quota>,
            },
        }
    }

    mod v2 {
        #[allow(dead_code)]
        #[derive(Debug, errcodes::ApiError)]
        pub enum LimitError {
            #[code(1, status = 429, msg = "Over quota")]
            OverQuota {
                #[body]
                quotas: super::BTreeMap<String, String>,
            },
        }
    }

    #[test]
    fn a_map_whose_values_change_type_breaks() {
        let (old, new) = (Lock::of::<v1::LimitError>(), Lock::of::<v2::LimitError>());
        let changes = old.diff(&new);
        assert!(
            changes.iter().any(|c| c.breaking),
            "no breaking change:\n{old}\n{new}\n{changes:#?}"
        );
    }
}

/// A body type that refers to one type twice, at each of 14 levels (a
/// `Money` in `price` and `tax`, a `Price` in `before` and `after`, ...):
/// 15 definitions in the schema, but every `$ref` is inlined where it
/// occurs, so the lock holds 2^14 member paths (about 2.3 MB on one line,
/// 44 MB and 10 s at 18 levels, doubling with each level).
mod shared_definitions {
    use errcodes::contract::Lock;

    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct T0 {
        pub v: u8,
    }
    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct T1 {
        pub a: T0,
        pub b: T0,
    }
    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct T2 {
        pub a: T1,
        pub b: T1,
    }
    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct T3 {
        pub a: T2,
        pub b: T2,
    }
    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct T4 {
        pub a: T3,
        pub b: T3,
    }
    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct T5 {
        pub a: T4,
        pub b: T4,
    }
    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct T6 {
        pub a: T5,
        pub b: T5,
    }
    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct T7 {
        pub a: T6,
        pub b: T6,
    }
    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct T8 {
        pub a: T7,
        pub b: T7,
    }
    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct T9 {
        pub a: T8,
        pub b: T8,
    }
    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct T10 {
        pub a: T9,
        pub b: T9,
    }
    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct T11 {
        pub a: T10,
        pub b: T10,
    }
    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct T12 {
        pub a: T11,
        pub b: T11,
    }
    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct T13 {
        pub a: T12,
        pub b: T12,
    }
    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct T14 {
        pub a: T13,
        pub b: T13,
    }

    #[allow(dead_code)]
    #[derive(Debug, errcodes::ApiError)]
    pub enum Wide {
        #[code(1, status = 400, msg = "x")]
        X {
            #[body]
            t: T14,
        },
    }

    #[test]
    fn a_type_used_twice_at_each_level_does_not_blow_up_the_lock() {
        let text = Lock::of::<Wide>().to_string();
        assert!(text.len() < 1_000_000, "a lock of {} bytes", text.len());
    }
}
