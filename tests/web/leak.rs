//! No field's value reaches a client but by the body's rule: a secret held
//! in a source error, in a 5xx variant's fields, or in a field no attribute
//! sends, appears in none of the bytes a client receives, over every path
//! (bodies, prepared bodies, translated bodies and messages, headers, the
//! axum and actix-web responses, gRPC message, details and metadata), in
//! every built-in format, for a domain enum and for a service enum wrapping
//! it with `#[code(transparent)]`. What cannot follow the rule at run time
//! is refused at compile time: the cases in `tests/ui/leak/`.

use errcodes::ApiError;

const SECRET: &str = "password=hunter2";

/// A domain enum in `$format` holding the secret in every variant, and
/// (after `wrapped`) a service enum wrapping it with `#[code(transparent)]`.
macro_rules! catalogue {
    ($module:ident, $format:path $(, $wrapped:ident)?) => {
        pub mod $module {
            use errcodes::ApiError;

            #[derive(Debug, ApiError)]
            #[api_error(format = $format, locales = "tests/locales/leak")]
            pub enum Domain {
                #[code("db", status = 500, msg = "db failed for {user}")]
                Db { user: String },
                #[code("unclassified", msg = "failed for {user}")]
                Unclassified { user: String },
                #[code("conflict", status = 409, msg = "conflict: {cause}")]
                Conflict {
                    #[source]
                    cause: std::io::Error,
                },
                #[code("io", status = 400, msg = "io: {0}")]
                Io(#[from] std::io::Error),
                #[code("limited", status = 429, msg = "too many requests")]
                Limited {
                    #[body]
                    #[header("Retry-After")]
                    wait: u64,
                    #[allow(dead_code)] // held, and sent by nothing
                    user: String,
                },
            }

            pub fn values() -> Vec<Domain> {
                let secret = || super::super::SECRET.to_owned();
                vec![
                    Domain::Db { user: secret() },
                    Domain::Unclassified { user: secret() },
                    Domain::Conflict {
                        cause: std::io::Error::other(secret()),
                    },
                    Domain::Io(std::io::Error::other(secret())),
                    Domain::Limited {
                        wait: 30,
                        user: secret(),
                    },
                ]
            }

            $(
                #[derive(Debug, ApiError)]
                #[api_error(format = $format, locales = "tests/locales/leak-outer")]
                pub enum Outer {
                    #[code("own", status = 500, msg = "own failure for {user}")]
                    Own { user: String },
                    #[code(transparent)]
                    Domain(#[from] Domain),
                }

                #[test]
                fn $wrapped() {
                    for error in values() {
                        super::super::assert_no_leak(&Outer::from(error));
                    }
                    let own = Outer::Own { user: super::super::SECRET.to_owned() };
                    super::super::assert_no_leak(&own);
                }
            )?

            #[test]
            fn bare() {
                // The prepared body is among the paths: a hidden message's
                // body does not depend on the fields.
                assert!(ApiError::static_body(&values()[0]).is_some());
                for error in values() {
                    super::super::assert_no_leak(&error);
                }
            }
        }
    };
}

mod every_format {
    catalogue!(plain, errcodes::format::Plain, wrapped);
    catalogue!(problem, errcodes::format::Problem, wrapped);
    catalogue!(mastodon, errcodes::format::Mastodon, wrapped);
    catalogue!(pluralkit, errcodes::format::PluralKit, wrapped);
    catalogue!(fresns, errcodes::format::Fresns, wrapped);
    catalogue!(matrix, errcodes::format::Matrix, wrapped);
}

/// Two levels of `#[code(transparent)]`: the outer enum sends what the
/// innermost would, and nothing more.
#[test]
fn wrapped_twice() {
    #[derive(Debug, ApiError)]
    enum Service {
        #[code(transparent)]
        Outer(#[from] every_format::plain::Outer),
    }
    for error in every_format::plain::values() {
        assert_no_leak(&Service::from(every_format::plain::Outer::from(error)));
    }
}

/// Each path to a client, named, with the bytes it sends for `error`.
fn client_bytes<E: ApiError + serde::Serialize + std::fmt::Debug>(
    error: &E,
) -> Vec<(&'static str, Vec<u8>)> {
    let mut out = vec![
        ("Serialize", serde_json::to_vec(error).unwrap()),
        ("write_body", written(|b| error.write_body(b))),
        (
            "write_body_in(de)",
            written(|b| error.write_body_in("de", b)),
        ),
        (
            "write_body_in(en)",
            written(|b| error.write_body_in("en", b)),
        ),
        ("message_in(de)", error.message_in("de").to_string().into()),
        ("message_in(en)", error.message_in("en").to_string().into()),
        (
            "format::message",
            errcodes::format::message(error).to_string().into(),
        ),
    ];
    if let Some(body) = error.static_body() {
        out.push(("static_body", body.to_vec()));
    }
    let mut headers = http::HeaderMap::new();
    let _ = error.write_headers(&mut headers);
    out.push(("write_headers", header_bytes(&headers)));
    adapters::collect(error, &mut out);
    grpc::collect(error, &mut out);
    out
}

fn written(write: impl FnOnce(&mut Vec<u8>) -> serde_json::Result<()>) -> Vec<u8> {
    let mut out = Vec::new();
    write(&mut out).unwrap();
    out
}

fn header_bytes<'a>(
    headers: impl IntoIterator<Item = (&'a http::HeaderName, &'a http::HeaderValue)>,
) -> Vec<u8> {
    let mut out = Vec::new();
    for (name, value) in headers {
        out.extend_from_slice(name.as_str().as_bytes());
        out.extend_from_slice(b": ");
        out.extend_from_slice(value.as_bytes());
        out.push(b'\n');
    }
    out
}

fn assert_no_leak<E: ApiError + serde::Serialize + std::fmt::Debug>(error: &E) {
    // The secret is in the value: a path that showed the fields would leak it.
    assert!(format!("{error:?}").contains(SECRET), "{error:?}");
    for (path, bytes) in client_bytes(error) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains(SECRET),
            "{path} sends the secret of {error:?}: {text}"
        );
    }
}

/// The check sees the secret where it is sent: an exposed message and a
/// `#[body]` field carry it, over the same paths.
#[test]
fn the_check_finds_a_secret_that_is_sent() {
    #[derive(Debug, ApiError)]
    enum Shown {
        #[code(1, status = 404, msg = "no member {user}")]
        Missing { user: String },
        #[code(2, status = 500, msg = "down")]
        Down {
            #[body]
            user: String,
        },
        #[code(3, status = 429, msg = "slow down")]
        Limited {
            #[header("X-User")]
            user: String,
        },
    }
    let user = || SECRET.to_owned();
    for (error, expected) in [
        (
            Shown::Missing { user: user() },
            &[
                "Serialize",
                "write_body",
                "message_in(en)",
                "format::message",
            ][..],
        ),
        (Shown::Down { user: user() }, &["Serialize", "write_body"]),
        (Shown::Limited { user: user() }, &["write_headers"]),
    ] {
        let leaking: Vec<_> = client_bytes(&error)
            .into_iter()
            .filter(|(_, bytes)| String::from_utf8_lossy(bytes).contains(SECRET))
            .map(|(path, _)| path)
            .collect();
        for path in expected {
            assert!(
                leaking.contains(path),
                "{error:?}: {path} not in {leaking:?}"
            );
        }
        #[cfg(all(feature = "axum", feature = "actix-web", feature = "tonic"))]
        assert!(
            leaking.contains(&"axum") && leaking.contains(&"actix-web"),
            "{leaking:?}"
        );
    }
}

#[cfg(all(feature = "axum", feature = "actix-web"))]
mod adapters {
    use super::*;

    pub fn collect<E: ApiError>(error: &E, out: &mut Vec<(&'static str, Vec<u8>)>) {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        for (path, response) in [
            ("axum", errcodes::axum::into_response(error)),
            ("axum in de", errcodes::axum::into_response_in(error, "de")),
        ] {
            let info = response.extensions().get::<errcodes::ErrorInfo>();
            out.push(("ErrorInfo", format!("{info:?}").into()));
            out.push((path, header_bytes(response.headers())));
            let body = runtime
                .block_on(axum::body::to_bytes(response.into_body(), usize::MAX))
                .unwrap();
            out.push((path, body.to_vec()));
        }
        let request = actix_web::test::TestRequest::default()
            .insert_header(("accept-language", "de"))
            .to_http_request();
        for (path, response) in [
            ("actix-web", errcodes::actix_web::error_response(error)),
            (
                "actix-web in de",
                errcodes::actix_web::error_response_in(error, &request),
            ),
        ] {
            let info = response.extensions().get::<errcodes::ErrorInfo>().copied();
            out.push(("ErrorInfo", format!("{info:?}").into()));
            let mut head = Vec::new();
            for (name, value) in response.headers() {
                head.extend_from_slice(name.as_str().as_bytes());
                head.extend_from_slice(value.as_bytes());
            }
            out.push((path, head));
            let body = runtime
                .block_on(actix_web::body::to_bytes(response.into_body()))
                .unwrap();
            out.push((path, body.to_vec()));
        }
    }
}

#[cfg(not(all(feature = "axum", feature = "actix-web")))]
mod adapters {
    pub fn collect<E>(_: &E, _: &mut Vec<(&'static str, Vec<u8>)>) {}
}

#[cfg(feature = "tonic")]
mod grpc {
    use super::*;

    pub fn collect<E: ApiError>(error: &E, out: &mut Vec<(&'static str, Vec<u8>)>) {
        let status = errcodes::tonic::status(error);
        out.push(("gRPC message", status.message().into()));
        // `google.rpc.Status` holds its strings as they are: the ErrorInfo's
        // reason, domain and metadata.
        out.push(("gRPC details", status.details().to_vec()));
        let metadata = format!("{:?}", status.metadata());
        out.push(("gRPC metadata", metadata.into()));
        let response = status.into_http::<()>();
        out.push(("gRPC trailers", header_bytes(response.headers())));
    }
}

#[cfg(not(feature = "tonic"))]
mod grpc {
    pub fn collect<E>(_: &E, _: &mut Vec<(&'static str, Vec<u8>)>) {}
}
