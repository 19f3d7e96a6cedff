
use builtin;
use str;

set edit:completion:arg-completer[kamaki] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'kamaki'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'kamaki'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand astakos 'Identity, quotas, projects and memberships (Synnefo Astakos)'
            cand config 'Read and change the config file'
            cand completions 'Print a shell completion script'
            cand sandbox 'Run the built-in local cloud'
            cand linstor 'LINSTOR: nodes, storage pools, resources with placement, and the KV store'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;astakos'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand authenticate 'Authenticate the token and show the user and the service catalog'
            cand user 'The user: info, and uuid/username lookups'
            cand quota 'Resource usage and limits per project'
            cand resource 'Quotable resources'
            cand project 'Projects: list, info, join, leave'
            cand membership 'Your project memberships'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;astakos;authenticate'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;astakos;user'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand info 'Show the user (name, uuid) and the service catalog'
            cand uuid2name 'Usernames of user uuids'
            cand name2uuid 'Uuids of usernames'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;astakos;user;info'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;astakos;user;uuid2name'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;astakos;user;name2uuid'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;astakos;user;help'= {
            cand info 'Show the user (name, uuid) and the service catalog'
            cand uuid2name 'Usernames of user uuids'
            cand name2uuid 'Uuids of usernames'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;astakos;user;help;info'= {
        }
        &'kamaki;astakos;user;help;uuid2name'= {
        }
        &'kamaki;astakos;user;help;name2uuid'= {
        }
        &'kamaki;astakos;user;help;help'= {
        }
        &'kamaki;astakos;quota'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Usage and limit of every resource in every project you are a member of'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;astakos;quota;list'= {
            cand --project 'Only this project'
            cand --resource 'Only this resource, e.g. `cyclades.vm`'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;astakos;quota;help'= {
            cand list 'Usage and limit of every resource in every project you are a member of'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;astakos;quota;help;list'= {
        }
        &'kamaki;astakos;quota;help;help'= {
        }
        &'kamaki;astakos;resource'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the quotable resources'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;astakos;resource;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;astakos;resource;help'= {
            cand list 'List the quotable resources'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;astakos;resource;help;list'= {
        }
        &'kamaki;astakos;resource;help;help'= {
        }
        &'kamaki;astakos;project'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the projects you can see'
            cand info 'Show a project: limits, your usage and your membership'
            cand join 'Join a project (or ask to, if it is moderated)'
            cand leave 'Leave a project'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;astakos;project;list'= {
            cand --name 'Only projects with this name'
            cand --state 'Only projects in this state (e.g. `active`)'
            cand --owner 'Only projects owned by this user uuid'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --mine 'Only projects you are a member of'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;astakos;project;info'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;astakos;project;join'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;astakos;project;leave'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;astakos;project;help'= {
            cand list 'List the projects you can see'
            cand info 'Show a project: limits, your usage and your membership'
            cand join 'Join a project (or ask to, if it is moderated)'
            cand leave 'Leave a project'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;astakos;project;help;list'= {
        }
        &'kamaki;astakos;project;help;info'= {
        }
        &'kamaki;astakos;project;help;join'= {
        }
        &'kamaki;astakos;project;help;leave'= {
        }
        &'kamaki;astakos;project;help;help'= {
        }
        &'kamaki;astakos;membership'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List your memberships'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;astakos;membership;list'= {
            cand --project 'Only memberships of this project'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;astakos;membership;help'= {
            cand list 'List your memberships'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;astakos;membership;help;list'= {
        }
        &'kamaki;astakos;membership;help;help'= {
        }
        &'kamaki;astakos;help'= {
            cand authenticate 'Authenticate the token and show the user and the service catalog'
            cand user 'The user: info, and uuid/username lookups'
            cand quota 'Resource usage and limits per project'
            cand resource 'Quotable resources'
            cand project 'Projects: list, info, join, leave'
            cand membership 'Your project memberships'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;astakos;help;authenticate'= {
        }
        &'kamaki;astakos;help;user'= {
            cand info 'Show the user (name, uuid) and the service catalog'
            cand uuid2name 'Usernames of user uuids'
            cand name2uuid 'Uuids of usernames'
        }
        &'kamaki;astakos;help;user;info'= {
        }
        &'kamaki;astakos;help;user;uuid2name'= {
        }
        &'kamaki;astakos;help;user;name2uuid'= {
        }
        &'kamaki;astakos;help;quota'= {
            cand list 'Usage and limit of every resource in every project you are a member of'
        }
        &'kamaki;astakos;help;quota;list'= {
        }
        &'kamaki;astakos;help;resource'= {
            cand list 'List the quotable resources'
        }
        &'kamaki;astakos;help;resource;list'= {
        }
        &'kamaki;astakos;help;project'= {
            cand list 'List the projects you can see'
            cand info 'Show a project: limits, your usage and your membership'
            cand join 'Join a project (or ask to, if it is moderated)'
            cand leave 'Leave a project'
        }
        &'kamaki;astakos;help;project;list'= {
        }
        &'kamaki;astakos;help;project;info'= {
        }
        &'kamaki;astakos;help;project;join'= {
        }
        &'kamaki;astakos;help;project;leave'= {
        }
        &'kamaki;astakos;help;membership'= {
            cand list 'List your memberships'
        }
        &'kamaki;astakos;help;membership;list'= {
        }
        &'kamaki;astakos;help;help'= {
        }
        &'kamaki;config'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List every key and value (secrets redacted)'
            cand get 'Print one value, e.g. `default_cloud` or `clouds.demo.url`'
            cand set 'Set a value, e.g. `kamaki config set clouds.demo.url https://HOST/identity/v2.0`'
            cand unset 'Remove a key (or a whole cloud: `clouds.NAME`)'
            cand path 'Print where the config file is'
            cand edit 'Open the config file in `$EDITOR`; it is saved only if it is valid'
            cand import-kamakirc 'Import the clouds of a kamaki 0.16 `~/.kamakirc`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;config;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;config;get'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;config;set'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;config;unset'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;config;path'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;config;edit'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;config;import-kamakirc'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --replace 'Replace clouds that already exist with the same name'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;config;help'= {
            cand list 'List every key and value (secrets redacted)'
            cand get 'Print one value, e.g. `default_cloud` or `clouds.demo.url`'
            cand set 'Set a value, e.g. `kamaki config set clouds.demo.url https://HOST/identity/v2.0`'
            cand unset 'Remove a key (or a whole cloud: `clouds.NAME`)'
            cand path 'Print where the config file is'
            cand edit 'Open the config file in `$EDITOR`; it is saved only if it is valid'
            cand import-kamakirc 'Import the clouds of a kamaki 0.16 `~/.kamakirc`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;config;help;list'= {
        }
        &'kamaki;config;help;get'= {
        }
        &'kamaki;config;help;set'= {
        }
        &'kamaki;config;help;unset'= {
        }
        &'kamaki;config;help;path'= {
        }
        &'kamaki;config;help;edit'= {
        }
        &'kamaki;config;help;import-kamakirc'= {
        }
        &'kamaki;config;help;help'= {
        }
        &'kamaki;completions'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sandbox'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Serve the sandbox until interrupted; prints its endpoints and the demo user''s token'
            cand faults 'Change the injected faults of a running sandbox (the selected cloud''s)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sandbox;serve'= {
            cand --bind 'Address of the Synnefo API port; CloudAPI and LINSTOR use the next two ports (or free ones when the port is 0)'
            cand --sdc-bind 'Address of the CloudAPI port [default: the API port + 1]'
            cand --linstor-bind 'Address of the LINSTOR controller port [default: the API port + 2]'
            cand --data 'Where the sandbox keeps its state [default: the platform data dir]'
            cand --sdc-key 'A public key (`FILE.pub`) to register for the demo CloudAPI account; repeatable'
            cand --latency-ms 'Latency added to every request, in milliseconds'
            cand --error-rate 'Probability (0–1) that a request fails with 503'
            cand --fail-next 'Fail the next N requests with 503'
            cand --drop-rate 'Probability (0–1) that a new connection is dropped'
            cand --drop-next 'Drop the next N connections'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --print-env 'Print shell `export` lines instead of the endpoints'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sandbox;faults'= {
            cand --latency-ms 'Latency added to every request, in milliseconds'
            cand --error-rate 'Probability (0–1) that a request fails with 503'
            cand --fail-next 'Fail the next N requests with 503'
            cand --drop-rate 'Probability (0–1) that a new connection is dropped'
            cand --drop-next 'Drop the next N connections'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sandbox;help'= {
            cand serve 'Serve the sandbox until interrupted; prints its endpoints and the demo user''s token'
            cand faults 'Change the injected faults of a running sandbox (the selected cloud''s)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sandbox;help;serve'= {
        }
        &'kamaki;sandbox;help;faults'= {
        }
        &'kamaki;sandbox;help;help'= {
        }
        &'kamaki;linstor'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand controller 'The controller: version and properties'
            cand c 'The controller: version and properties'
            cand node 'Satellites and other nodes'
            cand n 'Satellites and other nodes'
            cand storage-pool 'Storage pools on nodes, with their capacity'
            cand sp 'Storage pools on nodes, with their capacity'
            cand resource-group 'Resource groups: templates to spawn resources from'
            cand rg 'Resource groups: templates to spawn resources from'
            cand resource-definition 'Resource definitions: a resource''s name, port and properties'
            cand rd 'Resource definitions: a resource''s name, port and properties'
            cand volume-definition 'Volume definitions: the volumes (and sizes) of a resource'
            cand vd 'Volume definitions: the volumes (and sizes) of a resource'
            cand resource 'Resources: replicas on nodes, placement, assignment state and waiting'
            cand r 'Resources: replicas on nodes, placement, assignment state and waiting'
            cand kv 'A key-value store instance, with namespaces'
            cand key-value-store 'A key-value store instance, with namespaces'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;controller'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand version 'The controller''s version and REST API version'
            cand v 'The controller''s version and REST API version'
            cand list-properties 'The controller''s properties'
            cand lp 'The controller''s properties'
            cand set-property 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default 1000)'
            cand sp 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default 1000)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;c'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand version 'The controller''s version and REST API version'
            cand v 'The controller''s version and REST API version'
            cand list-properties 'The controller''s properties'
            cand lp 'The controller''s properties'
            cand set-property 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default 1000)'
            cand sp 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default 1000)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;controller;version'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;controller;v'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;c;version'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;c;v'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;controller;list-properties'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;controller;lp'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;c;list-properties'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;c;lp'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;controller;set-property'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;controller;sp'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;c;set-property'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;c;sp'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;controller;help'= {
            cand version 'The controller''s version and REST API version'
            cand list-properties 'The controller''s properties'
            cand set-property 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default 1000)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;controller;help;version'= {
        }
        &'kamaki;linstor;controller;help;list-properties'= {
        }
        &'kamaki;linstor;controller;help;set-property'= {
        }
        &'kamaki;linstor;controller;help;help'= {
        }
        &'kamaki;linstor;c;help'= {
            cand version 'The controller''s version and REST API version'
            cand list-properties 'The controller''s properties'
            cand set-property 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default 1000)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;c;help;version'= {
        }
        &'kamaki;linstor;c;help;list-properties'= {
        }
        &'kamaki;linstor;c;help;set-property'= {
        }
        &'kamaki;linstor;c;help;help'= {
        }
        &'kamaki;linstor;node'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List nodes with their address and connection state'
            cand l 'List nodes with their address and connection state'
            cand info 'Show one node'
            cand create 'Register a node'
            cand c 'Register a node'
            cand delete 'Delete a node that holds no resources'
            cand d 'Delete a node that holds no resources'
            cand lost 'Delete a node that is gone for good, with its resources'
            cand lo 'Delete a node that is gone for good, with its resources'
            cand reconnect 'Reconnect to a node''s satellite'
            cand rc 'Reconnect to a node''s satellite'
            cand set-property 'Set a node property, or delete it when no value is given (in the sandbox, `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)'
            cand sp 'Set a node property, or delete it when no value is given (in the sandbox, `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)'
            cand list-properties 'List a node''s properties'
            cand lp 'List a node''s properties'
            cand interface 'A node''s network interfaces'
            cand i 'A node''s network interfaces'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;n'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List nodes with their address and connection state'
            cand l 'List nodes with their address and connection state'
            cand info 'Show one node'
            cand create 'Register a node'
            cand c 'Register a node'
            cand delete 'Delete a node that holds no resources'
            cand d 'Delete a node that holds no resources'
            cand lost 'Delete a node that is gone for good, with its resources'
            cand lo 'Delete a node that is gone for good, with its resources'
            cand reconnect 'Reconnect to a node''s satellite'
            cand rc 'Reconnect to a node''s satellite'
            cand set-property 'Set a node property, or delete it when no value is given (in the sandbox, `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)'
            cand sp 'Set a node property, or delete it when no value is given (in the sandbox, `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)'
            cand list-properties 'List a node''s properties'
            cand lp 'List a node''s properties'
            cand interface 'A node''s network interfaces'
            cand i 'A node''s network interfaces'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;node;list'= {
            cand -n 'Only these nodes'
            cand --nodes 'Only these nodes'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;l'= {
            cand -n 'Only these nodes'
            cand --nodes 'Only these nodes'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;list'= {
            cand -n 'Only these nodes'
            cand --nodes 'Only these nodes'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;l'= {
            cand -n 'Only these nodes'
            cand --nodes 'Only these nodes'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;info'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;info'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;create'= {
            cand --type 'type'
            cand --node-type 'type'
            cand -p 'The satellite''s port [default: 3366, or 3367 with ssl]'
            cand --port 'The satellite''s port [default: 3366, or 3367 with ssl]'
            cand --communication-type 'communication-type'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;c'= {
            cand --type 'type'
            cand --node-type 'type'
            cand -p 'The satellite''s port [default: 3366, or 3367 with ssl]'
            cand --port 'The satellite''s port [default: 3366, or 3367 with ssl]'
            cand --communication-type 'communication-type'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;create'= {
            cand --type 'type'
            cand --node-type 'type'
            cand -p 'The satellite''s port [default: 3366, or 3367 with ssl]'
            cand --port 'The satellite''s port [default: 3366, or 3367 with ssl]'
            cand --communication-type 'communication-type'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;c'= {
            cand --type 'type'
            cand --node-type 'type'
            cand -p 'The satellite''s port [default: 3366, or 3367 with ssl]'
            cand --port 'The satellite''s port [default: 3366, or 3367 with ssl]'
            cand --communication-type 'communication-type'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;delete'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;d'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;delete'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;d'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;lost'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;lo'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;lost'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;lo'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;reconnect'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;rc'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;reconnect'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;rc'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;set-property'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;sp'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;set-property'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;sp'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;list-properties'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;lp'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;list-properties'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;lp'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;interface'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List a node''s network interfaces'
            cand l 'List a node''s network interfaces'
            cand create 'Add a network interface to a node'
            cand c 'Add a network interface to a node'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;node;i'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List a node''s network interfaces'
            cand l 'List a node''s network interfaces'
            cand create 'Add a network interface to a node'
            cand c 'Add a network interface to a node'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;node;interface;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;interface;l'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;i;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;i;l'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;interface;create'= {
            cand -p 'p'
            cand --port 'port'
            cand --communication-type 'communication-type'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;interface;c'= {
            cand -p 'p'
            cand --port 'port'
            cand --communication-type 'communication-type'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;i;create'= {
            cand -p 'p'
            cand --port 'port'
            cand --communication-type 'communication-type'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;i;c'= {
            cand -p 'p'
            cand --port 'port'
            cand --communication-type 'communication-type'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;interface;help'= {
            cand list 'List a node''s network interfaces'
            cand create 'Add a network interface to a node'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;node;interface;help;list'= {
        }
        &'kamaki;linstor;node;interface;help;create'= {
        }
        &'kamaki;linstor;node;interface;help;help'= {
        }
        &'kamaki;linstor;node;i;help'= {
            cand list 'List a node''s network interfaces'
            cand create 'Add a network interface to a node'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;node;i;help;list'= {
        }
        &'kamaki;linstor;node;i;help;create'= {
        }
        &'kamaki;linstor;node;i;help;help'= {
        }
        &'kamaki;linstor;n;interface'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List a node''s network interfaces'
            cand l 'List a node''s network interfaces'
            cand create 'Add a network interface to a node'
            cand c 'Add a network interface to a node'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;n;i'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List a node''s network interfaces'
            cand l 'List a node''s network interfaces'
            cand create 'Add a network interface to a node'
            cand c 'Add a network interface to a node'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;n;interface;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;interface;l'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;i;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;i;l'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;interface;create'= {
            cand -p 'p'
            cand --port 'port'
            cand --communication-type 'communication-type'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;interface;c'= {
            cand -p 'p'
            cand --port 'port'
            cand --communication-type 'communication-type'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;i;create'= {
            cand -p 'p'
            cand --port 'port'
            cand --communication-type 'communication-type'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;i;c'= {
            cand -p 'p'
            cand --port 'port'
            cand --communication-type 'communication-type'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;interface;help'= {
            cand list 'List a node''s network interfaces'
            cand create 'Add a network interface to a node'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;n;interface;help;list'= {
        }
        &'kamaki;linstor;n;interface;help;create'= {
        }
        &'kamaki;linstor;n;interface;help;help'= {
        }
        &'kamaki;linstor;n;i;help'= {
            cand list 'List a node''s network interfaces'
            cand create 'Add a network interface to a node'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;n;i;help;list'= {
        }
        &'kamaki;linstor;n;i;help;create'= {
        }
        &'kamaki;linstor;n;i;help;help'= {
        }
        &'kamaki;linstor;node;help'= {
            cand list 'List nodes with their address and connection state'
            cand info 'Show one node'
            cand create 'Register a node'
            cand delete 'Delete a node that holds no resources'
            cand lost 'Delete a node that is gone for good, with its resources'
            cand reconnect 'Reconnect to a node''s satellite'
            cand set-property 'Set a node property, or delete it when no value is given (in the sandbox, `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)'
            cand list-properties 'List a node''s properties'
            cand interface 'A node''s network interfaces'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;node;help;list'= {
        }
        &'kamaki;linstor;node;help;info'= {
        }
        &'kamaki;linstor;node;help;create'= {
        }
        &'kamaki;linstor;node;help;delete'= {
        }
        &'kamaki;linstor;node;help;lost'= {
        }
        &'kamaki;linstor;node;help;reconnect'= {
        }
        &'kamaki;linstor;node;help;set-property'= {
        }
        &'kamaki;linstor;node;help;list-properties'= {
        }
        &'kamaki;linstor;node;help;interface'= {
            cand list 'List a node''s network interfaces'
            cand create 'Add a network interface to a node'
        }
        &'kamaki;linstor;node;help;interface;list'= {
        }
        &'kamaki;linstor;node;help;interface;create'= {
        }
        &'kamaki;linstor;node;help;help'= {
        }
        &'kamaki;linstor;n;help'= {
            cand list 'List nodes with their address and connection state'
            cand info 'Show one node'
            cand create 'Register a node'
            cand delete 'Delete a node that holds no resources'
            cand lost 'Delete a node that is gone for good, with its resources'
            cand reconnect 'Reconnect to a node''s satellite'
            cand set-property 'Set a node property, or delete it when no value is given (in the sandbox, `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)'
            cand list-properties 'List a node''s properties'
            cand interface 'A node''s network interfaces'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;n;help;list'= {
        }
        &'kamaki;linstor;n;help;info'= {
        }
        &'kamaki;linstor;n;help;create'= {
        }
        &'kamaki;linstor;n;help;delete'= {
        }
        &'kamaki;linstor;n;help;lost'= {
        }
        &'kamaki;linstor;n;help;reconnect'= {
        }
        &'kamaki;linstor;n;help;set-property'= {
        }
        &'kamaki;linstor;n;help;list-properties'= {
        }
        &'kamaki;linstor;n;help;interface'= {
            cand list 'List a node''s network interfaces'
            cand create 'Add a network interface to a node'
        }
        &'kamaki;linstor;n;help;interface;list'= {
        }
        &'kamaki;linstor;n;help;interface;create'= {
        }
        &'kamaki;linstor;n;help;help'= {
        }
        &'kamaki;linstor;storage-pool'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List storage pools with their free and total capacity'
            cand l 'List storage pools with their free and total capacity'
            cand create 'Create a storage pool on a node'
            cand c 'Create a storage pool on a node'
            cand delete 'Delete a storage pool that no resource uses'
            cand d 'Delete a storage pool that no resource uses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;sp'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List storage pools with their free and total capacity'
            cand l 'List storage pools with their free and total capacity'
            cand create 'Create a storage pool on a node'
            cand c 'Create a storage pool on a node'
            cand delete 'Delete a storage pool that no resource uses'
            cand d 'Delete a storage pool that no resource uses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;storage-pool;list'= {
            cand -n 'Only pools on these nodes'
            cand --nodes 'Only pools on these nodes'
            cand -s 'Only pools with these names'
            cand --storage-pools 'Only pools with these names'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;storage-pool;l'= {
            cand -n 'Only pools on these nodes'
            cand --nodes 'Only pools on these nodes'
            cand -s 'Only pools with these names'
            cand --storage-pools 'Only pools with these names'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;sp;list'= {
            cand -n 'Only pools on these nodes'
            cand --nodes 'Only pools on these nodes'
            cand -s 'Only pools with these names'
            cand --storage-pools 'Only pools with these names'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;sp;l'= {
            cand -n 'Only pools on these nodes'
            cand --nodes 'Only pools on these nodes'
            cand -s 'Only pools with these names'
            cand --storage-pools 'Only pools with these names'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;storage-pool;create'= {
            cand --driver 'driver'
            cand --backing 'What backs the pool: a volume group (`vg0`), thin pool (`vg0/thin`), zpool or directory'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;storage-pool;c'= {
            cand --driver 'driver'
            cand --backing 'What backs the pool: a volume group (`vg0`), thin pool (`vg0/thin`), zpool or directory'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;sp;create'= {
            cand --driver 'driver'
            cand --backing 'What backs the pool: a volume group (`vg0`), thin pool (`vg0/thin`), zpool or directory'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;sp;c'= {
            cand --driver 'driver'
            cand --backing 'What backs the pool: a volume group (`vg0`), thin pool (`vg0/thin`), zpool or directory'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;storage-pool;delete'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;storage-pool;d'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;sp;delete'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;sp;d'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;storage-pool;help'= {
            cand list 'List storage pools with their free and total capacity'
            cand create 'Create a storage pool on a node'
            cand delete 'Delete a storage pool that no resource uses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;storage-pool;help;list'= {
        }
        &'kamaki;linstor;storage-pool;help;create'= {
        }
        &'kamaki;linstor;storage-pool;help;delete'= {
        }
        &'kamaki;linstor;storage-pool;help;help'= {
        }
        &'kamaki;linstor;sp;help'= {
            cand list 'List storage pools with their free and total capacity'
            cand create 'Create a storage pool on a node'
            cand delete 'Delete a storage pool that no resource uses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;sp;help;list'= {
        }
        &'kamaki;linstor;sp;help;create'= {
        }
        &'kamaki;linstor;sp;help;delete'= {
        }
        &'kamaki;linstor;sp;help;help'= {
        }
        &'kamaki;linstor;resource-group'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List resource groups and their placement rules'
            cand l 'List resource groups and their placement rules'
            cand create 'Create a resource group'
            cand c 'Create a resource group'
            cand delete 'Delete a resource group that no resource definition uses'
            cand d 'Delete a resource group that no resource definition uses'
            cand spawn 'Create a resource definition with volumes from a group, and place it by the group''s rules'
            cand spawn-resources 'Create a resource definition with volumes from a group, and place it by the group''s rules'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;rg'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List resource groups and their placement rules'
            cand l 'List resource groups and their placement rules'
            cand create 'Create a resource group'
            cand c 'Create a resource group'
            cand delete 'Delete a resource group that no resource definition uses'
            cand d 'Delete a resource group that no resource definition uses'
            cand spawn 'Create a resource definition with volumes from a group, and place it by the group''s rules'
            cand spawn-resources 'Create a resource definition with volumes from a group, and place it by the group''s rules'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;resource-group;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-group;l'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rg;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rg;l'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-group;create'= {
            cand --place-count 'How many diskful replicas spawned resources get'
            cand -s 'Storage pools spawned resources may use'
            cand --storage-pool 'Storage pools spawned resources may use'
            cand --description 'description'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --diskless-on-remaining 'Give spawned resources diskless replicas on all other nodes'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-group;c'= {
            cand --place-count 'How many diskful replicas spawned resources get'
            cand -s 'Storage pools spawned resources may use'
            cand --storage-pool 'Storage pools spawned resources may use'
            cand --description 'description'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --diskless-on-remaining 'Give spawned resources diskless replicas on all other nodes'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rg;create'= {
            cand --place-count 'How many diskful replicas spawned resources get'
            cand -s 'Storage pools spawned resources may use'
            cand --storage-pool 'Storage pools spawned resources may use'
            cand --description 'description'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --diskless-on-remaining 'Give spawned resources diskless replicas on all other nodes'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rg;c'= {
            cand --place-count 'How many diskful replicas spawned resources get'
            cand -s 'Storage pools spawned resources may use'
            cand --storage-pool 'Storage pools spawned resources may use'
            cand --description 'description'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --diskless-on-remaining 'Give spawned resources diskless replicas on all other nodes'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-group;delete'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-group;d'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rg;delete'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rg;d'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-group;spawn'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -d 'Only create the definitions, place nothing'
            cand --definitions-only 'Only create the definitions, place nothing'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-group;spawn-resources'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -d 'Only create the definitions, place nothing'
            cand --definitions-only 'Only create the definitions, place nothing'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rg;spawn'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -d 'Only create the definitions, place nothing'
            cand --definitions-only 'Only create the definitions, place nothing'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rg;spawn-resources'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -d 'Only create the definitions, place nothing'
            cand --definitions-only 'Only create the definitions, place nothing'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-group;help'= {
            cand list 'List resource groups and their placement rules'
            cand create 'Create a resource group'
            cand delete 'Delete a resource group that no resource definition uses'
            cand spawn 'Create a resource definition with volumes from a group, and place it by the group''s rules'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;resource-group;help;list'= {
        }
        &'kamaki;linstor;resource-group;help;create'= {
        }
        &'kamaki;linstor;resource-group;help;delete'= {
        }
        &'kamaki;linstor;resource-group;help;spawn'= {
        }
        &'kamaki;linstor;resource-group;help;help'= {
        }
        &'kamaki;linstor;rg;help'= {
            cand list 'List resource groups and their placement rules'
            cand create 'Create a resource group'
            cand delete 'Delete a resource group that no resource definition uses'
            cand spawn 'Create a resource definition with volumes from a group, and place it by the group''s rules'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;rg;help;list'= {
        }
        &'kamaki;linstor;rg;help;create'= {
        }
        &'kamaki;linstor;rg;help;delete'= {
        }
        &'kamaki;linstor;rg;help;spawn'= {
        }
        &'kamaki;linstor;rg;help;help'= {
        }
        &'kamaki;linstor;resource-definition'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List resource definitions'
            cand l 'List resource definitions'
            cand create 'Create a resource definition'
            cand c 'Create a resource definition'
            cand delete 'Delete a resource definition with its volumes and replicas'
            cand d 'Delete a resource definition with its volumes and replicas'
            cand set-property 'Set a property, or delete it when no value is given'
            cand sp 'Set a property, or delete it when no value is given'
            cand list-properties 'List a resource definition''s properties'
            cand lp 'List a resource definition''s properties'
            cand drbd-options 'Set DRBD options of a resource'
            cand opt 'Set DRBD options of a resource'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;rd'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List resource definitions'
            cand l 'List resource definitions'
            cand create 'Create a resource definition'
            cand c 'Create a resource definition'
            cand delete 'Delete a resource definition with its volumes and replicas'
            cand d 'Delete a resource definition with its volumes and replicas'
            cand set-property 'Set a property, or delete it when no value is given'
            cand sp 'Set a property, or delete it when no value is given'
            cand list-properties 'List a resource definition''s properties'
            cand lp 'List a resource definition''s properties'
            cand drbd-options 'Set DRBD options of a resource'
            cand opt 'Set DRBD options of a resource'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;resource-definition;list'= {
            cand -r 'Only these resources'
            cand --resources 'Only these resources'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-definition;l'= {
            cand -r 'Only these resources'
            cand --resources 'Only these resources'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rd;list'= {
            cand -r 'Only these resources'
            cand --resources 'Only these resources'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rd;l'= {
            cand -r 'Only these resources'
            cand --resources 'Only these resources'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-definition;create'= {
            cand -p 'The DRBD TCP port [default: the next free one from 7000]'
            cand --port 'The DRBD TCP port [default: the next free one from 7000]'
            cand --resource-group 'resource-group'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-definition;c'= {
            cand -p 'The DRBD TCP port [default: the next free one from 7000]'
            cand --port 'The DRBD TCP port [default: the next free one from 7000]'
            cand --resource-group 'resource-group'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rd;create'= {
            cand -p 'The DRBD TCP port [default: the next free one from 7000]'
            cand --port 'The DRBD TCP port [default: the next free one from 7000]'
            cand --resource-group 'resource-group'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rd;c'= {
            cand -p 'The DRBD TCP port [default: the next free one from 7000]'
            cand --port 'The DRBD TCP port [default: the next free one from 7000]'
            cand --resource-group 'resource-group'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-definition;delete'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-definition;d'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rd;delete'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rd;d'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-definition;set-property'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-definition;sp'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rd;set-property'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rd;sp'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-definition;list-properties'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-definition;lp'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rd;list-properties'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rd;lp'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-definition;drbd-options'= {
            cand --allow-two-primaries 'Allow two primaries at once (for live migration)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-definition;opt'= {
            cand --allow-two-primaries 'Allow two primaries at once (for live migration)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rd;drbd-options'= {
            cand --allow-two-primaries 'Allow two primaries at once (for live migration)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rd;opt'= {
            cand --allow-two-primaries 'Allow two primaries at once (for live migration)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-definition;help'= {
            cand list 'List resource definitions'
            cand create 'Create a resource definition'
            cand delete 'Delete a resource definition with its volumes and replicas'
            cand set-property 'Set a property, or delete it when no value is given'
            cand list-properties 'List a resource definition''s properties'
            cand drbd-options 'Set DRBD options of a resource'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;resource-definition;help;list'= {
        }
        &'kamaki;linstor;resource-definition;help;create'= {
        }
        &'kamaki;linstor;resource-definition;help;delete'= {
        }
        &'kamaki;linstor;resource-definition;help;set-property'= {
        }
        &'kamaki;linstor;resource-definition;help;list-properties'= {
        }
        &'kamaki;linstor;resource-definition;help;drbd-options'= {
        }
        &'kamaki;linstor;resource-definition;help;help'= {
        }
        &'kamaki;linstor;rd;help'= {
            cand list 'List resource definitions'
            cand create 'Create a resource definition'
            cand delete 'Delete a resource definition with its volumes and replicas'
            cand set-property 'Set a property, or delete it when no value is given'
            cand list-properties 'List a resource definition''s properties'
            cand drbd-options 'Set DRBD options of a resource'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;rd;help;list'= {
        }
        &'kamaki;linstor;rd;help;create'= {
        }
        &'kamaki;linstor;rd;help;delete'= {
        }
        &'kamaki;linstor;rd;help;set-property'= {
        }
        &'kamaki;linstor;rd;help;list-properties'= {
        }
        &'kamaki;linstor;rd;help;drbd-options'= {
        }
        &'kamaki;linstor;rd;help;help'= {
        }
        &'kamaki;linstor;volume-definition'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List volume definitions'
            cand l 'List volume definitions'
            cand create 'Add a volume to a resource definition'
            cand c 'Add a volume to a resource definition'
            cand delete 'Delete a volume definition'
            cand d 'Delete a volume definition'
            cand resize 'Grow a volume'
            cand set-size 'Grow a volume'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;vd'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List volume definitions'
            cand l 'List volume definitions'
            cand create 'Add a volume to a resource definition'
            cand c 'Add a volume to a resource definition'
            cand delete 'Delete a volume definition'
            cand d 'Delete a volume definition'
            cand resize 'Grow a volume'
            cand set-size 'Grow a volume'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;volume-definition;list'= {
            cand -r 'Only these resources'
            cand --resources 'Only these resources'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;volume-definition;l'= {
            cand -r 'Only these resources'
            cand --resources 'Only these resources'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;vd;list'= {
            cand -r 'Only these resources'
            cand --resources 'Only these resources'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;vd;l'= {
            cand -r 'Only these resources'
            cand --resources 'Only these resources'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;volume-definition;create'= {
            cand -n 'n'
            cand --volume-number 'volume-number'
            cand -s 'The storage pool the volume''s replicas use'
            cand --storage-pool 'The storage pool the volume''s replicas use'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;volume-definition;c'= {
            cand -n 'n'
            cand --volume-number 'volume-number'
            cand -s 'The storage pool the volume''s replicas use'
            cand --storage-pool 'The storage pool the volume''s replicas use'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;vd;create'= {
            cand -n 'n'
            cand --volume-number 'volume-number'
            cand -s 'The storage pool the volume''s replicas use'
            cand --storage-pool 'The storage pool the volume''s replicas use'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;vd;c'= {
            cand -n 'n'
            cand --volume-number 'volume-number'
            cand -s 'The storage pool the volume''s replicas use'
            cand --storage-pool 'The storage pool the volume''s replicas use'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;volume-definition;delete'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;volume-definition;d'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;vd;delete'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;vd;d'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;volume-definition;resize'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;volume-definition;set-size'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;vd;resize'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;vd;set-size'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;volume-definition;help'= {
            cand list 'List volume definitions'
            cand create 'Add a volume to a resource definition'
            cand delete 'Delete a volume definition'
            cand resize 'Grow a volume'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;volume-definition;help;list'= {
        }
        &'kamaki;linstor;volume-definition;help;create'= {
        }
        &'kamaki;linstor;volume-definition;help;delete'= {
        }
        &'kamaki;linstor;volume-definition;help;resize'= {
        }
        &'kamaki;linstor;volume-definition;help;help'= {
        }
        &'kamaki;linstor;vd;help'= {
            cand list 'List volume definitions'
            cand create 'Add a volume to a resource definition'
            cand delete 'Delete a volume definition'
            cand resize 'Grow a volume'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;vd;help;list'= {
        }
        &'kamaki;linstor;vd;help;create'= {
        }
        &'kamaki;linstor;vd;help;delete'= {
        }
        &'kamaki;linstor;vd;help;resize'= {
        }
        &'kamaki;linstor;vd;help;help'= {
        }
        &'kamaki;linstor;resource'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List replicas with their state'
            cand l 'List replicas with their state'
            cand create 'Create a replica of a resource on a node'
            cand c 'Create a replica of a resource on a node'
            cand delete 'Delete a replica'
            cand d 'Delete a replica'
            cand toggle-disk 'Turn a diskless replica diskful, or (with `--diskless`) the other way round'
            cand td 'Turn a diskless replica diskful, or (with `--diskless`) the other way round'
            cand place 'Define a resource with one volume and place it N-times redundant on distinct nodes (on an existing resource: add diskful replicas up to N)'
            cand resize 'Grow a volume to SIZE, or by +SIZE'
            cand activate 'Add a diskless replica on a node, only if the node has none yet'
            cand act 'Add a diskless replica on a node, only if the node has none yet'
            cand deactivate 'Remove a node''s replica, only if it is diskless (redundancy never drops)'
            cand deact 'Remove a node''s replica, only if it is diskless (redundancy never drops)'
            cand make-diskful 'Make the node''s replica diskful, creating or converting it as needed'
            cand make-diskless 'Make the node''s replica diskless, creating or converting it as needed'
            cand unassign 'Remove the node''s replica, whatever it is'
            cand dual-primary 'Allow (on) or forbid (off) two primaries at once, e.g. for live migration'
            cand info 'Where a resource lives: diskful and diskless nodes, states, devices and backing disks'
            cand wait 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;r'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List replicas with their state'
            cand l 'List replicas with their state'
            cand create 'Create a replica of a resource on a node'
            cand c 'Create a replica of a resource on a node'
            cand delete 'Delete a replica'
            cand d 'Delete a replica'
            cand toggle-disk 'Turn a diskless replica diskful, or (with `--diskless`) the other way round'
            cand td 'Turn a diskless replica diskful, or (with `--diskless`) the other way round'
            cand place 'Define a resource with one volume and place it N-times redundant on distinct nodes (on an existing resource: add diskful replicas up to N)'
            cand resize 'Grow a volume to SIZE, or by +SIZE'
            cand activate 'Add a diskless replica on a node, only if the node has none yet'
            cand act 'Add a diskless replica on a node, only if the node has none yet'
            cand deactivate 'Remove a node''s replica, only if it is diskless (redundancy never drops)'
            cand deact 'Remove a node''s replica, only if it is diskless (redundancy never drops)'
            cand make-diskful 'Make the node''s replica diskful, creating or converting it as needed'
            cand make-diskless 'Make the node''s replica diskless, creating or converting it as needed'
            cand unassign 'Remove the node''s replica, whatever it is'
            cand dual-primary 'Allow (on) or forbid (off) two primaries at once, e.g. for live migration'
            cand info 'Where a resource lives: diskful and diskless nodes, states, devices and backing disks'
            cand wait 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;resource;list'= {
            cand -r 'Only these resources'
            cand --resources 'Only these resources'
            cand -n 'Only replicas on these nodes'
            cand --nodes 'Only replicas on these nodes'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource;l'= {
            cand -r 'Only these resources'
            cand --resources 'Only these resources'
            cand -n 'Only replicas on these nodes'
            cand --nodes 'Only replicas on these nodes'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;r;list'= {
            cand -r 'Only these resources'
            cand --resources 'Only these resources'
            cand -n 'Only replicas on these nodes'
            cand --nodes 'Only replicas on these nodes'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;r;l'= {
            cand -r 'Only these resources'
            cand --resources 'Only these resources'
            cand -n 'Only replicas on these nodes'
            cand --nodes 'Only replicas on these nodes'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource;create'= {
            cand -s 'The storage pool for a diskful replica [default: the one with the most free space]'
            cand --storage-pool 'The storage pool for a diskful replica [default: the one with the most free space]'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --diskless 'A diskless replica, reading and writing over the network'
            cand --drbd-diskless 'A diskless replica, reading and writing over the network'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource;c'= {
            cand -s 'The storage pool for a diskful replica [default: the one with the most free space]'
            cand --storage-pool 'The storage pool for a diskful replica [default: the one with the most free space]'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --diskless 'A diskless replica, reading and writing over the network'
            cand --drbd-diskless 'A diskless replica, reading and writing over the network'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;r;create'= {
            cand -s 'The storage pool for a diskful replica [default: the one with the most free space]'
            cand --storage-pool 'The storage pool for a diskful replica [default: the one with the most free space]'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --diskless 'A diskless replica, reading and writing over the network'
            cand --drbd-diskless 'A diskless replica, reading and writing over the network'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;r;c'= {
            cand -s 'The storage pool for a diskful replica [default: the one with the most free space]'
            cand --storage-pool 'The storage pool for a diskful replica [default: the one with the most free space]'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --diskless 'A diskless replica, reading and writing over the network'
            cand --drbd-diskless 'A diskless replica, reading and writing over the network'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource;delete'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource;d'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;r;delete'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;r;d'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource;toggle-disk'= {
            cand -s 's'
            cand --storage-pool 'storage-pool'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --diskless 'diskless'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource;td'= {
            cand -s 's'
            cand --storage-pool 'storage-pool'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --diskless 'diskless'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;r;toggle-disk'= {
            cand -s 's'
            cand --storage-pool 'storage-pool'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --diskless 'diskless'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;r;td'= {
            cand -s 's'
            cand --storage-pool 'storage-pool'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --diskless 'diskless'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource;place'= {
            cand --size 'The volume''s size, e.g. `20MiB`; a bare number is KiB. Needed when the resource has no volume yet'
            cand --redundancy 'How many diskful replicas, each on its own node'
            cand -s 'Only use storage pools with this name'
            cand --storage-pool 'Only use storage pools with this name'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --diskless-on-remaining 'Also give every other node a diskless replica'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;r;place'= {
            cand --size 'The volume''s size, e.g. `20MiB`; a bare number is KiB. Needed when the resource has no volume yet'
            cand --redundancy 'How many diskful replicas, each on its own node'
            cand -s 'Only use storage pools with this name'
            cand --storage-pool 'Only use storage pools with this name'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --diskless-on-remaining 'Also give every other node a diskless replica'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource;resize'= {
            cand --volume 'volume'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;r;resize'= {
            cand --volume 'volume'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource;activate'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource;act'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;r;activate'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;r;act'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource;deactivate'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource;deact'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;r;deactivate'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;r;deact'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource;make-diskful'= {
            cand -s 's'
            cand --storage-pool 'storage-pool'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;r;make-diskful'= {
            cand -s 's'
            cand --storage-pool 'storage-pool'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource;make-diskless'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;r;make-diskless'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource;unassign'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;r;unassign'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource;dual-primary'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;r;dual-primary'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource;info'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;r;info'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource;wait'= {
            cand --node 'node'
            cand --until 'until'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;r;wait'= {
            cand --node 'node'
            cand --until 'until'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource;help'= {
            cand list 'List replicas with their state'
            cand create 'Create a replica of a resource on a node'
            cand delete 'Delete a replica'
            cand toggle-disk 'Turn a diskless replica diskful, or (with `--diskless`) the other way round'
            cand place 'Define a resource with one volume and place it N-times redundant on distinct nodes (on an existing resource: add diskful replicas up to N)'
            cand resize 'Grow a volume to SIZE, or by +SIZE'
            cand activate 'Add a diskless replica on a node, only if the node has none yet'
            cand deactivate 'Remove a node''s replica, only if it is diskless (redundancy never drops)'
            cand make-diskful 'Make the node''s replica diskful, creating or converting it as needed'
            cand make-diskless 'Make the node''s replica diskless, creating or converting it as needed'
            cand unassign 'Remove the node''s replica, whatever it is'
            cand dual-primary 'Allow (on) or forbid (off) two primaries at once, e.g. for live migration'
            cand info 'Where a resource lives: diskful and diskless nodes, states, devices and backing disks'
            cand wait 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;resource;help;list'= {
        }
        &'kamaki;linstor;resource;help;create'= {
        }
        &'kamaki;linstor;resource;help;delete'= {
        }
        &'kamaki;linstor;resource;help;toggle-disk'= {
        }
        &'kamaki;linstor;resource;help;place'= {
        }
        &'kamaki;linstor;resource;help;resize'= {
        }
        &'kamaki;linstor;resource;help;activate'= {
        }
        &'kamaki;linstor;resource;help;deactivate'= {
        }
        &'kamaki;linstor;resource;help;make-diskful'= {
        }
        &'kamaki;linstor;resource;help;make-diskless'= {
        }
        &'kamaki;linstor;resource;help;unassign'= {
        }
        &'kamaki;linstor;resource;help;dual-primary'= {
        }
        &'kamaki;linstor;resource;help;info'= {
        }
        &'kamaki;linstor;resource;help;wait'= {
        }
        &'kamaki;linstor;resource;help;help'= {
        }
        &'kamaki;linstor;r;help'= {
            cand list 'List replicas with their state'
            cand create 'Create a replica of a resource on a node'
            cand delete 'Delete a replica'
            cand toggle-disk 'Turn a diskless replica diskful, or (with `--diskless`) the other way round'
            cand place 'Define a resource with one volume and place it N-times redundant on distinct nodes (on an existing resource: add diskful replicas up to N)'
            cand resize 'Grow a volume to SIZE, or by +SIZE'
            cand activate 'Add a diskless replica on a node, only if the node has none yet'
            cand deactivate 'Remove a node''s replica, only if it is diskless (redundancy never drops)'
            cand make-diskful 'Make the node''s replica diskful, creating or converting it as needed'
            cand make-diskless 'Make the node''s replica diskless, creating or converting it as needed'
            cand unassign 'Remove the node''s replica, whatever it is'
            cand dual-primary 'Allow (on) or forbid (off) two primaries at once, e.g. for live migration'
            cand info 'Where a resource lives: diskful and diskless nodes, states, devices and backing disks'
            cand wait 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;r;help;list'= {
        }
        &'kamaki;linstor;r;help;create'= {
        }
        &'kamaki;linstor;r;help;delete'= {
        }
        &'kamaki;linstor;r;help;toggle-disk'= {
        }
        &'kamaki;linstor;r;help;place'= {
        }
        &'kamaki;linstor;r;help;resize'= {
        }
        &'kamaki;linstor;r;help;activate'= {
        }
        &'kamaki;linstor;r;help;deactivate'= {
        }
        &'kamaki;linstor;r;help;make-diskful'= {
        }
        &'kamaki;linstor;r;help;make-diskless'= {
        }
        &'kamaki;linstor;r;help;unassign'= {
        }
        &'kamaki;linstor;r;help;dual-primary'= {
        }
        &'kamaki;linstor;r;help;info'= {
        }
        &'kamaki;linstor;r;help;wait'= {
        }
        &'kamaki;linstor;r;help;help'= {
        }
        &'kamaki;linstor;kv'= {
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the keys of the namespace (or, without `--instance`, the instances)'
            cand l 'List the keys of the namespace (or, without `--instance`, the instances)'
            cand get 'Show one key''s value'
            cand set 'Set a key'
            cand delete 'Delete a key'
            cand d 'Delete a key'
            cand delete-namespace 'Delete every key in the namespace (with `--namespace /`, the whole instance)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;key-value-store'= {
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the keys of the namespace (or, without `--instance`, the instances)'
            cand l 'List the keys of the namespace (or, without `--instance`, the instances)'
            cand get 'Show one key''s value'
            cand set 'Set a key'
            cand delete 'Delete a key'
            cand d 'Delete a key'
            cand delete-namespace 'Delete every key in the namespace (with `--namespace /`, the whole instance)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;kv;list'= {
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;kv;l'= {
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;key-value-store;list'= {
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;key-value-store;l'= {
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;kv;get'= {
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;key-value-store;get'= {
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;kv;set'= {
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;key-value-store;set'= {
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;kv;delete'= {
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;kv;d'= {
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;key-value-store;delete'= {
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;key-value-store;d'= {
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;kv;delete-namespace'= {
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;key-value-store;delete-namespace'= {
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;kv;help'= {
            cand list 'List the keys of the namespace (or, without `--instance`, the instances)'
            cand get 'Show one key''s value'
            cand set 'Set a key'
            cand delete 'Delete a key'
            cand delete-namespace 'Delete every key in the namespace (with `--namespace /`, the whole instance)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;kv;help;list'= {
        }
        &'kamaki;linstor;kv;help;get'= {
        }
        &'kamaki;linstor;kv;help;set'= {
        }
        &'kamaki;linstor;kv;help;delete'= {
        }
        &'kamaki;linstor;kv;help;delete-namespace'= {
        }
        &'kamaki;linstor;kv;help;help'= {
        }
        &'kamaki;linstor;key-value-store;help'= {
            cand list 'List the keys of the namespace (or, without `--instance`, the instances)'
            cand get 'Show one key''s value'
            cand set 'Set a key'
            cand delete 'Delete a key'
            cand delete-namespace 'Delete every key in the namespace (with `--namespace /`, the whole instance)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;key-value-store;help;list'= {
        }
        &'kamaki;linstor;key-value-store;help;get'= {
        }
        &'kamaki;linstor;key-value-store;help;set'= {
        }
        &'kamaki;linstor;key-value-store;help;delete'= {
        }
        &'kamaki;linstor;key-value-store;help;delete-namespace'= {
        }
        &'kamaki;linstor;key-value-store;help;help'= {
        }
        &'kamaki;linstor;help'= {
            cand controller 'The controller: version and properties'
            cand node 'Satellites and other nodes'
            cand storage-pool 'Storage pools on nodes, with their capacity'
            cand resource-group 'Resource groups: templates to spawn resources from'
            cand resource-definition 'Resource definitions: a resource''s name, port and properties'
            cand volume-definition 'Volume definitions: the volumes (and sizes) of a resource'
            cand resource 'Resources: replicas on nodes, placement, assignment state and waiting'
            cand kv 'A key-value store instance, with namespaces'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;help;controller'= {
            cand version 'The controller''s version and REST API version'
            cand list-properties 'The controller''s properties'
            cand set-property 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default 1000)'
        }
        &'kamaki;linstor;help;controller;version'= {
        }
        &'kamaki;linstor;help;controller;list-properties'= {
        }
        &'kamaki;linstor;help;controller;set-property'= {
        }
        &'kamaki;linstor;help;node'= {
            cand list 'List nodes with their address and connection state'
            cand info 'Show one node'
            cand create 'Register a node'
            cand delete 'Delete a node that holds no resources'
            cand lost 'Delete a node that is gone for good, with its resources'
            cand reconnect 'Reconnect to a node''s satellite'
            cand set-property 'Set a node property, or delete it when no value is given (in the sandbox, `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)'
            cand list-properties 'List a node''s properties'
            cand interface 'A node''s network interfaces'
        }
        &'kamaki;linstor;help;node;list'= {
        }
        &'kamaki;linstor;help;node;info'= {
        }
        &'kamaki;linstor;help;node;create'= {
        }
        &'kamaki;linstor;help;node;delete'= {
        }
        &'kamaki;linstor;help;node;lost'= {
        }
        &'kamaki;linstor;help;node;reconnect'= {
        }
        &'kamaki;linstor;help;node;set-property'= {
        }
        &'kamaki;linstor;help;node;list-properties'= {
        }
        &'kamaki;linstor;help;node;interface'= {
            cand list 'List a node''s network interfaces'
            cand create 'Add a network interface to a node'
        }
        &'kamaki;linstor;help;node;interface;list'= {
        }
        &'kamaki;linstor;help;node;interface;create'= {
        }
        &'kamaki;linstor;help;storage-pool'= {
            cand list 'List storage pools with their free and total capacity'
            cand create 'Create a storage pool on a node'
            cand delete 'Delete a storage pool that no resource uses'
        }
        &'kamaki;linstor;help;storage-pool;list'= {
        }
        &'kamaki;linstor;help;storage-pool;create'= {
        }
        &'kamaki;linstor;help;storage-pool;delete'= {
        }
        &'kamaki;linstor;help;resource-group'= {
            cand list 'List resource groups and their placement rules'
            cand create 'Create a resource group'
            cand delete 'Delete a resource group that no resource definition uses'
            cand spawn 'Create a resource definition with volumes from a group, and place it by the group''s rules'
        }
        &'kamaki;linstor;help;resource-group;list'= {
        }
        &'kamaki;linstor;help;resource-group;create'= {
        }
        &'kamaki;linstor;help;resource-group;delete'= {
        }
        &'kamaki;linstor;help;resource-group;spawn'= {
        }
        &'kamaki;linstor;help;resource-definition'= {
            cand list 'List resource definitions'
            cand create 'Create a resource definition'
            cand delete 'Delete a resource definition with its volumes and replicas'
            cand set-property 'Set a property, or delete it when no value is given'
            cand list-properties 'List a resource definition''s properties'
            cand drbd-options 'Set DRBD options of a resource'
        }
        &'kamaki;linstor;help;resource-definition;list'= {
        }
        &'kamaki;linstor;help;resource-definition;create'= {
        }
        &'kamaki;linstor;help;resource-definition;delete'= {
        }
        &'kamaki;linstor;help;resource-definition;set-property'= {
        }
        &'kamaki;linstor;help;resource-definition;list-properties'= {
        }
        &'kamaki;linstor;help;resource-definition;drbd-options'= {
        }
        &'kamaki;linstor;help;volume-definition'= {
            cand list 'List volume definitions'
            cand create 'Add a volume to a resource definition'
            cand delete 'Delete a volume definition'
            cand resize 'Grow a volume'
        }
        &'kamaki;linstor;help;volume-definition;list'= {
        }
        &'kamaki;linstor;help;volume-definition;create'= {
        }
        &'kamaki;linstor;help;volume-definition;delete'= {
        }
        &'kamaki;linstor;help;volume-definition;resize'= {
        }
        &'kamaki;linstor;help;resource'= {
            cand list 'List replicas with their state'
            cand create 'Create a replica of a resource on a node'
            cand delete 'Delete a replica'
            cand toggle-disk 'Turn a diskless replica diskful, or (with `--diskless`) the other way round'
            cand place 'Define a resource with one volume and place it N-times redundant on distinct nodes (on an existing resource: add diskful replicas up to N)'
            cand resize 'Grow a volume to SIZE, or by +SIZE'
            cand activate 'Add a diskless replica on a node, only if the node has none yet'
            cand deactivate 'Remove a node''s replica, only if it is diskless (redundancy never drops)'
            cand make-diskful 'Make the node''s replica diskful, creating or converting it as needed'
            cand make-diskless 'Make the node''s replica diskless, creating or converting it as needed'
            cand unassign 'Remove the node''s replica, whatever it is'
            cand dual-primary 'Allow (on) or forbid (off) two primaries at once, e.g. for live migration'
            cand info 'Where a resource lives: diskful and diskless nodes, states, devices and backing disks'
            cand wait 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait'
        }
        &'kamaki;linstor;help;resource;list'= {
        }
        &'kamaki;linstor;help;resource;create'= {
        }
        &'kamaki;linstor;help;resource;delete'= {
        }
        &'kamaki;linstor;help;resource;toggle-disk'= {
        }
        &'kamaki;linstor;help;resource;place'= {
        }
        &'kamaki;linstor;help;resource;resize'= {
        }
        &'kamaki;linstor;help;resource;activate'= {
        }
        &'kamaki;linstor;help;resource;deactivate'= {
        }
        &'kamaki;linstor;help;resource;make-diskful'= {
        }
        &'kamaki;linstor;help;resource;make-diskless'= {
        }
        &'kamaki;linstor;help;resource;unassign'= {
        }
        &'kamaki;linstor;help;resource;dual-primary'= {
        }
        &'kamaki;linstor;help;resource;info'= {
        }
        &'kamaki;linstor;help;resource;wait'= {
        }
        &'kamaki;linstor;help;kv'= {
            cand list 'List the keys of the namespace (or, without `--instance`, the instances)'
            cand get 'Show one key''s value'
            cand set 'Set a key'
            cand delete 'Delete a key'
            cand delete-namespace 'Delete every key in the namespace (with `--namespace /`, the whole instance)'
        }
        &'kamaki;linstor;help;kv;list'= {
        }
        &'kamaki;linstor;help;kv;get'= {
        }
        &'kamaki;linstor;help;kv;set'= {
        }
        &'kamaki;linstor;help;kv;delete'= {
        }
        &'kamaki;linstor;help;kv;delete-namespace'= {
        }
        &'kamaki;linstor;help;help'= {
        }
        &'kamaki;help'= {
            cand astakos 'Identity, quotas, projects and memberships (Synnefo Astakos)'
            cand config 'Read and change the config file'
            cand completions 'Print a shell completion script'
            cand sandbox 'Run the built-in local cloud'
            cand linstor 'LINSTOR: nodes, storage pools, resources with placement, and the KV store'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;help;astakos'= {
            cand authenticate 'Authenticate the token and show the user and the service catalog'
            cand user 'The user: info, and uuid/username lookups'
            cand quota 'Resource usage and limits per project'
            cand resource 'Quotable resources'
            cand project 'Projects: list, info, join, leave'
            cand membership 'Your project memberships'
        }
        &'kamaki;help;astakos;authenticate'= {
        }
        &'kamaki;help;astakos;user'= {
            cand info 'Show the user (name, uuid) and the service catalog'
            cand uuid2name 'Usernames of user uuids'
            cand name2uuid 'Uuids of usernames'
        }
        &'kamaki;help;astakos;user;info'= {
        }
        &'kamaki;help;astakos;user;uuid2name'= {
        }
        &'kamaki;help;astakos;user;name2uuid'= {
        }
        &'kamaki;help;astakos;quota'= {
            cand list 'Usage and limit of every resource in every project you are a member of'
        }
        &'kamaki;help;astakos;quota;list'= {
        }
        &'kamaki;help;astakos;resource'= {
            cand list 'List the quotable resources'
        }
        &'kamaki;help;astakos;resource;list'= {
        }
        &'kamaki;help;astakos;project'= {
            cand list 'List the projects you can see'
            cand info 'Show a project: limits, your usage and your membership'
            cand join 'Join a project (or ask to, if it is moderated)'
            cand leave 'Leave a project'
        }
        &'kamaki;help;astakos;project;list'= {
        }
        &'kamaki;help;astakos;project;info'= {
        }
        &'kamaki;help;astakos;project;join'= {
        }
        &'kamaki;help;astakos;project;leave'= {
        }
        &'kamaki;help;astakos;membership'= {
            cand list 'List your memberships'
        }
        &'kamaki;help;astakos;membership;list'= {
        }
        &'kamaki;help;config'= {
            cand list 'List every key and value (secrets redacted)'
            cand get 'Print one value, e.g. `default_cloud` or `clouds.demo.url`'
            cand set 'Set a value, e.g. `kamaki config set clouds.demo.url https://HOST/identity/v2.0`'
            cand unset 'Remove a key (or a whole cloud: `clouds.NAME`)'
            cand path 'Print where the config file is'
            cand edit 'Open the config file in `$EDITOR`; it is saved only if it is valid'
            cand import-kamakirc 'Import the clouds of a kamaki 0.16 `~/.kamakirc`'
        }
        &'kamaki;help;config;list'= {
        }
        &'kamaki;help;config;get'= {
        }
        &'kamaki;help;config;set'= {
        }
        &'kamaki;help;config;unset'= {
        }
        &'kamaki;help;config;path'= {
        }
        &'kamaki;help;config;edit'= {
        }
        &'kamaki;help;config;import-kamakirc'= {
        }
        &'kamaki;help;completions'= {
        }
        &'kamaki;help;sandbox'= {
            cand serve 'Serve the sandbox until interrupted; prints its endpoints and the demo user''s token'
            cand faults 'Change the injected faults of a running sandbox (the selected cloud''s)'
        }
        &'kamaki;help;sandbox;serve'= {
        }
        &'kamaki;help;sandbox;faults'= {
        }
        &'kamaki;help;linstor'= {
            cand controller 'The controller: version and properties'
            cand node 'Satellites and other nodes'
            cand storage-pool 'Storage pools on nodes, with their capacity'
            cand resource-group 'Resource groups: templates to spawn resources from'
            cand resource-definition 'Resource definitions: a resource''s name, port and properties'
            cand volume-definition 'Volume definitions: the volumes (and sizes) of a resource'
            cand resource 'Resources: replicas on nodes, placement, assignment state and waiting'
            cand kv 'A key-value store instance, with namespaces'
        }
        &'kamaki;help;linstor;controller'= {
            cand version 'The controller''s version and REST API version'
            cand list-properties 'The controller''s properties'
            cand set-property 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default 1000)'
        }
        &'kamaki;help;linstor;controller;version'= {
        }
        &'kamaki;help;linstor;controller;list-properties'= {
        }
        &'kamaki;help;linstor;controller;set-property'= {
        }
        &'kamaki;help;linstor;node'= {
            cand list 'List nodes with their address and connection state'
            cand info 'Show one node'
            cand create 'Register a node'
            cand delete 'Delete a node that holds no resources'
            cand lost 'Delete a node that is gone for good, with its resources'
            cand reconnect 'Reconnect to a node''s satellite'
            cand set-property 'Set a node property, or delete it when no value is given (in the sandbox, `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)'
            cand list-properties 'List a node''s properties'
            cand interface 'A node''s network interfaces'
        }
        &'kamaki;help;linstor;node;list'= {
        }
        &'kamaki;help;linstor;node;info'= {
        }
        &'kamaki;help;linstor;node;create'= {
        }
        &'kamaki;help;linstor;node;delete'= {
        }
        &'kamaki;help;linstor;node;lost'= {
        }
        &'kamaki;help;linstor;node;reconnect'= {
        }
        &'kamaki;help;linstor;node;set-property'= {
        }
        &'kamaki;help;linstor;node;list-properties'= {
        }
        &'kamaki;help;linstor;node;interface'= {
            cand list 'List a node''s network interfaces'
            cand create 'Add a network interface to a node'
        }
        &'kamaki;help;linstor;node;interface;list'= {
        }
        &'kamaki;help;linstor;node;interface;create'= {
        }
        &'kamaki;help;linstor;storage-pool'= {
            cand list 'List storage pools with their free and total capacity'
            cand create 'Create a storage pool on a node'
            cand delete 'Delete a storage pool that no resource uses'
        }
        &'kamaki;help;linstor;storage-pool;list'= {
        }
        &'kamaki;help;linstor;storage-pool;create'= {
        }
        &'kamaki;help;linstor;storage-pool;delete'= {
        }
        &'kamaki;help;linstor;resource-group'= {
            cand list 'List resource groups and their placement rules'
            cand create 'Create a resource group'
            cand delete 'Delete a resource group that no resource definition uses'
            cand spawn 'Create a resource definition with volumes from a group, and place it by the group''s rules'
        }
        &'kamaki;help;linstor;resource-group;list'= {
        }
        &'kamaki;help;linstor;resource-group;create'= {
        }
        &'kamaki;help;linstor;resource-group;delete'= {
        }
        &'kamaki;help;linstor;resource-group;spawn'= {
        }
        &'kamaki;help;linstor;resource-definition'= {
            cand list 'List resource definitions'
            cand create 'Create a resource definition'
            cand delete 'Delete a resource definition with its volumes and replicas'
            cand set-property 'Set a property, or delete it when no value is given'
            cand list-properties 'List a resource definition''s properties'
            cand drbd-options 'Set DRBD options of a resource'
        }
        &'kamaki;help;linstor;resource-definition;list'= {
        }
        &'kamaki;help;linstor;resource-definition;create'= {
        }
        &'kamaki;help;linstor;resource-definition;delete'= {
        }
        &'kamaki;help;linstor;resource-definition;set-property'= {
        }
        &'kamaki;help;linstor;resource-definition;list-properties'= {
        }
        &'kamaki;help;linstor;resource-definition;drbd-options'= {
        }
        &'kamaki;help;linstor;volume-definition'= {
            cand list 'List volume definitions'
            cand create 'Add a volume to a resource definition'
            cand delete 'Delete a volume definition'
            cand resize 'Grow a volume'
        }
        &'kamaki;help;linstor;volume-definition;list'= {
        }
        &'kamaki;help;linstor;volume-definition;create'= {
        }
        &'kamaki;help;linstor;volume-definition;delete'= {
        }
        &'kamaki;help;linstor;volume-definition;resize'= {
        }
        &'kamaki;help;linstor;resource'= {
            cand list 'List replicas with their state'
            cand create 'Create a replica of a resource on a node'
            cand delete 'Delete a replica'
            cand toggle-disk 'Turn a diskless replica diskful, or (with `--diskless`) the other way round'
            cand place 'Define a resource with one volume and place it N-times redundant on distinct nodes (on an existing resource: add diskful replicas up to N)'
            cand resize 'Grow a volume to SIZE, or by +SIZE'
            cand activate 'Add a diskless replica on a node, only if the node has none yet'
            cand deactivate 'Remove a node''s replica, only if it is diskless (redundancy never drops)'
            cand make-diskful 'Make the node''s replica diskful, creating or converting it as needed'
            cand make-diskless 'Make the node''s replica diskless, creating or converting it as needed'
            cand unassign 'Remove the node''s replica, whatever it is'
            cand dual-primary 'Allow (on) or forbid (off) two primaries at once, e.g. for live migration'
            cand info 'Where a resource lives: diskful and diskless nodes, states, devices and backing disks'
            cand wait 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait'
        }
        &'kamaki;help;linstor;resource;list'= {
        }
        &'kamaki;help;linstor;resource;create'= {
        }
        &'kamaki;help;linstor;resource;delete'= {
        }
        &'kamaki;help;linstor;resource;toggle-disk'= {
        }
        &'kamaki;help;linstor;resource;place'= {
        }
        &'kamaki;help;linstor;resource;resize'= {
        }
        &'kamaki;help;linstor;resource;activate'= {
        }
        &'kamaki;help;linstor;resource;deactivate'= {
        }
        &'kamaki;help;linstor;resource;make-diskful'= {
        }
        &'kamaki;help;linstor;resource;make-diskless'= {
        }
        &'kamaki;help;linstor;resource;unassign'= {
        }
        &'kamaki;help;linstor;resource;dual-primary'= {
        }
        &'kamaki;help;linstor;resource;info'= {
        }
        &'kamaki;help;linstor;resource;wait'= {
        }
        &'kamaki;help;linstor;kv'= {
            cand list 'List the keys of the namespace (or, without `--instance`, the instances)'
            cand get 'Show one key''s value'
            cand set 'Set a key'
            cand delete 'Delete a key'
            cand delete-namespace 'Delete every key in the namespace (with `--namespace /`, the whole instance)'
        }
        &'kamaki;help;linstor;kv;list'= {
        }
        &'kamaki;help;linstor;kv;get'= {
        }
        &'kamaki;help;linstor;kv;set'= {
        }
        &'kamaki;help;linstor;kv;delete'= {
        }
        &'kamaki;help;linstor;kv;delete-namespace'= {
        }
        &'kamaki;help;help'= {
        }
    ]
    $completions[$command]
}
