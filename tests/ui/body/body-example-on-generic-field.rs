use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E<T: serde::Serialize + std::fmt::Debug> {
    #[code(1, status = 400)]
    A {
        #[body(example = 1)]
        value: T,
    },
}

fn main() {}
