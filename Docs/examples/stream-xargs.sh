#!/bin/sh
# Fans `gongwen stream` out over several processes with xargs -P, keeping the input order.
#
# usage: stream-xargs.sh INPUT.jsonl OUTPUT.jsonl [JOBS] [LINES_PER_CHUNK]
#
# INPUT holds one request per line: {"id": "...", "text": "..."}, {"id": "...", "bytes": "<base64>"}
# or {"id": "...", "path": "..."}.
# Path requests are refused unless the folders they may read are allowed, e.g.
#   GONGWEN_STREAM_ARGS="--allow-path /srv/reports" stream-xargs.sh in.jsonl out.jsonl
# The input is split into numbered chunks, each chunk is converted by its own process,
# and the results are joined in chunk order, so OUTPUT line N answers INPUT line N.
set -eu
input=$1
output=$2
jobs=${3:-$(nproc)}
lines=${4:-1000}
gongwen=${GONGWEN:-gongwen}
stream_args=${GONGWEN_STREAM_ARGS:-}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
split -l "$lines" -d -a 6 "$input" "$work/chunk."
# $1 is left unquoted on purpose: it holds several options.
ls "$work"/chunk.* | xargs -P "$jobs" -I{} sh -c '"$0" stream $1 < "$2" > "$2.out"' "$gongwen" "$stream_args" {}
cat "$work"/chunk.*.out > "$output.tmp"
mv "$output.tmp" "$output"
