use http::StatusCode;
use serde_json::Value;

use super::schema_rows::SchemaRow;
use super::tree::Tree;
use super::view::{EntryView, View};
use crate::{schema, DeclaredErrors, Entry, Operation};
use names::{codes_of, Names};

mod info;
mod names;
mod paths;
mod schemas;
mod v3_0;

pub use info::{Contact, License, Server};
pub use v3_0::Spec;

/// The catalogue as OpenAPI 3.1 responses: one Response Object per status.
///
/// [`responses`](Self::responses) is a Responses Object, ready to be an
/// operation's `responses` or merged into one:
///
/// ```json
/// {
///   "401": {
///     "description": "Unauthorized\n\n- 34305 WrongPassword: Incorrect account or wrong password",
///     "content": {
///       "application/json": {
///         "examples": {
///           "WrongPassword": {
///             "summary": "34305 WrongPassword",
///             "description": "Shown when the password check fails.\n\nAnchor `#34305` in the pages; category Accounts.",
///             "value": {"code": 34305, "message": "Incorrect account or wrong password"},
///             "x-retry": "never",
///             "x-fault": "client"
///           }
///         }
///       }
///     }
///   }
/// }
/// ```
///
/// Each response's description names the status and lists every entry with
/// it (code, name, message template); its content has the format's content
/// type and one named example per entry: the example body of the
/// [`View`], its members in the order the format writes them, and a
/// description that adds the entry's anchor, category, the members it adds
/// to the body and its tags to its summary, in the wire's words, then its
/// sections (`**Causes**` and the section's Markdown). Examples are keyed by the entry's name
/// (`"name #index"` should two entries of one status share a name). Each
/// example carries the entry's [`RetryClass`](crate::RetryClass) as
/// `x-retry` and its [`Fault`](crate::Fault) as `x-fault`, and, where a
/// member carries the retry delay, `x-retry-after` (`{"member":
/// "retry_after", "unit": "ms"}`): specification extensions, which OpenAPI
/// allows on an Example Object. An entry
/// with other statuses (`also_status`) is listed under each of them too.
///
/// Entries documented without a status (client-side codes, catalogues that
/// give none) go under `default`, OpenAPI's "any other status", because the
/// catalogue says nothing more precise about them. Its description says
/// which status errcodes' adapters send them with, the format's
/// [`Format::DEFAULT_STATUS`](crate::Format::DEFAULT_STATUS) (`500 Internal
/// Server Error`; `200 OK` for Fresns), as
/// [`Entry::http_status`](crate::Entry::http_status) decides.
///
/// Each content also has the `schema` of its bodies, the format's JSON
/// Schema ([`Format::json_schema`](crate::Format::json_schema)); an entry
/// with `#[body]` members has its own ([`Format::entry_schema`](crate::Format::entry_schema)),
/// and a response mixing both has `anyOf` them. In each, the code member
/// lists exactly the codes of the bodies it describes, as an `enum` typed
/// by their kind (`"type": "integer", "enum": [34305, 34306]`), which
/// client generators make literal types of; an object whose members it
/// does not name says `"additionalProperties": true`. [`responses`](Self::responses)
/// writes the schemas inline, so that it stands alone.
///
/// [`document`](Self::document) wraps the same responses in a whole
/// document, as `components.responses` named `{Type}_{status}`, whose
/// schemas are `$ref`s to `components.schemas`: `{Type}_{status}` for the
/// entries of the status without a schema of their own (`{Type}`, the
/// format's body with every code of the catalogue, where the format has no
/// code member), `{Type}{Name}` for an entry's own; names without dots,
/// which generators read as module paths. With the code range and each
/// category's block of codes in `info.description`. Without operations
/// `paths` is empty: the user's own document's operations `$ref` these
/// components (or take [`responses_of`](Self::responses_of) a set). With
/// the API's [`operations`](Self::operations), `paths` has one Operation
/// Object per operation (`operationId` its set's name, a summary naming the
/// route, a string parameter per `{name}` of its path) whose responses are
/// exactly the entries its set declares: a `$ref` to `{Type}_{status}` where
/// the set has every entry of that status, else the response written in with
/// only its entries (examples, headers, schemas by `$ref`); and the
/// components are cut down to what the operations use (operations it cannot
/// document are listed in `x-errcodes-skipped`, see
/// [`operations`](Self::operations)). Security and success
/// responses are not the catalogue's to say: add them to the document.
///
/// It passes openapi-spec-validator, swagger-parser and `redocly lint`
/// (recommended rules), which CI runs on it, in both versions
/// ([`spec`](Self::spec) writes OpenAPI 3.0.3), and the client generators
/// openapi-typescript, datamodel-code-generator and progenitor accept it
/// (progenitor reads 3.0 only, and wants one error schema per operation).
/// What only the user knows of
/// their API goes in with [`license`](Self::license),
/// [`contact`](Self::contact) and [`servers`](Self::servers); without a
/// license Redocly warns that `info.license` is missing, and without
/// operations it warns that no operation uses the components; with them,
/// that they have no `2XX` response, and (an error) that no `security` is
/// defined until the user adds it.
///
/// ```
/// use errcodes::docs::{Contact, License, OpenApi, Server, View};
/// # #[derive(Debug, errcodes::ApiError)]
/// # pub enum AccountError {
/// #     #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
/// #     WrongPassword,
/// # }
///
/// let view = View::of::<AccountError>();
/// let document = OpenApi::new(&view)
///     .license(License::new("Apache 2.0").identifier("Apache-2.0"))
///     .contact(Contact::new().name("API team").email("api@example.com"))
///     .servers(&[Server::new("https://api.example.com/v1").description("Production")])
///     .document("1.0.0");
/// assert_eq!(document["info"]["license"]["identifier"], "Apache-2.0");
/// assert_eq!(document["servers"][0]["url"], "https://api.example.com/v1");
/// ```
/// [`document`](Self::document) and [`responses`](Self::responses) return
/// a `serde_json::Value`, whose members are sorted; [`to_string`](Self::to_string)
/// and [`to_string_pretty`](Self::to_string_pretty) keep the order.
#[derive(Debug, Clone, Copy)]
pub struct OpenApi<'a> {
    view: &'a View,
    operations: &'a [Operation],
    license: Option<License<'a>>,
    contact: Option<Contact<'a>>,
    servers: &'a [Server<'a>],
    spec: Spec,
}

/// The key status-less entries are listed under.
const DEFAULT: &str = "default";

impl<'a> OpenApi<'a> {
    /// The OpenAPI responses of `view`.
    #[must_use]
    pub const fn new(view: &'a View) -> Self {
        OpenApi {
            view,
            operations: &[],
            license: None,
            contact: None,
            servers: &[],
            spec: Spec::V3_1,
        }
    }

    /// The API's license, for `info.license` of [`document`](Self::document).
    #[must_use]
    pub const fn license(self, license: License<'a>) -> Self {
        OpenApi {
            license: Some(license),
            ..self
        }
    }

    /// Who answers for the API, for `info.contact` of
    /// [`document`](Self::document).
    #[must_use]
    pub const fn contact(self, contact: Contact<'a>) -> Self {
        OpenApi {
            contact: Some(contact),
            ..self
        }
    }

    /// Where the API is served, for `servers` of [`document`](Self::document);
    /// without any, the document's own server (`/`) is written out.
    #[must_use]
    pub const fn servers(self, servers: &'a [Server<'a>]) -> Self {
        OpenApi { servers, ..self }
    }

    /// The API's operations, each with the errors its set declares, for
    /// `paths` of [`document`](Self::document): one Operation Object per
    /// operation (see [`OpenApi`]). An operation given twice (the same method,
    /// path and set) is documented once. One whose set is of
    /// another catalogue than the view's has that catalogue's responses,
    /// written in; one whose set is empty, a `default` response saying so.
    /// One OpenAPI cannot document ([`Operation::check`]: a method none of
    /// the eight, a path not beginning with `/`, with a query, or naming a
    /// parameter twice or not at all), or whose route an operation given
    /// before has ([`OperationProblem::SameRoute`](crate::OperationProblem::SameRoute):
    /// `GET /members/{name}` after `GET /members/{id}`, which match the same
    /// URLs) or whose path it spells with other parameters' names
    /// ([`OperationProblem::PathSpelledApart`](crate::OperationProblem::PathSpelledApart)),
    /// is left out of `paths` and listed in
    /// the document's `x-errcodes-skipped` with its problem;
    /// [`try_document`](Self::try_document) refuses it instead.
    #[must_use]
    pub const fn operations(self, operations: &'a [Operation]) -> Self {
        OpenApi { operations, ..self }
    }

    /// The version of OpenAPI written: 3.1 (the default), or
    /// [`Spec::V3_0`] for tools that read OpenAPI 3.0 only (see [`Spec`]).
    #[must_use]
    pub const fn spec(self, spec: Spec) -> Self {
        OpenApi { spec, ..self }
    }

    /// The Responses Object: `"400"`, `"401"`, … and `"default"` for
    /// entries without a status, each present only when some entry has it.
    #[must_use]
    pub fn responses(&self) -> Value {
        self.spec
            .translate_responses(self.responses_tree(Schemas::Inline, &|_| true))
            .to_value()
    }

    /// The Responses Object of an operation whose errors are `S`, an
    /// [`ErrorSet`](crate::ErrorSet) of the view's catalogue (or the
    /// catalogue itself, for all its entries): [`responses`](Self::responses)
    /// with exactly the entries `S` declares, for a document whose paths you
    /// write yourself. A status none of them has gets no response.
    ///
    /// ```
    /// # use errcodes::ApiError;
    /// # #[derive(Debug, ApiError)]
    /// # pub enum ServiceError {
    /// #     #[code(34401, status = 401, msg = "Missing or invalid token")]
    /// #     Unauthorized,
    /// #     #[code(34404, status = 404, msg = "No such member")]
    /// #     MemberNotFound,
    /// # }
    /// use errcodes::docs::{OpenApi, View};
    ///
    /// errcodes::error_set! { pub LoginErrors: ServiceError = [Unauthorized]; }
    ///
    /// let view = View::of::<ServiceError>();
    /// let responses = OpenApi::new(&view).responses_of::<LoginErrors>();
    /// assert!(responses["401"].is_object());
    /// assert!(responses.get("404").is_none());
    /// ```
    #[must_use]
    pub fn responses_of<S: DeclaredErrors>(&self) -> Value {
        self.spec
            .translate_responses(self.responses_tree(Schemas::Inline, &S::declares))
            .to_value()
    }

    /// A whole OpenAPI 3.1 document (3.0.3 with [`Spec::V3_0`]): `info`
    /// from the catalogue's title and description with `version` as
    /// `info.version`, and the responses under `components.responses` as
    /// `{Type}_{status}` (`AccountError_401`, `AccountError_default`) for
    /// operations to `$ref`.
    #[must_use]
    pub fn document(&self, version: &str) -> Value {
        self.document_tree(version).to_value()
    }

    /// [`document`](Self::document), or the first operation it would leave
    /// out (see [`operations`](Self::operations)).
    ///
    /// # Errors
    ///
    /// [`InvalidOperation`](crate::InvalidOperation) naming the operation and its problem.
    pub fn try_document(&self, version: &str) -> Result<Value, crate::InvalidOperation> {
        for fate in paths::fates(self.operations) {
            if let paths::Fate::Refused(error) = fate {
                return Err(error);
            }
        }
        Ok(self.document(version))
    }

    /// The document as compact JSON, members in order.
    #[must_use]
    pub fn to_string(&self, version: &str) -> String {
        serde_json::to_string(&self.document_tree(version)).unwrap_or_default()
    }

    /// The document pretty-printed, members in order.
    #[must_use]
    pub fn to_string_pretty(&self, version: &str) -> String {
        serde_json::to_string_pretty(&self.document_tree(version)).unwrap_or_default()
    }

    /// The Schema Object of the format's body, as `components.schemas`
    /// of [`document`](Self::document) holds it under the type's name.
    #[must_use]
    pub fn body_schema(&self) -> Value {
        let entries: Vec<&EntryView> = self.view.entries().iter().collect();
        self.spec
            .translate_schema(self.body_schema_of(&entries))
            .to_value()
    }

    /// The format's body schema for bodies of `entries`: its code member
    /// lists their codes.
    fn body_schema_of(&self, entries: &[&EntryView]) -> Tree {
        let mut schema = self.view.json_schema().clone();
        if let Some(path) = self.view.code_path() {
            schemas::restrict_codes(&mut schema, path, &codes_of(entries));
        }
        schema_tree(&schema, self.view.schema())
    }

    /// An entry's own schema ([`has_own_schema`]): its code member has its code.
    fn entry_schema_of(&self, entry: &EntryView) -> Tree {
        let mut schema = entry.schema().clone();
        if let Some(path) = self.view.code_path() {
            schemas::restrict_codes(&mut schema, path, &codes_of(&[entry]));
        }
        schema_tree(&schema, self.view.schema())
    }

    fn responses_tree(&self, schemas: Schemas<'_>, declares: &dyn Fn(&Entry) -> bool) -> Tree {
        let mut responses = Tree::object();
        for (status, entries) in self.by_status(declares) {
            let key = status.map_or_else(|| DEFAULT.to_owned(), |s| s.to_string());
            responses.insert(key, self.response(status, &entries, schemas));
        }
        responses
    }

    /// `components.schemas`: the format's body as `{Type}` (its code any of
    /// the catalogue's), `{Type}_{status}` for the entries of a status
    /// without a schema of their own (their codes), then `{Type}{Name}` for
    /// each entry with one (its code).
    fn schemas_tree(&self, names: &Names) -> Tree {
        let mut schemas = Tree::object();
        let all: Vec<&EntryView> = self.view.entries().iter().collect();
        schemas.insert(names.body.clone(), self.body_schema_of(&all));
        for (key, entries) in &names.statuses {
            schemas.insert(names.status(key), self.body_schema_of(entries));
        }
        for (entry, name) in &names.entries {
            let mut schema = self.entry_schema_of(entry);
            // JSON Schema's `deprecated`, valid in OpenAPI 3.1's Schema Object.
            if entry.entry().deprecation().is_some() {
                schema.insert("deprecated", Tree::Bool(true));
            }
            schemas.insert(name.clone(), schema);
        }
        schemas
    }

    fn document_tree(&self, version: &str) -> Tree {
        let v = self.view;
        let names = Names::of(v, &self.by_status(&|_| true));
        let mut responses = Tree::object();
        if let Tree::Object(by_status) = self.responses_tree(Schemas::Ref(&names), &|_| true) {
            for (key, response) in by_status {
                responses.insert(names.status(&key), response);
            }
        }
        let mut info = Tree::object();
        info.insert("title", v.catalogue().title());
        let mut description: Vec<String> = v.description().map(str::to_owned).into_iter().collect();
        if let Some((first, last)) = v.catalogue().range() {
            description.push(format!("Codes {first} to {last}."));
        }
        for range in v.catalogue().ranges() {
            description.push(format!(
                "Codes {} to {}: {}.",
                range.first(),
                range.last(),
                range.category()
            ));
        }
        let retired = super::history::retired_in_openapi(v.retired());
        if let Some((text, _)) = &retired {
            description.push(text.clone());
        }
        if !description.is_empty() {
            info.insert("description", description.join("\n\n"));
        }
        info.insert("version", version);
        if let Some((_, codes)) = retired {
            info.insert("x-retired-codes", codes);
        }
        if let Some(contact) = self.contact {
            info.insert("contact", contact.tree());
        }
        if let Some(license) = self.license {
            info.insert("license", license.tree());
        }
        // The default OpenAPI gives an absent `servers`, written out because
        // linters (Redocly's `no-empty-servers`) want one.
        let own = [Server::new("/")];
        let servers = if self.servers.is_empty() {
            &own[..]
        } else {
            self.servers
        };
        let servers = servers.iter().map(Server::tree).collect();
        let mut schemas = self.schemas_tree(&names);
        // Without operations, the user's paths `$ref` the responses; tools
        // (swagger-parser) reject a document without `paths`.
        let paths = if self.operations.is_empty() {
            Tree::object()
        } else {
            self.operation_paths(&names, &mut responses, &mut schemas)
        };
        let mut components = Tree::object();
        components.insert("schemas", schemas);
        components.insert("responses", responses);
        let mut doc = Tree::object();
        doc.insert("openapi", "3.1.0");
        doc.insert("info", info);
        doc.insert("servers", Tree::Array(servers));
        doc.insert("paths", paths);
        doc.insert("components", components);
        if let Some(skipped) = paths::skipped(self.operations) {
            doc.insert("x-errcodes-skipped", skipped);
        }
        self.spec.translate_document(doc)
    }

    /// Entries grouped by status (an entry with `also_status` in the group
    /// of each), statuses ascending, `None` last.
    fn by_status(
        &self,
        declares: &dyn Fn(&Entry) -> bool,
    ) -> Vec<(Option<u16>, Vec<&'a EntryView>)> {
        let mut groups: Vec<(Option<u16>, Vec<&'a EntryView>)> = Vec::new();
        for entry in self.view.entries().iter().filter(|e| declares(e.entry())) {
            let also = entry.entry().also_statuses().iter().map(|&s| Some(s));
            for status in std::iter::once(entry.entry().status()).chain(also) {
                match groups.iter_mut().find(|(s, _)| *s == status) {
                    Some((_, entries)) => entries.push(entry),
                    None => groups.push((status, vec![entry])),
                }
            }
        }
        groups.sort_by_key(|&(status, _)| (status.is_none(), status));
        groups
    }

    fn response(&self, status: Option<u16>, entries: &[&EntryView], schemas: Schemas<'_>) -> Tree {
        let mut description = match status {
            Some(status) => StatusCode::from_u16(status)
                .ok()
                .and_then(|s| s.canonical_reason())
                .map_or_else(|| format!("Status {status}"), str::to_owned),
            None => {
                let sent = entries.first().map_or(500, |e| e.sent_status());
                let phrase = StatusCode::from_u16(sent)
                    .ok()
                    .and_then(|s| s.canonical_reason())
                    .unwrap_or("");
                format!(
                    "Errors documented without an HTTP status; errcodes' adapters send them \
                     with {sent} {phrase}."
                )
            }
        };
        description.push('\n');
        let mut examples: Vec<(String, Tree)> = Vec::new();
        for entry in entries {
            description.push_str("\n- ");
            let summary = summary(entry);
            description.push_str(&summary);
            if !entry.message().is_empty() {
                description.push_str(": ");
                description.push_str(&one_line(entry.message()));
            }
            match (entry.entry().status(), entry.also_statuses()) {
                (Some(main), Some(also)) if status == Some(main) => {
                    description.push_str(&format!(" (also {also})"));
                }
                (Some(main), Some(_)) => description.push_str(&format!(" (mainly {main})")),
                _ => {}
            }
            let mut ex = Tree::object();
            ex.insert("summary", summary);
            ex.insert("description", example_description(entry));
            ex.insert("value", Tree::of_example(entry.example()));
            // An Example Object has no `deprecated`; its extension says it.
            if entry.entry().deprecation().is_some() {
                ex.insert("x-deprecated", Tree::Bool(true));
            }
            retry_extensions(&mut ex, entry.entry());
            let mut key = entry.entry().name().to_owned();
            if examples.iter().any(|(k, _)| *k == key) {
                key = format!("{} #{}", entry.entry().name(), entry.entry().index());
            }
            examples.push((key, ex));
        }
        let mut media = Tree::object();
        media.insert("schema", self.response_schema(entries, schemas));
        media.insert("examples", Tree::Object(examples));
        let mut content = Tree::object();
        content.insert(self.view.content_type(), media);
        let mut response = Tree::object();
        response.insert("description", description);
        if let Some(headers) = headers(entries) {
            response.insert("headers", headers);
        }
        response.insert("content", content);
        response
    }
}

/// The response's headers: each name once (names compare without case),
/// required when every entry of the response always sends it, described
/// by where each entry takes its value from.
fn headers(entries: &[&EntryView]) -> Option<Tree> {
    let mut names: Vec<&'static str> = Vec::new();
    for entry in entries {
        for header in entry.entry().headers() {
            if !names.iter().any(|n| n.eq_ignore_ascii_case(header.name())) {
                names.push(header.name());
            }
        }
    }
    if names.is_empty() {
        return None;
    }
    let mut headers = Vec::new();
    for name in names {
        let mut description = String::new();
        let mut schemas: Vec<serde_json::Value> = Vec::new();
        let mut required = true;
        for entry in entries {
            let found = entry
                .entry()
                .headers()
                .iter()
                .find(|h| h.name().eq_ignore_ascii_case(name));
            let Some(header) = found else {
                required = false;
                continue;
            };
            required &= !header.is_optional();
            if !description.is_empty() {
                description.push('\n');
            }
            description.push_str("- ");
            description.push_str(&summary(entry));
            match header.value() {
                Some(value) => description.push_str(&format!(": always `{value}`")),
                None => description.push_str(&format!(
                    ": the error's value ({})",
                    super::header_value_type(header)
                )),
            }
            if let Some(since) = header.since() {
                description.push_str(&format!(", since {since}"));
            }
            let schema = super::header_schema(header);
            if !schemas.contains(&schema) {
                schemas.push(schema);
            }
        }
        let schema = if schemas.len() == 1 {
            schema_tree(&schemas[0], &[])
        } else {
            let mut any = Tree::object();
            any.insert(
                "anyOf",
                Tree::Array(schemas.iter().map(|s| schema_tree(s, &[])).collect()),
            );
            any
        };
        let mut header = Tree::object();
        header.insert("description", description);
        header.insert("required", Tree::Bool(required));
        header.insert("schema", schema);
        headers.push((name.to_owned(), header));
    }
    Some(Tree::Object(headers))
}

impl OpenApi<'_> {
    /// The schema of the bodies of a response: the format's body schema
    /// when no entry of it has a schema of its own ([`has_own_schema`]),
    /// else any of the entries' own schemas (and the format's, for its
    /// entries without one).
    fn response_schema(&self, entries: &[&EntryView], schemas: Schemas<'_>) -> Tree {
        let mut options = Vec::new();
        let plain: Vec<&EntryView> = entries
            .iter()
            .copied()
            .filter(|e| !has_own_schema(e))
            .collect();
        if !plain.is_empty() {
            let named = match schemas {
                Schemas::Inline => None,
                Schemas::Ref(names) => names.plain(&plain),
            };
            options.push(named.map_or_else(
                || self.body_schema_of(&plain),
                |name| reference("schemas", &name),
            ));
        }
        for entry in entries.iter().filter(|e| has_own_schema(e)) {
            options.push(match schemas {
                Schemas::Inline => self.entry_schema_of(entry),
                Schemas::Ref(names) => names
                    .entries
                    .iter()
                    .find(|(e, _)| core::ptr::eq(e.entry(), entry.entry()))
                    .map_or_else(
                        || reference("schemas", &names.body),
                        |(_, name)| reference("schemas", name),
                    ),
            });
        }
        if options.len() == 1 {
            options.pop().unwrap_or_else(Tree::object)
        } else {
            let mut any = Tree::object();
            any.insert("anyOf", Tree::Array(options));
            any
        }
    }
}

/// Where a response finds its body schema: written in it (a Responses
/// Object that stands alone), or by `$ref` into the document's
/// `components.schemas`.
#[derive(Clone, Copy)]
enum Schemas<'n> {
    Inline,
    Ref(&'n Names<'n>),
}

/// Whether an entry's bodies have a schema of their own in the document:
/// where it has `#[body]` members, refines a code (its bodies list the
/// ancestors, which the format's schema does not admit), or is deprecated
/// (a Schema Object is where OpenAPI can say so; an Example Object has no
/// `deprecated`).
fn has_own_schema(entry: &EntryView) -> bool {
    !entry.entry().body_fields().is_empty()
        || entry.entry().deprecation().is_some()
        || entry.entry().parent().is_some()
}

/// `{"$ref": "#/components/{kind}/{name}"}`.
fn reference(kind: &str, name: &str) -> Tree {
    let mut tree = Tree::object();
    tree.insert("$ref", format!("#/components/{kind}/{name}"));
    tree
}

/// A format's schema as a Schema Object: the document's dialect (OpenAPI
/// 3.1's, draft 2020-12 based) stands for its `$schema`; each member says
/// what it holds as the body table of the pages does (`rows`).
fn schema_tree(schema: &serde_json::Value, rows: &[SchemaRow]) -> Tree {
    let mut schema = schema.clone();
    if let Some(object) = schema.as_object_mut() {
        object.remove("$schema");
    }
    let described: Vec<(&str, String)> = rows
        .iter()
        .map(|r| (r.member(), super::history::described(r)))
        .filter(|(_, text)| !text.is_empty())
        .collect();
    schema::describe_properties(&mut schema, |path| {
        described
            .iter()
            .find(|(member, _)| *member == path)
            .map(|(_, text)| text.as_str())
    });
    schemas::open_objects(&mut schema);
    serde_json::from_value(schema).unwrap_or_else(|_| Tree::object())
}

/// The entry's summary, then a paragraph with what the rest of the
/// documentation shows about it (its anchor in the pages, gRPC code, title,
/// category, why no test sends it, the members it adds to the body, tags),
/// then its sections.
fn example_description(entry: &EntryView) -> String {
    let mut details = vec![format!("Anchor `#{}` in the pages", entry.anchor())];
    if let Some(grpc) = entry.grpc_code() {
        details.push(format!("gRPC `{grpc}`"));
    }
    // Said in words too, for readers and for models without extensions
    // (utoipa's Example Object drops them).
    let retry = entry.retry_notes().into_iter();
    details.extend(retry.map(|(what, note)| format!("{what}: {note}")));
    if let Some(title) = entry.entry().title() {
        details.push(format!("title \"{title}\""));
    }
    if let Some(category) = entry.entry().category() {
        details.push(format!("category {category}"));
    }
    if let Some(reason) = entry.entry().untested() {
        details.push(format!("untested: {reason}"));
    }
    for field in entry.entry().body_fields() {
        let since = field
            .since()
            .map_or_else(String::new, |since| format!(", since {since}"));
        details.push(format!(
            "`{}` ({}{since})",
            field.member(),
            super::field_type(field)
        ));
    }
    details.extend(entry.tags().into_iter().map(str::to_owned));
    if let Some(parent) = entry.entry().parent() {
        details.push(format!(
            "refines {parent}: its bodies list the codes it refines in `{}`, and a client that does not know {} decodes it as {parent}",
            crate::format::ANCESTORS_MEMBER,
            entry.entry().code()
        ));
    }
    details.extend(super::history::details(entry.since(), entry.entry()));
    let mut text = details.join("; ") + ".";
    if let Some(summary) = entry.entry().summary() {
        text = format!("{summary}\n\n{text}");
    }
    // The long form too: descriptions are CommonMark, a section's heading
    // in bold so that it nests under whatever heading a renderer gives
    // the example.
    for section in entry.entry().sections() {
        text.push_str(&format!(
            "\n\n**{}**\n\n{}",
            section.heading(),
            section.text()
        ));
    }
    text
}

/// `34305 WrongPassword`, or the name alone for an entry without a code.
fn summary(entry: &EntryView) -> String {
    if entry.entry().code().is_none() {
        one_line(entry.entry().name())
    } else {
        format!(
            "{} {}",
            entry.entry().code(),
            one_line(entry.entry().name())
        )
    }
}

fn one_line(text: &str) -> String {
    text.lines().map(str::trim).collect::<Vec<_>>().join(" ")
}

/// `x-retry` and `x-fault`: the entry's retry class and fault side by name
/// (every entry has both); `x-retry-after`, where a member carries the
/// retry delay: `{"member": "retry_after", "unit": "ms"}`.
fn retry_extensions(example: &mut Tree, entry: &crate::Entry) {
    example.insert("x-retry", entry.retry_class().name().to_owned());
    example.insert("x-fault", entry.fault().name().to_owned());
    if let Some((member, unit)) = entry
        .retry_member()
        .and_then(|f| Some((f.member(), f.retry_after()?)))
    {
        let mut delay = Tree::object();
        delay.insert("member", member.to_owned());
        delay.insert("unit", unit.name().to_owned());
        example.insert("x-retry-after", delay);
    }
}
