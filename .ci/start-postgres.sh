#!/usr/bin/env bash
# Starts a scratch PostgreSQL for the PostgreSQL test suite (com.salespact.postgres, *PostgresTest) and prints
# the line to export its JDBC URL. Idempotent: safe to run again (does nothing but print when it is already up).
#
#   eval "$(.ci/start-postgres.sh)"      # exports SALESPACT_TEST_PG_URL
#   ./mvnw test                          # the PostgreSQL tests now run instead of skipping
#
# - Uses installed server binaries (/usr/lib/postgresql/<v>/bin or initdb on PATH); when there are none it runs
#   `apt-get update && apt-get install -y postgresql` (Debian/Ubuntu, as root).
# - The cluster lives in $SALESPACT_PG_HOME (default /tmp/salespact-pg), listens on 127.0.0.1:$SALESPACT_PG_PORT
#   (default 55432) only, Unix socket in the same folder. Run as root, the server runs as the `postgres` OS user.
# - Creates role salespact (password salespact) and database salespact_test owned by it.
# - Stop it:  .ci/start-postgres.sh --stop      Throw it away: --stop, then rm -rf /tmp/salespact-pg
# stdout carries only the export line; progress goes to stderr.
set -euo pipefail

PG_HOME="${SALESPACT_PG_HOME:-/tmp/salespact-pg}"
PG_PORT="${SALESPACT_PG_PORT:-55432}"
PG_DATA="$PG_HOME/data"
PG_LOG="$PG_HOME/server.log"
DB_NAME="salespact_test"
DB_USER="salespact"
DB_PASSWORD="salespact"
URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB_NAME"

log() { echo "start-postgres: $*" >&2; }

find_bindir() {
    local dir
    # Debian/Ubuntu layout, newest version first.
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ]; then
            echo "$dir"
            return 0
        fi
    done
    # Elsewhere (e.g. a distribution that puts the server on PATH).
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
        return 0
    fi
    return 1
}

BIN="$(find_bindir || true)"
if [ -z "$BIN" ]; then
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        log "no PostgreSQL server binaries found; install the 'postgresql' package (needs root and apt-get)"
        exit 1
    fi
    log "no PostgreSQL server binaries found; installing the Debian package 'postgresql'"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
    BIN="$(find_bindir || true)"
    [ -n "$BIN" ] || { log "postgresql installed, but no initdb/pg_ctl found"; exit 1; }
fi

# Root runs the server as the `postgres` OS user (PostgreSQL refuses to run as root); anybody else as themselves.
if [ "$(id -u)" -eq 0 ]; then
    RUN_USER="postgres"
    getent passwd "$RUN_USER" >/dev/null || { log "OS user '$RUN_USER' missing (it comes with the postgresql package)"; exit 1; }
    as_owner() { runuser -u "$RUN_USER" -- "$@"; }
else
    RUN_USER="$(id -un)"
    as_owner() { "$@"; }
fi

if [ "${1:-}" = "--stop" ]; then
    if [ -f "$PG_DATA/postmaster.pid" ]; then
        as_owner "$BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >&2 || true
    fi
    log "stopped"
    exit 0
fi

mkdir -p "$PG_HOME"
if [ "$(id -u)" -eq 0 ]; then
    chown "$RUN_USER:" "$PG_HOME"
fi
chmod 700 "$PG_HOME"

if [ ! -s "$PG_DATA/PG_VERSION" ]; then
    log "initialising a scratch cluster in $PG_DATA ($("$BIN/postgres" --version))"
    rm -rf "$PG_DATA"
    # Local (socket) connections trust the OS user; TCP needs a password.
    as_owner "$BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$PG_HOME/initdb.log" 2>&1 \
        || as_owner "$BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C \
            --auth-local=trust --auth-host=scram-sha-256 >"$PG_HOME/initdb.log" 2>&1 \
        || { cat "$PG_HOME/initdb.log" >&2; exit 1; }
fi

psql_admin() {
    as_owner "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_HOME" -p "$PG_PORT" -U postgres -d postgres "$@"
}

if as_owner "$BIN/pg_isready" -q -h "$PG_HOME" -p "$PG_PORT" -t 2; then
    log "already running on 127.0.0.1:$PG_PORT ($PG_DATA)"
else
    log "starting on 127.0.0.1:$PG_PORT (log: $PG_LOG)"
    # A server killed hard leaves postmaster.pid behind; pg_ctl copes with a stale one when its pid is gone.
    as_owner "$BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories='$PG_HOME' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >&2 \
        || { tail -n 30 "$PG_LOG" >&2 || true; exit 1; }
fi

# Role and database, created once.
if [ "$(psql_admin -tA -c "select 1 from pg_roles where rolname = '$DB_USER'")" != "1" ]; then
    log "creating role $DB_USER"
    psql_admin -c "create role $DB_USER login password '$DB_PASSWORD'"
fi
if [ "$(psql_admin -tA -c "select 1 from pg_database where datname = '$DB_NAME'")" != "1" ]; then
    log "creating database $DB_NAME"
    psql_admin -c "create database $DB_NAME owner $DB_USER encoding 'UTF8' template template0"
fi

log "ready: $URL (user $DB_USER, password $DB_PASSWORD)"
echo "export SALESPACT_TEST_PG_URL=$URL"
