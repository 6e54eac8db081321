//! `assert_disjoint_codes!` passes for enums with distinct codes; the
//! failing case is the UI test `tests/ui/code/disjoint-codes-shared.rs`.

use errcodes::__private_v0_1::codes;
use errcodes::ApiError;

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

errcodes::assert_disjoint_codes!(Accounts, Billing, Matrix, Other);

#[derive(Debug, ApiError)]
enum Unsorted {
    #[code(9, status = 400, msg = "Nine")]
    Nine,
    #[code(-3, status = 400, msg = "Minus three", shared)]
    MinusThree,
    #[code(-3, status = 409, msg = "Minus three again", shared)]
    MinusThreeAgain,
    #[code(4, status = 400, msg = "Four")]
    Four,
}

#[derive(Debug, ApiError)]
enum Strings {
    #[code("M_UNKNOWN", status = 400, msg = "Unknown")]
    Unknown,
    #[code("M_LIMIT_EXCEEDED", status = 429, msg = "Slow down")]
    Limit,
    #[code("M_A", status = 400, msg = "A")]
    A,
    #[code("M_NOT_FOUND", status = 404, msg = "Not found")]
    NotFound,
}

errcodes::assert_disjoint_codes!(Strings, Matrix, Accounts,);

#[test]
fn the_derive_lists_codes_sorted_and_once() {
    // `assert_disjoint_codes!` compares two types in one pass over both lists.
    assert_eq!(codes::<Unsorted>().ints, &[-3, 4, 9]);
    assert!(codes::<Unsorted>().strs.is_empty());
    assert!(codes::<Billing>().ints == [35001] && codes::<Other>().ints.is_empty());
    let strs = codes::<Matrix>().strs;
    assert_eq!(strs.len(), 1);
    assert_eq!(strs[0].1, "M_FORBIDDEN");
    // Strings by hash, then text: the order the check walks them in.
    let strs = codes::<Strings>().strs;
    assert_eq!(strs.len(), 4);
    assert!(strs.windows(2).all(|w| w[0] < w[1]));
}
