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
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "file" -d 'Object storage: files, containers, sharing, versions, sync (Pithos, or plain Swift)'
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
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from container list info metadata mkdir touch cat upload download copy move delete trash share unshare shared publish unpublish others group versions restore-version sync help" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
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
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from container" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
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
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
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
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l hashmap -d 'Show the object\'s block hashes'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -f -a "list" -d 'Show an object\'s metadata'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -f -a "set" -d 'Set metadata keys'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -f -a "delete" -d 'Delete metadata keys'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from metadata" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -l content-type -d 'Its content type [default: guessed from the name]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from touch" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l version -d 'Print this version instead of the current one' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l content-type -d 'The content type [default: guessed from the extension]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l metadata -d 'Metadata to set, repeatable' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l sharing -d 'Sharing, e.g. `read=UUID1,GROUP;write=UUID2`' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l threads -d 'Blocks in flight at once' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l segment-size -d 'Plain Swift only: upload files larger than this as segments of this size with a static large object manifest [default: 5GiB, Swift\'s object size limit]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
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
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s r -l recursive -d 'Download a folder or container with everything in it'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l resume -d 'Reuse the blocks of an existing local file and fetch only those that differ'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l overwrite -d 'Replace existing local files'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l version -d 'Copy this version of the source' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s r -l recursive -d 'Copy (move) a folder with everything under it'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l overwrite -d 'Replace existing destination objects'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l version -d 'Copy this version of the source' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s r -l recursive -d 'Copy (move) a folder with everything under it'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l overwrite -d 'Replace existing destination objects'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s r -l recursive -d 'Delete a folder with everything under it'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l purge -d 'Delete for good instead of moving to the trash'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from trash" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
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
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from share" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unshare" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from shared" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
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
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from others" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from others" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from others" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from others" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from others" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from others" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from group" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
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
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from versions" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -l no-header -d 'Print tables without the header row'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -s v -l verbose -d 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -s q -l quiet -d 'No progress bars or warnings'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from restore-version" -s h -l help -d 'Print help'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -l account -d 'Act on another account\'s objects (its uuid), as far as it shares them with you' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -l cloud -d 'The cloud to use (a name from the config file; `sandbox` is the built-in one)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -l config -d 'The config file [default: ~/.config/kamaki/config.toml]' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -s o -l output -d 'How to print results' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -l columns -d 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -l timeout -d 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from sync" -l ca-cert -d 'Extra root certificates (PEM) for private certificate authorities' -r -F
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
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos config file completions sandbox help" -f -a "astakos" -d 'Identity, quotas, projects and memberships (Synnefo Astakos)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos config file completions sandbox help" -f -a "config" -d 'Read and change the config file'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos config file completions sandbox help" -f -a "file" -d 'Object storage: files, containers, sharing, versions, sync (Pithos, or plain Swift)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos config file completions sandbox help" -f -a "completions" -d 'Print a shell completion script'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos config file completions sandbox help" -f -a "sandbox" -d 'Run the built-in local cloud'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and not __fish_seen_subcommand_from astakos config file completions sandbox help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "container" -d 'Containers: list, info, create, delete, empty, reassign'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "list" -d 'List the objects of a container (or under a folder)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "info" -d 'Show an object\'s details (or a container\'s), or its hashmap'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "metadata" -d 'An object\'s user metadata: list, set, delete'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "mkdir" -d 'Create a folder (a directory object)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "touch" -d 'Create an empty object, unless it exists'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "cat" -d 'Print an object\'s contents to stdout'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "upload" -d 'Upload a file (or, with -r, a directory; `-` reads stdin)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "download" -d 'Download an object (or, with -r, a folder or container)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "copy" -d 'Copy objects on the server (across containers and accounts)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "move" -d 'Move objects on the server (across containers and accounts)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "delete" -d 'Move objects to the trash (or, with --purge, delete them for good)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "trash" -d 'The trash: list, restore, empty'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "share" -d 'Let users or groups read or write an object or folder'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "unshare" -d 'Stop sharing an object or folder'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "shared" -d 'What you share with others'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "publish" -d 'Publish an object: anyone with the printed URL can read it'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "unpublish" -d 'Withdraw an object\'s public URL'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "others" -d 'Accounts that share with you; then their containers or objects'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "group" -d 'Account groups, usable in sharing as `GROUP`'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "versions" -d 'The versions of an object'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "restore-version" -d 'Make an old version of an object the current one (the newer ones stay in history)'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "sync" -d 'Synchronise a local directory with a remote folder, both ways'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve the sandbox until interrupted; prints its endpoints and the demo user\'s token'
complete -c kamaki -n "__fish_kamaki_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "faults" -d 'Change the injected faults of a running sandbox (the selected cloud\'s)'
