//! `errcodes::utoipa`: a document derived with utoipa, its operations'
//! error responses from errcode, against the real validators
//! (`tools/openapi/validate.sh`).
#![cfg(feature = "utoipa")]

use crate::common::validators;

use errcodes::docs::{self, OpenApi as Docs, View};
use errcodes::utoipa::{Body, Responses};
use errcodes::ApiError;
use serde_json::{json, Value};
use utoipa::OpenApi;

/// Errors of the accounts API.
#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Problem)]
pub enum AccountError {
    /// Shown when the password check fails.
    #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
    WrongPassword,
    #[code(34404, status = 404, msg = "No account {id}")]
    NotFound { id: u64 },
    #[code(34429, status = 429, msg = "Too many requests", also_status = [503, 502])]
    Throttled {
        #[body]
        retry_after: u64,
        #[body]
        hint: Option<String>,
    },
    #[code(34001, msg = "Offline")]
    Offline,
}

errcodes::error_set! {
    /// What `POST /login` can return.
    pub LoginErrors: AccountError = [WrongPassword, Throttled];
}

/// Log in.
#[utoipa::path(
    post,
    path = "/login",
    security(()),
    responses((status = 204, description = "Logged in"), Responses<LoginErrors>)
)]
#[allow(dead_code)]
fn login() {}

/// An account.
#[utoipa::path(
    get,
    path = "/accounts/{id}",
    security(()),
    params(("id" = u64, Path, description = "The account")),
    responses((status = 200, description = "The account"), Responses<AccountError>)
)]
#[allow(dead_code)]
fn account() {}

/// utoipa's derive composes generic types from their arguments' schemas;
/// an alias names the whole type.
type AccountErrorBody = Body<AccountError>;

#[derive(OpenApi)]
#[openapi(
    info(license(name = "MIT OR Apache-2.0", identifier = "MIT OR Apache-2.0")),
    servers((url = "/")),
    paths(login, account),
    components(schemas(AccountErrorBody))
)]
struct Api;

fn document() -> Value {
    serde_json::to_value(Api::openapi()).unwrap()
}

/// utoipa 6's Example Object has no specification extensions, so the
/// retry class's `x-retry`, `x-fault` and `x-retry-after` do not survive its
/// model: what is compared is everything else.
fn without_example_extensions(responses: &mut Value) {
    for response in responses.as_object_mut().unwrap().values_mut() {
        let Some(content) = response["content"].as_object_mut() else {
            continue;
        };
        for media in content.values_mut() {
            for example in media["examples"].as_object_mut().unwrap().values_mut() {
                let example = example.as_object_mut().unwrap();
                for key in ["x-retry", "x-fault", "x-retry-after"] {
                    example.remove(key);
                }
            }
        }
    }
}

#[test]
fn responses_are_those_of_the_docs_for_the_listed_entries() {
    let doc = document();
    let login = &doc["paths"]["/login"]["post"]["responses"];
    let keys: Vec<&String> = login.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["204", "401", "429", "502", "503"]);
    let mut all = Docs::new(&View::of::<AccountError>()).responses();
    without_example_extensions(&mut all);
    for status in ["401", "429", "502", "503"] {
        assert_eq!(login[status], all[status], "{status}");
    }
    let account = &doc["paths"]["/accounts/{id}"]["get"]["responses"];
    let keys: Vec<&String> = account.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["200", "401", "404", "429", "502", "503", "default"]);
    for status in ["401", "404", "429", "502", "503", "default"] {
        assert_eq!(account[status], all[status], "{status}");
    }
    // The class the extensions carried is in the example's words.
    let limited = &login["429"]["content"]["application/problem+json"]["examples"];
    let (_, example) = limited.as_object().unwrap().iter().next().unwrap();
    assert!(
        example["description"]
            .as_str()
            .unwrap()
            .contains("retry: throttled"),
        "{example}"
    );
    // `#[body]` members with their JSON types; the optional one not required.
    let schema = &login["429"]["content"]["application/problem+json"]["schema"];
    assert_eq!(
        schema["properties"]["retry_after"],
        json!({
            "type": "integer",
            "format": "uint64",
            "minimum": 0,
            "description": "sent by Throttled"
        })
    );
    assert_eq!(
        schema["properties"]["hint"],
        json!({"type": "string", "description": "sent by Throttled"})
    );
    let required = schema["required"].as_array().unwrap();
    assert!(required.contains(&json!("retry_after")));
    assert!(!required.contains(&json!("hint")));
}

#[test]
fn body_is_the_format_schema() {
    let doc = document();
    let expected = docs::openapi::<AccountError>("1");
    assert_eq!(
        doc["components"]["schemas"]["AccountError"],
        expected["components"]["schemas"]["AccountError"]
    );
    assert_eq!(
        doc["components"]["schemas"]["AccountError"]["properties"]["code"]["description"],
        "the error code"
    );
}

#[test]
fn the_document_passes_every_validator() {
    let path = validators::target_file("utoipa");
    std::fs::write(&path, Api::openapi().to_pretty_json().unwrap()).unwrap();
    validators::validate(&[path]);
}

/// `Responses<S>` turns the docs' JSON into utoipa's model with
/// `unwrap_or_default()`: anything its model does not read makes the
/// operation silently lose every error response, with no error and no
/// log. Each seed catalogue's responses must come through whole: the same
/// statuses as `responses_of` gives. PluralKit's loses all six: its body
/// schema's `anyOf` has a member schema (`errors`: a `description` and
/// `examples`, no `type`) that utoipa's `Schema` does not deserialize, so
/// the whole map is dropped.
#[test]
fn responses_of_every_seed_catalogue_survive_utoipa_s_model() {
    use errcodes::DeclaredErrors;
    use errcodes_catalogues::{
        cocam::CocamError, fresns::FresnsError, kakao::KakaoGameError, mastodon::MastodonError,
        pluralkit::PluralKitError,
    };
    use utoipa::IntoResponses;

    fn statuses<S: DeclaredErrors>() -> (Vec<String>, Vec<String>) {
        let view = View::of::<S::Error>();
        let docs = Docs::new(&view).responses_of::<S>();
        let docs: Vec<String> = docs.as_object().unwrap().keys().cloned().collect();
        let utoipa: Vec<String> = Responses::<S>::responses().into_keys().collect();
        (docs, utoipa)
    }
    for (name, (docs, utoipa)) in [
        ("cocam", statuses::<CocamError>()),
        ("fresns", statuses::<FresnsError>()),
        ("kakao", statuses::<KakaoGameError>()),
        ("mastodon", statuses::<MastodonError>()),
        ("pluralkit", statuses::<PluralKitError>()),
        ("accounts", statuses::<AccountError>()),
    ] {
        assert!(!docs.is_empty(), "{name}");
        assert_eq!(utoipa, docs, "{name}: utoipa's responses lost some");
    }
}

/// Orders whose responses repeat the code and link to its page.
#[derive(Debug, ApiError)]
#[api_error(
    format = errcodes::format::Problem,
    docs_url = "https://api.example.com/errors/",
    code_header = "X-Error-Code"
)]
pub enum OrderError {
    #[code(40401, status = 404, msg = "No order")]
    NoOrder,
}

/// The code header and the page's `Link` reach utoipa's responses as the
/// entry's other headers do.
#[test]
fn the_code_header_and_the_page_link_are_utoipa_response_headers() {
    use utoipa::IntoResponses;
    let responses = serde_json::to_value(Responses::<OrderError>::responses()).unwrap();
    let headers = &responses["404"]["headers"];
    assert_eq!(
        headers["X-Error-Code"]["schema"]["enum"],
        json!(["40401"]),
        "{responses}"
    );
    assert!(headers["Link"].is_object(), "{responses}");
}
