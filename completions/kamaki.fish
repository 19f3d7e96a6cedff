# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kamaki_global_optspecs
    string join \n cloud= config= o/output= columns= no-header v/verbose q/quiet timeout= retries= ca-cert= h/help V/version
end

function __fish_kamaki_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_kamaki_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_kamaki_using_subcommand
    set -l cmd (__fish_kamaki_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c kamaki -n "__fish_kamaki_needs_command" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_needs_command" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_needs_command" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_needs_command" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_needs_command" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_needs_command" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_needs_command" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_needs_command" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_needs_command" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_needs_command" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_needs_command" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "astakos" -d 'Identity, quotas, projects and memberships (Synnefo Astakos)'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "server" -d 'Virtual machines, flavors, images, key pairs (Synnefo Cyclades compute)'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "network" -d 'Networks, subnets, ports and floating IPs (Synnefo Cyclades network)'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "volume" -d 'Volumes, volume types and snapshots (Synnefo Cyclades block storage)'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "image" -d 'Images: register Pithos files as images, list, share and unregister them (Plankton)'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "file" -d 'Object storage: files, containers, sharing, versions, sync (Pithos, or plain Swift)'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "sdc" -d 'Joyent SmartDataCenter / Triton CloudAPI: machines, images, packages, keys'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "linstor" -d 'LINSTOR: nodes, storage pools, resources with placement, and the KV store'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "infra" -d 'Build, maintain, scale and destroy multi-node infrastructures (Occopus-style)'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "config" -d 'Read and change the config file'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "sandbox" -d 'Run the built-in local cloud'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -f -a "authenticate" -d 'Authenticate the token and show the user and the service catalog'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -f -a "user" -d 'The user: info, and uuid/username lookups'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -f -a "quota" -d 'Resource usage and limits per project'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -f -a "resource" -d 'Quotable resources'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -f -a "project" -d 'Projects: list, info, join, leave'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -f -a "membership" -d 'Your project memberships'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from authenticate" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from authenticate" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from authenticate" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from authenticate" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from authenticate" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from authenticate" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from authenticate" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from authenticate" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from authenticate" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from authenticate" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from authenticate" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from authenticate" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from user" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from user" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from user" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from user" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from user" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from user" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from user" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from user" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from user" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from user" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from user" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from user" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from user" -f -a "info" -d 'Show the user (name, uuid) and the service catalog'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from user" -f -a "uuid2name" -d 'Usernames of user uuids'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from user" -f -a "name2uuid" -d 'Uuids of usernames'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from user" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from quota" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from quota" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from quota" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from quota" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from quota" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from quota" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from quota" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from quota" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from quota" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from quota" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from quota" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from quota" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from quota" -f -a "list" -d 'Usage and limit of every resource in every project you are a member of'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from quota" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from resource" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from resource" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from resource" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from resource" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from resource" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from resource" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from resource" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from resource" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from resource" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from resource" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from resource" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from resource" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from resource" -f -a "list" -d 'List the quotable resources'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from resource" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from project" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from project" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from project" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from project" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from project" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from project" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from project" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from project" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from project" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from project" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from project" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from project" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from project" -f -a "list" -d 'List the projects you can see'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from project" -f -a "info" -d 'Show a project: limits, your usage and your membership'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from project" -f -a "join" -d 'Join a project (or ask to, if it is moderated)'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from project" -f -a "leave" -d 'Leave a project'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from project" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from membership" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from membership" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from membership" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from membership" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from membership" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from membership" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from membership" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from membership" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from membership" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from membership" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from membership" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from membership" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from membership" -f -a "list" -d 'List your memberships'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from membership" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from help" -f -a "authenticate" -d 'Authenticate the token and show the user and the service catalog'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from help" -f -a "user" -d 'The user: info, and uuid/username lookups'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from help" -f -a "quota" -d 'Resource usage and limits per project'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from help" -f -a "resource" -d 'Quotable resources'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from help" -f -a "project" -d 'Projects: list, info, join, leave'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from help" -f -a "membership" -d 'Your project memberships'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -f -a "list" -d 'List your servers'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -f -a "info" -d 'Show a server: status, addresses, attachments, volumes, metadata, project'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -f -a "create" -d 'Create a server, or a cluster of servers with `--cluster-size`'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -f -a "wait" -d 'Wait for a server to reach or leave a state [default: while BUILD]; `--timeout` bounds the wait, exit code 124 when it passes'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -f -a "reboot" -d 'Reboot an active server'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -f -a "start" -d 'Start a stopped server'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -f -a "shutdown" -d 'Shut a server down'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -f -a "delete" -d 'Delete servers (their ports and root volumes go with them)'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -f -a "resize" -d 'Change the flavor of a stopped server'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -f -a "reassign" -d 'Move a stopped server (and its quota usage) to another project'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -f -a "rename" -d 'Rename a server'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -f -a "metadata" -d 'Server metadata'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -f -a "console" -d 'Connection details of a server\'s VNC console'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -f -a "stats" -d 'Where the CPU and network usage graphs of a server are'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -f -a "ssh" -d 'Log in with the system `ssh`: to the server\'s public IPv4, as the first user its image lists, or through the bastion server its `kamaki.ssh.proxy` metadata names'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -f -a "flavor" -d 'Hardware templates servers are built from'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -f -a "image" -d 'Images servers can boot (the compute view)'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -f -a "keypair" -d 'SSH key pairs for new servers'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -f -a "quota" -d 'Server-related quotas (VMs, CPUs, RAM, disk, IPs, networks) per project'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and not __fish_seen_subcommand_from list info create wait reboot start shutdown delete resize reassign rename metadata console stats ssh flavor image keypair quota help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from list" -l status -d 'Only servers with this status (e.g. ACTIVE)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from list" -l name-like -d 'Only servers whose name contains this text (case-insensitive)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from list" -l flavor -d 'Only servers of this flavor id' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from list" -l image -d 'Only servers of this image id' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from list" -l project -d 'Only servers of this project' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from list" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from list" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from list" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from list" -s l -l long -d 'Show every field'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from list" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from info" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from info" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from info" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from info" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from info" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from info" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from info" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from info" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from info" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -l name -d 'The server\'s name (with `--cluster-size`, the prefix of `NAME-1` … `NAME-K`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -l flavor -d 'Flavor id or name (`kamaki server flavor list`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -l image -d 'Image id or name (`kamaki server image list`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -l network -d '`none` for no networking, or `NETWORK[,ip=ADDRESS]` (repeatable); without it the cloud\'s default applies (the sandbox gives a public IP)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -l project -d 'The project to charge (default: your system project)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -l key-inject -d 'A public key file to install as root\'s authorized key' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -l key-name -d 'A key pair registered with `kamaki server keypair`' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -s m -l metadata -d 'Metadata `KEY=VALUE` (repeatable)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -l cluster-size -d 'Create this many servers in parallel, named `NAME-1` … `NAME-K`' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -l wait-timeout -d 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -l interval -d 'The longest pause between two polls while waiting (they start at 250ms and grow)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -s w -l wait -d 'Wait until the action is done'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from wait" -l while -d 'Wait while the status is STATE' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from wait" -l until -d 'Wait until the status is STATE' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from wait" -l timeout -d 'Give up after this long, with exit code 124 [default: 10m]. Here `--timeout` bounds the whole wait, each request within it included' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from wait" -l interval -d 'The longest pause between two polls (they start at 250ms and grow)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from wait" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from wait" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from wait" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from wait" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from wait" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from wait" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from wait" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from wait" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from wait" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reboot" -l wait-timeout -d 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reboot" -l interval -d 'The longest pause between two polls while waiting (they start at 250ms and grow)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reboot" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reboot" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reboot" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reboot" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reboot" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reboot" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reboot" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reboot" -l hard -d 'Power-cycle instead of asking the OS to restart'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reboot" -s w -l wait -d 'Wait until the action is done'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reboot" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reboot" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reboot" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reboot" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reboot" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from start" -l wait-timeout -d 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from start" -l interval -d 'The longest pause between two polls while waiting (they start at 250ms and grow)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from start" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from start" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from start" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from start" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from start" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from start" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from start" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from start" -s w -l wait -d 'Wait until the action is done'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from start" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from start" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from start" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l wait-timeout -d 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l interval -d 'The longest pause between two polls while waiting (they start at 250ms and grow)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from shutdown" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from shutdown" -s w -l wait -d 'Wait until the action is done'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from shutdown" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from shutdown" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from shutdown" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from shutdown" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from delete" -l wait-timeout -d 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from delete" -l interval -d 'The longest pause between two polls while waiting (they start at 250ms and grow)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from delete" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from delete" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from delete" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from delete" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from delete" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from delete" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from delete" -s w -l wait -d 'Wait until the action is done'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from delete" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from resize" -l flavor -d 'The new flavor (id or name)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from resize" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from resize" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from resize" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from resize" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from resize" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from resize" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from resize" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from resize" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from resize" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from resize" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from resize" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from resize" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reassign" -l project -d 'The project uuid' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reassign" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reassign" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reassign" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reassign" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reassign" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reassign" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reassign" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reassign" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reassign" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reassign" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reassign" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from reassign" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from rename" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from rename" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from rename" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from rename" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from rename" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from rename" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from rename" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from rename" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from metadata" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from metadata" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from metadata" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from metadata" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from metadata" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from metadata" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from metadata" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from metadata" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from metadata" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from metadata" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from metadata" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from metadata" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from metadata" -f -a "list" -d 'Show a server\'s metadata'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from metadata" -f -a "set" -d 'Add or change metadata'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from metadata" -f -a "delete" -d 'Remove metadata keys'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from metadata" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from console" -l type -d '`vnc`, `vnc-ws` or `vnc-wss`' -r -f -a "vnc\t''
vnc-ws\t''
vnc-wss\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from console" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from console" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from console" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from console" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from console" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from console" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from console" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from console" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from console" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from console" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from console" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from console" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from stats" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from stats" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from stats" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from stats" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from stats" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from stats" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from stats" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from stats" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from stats" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from stats" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from ssh" -s l -l user -d 'Log in as this user [default: the first user the image names]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from ssh" -s i -l identity -d 'The private key to log in with (`ssh -i`)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from ssh" -s O -l ssh-option -d 'An option for ssh, passed on as `ssh -o OPTION` (repeatable; `-o` itself is kamaki\'s `--output`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from ssh" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from ssh" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from ssh" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from ssh" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from ssh" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from ssh" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from ssh" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from ssh" -l no-proxy -d 'Connect directly, even when a bastion is named (`kamaki.ssh.proxy` server metadata, `tritoncli.ssh.proxy` machine tag)'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from ssh" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from ssh" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from ssh" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from ssh" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from ssh" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from flavor" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from flavor" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from flavor" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from flavor" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from flavor" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from flavor" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from flavor" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from flavor" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from flavor" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from flavor" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from flavor" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from flavor" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from flavor" -f -a "list" -d 'List flavors, optionally only those matching every filter'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from flavor" -f -a "info" -d 'Show a flavor'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from flavor" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from image" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from image" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from image" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from image" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from image" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from image" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from image" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from image" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from image" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from image" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from image" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from image" -f -a "list" -d 'List the images you can boot'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from image" -f -a "info" -d 'Show an image'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from image" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from keypair" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from keypair" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from keypair" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from keypair" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from keypair" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from keypair" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from keypair" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from keypair" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from keypair" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from keypair" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from keypair" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from keypair" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from keypair" -f -a "list" -d 'List your key pairs'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from keypair" -f -a "create" -d 'Have the cloud generate a key pair; the private key is shown only this once'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from keypair" -f -a "import" -d 'Register an existing public key'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from keypair" -f -a "delete" -d 'Delete key pairs'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from keypair" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from quota" -l project -d 'Only this project' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from quota" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from quota" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from quota" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from quota" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from quota" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from quota" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from quota" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from quota" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from quota" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from quota" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from quota" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from quota" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "list" -d 'List your servers'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show a server: status, addresses, attachments, volumes, metadata, project'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a server, or a cluster of servers with `--cluster-size`'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Wait for a server to reach or leave a state [default: while BUILD]; `--timeout` bounds the wait, exit code 124 when it passes'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "reboot" -d 'Reboot an active server'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start a stopped server'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "shutdown" -d 'Shut a server down'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete servers (their ports and root volumes go with them)'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "resize" -d 'Change the flavor of a stopped server'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "reassign" -d 'Move a stopped server (and its quota usage) to another project'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a server'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "metadata" -d 'Server metadata'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "console" -d 'Connection details of a server\'s VNC console'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Where the CPU and network usage graphs of a server are'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "ssh" -d 'Log in with the system `ssh`: to the server\'s public IPv4, as the first user its image lists, or through the bastion server its `kamaki.ssh.proxy` metadata names'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "flavor" -d 'Hardware templates servers are built from'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "image" -d 'Images servers can boot (the compute view)'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "keypair" -d 'SSH key pairs for new servers'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "quota" -d 'Server-related quotas (VMs, CPUs, RAM, disk, IPs, networks) per project'
complete -c kamaki -n "__fish_kamaki_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -f -a "list" -d 'List the public networks and your private ones'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -f -a "info" -d 'Show a network'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -f -a "create" -d 'Create a private network'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -f -a "delete" -d 'Delete private networks (disconnect their servers first)'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -f -a "rename" -d 'Rename a network'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -f -a "reassign" -d 'Move a network (and its quota usage) to another project'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -f -a "connect" -d 'Connect a server to a network (creates a port)'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -f -a "disconnect" -d 'Disconnect a server from a network (deletes its ports there)'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -f -a "subnet" -d 'Subnets: the address ranges of networks'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -f -a "port" -d 'Ports: the connections between networks and servers'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -f -a "ip" -d 'Floating (public) IP addresses'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and not __fish_seen_subcommand_from list info create delete rename reassign connect disconnect subnet port ip help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from list" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from list" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from list" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from list" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from list" -s l -l long -d 'Show every field'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from info" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from info" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from info" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from info" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from info" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from info" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from info" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from info" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from info" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from create" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from create" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from create" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from create" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from create" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from create" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from create" -l name -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from create" -l type -d 'The network type' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from create" -l project -d 'The project to charge (default: your system project)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from create" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from delete" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from delete" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from delete" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from delete" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from delete" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from delete" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from delete" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from rename" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from rename" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from rename" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from rename" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from rename" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from rename" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from rename" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from rename" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from reassign" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from reassign" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from reassign" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from reassign" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from reassign" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from reassign" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from reassign" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from reassign" -l project -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from reassign" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from reassign" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from reassign" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from reassign" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from reassign" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from connect" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from connect" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from connect" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from connect" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from connect" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from connect" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from connect" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip -d 'The address to use (on the public network: one of your floating IPs)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from connect" -l wait-timeout -d 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from connect" -l interval -d 'The longest pause between two polls while waiting (they start at 250ms and grow)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from connect" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from connect" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from connect" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from connect" -s w -l wait -d 'Wait until the action is done'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from connect" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from connect" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l wait-timeout -d 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l interval -d 'The longest pause between two polls while waiting (they start at 250ms and grow)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s w -l wait -d 'Wait until the action is done'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from subnet" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from subnet" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from subnet" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from subnet" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from subnet" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from subnet" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from subnet" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from subnet" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from subnet" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from subnet" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from subnet" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from subnet" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from subnet" -f -a "list" -d 'List subnets'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from subnet" -f -a "info" -d 'Show a subnet'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from subnet" -f -a "create" -d 'Give a private network an IPv4 subnet'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from subnet" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from port" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from port" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from port" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from port" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from port" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from port" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from port" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from port" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from port" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from port" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from port" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from port" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from port" -f -a "list" -d 'List your ports'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from port" -f -a "info" -d 'Show a port'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from port" -f -a "create" -d 'Create a port on a network, plugged into a server'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from port" -f -a "delete" -d 'Delete ports'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from port" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from ip" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from ip" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from ip" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from ip" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from ip" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from ip" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from ip" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from ip" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from ip" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from ip" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from ip" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from ip" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from ip" -f -a "list" -d 'List your floating IPs'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from ip" -f -a "info" -d 'Show a floating IP (by id or address)'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from ip" -f -a "reserve" -d 'Reserve a floating IP'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from ip" -f -a "release" -d 'Give floating IPs back to the pool'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from ip" -f -a "attach" -d 'Attach a floating IP to a server'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from ip" -f -a "detach" -d 'Detach a floating IP from its server (it stays reserved)'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from ip" -f -a "reassign" -d 'Move a floating IP (and its quota usage) to another project'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from ip" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the public networks and your private ones'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show a network'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a private network'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete private networks (disconnect their servers first)'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a network'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "reassign" -d 'Move a network (and its quota usage) to another project'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "connect" -d 'Connect a server to a network (creates a port)'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "disconnect" -d 'Disconnect a server from a network (deletes its ports there)'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "subnet" -d 'Subnets: the address ranges of networks'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "port" -d 'Ports: the connections between networks and servers'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "ip" -d 'Floating (public) IP addresses'
complete -c kamaki -n "__fish_kamaki_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -f -a "list" -d 'List your volumes'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -f -a "info" -d 'Show a volume'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -f -a "create" -d 'Create a volume, optionally attached to a server'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -f -a "delete" -d 'Delete volumes (detach them first)'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -f -a "rename" -d 'Rename a volume'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -f -a "reassign" -d 'Move a volume (and its quota usage) to another project'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -f -a "attach" -d 'Plug a volume into a server'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -f -a "detach" -d 'Unplug a volume from its server'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -f -a "wait" -d 'Wait for a volume to reach or leave a state [default: while creating]; `--timeout` bounds the wait, exit code 124 when it passes'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -f -a "type" -d 'Volume types'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -f -a "snapshot" -d 'Volume snapshots'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and not __fish_seen_subcommand_from list info create delete rename reassign attach detach wait type snapshot help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from list" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from list" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from list" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from list" -s l -l long -d 'Show every field'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from list" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from info" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from info" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from info" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from info" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from info" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from info" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from info" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from info" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from info" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -l size -d 'Size in GiB' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -l name -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -l server -d 'Attach it to this server (id or name)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -l type -d 'Volume type id or name (`kamaki volume type list`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -l project -d 'The project to charge (default: your system project)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -l description -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -l snapshot -d 'Create it from this snapshot (`kamaki volume snapshot list`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -l wait-timeout -d 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -l interval -d 'The longest pause between two polls while waiting (they start at 250ms and grow)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -s w -l wait -d 'Wait until the action is done'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from delete" -l wait-timeout -d 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from delete" -l interval -d 'The longest pause between two polls while waiting (they start at 250ms and grow)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from delete" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from delete" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from delete" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from delete" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from delete" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from delete" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from delete" -s w -l wait -d 'Wait until the action is done'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from delete" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from rename" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from rename" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from rename" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from rename" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from rename" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from rename" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from rename" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from rename" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from reassign" -l project -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from reassign" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from reassign" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from reassign" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from reassign" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from reassign" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from reassign" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from reassign" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from reassign" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from reassign" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from reassign" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from reassign" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from reassign" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from attach" -l wait-timeout -d 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from attach" -l interval -d 'The longest pause between two polls while waiting (they start at 250ms and grow)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from attach" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from attach" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from attach" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from attach" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from attach" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from attach" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from attach" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from attach" -s w -l wait -d 'Wait until the action is done'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from attach" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from attach" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from attach" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from attach" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from detach" -l wait-timeout -d 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from detach" -l interval -d 'The longest pause between two polls while waiting (they start at 250ms and grow)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from detach" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from detach" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from detach" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from detach" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from detach" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from detach" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from detach" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from detach" -s w -l wait -d 'Wait until the action is done'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from detach" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from detach" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from detach" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from detach" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from detach" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from wait" -l while -d 'Wait while the status is STATE' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from wait" -l until -d 'Wait until the status is STATE' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from wait" -l timeout -d 'Give up after this long, with exit code 124 [default: 10m]. Here `--timeout` bounds the whole wait, each request within it included' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from wait" -l interval -d 'The longest pause between two polls (they start at 250ms and grow)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from wait" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from wait" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from wait" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from wait" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from wait" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from wait" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from wait" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from wait" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from wait" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from type" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from type" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from type" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from type" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from type" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from type" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from type" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from type" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from type" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from type" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from type" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from type" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from type" -f -a "list" -d 'List volume types'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from type" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -f -a "list" -d 'List your snapshots'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -f -a "info" -d 'Show a snapshot'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -f -a "create" -d 'Snapshot a volume'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -f -a "delete" -d 'Delete snapshots'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "list" -d 'List your volumes'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show a volume'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a volume, optionally attached to a server'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete volumes (detach them first)'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a volume'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "reassign" -d 'Move a volume (and its quota usage) to another project'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "attach" -d 'Plug a volume into a server'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "detach" -d 'Unplug a volume from its server'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Wait for a volume to reach or leave a state [default: while creating]; `--timeout` bounds the wait, exit code 124 when it passes'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "type" -d 'Volume types'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "snapshot" -d 'Volume snapshots'
complete -c kamaki -n "__fish_kamaki_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and not __fish_seen_subcommand_from list info register modify unregister members help" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and not __fish_seen_subcommand_from list info register modify unregister members help" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and not __fish_seen_subcommand_from list info register modify unregister members help" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and not __fish_seen_subcommand_from list info register modify unregister members help" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and not __fish_seen_subcommand_from list info register modify unregister members help" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and not __fish_seen_subcommand_from list info register modify unregister members help" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and not __fish_seen_subcommand_from list info register modify unregister members help" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and not __fish_seen_subcommand_from list info register modify unregister members help" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and not __fish_seen_subcommand_from list info register modify unregister members help" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and not __fish_seen_subcommand_from list info register modify unregister members help" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and not __fish_seen_subcommand_from list info register modify unregister members help" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and not __fish_seen_subcommand_from list info register modify unregister members help" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and not __fish_seen_subcommand_from list info register modify unregister members help" -f -a "list" -d 'List the images you may use: yours, public ones, and those shared with you'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and not __fish_seen_subcommand_from list info register modify unregister members help" -f -a "info" -d 'Show an image, by id or by the Pithos location of its file'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and not __fish_seen_subcommand_from list info register modify unregister members help" -f -a "register" -d 'Register a Pithos file as an image, uploading a local file first if asked'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and not __fish_seen_subcommand_from list info register modify unregister members help" -f -a "modify" -d 'Change an image\'s name, formats, visibility or properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and not __fish_seen_subcommand_from list info register modify unregister members help" -f -a "unregister" -d 'Unregister an image; its file stays in Pithos unless `--delete-file` is given'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and not __fish_seen_subcommand_from list info register modify unregister members help" -f -a "members" -d 'The users an image is shared with'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and not __fish_seen_subcommand_from list info register modify unregister members help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from list" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from list" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from list" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from list" -l name-like -d 'Only images whose name contains this text (any case)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from list" -l owner -d 'Only images owned by this user (uuid or username)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from list" -l status -d 'Only images in this status, e.g. `AVAILABLE`' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from list" -l property -d 'Only images with this property value; repeatable' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from list" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from list" -l public -d 'Only public images'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from list" -l mine -d 'Only images you registered'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from list" -l location -d 'Show the Pithos location of each image\'s file'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from list" -s l -l long -d 'Show every field'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from info" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from info" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from info" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from info" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from info" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from info" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from info" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from info" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from info" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -l name -d 'The image name [default: the metafile\'s]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -l location -d 'Where the image file is (or goes): `pithos://UUID/CONTAINER/PATH` or `/CONTAINER/PATH` in your account [default: the metafile\'s]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -l upload-image-file -d 'Upload this local file to the location first (hashmap upload: blocks the server already has are not sent again, so an interrupted upload resumes)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -s p -l property -d 'A property of the image, e.g. `OS=debian`; repeatable' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -l disk-format -d 'The disk format [default: diskdump]' -r -f -a "diskdump\t''
extdump\t''
ntfsdump\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -l container-format -d 'The container format [default: bare]' -r -f -a "aki\t''
ari\t''
ami\t''
bare\t''
ovf\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -l metafile -d 'Register from a local JSON metafile (as stored by `image register`); flags override it' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -l public -d 'Make the image usable by everyone'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -l no-metafile-upload -d 'Do not store the `LOCATION.meta` file next to the image'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -s f -l force -d 'Overwrite an existing remote image file (with `--upload-image-file`) and `.meta` file'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from modify" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from modify" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from modify" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from modify" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from modify" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from modify" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from modify" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from modify" -l name -d 'A new name' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from modify" -s p -l property -d 'Set a property, e.g. `USERS=root`; repeatable' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from modify" -l property-del -d 'Delete a property; repeatable' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from modify" -l disk-format -d 'A new disk format' -r -f -a "diskdump\t''
extdump\t''
ntfsdump\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from modify" -l container-format -d 'A new container format' -r -f -a "aki\t''
ari\t''
ami\t''
bare\t''
ovf\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from modify" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from modify" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from modify" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from modify" -l public -d 'Make the image usable by everyone'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from modify" -l private -d 'Make the image usable only by you and its members'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from modify" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from modify" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from unregister" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from unregister" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from unregister" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from unregister" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from unregister" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from unregister" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from unregister" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from unregister" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from unregister" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from unregister" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from unregister" -l delete-file -d 'Also delete the image file and its `.meta` file from Pithos for good (only files in your own account)'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from unregister" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from unregister" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from members" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from members" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from members" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from members" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from members" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from members" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from members" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from members" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from members" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from members" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from members" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from members" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from members" -f -a "list" -d 'List the users an image is shared with'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from members" -f -a "add" -d 'Share an image with users (uuids or usernames)'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from members" -f -a "remove" -d 'Stop sharing an image with users (uuids or usernames)'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from members" -f -a "set" -d 'Share an image with exactly these users; none stops sharing it'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from members" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the images you may use: yours, public ones, and those shared with you'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show an image, by id or by the Pithos location of its file'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register a Pithos file as an image, uploading a local file first if asked'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "modify" -d 'Change an image\'s name, formats, visibility or properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "unregister" -d 'Unregister an image; its file stays in Pithos unless `--delete-file` is given'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "members" -d 'The users an image is shared with'
complete -c kamaki -n "__fish_kamaki_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "container" -d 'Containers: list, info, create, delete, empty, reassign'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "list" -d 'List the objects of a container (or under a folder)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "info" -d 'Show an object\'s details (or a container\'s), or its hashmap'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "metadata" -d 'An object\'s user metadata: list, set, delete'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "mkdir" -d 'Create a folder (a directory object)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "touch" -d 'Create an empty object, unless it exists'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "cat" -d 'Print an object\'s contents to stdout'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "upload" -d 'Upload a file (or, with -r, a directory; `-` reads stdin)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "download" -d 'Download an object (or, with -r, a folder or container)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "copy" -d 'Copy objects on the server (across containers and accounts)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "move" -d 'Move objects on the server (across containers and accounts)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "delete" -d 'Move objects to the trash (or, with --purge, delete them for good)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "trash" -d 'The trash: list, restore, empty'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "share" -d 'Let users or groups read or write an object or folder'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "unshare" -d 'Stop sharing an object or folder'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "shared" -d 'What you share with others'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "publish" -d 'Publish an object: anyone with the printed URL can read it'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "unpublish" -d 'Withdraw an object\'s public URL'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "others" -d 'Accounts that share with you; then their containers or objects'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "group" -d 'Account groups, usable in sharing as `GROUP`'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "versions" -d 'The versions of an object'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "restore-version" -d 'Make an old version of an object the current one (the newer ones stay in history)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "sync" -d 'Synchronise a local directory with a remote folder, both ways'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -f -a "list" -d 'List containers with their usage and project'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -f -a "info" -d 'Show a container: usage, block size and hash, policy, metadata'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -f -a "create" -d 'Create a container'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -f -a "delete" -d 'Delete a container (with --recursive, its objects too)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -f -a "empty" -d 'Delete every object of a container, keeping the container'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -f -a "reassign" -d 'Charge a container\'s storage to another project'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l delimiter -d 'Fold names at this delimiter into folders [default: `/` unless --recursive]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l until -d 'The container as it was at this time (RFC 3339 or epoch seconds)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -s r -l recursive -d 'Everything under the prefix, not just the first level'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l shared -d 'Only objects shared with others'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l public -d 'Only public objects'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -s l -l long -d 'Show type, size and modification time'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l version -d 'This version instead of the current one' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l hashmap -d 'Show the object\'s block hashes'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -f -a "list" -d 'Show an object\'s metadata'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -f -a "set" -d 'Set metadata keys'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -f -a "delete" -d 'Delete metadata keys'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -l content-type -d 'Its content type [default: guessed from the name]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l version -d 'Print this version instead of the current one' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l content-type -d 'The content type [default: guessed from the extension]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l metadata -d 'Metadata to set, repeatable' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l sharing -d 'Sharing, e.g. `read=UUID1,GROUP;write=UUID2`' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l threads -d 'Blocks in flight at once' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l segment-size -d 'Plain Swift only: upload files larger than this as a static large object of segments this size (1 byte to 5GiB), sent in parallel; a rerun resumes them' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l segment-concurrency -d 'Plain Swift only: segments in flight at once' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s r -l recursive -d 'Upload a directory with everything in it'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l public -d 'Publish the object and print its public URL'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l if-not-exists -d 'Skip objects that already exist instead of failing'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l overwrite -d 'Replace existing objects (their old data stays in their versions)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l version -d 'This version instead of the current one' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l threads -d 'Ranged requests in flight at once' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s r -l recursive -d 'Download a folder or container with everything in it'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l resume -d 'Reuse the blocks of an existing local file and fetch only those that differ'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l overwrite -d 'Replace existing local files'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l version -d 'Copy this version of the source' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s r -l recursive -d 'Copy (move) a folder with everything under it'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l overwrite -d 'Replace existing destination objects'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l version -d 'Copy this version of the source' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s r -l recursive -d 'Copy (move) a folder with everything under it'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l overwrite -d 'Replace existing destination objects'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s r -l recursive -d 'Delete a folder with everything under it'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l purge -d 'Delete for good instead of moving to the trash'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -f -a "list" -d 'List what is in the trash'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -f -a "restore" -d 'Move an object (or, with -r, a folder) from the trash back where it was deleted from'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -f -a "empty" -d 'Delete everything in the trash for good'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -l read -d 'Users (uuid or email) or your groups that may read; `*` for everyone' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -l write -d 'Users (uuid or email) or your groups that may write' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from others" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from others" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from others" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from others" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from others" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from others" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from others" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from others" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from others" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from others" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from others" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from others" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -f -a "list" -d 'List your groups and their members'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -f -a "create" -d 'Create (or replace) a group'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -f -a "delete" -d 'Delete a group'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -f -a "add-member" -d 'Add members to a group'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -f -a "remove-member" -d 'Remove members from a group'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -l dry-run -d 'Print the plan without changing anything'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "container" -d 'Containers: list, info, create, delete, empty, reassign'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the objects of a container (or under a folder)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show an object\'s details (or a container\'s), or its hashmap'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "metadata" -d 'An object\'s user metadata: list, set, delete'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "mkdir" -d 'Create a folder (a directory object)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "touch" -d 'Create an empty object, unless it exists'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "cat" -d 'Print an object\'s contents to stdout'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Upload a file (or, with -r, a directory; `-` reads stdin)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "download" -d 'Download an object (or, with -r, a folder or container)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy objects on the server (across containers and accounts)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "move" -d 'Move objects on the server (across containers and accounts)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Move objects to the trash (or, with --purge, delete them for good)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "trash" -d 'The trash: list, restore, empty'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "share" -d 'Let users or groups read or write an object or folder'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "unshare" -d 'Stop sharing an object or folder'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "shared" -d 'What you share with others'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "publish" -d 'Publish an object: anyone with the printed URL can read it'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "unpublish" -d 'Withdraw an object\'s public URL'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "others" -d 'Accounts that share with you; then their containers or objects'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "group" -d 'Account groups, usable in sharing as `GROUP`'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "versions" -d 'The versions of an object'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "restore-version" -d 'Make an old version of an object the current one (the newer ones stay in history)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Synchronise a local directory with a remote folder, both ways'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -l datacenter -d 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -f -a "account" -d 'Show the account (login, email, names)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -f -a "key" -d 'The account\'s SSH public keys, which sign CloudAPI requests'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -f -a "datacenter" -d 'The datacenters of the cloud'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -f -a "dataset" -d '6.5-era datasets: images named by URN (`sdc:sdc:base64:13.4.0`)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -f -a "image" -d 'Images machines are created from'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -f -a "package" -d 'Packages: the sizes of machines (memory, disk, CPU)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -f -a "network" -d 'Networks machines can attach to'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -f -a "machine" -d 'Machines: list, create, start, stop, reboot, resize, delete, wait, snapshots, metadata and tags'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -l datacenter -d 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -l datacenter -d 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -f -a "list" -d 'List the account\'s keys'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -f -a "get" -d 'Show a key by name or MD5 fingerprint'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -f -a "add" -d 'Register a public key (`~/.ssh/id_ed25519.pub`) under a name'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -f -a "delete" -d 'Remove keys by name or MD5 fingerprint'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -l datacenter -d 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -f -a "list" -d 'List the datacenters and their CloudAPI URLs'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -l datacenter -d 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -f -a "list" -d 'List datasets with their URNs; `default` marks the datacenter\'s default'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -f -a "get" -d 'Show a dataset by id, URN, name or partial URN (`sdc:sdc:base64:` is the newest)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -l datacenter -d 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -f -a "list" -d 'List images'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -f -a "get" -d 'Show an image by id, short id, NAME@VERSION, NAME (the newest) or URN'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -l datacenter -d 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -f -a "list" -d 'List packages'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -f -a "get" -d 'Show a package by name, id or short id'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -f -a "default" -d 'Show the datacenter\'s default package'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -l datacenter -d 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -f -a "list" -d 'List networks'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -f -a "get" -d 'Show a network by name, id or short id'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -l datacenter -d 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -f -a "list" -d 'List machines (all of them: pages past CloudAPI\'s 1000 per request)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -f -a "count" -d 'Count machines matching the filters'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -f -a "get" -d 'Show a machine by id, name or short id'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -f -a "create" -d 'Create a machine; image and package default to the datacenter\'s'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -f -a "start" -d 'Start stopped machines'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -f -a "stop" -d 'Stop running machines'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -f -a "reboot" -d 'Reboot running machines'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -f -a "delete" -d 'Delete machines'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -f -a "resize" -d 'Change a machine\'s package (same brand only)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -f -a "rename" -d 'Rename a machine'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -f -a "update" -d 'Turn a machine\'s firewall or deletion protection on or off'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -f -a "wait" -d 'Wait until machines reach a state, or leave one; `--timeout` bounds the wait, exit code 124 when it passes'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -f -a "ssh" -d 'Log in with the system `ssh`: to the machine\'s primary IP, as the user its image names (`default_user` tag; `root` on SmartOS), or through the bastion machine its `tritoncli.ssh.proxy` tag names'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -f -a "audit" -d 'What was done to a machine, newest first'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -f -a "snapshot" -d 'A machine\'s snapshots'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -f -a "metadata" -d 'A machine\'s metadata (key/value strings readable inside the machine)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -f -a "tag" -d 'A machine\'s tags'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from help" -f -a "account" -d 'Show the account (login, email, names)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from help" -f -a "key" -d 'The account\'s SSH public keys, which sign CloudAPI requests'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from help" -f -a "datacenter" -d 'The datacenters of the cloud'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from help" -f -a "dataset" -d '6.5-era datasets: images named by URN (`sdc:sdc:base64:13.4.0`)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from help" -f -a "image" -d 'Images machines are created from'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from help" -f -a "package" -d 'Packages: the sizes of machines (memory, disk, CPU)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from help" -f -a "network" -d 'Networks machines can attach to'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from help" -f -a "machine" -d 'Machines: list, create, start, stop, reboot, resize, delete, wait, snapshots, metadata and tags'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -f -a "controller" -d 'The controller: version and properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -f -a "c" -d 'The controller: version and properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -f -a "node" -d 'Satellites and other nodes'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -f -a "n" -d 'Satellites and other nodes'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -f -a "storage-pool" -d 'Storage pools on nodes, with their capacity'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -f -a "sp" -d 'Storage pools on nodes, with their capacity'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -f -a "resource-group" -d 'Resource groups: templates to spawn resources from'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -f -a "rg" -d 'Resource groups: templates to spawn resources from'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -f -a "resource-definition" -d 'Resource definitions: a resource\'s name, port and properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -f -a "rd" -d 'Resource definitions: a resource\'s name, port and properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -f -a "volume-definition" -d 'Volume definitions: the volumes (and sizes) of a resource'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -f -a "vd" -d 'Volume definitions: the volumes (and sizes) of a resource'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -f -a "resource" -d 'Resources: replicas on nodes, placement, assignment state and waiting'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -f -a "r" -d 'Resources: replicas on nodes, placement, assignment state and waiting'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -f -a "kv" -d 'A key-value store instance, with namespaces'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -f -a "key-value-store" -d 'A key-value store instance, with namespaces'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -f -a "version" -d 'The controller\'s version and REST API version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -f -a "v" -d 'The controller\'s version and REST API version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -f -a "list-properties" -d 'The controller\'s properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -f -a "lp" -d 'The controller\'s properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -f -a "set-property" -d 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default `sandbox serve --linstor-sync-delay`, else 1000)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -f -a "sp" -d 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default `sandbox serve --linstor-sync-delay`, else 1000)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -f -a "version" -d 'The controller\'s version and REST API version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -f -a "v" -d 'The controller\'s version and REST API version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -f -a "list-properties" -d 'The controller\'s properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -f -a "lp" -d 'The controller\'s properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -f -a "set-property" -d 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default `sandbox serve --linstor-sync-delay`, else 1000)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -f -a "sp" -d 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default `sandbox serve --linstor-sync-delay`, else 1000)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -f -a "list" -d 'List nodes with their address and connection state'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -f -a "l" -d 'List nodes with their address and connection state'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -f -a "info" -d 'Show one node'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -f -a "create" -d 'Register a node'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -f -a "c" -d 'Register a node'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -f -a "delete" -d 'Delete a node that holds no resources'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -f -a "d" -d 'Delete a node that holds no resources'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -f -a "lost" -d 'Delete a node that is gone for good, with its resources'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -f -a "lo" -d 'Delete a node that is gone for good, with its resources'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -f -a "reconnect" -d 'Reconnect to a node\'s satellite'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -f -a "rc" -d 'Reconnect to a node\'s satellite'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -f -a "set-property" -d 'Set a node property, or delete it when no value is given (in the sandbox, `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -f -a "sp" -d 'Set a node property, or delete it when no value is given (in the sandbox, `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -f -a "list-properties" -d 'List a node\'s properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -f -a "lp" -d 'List a node\'s properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -f -a "interface" -d 'A node\'s network interfaces'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -f -a "i" -d 'A node\'s network interfaces'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -f -a "list" -d 'List nodes with their address and connection state'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -f -a "l" -d 'List nodes with their address and connection state'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -f -a "info" -d 'Show one node'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -f -a "create" -d 'Register a node'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -f -a "c" -d 'Register a node'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -f -a "delete" -d 'Delete a node that holds no resources'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -f -a "d" -d 'Delete a node that holds no resources'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -f -a "lost" -d 'Delete a node that is gone for good, with its resources'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -f -a "lo" -d 'Delete a node that is gone for good, with its resources'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -f -a "reconnect" -d 'Reconnect to a node\'s satellite'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -f -a "rc" -d 'Reconnect to a node\'s satellite'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -f -a "set-property" -d 'Set a node property, or delete it when no value is given (in the sandbox, `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -f -a "sp" -d 'Set a node property, or delete it when no value is given (in the sandbox, `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -f -a "list-properties" -d 'List a node\'s properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -f -a "lp" -d 'List a node\'s properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -f -a "interface" -d 'A node\'s network interfaces'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -f -a "i" -d 'A node\'s network interfaces'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from n" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from storage-pool" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from storage-pool" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from storage-pool" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from storage-pool" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from storage-pool" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from storage-pool" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from storage-pool" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from storage-pool" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from storage-pool" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from storage-pool" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from storage-pool" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from storage-pool" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from storage-pool" -f -a "list" -d 'List storage pools with their free and total capacity'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from storage-pool" -f -a "l" -d 'List storage pools with their free and total capacity'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from storage-pool" -f -a "create" -d 'Create a storage pool on a node'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from storage-pool" -f -a "c" -d 'Create a storage pool on a node'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from storage-pool" -f -a "delete" -d 'Delete a storage pool that no resource uses'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from storage-pool" -f -a "d" -d 'Delete a storage pool that no resource uses'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from storage-pool" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from sp" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from sp" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from sp" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from sp" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from sp" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from sp" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from sp" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from sp" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from sp" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from sp" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from sp" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from sp" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from sp" -f -a "list" -d 'List storage pools with their free and total capacity'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from sp" -f -a "l" -d 'List storage pools with their free and total capacity'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from sp" -f -a "create" -d 'Create a storage pool on a node'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from sp" -f -a "c" -d 'Create a storage pool on a node'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from sp" -f -a "delete" -d 'Delete a storage pool that no resource uses'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from sp" -f -a "d" -d 'Delete a storage pool that no resource uses'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from sp" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -f -a "list" -d 'List resource groups and their placement rules'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -f -a "l" -d 'List resource groups and their placement rules'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -f -a "create" -d 'Create a resource group'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -f -a "c" -d 'Create a resource group'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -f -a "delete" -d 'Delete a resource group that no resource definition uses'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -f -a "d" -d 'Delete a resource group that no resource definition uses'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -f -a "spawn" -d 'Create a resource definition with volumes from a group, and place it by the group\'s rules'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -f -a "spawn-resources" -d 'Create a resource definition with volumes from a group, and place it by the group\'s rules'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-group" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -f -a "list" -d 'List resource groups and their placement rules'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -f -a "l" -d 'List resource groups and their placement rules'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -f -a "create" -d 'Create a resource group'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -f -a "c" -d 'Create a resource group'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -f -a "delete" -d 'Delete a resource group that no resource definition uses'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -f -a "d" -d 'Delete a resource group that no resource definition uses'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -f -a "spawn" -d 'Create a resource definition with volumes from a group, and place it by the group\'s rules'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -f -a "spawn-resources" -d 'Create a resource definition with volumes from a group, and place it by the group\'s rules'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rg" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -f -a "list" -d 'List resource definitions'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -f -a "l" -d 'List resource definitions'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -f -a "create" -d 'Create a resource definition'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -f -a "c" -d 'Create a resource definition'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -f -a "delete" -d 'Delete a resource definition with its volumes and replicas'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -f -a "d" -d 'Delete a resource definition with its volumes and replicas'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -f -a "set-property" -d 'Set a property, or delete it when no value is given'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -f -a "sp" -d 'Set a property, or delete it when no value is given'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -f -a "list-properties" -d 'List a resource definition\'s properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -f -a "lp" -d 'List a resource definition\'s properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -f -a "drbd-options" -d 'Set DRBD options of a resource'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -f -a "opt" -d 'Set DRBD options of a resource'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource-definition" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -f -a "list" -d 'List resource definitions'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -f -a "l" -d 'List resource definitions'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -f -a "create" -d 'Create a resource definition'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -f -a "c" -d 'Create a resource definition'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -f -a "delete" -d 'Delete a resource definition with its volumes and replicas'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -f -a "d" -d 'Delete a resource definition with its volumes and replicas'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -f -a "set-property" -d 'Set a property, or delete it when no value is given'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -f -a "sp" -d 'Set a property, or delete it when no value is given'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -f -a "list-properties" -d 'List a resource definition\'s properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -f -a "lp" -d 'List a resource definition\'s properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -f -a "drbd-options" -d 'Set DRBD options of a resource'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -f -a "opt" -d 'Set DRBD options of a resource'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from rd" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -f -a "list" -d 'List volume definitions'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -f -a "l" -d 'List volume definitions'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -f -a "create" -d 'Add a volume to a resource definition'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -f -a "c" -d 'Add a volume to a resource definition'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -f -a "delete" -d 'Delete a volume definition'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -f -a "d" -d 'Delete a volume definition'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -f -a "resize" -d 'Grow a volume'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -f -a "set-size" -d 'Grow a volume'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from volume-definition" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -f -a "list" -d 'List volume definitions'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -f -a "l" -d 'List volume definitions'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -f -a "create" -d 'Add a volume to a resource definition'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -f -a "c" -d 'Add a volume to a resource definition'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -f -a "delete" -d 'Delete a volume definition'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -f -a "d" -d 'Delete a volume definition'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -f -a "resize" -d 'Grow a volume'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -f -a "set-size" -d 'Grow a volume'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from vd" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "list" -d 'List replicas with their state'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "l" -d 'List replicas with their state'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "create" -d 'Create a replica of a resource on a node'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "c" -d 'Create a replica of a resource on a node'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "delete" -d 'Delete a replica'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "d" -d 'Delete a replica'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "toggle-disk" -d 'Turn a diskless replica diskful, or (with `--diskless`) the other way round'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "td" -d 'Turn a diskless replica diskful, or (with `--diskless`) the other way round'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "place" -d 'Define a resource with one volume and place it N-times redundant on distinct nodes (on an existing resource: add diskful replicas up to N)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "resize" -d 'Grow a volume to SIZE, or by +SIZE'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "activate" -d 'Add a diskless replica on a node, only if the node has none yet'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "act" -d 'Add a diskless replica on a node, only if the node has none yet'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "deactivate" -d 'Remove a node\'s replica, only if it is diskless (redundancy never drops)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "deact" -d 'Remove a node\'s replica, only if it is diskless (redundancy never drops)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "make-diskful" -d 'Make the node\'s replica diskful, creating or converting it as needed'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "make-diskless" -d 'Make the node\'s replica diskless, creating or converting it as needed'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "unassign" -d 'Remove the node\'s replica, whatever it is'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "dual-primary" -d 'Allow (on) or forbid (off) two primaries at once, e.g. for live migration'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "info" -d 'Where a resource lives: diskful and diskless nodes, states, devices and backing disks'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "wait" -d 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait, exit code 124 when it passes'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "list" -d 'List replicas with their state'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "l" -d 'List replicas with their state'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "create" -d 'Create a replica of a resource on a node'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "c" -d 'Create a replica of a resource on a node'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "delete" -d 'Delete a replica'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "d" -d 'Delete a replica'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "toggle-disk" -d 'Turn a diskless replica diskful, or (with `--diskless`) the other way round'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "td" -d 'Turn a diskless replica diskful, or (with `--diskless`) the other way round'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "place" -d 'Define a resource with one volume and place it N-times redundant on distinct nodes (on an existing resource: add diskful replicas up to N)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "resize" -d 'Grow a volume to SIZE, or by +SIZE'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "activate" -d 'Add a diskless replica on a node, only if the node has none yet'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "act" -d 'Add a diskless replica on a node, only if the node has none yet'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "deactivate" -d 'Remove a node\'s replica, only if it is diskless (redundancy never drops)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "deact" -d 'Remove a node\'s replica, only if it is diskless (redundancy never drops)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "make-diskful" -d 'Make the node\'s replica diskful, creating or converting it as needed'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "make-diskless" -d 'Make the node\'s replica diskless, creating or converting it as needed'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "unassign" -d 'Remove the node\'s replica, whatever it is'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "dual-primary" -d 'Allow (on) or forbid (off) two primaries at once, e.g. for live migration'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "info" -d 'Where a resource lives: diskful and diskless nodes, states, devices and backing disks'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "wait" -d 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait, exit code 124 when it passes'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -l instance -d 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -l namespace -d 'The namespace keys are relative to, e.g. `/foo/bar/`' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -f -a "list" -d 'List the keys of the namespace (or, without `--instance`, the instances)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -f -a "l" -d 'List the keys of the namespace (or, without `--instance`, the instances)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -f -a "get" -d 'Show one key\'s value'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -f -a "set" -d 'Set a key'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -f -a "delete" -d 'Delete a key'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -f -a "d" -d 'Delete a key'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -f -a "delete-namespace" -d 'Delete every key in the namespace (with `--namespace /`, the whole instance)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -l instance -d 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -l namespace -d 'The namespace keys are relative to, e.g. `/foo/bar/`' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -f -a "list" -d 'List the keys of the namespace (or, without `--instance`, the instances)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -f -a "l" -d 'List the keys of the namespace (or, without `--instance`, the instances)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -f -a "get" -d 'Show one key\'s value'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -f -a "set" -d 'Set a key'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -f -a "delete" -d 'Delete a key'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -f -a "d" -d 'Delete a key'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -f -a "delete-namespace" -d 'Delete every key in the namespace (with `--namespace /`, the whole instance)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from help" -f -a "controller" -d 'The controller: version and properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from help" -f -a "node" -d 'Satellites and other nodes'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from help" -f -a "storage-pool" -d 'Storage pools on nodes, with their capacity'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from help" -f -a "resource-group" -d 'Resource groups: templates to spawn resources from'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from help" -f -a "resource-definition" -d 'Resource definitions: a resource\'s name, port and properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from help" -f -a "volume-definition" -d 'Volume definitions: the volumes (and sizes) of a resource'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from help" -f -a "resource" -d 'Resources: replicas on nodes, placement, assignment state and waiting'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from help" -f -a "kv" -d 'A key-value store instance, with namespaces'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -l state -d 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -f -a "build" -d 'Build an infrastructure from its description, level by level; roll back on failure'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -f -a "destroy" -d 'Destroy every node of an infrastructure, last level first, and forget it'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -f -a "maintain" -d 'List infrastructures, report on one, or maintain one (health, recovery, scaling)'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -f -a "scale" -d 'Request scaling of a node; the next maintenance pass applies it'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -f -a "import" -d 'Import node definitions (a new version of each type) for later builds'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -f -a "serve" -d 'Serve the Occopus REST API and maintain attached infrastructures'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -l state -d 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -s i -l infra-id -d 'Reconfigure this existing infrastructure by difference instead of building a new one' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -l parallelize -d 'Build the independent nodes of each level at the same time'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -l state -d 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -s i -l infra-id -d 'The infrastructure to destroy (the instances of each level are destroyed at the same time)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -l state -d 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s i -l infra-id -d 'The infrastructure to report on or maintain' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s t -l interval -d 'Seconds between maintenance passes' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s O -l output-file -d 'With `-r`: also write one line per instance (node, node id, addresses) to FILE' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s f -l filter -d 'With `-r`: report only this node' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s l -l list -d 'List the known infrastructures'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s r -l report -d 'Report the nodes, instances, addresses, states and scaling of an infrastructure'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s c -l cyclic -d 'Keep maintaining, one pass every `-t` seconds, until interrupted'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -l parallelize -d 'Create the missing nodes of a level at the same time'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -l state -d 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -s i -l infra-id -d 'The infrastructure' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -s n -l node -d 'The node to scale' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -s c -l changescale -d 'Add (+N) or remove (-N) instances' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -s s -l setscale -d 'Set the instance count' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -s f -l filter -d 'The instance to remove when scaling down (node id, cloud id or address)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -l state -d 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l state -d 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l host -d 'The address to listen on (loopback by default: the API can create servers)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l port -d 'The port to listen on (0 picks a free one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -s t -l interval -d 'Seconds between maintenance passes of each attached infrastructure' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l parallelize -d 'Create the missing nodes of a level at the same time'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "build" -d 'Build an infrastructure from its description, level by level; roll back on failure'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "destroy" -d 'Destroy every node of an infrastructure, last level first, and forget it'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "maintain" -d 'List infrastructures, report on one, or maintain one (health, recovery, scaling)'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "scale" -d 'Request scaling of a node; the next maintenance pass applies it'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import node definitions (a new version of each type) for later builds'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the Occopus REST API and maintain attached infrastructures'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -f -a "list" -d 'List every key and value (secrets redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -f -a "get" -d 'Print one value, e.g. `default_cloud` or `clouds.demo.url`'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -f -a "set" -d 'Set a value, e.g. `kamaki config set clouds.demo.url https://HOST/identity/v2.0`'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -f -a "unset" -d 'Remove a key (or a whole cloud: `clouds.NAME`)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -f -a "path" -d 'Print where the config file is'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -f -a "edit" -d 'Open the config file in `$EDITOR`; it is saved only if it is valid'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -f -a "import-kamakirc" -d 'Import the clouds of a kamaki 0.16 `~/.kamakirc`'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from unset" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from unset" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from unset" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from unset" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from unset" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from unset" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from unset" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from path" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from path" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from path" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from path" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from path" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from path" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from path" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from edit" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from edit" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from edit" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from edit" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from edit" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from edit" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from edit" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from edit" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from import-kamakirc" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from import-kamakirc" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from import-kamakirc" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from import-kamakirc" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from import-kamakirc" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from import-kamakirc" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from import-kamakirc" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from import-kamakirc" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from import-kamakirc" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from import-kamakirc" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from import-kamakirc" -l replace -d 'Replace clouds that already exist with the same name'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from import-kamakirc" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from import-kamakirc" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every key and value (secrets redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print one value, e.g. `default_cloud` or `clouds.demo.url`'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a value, e.g. `kamaki config set clouds.demo.url https://HOST/identity/v2.0`'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a key (or a whole cloud: `clouds.NAME`)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print where the config file is'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Open the config file in `$EDITOR`; it is saved only if it is valid'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "import-kamakirc" -d 'Import the clouds of a kamaki 0.16 `~/.kamakirc`'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand completions" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand completions" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand completions" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand completions" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand completions" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand completions" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand completions" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand completions" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand completions" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand completions" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand completions" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand completions" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -f -a "serve" -d 'Serve the sandbox until interrupted; prints its endpoints and the demo user\'s token'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -f -a "faults" -d 'Change the injected faults of a running sandbox (the selected cloud\'s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l bind -d 'Address of the Synnefo API port; CloudAPI and LINSTOR use the next two ports (or free ones when the port is 0)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sdc-bind -d 'Address of the CloudAPI port [default: the API port + 1]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l linstor-bind -d 'Address of the LINSTOR controller port [default: the API port + 2]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l data -d 'Where the sandbox keeps its state [default: the platform data dir]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sdc-key -d 'A public key (`FILE.pub`) to register for the demo CloudAPI account; repeatable' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sdc-delay -d 'How long CloudAPI machine transitions take, e.g. `1s`, `200ms` [default: the config\'s `sandbox.sdc_delay`, else 1s]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l build-delay -d 'How long a Cyclades server stays in BUILD; reboots, starts, stops, deletes and attachments take half as long [default: the config\'s `sandbox.build_delay`, else 1s]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l linstor-sync-delay -d 'How long a new LINSTOR disk stays Inconsistent before it is UpToDate, also after its satellite reconnects [default: the config\'s `sandbox.linstor_sync_delay`, else 1s]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l latency-ms -d 'Latency added to every request, in milliseconds' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l error-rate -d 'Probability (0–1) that a request fails with 503' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fail-next -d 'Fail the next N requests with 503' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fail-method -d 'Inject 503s only into requests with this method, e.g. POST (repeatable) [default: every method]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fail-path -d 'Inject 503s only into requests whose path contains this text, e.g. `/servers`' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l drop-rate -d 'Probability (0–1) that a new connection is dropped' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l drop-next -d 'Drop the next N connections' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l print-env -d 'Print shell `export` lines instead of the endpoints'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l retries -d 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l latency-ms -d 'Latency added to every request, in milliseconds' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l error-rate -d 'Probability (0–1) that a request fails with 503' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l fail-next -d 'Fail the next N requests with 503' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l fail-method -d 'Inject 503s only into requests with this method, e.g. POST (repeatable) [default: every method]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l fail-path -d 'Inject 503s only into requests whose path contains this text, e.g. `/servers`' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l drop-rate -d 'Probability (0–1) that a new connection is dropped' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l drop-next -d 'Drop the next N connections' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the sandbox until interrupted; prints its endpoints and the demo user\'s token'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "faults" -d 'Change the injected faults of a running sandbox (the selected cloud\'s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos server network volume image file sdc linstor infra config completions sandbox help" -f -a "astakos" -d 'Identity, quotas, projects and memberships (Synnefo Astakos)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos server network volume image file sdc linstor infra config completions sandbox help" -f -a "server" -d 'Virtual machines, flavors, images, key pairs (Synnefo Cyclades compute)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos server network volume image file sdc linstor infra config completions sandbox help" -f -a "network" -d 'Networks, subnets, ports and floating IPs (Synnefo Cyclades network)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos server network volume image file sdc linstor infra config completions sandbox help" -f -a "volume" -d 'Volumes, volume types and snapshots (Synnefo Cyclades block storage)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos server network volume image file sdc linstor infra config completions sandbox help" -f -a "image" -d 'Images: register Pithos files as images, list, share and unregister them (Plankton)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos server network volume image file sdc linstor infra config completions sandbox help" -f -a "file" -d 'Object storage: files, containers, sharing, versions, sync (Pithos, or plain Swift)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos server network volume image file sdc linstor infra config completions sandbox help" -f -a "sdc" -d 'Joyent SmartDataCenter / Triton CloudAPI: machines, images, packages, keys'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos server network volume image file sdc linstor infra config completions sandbox help" -f -a "linstor" -d 'LINSTOR: nodes, storage pools, resources with placement, and the KV store'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos server network volume image file sdc linstor infra config completions sandbox help" -f -a "infra" -d 'Build, maintain, scale and destroy multi-node infrastructures (Occopus-style)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos server network volume image file sdc linstor infra config completions sandbox help" -f -a "config" -d 'Read and change the config file'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos server network volume image file sdc linstor infra config completions sandbox help" -f -a "completions" -d 'Print a shell completion script'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos server network volume image file sdc linstor infra config completions sandbox help" -f -a "sandbox" -d 'Run the built-in local cloud'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos server network volume image file sdc linstor infra config completions sandbox help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from astakos" -f -a "authenticate" -d 'Authenticate the token and show the user and the service catalog'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from astakos" -f -a "user" -d 'The user: info, and uuid/username lookups'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from astakos" -f -a "quota" -d 'Resource usage and limits per project'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from astakos" -f -a "resource" -d 'Quotable resources'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from astakos" -f -a "project" -d 'Projects: list, info, join, leave'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from astakos" -f -a "membership" -d 'Your project memberships'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "list" -d 'List your servers'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "info" -d 'Show a server: status, addresses, attachments, volumes, metadata, project'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "create" -d 'Create a server, or a cluster of servers with `--cluster-size`'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "wait" -d 'Wait for a server to reach or leave a state [default: while BUILD]; `--timeout` bounds the wait, exit code 124 when it passes'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "reboot" -d 'Reboot an active server'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "start" -d 'Start a stopped server'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "shutdown" -d 'Shut a server down'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "delete" -d 'Delete servers (their ports and root volumes go with them)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "resize" -d 'Change the flavor of a stopped server'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "reassign" -d 'Move a stopped server (and its quota usage) to another project'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "rename" -d 'Rename a server'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "metadata" -d 'Server metadata'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "console" -d 'Connection details of a server\'s VNC console'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "stats" -d 'Where the CPU and network usage graphs of a server are'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "ssh" -d 'Log in with the system `ssh`: to the server\'s public IPv4, as the first user its image lists, or through the bastion server its `kamaki.ssh.proxy` metadata names'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "flavor" -d 'Hardware templates servers are built from'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "image" -d 'Images servers can boot (the compute view)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "keypair" -d 'SSH key pairs for new servers'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "quota" -d 'Server-related quotas (VMs, CPUs, RAM, disk, IPs, networks) per project'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "list" -d 'List the public networks and your private ones'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "info" -d 'Show a network'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "create" -d 'Create a private network'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "delete" -d 'Delete private networks (disconnect their servers first)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "rename" -d 'Rename a network'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "reassign" -d 'Move a network (and its quota usage) to another project'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "connect" -d 'Connect a server to a network (creates a port)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "disconnect" -d 'Disconnect a server from a network (deletes its ports there)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "subnet" -d 'Subnets: the address ranges of networks'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "port" -d 'Ports: the connections between networks and servers'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "ip" -d 'Floating (public) IP addresses'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "list" -d 'List your volumes'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "info" -d 'Show a volume'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "create" -d 'Create a volume, optionally attached to a server'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "delete" -d 'Delete volumes (detach them first)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "rename" -d 'Rename a volume'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "reassign" -d 'Move a volume (and its quota usage) to another project'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "attach" -d 'Plug a volume into a server'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "detach" -d 'Unplug a volume from its server'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "wait" -d 'Wait for a volume to reach or leave a state [default: while creating]; `--timeout` bounds the wait, exit code 124 when it passes'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "type" -d 'Volume types'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "snapshot" -d 'Volume snapshots'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "list" -d 'List the images you may use: yours, public ones, and those shared with you'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "info" -d 'Show an image, by id or by the Pithos location of its file'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "register" -d 'Register a Pithos file as an image, uploading a local file first if asked'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "modify" -d 'Change an image\'s name, formats, visibility or properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "unregister" -d 'Unregister an image; its file stays in Pithos unless `--delete-file` is given'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "members" -d 'The users an image is shared with'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from linstor" -f -a "controller" -d 'The controller: version and properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from linstor" -f -a "node" -d 'Satellites and other nodes'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from linstor" -f -a "storage-pool" -d 'Storage pools on nodes, with their capacity'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from linstor" -f -a "resource-group" -d 'Resource groups: templates to spawn resources from'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from linstor" -f -a "resource-definition" -d 'Resource definitions: a resource\'s name, port and properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from linstor" -f -a "volume-definition" -d 'Volume definitions: the volumes (and sizes) of a resource'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from linstor" -f -a "resource" -d 'Resources: replicas on nodes, placement, assignment state and waiting'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from linstor" -f -a "kv" -d 'A key-value store instance, with namespaces'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List every key and value (secrets redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print one value, e.g. `default_cloud` or `clouds.demo.url`'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a value, e.g. `kamaki config set clouds.demo.url https://HOST/identity/v2.0`'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a key (or a whole cloud: `clouds.NAME`)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print where the config file is'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "edit" -d 'Open the config file in `$EDITOR`; it is saved only if it is valid'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "import-kamakirc" -d 'Import the clouds of a kamaki 0.16 `~/.kamakirc`'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve the sandbox until interrupted; prints its endpoints and the demo user\'s token'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "faults" -d 'Change the injected faults of a running sandbox (the selected cloud\'s)'
