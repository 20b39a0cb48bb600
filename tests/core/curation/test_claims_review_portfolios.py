"""Claims, verification, relationship confirmations, the review queue and portfolios on a real ecosystem,
in a GeoPackage and in PostGIS (any_ecosystem)."""

from __future__ import annotations

import datetime as dt

import pytest

from brussels_creative.core.curation import claims, portfolios, review
from brussels_creative.core.curation.portfolios import Portfolio
from brussels_creative.core.errors import ValidationError


@pytest.mark.parametrize(("email", "website", "match"), [
    ("jan@hub.brussels", "https://hub.brussels", True),
    ("jan@hub.brussels", "https://www.hub.brussels/contact", True),
    ("jan@hub.brussels", "https://shop.hub.brussels", True),
    ("jan@gmail.com", "https://hub.brussels", False),
    ("jan@brussels", "https://hub.brussels", True),
    ("jan@ub.brussels", "https://hub.brussels", False),
    ("jan@hub.brussels", None, False),
])
def test_a_claim_whose_email_domain_is_the_website_is_flagged(email, website, match):
    assert claims.domain_match(email, website) is match


def test_a_claim_is_stamped_and_flagged_then_verified_and_logged(any_ecosystem):
    ecosystem = any_ecosystem
    hub, lab = ecosystem.uuids["hub"], ecosystem.uuids["lab"]
    mark = ecosystem.last_history_fid()
    with ecosystem.open_store() as store:
        assert claims.claim(store, hub, "Jan Peeters", "jan@hub.brussels", "curator.anna",
                            at="2026-11-02T10:00:00.000Z")
        assert not claims.claim(store, lab, None, "lab@gmail.com", "curator.anna")
        with pytest.raises(ValidationError, match="name or e-mail"):
            claims.claim(store, lab, " ", "", "curator.anna")
    assert ecosystem.rows("SELECT verification, claimed_by, claimed_at, claim_domain_match FROM entities "
                          "WHERE uuid = ?", (hub,)) == [
        ("claimed", "Jan Peeters <jan@hub.brussels>", "2026-11-02T10:00:00.000Z", 1)]
    assert ecosystem.rows("SELECT row_uuid, source FROM history WHERE fid > ? ORDER BY fid", (mark,)) == [
        (hub, "claim"), (lab, "claim")]
    with ecosystem.open_store() as store:
        assert claims.verify(store, [hub], "curator.anna", at="2026-11-03T09:00:00.000Z") == 1
        with pytest.raises(ValidationError, match="no such entity"):
            claims.verify(store, [lab, "nope"], "curator.anna")
    assert ecosystem.rows("SELECT verification, verified_by, verified_at, last_reviewed FROM entities "
                          "WHERE uuid = ?", (hub,)) == [
        ("verified", "curator.anna", "2026-11-03T09:00:00.000Z", "2026-11-03")]
    assert ecosystem.value("SELECT verification FROM entities WHERE uuid = ?", (lab,)) == "claimed"


def test_a_relationship_confirmed_by_both_ends_is_mutual(any_ecosystem):
    ecosystem = any_ecosystem
    member, lab, hub = ecosystem.uuids["lab_member_of_hub"], ecosystem.uuids["lab"], ecosystem.uuids["hub"]
    with ecosystem.open_store() as store:
        assert claims.confirm_relationship(store, member, lab, "lab staff") == "from"
        with pytest.raises(ValidationError, match="neither of its ends"):
            claims.confirm_relationship(store, member, ecosystem.uuids["studio"], "studio staff")
        assert claims.confirm_relationship(store, member, hub, "hub staff") == "mutual"
    assert ecosystem.rows("SELECT from_confirmed_by, to_confirmed_by FROM relationships WHERE uuid = ?",
                          (member,)) == [("lab staff", "hub staff")]
    assert ecosystem.value("SELECT confirmation FROM relationship_lines WHERE uuid = ?",
                           (ecosystem.uuids["studio_with_lab"],)) == "none"


def test_the_review_queue_lists_claims_first_then_never_verified_then_stale_reviews(any_ecosystem):
    ecosystem = any_ecosystem
    hub, lab, studio = ecosystem.uuids["hub"], ecosystem.uuids["lab"], ecosystem.uuids["studio"]
    with ecosystem.open_store() as store:
        claims.verify(store, [hub], "curator.anna", at="2025-01-10T09:00:00.000Z")
        claims.claim(store, lab, "Lab", "info@lab.be", "curator.anna", at="2026-10-01T00:00:00Z")
        today = dt.date(2026, 12, 3)
        queue = review.review_queue(store, months=12, today=today)
        assert [(e.uuid, e.reason) for e in queue] == [
            (lab, review.CLAIMED_NOT_VERIFIED), (studio, review.NEVER_VERIFIED), (hub, review.NOT_REVIEWED)]
        assert queue[2].since == "2025-01-10"
        # reviewed within 24 months: the hub drops out of a 24-month queue
        assert hub not in {e.uuid for e in review.review_queue(store, months=24, today=today)}
        claims.mark_reviewed(store, [hub], "curator.anna", on="2026-12-01")
        assert hub not in {e.uuid for e in review.review_queue(store, months=12, today=today)}
        assert [e.uuid for e in review.review_queue(store, today=today, reasons=(review.NEVER_VERIFIED,))] == [studio]


def test_months_before_clamps_to_the_end_of_the_month():
    assert review.months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert review.months_before(dt.date(2026, 1, 15), 13) == dt.date(2024, 12, 15)


def test_a_list_portfolio_drops_deleted_entities_and_an_expression_one_is_stored_as_typed(any_ecosystem):
    ecosystem = any_ecosystem
    hub, lab = ecosystem.uuids["hub"], ecosystem.uuids["lab"]
    with ecosystem.open_store() as store:
        portfolios.save_portfolio(store, Portfolio("labs and hub", uuids=(lab, hub), owner="anna", shared=True))
        portfolios.save_portfolio(store, Portfolio("companies", expression="\"entity_type\" = 'company'",
                                                   description="every company", owner="anna"))
        with pytest.raises(ValidationError, match="either an expression or a list"):
            portfolios.save_portfolio(store, Portfolio("both", expression="true", uuids=(hub,)))
        with pytest.raises(ValidationError, match="not in the file"):
            portfolios.save_portfolio(store, Portfolio("ghost", uuids=("nope",)))
        with pytest.raises(ValidationError, match="(?i)unique"):
            portfolios.save_portfolio(store, Portfolio("companies", expression="true"))
        with store.transaction() as connection:
            connection.execute("DELETE FROM entities WHERE uuid = ?", (lab,))
            store.add_entity(148_000, 169_000, name="New", entity_type="company")
        listed = portfolios.get_portfolio(store.connection, "labs and hub")
        assert portfolios.list_members(store.connection, listed) == (hub,)
        assert portfolios.get_portfolio(store.connection, "companies").expression == "\"entity_type\" = 'company'"
        assert [p.name for p in portfolios.list_portfolios(store.connection, user="bob")] == ["labs and hub"]
        with pytest.raises(ValidationError, match="no portfolio named 'nope'.*companies, labs and hub"):
            portfolios.get_portfolio(store.connection, "nope")
        portfolios.delete_portfolio(store, "companies")
        assert [p.name for p in portfolios.list_portfolios(store.connection)] == ["labs and hub"]
