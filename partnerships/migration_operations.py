"""Migration operations that exist only on PostgreSQL: the embedded SQLite default has no trigram indexes."""

from django.db import migrations


def _on_postgresql(schema_editor) -> bool:
    return schema_editor.connection.vendor == "postgresql"


class AddIndexOnPostgreSQL(migrations.AddIndex):
    """AddIndex whose index (a GIN trigram one, say) is built on PostgreSQL only; the model state has it always."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if _on_postgresql(schema_editor):
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if _on_postgresql(schema_editor):
            super().database_backwards(app_label, schema_editor, from_state, to_state)
