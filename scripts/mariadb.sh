#!/usr/bin/env bash
# Start (or stop) a throwaway MariaDB owned by this checkout, on 127.0.0.1, with its own datadir.
#   scripts/mariadb.sh start   → prints the DATABASE_URL to use
#   scripts/mariadb.sh stop
set -euo pipefail
DIR="${MARIADB_DIR:-$(pwd)/.mariadb}"
PORT="${MARIADB_PORT:-3307}"
SOCK="$DIR/mysqld.sock"
case "${1:-start}" in
  start)
    if ! command -v mariadbd >/dev/null 2>&1; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >&2
      apt-get install -y -qq mariadb-server >&2
    fi
    if [ ! -d "$DIR/data/mysql" ]; then
      mkdir -p "$DIR/data"
      mariadb-install-db --no-defaults --datadir="$DIR/data" --auth-root-authentication-method=normal --user=root >"$DIR/install.log" 2>&1
    fi
    if [ -f "$DIR/mysqld.pid" ] && kill -0 "$(cat "$DIR/mysqld.pid")" 2>/dev/null; then :; else
      mariadbd --no-defaults --datadir="$DIR/data" --socket="$SOCK" --port="$PORT" --bind-address=127.0.0.1 --user=root \
        --pid-file="$DIR/mysqld.pid" --innodb-flush-log-at-trx-commit=2 --max-connections=500 \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci >"$DIR/server.log" 2>&1 &
      for _ in $(seq 1 100); do
        # A restarted server already has root's password: try with and without it.
        { mariadb --no-defaults -uroot --socket="$SOCK" -e 'select 1' || mariadb --no-defaults -uroot -proot --socket="$SOCK" -e 'select 1'; } >/dev/null 2>&1 && break
        sleep 0.2
      done
    fi
    mariadb --no-defaults -uroot --socket="$SOCK" -e "ALTER USER 'root'@'localhost' IDENTIFIED BY 'root'; CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY 'root'; GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION; CREATE DATABASE IF NOT EXISTS cunsheng CHARACTER SET utf8mb4;" 2>/dev/null \
      || mariadb --no-defaults -uroot -proot --socket="$SOCK" -e "CREATE DATABASE IF NOT EXISTS cunsheng CHARACTER SET utf8mb4;"
    echo "mysql://root:root@127.0.0.1:$PORT/cunsheng"
    ;;
  stop)
    if [ -f "$DIR/mysqld.pid" ]; then kill "$(cat "$DIR/mysqld.pid")" 2>/dev/null || true; fi
    for _ in $(seq 1 50); do [ -f "$DIR/mysqld.pid" ] && kill -0 "$(cat "$DIR/mysqld.pid")" 2>/dev/null || break; sleep 0.2; done
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
