#!/usr/bin/env bash
# Move a server to a project with room to spare and give it a bigger flavor (the seed's
# "Reassign and resize a server"). Servers must be stopped to be resized or reassigned.
source "$(dirname "$0")/common.sh"

server="${1:?usage: reassign-resize.sh SERVER PROJECT FLAVOR}"
project="${2:?usage: reassign-resize.sh SERVER PROJECT FLAVOR}"
flavor="${3:?usage: reassign-resize.sh SERVER PROJECT FLAVOR}"

$kamaki server shutdown "$server" --wait >/dev/null
$kamaki server reassign "$server" --project "$project" >/dev/null
$kamaki server resize "$server" --flavor "$flavor" >/dev/null
$kamaki server start "$server" --wait
