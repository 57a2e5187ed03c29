# Sourced by scripts/demo and scripts/test: a virtual environment with the project
# installed, and a Redis that answers. Idempotent and quiet when there is nothing to do.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/0}"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

ensure_venv() {
  command -v "$PY" >/dev/null || die "$PY not found: install Python 3.11 or newer (e.g. apt-get install python3 python3-venv)"
  "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || die "Python 3.11 or newer is needed; $PY is $("$PY" --version 2>&1)"
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating the virtual environment in .venv"
    "$PY" -m venv "$VENV" || die "could not create .venv (on Debian/Ubuntu: apt-get install python3-venv)"
  fi
  # Reinstall only when the dependency list or the locked versions changed.
  local stamp="$VENV/.afterview-installed"
  local want
  want="$(cat "$ROOT/pyproject.toml" "$ROOT/requirements-dev.lock" | sha256sum | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing Afterview and its locked dependencies into .venv"
    # pip and setuptools current (setuptools builds the editable install below).
    "$VENV/bin/python" -m pip install --quiet --upgrade pip setuptools
    # Exactly the versions of requirements-dev.lock, each file checked against its hash
    # (scripts/lock regenerates it; README "Dependencies").
    "$VENV/bin/python" -m pip install --quiet --require-hashes -r "$ROOT/requirements-dev.lock"
    "$VENV/bin/python" -m pip install --quiet --no-deps --no-build-isolation -e "$ROOT"
    echo "$want" > "$stamp"
  fi
}

# Is something answering PING at $REDIS_URL? Uses the venv's redis client.
redis_answers() {
  "$VENV/bin/python" - "$REDIS_URL" <<'PYEOF' >/dev/null 2>&1
import sys, redis
redis.Redis.from_url(sys.argv[1], socket_connect_timeout=1).ping()
PYEOF
}

apt_install() {
  local runner=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || return 1
    runner="sudo"
  fi
  command -v apt-get >/dev/null || return 1
  say "installing $* with apt-get"
  $runner apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $runner apt-get install -y -qq "$@" >/dev/null
}

ensure_redis() {
  redis_answers && return 0
  local port host
  host="$("$VENV/bin/python" -c 'import sys, urllib.parse as u; print(u.urlsplit(sys.argv[1]).hostname or "127.0.0.1")' "$REDIS_URL")"
  port="$("$VENV/bin/python" -c 'import sys, urllib.parse as u; print(u.urlsplit(sys.argv[1]).port or 6379)' "$REDIS_URL")"
  case "$host" in
    127.0.0.1|localhost|::1) ;;
    *) die "Redis at $REDIS_URL does not answer, and it is not local, so it cannot be started here" ;;
  esac
  if ! command -v redis-server >/dev/null; then
    apt_install redis-server \
      || die "Redis is not installed and could not be installed automatically. Install it (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis), or set REDIS_URL to a running one."
  fi
  say "starting redis-server on port $port (no persistence)"
  mkdir -p "$ROOT/var"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save "" --appendonly no \
    --dir "$ROOT/var" --logfile "$ROOT/var/redis.log" >/dev/null
  for _ in $(seq 50); do redis_answers && return 0; sleep 0.1; done
  die "redis-server was started but does not answer on port $port; see var/redis.log"
}

# Node runs the extension's unit tests (node --test); Debian's nodejs is enough.
ensure_node() {
  command -v node >/dev/null && return 0
  apt_install nodejs \
    || die "Node.js is not installed and could not be installed automatically. Install Node 18 or newer (Debian/Ubuntu: apt-get install nodejs; macOS: brew install node)."
}

# The browser tests drive Debian's chromium with Playwright (never Playwright's own browser
# download). Where it cannot be installed, those tests are skipped and say why.
CHROMIUM="${AFTERVIEW_CHROMIUM:-/usr/bin/chromium}"
ensure_chromium() {
  [ -x "$CHROMIUM" ] && return 0
  apt_install chromium \
    || say "chromium could not be installed (Debian/Ubuntu: apt-get install chromium): the browser tests will be skipped"
}
