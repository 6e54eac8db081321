use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(range = 34000..=34999)]
enum E {
    #[code(34305, status = 401, msg = "inside")]
    Inside,
    #[code(35305, status = 401, msg = "outside")]
    Outside,
}

fn main() {}
