"""Core errors made from a template keep it and its values, so the layer that shows them can translate them."""

from __future__ import annotations

from brussels_creative.core.errors import ValidationError, tr_noop, translated

FRENCH = {"proposal {fid}: a rejection needs a reason": "proposition {fid} : un rejet demande une raison",
          "broken {fid}": "cassé {lost}"}


def test_a_template_error_reads_in_english_and_translates_with_its_values():
    error = ValidationError(tr_noop("proposal {fid}: a rejection needs a reason"), fid=12)
    assert str(error) == "proposal 12: a rejection needs a reason"
    assert (error.template, error.values) == ("proposal {fid}: a rejection needs a reason", {"fid": 12})
    assert translated(error, lambda text: FRENCH.get(text, text)) == "proposition 12 : un rejet demande une raison"


def test_a_translation_that_lost_a_placeholder_falls_back_to_english():
    error = ValidationError("broken {fid}", fid=3)
    assert translated(error, lambda text: FRENCH.get(text, text)) == "broken 3"


def test_plain_messages_and_other_errors_pass_through():
    assert translated(ValidationError("a {literal} brace"), str) == "a {literal} brace"
    assert translated(OSError("disk full"), lambda text: "?") == "disk full"
