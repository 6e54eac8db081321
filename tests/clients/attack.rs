//! Attacks on the generated clients: each test a minimal reproduction of
//! a way a generated module disagrees with the Rust decoder, or does not
//! compile under `tsc --strict` / `mypy --strict`.

use std::path::PathBuf;
use std::process::Command;

use errcodes::ApiError;
use serde_json::{json, Value};

use crate::catalogues::module_name;
use crate::tools;

fn output(out: std::process::Output) -> (bool, String) {
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// `dir` under target/clients/attack, fresh.
fn fresh(name: &str) -> PathBuf {
    let dir = tools::target_dir().join("attack").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `bodies` (bytes, status) through `E`'s TypeScript and Python
/// `decode` and fails where either differs from the Rust decoder.
pub fn agree<E: ApiError + 'static>(test: &str, bodies: &[(&[u8], Option<u16>)]) {
    let vectors: Vec<Value> = bodies
        .iter()
        .map(|(b, s)| crate::vectors::vector::<E>(b, 0, *s))
        .collect();
    let name = module_name::<E>();
    let mut failures = String::new();
    if tools::typescript_installed() {
        let dir = fresh(&format!("{test}-ts"));
        std::fs::write(
            dir.join(format!("{name}.ts")),
            errcodes::clients::typescript::<E>(),
        )
        .unwrap();
        let file = dir.join("vectors.json");
        std::fs::write(&file, json!({ "vectors": vectors }).to_string()).unwrap();
        tools::run(
            &tools::tsc(),
            &[
                "--strict",
                "--target",
                "es2020",
                "--module",
                "commonjs",
                "--outDir",
                "js",
                &format!("{name}.ts"),
            ],
            &dir,
        );
        let (ok, text) = output(
            Command::new("node")
                .arg("--test")
                .arg(tools::root().join("tests/clients/vectors.test.cjs"))
                .env("VECTORS", &file)
                .env("MODULES", dir.join("js"))
                .output()
                .unwrap(),
        );
        if !ok {
            failures.push_str(&format!("TypeScript:\n{text}\n"));
        }
    }
    if tools::python_installed() {
        let dir = fresh(&format!("{test}-py"));
        std::fs::write(
            dir.join(format!("{name}.py")),
            errcodes::clients::python::<E>(),
        )
        .unwrap();
        let file = dir.join("vectors.json");
        std::fs::write(&file, json!({ "vectors": vectors }).to_string()).unwrap();
        let (ok, text) = output(
            Command::new("python3")
                .args(["-m", "pytest", "-q", "-p", "no:cacheprovider"])
                .arg(tools::root().join("tests/clients/test_vectors.py"))
                .env("VECTORS", &file)
                .env("MODULES", &dir)
                .env("PYTHONDONTWRITEBYTECODE", "1")
                .output()
                .unwrap(),
        );
        if !ok {
            failures.push_str(&format!("Python:\n{text}\n"));
        }
    }
    assert!(failures.is_empty(), "{failures}");
}

/// `E`'s TypeScript module passes `tsc --strict` and its Python module
/// `mypy --strict` (and imports).
pub fn compiles<E: ApiError>(test: &str) {
    let name = module_name::<E>();
    let mut failures = String::new();
    if tools::typescript_installed() {
        let dir = fresh(&format!("{test}-ts"));
        std::fs::write(
            dir.join(format!("{name}.ts")),
            errcodes::clients::typescript::<E>(),
        )
        .unwrap();
        let (ok, text) = output(
            Command::new(tools::tsc())
                .args([
                    "--strict",
                    "--target",
                    "es2020",
                    "--module",
                    "commonjs",
                    "--noEmit",
                    &format!("{name}.ts"),
                ])
                .current_dir(&dir)
                .output()
                .unwrap(),
        );
        if !ok {
            failures.push_str(&format!("tsc --strict:\n{text}\n"));
        }
    }
    if tools::python_installed() {
        let dir = fresh(&format!("{test}-py"));
        std::fs::write(
            dir.join(format!("{name}.py")),
            errcodes::clients::python::<E>(),
        )
        .unwrap();
        let (ok, text) = output(
            Command::new("python3")
                .args([
                    "-m",
                    "mypy",
                    "--strict",
                    "--no-incremental",
                    &format!("{name}.py"),
                ])
                .current_dir(&dir)
                .output()
                .unwrap(),
        );
        if !ok {
            failures.push_str(&format!("mypy --strict:\n{text}\n"));
        }
    }
    assert!(failures.is_empty(), "{failures}");
}

// attack: an integer of 5,000 digits in a member the format ignores makes Python's `decode` raise ValueError (int's 4,300-digit limit), where Rust says `json`
#[test]
fn python_decode_does_not_raise_on_an_integer_past_pythons_digit_limit() {
    let body = format!(
        "{{\"code\": 31501, \"message\": \"Account not logged in, Unable to use (AID is empty)\", \"data\": null, \"x\": 1{}}}",
        "0".repeat(5000)
    );
    agree::<crate::catalogues::Fresns>("digits", &[(body.as_bytes(), None)]);
}

mod names {
    #![allow(non_camel_case_types, dead_code)]
    use errcodes::ApiError;

    #[derive(Debug, ApiError)]
    pub enum PyNone {
        #[code(1, status = 400, msg = "none")]
        None,
    }

    #[derive(Debug, ApiError)]
    pub enum TsKeyword {
        #[code(1, status = 400, msg = "class")]
        class,
    }

    #[derive(Debug, ApiError)]
    pub enum CaseOnly {
        #[code(1, status = 400, msg = "a")]
        HttpError,
        #[code(2, status = 400, msg = "b")]
        HTTPError,
    }

    #[derive(Debug, ApiError)]
    pub enum MembersSuffix {
        #[code(1, status = 400, msg = "too many")]
        TooMany,
        #[code(2, status = 400, msg = "too many members")]
        TooManyMembers,
    }

    #[derive(Debug, ApiError)]
    pub enum TsRuntimeName {
        #[code(1, status = 400, msg = "parsed")]
        Parsed,
    }

    #[derive(Debug, ApiError)]
    pub enum TsGlobal {
        #[code(1, status = 400, msg = "bytes")]
        Uint8Array,
    }

    #[derive(Debug, ApiError)]
    pub enum TakenTwice {
        #[code(1, status = 400, msg = "code")]
        Code,
        #[code(2, status = 400, msg = "code entry")]
        CodeEntry,
    }

    #[derive(Debug, ApiError)]
    pub enum PyImport {
        #[code(1, status = 400, msg = "callable")]
        Callable,
    }

    #[derive(Debug, ApiError)]
    pub enum QuotedEnd {
        #[code(1, status = 400, msg = "Unknown field \"name\"")]
        UnknownField,
    }

    #[derive(Debug, ApiError)]
    pub enum Proto {
        #[code(1, status = 400, msg = "member")]
        Member {
            #[body]
            __proto__: serde_json::Value,
        },
        #[code(2, status = 400, msg = "Bad {__proto__}")]
        Param { __proto__: String },
    }
}

// attack: a variant named `None` (valid Rust) becomes `class None(Known)`, a Python syntax error
#[test]
fn a_variant_named_none_generates_valid_python() {
    compiles::<names::PyNone>("py-none");
}

// attack: a variant named `class` (valid Rust) becomes `export interface class`, a TypeScript syntax error
#[test]
fn a_variant_named_class_generates_valid_typescript() {
    compiles::<names::TsKeyword>("ts-class");
}

// attack: `HttpError` and `HTTPError` both become Python's `is_http_error`, the second guard replacing the first
#[test]
fn variants_differing_in_case_get_distinct_python_guards() {
    compiles::<names::CaseOnly>("case-only");
}

// attack: variants `TooMany` and `TooManyMembers`: the first's TypedDict `TooManyMembers` and the second's class share a name
#[test]
fn a_variant_ending_in_members_does_not_collide_with_a_typed_dict() {
    compiles::<names::MembersSuffix>("members-suffix");
}

// attack: a variant named `Parsed` merges with the TypeScript runtime's own `interface Parsed`
#[test]
fn a_variant_named_like_a_runtime_type_generates_valid_typescript() {
    compiles::<names::TsRuntimeName>("ts-parsed");
}

// attack: a variant named `Uint8Array` shadows the global that `decode`'s parameter is typed with
#[test]
fn a_variant_named_uint8array_generates_valid_typescript() {
    compiles::<names::TsGlobal>("ts-uint8array");
}

// attack: variants `Code` and `CodeEntry`: `Code` is renamed `CodeEntry`, the other's name
#[test]
fn a_renamed_variant_does_not_take_another_variants_name() {
    compiles::<names::TakenTwice>("taken-twice");
}

// attack: a variant named `Callable` shadows the `typing.Callable` the Python runtime imports
#[test]
fn a_variant_named_callable_generates_valid_python() {
    compiles::<names::PyImport>("py-callable");
}

// attack: a message ending in `"` closes the class docstring early (`..."name""""`): a Python syntax error
#[test]
fn a_message_ending_in_a_quote_generates_valid_python() {
    compiles::<names::QuotedEnd>("quoted-end");
}

// attack: a `#[body]` member named `__proto__`: TypeScript's `fields["__proto__"] = value` sets the object's prototype instead (the member is lost, its contents readable as inherited fields)
#[test]
fn a_body_member_named_proto_decodes_as_in_rust() {
    let body = br#"{"code":1,"message":"member","__proto__":{"admin":true}}"#;
    agree::<names::Proto>("proto-member", &[(body, Some(400))]);
}

// attack: a placeholder named `__proto__`: typed `params: { "__proto__": string }` in TypeScript, but `params["__proto__"] = text` leaves it out
#[test]
fn a_placeholder_named_proto_is_in_typescript_params() {
    if !tools::typescript_installed() {
        return;
    }
    let dir = fresh("proto-param");
    std::fs::write(
        dir.join("Proto.ts"),
        errcodes::clients::typescript::<names::Proto>(),
    )
    .unwrap();
    tools::run(
        &tools::tsc(),
        &[
            "--strict", "--target", "es2020", "--module", "commonjs", "--outDir", "js", "Proto.ts",
        ],
        &dir,
    );
    let decoded = names::Proto::decode(br#"{"code":2,"message":"Bad x"}"#, None).unwrap();
    assert!(
        matches!(decoded, errcodes::decode::Decoded::Known(ref r) if matches!(&r.error, names::Proto::Param { __proto__ } if __proto__ == "x")),
        "{decoded:?}"
    );
    let script = r#"const d = require("./js/Proto.js").decode(null, '{"code":2,"message":"Bad x"}');
if (d.kind !== "known" || !Object.prototype.hasOwnProperty.call(d.params, "__proto__") || d.params["__proto__"] !== "x") {
  console.error(JSON.stringify(d)); process.exit(1);
}"#;
    let (ok, text) = output(
        Command::new("node")
            .arg("-e")
            .arg(script)
            .current_dir(&dir)
            .output()
            .unwrap(),
    );
    assert!(
        ok,
        "TypeScript lost the placeholder Rust read back as \"x\": {text}"
    );
}

mod more_names {
    #![allow(dead_code)]
    use errcodes::ApiError;

    #[derive(Debug, ApiError)]
    pub enum Builtin {
        #[code(1, status = 400, msg = "a value")]
        ValueError,
    }

    #[derive(Debug, ApiError)]
    pub enum Colour {
        #[code(1, status = 400, msg = "white")]
        White,
    }
}

// attack: a variant named `White` gives `export function isWhite`, which the TypeScript runtime's own `function isWhite` already is
#[test]
fn a_variant_named_white_generates_valid_typescript() {
    compiles::<more_names::Colour>("ts-white");
}

// attack: a code of exactly 2^53 (not past it) is given as the string "9007199254740992" by TypeScript, against README ("a code past 2^53 is its digits as a string") and the vectors' rule (a number up to 2^53)
#[test]
fn a_code_of_two_to_the_53_is_a_number_in_typescript() {
    let body = br#"{"code": 9007199254740992, "message": "m", "data": null}"#;
    agree::<crate::catalogues::Fresns>("two-pow-53", &[(body, None)]);
}

// attack: a variant named `ValueError` becomes `class ValueError(Known)`, shadowing the builtin the Python runtime catches (`except (StopIteration, ValueError, RecursionError)`)
#[test]
fn a_variant_named_like_a_python_builtin_generates_valid_python() {
    compiles::<more_names::Builtin>("py-value-error");
}

mod floats {
    #![allow(dead_code)]
    use errcodes::ApiError;

    #[derive(Debug, ApiError)]
    pub enum Measured {
        #[code(1, status = 400, msg = "out of range")]
        OutOfRange {
            #[body]
            ratio: f64,
        },
    }
}

// attack: serde_json's default float parsing (no `float_roundtrip`) reads 0.10174759782902693e39 as 1.0174759782902692e38; JavaScript and Python read the correctly rounded 1.0174759782902694e38, so a `#[body]` f64 member differs in its last bit
#[test]
fn a_float_member_decodes_to_the_same_double_as_in_rust() {
    let body = br#"{"code": 1, "message": "out of range", "ratio": 0.10174759782902693e39}"#;
    agree::<floats::Measured>("float-roundtrip", &[(body, Some(400))]);
}
