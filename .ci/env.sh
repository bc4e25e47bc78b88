# Sourced by every script in .ci/: the environment CI runs in, here and on GitHub Actions.
# No telemetry or update checks from turbo or Redocly (CI reaches nothing but the npm registry).
export CI=true
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true TURBO_TELEMETRY_DISABLED=1

step() { printf '\n=== %s ===\n' "$*"; }
