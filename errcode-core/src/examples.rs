//! Examples that run: an entry's `# Example` section shows, as an HTTP
//! request, how a client meets the entry, and a test sends that request to
//! the service's own router and checks that the response carries the
//! entry's code.
//!
//! In the doc comment of a variant, each fenced block tagged `http` (any
//! CommonMark fence: ```` ```http ````, `~~~http`, ```` ````http ````) in
//! its `# Example` or `# Examples` section is a request: a request line (`METHOD /target`, an
//! optional `HTTP/1.1` after it), header lines (`Name: value`), then a
//! blank line and the body, if any:
//!
//! ````text
//! /// # Example
//! ///
//! /// ```http
//! /// POST /members
//! /// Content-Type: application/json
//! ///
//! /// {"name": "", "email": "x"}
//! /// ```
//! ````
//!
//! Nothing else is written: the response expected is the entry's own, read
//! back with the catalogue's decoder ([`ApiError::decode`]), so the example
//! cannot drift from the catalogue. Other fences (` ```json `, ` ```text `)
//! stay prose, and so does an `http` block shown inside another fence.
//! `run_examples` returns how many examples ran: a test that means to run
//! some asserts that number, as an `# Example` section of prose alone runs
//! none.
//!
//! [`errcodes::axum::run_examples`](crate::axum::run_examples) sends every
//! example of a catalogue to an axum `Router` in process; a failure names the
//! catalogue, the entry and the example's line in its section as
//! [`Entry::section`] gives it (its first line that is not blank is line 1).

use core::fmt;

use http::{HeaderName, HeaderValue, Method, StatusCode};

use crate::catalogue::Fence;
use crate::decode::{Decoded, Reason, Unrecognized};
use crate::{ApiError, Catalogue, Entry};

/// One ```` ```http ```` block of an entry's `# Example` section.
#[derive(Debug, Clone)]
pub struct HttpExample {
    catalogue: &'static str,
    entry: &'static Entry,
    /// The section's heading as written: `Example` or `Examples`.
    heading: &'static str,
    line: usize,
    request: Result<Request, String>,
}

#[derive(Debug, Clone)]
struct Request {
    method: Method,
    target: String,
    headers: Vec<(HeaderName, HeaderValue)>,
    body: String,
}

/// Every `http` example of `E`'s entries (included catalogues too), in
/// catalogue order: the blocks of each section headed `# Example` or
/// `# Examples` (rustdoc's usual heading).
#[must_use]
pub fn http_examples<E: ApiError>() -> Vec<HttpExample> {
    let catalogue: &'static Catalogue = E::catalogue();
    let mut examples = Vec::new();
    for entry in catalogue.all_entries() {
        let sections = entry
            .sections()
            .filter(|s| s.is("Example") || s.is("Examples"));
        for section in sections {
            for (line, block) in http_blocks(section.text()) {
                examples.push(HttpExample {
                    catalogue: catalogue.type_name(),
                    entry,
                    heading: section.heading(),
                    line,
                    request: parse_request(&block),
                });
            }
        }
    }
    examples
}

/// An `http` block: the line of its request line, and its lines from there.
type Block<'a> = (usize, Vec<&'a str>);

/// Each fenced block of a section whose info string's first word is
/// `http` (```` ```http ````, `~~~http`, ```` ````http ````: CommonMark's
/// fences, read as [`Entry::sections`] reads them, so a block shown inside
/// another fence is that fence's text): the line of its request line (1
/// for the section's first), and its lines from there.
fn http_blocks(section: &str) -> Vec<Block<'_>> {
    let mut blocks = Vec::new();
    // The fence open, and the block being read where it is an `http` one.
    let mut open: Option<(Fence, Option<Block<'_>>)> = None;
    for (i, line) in section.lines().enumerate() {
        match &mut open {
            Some((fence, block)) if fence.closed_by(line) => {
                blocks.extend(block.take());
                open = None;
            }
            // Lines before the request line are not counted as the block's.
            Some((_, Some((start, lines)))) if lines.is_empty() && line.trim().is_empty() => {
                *start += 1;
            }
            Some((_, Some((_, lines)))) => lines.push(line),
            Some((_, None)) => {}
            None => {
                open = Fence::open_with_info(line)
                    .map(|(fence, info)| (fence, (info == "http").then(|| (i + 2, Vec::new()))));
            }
        }
    }
    // An unclosed block still runs: what it holds is the request.
    blocks.extend(open.and_then(|(_, block)| block));
    blocks
}

fn parse_request(lines: &[&str]) -> Result<Request, String> {
    let mut lines = lines.iter().map(|l| l.trim_end_matches('\r'));
    let request_line = lines.by_ref().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut words = request_line.split_whitespace();
    let (Some(method), Some(target)) = (words.next(), words.next()) else {
        return Err(format!(
            "the block must start with a request line such as `GET /members/42`; found {request_line:?}"
        ));
    };
    if let Some(extra) = words.find(|w| !w.starts_with("HTTP/")) {
        return Err(format!(
            "unexpected {extra:?} after the target of {request_line:?}"
        ));
    }
    let method =
        Method::from_bytes(method.as_bytes()).map_err(|_| format!("{method:?} is not a method"))?;
    if !target.starts_with('/') {
        return Err(format!(
            "the target {target:?} must be a path starting with `/`"
        ));
    }
    let mut headers = Vec::new();
    for line in lines.by_ref() {
        if line.trim().is_empty() {
            break;
        }
        let Some((name, value)) = line.split_once(':') else {
            return Err(format!("{line:?} is not a header line (`Name: value`)"));
        };
        let name = HeaderName::from_bytes(name.trim().as_bytes())
            .map_err(|_| format!("{:?} is not a header name", name.trim()))?;
        let value = HeaderValue::from_str(value.trim())
            .map_err(|_| format!("{:?} is not a header value", value.trim()))?;
        headers.push((name, value));
    }
    let body = lines.collect::<Vec<_>>().join("\n").trim_end().to_owned();
    Ok(Request {
        method,
        target: target.to_owned(),
        headers,
        body,
    })
}

impl HttpExample {
    /// The entry whose section holds the example.
    #[must_use]
    pub const fn entry(&self) -> &'static Entry {
        self.entry
    }

    /// The line of the block's request line in the `# Example` section as
    /// [`Entry::section`] gives it (its first line that is not blank is
    /// line 1).
    #[must_use]
    pub const fn line(&self) -> usize {
        self.line
    }

    /// The example as an `http` request with its body, or why the block is
    /// not one.
    ///
    /// # Errors
    ///
    /// [`ExampleFailure`] naming the example, when the block is no request.
    pub fn request(&self) -> Result<http::Request<String>, ExampleFailure> {
        let request = self
            .request
            .as_ref()
            .map_err(|why| self.failure(why.clone()))?;
        let mut built = http::Request::builder()
            .method(request.method.clone())
            .uri(&request.target);
        for (name, value) in &request.headers {
            built = built.header(name, value);
        }
        built
            .body(request.body.clone())
            .map_err(|e| self.failure(format!("not a request: {e}")))
    }

    /// Checks a response to the example: that `E`'s decoder reads its body
    /// as this example's entry, with the entry's own code.
    ///
    /// # Errors
    ///
    /// [`ExampleFailure`] naming the example, the status and the body.
    pub fn check<E: ApiError>(
        &self,
        status: StatusCode,
        body: &[u8],
    ) -> Result<(), ExampleFailure> {
        let got = || format!("got {status} {}", String::from_utf8_lossy(body));
        let (entry, refined) = match E::decode(body, Some(status)).map(Decoded::into_result) {
            Ok(Ok(received)) => (received.error.info(), received.code),
            // The entry, named for certain, holds a value no body carries
            // (a `#[source]`): decoding found it and could not build it.
            Ok(Err(Unrecognized {
                reason: Reason::NotRebuildable,
                candidates,
                ..
            })) if candidates.len() == 1 => (candidates[0], None),
            Ok(Err(unrecognized)) => {
                return Err(self.failure(format!("{}: {unrecognized}", got())));
            }
            Err(e) => return Err(self.failure(format!("{}: not an error body ({e})", got()))),
        };
        if !core::ptr::eq(entry, self.entry) || refined.is_some() {
            let code = refined.map_or_else(|| entry.code().to_string(), |c| c.to_string());
            return Err(self.failure(format!("{}: that is {code} {}", got(), entry.name())));
        }
        Ok(())
    }

    /// A failure of this example, saying `problem`.
    #[must_use]
    pub fn failure(&self, problem: String) -> ExampleFailure {
        ExampleFailure {
            example: self.to_string(),
            problem,
        }
    }
}

/// `ServiceError::MemberNotFound (34404), # Example line 3`.
impl fmt::Display for HttpExample {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}::{}", self.catalogue, self.entry.variant())?;
        if !self.entry.code().is_none() {
            write!(f, " ({})", self.entry.code())?;
        }
        write!(f, ", # {} line {}", self.heading, self.line)
    }
}

/// An example that did not produce its entry, or is no request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFailure {
    example: String,
    problem: String,
}

impl ExampleFailure {
    /// The example, as [`HttpExample`]'s `Display` names it.
    #[must_use]
    pub fn example(&self) -> &str {
        &self.example
    }
}

impl fmt::Display for ExampleFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: expected its code; {}", self.example, self.problem)
    }
}

impl std::error::Error for ExampleFailure {}

/// The examples of a catalogue that failed, and how many ran.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFailures {
    ran: usize,
    failures: Vec<ExampleFailure>,
}

impl ExampleFailures {
    /// `Ok(ran)` where nothing failed.
    #[cfg(any(feature = "axum", feature = "actix-web"))]
    pub(crate) fn from_run(
        ran: usize,
        failures: Vec<ExampleFailure>,
    ) -> Result<usize, ExampleFailures> {
        if failures.is_empty() {
            Ok(ran)
        } else {
            Err(ExampleFailures { ran, failures })
        }
    }

    /// Each failed example, in catalogue order.
    #[must_use]
    pub fn failures(&self) -> &[ExampleFailure] {
        &self.failures
    }
}

impl fmt::Display for ExampleFailures {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} of {} examples failed:",
            self.failures.len(),
            self.ran
        )?;
        for failure in &self.failures {
            write!(f, "\n  {failure}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ExampleFailures {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_found_with_their_lines_and_other_fences_are_prose() {
        let section = "\nText.\n\n```json\n```http\n```\n\n```http\n\nGET /a HTTP/1.1\nAccept: x\n\nbody\n```\n";
        let blocks = http_blocks(section);
        assert_eq!(
            blocks,
            [(10, vec!["GET /a HTTP/1.1", "Accept: x", "", "body"])]
        );
        let request = parse_request(&blocks[0].1).unwrap();
        assert_eq!(
            (request.method, request.target.as_str()),
            (Method::GET, "/a")
        );
        assert_eq!(request.headers.len(), 1);
        assert_eq!(request.body, "body");
    }

    #[test]
    fn every_commonmark_fence_tagged_http_is_a_block() {
        let section = "~~~http\nGET /t\n~~~\n\n````http\nGET /f\n```\nstill\n````\n\n``` http title\nGET /s\n```";
        assert_eq!(
            http_blocks(section),
            [
                (2, vec!["GET /t"]),
                (6, vec!["GET /f", "```", "still"]),
                (12, vec!["GET /s"])
            ]
        );
    }

    #[test]
    fn an_http_block_inside_another_fence_is_its_text() {
        let section = "~~~markdown\n```http\nDELETE /everything\n```\n~~~\n\n````\n```http\n````";
        assert_eq!(http_blocks(section), []);
        assert_eq!(http_blocks("```httpx\nGET /a\n```"), []);
    }

    #[test]
    fn a_block_that_is_no_request_says_why() {
        assert!(parse_request(&["/members"])
            .unwrap_err()
            .contains("request line"));
        assert!(parse_request(&["GET members"])
            .unwrap_err()
            .contains("must be a path"));
        assert!(parse_request(&["GET /a", "Accept"])
            .unwrap_err()
            .contains("not a header line"));
        assert!(parse_request(&["GET /a HTTP/1.1 x"])
            .unwrap_err()
            .contains("unexpected"));
    }
}
