
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
            cand file 'Object storage: files, containers, sharing, versions, sync (Pithos, or plain Swift)'
            cand completions 'Print a shell completion script'
            cand sandbox 'Run the built-in local cloud'
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
        &'kamaki;file'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
            cand container 'Containers: list, info, create, delete, empty, reassign'
            cand list 'List the objects of a container (or under a folder)'
            cand info 'Show an object''s details (or a container''s), or its hashmap'
            cand metadata 'An object''s user metadata: list, set, delete'
            cand mkdir 'Create a folder (a directory object)'
            cand touch 'Create an empty object, unless it exists'
            cand cat 'Print an object''s contents to stdout'
            cand upload 'Upload a file (or, with -r, a directory; `-` reads stdin)'
            cand download 'Download an object (or, with -r, a folder or container)'
            cand copy 'Copy objects on the server (across containers and accounts)'
            cand move 'Move objects on the server (across containers and accounts)'
            cand delete 'Move objects to the trash (or, with --purge, delete them for good)'
            cand trash 'The trash: list, restore, empty'
            cand share 'Let users or groups read or write an object or folder'
            cand unshare 'Stop sharing an object or folder'
            cand shared 'What you share with others'
            cand publish 'Publish an object: anyone with the printed URL can read it'
            cand unpublish 'Withdraw an object''s public URL'
            cand others 'Accounts that share with you; then their containers or objects'
            cand group 'Account groups, usable in sharing as `GROUP`'
            cand versions 'The versions of an object'
            cand restore-version 'Make an old version of an object the current one (the newer ones stay in history)'
            cand sync 'Synchronise a local directory with a remote folder, both ways'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;file;container'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
            cand list 'List containers with their usage and project'
            cand info 'Show a container: usage, block size and hash, policy, metadata'
            cand create 'Create a container'
            cand delete 'Delete a container (with --recursive, its objects too)'
            cand empty 'Delete every object of a container, keeping the container'
            cand reassign 'Charge a container''s storage to another project'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;file;container;list'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;container;info'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;container;create'= {
            cand --quota 'Size limit, e.g. `10GiB`, `500MB` or bytes [default: unlimited]'
            cand --versioning 'Versioning policy'
            cand --project 'The project its storage is charged to [default: your personal project]'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        }
        &'kamaki;file;container;delete'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -r 'Delete the objects in it first'
            cand --recursive 'Delete the objects in it first'
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
        &'kamaki;file;container;empty'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;container;reassign'= {
            cand --project 'The project to charge'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;container;help'= {
            cand list 'List containers with their usage and project'
            cand info 'Show a container: usage, block size and hash, policy, metadata'
            cand create 'Create a container'
            cand delete 'Delete a container (with --recursive, its objects too)'
            cand empty 'Delete every object of a container, keeping the container'
            cand reassign 'Charge a container''s storage to another project'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;file;container;help;list'= {
        }
        &'kamaki;file;container;help;info'= {
        }
        &'kamaki;file;container;help;create'= {
        }
        &'kamaki;file;container;help;delete'= {
        }
        &'kamaki;file;container;help;empty'= {
        }
        &'kamaki;file;container;help;reassign'= {
        }
        &'kamaki;file;container;help;help'= {
        }
        &'kamaki;file;list'= {
            cand --delimiter 'Fold names at this delimiter into folders [default: `/` unless --recursive]'
            cand --until 'The container as it was at this time (RFC 3339 or epoch seconds)'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -r 'Everything under the prefix, not just the first level'
            cand --recursive 'Everything under the prefix, not just the first level'
            cand --shared 'Only objects shared with others'
            cand --public 'Only public objects'
            cand -l 'Show type, size and modification time'
            cand --long 'Show type, size and modification time'
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
        &'kamaki;file;info'= {
            cand --version 'This version instead of the current one'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --hashmap 'Show the object''s block hashes'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kamaki;file;metadata'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
            cand list 'Show an object''s metadata'
            cand set 'Set metadata keys'
            cand delete 'Delete metadata keys'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;file;metadata;list'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;metadata;set'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;metadata;delete'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;metadata;help'= {
            cand list 'Show an object''s metadata'
            cand set 'Set metadata keys'
            cand delete 'Delete metadata keys'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;file;metadata;help;list'= {
        }
        &'kamaki;file;metadata;help;set'= {
        }
        &'kamaki;file;metadata;help;delete'= {
        }
        &'kamaki;file;metadata;help;help'= {
        }
        &'kamaki;file;mkdir'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;touch'= {
            cand --content-type 'Its content type [default: guessed from the name]'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;cat'= {
            cand --version 'Print this version instead of the current one'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        }
        &'kamaki;file;upload'= {
            cand --content-type 'The content type [default: guessed from the extension]'
            cand --metadata 'Metadata to set, repeatable'
            cand --sharing 'Sharing, e.g. `read=UUID1,GROUP;write=UUID2`'
            cand --threads 'Blocks in flight at once'
            cand --segment-size 'Plain Swift only: upload files larger than this as segments of this size with a static large object manifest [default: 5GiB, Swift''s object size limit]'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -r 'Upload a directory with everything in it'
            cand --recursive 'Upload a directory with everything in it'
            cand --public 'Publish the object and print its public URL'
            cand --if-not-exists 'Skip objects that already exist instead of failing'
            cand --overwrite 'Replace existing objects (their old data stays in their versions)'
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
        &'kamaki;file;download'= {
            cand --version 'This version instead of the current one'
            cand --threads 'Ranged requests in flight at once'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -r 'Download a folder or container with everything in it'
            cand --recursive 'Download a folder or container with everything in it'
            cand --resume 'Reuse the blocks of an existing local file and fetch only those that differ'
            cand --overwrite 'Replace existing local files'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kamaki;file;copy'= {
            cand --version 'Copy this version of the source'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -r 'Copy (move) a folder with everything under it'
            cand --recursive 'Copy (move) a folder with everything under it'
            cand --overwrite 'Replace existing destination objects'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kamaki;file;move'= {
            cand --version 'Copy this version of the source'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -r 'Copy (move) a folder with everything under it'
            cand --recursive 'Copy (move) a folder with everything under it'
            cand --overwrite 'Replace existing destination objects'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kamaki;file;delete'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -r 'Delete a folder with everything under it'
            cand --recursive 'Delete a folder with everything under it'
            cand --purge 'Delete for good instead of moving to the trash'
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
        &'kamaki;file;trash'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
            cand list 'List what is in the trash'
            cand restore 'Move an object (or, with -r, a folder) from the trash back where it was deleted from'
            cand empty 'Delete everything in the trash for good'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;file;trash;list'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;trash;restore'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -r 'r'
            cand --recursive 'recursive'
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
        &'kamaki;file;trash;empty'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;trash;help'= {
            cand list 'List what is in the trash'
            cand restore 'Move an object (or, with -r, a folder) from the trash back where it was deleted from'
            cand empty 'Delete everything in the trash for good'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;file;trash;help;list'= {
        }
        &'kamaki;file;trash;help;restore'= {
        }
        &'kamaki;file;trash;help;empty'= {
        }
        &'kamaki;file;trash;help;help'= {
        }
        &'kamaki;file;share'= {
            cand --read 'Users (uuid or email) or your groups that may read; `*` for everyone'
            cand --write 'Users (uuid or email) or your groups that may write'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;unshare'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;shared'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;publish'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;unpublish'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;others'= {
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
        &'kamaki;file;group'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
            cand list 'List your groups and their members'
            cand create 'Create (or replace) a group'
            cand delete 'Delete a group'
            cand add-member 'Add members to a group'
            cand remove-member 'Remove members from a group'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;file;group;list'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;group;create'= {
            cand --member 'Members: user uuids or emails'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;group;delete'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;group;add-member'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;group;remove-member'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;group;help'= {
            cand list 'List your groups and their members'
            cand create 'Create (or replace) a group'
            cand delete 'Delete a group'
            cand add-member 'Add members to a group'
            cand remove-member 'Remove members from a group'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;file;group;help;list'= {
        }
        &'kamaki;file;group;help;create'= {
        }
        &'kamaki;file;group;help;delete'= {
        }
        &'kamaki;file;group;help;add-member'= {
        }
        &'kamaki;file;group;help;remove-member'= {
        }
        &'kamaki;file;group;help;help'= {
        }
        &'kamaki;file;versions'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;file;restore-version'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        }
        &'kamaki;file;sync'= {
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --dry-run 'Print the plan without changing anything'
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
        &'kamaki;file;help'= {
            cand container 'Containers: list, info, create, delete, empty, reassign'
            cand list 'List the objects of a container (or under a folder)'
            cand info 'Show an object''s details (or a container''s), or its hashmap'
            cand metadata 'An object''s user metadata: list, set, delete'
            cand mkdir 'Create a folder (a directory object)'
            cand touch 'Create an empty object, unless it exists'
            cand cat 'Print an object''s contents to stdout'
            cand upload 'Upload a file (or, with -r, a directory; `-` reads stdin)'
            cand download 'Download an object (or, with -r, a folder or container)'
            cand copy 'Copy objects on the server (across containers and accounts)'
            cand move 'Move objects on the server (across containers and accounts)'
            cand delete 'Move objects to the trash (or, with --purge, delete them for good)'
            cand trash 'The trash: list, restore, empty'
            cand share 'Let users or groups read or write an object or folder'
            cand unshare 'Stop sharing an object or folder'
            cand shared 'What you share with others'
            cand publish 'Publish an object: anyone with the printed URL can read it'
            cand unpublish 'Withdraw an object''s public URL'
            cand others 'Accounts that share with you; then their containers or objects'
            cand group 'Account groups, usable in sharing as `GROUP`'
            cand versions 'The versions of an object'
            cand restore-version 'Make an old version of an object the current one (the newer ones stay in history)'
            cand sync 'Synchronise a local directory with a remote folder, both ways'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;file;help;container'= {
            cand list 'List containers with their usage and project'
            cand info 'Show a container: usage, block size and hash, policy, metadata'
            cand create 'Create a container'
            cand delete 'Delete a container (with --recursive, its objects too)'
            cand empty 'Delete every object of a container, keeping the container'
            cand reassign 'Charge a container''s storage to another project'
        }
        &'kamaki;file;help;container;list'= {
        }
        &'kamaki;file;help;container;info'= {
        }
        &'kamaki;file;help;container;create'= {
        }
        &'kamaki;file;help;container;delete'= {
        }
        &'kamaki;file;help;container;empty'= {
        }
        &'kamaki;file;help;container;reassign'= {
        }
        &'kamaki;file;help;list'= {
        }
        &'kamaki;file;help;info'= {
        }
        &'kamaki;file;help;metadata'= {
            cand list 'Show an object''s metadata'
            cand set 'Set metadata keys'
            cand delete 'Delete metadata keys'
        }
        &'kamaki;file;help;metadata;list'= {
        }
        &'kamaki;file;help;metadata;set'= {
        }
        &'kamaki;file;help;metadata;delete'= {
        }
        &'kamaki;file;help;mkdir'= {
        }
        &'kamaki;file;help;touch'= {
        }
        &'kamaki;file;help;cat'= {
        }
        &'kamaki;file;help;upload'= {
        }
        &'kamaki;file;help;download'= {
        }
        &'kamaki;file;help;copy'= {
        }
        &'kamaki;file;help;move'= {
        }
        &'kamaki;file;help;delete'= {
        }
        &'kamaki;file;help;trash'= {
            cand list 'List what is in the trash'
            cand restore 'Move an object (or, with -r, a folder) from the trash back where it was deleted from'
            cand empty 'Delete everything in the trash for good'
        }
        &'kamaki;file;help;trash;list'= {
        }
        &'kamaki;file;help;trash;restore'= {
        }
        &'kamaki;file;help;trash;empty'= {
        }
        &'kamaki;file;help;share'= {
        }
        &'kamaki;file;help;unshare'= {
        }
        &'kamaki;file;help;shared'= {
        }
        &'kamaki;file;help;publish'= {
        }
        &'kamaki;file;help;unpublish'= {
        }
        &'kamaki;file;help;others'= {
        }
        &'kamaki;file;help;group'= {
            cand list 'List your groups and their members'
            cand create 'Create (or replace) a group'
            cand delete 'Delete a group'
            cand add-member 'Add members to a group'
            cand remove-member 'Remove members from a group'
        }
        &'kamaki;file;help;group;list'= {
        }
        &'kamaki;file;help;group;create'= {
        }
        &'kamaki;file;help;group;delete'= {
        }
        &'kamaki;file;help;group;add-member'= {
        }
        &'kamaki;file;help;group;remove-member'= {
        }
        &'kamaki;file;help;versions'= {
        }
        &'kamaki;file;help;restore-version'= {
        }
        &'kamaki;file;help;sync'= {
        }
        &'kamaki;file;help;help'= {
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
        &'kamaki;help'= {
            cand astakos 'Identity, quotas, projects and memberships (Synnefo Astakos)'
            cand config 'Read and change the config file'
            cand file 'Object storage: files, containers, sharing, versions, sync (Pithos, or plain Swift)'
            cand completions 'Print a shell completion script'
            cand sandbox 'Run the built-in local cloud'
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
        &'kamaki;help;file'= {
            cand container 'Containers: list, info, create, delete, empty, reassign'
            cand list 'List the objects of a container (or under a folder)'
            cand info 'Show an object''s details (or a container''s), or its hashmap'
            cand metadata 'An object''s user metadata: list, set, delete'
            cand mkdir 'Create a folder (a directory object)'
            cand touch 'Create an empty object, unless it exists'
            cand cat 'Print an object''s contents to stdout'
            cand upload 'Upload a file (or, with -r, a directory; `-` reads stdin)'
            cand download 'Download an object (or, with -r, a folder or container)'
            cand copy 'Copy objects on the server (across containers and accounts)'
            cand move 'Move objects on the server (across containers and accounts)'
            cand delete 'Move objects to the trash (or, with --purge, delete them for good)'
            cand trash 'The trash: list, restore, empty'
            cand share 'Let users or groups read or write an object or folder'
            cand unshare 'Stop sharing an object or folder'
            cand shared 'What you share with others'
            cand publish 'Publish an object: anyone with the printed URL can read it'
            cand unpublish 'Withdraw an object''s public URL'
            cand others 'Accounts that share with you; then their containers or objects'
            cand group 'Account groups, usable in sharing as `GROUP`'
            cand versions 'The versions of an object'
            cand restore-version 'Make an old version of an object the current one (the newer ones stay in history)'
            cand sync 'Synchronise a local directory with a remote folder, both ways'
        }
        &'kamaki;help;file;container'= {
            cand list 'List containers with their usage and project'
            cand info 'Show a container: usage, block size and hash, policy, metadata'
            cand create 'Create a container'
            cand delete 'Delete a container (with --recursive, its objects too)'
            cand empty 'Delete every object of a container, keeping the container'
            cand reassign 'Charge a container''s storage to another project'
        }
        &'kamaki;help;file;container;list'= {
        }
        &'kamaki;help;file;container;info'= {
        }
        &'kamaki;help;file;container;create'= {
        }
        &'kamaki;help;file;container;delete'= {
        }
        &'kamaki;help;file;container;empty'= {
        }
        &'kamaki;help;file;container;reassign'= {
        }
        &'kamaki;help;file;list'= {
        }
        &'kamaki;help;file;info'= {
        }
        &'kamaki;help;file;metadata'= {
            cand list 'Show an object''s metadata'
            cand set 'Set metadata keys'
            cand delete 'Delete metadata keys'
        }
        &'kamaki;help;file;metadata;list'= {
        }
        &'kamaki;help;file;metadata;set'= {
        }
        &'kamaki;help;file;metadata;delete'= {
        }
        &'kamaki;help;file;mkdir'= {
        }
        &'kamaki;help;file;touch'= {
        }
        &'kamaki;help;file;cat'= {
        }
        &'kamaki;help;file;upload'= {
        }
        &'kamaki;help;file;download'= {
        }
        &'kamaki;help;file;copy'= {
        }
        &'kamaki;help;file;move'= {
        }
        &'kamaki;help;file;delete'= {
        }
        &'kamaki;help;file;trash'= {
            cand list 'List what is in the trash'
            cand restore 'Move an object (or, with -r, a folder) from the trash back where it was deleted from'
            cand empty 'Delete everything in the trash for good'
        }
        &'kamaki;help;file;trash;list'= {
        }
        &'kamaki;help;file;trash;restore'= {
        }
        &'kamaki;help;file;trash;empty'= {
        }
        &'kamaki;help;file;share'= {
        }
        &'kamaki;help;file;unshare'= {
        }
        &'kamaki;help;file;shared'= {
        }
        &'kamaki;help;file;publish'= {
        }
        &'kamaki;help;file;unpublish'= {
        }
        &'kamaki;help;file;others'= {
        }
        &'kamaki;help;file;group'= {
            cand list 'List your groups and their members'
            cand create 'Create (or replace) a group'
            cand delete 'Delete a group'
            cand add-member 'Add members to a group'
            cand remove-member 'Remove members from a group'
        }
        &'kamaki;help;file;group;list'= {
        }
        &'kamaki;help;file;group;create'= {
        }
        &'kamaki;help;file;group;delete'= {
        }
        &'kamaki;help;file;group;add-member'= {
        }
        &'kamaki;help;file;group;remove-member'= {
        }
        &'kamaki;help;file;versions'= {
        }
        &'kamaki;help;file;restore-version'= {
        }
        &'kamaki;help;file;sync'= {
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
        &'kamaki;help;help'= {
        }
    ]
    $completions[$command]
}
