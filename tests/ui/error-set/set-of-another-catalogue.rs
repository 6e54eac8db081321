use errcodes::ApiError;

#[derive(Debug, ApiError)]
pub enum ServiceError {
    #[code(34503, status = 503, msg = "Storage unavailable")]
    Storage,
}

#[derive(Debug, ApiError)]
pub enum BillingError {
    #[code(36402, status = 402, msg = "Payment required")]
    PaymentRequired,
}

errcodes::error_set! {
    pub Billed: BillingError = [PaymentRequired];
}

errcodes::error_set! {
    pub Checkout: ServiceError = [Storage, ..Billed];
}

fn main() {}
