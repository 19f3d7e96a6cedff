# Helpers shared by the example scripts. Each example runs against the cloud kamaki is
# configured for; with no config file that is the built-in sandbox.
set -euo pipefail

kamaki="${KAMAKI:-kamaki}"

# Prints one field of the object a kamaki command returns: `field id kamaki network create …`.
field() {
    local name="$1"
    shift
    "$@" --columns "$name" --no-header | awk '{print $2}'
}
