"""Per-voivodeship rights in the admin: officers keep their own records, read others' published ones."""

import pytest
from django.urls import reverse

from tests.factories import CommitmentFactory, RegionFactory, VisitFactory
from visits.models import Visit

pytestmark = pytest.mark.django_db


def change_url(record):
    return reverse(f"admin:{record._meta.app_label}_{record._meta.model_name}_change", args=[record.pk])


def visit_form(visit, **changes):
    data = {
        "title": visit.title,
        "kind": visit.kind,
        "status": visit.status,
        "voivodeship": visit.voivodeship_id,
        "partnership": visit.partnership_id or "",
        "start_on": visit.start_on.isoformat(),
        "end_on": visit.end_on.isoformat(),
        "date_precision": visit.date_precision,
        "place": visit.place,
        "country": visit.country,
        **{
            f"{prefix}-{key}": value
            for prefix in ("delegations", "commitments", "partnerships-citation-content_type-object_id")
            for key, value in (("TOTAL_FORMS", 0), ("INITIAL_FORMS", 0), ("MIN_NUM_FORMS", 0), ("MAX_NUM_FORMS", 1000))
        },
    }
    data.update(changes)
    return data


def test_officer_changelist_shows_own_drafts_and_others_published_but_not_others_drafts(
    officer_client, lublin_partnership, other_partnership
):
    own_draft = VisitFactory(partnership=lublin_partnership)
    others_published = VisitFactory(partnership=other_partnership, published=True)
    others_draft = VisitFactory(partnership=other_partnership)

    response = officer_client.get(reverse("admin:visits_visit_changelist"))

    shown = set(response.context["cl"].result_list)
    assert {own_draft, others_published} <= shown
    assert others_draft not in shown


def test_officer_cannot_open_another_voivodeships_draft(officer_client, other_partnership):
    draft = VisitFactory(partnership=other_partnership)

    response = officer_client.get(change_url(draft))

    assert response.status_code == 302  # the admin redirects away from a record it does not show
    assert response.url == reverse("admin:index")


def test_officer_sees_another_voivodeships_published_visit_read_only(officer_client, other_partnership):
    visit = VisitFactory(partnership=other_partnership, published=True)

    response = officer_client.get(change_url(visit))

    assert response.status_code == 200
    assert response.context["has_change_permission"] is False


def test_officer_cannot_change_another_voivodeships_visit_by_a_forged_post(officer_client, other_partnership):
    visit = VisitFactory(partnership=other_partnership, published=True)

    response = officer_client.post(change_url(visit), visit_form(visit, title="Hijacked"))

    assert response.status_code == 403
    visit.refresh_from_db()
    assert visit.title != "Hijacked"


def test_officer_cannot_move_own_visit_to_another_voivodeship(officer_client, lublin_partnership, other_voivodeship):
    visit = VisitFactory(partnership=lublin_partnership)

    response = officer_client.post(change_url(visit), visit_form(visit, voivodeship=other_voivodeship.pk))

    assert response.status_code == 200
    assert "voivodeship" in response.context["adminform"].form.errors
    visit.refresh_from_db()
    assert visit.voivodeship == lublin_partnership.voivodeship


def test_officer_cannot_add_a_visit_under_another_voivodeship(officer_client, other_voivodeship):
    visit = VisitFactory.build(partnership=None, voivodeship=other_voivodeship)

    response = officer_client.post(reverse("admin:visits_visit_add"), visit_form(visit))

    assert response.status_code == 200
    assert "voivodeship" in response.context["adminform"].form.errors
    assert not Visit.objects.filter(title=visit.title).exists()


def test_officer_changes_own_visit(officer_client, lublin_partnership):
    visit = VisitFactory(partnership=lublin_partnership)

    response = officer_client.post(change_url(visit), visit_form(visit, title="Wizyta robocza w Ałmaty"))

    assert response.status_code == 302
    visit.refresh_from_db()
    assert visit.title == "Wizyta robocza w Ałmaty"


def test_officer_cannot_delete_another_voivodeships_visit(officer_client, other_partnership):
    visit = VisitFactory(partnership=other_partnership, published=True)

    response = officer_client.post(reverse("admin:visits_visit_delete", args=[visit.pk]), {"post": "yes"})

    assert response.status_code == 403
    assert Visit.objects.filter(pk=visit.pk).exists()


def test_officer_may_add_but_not_change_shared_regions(officer_client):
    region = RegionFactory()

    add = officer_client.get(reverse("admin:partnerships_region_add"))
    change = officer_client.post(change_url(region), {"name_pl": "Zmieniona"})

    assert add.status_code == 200
    assert change.status_code == 403


def test_manager_reads_every_draft(manager_client, other_partnership):
    draft = VisitFactory(partnership=other_partnership)

    response = manager_client.get(change_url(draft))

    assert response.status_code == 200
    assert response.context["has_change_permission"] is False


def test_manager_changes_only_a_commitments_status(manager_client, lublin_partnership):
    commitment = CommitmentFactory(visit__partnership=lublin_partnership, published=True)

    response = manager_client.get(change_url(commitment))

    form_fields = set(response.context["adminform"].form.fields)
    assert {"status", "change_note"} <= form_fields
    assert "description" not in form_fields
    assert "voivodeship" not in form_fields


def test_manager_cannot_add_visits(manager_client):
    response = manager_client.get(reverse("admin:visits_visit_add"))

    assert response.status_code == 403


def test_autocomplete_does_not_offer_another_voivodeships_drafts(officer_client, other_partnership):
    draft = VisitFactory(partnership=other_partnership, title="Tajny szkic")
    url = reverse("admin:autocomplete")

    response = officer_client.get(
        url, {"app_label": "visits", "model_name": "commitment", "field_name": "visit", "term": "Tajny"}
    )

    assert response.status_code == 200
    assert str(draft.pk) not in {row["id"] for row in response.json()["results"]}
