"""The shared shape of the constraint tests: each case is a valid record and the changes that break one rule."""

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError


def change(factory, **changes):
    """A case: a fresh valid record from ``factory`` and the changes that break the rule."""
    return lambda: (factory(), changes)


def constraint_tests(app_label: str, cases: list):
    """The three tests every app's constraint cases get: the database refuses each bad row, full_clean
    reports it in words where the rule has a message, and no constraint of the app is left without a case."""
    with_messages = [pytest.param(*case.values[1:], id=case.id) for case in cases if case.values[2]]

    @pytest.mark.parametrize(("constraint", "case", "message"), cases)
    def test_database_refuses(constraint, case, message, database_refuses):
        record, changes = case()

        with database_refuses(constraint):
            type(record).objects.filter(pk=record.pk).update(**changes)

    @pytest.mark.parametrize(("case", "message"), with_messages)
    def test_full_clean_reports_in_words(case, message):
        record, changes = case()
        for field, value in changes.items():
            setattr(record, field, value)

        with pytest.raises(ValidationError) as invalid:
            record.full_clean()

        assert invalid.value.messages == [message]

    def test_every_constraint_of_the_app_has_a_case():
        constraints = {
            constraint.name
            for model in apps.get_app_config(app_label).get_models()
            for constraint in model._meta.constraints
        }

        assert constraints <= {case.values[0] for case in cases}

    return test_database_refuses, test_full_clean_reports_in_words, test_every_constraint_of_the_app_has_a_case
