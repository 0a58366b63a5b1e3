#!/usr/bin/env bash
# Start identical replicas of the dashboard on loopback and nginx in front of them, with sticky
# sessions (ip_hash) and the WebSocket upgrade Streamlit needs on /_stcore/stream.
#
#   deploy/run_replicas.sh                 # 2 replicas, nginx on a free port; Ctrl-C stops everything
#   REPLICAS=3 LISTEN_PORT=8080 deploy/run_replicas.sh
#
# Environment: REPLICAS (2), LISTEN_PORT (free port), RUN_DIR (new temp dir: config, logs, pid files
# replica-N.pid and nginx.pid), PYTHON (.venv/bin/python), DASHBOARD_DATA_DIR (the data package every
# replica reads; the bundled one by default), STREAMLIT_SERVER_COOKIE_SECRET (shared by all replicas;
# random per run by default). Prints "READY <url>" once every replica is healthy and nginx listens.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
REPLICAS="${REPLICAS:-2}"
RUN_DIR="${RUN_DIR:-$(mktemp -d -t mc-replicas-XXXXXX)}"
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"

if [ ! -x "$NGINX" ]; then
    echo "nginx is not installed. Install Debian's package: apt-get install -y nginx" >&2
    exit 3
fi
if [ ! -x "$PYTHON" ]; then
    echo "no Python at $PYTHON: run 'make setup' first, or set PYTHON" >&2
    exit 3
fi

free_port() {
    "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_healthy() {  # url pid
    for _ in $(seq 1 240); do
        kill -0 "$2" 2>/dev/null || return 1
        if "$PYTHON" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' "$1/_stcore/health" \
            2>/dev/null; then
            return 0
        fi
        sleep 0.25
    done
    return 1
}

PIDS=()
stop_all() {
    trap - EXIT INT TERM
    [ -f "$RUN_DIR/nginx.pid" ] && kill "$(cat "$RUN_DIR/nginx.pid")" 2>/dev/null || true
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap stop_all EXIT
trap 'exit 0' INT TERM

mkdir -p "$RUN_DIR"
# Every replica must share the cookie secret (XSRF tokens are signed with it).
COOKIE_SECRET="${STREAMLIT_SERVER_COOKIE_SECRET:-$("$PYTHON" -c 'import secrets; print(secrets.token_hex(32))')}"
UPSTREAMS=""
NAMES=""
for n in $(seq 1 "$REPLICAS"); do
    port="$(free_port)"
    MALLOC_ARENA_MAX=2 STREAMLIT_SERVER_COOKIE_SECRET="$COOKIE_SECRET" "$PYTHON" -m streamlit run dashboard/server.py \
        --server.address 127.0.0.1 --server.port "$port" >"$RUN_DIR/replica-$n.log" 2>&1 &
    pid=$!
    PIDS+=("$pid")
    echo "$pid" >"$RUN_DIR/replica-$n.pid"
    echo "127.0.0.1:$port" >"$RUN_DIR/replica-$n.address"
    # One failure marks a replica down for 10 s; its visitors move to another replica.
    UPSTREAMS+="        server 127.0.0.1:$port max_fails=1 fail_timeout=10s;"$'\n'
    NAMES+="        \"~:$port\$\" replica-$n;"$'\n'
done
for n in $(seq 1 "$REPLICAS"); do
    if ! wait_healthy "http://$(cat "$RUN_DIR/replica-$n.address")" "$(cat "$RUN_DIR/replica-$n.pid")"; then
        echo "replica $n did not become healthy; its log:" >&2
        tail -n 40 "$RUN_DIR/replica-$n.log" >&2
        exit 1
    fi
done

LISTEN_PORT="${LISTEN_PORT:-$(free_port)}"
USER_LINE=""
# A root master hands the workers to an unprivileged user; Debian's nginx package creates www-data.
if [ "$(id -u)" = 0 ]; then
    USER_LINE="user www-data;"
    chmod 755 "$RUN_DIR"
fi
"$PYTHON" - "$ROOT/deploy/nginx.conf.template" "$RUN_DIR/nginx.conf" <<PY
import sys
text = open(sys.argv[1], encoding="utf-8").read()
for key, value in {
    "@RUN_DIR@": "$RUN_DIR",
    "@USER_LINE@": "$USER_LINE",
    "@LISTEN@": "127.0.0.1:$LISTEN_PORT",
    "@UPSTREAM_SERVERS@": """$UPSTREAMS""".rstrip("\n"),
    "@REPLICA_NAMES@": """$NAMES""".rstrip("\n"),
}.items():
    text = text.replace(key, value)
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
"$NGINX" -t -q -p "$RUN_DIR" -e "$RUN_DIR/error.log" -c "$RUN_DIR/nginx.conf"
"$NGINX" -p "$RUN_DIR" -e "$RUN_DIR/error.log" -c "$RUN_DIR/nginx.conf" -g "daemon off;" &
PIDS+=("$!")
if ! wait_healthy "http://127.0.0.1:$LISTEN_PORT" "$!"; then
    echo "nginx did not answer on port $LISTEN_PORT; its log:" >&2
    tail -n 40 "$RUN_DIR/error.log" >&2
    exit 1
fi
echo "READY http://127.0.0.1:$LISTEN_PORT (replicas: $REPLICAS; run dir: $RUN_DIR)"
# Keep serving while any process runs: a replica that dies leaves the others (and nginx) up.
wait
