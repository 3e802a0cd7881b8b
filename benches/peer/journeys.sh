#!/usr/bin/env bash
# Writes the three Mermaid journeys of the side-by-side comparison (issue 19) into
# the folder given: 4 sections x 5 tasks, 8 x 38 and 20 x 100, with scores and
# actors varying as in real journeys.
set -euo pipefail
folder=${1:?usage: journeys.sh FOLDER}
mkdir -p "$folder"

journey() {
    local sections=$1 tasks=$2
    echo "journey"
    echo "    title A ${sections} x ${tasks} journey"
    for ((s = 1; s <= sections; s++)); do
        echo "    section Stage ${s} of the customer's way"
        for ((t = 1; t <= tasks; t++)); do
            local score=$(((s * 7 + t * 3) % 5 + 1))
            local actors="Customer"
            ((t % 3 == 0)) && actors="Customer, Adviser"
            echo "      Task ${t} compares offers and asks a question: ${score}: ${actors}"
        done
    done
}

journey 4 5 >"$folder/journey-4x5.mmd"
journey 8 38 >"$folder/journey-8x38.mmd"
journey 20 100 >"$folder/journey-20x100.mmd"
