//! A catalogue in a [utoipa](https://docs.rs/utoipa) document: the errors an
//! operation returns as its responses, and the body schema as a component.
//!
//! ```
//! use errcodes::utoipa::{Body, Responses};
//! use errcodes::ApiError;
//! use utoipa::OpenApi as _;
//!
//! /// Errors of the accounts API.
//! #[derive(Debug, ApiError)]
//! pub enum AccountError {
//!     #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
//!     WrongPassword,
//!     #[code(34404, status = 404, msg = "No such account")]
//!     NotFound,
//! }
//!
//! errcodes::error_set! {
//!     /// What `POST /login` can return.
//!     pub LoginErrors: AccountError = [WrongPassword];
//! }
//!
//! #[utoipa::path(
//!     post,
//!     path = "/login",
//!     responses((status = 204, description = "Logged in"), Responses<LoginErrors>)
//! )]
//! fn login() {}
//!
//! #[utoipa::path(
//!     get,
//!     path = "/accounts/{id}",
//!     responses((status = 200, description = "The account"), Responses<AccountError>)
//! )]
//! fn account() {}
//!
//! // utoipa's derive composes a generic type from its arguments' schemas:
//! // an alias names the whole type.
//! type AccountErrorBody = Body<AccountError>;
//!
//! #[derive(utoipa::OpenApi)]
//! #[openapi(paths(login, account), components(schemas(AccountErrorBody)))]
//! struct Api;
//!
//! let doc = serde_json::to_value(Api::openapi()).unwrap();
//! let responses = &doc["paths"]["/login"]["post"]["responses"];
//! assert_eq!(
//!     responses["401"]["content"]["application/json"]["examples"]["WrongPassword"]["value"],
//!     serde_json::json!({"code": 34305, "message": "Incorrect account or wrong password"}),
//! );
//! assert!(responses.get("404").is_none());
//! assert!(doc["paths"]["/accounts/{id}"]["get"]["responses"]["404"].is_object());
//! assert!(doc["components"]["schemas"]["AccountError"].is_object());
//! ```

use core::marker::PhantomData;
use std::borrow::Cow;
use std::collections::BTreeMap;

use ::utoipa::openapi::response::Response;
use ::utoipa::openapi::schema::Schema;
use ::utoipa::openapi::RefOr;
use ::utoipa::{IntoResponses, PartialSchema, ToSchema};

use crate::docs::{OpenApi, View};
use crate::{ApiError, DeclaredErrors};

/// The errors an operation returns as its utoipa responses: name it in
/// `#[utoipa::path(responses(...))]`. `S` is the operation's
/// [`ErrorSet`](crate::ErrorSet) (`Responses<LoginErrors>`), whose names
/// the compiler checked, or a catalogue for all its entries
/// (`Responses<AccountError>`). Its responses are those of
/// [`OpenApi::responses_of`]: one per status with exactly the entries `S`
/// declares, their examples, headers and body schema written in. utoipa 6's
/// Example Object has no specification extensions, so an example's
/// `x-retry`, `x-fault` and `x-retry-after` are not kept; its description
/// says the retry class in words.
pub struct Responses<S>(PhantomData<fn() -> S>);

impl<S: DeclaredErrors> IntoResponses for Responses<S> {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        let view = View::of::<S::Error>();
        let serde_json::Value::Object(responses) = OpenApi::new(&view).responses_of::<S>() else {
            return BTreeMap::new();
        };
        responses
            .into_iter()
            .map(|(status, mut response)| {
                for part in ["content", "headers"] {
                    for media in response.get_mut(part).into_iter().flat_map(members) {
                        if let Some(schema) = media.get_mut("schema") {
                            typeless_as_any_value(schema);
                        }
                    }
                }
                // A response utoipa's model cannot hold says so in the
                // document rather than vanishing.
                let response = serde_json::from_value(response).unwrap_or_else(|error| {
                    RefOr::T(Response::new(format!(
                        "errcodes could not write this response in utoipa's model: {error}"
                    )))
                });
                (status, response)
            })
            .collect()
    }
}

/// The body of `E`'s errors as a schema component named after `E` (the
/// format's [`Format::json_schema`](crate::Format::json_schema), as [`OpenApi::body_schema`] gives it):
/// list it in
/// `#[openapi(components(schemas(...)))]` through a type alias
/// (`type AccountErrorBody = Body<AccountError>;`), which utoipa's derive
/// takes as a whole rather than composing it from `AccountError`.
pub struct Body<E>(PhantomData<fn() -> E>);

impl<E: ApiError> PartialSchema for Body<E> {
    fn schema() -> RefOr<Schema> {
        let mut schema = OpenApi::new(&View::of::<E>()).body_schema();
        typeless_as_any_value(&mut schema);
        serde_json::from_value(schema).unwrap_or_else(|error| {
            RefOr::T(Schema::Object(
                ::utoipa::openapi::ObjectBuilder::new()
                    .description(Some(format!(
                        "errcodes could not write this schema in utoipa's model: {error}"
                    )))
                    .build(),
            ))
        })
    }
}

impl<E: ApiError> ToSchema for Body<E> {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed(E::catalogue().type_name())
    }
}

/// The members of a JSON object (none for anything else).
fn members(value: &mut serde_json::Value) -> impl Iterator<Item = &mut serde_json::Value> {
    value
        .as_object_mut()
        .into_iter()
        .flat_map(|map| map.values_mut())
}

/// Gives every schema in `schema` that has no `type` (any value: a
/// `serde_json::Value` member) `"type": null`, which is how utoipa's model
/// reads its own `SchemaType::AnyValue` (it writes it with no `type`, but
/// requires one to read it back: without this the whole map is lost).
fn typeless_as_any_value(schema: &mut serde_json::Value) {
    let Some(map) = schema.as_object_mut() else {
        return;
    };
    const COMPOSED: [&str; 4] = ["$ref", "anyOf", "oneOf", "allOf"];
    if !map.contains_key("type") && !COMPOSED.iter().any(|k| map.contains_key(*k)) {
        map.insert("type".to_owned(), serde_json::Value::Null);
    }
    for key in ["items", "additionalProperties", "not"] {
        if let Some(inner) = map.get_mut(key) {
            typeless_as_any_value(inner);
        }
    }
    for key in ["properties", "patternProperties"] {
        if let Some(inner) = map.get_mut(key) {
            members(inner).for_each(typeless_as_any_value);
        }
    }
    for key in COMPOSED.iter().skip(1) {
        if let Some(serde_json::Value::Array(options)) = map.get_mut(*key) {
            options.iter_mut().for_each(typeless_as_any_value);
        }
    }
}
