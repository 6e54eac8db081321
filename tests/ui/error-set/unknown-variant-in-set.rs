use errcodes::ApiError;

#[derive(Debug, ApiError)]
pub enum ServiceError {
    #[code(34404, status = 404, msg = "Member '{id}' not found.")]
    MemberNotFound { id: String },
    #[code(34503, status = 503, msg = "Storage unavailable")]
    Storage,
}

errcodes::error_set! {
    pub GetMemberErrors: ServiceError = [MemberNotFund, Storage];
}

fn main() {}
