#!/usr/bin/env bash
# Builds the digest of a held-out set's articles and scores it against its gold.
# Usage (from anywhere): [SET=holdout2] bash eval/run.sh [extra score.mjs options, e.g. --json]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SET="${SET:-holdout}"
ARTICLES="eval/$SET/articles"
GOLD="eval/$SET/gold"
SCORER=../shared/eval/score.mjs
# The briefing's date: the latest `published` among the held-out articles.
DATE="$(grep -h '^published:' "$ARTICLES"/*.md | awk '{print $2}' | sort | tail -n 1)"
DIGEST="${DIGEST:-${TMPDIR:-/tmp}/briefing-$SET-digest.json}"
echo "building digest of $ARTICLES for $DATE -> $DIGEST" >&2
pnpm briefing build --input "$ARTICLES" --date "$DATE" --format json > "$DIGEST"
node "$SCORER" --digest "$DIGEST" --articles "$ARTICLES" --gold "$GOLD" "$@"
