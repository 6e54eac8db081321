// The builders the derive's generated code uses are not methods of the
// public `Entry`: a user cannot build or change an entry.

fn main() {
    let _ = errcodes::Entry::none("", "").hidden();
}
