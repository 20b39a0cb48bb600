#!/usr/bin/env python3
"""Extract the plugin's user-facing strings and write/merge the Qt translation sources (`make i18n-update`).

Strings are found statically with Python's ast module (no pylupdate needed), in every module of the plugin:

- the text of every call to a translating function: `tr("…")`, `self.tr("…")`,
  `QCoreApplication.translate("BrusselsCreative", "…")`, and of every call to a local helper that passes one of its
  own parameters to one of those (e.g. `def _add(self, parameter, help_text): …self.tr(help_text)…`, so
  `self._add(p, "Help")` is found);
- a text that is not a literal is resolved when it is a constant or a loop variable over a constant table:
  `[self.tr(s[1]) for s in SHAPES]`, `for key, label in (("X", "Label"), …): self.tr(label)`;
- the ALG_NAME, ALG_HELP and ALG_TAGS class attributes of the algorithms and the values of a module-level GROUPS
  dict, which the algorithm base class passes to self.tr() at display time;
- the texts of the algorithms' help files, processing/algorithms/help/<id>.json (name, tags, meaning, help; a list
  of pieces is one text), which the base class loads into those attributes.

A translating call whose text cannot be resolved (an f-string, a computed value) is reported as a warning: it would
never be translated. Then resources/i18n/brussels_creative_<lang>.ts (context "BrusselsCreative") is merged:
existing translations are kept, new strings are added unfinished, strings no longer in the sources are kept with
type="obsolete" (dropped with --no-obsolete) and come back to life if the string reappears. A new string close to an
obsolete one (an edited help text) is added unfinished with the old source and old translation as hints.

    python3 scripts/update_translations.py            # merge fr and nl
    python3 scripts/update_translations.py --check    # exit 1 if a .ts is out of date or has unfinished entries
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import os
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "brussels_creative"
I18N_DIR = PACKAGE / "resources" / "i18n"
CONTEXT = "BrusselsCreative"
LANGUAGES = {"fr": "fr_BE", "nl": "nl_BE"}
TRANSLATING = {"tr", "tr_noop", "QT_TR_NOOP"}  # functions whose first argument is a source text
CLASS_ATTRIBUTES = ("ALG_NAME", "ALG_MEANING", "ALG_HELP", "ALG_TAGS")  # algorithm texts translated by the base class
HELP_FILES = PACKAGE / "processing" / "algorithms" / "help"  # <algorithm id>.json: name, tags, meaning, help
DICT_CONSTANTS = ("GROUPS",)  # module-level {id: display name} tables translated on use
SIMILARITY = 0.8  # difflib ratio above which an obsolete message is offered as a hint for a new one


class UnresolvedError(Exception):
    """A text expression whose value is not known statically."""


UNKNOWN = object()  # a table cell that is not a constant (a lambda, a call); fine unless it is the text


@dataclass
class Message:
    """One source text with the files it appears in and, once merged, its translation."""

    source: str
    files: list[str] = field(default_factory=list)
    translation: str = ""
    kind: str | None = "unfinished"  # None (finished), "unfinished" or "obsolete"
    old_source: str | None = None
    comment: str | None = None


@dataclass
class Extraction:
    """The strings found, in order of first appearance, and what could not be resolved."""

    messages: dict[str, Message] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def add(self, text: object, path: Path) -> None:
        if not isinstance(text, str) or not text.strip():
            return
        message = self.messages.setdefault(text, Message(text))
        name = os.path.relpath(path, I18N_DIR).replace(os.sep, "/")
        if name not in message.files:
            message.files.append(name)


def source_files() -> list[Path]:
    """Every Python module of the plugin, in a stable order."""
    return sorted(PACKAGE.rglob("*.py"), key=lambda p: p.relative_to(PACKAGE).as_posix())


# ---- static evaluation ---------------------------------------------------------------------------------------
class Module:
    """One parsed module: its constants, classes and translating helpers."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        self.parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
        self.constants = _assignments(self.tree.body)
        self.classes = {node.name: node for node in self.tree.body if isinstance(node, ast.ClassDef)}
        # translating helpers: name -> {name of a text parameter: its position (not counting self/cls), None if
        # keyword-only}; the module's functions, and its classes' methods
        self.functions: dict[str, dict[str, int | None]] = {}
        self.methods: dict[str, dict[str, int | None]] = {}
        self.key = ".".join(path.relative_to(REPO).with_suffix("").parts) if path.is_relative_to(REPO) else path.stem
        self.imports = _imports(self.tree, self.key)  # local name -> (module, name imported from it or None)
        self.registry: dict[str, Module] = {self.key: self}  # every module extracted, by key
        self.shared_methods: dict[str, dict[str, int | None]] = {}  # every module's method helpers

    def helper_texts(self, call: ast.Call) -> dict[str, int | None]:
        """The text parameters of the helper `call` calls: a function of this module or imported from another one of
        the plugin (by name, or as module.function), or a method of any of the plugin's classes."""
        if isinstance(call.func, ast.Name):
            name = call.func.id
            if name in self.functions:
                return self.functions[name]
            source, imported = self.imports.get(name, ("", None))
            module = self.registry.get(source)
            return module.functions.get(imported, {}) if module is not None and imported else {}
        if not isinstance(call.func, ast.Attribute):
            return {}
        if isinstance(call.func.value, ast.Name) and call.func.value.id in self.imports:
            source, imported = self.imports[call.func.value.id]
            module = self.registry.get(f"{source}.{imported}" if imported else source)
            return module.functions.get(call.func.attr, {}) if module is not None else {}
        return self.shared_methods.get(call.func.attr, {})

    def enclosing(self, node: ast.AST, kind: type) -> ast.AST | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, kind):
                return node
        return None

    def evaluate(self, node: ast.AST, bindings: dict[str, object], owner: ast.ClassDef | None, depth: int = 0):
        """Return the constant value of an expression, or raise UnresolvedError."""
        if depth > 20:
            raise UnresolvedError
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Tuple | ast.List):
            return tuple(self._cell(element, bindings, owner, depth) for element in node.elts)
        if isinstance(node, ast.Dict):
            return {
                self.evaluate(k, bindings, owner, depth + 1): self._cell(v, bindings, owner, depth)
                for k, v in zip(node.keys, node.values, strict=True)
                if k is not None
            }
        if isinstance(node, ast.ListComp | ast.GeneratorExp) and len(node.generators) == 1:
            generator = node.generators[0]  # [label for _, label in TABLE]
            values = self.evaluate(generator.iter, bindings, owner, depth + 1)
            if generator.ifs or not isinstance(values, tuple):
                raise UnresolvedError
            return tuple(self.evaluate(node.elt, {**bindings, **_bind(generator.target, value)}, owner, depth + 1)
                         for value in values)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left = self.evaluate(node.left, bindings, owner, depth + 1)
            right = self.evaluate(node.right, bindings, owner, depth + 1)
            if isinstance(left, str) and isinstance(right, str):
                return left + right
            raise UnresolvedError
        if isinstance(node, ast.Name):
            if node.id in bindings:
                return bindings[node.id]
            if node.id in self.constants:
                return self.evaluate(self.constants[node.id], {}, None, depth + 1)
            raise UnresolvedError
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
            if owner is not None:
                value = _assignments(owner.body).get(node.attr)
                if value is not None:
                    return self.evaluate(value, {}, owner, depth + 1)
            raise UnresolvedError
        if isinstance(node, ast.Subscript):
            container = self.evaluate(node.value, bindings, owner, depth + 1)
            key = self.evaluate(node.slice, bindings, owner, depth + 1)
            try:
                value = container[key]
            except (TypeError, KeyError, IndexError) as error:
                raise UnresolvedError from error
            if value is UNKNOWN:
                raise UnresolvedError
            return value
        raise UnresolvedError

    def _cell(self, node, bindings, owner, depth):
        try:
            return self.evaluate(node, bindings, owner, depth + 1)
        except UnresolvedError:
            return UNKNOWN

    def loop_bindings(self, node: ast.AST, owner: ast.ClassDef | None) -> list[dict[str, object]]:
        """Every combination of values the loop variables around `node` take (one empty dict outside loops)."""
        loops: list[tuple[ast.AST, ast.AST]] = []  # (target, iterable), outermost first
        child = node
        while child in self.parents:
            parent = self.parents[child]
            if isinstance(parent, ast.For | ast.AsyncFor) and child in parent.body:
                loops.insert(0, (parent.target, parent.iter))
            elif isinstance(parent, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
                inner = [(g.target, g.iter) for g in parent.generators]
                loops[0:0] = inner
            if isinstance(parent, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
                break
            child = parent
        combinations: list[dict[str, object]] = [{}]
        for target, iterable in loops:
            names = {n.id for n in ast.walk(target) if isinstance(n, ast.Name)}
            expanded = []
            for bindings in combinations:
                try:
                    values = self.evaluate(iterable, bindings, owner)
                except UnresolvedError:
                    expanded.append({**bindings, **{n: UNKNOWN for n in names}})
                    continue
                for value in values if isinstance(values, tuple | dict) else ():
                    expanded.append({**bindings, **_bind(target, value)})
            combinations = expanded
        return combinations


def _assignments(body: list[ast.stmt]) -> dict[str, ast.AST]:
    """Name -> value of the simple assignments of a module or class body."""
    found: dict[str, ast.AST] = {}
    for statement in body:
        if isinstance(statement, ast.Assign):
            for target in statement.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = statement.value
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name) and statement.value:
            found[statement.target.id] = statement.value
    return found


def _bind(target: ast.AST, value: object) -> dict[str, object]:
    if isinstance(target, ast.Name):
        return {target.id: value}
    if isinstance(target, ast.Tuple | ast.List):
        if isinstance(value, tuple) and len(value) == len(target.elts):
            bound: dict[str, object] = {}
            for element, item in zip(target.elts, value, strict=True):
                bound.update(_bind(element, item))
            return bound
        return {n.id: UNKNOWN for n in ast.walk(target) if isinstance(n, ast.Name)}
    return {}


# ---- extraction ------------------------------------------------------------------------------------------------
def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _text_arguments(call: ast.Call, module: Module) -> list[ast.AST]:
    """The nodes holding the source texts if `call` translates in our context (none if it does not)."""
    name = _called_name(call)
    if name == "translate":  # QCoreApplication.translate(context, text)
        if len(call.args) >= 2 and isinstance(call.args[0], ast.Constant) and call.args[0].value == CONTEXT:
            return [call.args[1]]
        return []
    if name in TRANSLATING:
        return call.args[:1]
    texts = module.helper_texts(call)
    found = [call.args[index] for index in texts.values() if index is not None and len(call.args) > index]
    return found + [k.value for k in call.keywords if k.arg in texts]


def _helper_count(modules: list[Module]) -> int:
    return sum(len(texts) for m in modules for helpers in (m.functions, m.methods) for texts in helpers.values())


def _imports(tree: ast.Module, key: str) -> dict[str, tuple[str, str | None]]:
    """Local name -> (module key, the name imported from it, None for a module imported whole)."""
    package = key.split(".")[:-1]
    found: dict[str, tuple[str, str | None]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            source = ".".join(base + ([node.module] if node.module else []))
            for alias in node.names:
                found[alias.asname or alias.name] = (source, alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                found[alias.asname or alias.name.split(".")[0]] = (alias.name if alias.asname else
                                                                    alias.name.split(".")[0], None)
    return found


def _iterated_name(node: ast.AST, module: Module) -> str | None:
    """The name a comprehension around `node` iterates over when `node` is its loop variable (`[tr(o) for o in
    options]` -> "options")."""
    child = node
    while child in module.parents:
        parent = module.parents[child]
        if isinstance(parent, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
            for generator in parent.generators:
                if (isinstance(node, ast.Name) and isinstance(generator.target, ast.Name)
                        and generator.target.id == node.id and isinstance(generator.iter, ast.Name)):
                    return generator.iter.id
        if isinstance(parent, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            return None
        child = parent
    return None


def _find_helpers(module: Module) -> None:
    """Find the module's functions that pass some of their parameters on as source texts (until stable): a text
    parameter is one a translating call takes as its text, or whose items a comprehension translates one by one."""
    changed = True
    while changed:
        changed = False
        for function in ast.walk(module.tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) or function.name in TRANSLATING:
                continue
            positional = [a.arg for a in function.args.posonlyargs + function.args.args]
            in_class = isinstance(module.parents.get(function), ast.ClassDef)
            if in_class and positional and positional[0] in ("self", "cls"):
                positional = positional[1:]
            keyword_only = [a.arg for a in function.args.kwonlyargs]
            helpers = module.methods if in_class else module.functions
            known = helpers.setdefault(function.name, {})
            for call in ast.walk(function):
                if not isinstance(call, ast.Call):
                    continue
                for text in _text_arguments(call, module):
                    name = text.id if isinstance(text, ast.Name) else None
                    if name not in positional + keyword_only:
                        name = _iterated_name(text, module)
                    if name in positional + keyword_only and name not in known:
                        known[name] = positional.index(name) if name in positional else None
                        changed = True
            if not known:
                del helpers[function.name]


def _forwarded_parameter(node: ast.AST, call: ast.Call, module: Module) -> bool:
    """Whether the text is a parameter of the enclosing translating function itself (`def tr(text)`), or an item
    of one (`[tr(o) for o in options]`)."""
    if not isinstance(node, ast.Name):
        return False
    parameters: set[str] = set()
    function = module.enclosing(call, ast.FunctionDef)
    while function is not None:  # the parameters of the functions around it too (a closure's texts)
        parameters |= {a.arg for a in function.args.posonlyargs + function.args.args + function.args.kwonlyargs}
        function = module.enclosing(function, ast.FunctionDef)
    return node.id in parameters or _iterated_name(node, module) in parameters


def _mentions_class_attribute(node: ast.AST) -> bool:
    names = {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}
    names |= {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
    return bool(names & {*CLASS_ATTRIBUTES, *DICT_CONSTANTS})


def _classes_with_tr(modules: list[Module]) -> set[str]:
    """Names of the plugin's classes whose tr() translates in our context (they define it, or inherit it)."""
    classes = {name: node for module in modules for name, node in module.classes.items()}
    with_tr = {
        name for name, node in classes.items()
        if any(isinstance(s, ast.FunctionDef) and s.name == "tr" for s in node.body)
    }
    changed = True
    while changed:
        changed = False
        for name, node in classes.items():
            bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", None) for b in node.bases}
            if name not in with_tr and bases & with_tr:
                with_tr.add(name)
                changed = True
    return with_tr


def _extract_text(node: ast.Call, text_node: ast.AST, module: Module, with_tr: set[str], where: Path,
                  result: Extraction, found: list) -> None:
    """Add the texts `text_node` (an argument of the translating call `node`) can take to `found`; warn about what
    cannot be resolved."""
    owner = module.enclosing(node, ast.ClassDef)
    if (
        _called_name(node) == "tr"
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "self"
        and (owner is None or owner.name not in with_tr)
    ):
        result.warnings.append(
            f"{where}:{node.lineno}: self.tr() of a class without its own tr(): Qt would use the class name "
            f"as the context, not {CONTEXT!r}; use the module's tr()"
        )
    texts = []
    unresolved = False
    for bindings in module.loop_bindings(node, owner):
        try:
            texts.append(module.evaluate(text_node, bindings, owner))
        except UnresolvedError:
            unresolved = True
    if (unresolved or any(t is UNKNOWN for t in texts)) and not (
        _forwarded_parameter(text_node, node, module) or _mentions_class_attribute(text_node)
    ):
        result.warnings.append(
            f"{where}:{node.lineno}: cannot find the text of {ast.unparse(node)[:100]}: it will not be "
            "translated (pass a literal, or a constant table)"
        )
    for text in texts:
        for item in text if isinstance(text, tuple) else (text,):  # a tuple of texts: options translated one by one
            found.append((text_node.lineno, text_node.col_offset, item))


def extract(files: list[Path] | None = None) -> Extraction:
    """Collect the plugin's user-facing strings, in order of first appearance."""
    result = Extraction()
    modules = [Module(path) for path in (files or source_files())]
    with_tr = _classes_with_tr(modules)
    registry = {module.key: module for module in modules}
    shared_methods: dict[str, dict[str, int | None]] = {}
    for module in modules:
        module.registry = registry
        module.shared_methods = shared_methods
    # Helpers are found across modules (the algorithms' base class method self.declare(parameter, "help"), the
    # parameter declarations of processing/algorithms/parameters.py imported by the algorithms), until every helper
    # of a helper is known.
    changed = True
    while changed:
        before = _helper_count(modules)
        for module in modules:
            _find_helpers(module)
            for name, texts in module.methods.items():
                shared_methods.setdefault(name, {}).update(texts)
        changed = _helper_count(modules) != before
    for module in modules:
        where = Path(os.path.relpath(module.path, REPO))
        found: list[tuple[int, int, object]] = []  # (line, column, text) to keep the source order
        for node in ast.walk(module.tree):
            if isinstance(node, ast.ClassDef):
                for name, value in _assignments(node.body).items():
                    if name in CLASS_ATTRIBUTES:
                        try:
                            evaluated = module.evaluate(value, {}, node)
                        except UnresolvedError:
                            result.warnings.append(f"{where}:{value.lineno}: {name} is not a constant")
                            continue
                        for text in evaluated if isinstance(evaluated, tuple) else (evaluated,):
                            found.append((value.lineno, value.col_offset, text))
            if not isinstance(node, ast.Call):
                continue
            for text_node in _text_arguments(node, module):
                _extract_text(node, text_node, module, with_tr, where, result, found)
        for name in DICT_CONSTANTS:
            if name in module.constants:
                try:
                    table = module.evaluate(module.constants[name], {}, None)
                except UnresolvedError:
                    continue
                if isinstance(table, dict):
                    node = module.constants[name]
                    found.extend((node.lineno, node.col_offset, text) for text in table.values())
        for _, _, text in sorted(found, key=lambda item: (item[0], item[1])):
            result.add(text, module.path)
    if files is None:
        for path in sorted(HELP_FILES.glob("*.json")):
            for text in help_file_texts(path):
                result.add(text, path)
    return result


def help_file_texts(path: Path) -> list[str]:
    """The texts of an algorithm's help file: its name, tags, meaning and help (a list of pieces is one text)."""
    texts = json.loads(path.read_text(encoding="utf-8"))
    found = [texts["name"], *texts.get("tags", ())]
    for key in ("meaning", "help"):
        value = texts.get(key, "")
        found.append("".join(value) if isinstance(value, list) else value)
    return found


# ---- TS files ---------------------------------------------------------------------------------------------------
def read_ts(path: Path) -> list[Message]:
    """The messages of the context CONTEXT of a TS file (none if the file does not exist)."""
    if not path.exists():
        return []
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        if (context.findtext("name") or "") != CONTEXT:
            continue
        for element in context.iter("message"):
            translation = element.find("translation")
            message = Message(
                source=element.findtext("source") or "",
                files=[loc.get("filename", "") for loc in element.iter("location")],
                translation=(translation.text or "") if translation is not None else "",
                kind=translation.get("type") if translation is not None else "unfinished",
                old_source=element.findtext("oldsource"),
                comment=element.findtext("translatorcomment"),
            )
            if message.kind == "vanished":  # lupdate's name for a finished message no longer in the sources
                message.kind = "obsolete"
            messages.append(message)
    return messages


def merge(extracted: dict[str, Message], existing: list[Message], keep_obsolete: bool = True) -> list[Message]:
    """The new message list: every extracted string with its existing translation, then the obsolete ones."""
    known = {m.source: m for m in existing}
    merged: list[Message] = []
    for source, found in extracted.items():
        message = Message(source, list(found.files))
        old = known.get(source)
        if old is not None:
            message.translation = old.translation
            message.kind = old.kind
            if message.kind == "obsolete":
                message.kind = None if old.translation.strip() else "unfinished"
            if message.kind == "unfinished":
                message.old_source, message.comment = old.old_source, old.comment
        merged.append(message)
    gone = [m for m in existing if m.source not in extracted]
    for message in merged:
        if message.kind == "unfinished" and not message.translation and message.old_source is None:
            hint = _similar(message.source, [m for m in gone if m.translation.strip()])
            if hint is not None:
                message.old_source = hint.source
                message.comment = "Source changed; previous translation: " + hint.translation
    if keep_obsolete:
        for message in gone:
            merged.append(Message(message.source, message.files, message.translation, "obsolete"))
    return merged


def _similar(source: str, candidates: list[Message]) -> Message | None:
    best, best_ratio = None, SIMILARITY
    for candidate in candidates:
        matcher = difflib.SequenceMatcher(None, source, candidate.source, autojunk=False)
        if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio >= best_ratio:
            best, best_ratio = candidate, ratio
    return best


def render_ts(messages: list[Message], language: str) -> str:
    """The TS XML of the messages (locations name the files only, so moving code does not touch the .ts)."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    for message in messages:
        lines.append("    <message>")
        for name in message.files if message.kind != "obsolete" else ():
            lines.append(f'        <location filename="{escape(name, {chr(34): "&quot;"})}"/>')
        lines.append(f"        <source>{escape(message.source)}</source>")
        if message.old_source is not None:
            lines.append(f"        <oldsource>{escape(message.old_source)}</oldsource>")
        if message.comment:
            lines.append(f"        <translatorcomment>{escape(message.comment)}</translatorcomment>")
        kind = f' type="{message.kind}"' if message.kind else ""
        lines.append(f"        <translation{kind}>{escape(message.translation)}</translation>")
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def ts_path(language: str) -> Path:
    return I18N_DIR / f"brussels_creative_{language}.ts"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES), help="two-letter codes (default: fr nl)")
    parser.add_argument("--no-obsolete", action="store_true", help="drop the strings no longer in the sources")
    parser.add_argument("--check", action="store_true", help="write nothing; fail if out of date or unfinished")
    args = parser.parse_args(argv)

    extraction = extract()
    for warning in extraction.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"{len(extraction.messages)} strings in {len(source_files())} modules")
    failed = False
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    for code in args.languages:
        path = ts_path(code)
        messages = merge(extraction.messages, read_ts(path), keep_obsolete=not args.no_obsolete)
        text = render_ts(messages, LANGUAGES.get(code, code))
        unfinished = [m for m in messages if m.kind == "unfinished"]
        obsolete = sum(m.kind == "obsolete" for m in messages)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        status = "up to date" if current == text else ("out of date" if args.check else "written")
        if not args.check and current != text:
            path.write_text(text, encoding="utf-8")
        print(f"{path.relative_to(REPO)}: {len(messages) - obsolete} strings, {len(unfinished)} unfinished, "
              f"{obsolete} obsolete ({status})")
        if args.check and (current != text or unfinished):
            failed = True
            for message in unfinished[:20]:
                print(f"  unfinished: {message.source[:90]!r}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
