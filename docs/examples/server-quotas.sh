#!/usr/bin/env bash
# Check the server-related quotas per project and report which are exhausted (the
# seed's "List server quotas").
source "$(dirname "$0")/common.sh"

$kamaki server quota --columns project,resource,state --no-header |
    while read -r project resource state; do
        if [ "$state" = ok ]; then echo "$project $resource ... OK"; else echo "$project $resource ... EXCEEDED"; fi
    done
