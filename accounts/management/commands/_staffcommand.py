"""What createofficer and createmanager share: reading the password and reporting errors."""

import getpass
import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError


class StaffUserCommand(BaseCommand):
    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--password-stdin", action="store_true", help="Read the password from standard input instead of asking."
        )

    def read_password(self, options) -> str:
        if options["password_stdin"]:
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = getpass.getpass("Password: ")
            if password != getpass.getpass("Password (again): "):
                raise CommandError("The two passwords differ.")
        if not password:
            raise CommandError("A password is required.")
        return password

    def create(self, create_function, **kwargs):
        try:
            return create_function(**kwargs)
        except ValidationError as error:
            messages = (
                "; ".join(f"{field}: {' '.join(errors)}" for field, errors in error.message_dict.items())
                if hasattr(error, "error_dict")
                else " ".join(error.messages)
            )
            raise CommandError(messages) from error
