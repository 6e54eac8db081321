use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum AccountError {
    #[code(34305, status = 401, msg = "Wrong password")]
    WrongPassword,
}

#[derive(Debug, ApiError)]
enum ServiceError {
    #[code(transparent)]
    Account(AccountError),
}

#[derive(Debug, ApiError)]
enum BillingError {
    #[code(34305, status = 402, msg = "Payment required")]
    PaymentRequired,
}

errcodes::assert_disjoint_codes!(ServiceError, BillingError);

fn main() {}
