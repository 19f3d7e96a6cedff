# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kamaki_global_optspecs
    string join \n cloud= config= o/output= columns= no-header v/verbose q/quiet timeout= ca-cert= h/help V/version
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
complete -c kamaki -n "__fish_kamaki_needs_command" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_needs_command" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_needs_command" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_needs_command" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_needs_command" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "astakos" -d 'Identity, quotas, projects and memberships (Synnefo Astakos)'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "config" -d 'Read and change the config file'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "sandbox" -d 'Run the built-in local cloud'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "linstor" -d 'LINSTOR: nodes, storage pools, resources with placement, and the KV store'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand astakos; and not __fish_seen_subcommand_from authenticate user quota resource project membership help" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
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
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from list get set unset path edit import-kamakirc help" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
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
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from import-kamakirc" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from import-kamakirc" -l replace -d 'Replace clouds that already exist with the same name'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from import-kamakirc" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from import-kamakirc" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from import-kamakirc" -s q -l quiet -d 'No progress bars or warnings'
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
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -f -a "serve" -d 'Serve the sandbox until interrupted; prints its endpoints and the demo user\'s token'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -f -a "faults" -d 'Change the injected faults of a running sandbox (the selected cloud\'s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and not __fish_seen_subcommand_from serve faults help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l bind -d 'Address of the Synnefo API port; CloudAPI and LINSTOR use the next two ports (or free ones when the port is 0)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sdc-bind -d 'Address of the CloudAPI port [default: the API port + 1]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l linstor-bind -d 'Address of the LINSTOR controller port [default: the API port + 2]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l data -d 'Where the sandbox keeps its state [default: the platform data dir]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sdc-key -d 'A public key (`FILE.pub`) to register for the demo CloudAPI account; repeatable' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l latency-ms -d 'Latency added to every request, in milliseconds' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l error-rate -d 'Probability (0–1) that a request fails with 503' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fail-next -d 'Fail the next N requests with 503' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l drop-rate -d 'Probability (0–1) that a new connection is dropped' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l drop-next -d 'Drop the next N connections' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l print-env -d 'Print shell `export` lines instead of the endpoints'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l latency-ms -d 'Latency added to every request, in milliseconds' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l error-rate -d 'Probability (0–1) that a request fails with 503' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l fail-next -d 'Fail the next N requests with 503' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l drop-rate -d 'Probability (0–1) that a new connection is dropped' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l drop-next -d 'Drop the next N connections' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the sandbox until interrupted; prints its endpoints and the demo user\'s token'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "faults" -d 'Change the injected faults of a running sandbox (the selected cloud\'s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and not __fish_seen_subcommand_from controller c node n storage-pool sp resource-group rg resource-definition rd volume-definition vd resource r kv key-value-store help" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
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
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -f -a "set-property" -d 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default 1000)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -f -a "sp" -d 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default 1000)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from controller" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
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
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -f -a "set-property" -d 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default 1000)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -f -a "sp" -d 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default 1000)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from c" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from node" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
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
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "wait" -d 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from resource" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
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
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "wait" -d 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from r" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -l instance -d 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -l namespace -d 'The namespace keys are relative to, e.g. `/foo/bar/`' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from kv" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
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
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -l instance -d 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -l namespace -d 'The namespace keys are relative to, e.g. `/foo/bar/`' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand linstor; and __fish_seen_subcommand_from key-value-store" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
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
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos config completions sandbox linstor help" -f -a "astakos" -d 'Identity, quotas, projects and memberships (Synnefo Astakos)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos config completions sandbox linstor help" -f -a "config" -d 'Read and change the config file'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos config completions sandbox linstor help" -f -a "completions" -d 'Print a shell completion script'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos config completions sandbox linstor help" -f -a "sandbox" -d 'Run the built-in local cloud'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos config completions sandbox linstor help" -f -a "linstor" -d 'LINSTOR: nodes, storage pools, resources with placement, and the KV store'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos config completions sandbox linstor help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from astakos" -f -a "authenticate" -d 'Authenticate the token and show the user and the service catalog'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from astakos" -f -a "user" -d 'The user: info, and uuid/username lookups'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from astakos" -f -a "quota" -d 'Resource usage and limits per project'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from astakos" -f -a "resource" -d 'Quotable resources'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from astakos" -f -a "project" -d 'Projects: list, info, join, leave'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from astakos" -f -a "membership" -d 'Your project memberships'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List every key and value (secrets redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print one value, e.g. `default_cloud` or `clouds.demo.url`'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a value, e.g. `kamaki config set clouds.demo.url https://HOST/identity/v2.0`'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a key (or a whole cloud: `clouds.NAME`)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print where the config file is'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "edit" -d 'Open the config file in `$EDITOR`; it is saved only if it is valid'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "import-kamakirc" -d 'Import the clouds of a kamaki 0.16 `~/.kamakirc`'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve the sandbox until interrupted; prints its endpoints and the demo user\'s token'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "faults" -d 'Change the injected faults of a running sandbox (the selected cloud\'s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from linstor" -f -a "controller" -d 'The controller: version and properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from linstor" -f -a "node" -d 'Satellites and other nodes'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from linstor" -f -a "storage-pool" -d 'Storage pools on nodes, with their capacity'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from linstor" -f -a "resource-group" -d 'Resource groups: templates to spawn resources from'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from linstor" -f -a "resource-definition" -d 'Resource definitions: a resource\'s name, port and properties'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from linstor" -f -a "volume-definition" -d 'Volume definitions: the volumes (and sizes) of a resource'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from linstor" -f -a "resource" -d 'Resources: replicas on nodes, placement, assignment state and waiting'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from linstor" -f -a "kv" -d 'A key-value store instance, with namespaces'
