// Two sets that include each other (or a set that includes itself) make
// `DeclaredErrors::declares` and `ErrorSet::allows` recurse without end: the
// first undeclared error, or the OpenAPI writer or the lock reading the set,
// overflows the stack and aborts the server. So each set's inclusion depth
// is a constant, and a cycle is rustc's cycle error at the sets in it.
use errcodes::ApiError;

#[derive(Debug, ApiError)]
pub enum ServiceError {
    #[code(34404, status = 404, msg = "No such member")]
    MemberNotFound,
    #[code(34503, status = 503, msg = "Storage unavailable")]
    Storage,
}

errcodes::error_set! {
    pub GetMemberErrors: ServiceError = [MemberNotFound, ..ListMemberErrors];
}

errcodes::error_set! {
    pub ListMemberErrors: ServiceError = [..GetMemberErrors];
}

errcodes::error_set! {
    pub Itself: ServiceError = [Storage, ..Itself];
}

fn main() {}
