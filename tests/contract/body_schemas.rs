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
