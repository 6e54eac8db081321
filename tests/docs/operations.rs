//! The OpenAPI document per route: given the API's operations, each has
//! exactly the entries its set declares (examples, schemas, headers), the
//! components only what they use, and the document passes the validators.

use crate::common::validators::{redocly_lint, target_file, validate};

use errcodes::docs::{License, OpenApi, View};
use errcodes::{ApiError, DeclaredErrors, Operation};
use serde_json::Value;

/// Errors of a members API.
// Only documented here: nothing constructs most of them.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
pub enum ServiceError {
    /// No token, or one that is not valid.
    #[code(34401, status = 401, msg = "Missing or invalid token", header("WWW-Authenticate" = "Bearer"))]
    Unauthorized,
    #[code(34404, status = 404, msg = "Member '{id}' not found.")]
    MemberNotFound { id: String },
    #[code(34409, status = 409, msg = "Member name taken")]
    NameTaken,
    #[code(34429, status = 429, msg = "Too many requests", also_status = [503])]
    Throttled {
        #[body]
        #[header("Retry-After")]
        retry_after: u64,
    },
    #[code(34503, status = 503, msg = "Storage unavailable")]
    Storage,
    #[code(transparent)]
    Account(#[from] AccountError),
}

#[allow(dead_code)]
#[derive(Debug, ApiError)]
pub enum AccountError {
    #[code(35403, status = 403, msg = "Account {id} is suspended")]
    Suspended { id: String },
    #[code(35410, status = 410, msg = "Account deleted")]
    Deleted,
}

errcodes::error_set! {
    /// What every authenticated operation may return.
    pub Authenticated: ServiceError = [Unauthorized, Account(AccountError::Suspended)];
}

errcodes::error_set! {
    pub GetMemberErrors: ServiceError = [..Authenticated, MemberNotFound, Storage];
}

errcodes::error_set! {
    pub CreateMemberErrors: ServiceError = [..Authenticated, NameTaken, Throttled];
}

errcodes::error_set! {
    pub DeleteAccountErrors: ServiceError = [Unauthorized, Account];
}

fn operations() -> [Operation; 4] {
    [
        Operation::new::<GetMemberErrors>("GET", "/members/{id}"),
        Operation::new::<CreateMemberErrors>("POST", "/members"),
        Operation::new::<DeleteAccountErrors>("DELETE", "/accounts/{account}"),
        // One set for two routes: the second gets an id of its own.
        Operation::new::<DeleteAccountErrors>("DELETE", "/accounts/{account}/members/{id}"),
    ]
}

fn document(operations: &[Operation]) -> Value {
    OpenApi::new(&View::of::<ServiceError>())
        .operations(operations)
        .document("1.0.0")
}

/// `#/components/responses/X` in `doc`, or `response` itself.
fn resolve<'d>(doc: &'d Value, response: &'d Value) -> &'d Value {
    match response["$ref"].as_str() {
        Some(target) => {
            let name = target.strip_prefix("#/components/responses/").unwrap();
            &doc["components"]["responses"][name]
        }
        None => response,
    }
}

/// The codes each response of an operation shows an example of, by status.
fn codes_by_status(doc: &Value, operation: &Value) -> Vec<(String, Vec<String>)> {
    operation["responses"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(status, response)| {
            let examples = resolve(doc, response)["content"]["application/json"]["examples"]
                .as_object()
                .unwrap();
            let codes = examples
                .values()
                .map(|ex| ex["value"]["code"].to_string())
                .collect();
            (status.clone(), codes)
        })
        .collect()
}

/// What `operation` may return, by status, as [`codes_by_status`] reads it.
fn declared_by_status(operation: &Operation) -> Vec<(String, Vec<String>)> {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for entry in operation.entries() {
        let statuses = entry
            .status()
            .into_iter()
            .chain(entry.also_statuses().iter().copied());
        for status in statuses {
            let key = status.to_string();
            match groups.iter_mut().find(|(s, _)| *s == key) {
                Some((_, codes)) => codes.push(entry.code().to_string()),
                None => groups.push((key, vec![entry.code().to_string()])),
            }
        }
    }
    groups.sort();
    groups
}

#[test]
fn each_operation_lists_exactly_its_declared_entries() {
    let operations = operations();
    let doc = document(&operations);
    for operation in &operations {
        let found = &doc["paths"][operation.path()][operation.method().to_ascii_lowercase()];
        let mut codes = codes_by_status(&doc, found);
        codes.iter_mut().for_each(|(_, c)| c.sort());
        let mut declared = declared_by_status(operation);
        declared.iter_mut().for_each(|(_, c)| c.sort());
        assert_eq!(codes, declared, "{operation:?}");
    }
    // Spelled out for one: GetMemberErrors has Unauthorized, Suspended,
    // MemberNotFound and Storage, and none of the others.
    let get = &doc["paths"]["/members/{id}"]["get"];
    assert_eq!(
        codes_by_status(&doc, get),
        [
            ("401".to_owned(), vec!["34401".to_owned()]),
            ("403".to_owned(), vec!["35403".to_owned()]),
            ("404".to_owned(), vec!["34404".to_owned()]),
            ("503".to_owned(), vec!["34503".to_owned()]),
        ]
    );
    assert_eq!(get["operationId"], "GetMemberErrors");
    assert_eq!(get["summary"], "GET /members/{id}");
    assert_eq!(
        get["parameters"],
        serde_json::json!([{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}])
    );
}

#[test]
fn a_response_with_every_entry_of_its_status_refs_the_shared_component() {
    let doc = document(&operations());
    let get = &doc["paths"]["/members/{id}"]["get"]["responses"];
    // Every 401 of the catalogue: the shared component.
    assert_eq!(
        get["401"]["$ref"],
        "#/components/responses/ServiceError_401"
    );
    // Storage without Throttled (both sent with 503): written in, with
    // only Storage's example and no Retry-After header.
    let storage = &get["503"];
    assert!(storage.get("$ref").is_none(), "{storage}");
    let examples = storage["content"]["application/json"]["examples"]
        .as_object()
        .unwrap();
    assert_eq!(examples.keys().collect::<Vec<_>>(), ["Storage"]);
    assert!(storage.get("headers").is_none(), "{storage}");
    assert!(!storage["description"].as_str().unwrap().contains("34429"));
    // The header of the entry that sends it, where it is declared.
    let create = &doc["paths"]["/members"]["post"]["responses"];
    assert_eq!(
        resolve(&doc, &create["401"])["headers"]["WWW-Authenticate"]["required"],
        true
    );
    let throttled = resolve(&doc, &create["429"]);
    assert!(
        throttled["headers"]["Retry-After"].is_object(),
        "{throttled}"
    );
    // Throttled has a schema of its own (its `#[body]` member), by `$ref`.
    assert_eq!(
        throttled["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/ServiceErrorThrottled"
    );
}

#[test]
fn components_hold_only_what_the_operations_use() {
    let operations = [Operation::new::<GetMemberErrors>("GET", "/members/{id}")];
    let doc = document(&operations);
    let responses: Vec<&String> = doc["components"]["responses"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    // 401, 403 and 404 are each one entry of the catalogue; 503 is not
    // (Throttled is sent with it too) and is written in.
    assert_eq!(
        responses,
        ["ServiceError_401", "ServiceError_403", "ServiceError_404"]
    );
    let schemas: Vec<&String> = doc["components"]["schemas"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    // The schemas of those statuses' entries (503's is Unavailable's alone,
    // as Throttled has its own); the format's body, which no response uses,
    // is left out.
    assert_eq!(
        schemas,
        [
            "ServiceError_401",
            "ServiceError_403",
            "ServiceError_404",
            "ServiceError_503"
        ]
    );
    // Without operations, the catalogue's whole components, as before.
    let whole = document(&[]);
    assert_eq!(whole, errcodes::docs::openapi::<ServiceError>("1.0.0"));
    assert_eq!(whole["paths"], serde_json::json!({}));
    assert!(whole["components"]["responses"]["ServiceError_409"].is_object());
    assert!(whole["components"]["schemas"]["ServiceErrorThrottled"].is_object());
}

#[test]
fn one_set_on_two_routes_has_two_ids_and_a_route_given_twice_is_documented_once() {
    let mut operations = operations().to_vec();
    operations.push(Operation::new::<CreateMemberErrors>("get", "/members/{id}"));
    let doc = document(&operations);
    let mut ids: Vec<&str> = doc["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|item| item.as_object().unwrap().values())
        .map(|operation| operation["operationId"].as_str().unwrap())
        .collect();
    ids.sort_unstable();
    assert_eq!(
        ids,
        [
            "CreateMemberErrors",
            "DeleteAccountErrors",
            "DeleteAccountErrors_2",
            "GetMemberErrors"
        ]
    );
    // `GET /members/{id}` as first given: GetMemberErrors.
    let get = &doc["paths"]["/members/{id}"];
    assert_eq!(get.as_object().unwrap().len(), 1);
    assert_eq!(get["get"]["operationId"], "GetMemberErrors");
    let nested = &doc["paths"]["/accounts/{account}/members/{id}"]["delete"]["parameters"];
    let names: Vec<&Value> = nested
        .as_array()
        .unwrap()
        .iter()
        .map(|p| &p["name"])
        .collect();
    assert_eq!(names, ["account", "id"]);
}

#[test]
fn responses_of_a_set_are_the_responses_with_its_entries() {
    let view = View::of::<ServiceError>();
    let all = OpenApi::new(&view).responses();
    assert_eq!(OpenApi::new(&view).responses_of::<ServiceError>(), all);
    let get = OpenApi::new(&view).responses_of::<GetMemberErrors>();
    let keys: Vec<&String> = get.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["401", "403", "404", "503"]);
    for status in ["401", "403", "404"] {
        assert_eq!(get[status], all[status], "{status}");
    }
    let storage = get["503"]["content"]["application/json"]["examples"]
        .as_object()
        .unwrap();
    assert_eq!(storage.keys().collect::<Vec<_>>(), ["Storage"]);
    // `Account` without a list of its entries: all of them.
    let delete = OpenApi::new(&view).responses_of::<DeleteAccountErrors>();
    let keys: Vec<&String> = delete.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["401", "403", "410"]);
    assert_eq!(DeleteAccountErrors::entries().len(), 3);
}

#[test]
fn the_document_of_operations_passes_every_validator_and_uses_every_component() {
    let path = target_file("operations");
    let operations = operations();
    let mut doc = OpenApi::new(&View::of::<ServiceError>())
        .license(License::new("MIT").identifier("MIT"))
        .operations(&operations)
        .document("1.0.0");
    // Which operations need which credentials is not the catalogue's to
    // say, and Redocly's `security-defined` wants it said: the user adds it,
    // as the utoipa document of `tests/web/utoipa.rs` does.
    doc["security"] = serde_json::json!([{}]);
    std::fs::write(&path, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    validate(std::slice::from_ref(&path));
    let bare = target_file("operations-none");
    std::fs::write(
        &bare,
        OpenApi::new(&View::of::<ServiceError>())
            .license(License::new("MIT").identifier("MIT"))
            .to_string_pretty("1.0.0"),
    )
    .unwrap();
    let (Some(lint), Some(bare)) = (redocly_lint(&path), redocly_lint(&bare)) else {
        return;
    };
    // The document without operations shows that the check can see it.
    assert!(bare.contains("no-unused-components"), "{bare}");
    assert!(!lint.contains("no-unused-components"), "{lint}");
    // What is left is what only the user's own operations can say: their
    // success responses.
    let warnings: Vec<&str> = lint
        .lines()
        .filter(|line| line.contains(" warning ") && !line.contains("Deprecation"))
        .filter(|line| !line.contains("operation-2xx-response"))
        .collect();
    assert!(warnings.is_empty(), "{lint}");
}

// ---- Hostile operations: what a user may pass to `Operation::new`. ----

errcodes::error_set! {
    /// An operation that returns none of the catalogue's errors.
    pub NoErrors: ServiceError = [];
}

/// Writes `doc` (with the `security` the user adds) and runs the three
/// validators on it.
fn validated(name: &str, mut doc: Value) -> Value {
    doc["security"] = serde_json::json!([{}]);
    let path = target_file(name);
    std::fs::write(&path, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    validate(std::slice::from_ref(&path));
    doc
}

/// OpenAPI 3 (Operation Object, `parameters`): "The list MUST NOT include
/// duplicated parameters. A unique parameter is defined by a combination of
/// a name and location." A template naming `{id}` twice must not give the
/// operation two `id` path parameters (nor one named `` for `{}`): the
/// document the writer produces must stay valid.
#[test]
fn a_path_naming_a_parameter_twice_gets_no_duplicated_parameters() {
    let operations = [
        Operation::new::<GetMemberErrors>("GET", "/members/{id}/friends/{id}"),
        Operation::new::<GetMemberErrors>("GET", "/things/{}"),
    ];
    let doc = validated("operations-duplicate-parameter", document(&operations));
    for (path, item) in doc["paths"].as_object().unwrap() {
        let names: Vec<&str> = item["get"]["parameters"]
            .as_array()
            .map(|ps| ps.iter().filter_map(|p| p["name"].as_str()).collect())
            .unwrap_or_default();
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "{path}: {names:?}");
        assert!(!names.contains(&""), "{path}: a parameter without a name");
    }
}

/// A Path Item Object has fixed fields (`get`, `put`, `post`, `delete`,
/// `options`, `head`, `patch`, `trace`, ...) and `x-` extensions, nothing
/// else: a method `Operation::new` cannot document ("FETCH", "", "GET ")
/// must not become a key of the path item, which makes the whole document
/// invalid. Expected: such an operation is refused or left out, and the
/// document still validates.
#[test]
fn a_method_openapi_has_no_field_for_never_becomes_a_path_item_key() {
    const METHODS: [&str; 8] = [
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    ];
    let operations = [
        Operation::new::<GetMemberErrors>("GET", "/members/{id}"),
        Operation::new::<GetMemberErrors>("FETCH", "/fetch/{id}"),
        Operation::new::<GetMemberErrors>("", "/empty/{id}"),
        Operation::new::<GetMemberErrors>("GET ", "/spaced/{id}"),
    ];
    let doc = document(&operations);
    for (path, item) in doc["paths"].as_object().unwrap() {
        for key in item.as_object().unwrap().keys() {
            assert!(
                METHODS.contains(&key.as_str()) || key == "parameters" || key.starts_with("x-"),
                "{path} has a field `{key}` that OpenAPI does not define"
            );
        }
    }
    validated("operations-bad-methods", doc);
}

/// Paths Object: "The field name MUST begin with a forward slash (`/`)."
/// A path given without one must not be written as a key of `paths` as
/// it is.
#[test]
fn a_path_without_a_leading_slash_is_not_written_as_a_paths_key() {
    let operations = [Operation::new::<GetMemberErrors>("GET", "members/{id}")];
    let doc = document(&operations);
    for path in doc["paths"].as_object().unwrap().keys() {
        assert!(path.starts_with('/'), "`paths` has the key {path:?}");
    }
    validated("operations-relative-path", doc);
}

/// Responses Object: "The Responses Object MUST contain at least one
/// response code". An operation whose set is empty (`error_set!` accepts
/// `[]`) must still get a valid Operation Object, not `"responses": {}`.
#[test]
fn an_operation_with_an_empty_set_still_has_a_response() {
    assert!(NoErrors::entries().is_empty());
    let operations = [Operation::new::<NoErrors>("GET", "/health")];
    let doc = document(&operations);
    let responses = doc["paths"]["/health"]["get"]["responses"]
        .as_object()
        .unwrap();
    assert!(!responses.is_empty(), "{doc:#}");
    validated("operations-empty-set", doc);
}

/// A catalogue the document's view is not of.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
pub enum BillingError {
    #[code(36402, status = 402, msg = "Payment required")]
    PaymentRequired,
}

errcodes::error_set! {
    pub PayErrors: BillingError = [PaymentRequired];
}

/// An operation whose set is of another catalogue than the view's (a
/// second service's routes passed by mistake, or a gateway's) is, in this
/// document, silently an operation that returns no error at all
/// (`"responses": {}`), while `Lock::with_operations` records the same
/// operation with its set's entries: the document and the lock of one API
/// disagree, and nothing tells the user. Expected: the document lists the
/// operation's declared entries (as the lock does), or the mistake is
/// reported; never an operation documented as error-free.
#[test]
fn an_operation_of_another_catalogue_is_not_documented_as_returning_nothing() {
    let pay = Operation::new::<PayErrors>("POST", "/pay");
    assert_eq!(pay.entries().len(), 1);
    let lock = errcodes::contract::Lock::of::<ServiceError>().with_operations(&[pay]);
    assert!(lock
        .to_string()
        .contains(r#"[[402,36402,"PaymentRequired"]]"#));
    let doc = document(&[pay]);
    let responses = &doc["paths"]["/pay"]["post"]["responses"];
    assert!(
        responses.get("402").is_some(),
        "the lock says POST /pay returns 402, the document: {responses}"
    );
}

/// A route written with its query (`/search?q={q}`): OpenAPI's path keys
/// hold no query (Redocly's `path-not-include-query`), and `{q}` becomes a
/// *path* parameter that the path does not have. Expected: refused, or the
/// query left out of the key and no path parameter for it; the document
/// validates either way.
#[test]
fn a_path_with_a_query_string_is_not_written_as_a_paths_key() {
    let operations = [Operation::new::<GetMemberErrors>("GET", "/search?q={q}")];
    let doc = document(&operations);
    for path in doc["paths"].as_object().unwrap().keys() {
        assert!(!path.contains('?'), "`paths` has the key {path:?}");
    }
    validated("operations-query-in-path", doc);
}

/// What `document` leaves out it says, in `x-errcodes-skipped`, and
/// `try_document` refuses with a typed error naming the operation and its
/// problem; the valid operations are documented either way.
#[test]
fn an_operation_openapi_cannot_document_is_listed_as_skipped_or_refused() {
    use errcodes::OperationProblem;
    let operations = [
        Operation::new::<GetMemberErrors>("get", "/members/{id}"),
        Operation::new::<GetMemberErrors>("FETCH", "/fetch"),
        Operation::new::<GetMemberErrors>("GET", "members"),
        Operation::new::<GetMemberErrors>("GET", "/search?q={q}"),
        Operation::new::<GetMemberErrors>("GET", "/things/{}"),
        Operation::new::<GetMemberErrors>("GET", "/a/{id}/b/{id}"),
        Operation::new::<GetMemberErrors>("GET", "/open/{id"),
    ];
    let problems: Vec<Option<OperationProblem>> = operations
        .iter()
        .map(|o| o.check().err().map(|e| e.problem().clone()))
        .collect();
    assert_eq!(
        problems,
        [
            None,
            Some(OperationProblem::Method),
            Some(OperationProblem::RelativePath),
            Some(OperationProblem::Query),
            Some(OperationProblem::EmptyParameter),
            Some(OperationProblem::RepeatedParameter("id")),
            Some(OperationProblem::UnmatchedBrace),
        ]
    );
    let doc = validated("operations-skipped", document(&operations));
    let paths: Vec<&String> = doc["paths"].as_object().unwrap().keys().collect();
    assert_eq!(paths, ["/members/{id}"]);
    let skipped = doc["x-errcodes-skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 6, "{skipped:?}");
    assert_eq!(skipped[0]["method"], "FETCH");
    assert_eq!(skipped[0]["path"], "/fetch");
    assert_eq!(skipped[0]["operationId"], "GetMemberErrors");
    assert_eq!(
        skipped[4]["problem"],
        "the path names the parameter 'id' twice"
    );

    let view = View::of::<ServiceError>();
    let api = OpenApi::new(&view);
    let error = api
        .operations(&operations)
        .try_document("1.0.0")
        .unwrap_err();
    assert_eq!((error.method(), error.path()), ("FETCH", "/fetch"));
    assert_eq!(
        error.to_string(),
        "FETCH /fetch: the method is none of GET, PUT, POST, DELETE, OPTIONS, HEAD, PATCH, TRACE"
    );
    let valid = api.operations(&operations[..1]).try_document("1.0.0");
    assert_eq!(valid.unwrap(), document(&operations[..1]));
    assert!(document(&operations[..1])
        .get("x-errcodes-skipped")
        .is_none());
}

/// Another catalogue's operation has its own catalogue's responses written
/// in (examples and schema), and the document still validates.
#[test]
fn an_operation_of_another_catalogue_has_its_own_responses_written_in() {
    let operations = [
        Operation::new::<GetMemberErrors>("GET", "/members/{id}"),
        Operation::new::<PayErrors>("POST", "/pay"),
    ];
    let doc = validated("operations-other-catalogue", document(&operations));
    let response = &doc["paths"]["/pay"]["post"]["responses"]["402"];
    let media = &response["content"]["application/json"];
    assert_eq!(media["examples"]["PaymentRequired"]["value"]["code"], 36402);
    assert!(media["schema"]["$ref"].is_null(), "{media}");
    assert!(media["schema"]["properties"]["code"].is_object(), "{media}");
    let empty = validated(
        "operations-empty-set-default",
        document(&[Operation::new::<NoErrors>("GET", "/health")]),
    );
    let default = &empty["paths"]["/health"]["get"]["responses"]["default"];
    assert!(default["description"]
        .as_str()
        .unwrap()
        .starts_with("NoErrors declares no error"));
}

// attack: `GET /members/{id}` and `GET /members/{name}` are one operation to OpenAPI ("Templated paths with the same hierarchy but different templated names MUST NOT exist"); both are written as `paths` keys and redocly fails with no-identical-paths
#[test]
fn paths_differing_only_in_parameter_names_are_written_once() {
    let operations = [
        Operation::new::<GetMemberErrors>("GET", "/members/{id}"),
        Operation::new::<CreateMemberErrors>("GET", "/members/{name}"),
    ];
    let doc = document(&operations);
    let get_count = doc["paths"]
        .as_object()
        .unwrap()
        .values()
        .filter(|item| item.get("get").is_some())
        .count();
    assert_eq!(get_count, 1, "{:#}", doc["paths"]);
    validated("attack-operations-identical-paths", doc);
}

/// One route, one operation: a later operation on the route of an earlier
/// one (the lock's definition: the method, and the path with its
/// parameters' names left out) is left out with its reason, as is one of
/// another method spelling the same path otherwise, and `try_document`
/// refuses either with a typed error; the same operation given again
/// counts once.
#[test]
fn an_operation_on_the_route_of_one_before_is_skipped_with_its_reason_or_refused() {
    use errcodes::OperationProblem;
    let operations = [
        Operation::new::<GetMemberErrors>("GET", "/members/{id}"),
        Operation::new::<CreateMemberErrors>("get", "/members/{name}"),
        Operation::new::<CreateMemberErrors>("POST", "/members/{member}"),
        Operation::new::<GetMemberErrors>("get", "/members/{id}"),
    ];
    for operation in &operations {
        assert!(
            operation.check().is_ok(),
            "{operation:?}: only the list knows"
        );
    }
    let doc = validated("operations-same-route", document(&operations));
    let paths: Vec<&String> = doc["paths"].as_object().unwrap().keys().collect();
    assert_eq!(paths, ["/members/{id}"]);
    assert_eq!(
        doc["paths"]["/members/{id}"]["get"]["operationId"],
        "GetMemberErrors"
    );
    let skipped = doc["x-errcodes-skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert_eq!(skipped[0]["path"], "/members/{name}");
    assert_eq!(
        skipped[0]["problem"],
        "GET /members/{id}, given before, is the same route (paths that differ only in \
         their parameters' names match the same URLs)"
    );
    assert_eq!(skipped[1]["method"], "POST");
    assert_eq!(
        skipped[1]["problem"],
        "an operation given before spells the path /members/{id}: one path has one \
         spelling of its parameters' names"
    );

    let view = View::of::<ServiceError>();
    let api = OpenApi::new(&view);
    let error = api
        .operations(&operations)
        .try_document("1.0.0")
        .unwrap_err();
    assert_eq!((error.method(), error.path()), ("get", "/members/{name}"));
    assert_eq!(
        error.problem(),
        &OperationProblem::SameRoute {
            method: "GET",
            path: "/members/{id}"
        }
    );
    let spelled = [operations[0], operations[2]];
    let error = api.operations(&spelled).try_document("1.0.0").unwrap_err();
    assert_eq!(
        error.problem(),
        &OperationProblem::PathSpelledApart("/members/{id}")
    );
    let repeated = [operations[0], operations[3]];
    assert_eq!(
        api.operations(&repeated).try_document("1.0.0").unwrap(),
        document(&operations[..1])
    );
}
