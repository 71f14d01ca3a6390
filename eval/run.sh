#!/usr/bin/env bash
# Builds the digest of the held-out articles and scores it against the held-out gold.
# Usage (from anywhere): bash eval/run.sh [extra score.mjs options, e.g. --json]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
ARTICLES=eval/holdout/articles
GOLD=eval/holdout/gold
SCORER=../shared/eval/score.mjs
# The briefing's date: the latest `published` among the held-out articles.
DATE="$(grep -h '^published:' "$ARTICLES"/*.md | awk '{print $2}' | sort | tail -n 1)"
DIGEST="${DIGEST:-${TMPDIR:-/tmp}/briefing-holdout-digest.json}"
echo "building digest of $ARTICLES for $DATE -> $DIGEST" >&2
pnpm briefing build --input "$ARTICLES" --date "$DATE" --format json > "$DIGEST"
node "$SCORER" --digest "$DIGEST" --articles "$ARTICLES" --gold "$GOLD" "$@"
