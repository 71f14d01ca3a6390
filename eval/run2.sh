#!/usr/bin/env bash
# Builds the digest of the second held-out set (holdout2) and scores it against its gold.
# Usage (from anywhere): bash eval/run2.sh [extra score.mjs options, e.g. --json]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
ARTICLES=eval/holdout2/articles
GOLD=eval/holdout2/gold
SCORER=../shared/eval/score.mjs
# The briefing's date: the latest `published` among the held-out articles.
DATE="$(grep -h '^published:' "$ARTICLES"/*.md | awk '{print $2}' | sort | tail -n 1)"
DIGEST="${DIGEST:-${TMPDIR:-/tmp}/briefing-holdout2-digest.json}"
echo "building digest of $ARTICLES for $DATE -> $DIGEST" >&2
pnpm briefing build --input "$ARTICLES" --date "$DATE" --format json > "$DIGEST"
node "$SCORER" --digest "$DIGEST" --articles "$ARTICLES" --gold "$GOLD" "$@"
