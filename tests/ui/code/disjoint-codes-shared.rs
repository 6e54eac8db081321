use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum Accounts {
    #[code(34305, status = 401, msg = "Wrong password")]
    WrongPassword,
}

#[derive(Debug, ApiError)]
enum Billing {
    #[code(-2, status = 402, msg = "Payment required")]
    PaymentRequired,
    #[code(34305, status = 402, msg = "Card declined")]
    CardDeclined,
}

errcodes::assert_disjoint_codes!(Accounts, Billing);

fn main() {}
