"""Rights on the side doors: history revert, the dashboard's change list, citations, managers' deletes, link choices."""

import pytest
from django.urls import reverse

from partnerships.models import Citation
from tests.factories import CitationFactory, CommitmentFactory, EventFactory, RegionFactory, VisitFactory
from tests.workspace.test_admin_rights import change_url
from visits.models import Commitment

pytestmark = pytest.mark.django_db


def test_officer_cannot_bring_back_a_version_of_a_record_they_may_only_read(officer_client, other_partnership):
    visit = VisitFactory(partnership=other_partnership, published=True, title="Cudza wizyta")
    version = visit.history.latest("history_date")

    url = reverse("admin:visits_visit_simple_history", args=[visit.pk, version.history_id])
    response = officer_client.post(url, {"title": "Przejęta"})

    assert response.status_code == 403
    visit.refresh_from_db()
    assert visit.title == "Cudza wizyta"


def test_officer_cannot_change_shared_regions_through_their_history(officer_client):
    region = RegionFactory(capital="Lublin")
    version = region.history.latest("history_date")

    url = reverse("admin:partnerships_region_simple_history", args=[region.pk, version.history_id])
    response = officer_client.post(url, {"capital": "Gdzie indziej"})

    assert response.status_code == 403
    region.refresh_from_db()
    assert region.capital == "Lublin"


def test_dashboard_changes_leave_out_other_voivodeships_drafts(officer_client, other_partnership, lublin_partnership):
    VisitFactory(partnership=other_partnership, title="Tajny szkic sąsiadów")
    VisitFactory(partnership=lublin_partnership, title="Nasz szkic")

    response = officer_client.get(reverse("dashboard"))

    records = {change["record"] for change in response.context["changes"]}
    assert "Nasz szkic" in records
    assert "Tajny szkic sąsiadów" not in records


def test_citations_of_another_voivodeships_draft_are_not_listed(officer_client, other_partnership):
    draft = VisitFactory(partnership=other_partnership)
    hidden = CitationFactory(record=draft)
    public = CitationFactory(record=VisitFactory(partnership=other_partnership, published=True))

    response = officer_client.get(reverse("admin:partnerships_citation_changelist"))

    listed = set(response.context["cl"].result_list)
    assert public in listed
    assert hidden not in listed
    assert Citation.objects.filter(pk=hidden.pk).exists()


def test_manager_cannot_delete_a_commitment(manager_client, lublin_partnership):
    commitment = CommitmentFactory(visit__partnership=lublin_partnership, published=True)

    response = manager_client.post(reverse("admin:visits_commitment_delete", args=[commitment.pk]), {"post": "yes"})

    assert response.status_code == 403
    assert Commitment.objects.filter(pk=commitment.pk).exists()


def test_manager_cannot_unpublish_a_commitment(manager_client, lublin_partnership):
    commitment = CommitmentFactory(visit__partnership=lublin_partnership, published=True)

    manager_client.post(
        reverse("admin:visits_commitment_changelist"),
        {"action": "unpublish_selected", "_selected_action": [commitment.pk]},
    )

    commitment.refresh_from_db()
    assert commitment.is_published


def test_manager_still_changes_a_commitments_status(manager_client, lublin_partnership):
    commitment = CommitmentFactory(visit__partnership=lublin_partnership, published=True)
    form = {
        "status": "met",
        **{
            f"partnerships-citation-content_type-object_id-{key}": value
            for key, value in (("TOTAL_FORMS", 0), ("INITIAL_FORMS", 0), ("MIN_NUM_FORMS", 0), ("MAX_NUM_FORMS", 1000))
        },
    }

    response = manager_client.post(change_url(commitment), form)

    assert response.status_code == 302
    commitment.refresh_from_db()
    assert commitment.status == "met"


def test_link_fields_do_not_offer_another_voivodeships_drafts(officer_client, lublin_partnership, other_partnership):
    others_draft = VisitFactory(partnership=other_partnership)
    others_event_draft = EventFactory()
    own = CommitmentFactory(visit__partnership=lublin_partnership)

    response = officer_client.get(change_url(own))

    fields = response.context["adminform"].form.fields
    assert others_draft not in fields["fulfilled_by_visit"].queryset
    assert others_event_draft not in fields["fulfilled_by_event"].queryset
