//! What a lock records of the API's operations (given with
//! [`Lock::with_operations`]): each one's route, its set's name, and the
//! entries it may return with the status each is sent with.

use super::Lock;
use crate::error_set::wire_path;
use crate::{CodeBuf, CodeRef, Operation};

/// One operation as the lock records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct LockedOperation {
    /// Upper case, as HTTP's methods are compared.
    pub(super) method: String,
    pub(super) path: String,
    /// Its set's name (not compared as a wire fact: a rename is a change to
    /// review, not a break).
    pub(super) id: String,
    /// Sorted by status, then code and name.
    pub(super) errors: Vec<OperationError>,
}

/// An entry an operation may return: the status it is sent with, and the
/// code and name the lock knows it by.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct OperationError {
    pub(super) status: u16,
    /// `None` for the entry without a code.
    pub(super) code: Option<CodeBuf>,
    pub(super) name: String,
}

impl LockedOperation {
    fn of(operation: &Operation) -> Self {
        let mut errors: Vec<OperationError> = operation
            .entries()
            .into_iter()
            .map(|entry| OperationError {
                status: entry.http_status().as_u16(),
                code: entry.code().as_ref().and_then(CodeRef::to_buf),
                name: entry.name().to_owned(),
            })
            .collect();
        errors.sort();
        LockedOperation {
            method: operation.method().to_ascii_uppercase(),
            path: operation.path().to_owned(),
            id: operation.id().to_owned(),
            errors,
        }
    }

    /// The route, as a change names it: `GET /members/{id}`.
    pub(super) fn route(&self) -> String {
        format!("{} {}", self.method, self.path)
    }

    /// The order of the lock's operation lines.
    pub(super) fn key(&self) -> (&str, &str) {
        (&self.path, &self.method)
    }

    /// What tells two operations apart: the method and the path with its
    /// parameters' names left out, since `/members/{id}` and
    /// `/members/{member}` are the same URLs on the wire (OpenAPI calls
    /// them identical templated paths).
    pub(super) fn wire_route(&self) -> (String, &str) {
        (wire_path(&self.path), &self.method)
    }
}

/// The methods an OpenAPI Path Item has an operation for, as a lock writes
/// them.
pub(super) const METHODS: [&str; 8] = [
    "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE",
];

impl OperationError {
    /// The entry as a change names it: code 34404 `MemberNotFound`.
    pub(super) fn text(&self) -> String {
        format!(
            "{} `{}`",
            super::entry_code_text(self.code.as_ref()),
            self.name
        )
    }
}

impl Lock {
    /// The lock with each of `operations` and the entries its set declares:
    /// an entry added to an operation is a change to review, one removed
    /// from it, sent there with another status, or an operation removed,
    /// breaks clients. They must be operations of the lock's catalogue; an
    /// operation given twice (the same method and path, whatever its path
    /// parameters are named) is recorded once, as first given; one that
    /// [`Operation::check`] refuses (a method none of OpenAPI's, a path it
    /// cannot write) is left out, as the OpenAPI document leaves it out,
    /// so that the lock never holds a line it would refuse to read.
    ///
    /// ```
    /// # use errcodes::ApiError;
    /// # #[derive(Debug, ApiError)]
    /// # pub enum ServiceError {
    /// #     #[code(34404, status = 404, msg = "No such member")]
    /// #     MemberNotFound,
    /// # }
    /// use errcodes::contract::Lock;
    /// use errcodes::Operation;
    ///
    /// errcodes::error_set! { pub GetMemberErrors: ServiceError = [MemberNotFound]; }
    ///
    /// let operations = [Operation::new::<GetMemberErrors>("GET", "/members/{id}")];
    /// let lock = Lock::of::<ServiceError>().with_operations(&operations);
    /// assert!(lock.to_string().contains(
    ///     r#"{"operation":"GetMemberErrors","method":"GET","path":"/members/{id}","errors":[[404,34404,"MemberNotFound"]]}"#
    /// ));
    /// ```
    #[must_use]
    pub fn with_operations(mut self, operations: &[Operation]) -> Self {
        for operation in operations.iter().filter(|o| o.check().is_ok()) {
            let locked = LockedOperation::of(operation);
            if !self
                .operations
                .iter()
                .any(|o| o.wire_route() == locked.wire_route())
            {
                self.operations.push(locked);
            }
        }
        self.operations.sort_by(|a, b| a.key().cmp(&b.key()));
        self
    }
}
