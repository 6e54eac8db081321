use errcodes::ApiError;
use std::io;

// A variant without its #[code] is reported, and its fields are still
// checked, in the order the variants are written.
#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400)]
    A {
        #[source]
        a: io::Error,
        #[source]
        b: io::Error,
    },
    NoCode {
        #[from]
        io: io::Error,
        #[source]
        other: io::Error,
    },
    #[code(1, status = 400)]
    B {
        #[from]
        io: io::Error,
        n: u8,
    },
}

fn main() {}
