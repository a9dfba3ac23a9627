# Free-text search served by trigram indexes: an IMMUTABLE unaccent wrapper (indexes may use only immutable
# functions) and GIN trigram indexes on the names that VisitQuerySet.search matches. PostgreSQL only.

import django.contrib.postgres.indexes
import django.db.models.functions.text
from django.db import migrations, models

import partnerships.search
from partnerships.migration_operations import AddIndexOnPostgreSQL


class Migration(migrations.Migration):
    dependencies = [
        ("partnerships", "0004_person_full_name_label"),
    ]

    operations = [
        migrations.RunPython(partnerships.search.create_unaccent_function, partnerships.search.drop_unaccent_function),
        migrations.AddIndex(
            model_name="organization", index=models.Index(fields=["name"], name="organization_name_idx")
        ),
        migrations.AddIndex(model_name="person", index=models.Index(fields=["name"], name="person_name_idx")),
        AddIndexOnPostgreSQL(
            model_name="organization",
            index=django.contrib.postgres.indexes.GinIndex(
                django.contrib.postgres.indexes.OpClass(
                    django.db.models.functions.text.Upper(partnerships.search.Unaccented("name")), name="gin_trgm_ops"
                ),
                name="organization_name_trgm",
            ),
        ),
        AddIndexOnPostgreSQL(
            model_name="person",
            index=django.contrib.postgres.indexes.GinIndex(
                django.contrib.postgres.indexes.OpClass(
                    django.db.models.functions.text.Upper(partnerships.search.Unaccented("name")), name="gin_trgm_ops"
                ),
                name="person_name_trgm",
            ),
        ),
        AddIndexOnPostgreSQL(
            model_name="person",
            index=django.contrib.postgres.indexes.GinIndex(
                django.contrib.postgres.indexes.OpClass(
                    django.db.models.functions.text.Upper(partnerships.search.Unaccented("name_en")),
                    name="gin_trgm_ops",
                ),
                name="person_name_en_trgm",
            ),
        ),
    ]
