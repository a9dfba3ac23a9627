#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster: initdb in a temporary directory owned by
# the postgres user, a free port on loopback, DATABASE_URL exported; the cluster is stopped and
# removed however the command ends.
set -euo pipefail

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pgbin" ] || { echo "PostgreSQL is not installed (run: make system-deps)" >&2; exit 1; }

workdir=$(mktemp -d /tmp/tracker-pg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

# initdb and pg_ctl refuse to run as root: run them as the postgres user on a directory it owns.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown -R postgres: "$workdir"
    su postgres -s /bin/bash -c "$*"
  else
    bash -c "$*"
  fi
}

stop_cluster() {
  as_pg "$pgbin/pg_ctl -D $workdir/data -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$workdir"
}
trap stop_cluster EXIT INT TERM

as_pg "$pgbin/initdb -D $workdir/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >$workdir/initdb.log 2>&1" \
  || { cat "$workdir/initdb.log" >&2; exit 1; }
as_pg "$pgbin/pg_ctl -D $workdir/data -l $workdir/server.log -w -t 60 start \
  -o \"-p $port -k $workdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\"" >/dev/null \
  || { cat "$workdir/server.log" >&2; exit 1; }
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (throwaway cluster in $workdir)"

"$pgbin/createdb" -h 127.0.0.1 -p "$port" -U postgres tracker
export DATABASE_URL="postgres://postgres@127.0.0.1:$port/tracker"
set +e
"$@"
status=$?
set -e
exit $status
