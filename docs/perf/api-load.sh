#!/usr/bin/env bash
# Loopback load test of the REST API: builds the app in Release, starts it on 127.0.0.1 with the demo data,
# gives the demo engineer Ana a personal access token, and runs wrk at 32 connections against
# GET /api/v1/me/workload (with the token) and GET /health (no token), one after the other.
# Passes when the workload endpoint holds at least 10% of /health's requests per second with p99 < 50 ms.
#
#   bash docs/perf/api-load.sh            # 20 s per endpoint
#   DURATION=60s bash docs/perf/api-load.sh
#
# Needs: the .NET SDK, python3 (to hash the token into the database), and wrk (installed from Debian's
# packages when missing). The app runs in Production with request logging at Warning, so both endpoints pay
# the same pipeline; the per-token rate limit is raised for the run, or it would answer 429 within a second.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PORT="${PORT:-5187}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-20s}"
CONNECTIONS=32
THREADS=2
WORK="$(mktemp -d /tmp/mlcareer-api-load.XXXXXX)"
BASE="http://127.0.0.1:${PORT}"

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk from Debian's packages..."
  apt-get update -qq && apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi

echo "Building the app in Release..."
dotnet build "$ROOT/src/MlCareer.Web" -c Release -nologo -v quiet >/dev/null

cleanup() { [[ -n "${APP_PID:-}" ]] && kill "$APP_PID" 2>/dev/null; wait "${APP_PID:-}" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

echo "Starting the app with the demo data on $BASE..."
(cd "$WORK" && ASPNETCORE_ENVIRONMENT=Production exec dotnet "$ROOT/src/MlCareer.Web/bin/Release/net10.0/MlCareer.Web.dll" \
  --urls "$BASE" \
  --ConnectionStrings:MlCareer="Data Source=$WORK/mlcareer.db" \
  --Demo:Enabled=true \
  --Admin:Password="Load-Test-Admin-Password-1" \
  --RateLimits:Api:PermitsPerToken=100000000 \
  --Serilog:MinimumLevel:Default=Warning \
  --Backup:Folder="$WORK/backups" > "$WORK/app.log" 2>&1) &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs "$BASE/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$BASE/health" >/dev/null || { echo "The app did not start:"; cat "$WORK/app.log"; exit 1; }

# A read-only token for Ana, stored as the app stores one: only the SHA-256 of the secret.
TOKEN="$(python3 - "$WORK/mlcareer.db" <<'PY'
import hashlib, secrets, sqlite3, sys, datetime
secret = "mlc_" + secrets.token_urlsafe(32)
db = sqlite3.connect(sys.argv[1])
user = db.execute("select Id from AspNetUsers where NormalizedEmail = 'ANA@MLCAREER.EXAMPLE'").fetchone()[0]
now = datetime.datetime.now(datetime.timezone.utc)
fmt = lambda t: t.strftime("%Y-%m-%d %H:%M:%S+00:00")
db.execute("insert into AccessTokens (UserId, Name, Prefix, Hash, Access, CreatedAt, ExpiresAt) values (?, ?, ?, ?, ?, ?, ?)",
           (user, "load test", secret[:12], hashlib.sha256(secret.encode()).hexdigest(), "Read", fmt(now), fmt(now + datetime.timedelta(days=1))))
db.commit()
print(secret)
PY
)"
STATUS="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/me/workload")"
[[ "$STATUS" == 200 ]] || { echo "The workload endpoint answered $STATUS with the token."; exit 1; }

run() { # name, extra wrk args...
  local name="$1"; shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" >/dev/null   # warm-up: the JIT reaches its optimised code (tiered PGO)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" | tee "$WORK/$name.txt"
}

echo "== uptime before: $(uptime)"
echo "== GET /api/v1/me/workload (token, $CONNECTIONS connections, $DURATION)"
run workload -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/me/workload"
echo "== GET /health ($CONNECTIONS connections, $DURATION)"
run health "$BASE/health"
echo "== uptime after: $(uptime)"

python3 - "$WORK/workload.txt" "$WORK/health.txt" <<'PY'
import re, sys
def read(path):
    text = open(path).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    value, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)", text).groups()
    p99 = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return rps, p99, int(non2xx.group(1)) if non2xx else 0
w, h = read(sys.argv[1]), read(sys.argv[2])
ratio = w[0] / h[0]
print(f"workload: {w[0]:.0f} req/s, p99 {w[1]:.1f} ms, {w[2]} non-2xx")
print(f"health:   {h[0]:.0f} req/s, p99 {h[1]:.1f} ms, {h[2]} non-2xx")
print(f"workload / health = {ratio:.1%} (target >= 10%); workload p99 {w[1]:.1f} ms (target < 50 ms)")
ok = ratio >= 0.10 and w[1] < 50 and w[2] == 0
print("PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
PY
