#!/usr/bin/env bash
# Builds the digest of the second held-out set (holdout2) and scores it against its gold (see run.sh).
# Usage (from anywhere): bash eval/run2.sh [extra score.mjs options, e.g. --json]
SET=holdout2 exec bash "$(dirname "${BASH_SOURCE[0]}")/run.sh" "$@"
