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
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "infra" -d 'Build, maintain, scale and destroy multi-node infrastructures (Occopus-style)'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "sdc" -d 'Joyent SmartDataCenter / Triton CloudAPI: machines, images, packages, keys'
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
complete -c kamaki -n "__fish_kamaki_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sdc-delay -d 'How long CloudAPI machine transitions take, e.g. `1s`, `200ms` [default: 1s]' -r
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
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -l state -d 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and not __fish_seen_subcommand_from build destroy maintain scale import serve help" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
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
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -s i -l infra-id -d 'Reconfigure this existing infrastructure by difference instead of building a new one' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -l state -d 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -l parallelize -d 'Build the independent nodes of each level at the same time'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from build" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -s i -l infra-id -d 'The infrastructure to destroy (the instances of each level are destroyed at the same time)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -l state -d 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from destroy" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s i -l infra-id -d 'The infrastructure to report on or maintain' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s t -l interval -d 'Seconds between maintenance passes' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s O -l output-file -d 'With `-r`: also write one line per instance (node, node id, addresses) to FILE' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s f -l filter -d 'With `-r`: report only this node' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -l state -d 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s l -l list -d 'List the known infrastructures'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s r -l report -d 'Report the nodes, instances, addresses, states and scaling of an infrastructure'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s c -l cyclic -d 'Keep maintaining, one pass every `-t` seconds, until interrupted'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -l parallelize -d 'Create the missing nodes of a level at the same time'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from maintain" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -s i -l infra-id -d 'The infrastructure' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -s n -l node -d 'The node to scale' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -s c -l changescale -d 'Add (+N) or remove (-N) instances' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -s s -l setscale -d 'Set the instance count' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -s f -l filter -d 'The instance to remove when scaling down (node id, cloud id or address)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -l state -d 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from scale" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -l state -d 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l host -d 'The address to listen on (loopback by default: the API can create servers)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l port -d 'The port to listen on (0 picks a free one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -s t -l interval -d 'Seconds between maintenance passes of each attached infrastructure' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l state -d 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l parallelize -d 'Create the missing nodes of a level at the same time'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "build" -d 'Build an infrastructure from its description, level by level; roll back on failure'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "destroy" -d 'Destroy every node of an infrastructure, last level first, and forget it'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "maintain" -d 'List infrastructures, report on one, or maintain one (health, recovery, scaling)'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "scale" -d 'Request scaling of a node; the next maintenance pass applies it'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import node definitions (a new version of each type) for later builds'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the Occopus REST API and maintain attached infrastructures'
complete -c kamaki -n "__fish_kamaki_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -l datacenter -d 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and not __fish_seen_subcommand_from account key datacenter dataset image package network machine help" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
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
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -l datacenter -d 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from account" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -l datacenter -d 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from key" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
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
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -l datacenter -d 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -f -a "list" -d 'List the datacenters and their CloudAPI URLs'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from datacenter" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -l datacenter -d 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -f -a "list" -d 'List datasets with their URNs; `default` marks the datacenter\'s default'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -f -a "get" -d 'Show a dataset by id, URN, name or partial URN (`sdc:sdc:base64:` is the newest)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from dataset" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -l datacenter -d 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -f -a "list" -d 'List images'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -f -a "get" -d 'Show an image by id, short id, NAME@VERSION, NAME (the newest) or URN'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from image" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -l datacenter -d 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -f -a "list" -d 'List packages'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -f -a "get" -d 'Show a package by name, id or short id'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -f -a "default" -d 'Show the datacenter\'s default package'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from package" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -l datacenter -d 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -f -a "list" -d 'List networks'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -f -a "get" -d 'Show a network by name, id or short id'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from network" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -l datacenter -d 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
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
complete -c kamaki -n "__fish_kamaki_using_subcommand sdc; and __fish_seen_subcommand_from machine" -f -a "wait" -d 'Wait until machines reach a state, or leave one'
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
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos config completions sandbox infra sdc help" -f -a "astakos" -d 'Identity, quotas, projects and memberships (Synnefo Astakos)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos config completions sandbox infra sdc help" -f -a "config" -d 'Read and change the config file'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos config completions sandbox infra sdc help" -f -a "completions" -d 'Print a shell completion script'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos config completions sandbox infra sdc help" -f -a "sandbox" -d 'Run the built-in local cloud'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos config completions sandbox infra sdc help" -f -a "infra" -d 'Build, maintain, scale and destroy multi-node infrastructures (Occopus-style)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos config completions sandbox infra sdc help" -f -a "sdc" -d 'Joyent SmartDataCenter / Triton CloudAPI: machines, images, packages, keys'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos config completions sandbox infra sdc help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from infra" -f -a "build" -d 'Build an infrastructure from its description, level by level; roll back on failure'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from infra" -f -a "destroy" -d 'Destroy every node of an infrastructure, last level first, and forget it'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from infra" -f -a "maintain" -d 'List infrastructures, report on one, or maintain one (health, recovery, scaling)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from infra" -f -a "scale" -d 'Request scaling of a node; the next maintenance pass applies it'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from infra" -f -a "import" -d 'Import node definitions (a new version of each type) for later builds'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from infra" -f -a "serve" -d 'Serve the Occopus REST API and maintain attached infrastructures'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from sdc" -f -a "account" -d 'Show the account (login, email, names)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from sdc" -f -a "key" -d 'The account\'s SSH public keys, which sign CloudAPI requests'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from sdc" -f -a "datacenter" -d 'The datacenters of the cloud'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from sdc" -f -a "dataset" -d '6.5-era datasets: images named by URN (`sdc:sdc:base64:13.4.0`)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from sdc" -f -a "image" -d 'Images machines are created from'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from sdc" -f -a "package" -d 'Packages: the sizes of machines (memory, disk, CPU)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from sdc" -f -a "network" -d 'Networks machines can attach to'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from sdc" -f -a "machine" -d 'Machines: list, create, start, stop, reboot, resize, delete, wait, snapshots, metadata and tags'
