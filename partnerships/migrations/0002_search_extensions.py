# Free-text search folds diacritics (unaccent) and matches fragments (pg_trgm) on PostgreSQL;
# both operations do nothing on SQLite, the embedded default.
from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("partnerships", "0001_initial")]

    operations = [UnaccentExtension(), TrigramExtension()]
