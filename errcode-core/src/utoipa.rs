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
        let responses = OpenApi::new(&view).responses_of::<S>();
        // The document's JSON is utoipa's model serialized: it reads back.
        serde_json::from_value(responses).unwrap_or_default()
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
        let schema = OpenApi::new(&View::of::<E>()).body_schema();
        serde_json::from_value(schema).unwrap_or_default()
    }
}

impl<E: ApiError> ToSchema for Body<E> {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed(E::catalogue().type_name())
    }
}
