
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
            cand infra 'Build, maintain, scale and destroy multi-node infrastructures (Occopus-style)'
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
        &'kamaki;infra'= {
            cand --state 'The state store (a SQLite file) [default: the `infra` config section, else the data dir]'
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
            cand build 'Build an infrastructure from its description, level by level; roll back on failure'
            cand destroy 'Destroy every node of an infrastructure, last level first, and forget it'
            cand maintain 'List infrastructures, report on one, or maintain one (health, recovery, scaling)'
            cand scale 'Request scaling of a node; the next maintenance pass applies it'
            cand import 'Import node definitions (a new version of each type) for later builds'
            cand serve 'Serve the Occopus REST API and maintain attached infrastructures'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;infra;build'= {
            cand -i 'Reconfigure this existing infrastructure by difference instead of building a new one'
            cand --infra-id 'Reconfigure this existing infrastructure by difference instead of building a new one'
            cand --state 'The state store (a SQLite file) [default: the `infra` config section, else the data dir]'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --parallelize 'Build the independent nodes of each level at the same time'
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
        &'kamaki;infra;destroy'= {
            cand -i 'The infrastructure to destroy'
            cand --infra-id 'The infrastructure to destroy'
            cand --state 'The state store (a SQLite file) [default: the `infra` config section, else the data dir]'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --parallelize 'Destroy the instances of each level at the same time'
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
        &'kamaki;infra;maintain'= {
            cand -i 'The infrastructure to report on or maintain'
            cand --infra-id 'The infrastructure to report on or maintain'
            cand -t 'Seconds between maintenance passes'
            cand --interval 'Seconds between maintenance passes'
            cand -O 'With `-r`: also write one line per instance (node, node id, addresses) to FILE'
            cand --output-file 'With `-r`: also write one line per instance (node, node id, addresses) to FILE'
            cand -f 'With `-r`: report only this node'
            cand --filter 'With `-r`: report only this node'
            cand --state 'The state store (a SQLite file) [default: the `infra` config section, else the data dir]'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'List the known infrastructures'
            cand --list 'List the known infrastructures'
            cand -r 'Report the nodes, instances, addresses, states and scaling of an infrastructure'
            cand --report 'Report the nodes, instances, addresses, states and scaling of an infrastructure'
            cand -c 'Keep maintaining, one pass every `-t` seconds, until interrupted'
            cand --cyclic 'Keep maintaining, one pass every `-t` seconds, until interrupted'
            cand --parallelize 'Create the missing nodes of a level at the same time'
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
        &'kamaki;infra;scale'= {
            cand -i 'The infrastructure'
            cand --infra-id 'The infrastructure'
            cand -n 'The node to scale'
            cand --node 'The node to scale'
            cand -c 'Add (+N) or remove (-N) instances'
            cand --changescale 'Add (+N) or remove (-N) instances'
            cand -s 'Set the instance count'
            cand --setscale 'Set the instance count'
            cand -f 'The instance to remove when scaling down (node id, cloud id or address)'
            cand --filter 'The instance to remove when scaling down (node id, cloud id or address)'
            cand --state 'The state store (a SQLite file) [default: the `infra` config section, else the data dir]'
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
        &'kamaki;infra;import'= {
            cand --state 'The state store (a SQLite file) [default: the `infra` config section, else the data dir]'
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
        &'kamaki;infra;serve'= {
            cand --host 'The address to listen on (loopback by default: the API can create servers)'
            cand --port 'The port to listen on (0 picks a free one)'
            cand -t 'Seconds between maintenance passes of each attached infrastructure'
            cand --interval 'Seconds between maintenance passes of each attached infrastructure'
            cand --state 'The state store (a SQLite file) [default: the `infra` config section, else the data dir]'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --parallelize 'Create the missing nodes of a level at the same time'
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
        &'kamaki;infra;help'= {
            cand build 'Build an infrastructure from its description, level by level; roll back on failure'
            cand destroy 'Destroy every node of an infrastructure, last level first, and forget it'
            cand maintain 'List infrastructures, report on one, or maintain one (health, recovery, scaling)'
            cand scale 'Request scaling of a node; the next maintenance pass applies it'
            cand import 'Import node definitions (a new version of each type) for later builds'
            cand serve 'Serve the Occopus REST API and maintain attached infrastructures'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;infra;help;build'= {
        }
        &'kamaki;infra;help;destroy'= {
        }
        &'kamaki;infra;help;maintain'= {
        }
        &'kamaki;infra;help;scale'= {
        }
        &'kamaki;infra;help;import'= {
        }
        &'kamaki;infra;help;serve'= {
        }
        &'kamaki;infra;help;help'= {
        }
        &'kamaki;help'= {
            cand astakos 'Identity, quotas, projects and memberships (Synnefo Astakos)'
            cand config 'Read and change the config file'
            cand completions 'Print a shell completion script'
            cand sandbox 'Run the built-in local cloud'
            cand infra 'Build, maintain, scale and destroy multi-node infrastructures (Occopus-style)'
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
        &'kamaki;help;infra'= {
            cand build 'Build an infrastructure from its description, level by level; roll back on failure'
            cand destroy 'Destroy every node of an infrastructure, last level first, and forget it'
            cand maintain 'List infrastructures, report on one, or maintain one (health, recovery, scaling)'
            cand scale 'Request scaling of a node; the next maintenance pass applies it'
            cand import 'Import node definitions (a new version of each type) for later builds'
            cand serve 'Serve the Occopus REST API and maintain attached infrastructures'
        }
        &'kamaki;help;infra;build'= {
        }
        &'kamaki;help;infra;destroy'= {
        }
        &'kamaki;help;infra;maintain'= {
        }
        &'kamaki;help;infra;scale'= {
        }
        &'kamaki;help;infra;import'= {
        }
        &'kamaki;help;infra;serve'= {
        }
        &'kamaki;help;help'= {
        }
    ]
    $completions[$command]
}
