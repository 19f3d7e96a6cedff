#!/usr/bin/env bash
# Upload a local image file to the `images` container and register it; the registration
# details are kept in a JSON `.meta` file next to it (the seed's "Register").
source "$(dirname "$0")/common.sh"

file="${1:?usage: image-register.sh FILE [NAME]}"
name="${2:-$(basename "$file")}"
location="/images/$(basename "$file")"

id=$(field id $kamaki image register --name "$name" --location "$location" \
    --upload-image-file "$file" --property OS=linux --property USERS=root)
echo "registered $location as image $id; its details are in $location.meta"
