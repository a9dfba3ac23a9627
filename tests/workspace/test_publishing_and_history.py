"""Drafts, publishing, history with notes, restoring deleted records, refused deletes, duplicates, the dashboard."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from accounts import rights
from partnerships.models import Agreement
from tests.factories import AgreementFactory, CommitmentFactory, VisitFactory
from tests.workspace.test_admin_rights import change_url, visit_form
from visits.models import Visit

pytestmark = pytest.mark.django_db


def test_publish_button_makes_a_draft_public_and_records_who_and_when(officer_client, officer, lublin_partnership):
    visit = VisitFactory(partnership=lublin_partnership)
    assert not rights.readable(Visit.objects.filter(pk=visit.pk), None).exists()

    officer_client.post(change_url(visit), visit_form(visit, _publish="1"))

    visit.refresh_from_db()
    assert visit.published_by == officer
    assert visit.published_at is not None
    assert rights.readable(Visit.objects.filter(pk=visit.pk), None).exists()


def test_unpublish_button_turns_a_record_back_into_a_draft(officer_client, lublin_partnership):
    visit = VisitFactory(partnership=lublin_partnership, published=True)

    officer_client.post(change_url(visit), visit_form(visit, _unpublish="1"))

    visit.refresh_from_db()
    assert (visit.published_at, visit.published_by) == (None, None)


def test_bulk_publish_action_publishes_only_the_officers_own_drafts(
    officer_client, lublin_partnership, other_partnership
):
    own = VisitFactory(partnership=lublin_partnership)
    others = VisitFactory(partnership=other_partnership)

    officer_client.post(
        reverse("admin:visits_visit_changelist"),
        {"action": "publish_selected", "_selected_action": [own.pk, others.pk]},
    )

    own.refresh_from_db()
    others.refresh_from_db()
    assert own.is_published
    assert not others.is_published


def test_every_change_is_kept_in_history_with_its_author_and_note(officer_client, officer, lublin_partnership):
    visit = VisitFactory(partnership=lublin_partnership)

    officer_client.post(change_url(visit), visit_form(visit, title="Poprawiony tytuł", change_note="literówka"))

    latest = visit.history.latest("history_date")
    assert (latest.title, latest.history_user, latest.history_change_reason) == (
        "Poprawiony tytuł",
        officer,
        "literówka",
    )


def test_history_page_of_a_record_lists_its_versions(officer_client, lublin_partnership):
    visit = VisitFactory(partnership=lublin_partnership)
    officer_client.post(change_url(visit), visit_form(visit, title="Druga wersja"))

    response = officer_client.get(reverse("admin:visits_visit_history", args=[visit.pk]))

    assert response.status_code == 200
    assert len(response.context["page_obj"].object_list) == 2


def test_an_earlier_version_can_be_brought_back(officer_client, lublin_partnership):
    visit = VisitFactory(partnership=lublin_partnership, title="Pierwsza wersja")
    first = visit.history.earliest("history_date")
    officer_client.post(change_url(visit), visit_form(visit, title="Druga wersja"))

    revert_url = reverse("admin:visits_visit_simple_history", args=[visit.pk, first.history_id])
    officer_client.post(revert_url, visit_form(visit, title=first.title))

    visit.refresh_from_db()
    assert visit.title == "Pierwsza wersja"


def test_a_deleted_visit_is_restored_from_its_history(officer_client, lublin_partnership):
    visit = VisitFactory(partnership=lublin_partnership, title="Usunięta przez pomyłkę")
    officer_client.post(reverse("admin:visits_visit_delete", args=[visit.pk]), {"post": "yes"})
    assert not Visit.objects.filter(pk=visit.pk).exists()
    deletion = Visit.history.get(id=visit.pk, history_type="-")

    listing = officer_client.get(reverse("admin:visits_visit_deleted"))
    officer_client.post(reverse("admin:visits_visit_restore", args=[deletion.history_id]))

    assert [str(r.instance) for r in listing.context["records"]] == ["Usunięta przez pomyłkę"]
    assert Visit.objects.get(pk=visit.pk).title == "Usunięta przez pomyłkę"


def test_officer_cannot_restore_another_voivodeships_deleted_visit(officer_client, superuser_client, other_partnership):
    visit = VisitFactory(partnership=other_partnership)
    superuser_client.post(reverse("admin:visits_visit_delete", args=[visit.pk]), {"post": "yes"})
    deletion = Visit.history.get(id=visit.pk, history_type="-")

    response = officer_client.post(reverse("admin:visits_visit_restore", args=[deletion.history_id]))

    assert response.status_code == 404
    assert not Visit.objects.filter(pk=visit.pk).exists()


def test_deleting_a_visit_that_commitments_refer_to_is_refused(officer_client, lublin_partnership):
    commitment = CommitmentFactory(visit__partnership=lublin_partnership)

    response = officer_client.post(reverse("admin:visits_visit_delete", args=[commitment.visit.pk]), {"post": "yes"})

    assert response.status_code == 200
    assert response.context["protected"]
    assert Visit.objects.filter(pk=commitment.visit.pk).exists()


def test_deleting_an_agreement_signed_during_a_visit_is_refused(superuser_client, lublin_partnership):
    agreement = AgreementFactory(partnership=lublin_partnership, voivodeship=lublin_partnership.voivodeship)
    VisitFactory(partnership=lublin_partnership, agreements=[agreement])

    response = superuser_client.post(
        reverse("admin:partnerships_agreement_delete", args=[agreement.pk]), {"post": "yes"}
    )

    assert response.status_code == 200
    assert response.context["protected"]
    assert Agreement.objects.filter(pk=agreement.pk).exists()


def test_a_second_visit_with_the_same_dates_and_partnership_warns_with_a_link_to_the_first(
    officer_client, lublin_partnership
):
    first = VisitFactory(partnership=lublin_partnership, start_on=datetime.date(2018, 4, 10))
    twin = VisitFactory.build(partnership=lublin_partnership, start_on=first.start_on, end_on=first.end_on)

    response = officer_client.post(reverse("admin:visits_visit_add"), visit_form(twin), follow=True)

    warnings = [str(m) for m in get_messages(response.wsgi_request)]
    assert any(reverse("admin:visits_visit_change", args=[first.pk]) in text for text in warnings)
    assert Visit.objects.filter(partnership=lublin_partnership).count() == 2


def test_dashboard_marks_a_partnership_without_activity_in_two_years_as_dormant(manager_client, lublin_partnership):
    VisitFactory(partnership=lublin_partnership, published=True, start_on=datetime.date(2015, 5, 1), end_on=None)

    response = manager_client.get(reverse("dashboard"))

    row = next(r for r in response.context["rows"] if r["partnership"] == lublin_partnership)
    assert row["is_dormant"] is True
    assert row["last_activity"] == datetime.date(2015, 5, 1)


def test_dashboard_lists_overdue_commitments_with_their_partnership(manager_client, lublin_partnership):
    overdue = CommitmentFactory(visit__partnership=lublin_partnership, due_on=datetime.date(2020, 1, 1))
    upcoming = CommitmentFactory(visit__partnership=lublin_partnership, due_on=datetime.date(2999, 1, 1))

    response = manager_client.get(reverse("dashboard"))

    row = next(r for r in response.context["rows"] if r["partnership"] == lublin_partnership)
    assert row["overdue_commitments"] == [overdue]
    assert set(row["open_commitments"]) == {overdue, upcoming}


def test_dashboard_shows_changes_of_the_last_30_days(manager_client, officer_client, lublin_partnership):
    visit = VisitFactory(partnership=lublin_partnership)
    officer_client.post(change_url(visit), visit_form(visit, title="Nowy tytuł", change_note="korekta daty"))

    response = manager_client.get(reverse("dashboard"))

    assert any(c["record"] == "Nowy tytuł" and c["note"] == "korekta daty" for c in response.context["changes"])


def test_dashboard_is_for_staff_only(client):
    response = client.get(reverse("dashboard"))

    assert response.status_code == 302
    assert "/admin/login/" in response.url


def test_dashboard_query_count_does_not_grow_with_partnerships(manager_client, query_counts):
    from tests.factories import PartnershipFactory

    query_counts.assert_constant(
        lambda: manager_client.get(reverse("dashboard")),
        make=lambda: CommitmentFactory(visit__partnership=PartnershipFactory()),
        expected=14,
    )
