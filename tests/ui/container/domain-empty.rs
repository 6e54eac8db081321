use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(domain = "")]
enum BillingError {
    #[code(1402, status = 402, msg = "Payment required")]
    PaymentRequired,
}

fn main() {}
