#!/usr/bin/env bash
# A cluster of three servers where only the gateway has a public IP (the seed's
# "Create cluster").
source "$(dirname "$0")/common.sh"

vpn=$(field id $kamaki network create --name "Cluster Network")
$kamaki network subnet create --network "$vpn" --cidr 10.1.0.0/24 >/dev/null

ip=$($kamaki network ip list --free --columns floating_ip_address --no-header | head -n 1)
if [ -z "$ip" ]; then
    ip=$(field floating_ip_address $kamaki network ip reserve)
fi

$kamaki server create --name node --cluster-size 2 --flavor 1 --image "Debian Base" --network "$vpn" --wait >/dev/null
$kamaki server create --name gateway --flavor 1 --image "Debian Base" \
    --network "$vpn" --network "public,ip=$ip" --wait >/dev/null
$kamaki server list
