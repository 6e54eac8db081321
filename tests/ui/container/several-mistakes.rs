use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(defualt_status = 400, range = 100..=199)]
enum E {
    #[code(101, status = 1000, msg = "bad status")]
    BadStatus,
    #[code(101, status = 400, msg = "duplicate")]
    Duplicate,
    #[code(250, status = 400, msg = "outside")]
    Outside,
    #[code(102, stauts = 400, msg = "typo")]
    Typo,
    #[code(103, status = 400, msg = "no {field}")]
    NoField { value: u32 },
    Forgotten,
}

fn main() {}
