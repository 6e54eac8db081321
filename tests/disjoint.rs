//! `assert_disjoint_codes!` passes for enums with distinct codes; the
//! failing case is the UI test `tests/ui/disjoint-codes-shared.rs`.

use errcode::ApiError;

#[derive(Debug, ApiError)]
enum Accounts {
    #[code(34305, status = 401, msg = "Wrong password")]
    WrongPassword,
    #[code(34306, status = 401, msg = "Locked")]
    Locked,
}

#[derive(Debug, ApiError)]
enum Billing {
    #[code(35001, status = 402, msg = "Payment required")]
    PaymentRequired,
    #[code(_, status = 500, msg = "No code, never a clash")]
    Codeless,
}

#[derive(Debug, ApiError)]
enum Matrix {
    #[code("M_FORBIDDEN", status = 403, msg = "Forbidden")]
    Forbidden,
}

#[derive(Debug, ApiError)]
enum Other {
    #[code(_, status = 500, msg = "Also codeless")]
    Codeless,
}

errcode::assert_disjoint_codes!(Accounts, Billing, Matrix, Other);

#[test]
fn distinct_codes_compile() {
    assert_eq!(Accounts::__ERRCODE_ENTRIES.len(), 2);
    assert_eq!(Billing::__ERRCODE_ENTRIES[1].variant(), "Codeless");
}
