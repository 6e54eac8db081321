use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(undeclared = Internal)]
pub enum ServiceError {
    #[code(34404, status = 404, msg = "No such member")]
    MemberNotFound,
    #[code(34500, status = 500, msg = "Internal error: {0}")]
    Internal(String),
}

fn main() {}
