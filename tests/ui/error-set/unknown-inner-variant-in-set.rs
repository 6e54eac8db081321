use errcodes::ApiError;

#[derive(Debug, ApiError)]
pub enum ServiceError {
    #[code(34503, status = 503, msg = "Storage unavailable")]
    Storage,
    #[code(transparent)]
    Account(#[from] AccountError),
}

#[derive(Debug, ApiError)]
pub enum AccountError {
    #[code(35403, status = 403, msg = "Account suspended")]
    Suspended,
}

errcodes::error_set! {
    pub GetMemberErrors: ServiceError = [Storage, Account(AccountError::Suspend)];
}

fn main() {}
