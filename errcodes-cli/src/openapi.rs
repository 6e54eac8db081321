//! The services' OpenAPI documents as one (`errcodes portal --openapi`),
//! for gateways and API portals. What a document says of its operations
//! stays with them and reaches no other document's: each operation carries
//! its servers, its path's parameters, summary and description, and the
//! security its document requires; paths that are one route on the wire
//! (`/items/{x}`, `/items/{y}`: `errcodes::contract::wire_path`, as the
//! contract lock compares operations) are one path item, each of whose
//! operations is one document's. What cannot be merged is bad input
//! naming the document.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde_json::{json, Map, Value};

use crate::error::BadInput;

/// The operations of an OpenAPI Path Item.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// The members of a Path Item that apply to each of its operations.
const PATH_LEVEL: [&str; 4] = ["servers", "parameters", "summary", "description"];

/// One OpenAPI document of every service's (`errcodes::docs::openapi`).
pub fn merge(files: &[PathBuf]) -> Result<Value, BadInput> {
    let mut merged = Merged::default();
    for file in files {
        let text = crate::inputs::read_file(file)?;
        let doc: Value = serde_json::from_str(&text)
            .map_err(|e| BadInput::malformed(file, Some(e.line()), e))?;
        merged.add(file, &doc)?;
    }
    Ok(merged.finish(files.len()))
}

/// `major.minor.patch` of an `openapi` member.
fn version(file: &Path, doc: &Value) -> Result<(u64, u64, u64), BadInput> {
    let Some(text) = doc["openapi"].as_str() else {
        let reason = "no `openapi` version: not an OpenAPI 3 document";
        return Err(BadInput::malformed(file, None, reason));
    };
    let parts: Vec<Option<u64>> = text.split('.').map(|p| p.parse().ok()).collect();
    match parts[..] {
        [Some(major), Some(minor), Some(patch)] => Ok((major, minor, patch)),
        _ => Err(BadInput::malformed(
            file,
            None,
            format!("OpenAPI version `{text}` is not major.minor.patch"),
        )),
    }
}

#[derive(Default)]
struct Merged<'a> {
    /// The first document's version, and the highest patch of its minor.
    version: Option<((u64, u64, u64), &'a Path)>,
    /// Path items by the template first written for their route.
    paths: Map<String, Value>,
    /// Each route (its wire path): the template first written for it.
    routes: HashMap<String, String>,
    /// Each operation (wire path and method): its document.
    operations: HashMap<(String, String), &'a Path>,
    webhooks: Map<String, Value>,
    webhook_origin: HashMap<String, &'a Path>,
    components: BTreeMap<String, Map<String, Value>>,
    tags: Vec<(Value, &'a Path)>,
    servers: Vec<Value>,
}

/// What a document's operations take from it: its servers, its root
/// security, and the new names of its security schemes.
struct Document<'f, 'd> {
    file: &'f Path,
    doc: &'d Value,
    servers: Value,
    renamed: HashMap<String, String>,
}

impl<'a> Merged<'a> {
    fn add(&mut self, file: &'a Path, doc: &Value) -> Result<(), BadInput> {
        self.version(file, doc)?;
        let renamed = self.security_schemes(doc);
        self.components(file, doc)?;
        let servers = match doc.get("servers") {
            Some(Value::Array(s)) if !s.is_empty() => Value::Array(s.clone()),
            _ => json!([{"url": "/"}]),
        };
        let document = Document {
            file,
            doc,
            servers,
            renamed,
        };
        for (template, item) in doc["paths"].as_object().into_iter().flatten() {
            self.path(&document, template, item)?;
        }
        for (name, item) in doc["webhooks"].as_object().into_iter().flatten() {
            if let Some(other) = self.webhook_origin.insert(name.clone(), file) {
                let reason = format!("webhook `{name}` is in {} too", other.display());
                return Err(BadInput::malformed(file, None, reason));
            }
            let mut item = item.clone();
            for method in METHODS {
                if let Some(operation) = item.get_mut(method) {
                    document.secure(operation);
                }
            }
            self.webhooks.insert(name.clone(), item);
        }
        self.tags(file, doc)
    }

    /// Documents of one minor version merge (as the highest patch of
    /// them); 3.0 and 3.1 differ in their schemas, and are refused.
    fn version(&mut self, file: &'a Path, doc: &Value) -> Result<(), BadInput> {
        let this = version(file, doc)?;
        match &mut self.version {
            Some(((major, minor, patch), _)) if (*major, *minor) == (this.0, this.1) => {
                *patch = (*patch).max(this.2);
            }
            Some(((major, minor, _), first)) => {
                let reason = format!(
                    "OpenAPI {}.{}.{}, but {} is OpenAPI {major}.{minor}: documents of one \
                     minor version merge, write them all as one",
                    this.0,
                    this.1,
                    this.2,
                    first.display()
                );
                return Err(BadInput::malformed(file, None, reason));
            }
            None => self.version = Some((this, file)),
        }
        Ok(())
    }

    /// The document's security schemes, each under its own name unless
    /// another document's scheme of that name differs: then under the
    /// first free `{name}_2`, `{name}_3`..., which it returns.
    fn security_schemes(&mut self, doc: &Value) -> HashMap<String, String> {
        let mut renamed = HashMap::new();
        let schemes = &doc["components"]["securitySchemes"];
        let merged = self
            .components
            .entry("securitySchemes".to_owned())
            .or_default();
        for (name, scheme) in schemes.as_object().into_iter().flatten() {
            let mut given = name.clone();
            for n in 2.. {
                match merged.get(&given) {
                    Some(existing) if existing != scheme => given = format!("{name}_{n}"),
                    _ => break,
                }
            }
            merged.insert(given.clone(), scheme.clone());
            if given != *name {
                renamed.insert(name.clone(), given);
            }
        }
        renamed
    }

    /// Components other than security schemes: one name, one definition.
    fn components(&mut self, file: &Path, doc: &Value) -> Result<(), BadInput> {
        for (kind, members) in doc["components"].as_object().into_iter().flatten() {
            if kind == "securitySchemes" {
                continue;
            }
            let merged = self.components.entry(kind.clone()).or_default();
            for (name, value) in members.as_object().into_iter().flatten() {
                match merged.get(name) {
                    Some(existing) if existing != value => {
                        let reason =
                            format!("components.{kind}.{name} differs from another document's");
                        return Err(BadInput::malformed(file, None, reason));
                    }
                    Some(_) => {}
                    None => {
                        merged.insert(name.clone(), value.clone());
                    }
                }
            }
        }
        Ok(())
    }

    fn path(
        &mut self,
        document: &Document<'a, '_>,
        template: &str,
        item: &Value,
    ) -> Result<(), BadInput> {
        let file = document.file;
        if item.get("$ref").is_some() {
            let reason = format!("paths.{template} is a $ref: write its path item in the document");
            return Err(BadInput::malformed(file, None, reason));
        }
        let wire = errcode_core::contract::wire_path(template);
        let merged_template = self
            .routes
            .entry(wire.clone())
            .or_insert_with(|| template.to_owned())
            .clone();
        let names = parameter_names(template)
            .zip(parameter_names(&merged_template))
            .filter(|(ours, theirs)| ours != theirs)
            .map(|(ours, theirs)| (ours.to_owned(), theirs.to_owned()))
            .collect::<HashMap<_, _>>();
        for method in METHODS {
            let Some(operation) = item.get(method) else {
                continue;
            };
            let key = (wire.clone(), method.to_owned());
            if let Some(other) = self.operations.insert(key, file) {
                let reason = format!(
                    "{} {template} is {} {merged_template} of {} too: one route, two operations",
                    method.to_uppercase(),
                    method.to_uppercase(),
                    other.display()
                );
                return Err(BadInput::malformed(file, None, reason));
            }
            let operation = document.operation(item, operation, &names, template)?;
            for server in operation["servers"].as_array().into_iter().flatten() {
                if !self.servers.contains(server) {
                    self.servers.push(server.clone());
                }
            }
            let merged = self
                .paths
                .entry(merged_template.clone())
                .or_insert_with(|| json!({}));
            merged[method] = operation;
        }
        Ok(())
    }

    /// Tags by name: one name, one definition.
    fn tags(&mut self, file: &'a Path, doc: &Value) -> Result<(), BadInput> {
        for tag in doc["tags"].as_array().into_iter().flatten() {
            match self.tags.iter().find(|(t, _)| t["name"] == tag["name"]) {
                Some((existing, _)) if existing == tag => {}
                Some((_, other)) => {
                    let reason = format!("tag {} differs from {}'s", tag["name"], other.display());
                    return Err(BadInput::malformed(file, None, reason));
                }
                None => self.tags.push((tag.clone(), file)),
            }
        }
        Ok(())
    }

    fn finish(self, documents: usize) -> Value {
        let ((major, minor, patch), _) = self.version.unwrap_or(((3, 1, 0), Path::new("")));
        let mut servers = self.servers;
        if servers.is_empty() {
            servers.push(json!({"url": "/"}));
        }
        let mut merged = json!({
            "openapi": format!("{major}.{minor}.{patch}"),
            "info": {"title": "Error codes", "version": "1.0.0",
                     "description": format!("The errors of {documents} OpenAPI documents, merged by errcodes portal: each operation names its own servers.")},
            "servers": servers,
            "paths": self.paths,
        });
        if !self.webhooks.is_empty() {
            merged["webhooks"] = Value::Object(self.webhooks);
        }
        let components: Map<String, Value> = self
            .components
            .into_iter()
            .filter(|(_, members)| !members.is_empty())
            .map(|(kind, members)| (kind, Value::Object(members)))
            .collect();
        merged["components"] = Value::Object(components);
        if !self.tags.is_empty() {
            merged["tags"] = self.tags.into_iter().map(|(tag, _)| tag).collect();
        }
        merged
    }
}

/// The names of a path template's parameters, in order.
fn parameter_names(template: &str) -> impl Iterator<Item = &str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
}

impl Document<'_, '_> {
    /// `operation` of path item `item`, standing alone: with its path's
    /// servers (else its document's), parameters it does not override,
    /// summary and description, its document's security where it has
    /// none, and its path parameters under the merged template's names.
    fn operation(
        &self,
        item: &Value,
        operation: &Value,
        names: &HashMap<String, String>,
        template: &str,
    ) -> Result<Value, BadInput> {
        if !operation.is_object() {
            let reason = format!("paths.{template}: an operation that is not an object");
            return Err(BadInput::malformed(self.file, None, reason));
        }
        let mut operation = operation.clone();
        for member in PATH_LEVEL {
            if operation.get(member).is_none() {
                if let Some(value) = item.get(member) {
                    operation[member] = value.clone();
                }
            }
        }
        if operation.get("servers").is_none() {
            operation["servers"] = self.servers.clone();
        }
        if let (Some(Value::Array(path_level)), Some(Value::Array(own))) =
            (item.get("parameters"), operation.get("parameters"))
        {
            let own_keys: Vec<_> = own.iter().map(|p| self.parameter_key(p)).collect();
            let mut all = own.clone();
            all.extend(
                path_level
                    .iter()
                    .filter(|p| !own_keys.contains(&self.parameter_key(p)))
                    .cloned(),
            );
            operation["parameters"] = Value::Array(all);
        }
        let parameters = operation
            .get_mut("parameters")
            .and_then(Value::as_array_mut);
        for parameter in parameters.into_iter().flatten() {
            let (name, place) = self.parameter_key(parameter);
            let Some(new) = names.get(&name).filter(|_| place == "path") else {
                continue;
            };
            if parameter.get("$ref").is_some() {
                let reason = format!(
                    "paths.{template}: path parameter `{name}` is a $ref, and the route is \
                     written with `{{{new}}}` in another document: name it alike"
                );
                return Err(BadInput::malformed(self.file, None, reason));
            }
            parameter["name"] = Value::String(new.clone());
        }
        self.secure(&mut operation);
        Ok(operation)
    }

    /// A parameter's name and place, a `$ref` read from the document's
    /// components.
    fn parameter_key(&self, parameter: &Value) -> (String, String) {
        let resolved = match parameter["$ref"].as_str() {
            Some(pointer) => pointer
                .strip_prefix('#')
                .and_then(|p| self.doc.pointer(p))
                .unwrap_or(parameter),
            None => parameter,
        };
        let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
        match parameter["$ref"].as_str() {
            Some(pointer) if resolved == parameter => (pointer.to_owned(), String::new()),
            _ => (text(&resolved["name"]), text(&resolved["in"])),
        }
    }

    /// The document's root security on an operation that has none, and
    /// the names of renamed security schemes in it.
    fn secure(&self, operation: &mut Value) {
        let Some(operation) = operation.as_object_mut() else {
            return;
        };
        if let (None, Some(security)) = (operation.get("security"), self.doc.get("security")) {
            operation.insert("security".to_owned(), security.clone());
        }
        let requirements = operation.get_mut("security").and_then(Value::as_array_mut);
        for requirement in requirements.into_iter().flatten() {
            let Some(schemes) = requirement.as_object_mut() else {
                continue;
            };
            for (old, new) in &self.renamed {
                if let Some(scopes) = schemes.remove(old) {
                    schemes.insert(new.clone(), scopes);
                }
            }
        }
    }
}
