//! The gRPC code of each entry (`GrpcCode`, `Entry::grpc_code`), which the
//! catalogue carries with or without the `tonic` feature.

use errcodes::{ApiError, GrpcCode};

#[test]
fn http_statuses_map_as_google_rpc_code_pairs_them() {
    let table = [
        (400, GrpcCode::InvalidArgument),
        (401, GrpcCode::Unauthenticated),
        (403, GrpcCode::PermissionDenied),
        (404, GrpcCode::NotFound),
        (409, GrpcCode::Aborted),
        (410, GrpcCode::NotFound),
        (412, GrpcCode::FailedPrecondition),
        (416, GrpcCode::OutOfRange),
        (418, GrpcCode::FailedPrecondition),
        (422, GrpcCode::InvalidArgument),
        (429, GrpcCode::ResourceExhausted),
        (461, GrpcCode::FailedPrecondition),
        (499, GrpcCode::Cancelled),
        (500, GrpcCode::Internal),
        (501, GrpcCode::Unimplemented),
        (502, GrpcCode::Unavailable),
        (503, GrpcCode::Unavailable),
        (504, GrpcCode::DeadlineExceeded),
        (507, GrpcCode::Internal),
        (999, GrpcCode::Internal),
        (200, GrpcCode::Unknown),
        (302, GrpcCode::Unknown),
    ];
    for (status, code) in table {
        assert_eq!(GrpcCode::from_http_status(status), code, "{status}");
    }
}

#[test]
fn names_and_numbers_are_google_rpc_codes() {
    assert_eq!(GrpcCode::NotFound.name(), "NOT_FOUND");
    assert_eq!(GrpcCode::NotFound.number(), 5);
    assert_eq!(GrpcCode::Unauthenticated.number(), 16);
    assert_eq!(GrpcCode::Cancelled.to_string(), "CANCELLED");
    for number in 1..=16 {
        let code = GrpcCode::from_i32(number).unwrap();
        assert_eq!(code.number(), number);
        assert_eq!(GrpcCode::from_name(code.name()), Some(code));
    }
    assert_eq!(GrpcCode::from_i32(0), None, "OK is no error's code");
    assert_eq!(GrpcCode::from_i32(17), None);
    assert_eq!(GrpcCode::from_i32(-1), None);
    assert_eq!(GrpcCode::from_name("OK"), None);
    assert_eq!(GrpcCode::from_name("not_found"), None);
}

#[derive(Debug, ApiError)]
pub enum StoreError {
    #[code(1, status = 409, msg = "exists", grpc = "ALREADY_EXISTS")]
    Exists,
    #[code(2, status = 409, msg = "conflict")]
    Conflict,
    #[code(3, msg = "unclassified")]
    Unclassified,
    #[code(4, status = 400, msg = "stale", grpc = "FAILED_PRECONDITION")]
    Stale,
}

#[test]
fn an_entry_declares_its_grpc_code_or_maps_its_sent_status() {
    let e = StoreError::Exists.info();
    assert_eq!(e.grpc_code(), GrpcCode::AlreadyExists);
    assert_eq!(e.declared_grpc_code(), Some(GrpcCode::AlreadyExists));
    let e = StoreError::Conflict.info();
    assert_eq!(e.grpc_code(), GrpcCode::Aborted);
    assert_eq!(e.declared_grpc_code(), None);
    // No status: sent as 500, so INTERNAL.
    assert_eq!(
        StoreError::Unclassified.info().grpc_code(),
        GrpcCode::Internal
    );
    assert_eq!(
        StoreError::Stale.info().grpc_code(),
        GrpcCode::FailedPrecondition
    );
}

/// Fresns sends every error with 200: such an error says nothing of its kind.
#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Fresns)]
pub enum FresnsError {
    #[code(30000, msg = "unknown")]
    Unknown,
    #[code(31000, msg = "missing", grpc = "NOT_FOUND")]
    Missing,
}

#[test]
fn an_error_sent_with_a_success_status_is_unknown_unless_declared() {
    assert_eq!(FresnsError::Unknown.status(), 200);
    assert_eq!(FresnsError::Unknown.info().grpc_code(), GrpcCode::Unknown);
    assert_eq!(FresnsError::Missing.info().grpc_code(), GrpcCode::NotFound);
}
