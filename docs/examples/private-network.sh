#!/usr/bin/env bash
# A private network between two servers (the seed's "Create private network").
# In Synnefo, ports are the connections between a network and a server.
source "$(dirname "$0")/common.sh"

net=$(field id $kamaki network create --name "My Network")
$kamaki network subnet create --network "$net" --cidr 10.0.0.0/24 >/dev/null

server_1=$(field id $kamaki server create --name server-1 --flavor 1 --image "Debian Base" --network none --wait)
server_2=$(field id $kamaki server create --name server-2 --flavor 1 --image "Debian Base" --network none --wait)

$kamaki network connect "$server_1" "$net" --wait >/dev/null
$kamaki network connect "$server_2" "$net" --wait >/dev/null
$kamaki network port list
