//! What generators read in the OpenAPI document: each response's schema
//! lists exactly the codes its entries carry, typed by the catalogue's
//! kind; component names without dots; objects without members allow any;
//! and the same document in OpenAPI 3.0.3.

use errcodes::docs::{License, OpenApi, Spec, View};
use errcodes::{ApiError, Operation};
use serde_json::json;

use crate::common::validators::{target_file, validate};

#[allow(dead_code)]
#[derive(Debug, ApiError)]
pub enum ShopError {
    #[code(34401, status = 401, msg = "Missing token")]
    MissingToken,
    #[code(34402, status = 401, msg = "Expired token")]
    ExpiredToken,
    #[code(34429, status = 429, msg = "Slow down")]
    Throttled {
        #[body]
        retry_after: Option<u64>,
    },
    #[code(34001, msg = "Unreachable")]
    Unreachable,
}

errcodes::error_set! { pub LoginErrors: ShopError = [ExpiredToken, Throttled]; }
errcodes::error_set! { pub AnyErrors: ShopError = [MissingToken, ExpiredToken, Throttled, Unreachable]; }

#[test]
fn each_schema_lists_exactly_the_codes_of_its_bodies() {
    let doc = errcodes::docs::openapi::<ShopError>("1");
    let schemas = &doc["components"]["schemas"];
    let code = |name: &str| schemas[name]["properties"]["code"].clone();
    assert_eq!(
        code("ShopError"),
        json!({"description": "the error code", "type": "integer", "enum": [34401, 34402, 34429, 34001]})
    );
    assert_eq!(code("ShopError_401")["enum"], json!([34401, 34402]));
    assert_eq!(code("ShopError_default")["enum"], json!([34001]));
    assert_eq!(code("ShopErrorThrottled")["enum"], json!([34429]));
    assert_eq!(code("ShopErrorThrottled")["type"], "integer");
    let responses = &doc["components"]["responses"];
    assert_eq!(
        responses["ShopError_401"]["content"]["application/json"]["schema"],
        json!({"$ref": "#/components/schemas/ShopError_401"})
    );
    assert_eq!(
        responses["ShopError_429"]["content"]["application/json"]["schema"],
        json!({"$ref": "#/components/schemas/ShopErrorThrottled"})
    );
    // Standing alone, a response's schema is written in with its codes.
    let alone = OpenApi::new(&View::of::<ShopError>()).responses();
    assert_eq!(
        alone["401"]["content"]["application/json"]["schema"]["properties"]["code"]["enum"],
        json!([34401, 34402])
    );
}

#[test]
fn an_operation_s_share_of_a_status_lists_only_its_codes() {
    let view = View::of::<ShopError>();
    let operations = [Operation::new::<LoginErrors>("POST", "/login")];
    let doc = OpenApi::new(&view).operations(&operations).document("1");
    let responses = &doc["paths"]["/login"]["post"]["responses"];
    let schema = &responses["401"]["content"]["application/json"]["schema"];
    assert_eq!(schema["properties"]["code"]["enum"], json!([34402]));
    assert_eq!(schema["required"], json!(["code", "message"]));
    assert_eq!(
        responses["429"]["$ref"],
        "#/components/responses/ShopError_429"
    );
}

/// Matrix's codes are strings: `string`, not any code.
#[test]
fn string_codes_are_strings() {
    #[allow(dead_code)]
    #[derive(Debug, ApiError)]
    #[api_error(format = errcodes::format::Matrix)]
    pub enum Mx {
        #[code("M_FORBIDDEN", status = 403, msg = "Forbidden")]
        Forbidden,
    }
    let doc = errcodes::docs::openapi::<Mx>("1");
    let code = &doc["components"]["schemas"]["Mx_403"]["properties"]["errcode"];
    assert_eq!(code["type"], "string");
    assert_eq!(code["enum"], json!(["M_FORBIDDEN"]));
}

/// PluralKit's `errors` is an object whose members it does not name:
/// `additionalProperties: true` says any are allowed, where generators
/// would otherwise allow none (openapi-typescript's `Record<string, never>`).
#[test]
fn an_object_without_named_members_allows_any() {
    let doc = errcodes::docs::openapi::<errcodes_catalogues::pluralkit::PluralKitError>("1");
    let errors = &doc["components"]["schemas"]["PluralKitError_404"]["properties"]["errors"];
    assert_eq!(errors["type"], "object");
    assert_eq!(errors["additionalProperties"], true);
}

#[test]
fn openapi_3_0_says_the_same_in_3_0_words() {
    let view = View::of::<ShopError>();
    let doc = OpenApi::new(&view).spec(Spec::V3_0).document("1");
    assert_eq!(doc["openapi"], "3.0.3");
    let schemas = &doc["components"]["schemas"];
    assert_eq!(
        schemas["ShopError_401"]["properties"]["code"],
        json!({"description": "the error code", "type": "integer", "enum": [34401, 34402]})
    );
    // The Responses Object and the body schema alone, too.
    let responses = OpenApi::new(&view).spec(Spec::V3_0).responses();
    let inline = &responses["429"]["content"]["application/json"]["schema"];
    assert_eq!(inline["properties"]["code"]["enum"], json!([34429]));
    assert_eq!(
        OpenApi::new(&view).spec(Spec::V3_0).body_schema()["properties"]["code"]["type"],
        "integer"
    );
    // Fresns' `data`, always `null`: 3.0 has no `null` type.
    let fresns = View::of::<errcodes_catalogues::fresns::FresnsError>();
    let doc = OpenApi::new(&fresns).spec(Spec::V3_0).document("1");
    assert_eq!(
        doc["components"]["schemas"]["FresnsError_default"]["properties"]["data"],
        json!({"description": "always null", "type": "string", "enum": [null], "nullable": true})
    );
    // 3.1 is the default, and says `null` as a type.
    let v3_1 = OpenApi::new(&fresns).document("1");
    assert_eq!(v3_1["openapi"], "3.1.0");
    assert_eq!(
        v3_1["components"]["schemas"]["FresnsError_default"]["properties"]["data"]["type"],
        "null"
    );
}

/// With operations, in 3.0: the real validators accept it (the user adds
/// `security`, as Redocly's `security-defined` asks).
#[test]
fn the_3_0_document_of_operations_passes_every_validator() {
    let view = View::of::<ShopError>();
    let operations = [
        Operation::new::<LoginErrors>("POST", "/login"),
        Operation::new::<AnyErrors>("GET", "/items/{id}"),
    ];
    let mut doc = OpenApi::new(&view)
        .license(License::new("MIT").identifier("MIT"))
        .operations(&operations)
        .spec(Spec::V3_0)
        .document("1.0.0");
    assert_eq!(
        doc["info"]["license"],
        json!({"name": "MIT", "url": "https://spdx.org/licenses/MIT.html"})
    );
    doc["security"] = json!([{}]);
    let path = target_file("operations-3.0");
    std::fs::write(&path, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    validate(std::slice::from_ref(&path));
}
