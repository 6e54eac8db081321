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
