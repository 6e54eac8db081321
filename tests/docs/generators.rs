//! The OpenAPI documents of the seed catalogues, the demo's and a catalogue
//! of string codes, in OpenAPI 3.1 and 3.0, through the client generators
//! teams use (`tools/generators/check.sh`): openapi-typescript then
//! `tsc --strict` (with assertions that codes are literal types),
//! datamodel-code-generator with its defaults, and progenitor, whose client
//! of each 3.0 document must build. Each document has two operations: one
//! that may return every entry (its responses `$ref` the shared components)
//! and one that may return the first entry of each status (its responses
//! written in, with only those codes).

use std::fmt::Write as _;
use std::marker::PhantomData;
use std::path::{Path, PathBuf};
use std::process::Command;

use errcodes::docs::{OpenApi, Spec, View};
use errcodes::{ApiError, Code, DeclaredErrors, Entry, ErrorSet, Operation};
use errcodes_catalogues::{cocam, fresns, kakao, mastodon, pluralkit};

use crate::common::validators::{ready, root};

use crate::demo;

/// A catalogue of string codes, in Matrix's format.
#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Matrix)]
pub enum MatrixError {
    #[code("M_FORBIDDEN", status = 403, msg = "You are not allowed to do that")]
    Forbidden,
    #[code("M_UNKNOWN_TOKEN", status = 401, msg = "Unrecognised access token")]
    UnknownToken,
    #[code("M_MISSING_TOKEN", status = 401, msg = "Missing access token")]
    MissingToken,
}

/// Every entry of `E`: the operation `GET /errors`.
struct Every<E>(PhantomData<E>);

impl<E: ApiError + 'static> DeclaredErrors for Every<E> {
    type Error = E;

    fn declares(_: &Entry) -> bool {
        true
    }
}

impl<E: ApiError + 'static> ErrorSet for Every<E> {
    const NAME: &'static str = "listErrors";

    fn allows(_: &E) -> bool {
        true
    }
}

/// The first entry of each status of `E`: the operation `GET /errors/first`.
struct FirstOfEachStatus<E>(PhantomData<E>);

impl<E: ApiError + 'static> DeclaredErrors for FirstOfEachStatus<E> {
    type Error = E;

    fn declares(entry: &Entry) -> bool {
        E::catalogue()
            .all_entries()
            .find(|e| e.status() == entry.status())
            .is_some_and(|first| core::ptr::eq(first, entry))
    }
}

impl<E: ApiError + 'static> ErrorSet for FirstOfEachStatus<E> {
    const NAME: &'static str = "firstErrors";

    fn allows(error: &E) -> bool {
        Self::declares(error.info())
    }
}

/// The entries of the `N`th status of `E` (in the order the catalogue
/// first uses them), but those sent with several statuses: the operation
/// `GET /status/N`. progenitor takes operations whose error responses
/// share one schema (it asserts so), which an operation of one status has.
struct NthStatus<E, const N: usize>(PhantomData<E>);

impl<E: ApiError + 'static, const N: usize> DeclaredErrors for NthStatus<E, N> {
    type Error = E;

    fn declares(entry: &Entry) -> bool {
        let mut statuses: Vec<Option<u16>> = Vec::new();
        for status in E::catalogue().all_entries().map(Entry::status) {
            if !statuses.contains(&status) {
                statuses.push(status);
            }
        }
        entry.also_statuses().is_empty() && statuses.get(N) == Some(&entry.status())
    }
}

impl<E: ApiError + 'static, const N: usize> ErrorSet for NthStatus<E, N> {
    const NAME: &'static str = "statusErrors";

    fn allows(error: &E) -> bool {
        Self::declares(error.info())
    }
}

/// One operation per status of `E` (up to 16), each with its entries.
fn by_status<E: ApiError + 'static>() -> Vec<Operation> {
    macro_rules! nth {
        ($($n:literal)*) => {
            [$(Operation::new::<NthStatus<E, $n>>("GET", concat!("/status/", $n))),*]
        };
    }
    let all = nth!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15);
    let operations: Vec<Operation> = all
        .into_iter()
        .filter(|o| !o.entries().is_empty())
        .collect();
    let covered = E::catalogue()
        .all_entries()
        .filter(|e| e.also_statuses().is_empty())
        .all(|e| operations.iter().any(|o| o.declares(e)));
    assert!(
        covered,
        "more than 16 statuses in {}",
        E::catalogue().type_name()
    );
    operations
}

/// Writes four documents of `E`, in OpenAPI 3.1 and 3.0: `{name}.json`
/// and `{name}-3.0.json` with the two operations, `{name}-by-status.json`
/// and `{name}-by-status-3.0.json` (progenitor's) with one operation per
/// status; and `{name}-check.ts` and `{name}-3.0-check.ts`, assertions on
/// the types openapi-typescript generates from the first two.
fn write<E: ApiError + 'static>(dir: &Path, name: &str) {
    let view = View::of::<E>();
    let by_status = by_status::<E>();
    let operations = [
        Operation::new::<Every<E>>("GET", "/errors"),
        Operation::new::<FirstOfEachStatus<E>>("GET", "/errors/first"),
    ];
    for (suffix, operations) in [("", &operations[..]), ("-by-status", &by_status)] {
        let document = OpenApi::new(&view).operations(operations);
        for (spec, version) in [(Spec::V3_1, ""), (Spec::V3_0, "-3.0")] {
            std::fs::write(
                dir.join(format!("{name}{suffix}{version}.json")),
                document.spec(spec).to_string_pretty("1.0.0"),
            )
            .unwrap();
        }
    }
    for document in [name.to_owned(), format!("{name}-3.0")] {
        std::fs::write(
            dir.join(format!("{document}-check.ts")),
            assertions(&document, &view),
        )
        .unwrap();
    }
}

/// TypeScript that type-checks only if each response's `code` is the union
/// of its entries' codes as literal types: a code of the response is
/// accepted, a code of no entry and a code of the other kind are not
/// (`@ts-expect-error` fails the check where they are accepted).
fn assertions(name: &str, view: &View) -> String {
    let mut ts = format!("import type {{ operations }} from \"./{name}\";\n");
    // The code member of these formats' bodies (Matrix's `errcode`).
    let Some(member) = ["code", "errcode"]
        .into_iter()
        .find(|m| view.json_schema()["properties"].get(m).is_some())
    else {
        // Mastodon's bodies carry no code: the types must still check.
        ts.push_str("export type Responses = operations[\"listErrors\"][\"responses\"];\n");
        return ts;
    };
    let entries: Vec<&Entry> = view.entries().iter().map(|e| e.entry()).collect();
    let unknown = match entries.iter().find_map(|e| match e.code() {
        Code::Str(_) => Some(()),
        _ => None,
    }) {
        Some(()) => ("\"NOT_A_CODE\"".to_owned(), "0".to_owned()),
        None => {
            let max = entries
                .iter()
                .filter_map(|e| match e.code() {
                    Code::Int(n) => Some(n),
                    _ => None,
                })
                .max()
                .unwrap_or(0);
            ((max + 1).to_string(), "\"0\"".to_owned())
        }
    };
    for (operation, first_only) in [("listErrors", false), ("firstErrors", true)] {
        let mut seen: Vec<String> = Vec::new();
        for entry in &entries {
            let status = entry
                .status()
                .map_or_else(|| "default".to_owned(), |s| s.to_string());
            let first = !seen.contains(&status);
            if first_only && !first {
                continue;
            }
            seen.push(status.clone());
            let code = match entry.code() {
                Code::Int(n) => n.to_string(),
                Code::Str(s) => format!("{s:?}"),
                Code::None => "null".to_owned(),
            };
            let body = format!(
                "operations[\"{operation}\"][\"responses\"][\"{status}\"][\"content\"][\"{}\"]",
                view.content_type()
            );
            let id = format!("{operation}_{}_{}", status, entry.index());
            let _ = writeln!(
                ts,
                "export const known_{id}: {body}[\"{member}\"] = {code};"
            );
            if first {
                let (unknown, wrong_kind) = &unknown;
                let _ = writeln!(
                    ts,
                    "// @ts-expect-error: no entry of this response has this code\n\
                     export const unknown_{id}: {body}[\"{member}\"] = {unknown};\n\
                     // @ts-expect-error: the catalogue's codes are of the other kind\n\
                     export const kind_{id}: {body}[\"{member}\"] = {wrong_kind};"
                );
            }
        }
    }
    // A response of the first operation carries only the first entry's code.
    if let Some(second) = entries
        .iter()
        .enumerate()
        .find(|(i, e)| entries[..*i].iter().any(|f| f.status() == e.status()))
        .map(|(_, e)| e)
        .filter(|e| {
            e.code()
                != entries
                    .iter()
                    .find(|f| f.status() == e.status())
                    .unwrap()
                    .code()
        })
    {
        let status = second
            .status()
            .map_or_else(|| "default".to_owned(), |s| s.to_string());
        let code = match second.code() {
            Code::Int(n) => n.to_string(),
            Code::Str(s) => format!("{s:?}"),
            Code::None => "null".to_owned(),
        };
        let _ = writeln!(
            ts,
            "// @ts-expect-error: this operation does not return that entry\n\
             export const undeclared: operations[\"firstErrors\"][\"responses\"][\"{status}\"]\
             [\"content\"][\"{}\"][\"{member}\"] = {code};",
            view.content_type()
        );
    }
    ts
}

/// Whether the generators are installed: `npm ci` in `tools/generators`,
/// `pip install datamodel-code-generator`, and the progenitor check's
/// crates fetched (`cargo fetch` in `tools/progenitor`).
fn installed() -> bool {
    let npm = root().join("tools/generators/node_modules/.bin/openapi-typescript");
    let python = Command::new("datamodel-codegen")
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success());
    let crates = Command::new("cargo")
        .args(["fetch", "--offline", "--manifest-path"])
        .arg(root().join("tools/progenitor/Cargo.toml"))
        .output()
        .is_ok_and(|out| out.status.success());
    npm.exists() && python && crates
}

#[test]
fn every_generator_accepts_every_document_and_codes_are_literal_types() {
    if !ready(
        installed(),
        "the client generators",
        "cd tools/generators && npm ci; pip install datamodel-code-generator; \
         cargo fetch --manifest-path tools/progenitor/Cargo.toml",
    ) {
        return;
    }
    let dir: PathBuf = root().join("target/generators");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    write::<cocam::CocamError>(&dir, "cocam");
    write::<fresns::FresnsError>(&dir, "fresns");
    write::<kakao::KakaoGameError>(&dir, "kakao");
    write::<mastodon::MastodonError>(&dir, "mastodon");
    write::<pluralkit::PluralKitError>(&dir, "pluralkit");
    write::<demo::AccountError>(&dir, "demo");
    write::<MatrixError>(&dir, "matrix");
    // PluralKit's `errors` is a map of lists, not an object without members.
    std::fs::write(
        dir.join("pluralkit-errors.ts"),
        "import type { components } from \"./pluralkit\";\n\
         export const errors: NonNullable<components[\"schemas\"][\"PluralKitError_400\"][\"errors\"]> \
         = { name: [{ message: \"too long\" }] };\n",
    )
    .unwrap();
    let out = Command::new(root().join("tools/generators/check.sh"))
        .arg(&dir)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{text}");
    for tool in ["openapi-typescript", "datamodel-code-generator"] {
        assert!(
            text.contains(&format!("{tool}: 28 of 28 accepted")),
            "{text}"
        );
    }
    assert!(text.contains("progenitor: 7 of 7 accepted"), "{text}");
}
