use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum LookupError<Id: std::fmt::Display> {
    // `Id` may be `std::io::Error`: the body of a 404 would show its text.
    #[code(1, status = 404, msg = "no member {id}")]
    NotFound { id: Id },
    // A 5xx without `expose` shows the template, and `Display` is for logs.
    #[code(2, status = 500, msg = "lookup of {id} failed")]
    Failed { id: Id },
    // A body member is the author's choice of what the client sees.
    #[code(3, status = 409, msg = "taken")]
    Taken {
        #[body]
        id: Id,
    },
}

fn main() {}
