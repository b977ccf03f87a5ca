#!/usr/bin/env bash
# A throwaway three-node MariaDB Galera cluster on 127.0.0.1 (Debian's galera-4 + mariadb-server),
# each node with its own data directory and ports, owned by this checkout.
#   scripts/galera.sh start       → bootstraps node 1, joins 2 and 3, waits for wsrep_cluster_size=3,
#                                   prints one DATABASE_URL per node (last three lines)
#   scripts/galera.sh stop        → stops every node
#   scripts/galera.sh urls        → the three URLs again
#   scripts/galera.sh kill N      → kill -9 node N (1–3): a crash, for the fault tests
#   scripts/galera.sh restart N   → starts node N again; it rejoins (IST from a peer's gcache, or an
#                                   rsync SST) and the call returns once it is Synced
# Env: GALERA_DIR (default ./.galera), GALERA_BASE_PORT (default 4400): node i listens for SQL on
# BASE+i, for group communication on BASE+10+i, IST on BASE+20+i, SST (rsync) on BASE+30+i.
set -euo pipefail
DIR="${GALERA_DIR:-$(pwd)/.galera}"
BASE="${GALERA_BASE_PORT:-4400}"
PROVIDER=/usr/lib/galera/libgalera_smm.so
NODES=(1 2 3)
# As root the nodes run as mysql: the rsync SST daemon a joiner starts would otherwise drop to
# nobody and could not write the node's data directory.
RUN_USER="$(id -un)"
if [ "$(id -u)" = 0 ] && id mysql >/dev/null 2>&1; then RUN_USER=mysql; fi

sql_port() { echo $((BASE + $1)); }
gcomm_port() { echo $((BASE + 10 + $1)); }
url() { echo "mysql://root:root@127.0.0.1:$(sql_port "$1")/cunsheng"; }
# The pid the script started (mariadbd writes its own pid file only after a state transfer).
pid_of() { cat "$DIR/n$1/launch.pid" 2>/dev/null || true; }
running() { local p; p="$(pid_of "$1")"; [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }
# A query on node N as root over its socket (password set after the bootstrap; try both).
q() {
  local n="$1"
  shift
  mariadb --no-defaults -uroot -proot --socket="$DIR/n$n/mysqld.sock" -N -B "$@" 2>/dev/null \
    || mariadb --no-defaults -uroot --socket="$DIR/n$n/mysqld.sock" -N -B "$@" 2>/dev/null
}
status() { q "$1" -e "SHOW STATUS LIKE '$2'" | awk '{print $2}'; }

install_packages() {
  # rsync for state transfers; ss (iproute2) is how wsrep_sst_rsync waits for its daemon.
  if command -v mariadbd >/dev/null 2>&1 && [ -e "$PROVIDER" ] && command -v rsync >/dev/null 2>&1 && command -v ss >/dev/null 2>&1; then return; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq mariadb-server galera-4 rsync iproute2 >&2
}

write_config() {
  local n="$1" cluster="" i
  for i in "${NODES[@]}"; do cluster="${cluster:+$cluster,}127.0.0.1:$(gcomm_port "$i")"; done
  mkdir -p "$DIR/n$n/data"
  chown -R "$RUN_USER" "$DIR/n$n"
  # A config file, not only flags: the SST scripts (wsrep_sst_rsync) read the node's settings from it.
  cat >"$DIR/n$n/my.cnf" <<EOF
[mysqld]
datadir=$DIR/n$n/data
socket=$DIR/n$n/mysqld.sock
pid-file=$DIR/n$n/mysqld.pid
port=$(sql_port "$n")
bind-address=127.0.0.1
user=$RUN_USER
log-error=$DIR/n$n/server.log
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
max-connections=400
innodb-buffer-pool-size=96M
innodb-log-file-size=48M
innodb-flush-log-at-trx-commit=2
# Galera: row events, interleaved auto-increment locks, InnoDB only.
binlog-format=ROW
default-storage-engine=InnoDB
innodb-autoinc-lock-mode=2
wsrep-on=ON
wsrep-provider=$PROVIDER
wsrep-cluster-name=cunsheng-local
wsrep-cluster-address=gcomm://$cluster
wsrep-node-name=n$n
wsrep-node-address=127.0.0.1:$(gcomm_port "$n")
wsrep-node-incoming-address=127.0.0.1:$(sql_port "$n")
wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$n");ist.recv_addr=127.0.0.1:$((BASE + 20 + n));gcache.size=128M;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S;evs.install_timeout=PT6S
wsrep-sst-method=rsync
wsrep-sst-receive-address=127.0.0.1:$((BASE + 30 + n))
wsrep-slave-threads=2
# Which rows two nodes' transactions fought over, in server.log (the cluster test reads them).
wsrep-log-conflicts=ON
[sst]
EOF
}

launch() {
  local n="$1"
  shift
  write_config "$n"
  # setsid: the node outlives the shell that started it (CI traps stop it).
  setsid mariadbd --defaults-file="$DIR/n$n/my.cnf" "$@" >>"$DIR/n$n/stdout.log" 2>&1 </dev/null &
  echo $! >"$DIR/n$n/launch.pid"
}

# After a crash (kill -9) grastate.dat says seqno -1: recover the last committed position from
# InnoDB (what Debian's galera_recovery does for systemd) so the node asks for an incremental
# transfer (IST) from a peer's gcache instead of a full copy (SST).
recovered_position() {
  local n="$1" log="$DIR/n$1/recover.log"
  grep -q '^seqno: *-1' "$DIR/n$n/data/grastate.dat" 2>/dev/null || return 0
  mariadbd --defaults-file="$DIR/n$n/my.cnf" --wsrep-recover --log-error="$log" >/dev/null 2>&1 || true
  sed -n 's/.*WSREP: Recovered position: *\([^ ]*\).*/\1/p' "$log" | tail -n 1
}

# Waits until node N answers and is Synced with the expected cluster size.
wait_synced() {
  local n="$1" size="$2" t
  for t in $(seq 1 600); do
    if ! running "$n" && [ "$t" -gt 20 ]; then
      echo "galera node $n is not running; see $DIR/n$n/server.log" >&2
      tail -n 30 "$DIR/n$n/server.log" >&2 || true
      return 1
    fi
    if [ "$(status "$n" wsrep_local_state_comment)" = "Synced" ] && [ "$(status "$n" wsrep_cluster_size)" = "$size" ] && [ "$(status "$n" wsrep_ready)" = "ON" ]; then
      return 0
    fi
    sleep 0.2
  done
  echo "galera node $n did not reach Synced with $size nodes in 120 s; see $DIR/n$n/server.log" >&2
  tail -n 30 "$DIR/n$n/server.log" >&2 || true
  return 1
}

others_running() {
  local n="$1" i
  for i in "${NODES[@]}"; do [ "$i" != "$n" ] && running "$i" && return 0; done
  return 1
}

case "${1:-start}" in
  start)
    install_packages
    mkdir -p "$DIR"
    if [ "$RUN_USER" != "$(id -un)" ]; then
      chmod 755 "$DIR"
      if ! runuser -u "$RUN_USER" -- test -x "$DIR" 2>/dev/null; then
        echo "GALERA_DIR $DIR cannot be reached by the $RUN_USER user (a parent directory is private): use a directory under /tmp" >&2
        exit 1
      fi
    fi
    if ! others_running 0; then
      # Nothing runs: node 1 bootstraps a new cluster (its own data, or a fresh one).
      if [ ! -d "$DIR/n1/data/mysql" ]; then
        rm -rf "$DIR/n1/data"
        mkdir -p "$DIR/n1/data"
        chown -R "$RUN_USER" "$DIR/n1"
        mariadb-install-db --no-defaults --datadir="$DIR/n1/data" --auth-root-authentication-method=normal --user="$RUN_USER" >"$DIR/install.log" 2>&1
      fi
      # After a full stop node 1 may not be marked safe to bootstrap; these are throwaway clusters.
      [ -f "$DIR/n1/data/grastate.dat" ] && sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$DIR/n1/data/grastate.dat"
      launch 1 --wsrep-new-cluster
      wait_synced 1 1
      q 1 -e "ALTER USER 'root'@'localhost' IDENTIFIED BY 'root'; CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY 'root'; GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION; CREATE DATABASE IF NOT EXISTS cunsheng CHARACTER SET utf8mb4;"
    fi
    for n in "${NODES[@]}"; do running "$n" || launch "$n"; done
    for n in "${NODES[@]}"; do wait_synced "$n" "${#NODES[@]}"; done
    for n in "${NODES[@]}"; do url "$n"; done
    ;;
  urls)
    for n in "${NODES[@]}"; do url "$n"; done
    ;;
  kill)
    n="${2:?usage: $0 kill N}"
    p="$(pid_of "$n")"
    [ -n "$p" ] && kill -9 "$p" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    rm -f "$DIR/n$n/mysqld.pid" "$DIR/n$n/launch.pid"
    ;;
  restart)
    n="${2:?usage: $0 restart N}"
    others_running "$n" || { echo "no other node is running: use start" >&2; exit 1; }
    if ! running "$n"; then
      pos="$(recovered_position "$n")"
      launch "$n" ${pos:+--wsrep-start-position="$pos"}
    fi
    size=0
    for i in "${NODES[@]}"; do running "$i" && size=$((size + 1)); done
    wait_synced "$n" "$size"
    ;;
  stop)
    # The last node to leave is marked safe to bootstrap; stop 3, 2, then 1.
    for n in 3 2 1; do
      p="$(pid_of "$n")"
      [ -n "$p" ] && kill "$p" 2>/dev/null || true
      for _ in $(seq 1 150); do [ -n "$p" ] && kill -0 "$p" 2>/dev/null || break; sleep 0.2; done
      [ -n "$p" ] && kill -9 "$p" 2>/dev/null || true
    done
    ;;
  *) echo "usage: $0 start|stop|urls|kill N|restart N" >&2; exit 2 ;;
esac
