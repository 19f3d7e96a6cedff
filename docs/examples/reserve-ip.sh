#!/usr/bin/env bash
# Check if there are free IPs, reserve one if not, and use it with a server
# (the seed's "Reserve IP").
source "$(dirname "$0")/common.sh"

server="${1:?usage: reserve-ip.sh SERVER}"

ip=$($kamaki network ip list --free --columns floating_ip_address --no-header | head -n 1)
if [ -z "$ip" ]; then
    ip=$(field floating_ip_address $kamaki network ip reserve)
fi
$kamaki network ip attach "$ip" "$server" --wait >/dev/null
echo "server $server now answers at $ip"
