"""Correction files from the public web map ("claim or correct this entry", "add my organisation"), read into
pending proposals. The format is brussels_creative/resources/web/correction.schema.json (version 1).

Each file is one person's submission, taken whole or not at all: a file with an unknown field, a wrong entity id, a
code not in the vocabularies or hostile text (markup, control characters, text longer than the schema allows) is
rejected with every reason found, and nothing of it is stored. A file read before is rejected too (same content)."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import HasReason, Message, tr_noop
from ..store.ecosystem import EcosystemStore
from . import proposals

FORMAT = "brussels-creative-correction"
VERSION = 1
MAX_FILE_BYTES = 256 * 1024
SOURCE = "web map"
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_EMAIL = re.compile(r"^[^\s@<>\"]+@[^\s@<>\"]+\.[^\s@<>\"]+$")
_CODE = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!?]|javascript:|data:text/html|on[a-z]+\s*=", re.IGNORECASE)
_WHEN = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?Z$")
TOP_FIELDS = {"format", "version", "kind", "entity_uuid", "entity_name", "published_checksum", "published_at",
              "claim", "proposed", "comment", "submitter", "created_at", "language"}
REQUIRED = TOP_FIELDS - {"entity_name", "comment"}
# proposed field -> (proposal field, maximum length or pattern)
PROPOSED = {
    "name": ("name", 200), "entity_type": ("entity_type", _CODE), "address": ("address", 200),
    "postcode": ("postcode", re.compile(r"^1[0-2][0-9]{2}$")),
    "municipality": ("municipality", re.compile(r"^[0-9]{5}$")),
    "website": ("website", re.compile(r"^https?://\S+$")), "email": ("email", _EMAIL), "phone": ("phone", 40),
    "sectors": ("entity_sectors", None), "services": ("entity_services", None), "audiences": ("entity_audiences", None),
}
VOCABULARIES = {"entity_type": "entity_types", "municipality": "municipalities", "sectors": "sectors",
                "services": "services", "audiences": "audiences"}


UNKNOWN_FIELD = tr_noop("unknown field")


@dataclass(frozen=True)
class Rejection(HasReason):
    """Why a file (or one of its fields) was refused."""

    file: str
    field: str
    message: Message


@dataclass
class CorrectionsResult:
    """What reading correction files did: proposals stored (fids) per file, and the rejections."""

    proposals: dict[str, list[int]] = field(default_factory=dict)
    rejections: list[Rejection] = field(default_factory=list)

    @property
    def rejected_files(self) -> list[str]:
        """The files refused, in order, each once."""
        return list(dict.fromkeys(r.file for r in self.rejections))


def hostile(text: str) -> Message | None:
    """Why a text cannot be stored as it is (markup or a script, control characters), or None."""
    if _MARKUP.search(text):
        return Message(tr_noop("markup or a script in the text"))
    if any(unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs") and c not in "\n\t" for c in text):
        return Message(tr_noop("control or invisible characters in the text"))
    return None


class _Checker:
    """Collects the problems of one file."""

    def __init__(self, name: str, connection: sqlite3.Connection) -> None:
        self.name, self.connection, self.problems = name, connection, []

    def fail(self, field_name: str, reason: str | Message, **values) -> None:
        message = reason if isinstance(reason, Message) else Message.of(reason, **values)
        self.problems.append(Rejection(self.name, field_name, message))

    def text(self, field_name: str, value, limit: int | re.Pattern | None, nullable: bool = True) -> None:
        if value is None:
            if not nullable:
                self.fail(field_name, tr_noop("a value is required"))
            return
        if not isinstance(value, str):
            self.fail(field_name, tr_noop("a text is expected, not {kind}"), kind=type(value).__name__)
            return
        if isinstance(limit, int) and len(value) > limit:
            self.fail(field_name, tr_noop("longer than {limit} characters ({length})"), limit=limit, length=len(value))
        elif isinstance(limit, re.Pattern) and not limit.match(value):
            self.fail(field_name, tr_noop("not of the expected form: {value}"), value=repr(value[:80]))
        why = hostile(value)
        if why:
            self.fail(field_name, why)

    def codes(self, field_name: str, values: Sequence[str], table: str) -> None:
        known = {row[0] for row in self.connection.execute(f"SELECT code FROM {table}")}
        unknown = [v for v in values if v not in known]
        if unknown:
            self.fail(field_name, tr_noop("not a code of {table}: {codes}"), table=table,
                      codes=", ".join(map(str, unknown[:5])))


def check(document, name: str, connection: sqlite3.Connection) -> list[Rejection]:
    """Every problem of a parsed correction file (empty when it can be stored)."""
    c = _Checker(name, connection)
    if not isinstance(document, dict):
        return [Rejection(name, "", Message(tr_noop("not a correction file: the JSON is not an object")))]
    if document.get("format") != FORMAT or document.get("version") != VERSION:
        return [Rejection(name, "format", Message.of(tr_noop("not a {format} file of version {version}"), format=FORMAT,
                                                    version=VERSION))]
    for key in sorted(set(document) - TOP_FIELDS):
        c.fail(key, UNKNOWN_FIELD)
    for key in sorted(REQUIRED - set(document)):
        c.fail(key, tr_noop("missing"))
    kind = document.get("kind")
    if kind not in ("correction", "new"):
        c.fail("kind", tr_noop("must be 'correction' or 'new'"))
    entity_uuid = document.get("entity_uuid")
    if kind == "correction":
        if not isinstance(entity_uuid, str) or not _UUID.match(entity_uuid):
            c.fail("entity_uuid", tr_noop("not an entity id: {value}"), value=repr(str(entity_uuid)[:80]))
        elif connection.execute("SELECT 1 FROM entities WHERE uuid = ?", (entity_uuid,)).fetchone() is None:
            c.fail("entity_uuid", tr_noop("no entity {uuid} in this file"), uuid=entity_uuid)
    elif kind == "new" and (entity_uuid is not None or document.get("claim")):
        c.fail("entity_uuid", tr_noop("a new organisation has no entity id and no claim"))
    if not isinstance(document.get("claim"), bool):
        c.fail("claim", tr_noop("must be true or false"))
    c.text("entity_name", document.get("entity_name"), 500)
    c.text("comment", document.get("comment"), 2000)
    for key in ("created_at", "published_at"):
        if key in document and not (isinstance(document[key], str) and _WHEN.match(document[key])):
            c.fail(key, tr_noop("not a UTC date-time (YYYY-MM-DDTHH:MM:SSZ)"))
    if document.get("language") not in ("fr", "nl", "en"):
        c.fail("language", tr_noop("must be fr, nl or en"))
    submitter = document.get("submitter")
    if not isinstance(submitter, dict):
        c.fail("submitter", tr_noop("must be an object with name and email"))
    else:
        for key in sorted(set(submitter) - {"name", "email"}):
            c.fail(f"submitter.{key}", UNKNOWN_FIELD)
        c.text("submitter.name", submitter.get("name"), 200, nullable=False)
        c.text("submitter.email", submitter.get("email"), _EMAIL, nullable=False)
    proposed = document.get("proposed")
    if not isinstance(proposed, dict):
        c.fail("proposed", tr_noop("must be an object"))
        return c.problems
    for key in sorted(set(proposed) - set(PROPOSED)):
        c.fail(f"proposed.{key}", UNKNOWN_FIELD)
    for key, value in proposed.items():
        if key not in PROPOSED:
            continue
        target, limit = PROPOSED[key]
        if target in proposals.LINK_FIELDS:
            if not isinstance(value, list) or not all(isinstance(v, str) and _CODE.match(v) for v in value) \
                    or len(set(value)) != len(value):
                c.fail(f"proposed.{key}", tr_noop("must be a list of distinct codes"))
                continue
            c.codes(f"proposed.{key}", value, VOCABULARIES[key])
        else:
            before = len(c.problems)
            c.text(f"proposed.{key}", value, limit, nullable=key != "name")
            if key in VOCABULARIES and isinstance(value, str) and len(c.problems) == before:
                c.codes(f"proposed.{key}", [value], VOCABULARIES[key])
    if kind == "new" and not (isinstance(proposed.get("name"), str) and proposed["name"].strip()):
        c.fail("proposed.name", tr_noop("a new organisation needs a name"))
    if kind == "correction" and not (document.get("claim") or proposed or (document.get("comment") or "").strip()):
        c.fail("proposed", tr_noop("the file claims nothing, proposes nothing and has no comment"))
    return c.problems


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def _read(path: Path) -> tuple[object, bytes | None, Message | None]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, None, Message.of(tr_noop("larger than {limit} KiB ({size} bytes): not a correction file"),
                                          limit=MAX_FILE_BYTES // 1024, size=size)
        data = path.read_bytes()
        return json.loads(data.decode("utf-8")), data, None
    except OSError as error:
        return None, None, Message.of(tr_noop("cannot be read ({error})"), error=error.strerror or error)
    except UnicodeDecodeError:
        return None, None, Message(tr_noop("not UTF-8 text"))
    except json.JSONDecodeError as error:
        return None, None, Message.of(tr_noop("not JSON (line {line}, column {column}: {error})"),
                                      line=error.lineno, column=error.colno, error=error.msg)


def import_corrections(store: EcosystemStore, paths: Sequence[str | Path],
                       is_canceled: Callable[[], bool] = lambda: False) -> CorrectionsResult:
    """Read correction files into pending proposals, in one transaction (a cancel stores nothing). Each valid file
    gives one proposal per proposed field (a claim: one 'claim' proposal; a comment alone: one 'comment'
    proposal; a new organisation: one 'new' proposal), all with the submitter as proposer and source
    "web map <created_at> #<digest>" (the file's content digest: a file read twice is refused the second time)."""
    result = CorrectionsResult()
    with store.transaction() as connection:
        for path in map(Path, paths):
            if is_canceled():
                raise InterruptedError("canceled")
            document, data, error = _read(path)
            if error:
                result.rejections.append(Rejection(path.name, "", error))
                continue
            problems = check(document, path.name, connection)
            source = f"{SOURCE} {document.get('created_at', '')} #{_digest(data)}" if not problems else ""
            if not problems and connection.execute(
                    "SELECT 1 FROM proposals WHERE source = ? LIMIT 1", (source,)).fetchone():
                problems = [Rejection(path.name, "", Message(tr_noop("already imported (the same file was read "
                                                                     "before)")))]
            if problems:
                result.rejections.extend(problems)
                continue
            result.proposals[path.name] = _store(connection, document, source)
    return result


def _store(connection: sqlite3.Connection, document: dict, source: str) -> list[int]:
    submitter = document["submitter"]
    proposer = f"{submitter['name'].strip()} <{submitter['email'].strip()}>"
    comment, at = document.get("comment"), document["created_at"]
    proposed = {PROPOSED[key][0]: value for key, value in document["proposed"].items()}
    if document["kind"] == "new":
        values = {key: value for key, value in proposed.items() if value is not None}
        return [proposals.add_new_in_transaction(connection, values, proposer, source, comment, at)[1]]
    uuid = document["entity_uuid"]
    fids = [proposals.add_in_transaction(connection, uuid, name, value, proposer, source, comment, at)
            for name, value in proposed.items()]
    if document["claim"]:
        fids.append(proposals.add_in_transaction(
            connection, uuid, "claim", {"name": submitter["name"].strip(), "email": submitter["email"].strip()},
            proposer, source, comment, at))
    if not fids:
        fids.append(proposals.add_in_transaction(connection, uuid, "comment", None, proposer, source, comment, at))
    return fids
