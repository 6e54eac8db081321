//! The document's `paths` from the API's operations: one Operation Object
//! each, whose responses are exactly the entries its set declares, and the
//! components cut down to what they use.

use super::super::tree::Tree;
use super::{reference, Names, OpenApi, Schemas, DEFAULT};
use crate::{InvalidOperation, Operation};

impl OpenApi<'_> {
    /// `paths` for [`operations`](Self::operations), and `responses` and
    /// `schemas` (the whole catalogue's components) cut down to those the
    /// operations `$ref`: a document of operations documents what they
    /// return, and leaves no component unused.
    pub(super) fn operation_paths(
        &self,
        names: &Names<'_>,
        responses: &mut Tree,
        schemas: &mut Tree,
    ) -> Tree {
        let all = self.by_status(&|_| true);
        let mut paths: Vec<(String, Tree)> = Vec::new();
        let mut ids: Vec<String> = Vec::new();
        let documented = fates(self.operations)
            .into_iter()
            .zip(self.operations)
            .filter_map(|(fate, operation)| matches!(fate, Fate::Documented).then_some(operation));
        for operation in documented {
            let method = operation.method().to_ascii_lowercase();
            let at = match paths.iter().position(|(path, _)| path == operation.path()) {
                Some(at) => at,
                None => {
                    paths.push((operation.path().to_owned(), Tree::object()));
                    paths.len() - 1
                }
            };
            let Tree::Object(methods) = &mut paths[at].1 else {
                continue;
            };
            let own = core::ptr::eq(operation.catalogue(), self.view.catalogue());
            let mut responses = if own {
                Tree::object()
            } else {
                // Another catalogue's operation: its own responses, written
                // in, as the lock records them.
                let view = operation.view();
                OpenApi::new(&view).responses_tree(Schemas::Inline, &|e| operation.declares(e))
            };
            for (status, entries) in self.by_status(&|e| own && operation.declares(e)) {
                let key = status.map_or_else(|| DEFAULT.to_owned(), |s| s.to_string());
                // Every entry of the catalogue with this status: the shared
                // component says it, once for every operation.
                let whole = all
                    .iter()
                    .any(|(s, every)| *s == status && every.len() == entries.len());
                let response = if whole {
                    reference("responses", &names.status(&key))
                } else {
                    self.response(status, &entries, Schemas::Ref(names))
                };
                responses.insert(key, response);
            }
            if matches!(&responses, Tree::Object(none) if none.is_empty()) {
                responses.insert(DEFAULT, no_error(operation));
            }
            let id = unique_id(operation.id(), &mut ids);
            methods.push((method, operation_tree(operation, id, responses)));
        }
        let paths = Tree::Object(paths);
        let mut used = Vec::new();
        refs(&paths, &mut used);
        keep_used(responses, "responses", &used);
        refs(responses, &mut used);
        keep_used(schemas, "schemas", &used);
        paths
    }
}

/// The response of an operation whose set declares no error: a Responses
/// Object holds at least one.
fn no_error(operation: &Operation) -> Tree {
    let mut response = Tree::object();
    response.insert(
        "description",
        format!(
            "{} declares no error of the catalogue; the operation's other responses are \
             the API's own.",
            operation.id()
        ),
    );
    response
}

/// What the document does with an operation.
pub(super) enum Fate {
    Documented,
    /// An operation given before given again (the same method, path and
    /// set): it counts once.
    Repeat,
    /// Left out of `paths`, and listed in `x-errcodes-skipped`.
    Refused(InvalidOperation),
}

/// Each operation's fate: refused where [`Operation::check`] refuses it, or
/// where an operation documented before has its route or spells its path
/// otherwise ([`Operation::after`], which only the list can know), else
/// documented (or counted once, given again).
pub(super) fn fates(operations: &[Operation]) -> Vec<Fate> {
    let mut fates: Vec<Fate> = Vec::with_capacity(operations.len());
    for (i, operation) in operations.iter().enumerate() {
        let earlier = operations[..i]
            .iter()
            .zip(&fates)
            .filter(|(_, fate)| matches!(fate, Fate::Documented))
            .map(|(earlier, _)| earlier);
        let fate = match operation.check() {
            Err(error) => Fate::Refused(error),
            Ok(()) => earlier
                .map(|earlier| (earlier, operation.after(earlier)))
                .find(|(earlier, problem)| {
                    problem.is_some()
                        || (earlier.method().eq_ignore_ascii_case(operation.method())
                            && earlier.path() == operation.path())
                })
                .map_or(Fate::Documented, |(_, problem)| {
                    problem.map_or(Fate::Repeat, Fate::Refused)
                }),
        };
        fates.push(fate);
    }
    fates
}

/// `x-errcodes-skipped`: the operations the document refuses (see
/// [`fates`]), each with its method, path, set and problem.
pub(super) fn skipped(operations: &[Operation]) -> Option<Tree> {
    let skipped: Vec<Tree> = fates(operations)
        .into_iter()
        .zip(operations)
        .filter_map(|(fate, operation)| {
            let Fate::Refused(error) = fate else {
                return None;
            };
            let mut tree = Tree::object();
            tree.insert("method", operation.method());
            tree.insert("path", operation.path());
            tree.insert("operationId", operation.id());
            tree.insert("problem", error.problem().to_string());
            Some(tree)
        })
        .collect();
    (!skipped.is_empty()).then_some(Tree::Array(skipped))
}

/// The Operation Object: its id, a summary naming the route, a parameter
/// for each `{name}` of the path (which Redocly and swagger-parser require),
/// and its error responses.
fn operation_tree(operation: &Operation, id: String, responses: Tree) -> Tree {
    let mut tree = Tree::object();
    tree.insert("operationId", id);
    tree.insert(
        "summary",
        format!(
            "{} {}",
            operation.method().to_ascii_uppercase(),
            operation.path()
        ),
    );
    let parameters: Vec<Tree> = path_parameters(operation.path())
        .map(|name| {
            let mut schema = Tree::object();
            schema.insert("type", "string");
            let mut parameter = Tree::object();
            parameter.insert("name", name);
            parameter.insert("in", "path");
            parameter.insert("required", Tree::Bool(true));
            parameter.insert("schema", schema);
            parameter
        })
        .collect();
    if !parameters.is_empty() {
        tree.insert("parameters", Tree::Array(parameters));
    }
    tree.insert("responses", responses);
    tree
}

/// The names of a path template's parameters: `id` of `/members/{id}`.
fn path_parameters(path: &str) -> impl Iterator<Item = &str> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
}

/// The set's name, or, for a set that names several operations, the name
/// with a count (`DeleteErrors_2`): an `operationId` is unique in a document.
fn unique_id(id: &str, ids: &mut Vec<String>) -> String {
    let mut unique = id.to_owned();
    let mut n = 1;
    while ids.contains(&unique) {
        n += 1;
        unique = format!("{id}_{n}");
    }
    ids.push(unique.clone());
    unique
}

/// Every `$ref` in `tree`.
fn refs(tree: &Tree, out: &mut Vec<String>) {
    match tree {
        Tree::Object(members) => {
            for (key, value) in members {
                match value {
                    Tree::String(target) if key == "$ref" => out.push(target.clone()),
                    _ => refs(value, out),
                }
            }
        }
        Tree::Array(items) => items.iter().for_each(|item| refs(item, out)),
        _ => {}
    }
}

/// Keeps the components of `kind` that `used` names.
fn keep_used(components: &mut Tree, kind: &str, used: &[String]) {
    if let Tree::Object(members) = components {
        let prefix = format!("#/components/{kind}/");
        members.retain(|(name, _)| {
            used.iter()
                .any(|r| r.strip_prefix(&prefix) == Some(name.as_str()))
        });
    }
}
