#!/usr/bin/env bash
# The names and Pithos locations of the images registered by me (the seed's "List").
source "$(dirname "$0")/common.sh"

echo "My images:"
$kamaki image list --mine --columns name,location --no-header | sed 's/^/    /'
