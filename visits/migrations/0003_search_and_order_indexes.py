# Indexes for a million visits: the API's keyset order and the pages' order (so a deep page is a range
# scan), voivodeship + date, and trigram indexes for free-text search. The trigram indexes and the
# NULLS LAST one exist on PostgreSQL only (SQLite, the embedded default, has neither).

import django.contrib.postgres.indexes
import django.db.models.functions.text
from django.conf import settings
from django.db import migrations, models

import partnerships.search
from partnerships.migration_operations import AddIndexOnPostgreSQL


class Migration(migrations.Migration):
    dependencies = [
        ("partnerships", "0005_search_indexes"),
        ("visits", "0002_history"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="visit",
            name="visit_voivodeship_start_idx",
        ),
        AddIndexOnPostgreSQL(
            model_name="delegationmember",
            index=django.contrib.postgres.indexes.GinIndex(
                django.contrib.postgres.indexes.OpClass(
                    django.db.models.functions.text.Upper(partnerships.search.Unaccented("role")), name="gin_trgm_ops"
                ),
                name="delegation_member_role_trgm",
            ),
        ),
        migrations.AddIndex(
            model_name="visit",
            index=models.Index(fields=["start_on", "id"], name="visit_start_id_idx"),
        ),
        AddIndexOnPostgreSQL(
            model_name="visit",
            index=models.Index(
                models.OrderBy(models.F("start_on"), descending=True, nulls_last=True),
                models.F("id"),
                name="visit_page_order_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="visit",
            index=models.Index(fields=["voivodeship", "start_on", "id"], name="visit_voivodeship_start_id_idx"),
        ),
        AddIndexOnPostgreSQL(
            model_name="visit",
            index=django.contrib.postgres.indexes.GinIndex(
                django.contrib.postgres.indexes.OpClass(
                    django.db.models.functions.text.Upper(partnerships.search.Unaccented("title")), name="gin_trgm_ops"
                ),
                name="visit_title_trgm",
            ),
        ),
        AddIndexOnPostgreSQL(
            model_name="visit",
            index=django.contrib.postgres.indexes.GinIndex(
                django.contrib.postgres.indexes.OpClass(
                    django.db.models.functions.text.Upper(partnerships.search.Unaccented("purpose")),
                    name="gin_trgm_ops",
                ),
                name="visit_purpose_trgm",
            ),
        ),
        AddIndexOnPostgreSQL(
            model_name="visit",
            index=django.contrib.postgres.indexes.GinIndex(
                django.contrib.postgres.indexes.OpClass(
                    django.db.models.functions.text.Upper(partnerships.search.Unaccented("outcomes")),
                    name="gin_trgm_ops",
                ),
                name="visit_outcomes_trgm",
            ),
        ),
        AddIndexOnPostgreSQL(
            model_name="visit",
            index=django.contrib.postgres.indexes.GinIndex(
                django.contrib.postgres.indexes.OpClass(
                    django.db.models.functions.text.Upper(partnerships.search.Unaccented("place")), name="gin_trgm_ops"
                ),
                name="visit_place_trgm",
            ),
        ),
    ]
