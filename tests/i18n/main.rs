//! Translations: locale files, the language a client asks for, and translated
//! messages through transparent variants. One test binary per area (see
//! `tests/core/main.rs`).

mod i18n;
mod i18n_fresns;
mod i18n_transparent;
