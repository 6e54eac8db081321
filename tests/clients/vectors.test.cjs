// Runs every conformance vector through the generated TypeScript modules
// (compiled by tests/clients/vectors.rs) and compares with what the Rust
// decoder gave. `VECTORS` is the vectors' file, `MODULES` the folder of
// the compiled modules.
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");

const { vectors } = JSON.parse(fs.readFileSync(process.env.VECTORS, "utf8"));
const modules = {};
const moduleOf = (name) => (modules[name] ??= require(path.join(process.env.MODULES, name + ".js")));

function bodyOf(v) {
  const bytes = Buffer.from(v.body, "hex");
  const padded = Buffer.alloc(bytes.length + v.pad, 0x20);
  bytes.copy(padded);
  return new Uint8Array(padded);
}

/** What `decode` gave, in the vectors' words (the placeholders' text where the vector gives it). */
function comparable(d, expected) {
  switch (d.kind) {
    case "invalid":
      return { kind: d.kind, error: d.error, member: d.member };
    case "known": {
      const known = { kind: d.kind, entry: d.entry, name: d.name, evidence: d.evidence, receivedCode: d.receivedCode, retry: retryOf(d.retry), fault: d.fault, message: d.message, fields: nonNull(d.fields) };
      if (expected && "params" in expected) known.params = { ...d.params };
      return known;
    }
    default:
      return { kind: d.kind, reason: d.reason, note: d.note, code: d.code, message: d.message, candidates: [...d.candidates] };
  }
}

/** The retry given: its delay must be the very double Rust gave. */
function retryOf(retry) {
  return { class: retry.class, delayMs: retry.delayMs };
}

/** The members that are not null, as own properties (`out[k] = v` would set the prototype for `__proto__`). */
function nonNull(fields) {
  const out = {};
  for (const [k, v] of Object.entries(fields)) if (v !== null) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

test("every vector decodes as the Rust decoder decodes it", () => {
  const failures = [];
  vectors.forEach((v, i) => {
    const decode = moduleOf(v.catalogue).decode;
    const body = bodyOf(v);
    let got;
    try {
      got = comparable(decode(v.status, body), v.expected);
    } catch (e) {
      got = { threw: String(e && e.stack) };
    }
    try {
      assert.deepStrictEqual(got, v.expected);
    } catch {
      failures.push({ i, catalogue: v.catalogue, status: v.status, body: Buffer.from(v.body, "hex").toString("utf8").slice(0, 300), pad: v.pad, expected: v.expected, got });
    }
    // A body of text decodes as its bytes do.
    const text = Buffer.from(body).toString("utf8");
    if (Buffer.from(text, "utf8").equals(Buffer.from(body)) && failures.length === 0) {
      assert.deepStrictEqual(comparable(decode(v.status, text), v.expected), got, "as text: vector " + i);
    }
  });
  if (failures.length > 0) {
    assert.fail(`${failures.length} of ${vectors.length} vectors differ; the first ones:\n` + failures.slice(0, 8).map((f) => JSON.stringify(f)).join("\n"));
  }
});
