#!/bin/sh
# Brings up what the Docker tests need, idempotently:
#   - a Docker engine answering on /var/run/docker.sock (or $DOCKER_HOST if it already answers);
#   - a plain registry on 127.0.0.1:5000;
#   - a registry demanding basic auth on 127.0.0.1:5001 (user "mlci", password "mlci-secret"; htpasswd/bcrypt).
# On a fresh Debian/Ubuntu machine as root it installs docker.io and docker-registry with apt-get first.
# Logs go to ${MLCI_DOCKER_STATE:-/tmp/mlci-docker}/*.log. Safe to run any number of times, also concurrently
# (serialised with flock).
set -eu

STATE=${MLCI_DOCKER_STATE:-/tmp/mlci-docker}
mkdir -p "$STATE"
# Daemons started below must not inherit fd 9, or they would hold the lock for ever (hence 9>&-).
exec 9>"$STATE/up.lock"
if command -v flock >/dev/null 2>&1; then flock 9; fi

REGISTRY_USER=mlci
REGISTRY_PASSWORD=mlci-secret

log() { echo "docker-up: $*" >&2; }

answers() { docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }

wait_for() { # wait_for SECONDS COMMAND...
  secs=$1; shift
  i=0
  while [ "$i" -lt $((secs * 5)) ]; do
    if "$@"; then return 0; fi
    sleep 0.2; i=$((i + 1))
  done
  return 1
}

apt_install() {
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    log "missing $*; install them (Debian: apt-get install $*)"; exit 1
  fi
  log "installing $* with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# 1. The engine.
if ! answers; then
  missing=""
  command -v dockerd >/dev/null 2>&1 || missing="$missing docker.io"
  command -v docker-registry >/dev/null 2>&1 || missing="$missing docker-registry"
  [ -n "$missing" ] && apt_install $missing
  if ! answers; then
    log "starting dockerd (log: $STATE/dockerd.log)"
    # setsid: the daemon must outlive this script and the test process that called it.
    setsid dockerd --host unix:///var/run/docker.sock >"$STATE/dockerd.log" 2>&1 < /dev/null 9>&- &
    if ! wait_for 60 answers; then
      log "dockerd did not answer within 60 s; last log lines:"; tail -n 30 "$STATE/dockerd.log" >&2; exit 1
    fi
  fi
fi

# 2. The registries (docker/distribution v2, the Debian package).
command -v docker-registry >/dev/null 2>&1 || apt_install docker-registry

registry_answers() { curl -s -o /dev/null "http://127.0.0.1:$1/v2/" 2>/dev/null || \
  node -e "fetch('http://127.0.0.1:$1/v2/').then(()=>process.exit(0),()=>process.exit(1))" 2>/dev/null; }

make_htpasswd() {
  if [ -s "$STATE/htpasswd" ]; then return; fi
  if command -v htpasswd >/dev/null 2>&1; then
    htpasswd -Bbn "$REGISTRY_USER" "$REGISTRY_PASSWORD" > "$STATE/htpasswd"
  elif python3 -c 'import bcrypt' 2>/dev/null; then
    python3 -c "import bcrypt,sys; print('$REGISTRY_USER:' + bcrypt.hashpw(b'$REGISTRY_PASSWORD', bcrypt.gensalt(10)).decode())" > "$STATE/htpasswd"
  else
    apt_install apache2-utils
    htpasswd -Bbn "$REGISTRY_USER" "$REGISTRY_PASSWORD" > "$STATE/htpasswd"
  fi
}

start_registry() { # start_registry PORT [auth]
  port=$1
  if registry_answers "$port"; then return; fi
  dir="$STATE/registry-$port"
  mkdir -p "$dir/data"
  {
    echo "version: 0.1"
    echo "log: { level: warn }"
    echo "storage:"
    echo "  filesystem: { rootdirectory: $dir/data }"
    echo "  delete: { enabled: true }"
    echo "http: { addr: 127.0.0.1:$port, secret: mlci-test-$port }"
    if [ "${2:-}" = auth ]; then
      echo "auth:"
      echo "  htpasswd: { realm: mlci-test, path: $STATE/htpasswd }"
    fi
  } > "$dir/config.yml"
  log "starting registry on 127.0.0.1:$port (log: $dir/registry.log)"
  setsid docker-registry serve "$dir/config.yml" >"$dir/registry.log" 2>&1 < /dev/null 9>&- &
  if ! wait_for 20 registry_answers "$port"; then
    log "registry on port $port did not answer; last log lines:"; tail -n 20 "$dir/registry.log" >&2; exit 1
  fi
}

make_htpasswd
start_registry 5000
start_registry 5001 auth
log "ready: engine $(docker version --format '{{.Server.Version}}'), registries 127.0.0.1:5000 and 127.0.0.1:5001 (auth)"
