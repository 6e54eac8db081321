// `#[api_error(axum)]` and `#[api_error(actix_web)]`: the derive calls these
// with the impl's generics, type and where-predicates. Without the feature
// they expand to one error, at the key, saying which feature to enable.

#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcode_axum_v0_1 {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private_v0_1::axum::response::IntoResponse for $($ty)*
        where
            Self: $crate::ApiError,
            $($where)*
        {
            fn into_response(self) -> $crate::__private_v0_1::axum::response::Response {
                $crate::axum::into_response(&self)
            }
        }
    };
}

#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcode_axum_v0_1 {
    ($($tokens:tt)*) => {
        ::core::compile_error! {
            "`axum` in #[api_error(...)] needs errcodes' `axum` feature: errcodes = { version = \"0.1\", features = [\"axum\"] }"
        }
    };
}

#[cfg(feature = "actix-web")]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcode_actix_web_v0_1 {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private_v0_1::actix_web::ResponseError for $($ty)*
        where
            Self: $crate::ApiError + ::core::fmt::Debug,
            $($where)*
        {
            fn status_code(&self) -> $crate::__private_v0_1::actix_web::http::StatusCode {
                $crate::actix_web::status_code(self)
            }

            fn error_response(&self) -> $crate::__private_v0_1::actix_web::HttpResponse {
                $crate::actix_web::error_response(self)
            }
        }
    };
}

#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcode_actix_web_v0_1 {
    ($($tokens:tt)*) => {
        ::core::compile_error! {
            "`actix_web` in #[api_error(...)] needs errcodes' `actix-web` feature: errcodes = { version = \"0.1\", features = [\"actix-web\"] }"
        }
    };
}

// `errcodes::error_set!`: a set's adapters, for each feature that is on.
// Without the feature a set simply has no response impl.

#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcode_set_axum_v0_1 {
    ($set:ident) => {
        #[automatically_derived]
        impl $crate::__private_v0_1::axum::response::IntoResponse for $set {
            fn into_response(self) -> $crate::__private_v0_1::axum::response::Response {
                $crate::axum::screened_response::<$set>(self.0)
            }
        }
    };
}

#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcode_set_axum_v0_1 {
    ($set:ident) => {};
}

#[cfg(feature = "actix-web")]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcode_set_actix_web_v0_1 {
    ($set:ident) => {
        #[automatically_derived]
        impl $crate::__private_v0_1::actix_web::ResponseError for $set {
            fn status_code(&self) -> $crate::__private_v0_1::actix_web::http::StatusCode {
                $crate::actix_web::screened_status_code::<$set>(&self.0)
            }

            fn error_response(&self) -> $crate::__private_v0_1::actix_web::HttpResponse {
                $crate::actix_web::screened_response::<$set>(&self.0)
            }
        }
    };
}

#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcode_set_actix_web_v0_1 {
    ($set:ident) => {};
}
