"""Runs every conformance vector through the generated Python modules
(written by tests/clients/vectors.rs) and compares with what the Rust
decoder gave. `VECTORS` is the vectors' file, `MODULES` the folder of the
modules."""

import importlib
import json
import os
import sys
from typing import Any

sys.path.insert(0, os.environ["MODULES"])


def retry_of(retry: Any) -> dict[str, Any]:
    """The retry given: its delay must be the very double Rust gave."""
    return {"class": retry.cls, "delayMs": retry.delay_ms}


def comparable(d: Any, expected: dict[str, Any]) -> dict[str, Any]:
    if d.kind == "invalid":
        return {"kind": d.kind, "error": d.error, "member": d.member}
    if d.kind == "known":
        fields = {k: v for k, v in d.fields.items() if v is not None}
        received = d.received_code
        received = str(received) if isinstance(received, int) and abs(received) > 2**53 else received
        known = {"kind": d.kind, "entry": d.entry, "name": d.name, "evidence": d.evidence, "receivedCode": received, "retry": retry_of(d.retry), "fault": d.fault, "message": d.message, "fields": fields}
        if "params" in expected:
            known["params"] = dict(d.params)
        return known
    # The vectors write integer codes past a double's exact range as strings, for JavaScript.
    code = str(d.code) if isinstance(d.code, int) and abs(d.code) > 2**53 else d.code
    return {"kind": d.kind, "reason": d.reason, "note": d.note, "code": code, "message": d.message, "candidates": list(d.candidates)}


def test_every_vector_decodes_as_the_rust_decoder_decodes_it() -> None:
    with open(os.environ["VECTORS"], encoding="utf-8") as f:
        vectors = json.load(f)["vectors"]
    failures = []
    for i, v in enumerate(vectors):
        module = importlib.import_module(v["catalogue"])
        body = bytes.fromhex(v["body"]) + b" " * v["pad"]
        try:
            got = comparable(module.decode(v["status"], body), v["expected"])
        except Exception as e:  # noqa: BLE001 - a raise is a failure to report
            got = {"raised": repr(e)}
        if got != v["expected"]:
            failures.append({"i": i, "catalogue": v["catalogue"], "status": v["status"], "body": body[:300].decode("utf-8", "replace"), "expected": v["expected"], "got": got})
        elif failures == []:
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                continue
            assert comparable(module.decode(v["status"], text), v["expected"]) == got, f"as text: vector {i}"
    assert not failures, f"{len(failures)} of {len(vectors)} vectors differ; the first ones:\n" + "\n".join(json.dumps(f, ensure_ascii=False) for f in failures[:8])
