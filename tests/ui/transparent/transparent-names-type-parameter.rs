use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum Inner<T: std::fmt::Debug> {
    #[code(1, status = 500, msg = "{0:?}")]
    Bad(T),
}

#[derive(Debug, ApiError)]
enum Outer<T: std::fmt::Debug> {
    #[code(transparent)]
    Inner(Inner<T>),
    #[code(2, status = 500, msg = "{0:?}")]
    Own(T),
}

fn main() {}
