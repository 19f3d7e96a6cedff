#!/usr/bin/env bash
# Unregister an image and, if it is mine, delete its file and `.meta` file from Pithos
# (the seed's "Unregister": unregistering alone keeps the file).
source "$(dirname "$0")/common.sh"

image="${1:?usage: image-unregister.sh IMAGE_ID}"

owner=$(field owner $kamaki image info "$image")
me=$(field uuid $kamaki astakos user info)
if [ "$owner" = "$me" ]; then
    $kamaki image unregister "$image" --delete-file --columns deleted_files --no-header
else
    echo "This image wasn't registered by me"
fi
