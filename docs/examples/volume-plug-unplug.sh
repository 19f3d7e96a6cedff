#!/usr/bin/env bash
# Create a volume for one server, then unplug it and plug it into another, as you would
# do with a USB stick (the seed's "Unplug and plug volume"). Volumes must be of a
# detachable type, so the servers use an `ext_archipelago` flavor.
source "$(dirname "$0")/common.sh"

flavor=C1R1024D20ext_archipelago
server_1=$(field id $kamaki server create --name usb-host-1 --flavor $flavor --image "Debian Base" --network none --wait)
server_2=$(field id $kamaki server create --name usb-host-2 --flavor $flavor --image "Debian Base" --network none --wait)

usb=$(field id $kamaki volume create --size 20 --name "USB stick" --server "$server_1" --wait)
$kamaki volume detach "$usb" --wait >/dev/null
$kamaki volume attach "$usb" "$server_2" --wait
