"""The translation extractor follows texts through declaring functions imported from another module, with several
text parameters, options translated one by one, and the algorithms' help files."""

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
import update_translations  # noqa: E402


@pytest.fixture
def package(tmp_path, monkeypatch):
    """A small package laid out like the plugin's (keys are computed from REPO)."""
    monkeypatch.setattr(update_translations, "REPO", tmp_path)
    folder = tmp_path / "plugin"
    folder.mkdir()
    (folder / "__init__.py").write_text("")
    (folder / "declaring.py").write_text(
        "from qgis.PyQt.QtCore import QCoreApplication\n"
        "def tr(text):\n    return QCoreApplication.translate('BrusselsCreative', text)\n"
        "def _help(help_text):\n    return lambda: tr(help_text)\n"
        "def choice(description, options, help_text, key=''):\n"
        "    return lambda k: (tr(description), [tr(o) for o in options], _help(help_text))\n"
        "def text(description, help_text, *, optional=False):\n"
        "    def make(key):\n        return tr(description)\n"
        "    return make, _help(help_text)\n"
        "def point(x, y):\n    return (x, y)\n",
        encoding="utf-8")
    (folder / "algorithm.py").write_text(
        "from . import declaring\n"
        "from .declaring import choice, point, text\n"
        "MODES = (('a', 'Mode A'), ('b', 'Mode B'))\n"
        "class Store:\n    def text(self, value, limit):\n        return value\n"
        "class Algorithm:\n"
        "    MODE = choice('Mode', [m[1] for m in MODES], 'Which mode')\n"
        "    NAME = text('Name', help_text='The name')\n"
        "    NOTE = declaring.text('Note', 'A note')\n"
        "    WHERE = point(1, 2)\n"
        "    def run(self, store, value):\n        return store.text(value, 10)\n",
        encoding="utf-8")
    return folder


def test_texts_found_through_imported_helpers_and_nothing_else(package):
    extraction = update_translations.extract(sorted(package.glob("*.py")))
    assert set(extraction.messages) == {"Mode", "Mode A", "Mode B", "Which mode", "Name", "The name", "Note",
                                        "A note"}
    # a method of the same name (store.text) and a helper taking no text (point) are not read as translating
    assert extraction.warnings == []


def test_help_files_are_read(monkeypatch, tmp_path):
    folder = tmp_path / "help"
    folder.mkdir()
    (folder / "alg.json").write_text(json.dumps({"name": "An algorithm", "tags": ["one", "two"],
                                                 "meaning": ["What it ", "means"], "help": ["How it ", "works"]}))
    monkeypatch.setattr(update_translations, "HELP_FILES", folder)
    extraction = update_translations.extract()
    assert {"An algorithm", "one", "two", "What it means", "How it works"} <= set(extraction.messages)
