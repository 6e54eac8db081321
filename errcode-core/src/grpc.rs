//! The gRPC status code of each entry, with or without the `tonic` feature:
//! the catalogue and its documentation say which code a gRPC service sends.

use core::fmt;

/// A gRPC status code other than `OK`, named as in `google.rpc.Code`
/// (`NOT_FOUND`), which is what `#[code(..., grpc = "NOT_FOUND")]` takes.
///
/// An entry without `grpc = "..."` has the code its HTTP status maps to; see
/// [`GrpcCode::from_http_status`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[allow(missing_docs)] // each is the `google.rpc.Code` of the same name
pub enum GrpcCode {
    Cancelled = 1,
    Unknown = 2,
    InvalidArgument = 3,
    DeadlineExceeded = 4,
    NotFound = 5,
    AlreadyExists = 6,
    PermissionDenied = 7,
    ResourceExhausted = 8,
    FailedPrecondition = 9,
    Aborted = 10,
    OutOfRange = 11,
    Unimplemented = 12,
    Internal = 13,
    Unavailable = 14,
    DataLoss = 15,
    Unauthenticated = 16,
}

/// Every code, in numeric order; a code's name is its `google.rpc.Code` name.
const CODES: [(GrpcCode, &str); 16] = [
    (GrpcCode::Cancelled, "CANCELLED"),
    (GrpcCode::Unknown, "UNKNOWN"),
    (GrpcCode::InvalidArgument, "INVALID_ARGUMENT"),
    (GrpcCode::DeadlineExceeded, "DEADLINE_EXCEEDED"),
    (GrpcCode::NotFound, "NOT_FOUND"),
    (GrpcCode::AlreadyExists, "ALREADY_EXISTS"),
    (GrpcCode::PermissionDenied, "PERMISSION_DENIED"),
    (GrpcCode::ResourceExhausted, "RESOURCE_EXHAUSTED"),
    (GrpcCode::FailedPrecondition, "FAILED_PRECONDITION"),
    (GrpcCode::Aborted, "ABORTED"),
    (GrpcCode::OutOfRange, "OUT_OF_RANGE"),
    (GrpcCode::Unimplemented, "UNIMPLEMENTED"),
    (GrpcCode::Internal, "INTERNAL"),
    (GrpcCode::Unavailable, "UNAVAILABLE"),
    (GrpcCode::DataLoss, "DATA_LOSS"),
    (GrpcCode::Unauthenticated, "UNAUTHENTICATED"),
];

impl GrpcCode {
    /// The code an HTTP status stands for, as the comments of
    /// [`google.rpc.Code`](https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto)
    /// pair them (Google's [API design guide](https://cloud.google.com/apis/design/errors#handling_errors)
    /// has the same table), read from HTTP to gRPC:
    ///
    /// | HTTP | gRPC |
    /// |---|---|
    /// | 400, 422 | `INVALID_ARGUMENT` |
    /// | 401 | `UNAUTHENTICATED` |
    /// | 403 | `PERMISSION_DENIED` |
    /// | 404, 410 | `NOT_FOUND` |
    /// | 409 | `ABORTED` (`ALREADY_EXISTS` shares 409: say `grpc = "ALREADY_EXISTS"`) |
    /// | 412 | `FAILED_PRECONDITION` |
    /// | 416 | `OUT_OF_RANGE` |
    /// | 429 | `RESOURCE_EXHAUSTED` |
    /// | 499 | `CANCELLED` |
    /// | 501 | `UNIMPLEMENTED` |
    /// | 502, 503 | `UNAVAILABLE` (502 as gRPC's own [HTTP to gRPC mapping](https://github.com/grpc/grpc/blob/master/doc/http-grpc-status-mapping.md) has it) |
    /// | 504 | `DEADLINE_EXCEEDED` |
    /// | other 4xx | `FAILED_PRECONDITION` |
    /// | 500 and every other status above 499 | `INTERNAL` |
    /// | below 400 | `UNKNOWN` |
    ///
    /// Where several gRPC codes share a status (400 stands for
    /// `INVALID_ARGUMENT`, `FAILED_PRECONDITION` and `OUT_OF_RANGE`; 500 for
    /// `INTERNAL`, `UNKNOWN` and `DATA_LOSS`), the table takes the most
    /// general one for that status. A status below 400 is not an error
    /// status: an error sent with one (Fresns sends every error with `200`)
    /// says nothing about its kind, which is what `UNKNOWN` means.
    #[must_use]
    pub const fn from_http_status(status: u16) -> GrpcCode {
        match status {
            400 | 422 => GrpcCode::InvalidArgument,
            401 => GrpcCode::Unauthenticated,
            403 => GrpcCode::PermissionDenied,
            404 | 410 => GrpcCode::NotFound,
            409 => GrpcCode::Aborted,
            416 => GrpcCode::OutOfRange,
            429 => GrpcCode::ResourceExhausted,
            499 => GrpcCode::Cancelled,
            501 => GrpcCode::Unimplemented,
            502 | 503 => GrpcCode::Unavailable,
            504 => GrpcCode::DeadlineExceeded,
            400..=499 => GrpcCode::FailedPrecondition,
            500.. => GrpcCode::Internal,
            _ => GrpcCode::Unknown,
        }
    }

    /// The code with this number (1 to 16); `None` for `OK` (0) and numbers
    /// that are no code.
    #[must_use]
    pub const fn from_i32(number: i32) -> Option<GrpcCode> {
        let mut i = 0;
        while i < CODES.len() {
            if CODES[i].0 as i32 == number {
                return Some(CODES[i].0);
            }
            i += 1;
        }
        None
    }

    /// The code named so in `google.rpc.Code` (`"NOT_FOUND"`).
    #[must_use]
    pub fn from_name(name: &str) -> Option<GrpcCode> {
        CODES
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(code, _)| *code)
    }

    /// The number sent on the wire (`grpc-status`).
    #[must_use]
    pub const fn number(self) -> i32 {
        self as i32
    }

    /// The `google.rpc.Code` name: `NOT_FOUND`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        CODES[self as usize - 1].1
    }
}

/// The name: `NOT_FOUND`.
impl fmt::Display for GrpcCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
