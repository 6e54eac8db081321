//! `errcodes::tonic`: errors as gRPC statuses with `google.rpc.ErrorInfo`
//! details, decoded back on the client; and a real tonic server and client
//! over loopback.
#![cfg(feature = "tonic")]

use std::collections::HashMap;
use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use errcodes::decode::{Decoded, Evidence, Reason, Received};
use errcodes::tonic::{decode, decode_in, status, status_in, MAX_DETAILS_LEN};
use errcodes::ApiError;
use prost::Message as _;
use tonic::{Code, Status};
use tonic_types::{ErrorDetails, StatusExt as _};

/// Errors of the accounts service.
#[derive(Debug, ApiError)]
pub enum AccountError {
    #[code(34306, status = 404, msg = "Member '{user}' not found.")]
    NotFound {
        #[body]
        user: String,
    },

    #[code(34409, status = 409, msg = "Name taken", grpc = "ALREADY_EXISTS")]
    Taken,

    #[code(34429, status = 429, msg = "Too many requests", name = "RateLimited")]
    Throttled {
        #[body(rename = "retryAfter")]
        retry_after: u64,
        #[body]
        reason: String,
    },

    #[code(34500, status = 500, msg = "Storage of {what} failed")]
    Storage { what: String },

    #[code(34501, status = 500, msg = "Disk failed")]
    Disk(#[source] std::io::Error),

    #[code(34401, status = 401, msg = "Sign in")]
    SignIn,
}

fn info(status: &Status) -> tonic_types::ErrorInfo {
    status
        .get_details_error_info()
        .expect("an ErrorInfo detail")
}

#[test]
fn status_carries_the_mapped_code_the_body_message_and_error_info() {
    let s = status(&AccountError::NotFound {
        user: "alice".into(),
    });
    assert_eq!(s.code(), Code::NotFound);
    assert_eq!(s.message(), "Member 'alice' not found.");
    let info = info(&s);
    assert_eq!(info.reason, "NotFound");
    assert_eq!(info.domain, "AccountError");
    let expected: HashMap<String, String> = [("code", "34306"), ("user", "alice")]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    assert_eq!(info.metadata, expected);
}

#[test]
fn declared_grpc_code_overrides_the_mapping() {
    assert_eq!(status(&AccountError::Taken).code(), Code::AlreadyExists);
    assert_eq!(
        AccountError::Taken.info().grpc_code(),
        errcodes::GrpcCode::AlreadyExists
    );
    assert_eq!(status(&AccountError::SignIn).code(), Code::Unauthenticated);
}

#[test]
fn grpc_codes_are_tonic_codes_of_the_same_number() {
    for number in 1..=16 {
        let code = errcodes::GrpcCode::from_i32(number).unwrap();
        let tonic = Code::from(code);
        assert_eq!(tonic as i32, number);
        assert_eq!(
            format!("{tonic:?}").to_uppercase(),
            code.name().replace('_', "")
        );
    }
}

#[test]
fn body_members_are_metadata_text_and_names_are_reasons() {
    let s = status(&AccountError::Throttled {
        retry_after: 30,
        reason: "3".into(),
    });
    assert_eq!(s.code(), Code::ResourceExhausted);
    let info = info(&s);
    assert_eq!(info.reason, "RateLimited");
    assert_eq!(info.metadata["retryAfter"], "30");
    // A string that reads as JSON keeps its quotes, so it is not taken for a number.
    assert_eq!(info.metadata["reason"], "\"3\"");
}

#[test]
fn a_5xx_status_carries_the_template_not_field_values() {
    let s = status(&AccountError::Storage {
        what: "password=hunter2".into(),
    });
    assert_eq!(s.code(), Code::Internal);
    assert_eq!(s.message(), "Storage of {what} failed");
    assert!(!format!("{:?}", s.details()).contains("hunter2"));
}

#[test]
fn domain_is_configurable() {
    let s = status_in(&AccountError::SignIn, "accounts.example.com");
    assert_eq!(info(&s).domain, "accounts.example.com");
    assert!(matches!(
        decode_in::<AccountError>(&s, "accounts.example.com"),
        Decoded::Known(Received {
            error: AccountError::SignIn,
            ..
        })
    ));
    let Decoded::Unrecognized(u) = decode::<AccountError>(&s) else {
        panic!("another domain's ErrorInfo was read");
    };
    assert_eq!(u.reason, Reason::Unknown);
}

/// Errors of the billing service, which names its domain once.
#[derive(Debug, ApiError)]
#[api_error(domain = "billing.example.com")]
enum BillingError {
    #[code(1402, status = 402, msg = "Payment required")]
    PaymentRequired,
}

#[test]
fn the_catalogue_domain_is_the_error_info_domain() {
    let s = status(&BillingError::PaymentRequired);
    assert_eq!(info(&s).domain, "billing.example.com");
    assert!(matches!(
        decode::<BillingError>(&s),
        Decoded::Known(Received {
            error: BillingError::PaymentRequired,
            ..
        })
    ));
    let by_type_name = status_in(&BillingError::PaymentRequired, "BillingError");
    let Decoded::Unrecognized(u) = decode::<BillingError>(&by_type_name) else {
        panic!("an ErrorInfo of the type name was read as the domain's");
    };
    assert_eq!(u.reason, Reason::Unknown);
}

#[test]
fn every_rebuildable_variant_round_trips() {
    match decode::<AccountError>(&status(&AccountError::NotFound {
        user: "al{ice}".into(),
    })) {
        Decoded::Known(Received {
            error: AccountError::NotFound { user },
            ..
        }) => assert_eq!(user, "al{ice}"),
        other => panic!("{other:?}"),
    }
    for reason in ["3", "true", "null", "\"q\"", "[1]", "plain", ""] {
        let s = status(&AccountError::Throttled {
            retry_after: 7,
            reason: reason.into(),
        });
        match decode::<AccountError>(&s) {
            Decoded::Known(Received {
                error:
                    AccountError::Throttled {
                        retry_after,
                        reason: got,
                    },
                ..
            }) => {
                assert_eq!(retry_after, 7);
                assert_eq!(got, reason);
            }
            other => panic!("{reason:?}: {other:?}"),
        }
    }
    assert!(matches!(
        decode::<AccountError>(&status(&AccountError::Taken)),
        Decoded::Known(Received {
            error: AccountError::Taken,
            ..
        })
    ));
}

#[test]
fn a_source_is_rebuilt_from_what_the_status_reported() {
    let s = status(&AccountError::Disk(std::io::Error::other("secret")));
    let Decoded::Known(Received {
        error: AccountError::Disk(source),
        message,
        ..
    }) = decode::<AccountError>(&s)
    else {
        panic!("the Disk entry was not decoded");
    };
    // The source is the remote error the server reported, never its text.
    assert_eq!(message.as_deref(), Some("Disk failed"));
    assert!(source.to_string().contains("Disk failed"), "{source}");
    assert!(!source.to_string().contains("secret"));
    // The template's field value was not sent: the 5xx entry hides it.
    let s = status(&AccountError::Storage { what: "db".into() });
    assert_eq!(
        decode::<AccountError>(&s).known().map(|e| e.code()),
        None,
        "a hidden field value was guessed"
    );
}

/// A status with one `ErrorInfo` made by hand, as another server would.
fn forged(code: Code, reason: &str, domain: &str, metadata: &[(&str, &str)]) -> Status {
    let metadata: HashMap<String, String> = metadata
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    Status::with_error_details(
        code,
        "forged",
        ErrorDetails::with_error_info(reason, domain, metadata),
    )
}

fn reason_of(status: &Status) -> Reason {
    match decode::<AccountError>(status) {
        Decoded::Unrecognized(u) => u.reason,
        Decoded::Known(e) => panic!("decoded {e:?}"),
    }
}

#[test]
fn unknown_reasons_codes_and_mismatches_are_unrecognized() {
    let domain = "AccountError";
    let unknown = forged(Code::NotFound, "Nope", domain, &[("code", "34306")]);
    assert_eq!(reason_of(&unknown), Reason::Unknown);
    let wrong_code = forged(
        Code::NotFound,
        "NotFound",
        domain,
        &[("code", "1"), ("user", "a")],
    );
    assert_eq!(reason_of(&wrong_code), Reason::Unknown);
    let no_code = forged(Code::NotFound, "NotFound", domain, &[("user", "a")]);
    assert_eq!(reason_of(&no_code), Reason::Unknown);
    let mismatch = forged(
        Code::Internal,
        "NotFound",
        domain,
        &[("code", "34306"), ("user", "a")],
    );
    assert_eq!(reason_of(&mismatch), Reason::StatusMismatch);
    let missing_member = forged(Code::NotFound, "NotFound", domain, &[("code", "34306")]);
    assert_eq!(reason_of(&missing_member), Reason::NotRebuildable);
    let mistyped = forged(
        Code::ResourceExhausted,
        "RateLimited",
        domain,
        &[("code", "34429"), ("retryAfter", "soon"), ("reason", "x")],
    );
    assert_eq!(reason_of(&mistyped), Reason::NotRebuildable);
    assert_eq!(reason_of(&Status::not_found("plain")), Reason::Unknown);
}

#[test]
fn the_error_info_is_the_evidence() {
    let Decoded::Known(r) = decode::<AccountError>(&status(&AccountError::Taken)) else {
        panic!("Taken did not decode")
    };
    assert_eq!(r.evidence, Evidence::ErrorInfo);
}

/// Entries that share their name and code, as a body's shared code: the
/// gRPC code and the message tell them apart, and a message that fits
/// none names none.
#[test]
fn a_shared_name_and_code_are_told_apart_by_grpc_code_and_message() {
    #[derive(Debug, PartialEq, ApiError)]
    enum Twin {
        #[code(7, status = 404, name = "Missing", msg = "Member missing", shared)]
        Member,
        #[code(
            7,
            status = 404,
            name = "Missing",
            msg = "Group {group} missing",
            shared
        )]
        Group { group: String },
        #[code(7, status = 409, name = "Missing", msg = "Switch missing", shared)]
        Switch,
    }
    let decoded = |twin: &Twin| match decode::<Twin>(&status(twin)) {
        Decoded::Known(r) => (r.error, r.evidence),
        Decoded::Unrecognized(u) => panic!("{twin:?}: {u}"),
    };
    assert_eq!(decoded(&Twin::Member), (Twin::Member, Evidence::Message));
    let group = Twin::Group { group: "g".into() };
    assert_eq!(decoded(&group), (group, Evidence::Template));
    assert_eq!(decoded(&Twin::Switch), (Twin::Switch, Evidence::Message));
    let forged = forged(Code::Aborted, "Missing", "Twin", &[("code", "7")]);
    let Decoded::Unrecognized(u) = decode::<Twin>(&forged) else {
        panic!("a message that fits no entry named one")
    };
    assert_eq!(u.reason, Reason::MessageMismatch);
    assert_eq!(u.candidates.len(), 1);
    assert_eq!(u.candidates[0].variant(), "Switch");
}

#[test]
fn hostile_details_are_unrecognized_not_a_panic() {
    let garbage: [&[u8]; 4] = [b"\xff\xff\xff", b"\x0a\x05abc", &[0x1a; 64], &[]];
    for details in garbage {
        let s = Status::with_details(Code::NotFound, "m", details.to_vec().into());
        assert_eq!(reason_of(&s), Reason::Unknown);
    }
    // A well-formed status whose ErrorInfo detail is not one, followed by a good one.
    let good = status(&AccountError::SignIn);
    let mut rpc = tonic_types::pb::Status::decode(good.details()).unwrap();
    let mut bad = rpc.details[0].clone();
    bad.value = vec![0xff, 0xff];
    rpc.details.insert(0, bad);
    let s = Status::with_details(Code::Unauthenticated, "Sign in", rpc.encode_to_vec().into());
    assert!(matches!(
        decode::<AccountError>(&s),
        Decoded::Known(Received {
            error: AccountError::SignIn,
            ..
        })
    ));
    // Details over the limit are not read.
    let mut big = rpc.clone();
    big.message = "x".repeat(MAX_DETAILS_LEN);
    let s = Status::with_details(Code::Unauthenticated, "Sign in", big.encode_to_vec().into());
    assert_eq!(reason_of(&s), Reason::Unknown);
}

mod hostile {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn arbitrary_details_never_panic(details in proptest::collection::vec(any::<u8>(), 0..256), code in 0i32..20) {
            let s = Status::with_details(Code::from_i32(code), "m", details.into());
            let _ = decode::<AccountError>(&s);
        }

        #[test]
        fn arbitrary_error_info_never_panics(
            reason in "[A-Za-z]{0,12}",
            code in "[0-9a-z\"]{0,8}",
            value in "\\PC{0,12}",
        ) {
            for name in ["NotFound", "RateLimited", reason.as_str()] {
                let s = forged(Code::NotFound, name, "AccountError", &[("code", &code), ("user", &value), ("retryAfter", &value), ("reason", &value)]);
                let _ = decode::<AccountError>(&s);
            }
        }
    }
}

/// The request and reply of `errcode.test.Accounts/Lookup`, written as
/// prost would generate them, so the test needs no protoc.
#[derive(Clone, PartialEq, prost::Message)]
pub struct LookupRequest {
    #[prost(string, tag = "1")]
    pub user: String,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct LookupReply {
    #[prost(string, tag = "1")]
    pub display_name: String,
}

const LOOKUP: &str = "/errcode.test.Accounts/Lookup";

/// The handler: a service's own logic, with its errors as `AccountError`.
fn lookup(user: &str) -> Result<LookupReply, AccountError> {
    match user {
        "ghost" => Err(AccountError::NotFound { user: user.into() }),
        "taken" => Err(AccountError::Taken),
        "busy" => Err(AccountError::Throttled {
            retry_after: 30,
            reason: "burst".into(),
        }),
        "disk" => Err(AccountError::Disk(std::io::Error::other("sector 7"))),
        _ => Ok(LookupReply {
            display_name: user.to_uppercase(),
        }),
    }
}

/// `errcode.test.Accounts` as tonic-build would write it: one unary method.
#[derive(Clone)]
struct Accounts;

impl tonic::server::NamedService for Accounts {
    const NAME: &'static str = "errcode.test.Accounts";
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

impl tower::Service<http::Request<tonic::body::Body>> for Accounts {
    type Response = http::Response<tonic::body::Body>;
    type Error = Infallible;
    type Future = BoxFuture<Result<Self::Response, Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<tonic::body::Body>) -> Self::Future {
        Box::pin(async move {
            if request.uri().path() != LOOKUP {
                return Ok(Status::unimplemented("no such method").into_http());
            }
            let handler = tower::service_fn(|request: tonic::Request<LookupRequest>| async move {
                lookup(&request.into_inner().user)
                    .map(tonic::Response::new)
                    .map_err(|e| status(&e))
            });
            let codec = tonic_prost::ProstCodec::<LookupReply, LookupRequest>::default();
            Ok(tonic::server::Grpc::new(codec)
                .unary(handler, request)
                .await)
        })
    }
}

#[tokio::test]
async fn a_tonic_server_and_client_over_loopback() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let incoming = tokio_stream::wrappers::TcpListenerStream::new(listener);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(
        tonic::transport::Server::builder()
            .add_service(Accounts)
            .serve_with_incoming_shutdown(incoming, async {
                let _ = stopped.await;
            }),
    );

    let channel = tonic::transport::Endpoint::from_shared(format!("http://{addr}"))
        .unwrap()
        .connect()
        .await
        .unwrap();
    let mut client = tonic::client::Grpc::new(channel);
    let mut call = async |user: &str| {
        client.ready().await.unwrap();
        client
            .unary(
                tonic::Request::new(LookupRequest { user: user.into() }),
                http::uri::PathAndQuery::from_static(LOOKUP),
                tonic_prost::ProstCodec::<LookupRequest, LookupReply>::default(),
            )
            .await
            .map(tonic::Response::into_inner)
    };

    assert_eq!(call("bob").await.unwrap().display_name, "BOB");

    let s = call("ghost").await.unwrap_err();
    assert_eq!(s.code(), Code::NotFound);
    match decode::<AccountError>(&s) {
        Decoded::Known(Received {
            error: AccountError::NotFound { user },
            ..
        }) => assert_eq!(user, "ghost"),
        other => panic!("{other:?}"),
    }

    let s = call("taken").await.unwrap_err();
    assert_eq!(s.code(), Code::AlreadyExists);
    assert!(matches!(
        decode::<AccountError>(&s),
        Decoded::Known(Received {
            error: AccountError::Taken,
            ..
        })
    ));

    let s = call("busy").await.unwrap_err();
    assert_eq!(s.code(), Code::ResourceExhausted);
    match decode::<AccountError>(&s) {
        Decoded::Known(Received {
            error:
                AccountError::Throttled {
                    retry_after,
                    reason,
                },
            ..
        }) => assert_eq!((retry_after, reason.as_str()), (30, "burst")),
        other => panic!("{other:?}"),
    }

    let s = call("disk").await.unwrap_err();
    assert_eq!(s.code(), Code::Internal);
    assert_eq!(s.message(), "Disk failed");
    let Decoded::Known(Received {
        error: AccountError::Disk(source),
        ..
    }) = decode::<AccountError>(&s)
    else {
        panic!("the Disk entry was not decoded");
    };
    assert!(source.to_string().contains("Disk failed"), "{source}");

    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
}

/// A service whose error wraps the accounts errors with
/// `#[code(transparent)]`: its statuses carry the wrapped entries, and
/// decoding finds them among the included catalogue's, as body decoding does.
#[derive(Debug, ApiError)]
pub enum GatewayError {
    #[code(1, status = 502, msg = "Upstream down")]
    Upstream,
    #[code(transparent)]
    Account(AccountError),
}

#[test]
fn a_wrapping_type_decodes_the_statuses_of_the_entries_it_includes() {
    let s = status(&GatewayError::Account(AccountError::NotFound {
        user: "alice".into(),
    }));
    match decode::<GatewayError>(&s) {
        Decoded::Known(Received {
            error: GatewayError::Account(AccountError::NotFound { user }),
            ..
        }) => assert_eq!(user, "alice"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        decode::<GatewayError>(&status(&GatewayError::Upstream)),
        Decoded::Known(Received {
            error: GatewayError::Upstream,
            ..
        })
    ));
}

/// A status whose `ErrorInfo` carries a code the catalogue retired says
/// so, with the note, as a body does.
#[test]
fn a_retired_code_in_error_info_is_reported_with_its_note() {
    #[derive(Debug, ApiError)]
    #[api_error(retired(34301 = "2.1: use 34310"))]
    pub enum Sessions {
        #[code(34310, status = 401, msg = "Wrong credentials")]
        WrongCredentials,
    }
    let old = forged(
        Code::Unauthenticated,
        "WrongPassword",
        "Sessions",
        &[("code", "34301")],
    );
    let Decoded::Unrecognized(u) = decode::<Sessions>(&old) else {
        panic!("a retired code was decoded");
    };
    assert_eq!(
        u.reason,
        Reason::Retired {
            note: "2.1: use 34310"
        }
    );
    let unknown = forged(
        Code::Unauthenticated,
        "WrongPassword",
        "Sessions",
        &[("code", "34399")],
    );
    let Decoded::Unrecognized(u) = decode::<Sessions>(&unknown) else {
        panic!("an unknown code was decoded");
    };
    assert_eq!(u.reason, Reason::Unknown);
}

/// A status of a server whose catalogue refines 34300 with 34307, read by a
/// client built before 34307: its `ErrorInfo` lists the ancestors, and the
/// client decodes it as its 34300 variant, keeping the code received.
mod refined {
    pub mod old {
        #[derive(Debug, PartialEq, errcodes::ApiError)]
        pub enum Api {
            #[code(34300, status = 400, msg = "The request was refused")]
            Refused,
            #[code(34301, status = 403, msg = "Forbidden", shared)]
            Forbidden,
            #[code(34301, status = 401, msg = "Unauthenticated", shared)]
            Unauthenticated,
        }
    }

    pub mod new {
        #[derive(Debug, PartialEq, errcodes::ApiError)]
        pub enum Api {
            #[code(34300, status = 400, msg = "The request was refused")]
            Refused,
            #[code(34307, parent = 34300, status = 422, msg = "The password is too short")]
            TooShort,
            #[code(34301, status = 403, msg = "Forbidden", shared)]
            Forbidden,
            #[code(34301, status = 401, msg = "Unauthenticated", shared)]
            Unauthenticated,
            #[code(34308, parent = 34301, status = 403, msg = "Token revoked")]
            Revoked,
        }
    }
}

#[test]
fn an_old_client_decodes_a_refined_status_as_its_parent() {
    use refined::{new, old};
    let sent = status(&new::Api::TooShort);
    let details = sent.get_error_details();
    let info = details.error_info().unwrap();
    assert_eq!(
        info.metadata.get("ancestors").map(String::as_str),
        Some("[34300]")
    );
    // The status crosses the wire as the name `old::Api` gives its domain.
    let sent = status_in(&new::Api::TooShort, "Api");
    match decode_in::<old::Api>(&sent, "Api") {
        Decoded::Known(received) => {
            assert_eq!(received.error, old::Api::Refused);
            assert_eq!(received.evidence, Evidence::Parent);
            assert_eq!(received.code, Some(errcodes::CodeBuf::Int(34307)));
            assert_eq!(
                received.message.as_deref(),
                Some("The password is too short")
            );
        }
        other => panic!("{other:?}"),
    }
    // Entries sharing the parent's code: the gRPC code tells them apart.
    let sent = status_in(&new::Api::Revoked, "Api");
    assert_eq!(sent.code(), Code::PermissionDenied);
    assert!(matches!(
        decode_in::<old::Api>(&sent, "Api"),
        Decoded::Known(Received {
            error: old::Api::Forbidden,
            evidence: Evidence::Parent,
            ..
        })
    ));
    // The new client knows the code: no fallback.
    assert!(matches!(
        decode_in::<new::Api>(&sent, "Api"),
        Decoded::Known(Received {
            error: new::Api::Revoked,
            evidence: Evidence::ErrorInfo,
            code: None,
            ..
        })
    ));
    // An entry without a parent carries no `ancestors`.
    let plain = status(&new::Api::Refused).get_error_details();
    assert!(!plain
        .error_info()
        .unwrap()
        .metadata
        .contains_key("ancestors"));
}

#[test]
fn hostile_ancestors_in_error_info_are_ignored() {
    use refined::old;
    for ancestors in [
        "34300",
        "[34300, null]",
        "[[34300]]",
        "{\"a\":1}",
        "not json",
        "[1.5]",
    ] {
        let metadata = HashMap::from([
            ("code".to_owned(), "34307".to_owned()),
            ("ancestors".to_owned(), ancestors.to_owned()),
        ]);
        let details = ErrorDetails::with_error_info("TooShort", "Api", metadata);
        let sent = Status::with_error_details(Code::InvalidArgument, "x", details);
        match decode_in::<old::Api>(&sent, "Api") {
            Decoded::Unrecognized(u) => assert_eq!(u.reason, Reason::Unknown, "{ancestors}"),
            other => panic!("{ancestors}: {other:?}"),
        }
    }
}
