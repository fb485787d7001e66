# shellcheck shell=bash
# Start a throwaway PostgreSQL server for the database tests and export REHAB_TEST_PG_URL.
#
#   source scripts/start-test-postgres.sh     (scripts/run-tests.sh does this)
#
# The cluster lives in a temp folder, listens only on a Unix socket there, on a free port, and is
# stopped and deleted when the shell that sourced this script exits. As root it runs as the
# `postgres` user (PostgreSQL refuses to run as root). Returns 1, leaving the URL unset, when the
# server cannot start; the tests marked `postgres` are then skipped.

rehab_pg_start() {
  local bin dir port runas=()
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL is not installed (apt-get install postgresql)" >&2
    return 1
  fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/rehab-pg.XXXXXX") || return 1
  if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
      echo "running as root, but there is no 'postgres' user to run the server" >&2
      rm -rf "$dir"; return 1
    fi
    chown postgres: "$dir"
    runas=(runuser -u postgres --)
  fi
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])') \
    || { rm -rf "$dir"; return 1; }
  if ! "${runas[@]}" "$bin/initdb" -D "$dir/data" -U rehab -A trust -E UTF8 --no-sync \
      >"$dir/initdb.log" 2>&1; then
    echo "initdb failed: see $dir/initdb.log" >&2
    return 1
  fi
  # No TCP at all; fsync off: a test server loses nothing that matters if the machine dies.
  if ! "${runas[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-c listen_addresses= -k $dir -p $port -c fsync=off -c full_page_writes=off" \
      start >/dev/null; then
    echo "PostgreSQL did not start: see $dir/server.log" >&2
    return 1
  fi
  if ! "${runas[@]}" "$bin/createdb" -h "$dir" -p "$port" -U rehab rehab_test; then
    "${runas[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1
    return 1
  fi
  REHAB_TEST_PG_DIR=$dir
  REHAB_TEST_PG_BIN=$bin
  REHAB_TEST_PG_RUNAS="${runas[*]}"
  export REHAB_TEST_PG_URL="postgresql+psycopg://rehab@/rehab_test?host=$dir&port=$port"
  trap rehab_pg_stop EXIT
  echo "PostgreSQL test server: $REHAB_TEST_PG_URL" >&2
}

rehab_pg_stop() {
  if [ -n "${REHAB_TEST_PG_DIR:-}" ] && [ -d "$REHAB_TEST_PG_DIR" ]; then
    # shellcheck disable=SC2086  # the runuser prefix is words on purpose
    $REHAB_TEST_PG_RUNAS "$REHAB_TEST_PG_BIN/pg_ctl" -D "$REHAB_TEST_PG_DIR/data" -m fast stop \
      >/dev/null 2>&1
    rm -rf "$REHAB_TEST_PG_DIR"
  fi
  unset REHAB_TEST_PG_URL REHAB_TEST_PG_DIR
}

rehab_pg_start
