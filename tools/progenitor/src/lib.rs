//! The progenitor clients of errcode's OpenAPI 3.0 documents (see build.rs).
include!(concat!(env!("OUT_DIR"), "/clients.rs"));
