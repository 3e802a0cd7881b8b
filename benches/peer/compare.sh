#!/usr/bin/env bash
# Times the whole process of turning each Mermaid journey into a 1920x1080 PNG:
# `parcours import` + `parcours export`, and, when mermaid-cli is installed
# (`npm i @mermaid-js/mermaid-cli` in MERMAID_DIR, default /tmp/mermaid), Mermaid
# in headless Chromium (PUPPETEER_CONFIG names a puppeteer config file, e.g. to
# use /usr/bin/chromium). Prints the median of RUNS runs (default 5), in ms of
# wall-clock time.
# Usage: benches/peer/compare.sh [PARCOURS_BINARY]
set -euo pipefail
parcours=${1:-target/release/parcours}
runs=${RUNS:-5}
mermaid_dir=${MERMAID_DIR:-/tmp/mermaid}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$(dirname "$0")/journeys.sh" "$work"

median_ms() {
    local times=()
    for ((i = 0; i < runs; i++)); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }
        end=$(date +%s%N)
        times+=($(((end - start) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

parcours_png() {
    "$parcours" import "$1" -o "$work/map.journey.ron" --force &&
        "$parcours" export "$work/map.journey.ron" --format png --width 1920 --height 1080 \
            -o "$work/map.png" --force
}

mermaid_png() {
    "$mermaid_dir/node_modules/.bin/mmdc" -i "$1" -o "$work/mermaid.png" -w 1920 -H 1080 \
        ${PUPPETEER_CONFIG:+-p "$PUPPETEER_CONFIG"}
}

echo "| journey | Mermaid + Chromium | Parcours | ratio |"
echo "|---|---:|---:|---:|"
for size in 4x5 8x38 20x100; do
    file="$work/journey-$size.mmd"
    ours=$(median_ms parcours_png "$file")
    if [ -x "$mermaid_dir/node_modules/.bin/mmdc" ]; then
        theirs=$(median_ms mermaid_png "$file")
        ratio=$(awk "BEGIN { printf \"%.1fx\", $theirs / ($ours > 0 ? $ours : 1) }")
        echo "| $size | $theirs ms | $ours ms | $ratio |"
    else
        echo "| $size | (mermaid-cli not installed) | $ours ms | |"
    fi
done
