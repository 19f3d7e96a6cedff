
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
            cand sdc 'Joyent SmartDataCenter / Triton CloudAPI: machines, images, packages, keys'
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
            cand --sdc-delay 'How long CloudAPI machine transitions take, e.g. `1s`, `200ms` [default: 1s]'
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
            cand --state 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --state 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]'
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
            cand -i 'The infrastructure to destroy (the instances of each level are destroyed at the same time)'
            cand --infra-id 'The infrastructure to destroy (the instances of each level are destroyed at the same time)'
            cand --state 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --state 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]'
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
            cand --state 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --state 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --state 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]'
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
        &'kamaki;sdc'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand account 'Show the account (login, email, names)'
            cand key 'The account''s SSH public keys, which sign CloudAPI requests'
            cand datacenter 'The datacenters of the cloud'
            cand dataset '6.5-era datasets: images named by URN (`sdc:sdc:base64:13.4.0`)'
            cand image 'Images machines are created from'
            cand package 'Packages: the sizes of machines (memory, disk, CPU)'
            cand network 'Networks machines can attach to'
            cand machine 'Machines: list, create, start, stop, reboot, resize, delete, wait, snapshots, metadata and tags'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;account'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;key'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the account''s keys'
            cand get 'Show a key by name or MD5 fingerprint'
            cand add 'Register a public key (`~/.ssh/id_ed25519.pub`) under a name'
            cand delete 'Remove keys by name or MD5 fingerprint'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;key;list'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field instead of the default columns'
            cand --long 'Show every field instead of the default columns'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;key;get'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;key;add'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;key;delete'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;key;help'= {
            cand list 'List the account''s keys'
            cand get 'Show a key by name or MD5 fingerprint'
            cand add 'Register a public key (`~/.ssh/id_ed25519.pub`) under a name'
            cand delete 'Remove keys by name or MD5 fingerprint'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;key;help;list'= {
        }
        &'kamaki;sdc;key;help;get'= {
        }
        &'kamaki;sdc;key;help;add'= {
        }
        &'kamaki;sdc;key;help;delete'= {
        }
        &'kamaki;sdc;key;help;help'= {
        }
        &'kamaki;sdc;datacenter'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the datacenters and their CloudAPI URLs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;datacenter;list'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;datacenter;help'= {
            cand list 'List the datacenters and their CloudAPI URLs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;datacenter;help;list'= {
        }
        &'kamaki;sdc;datacenter;help;help'= {
        }
        &'kamaki;sdc;dataset'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List datasets with their URNs; `default` marks the datacenter''s default'
            cand get 'Show a dataset by id, URN, name or partial URN (`sdc:sdc:base64:` is the newest)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;dataset;list'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field instead of the default columns'
            cand --long 'Show every field instead of the default columns'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;dataset;get'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;dataset;help'= {
            cand list 'List datasets with their URNs; `default` marks the datacenter''s default'
            cand get 'Show a dataset by id, URN, name or partial URN (`sdc:sdc:base64:` is the newest)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;dataset;help;list'= {
        }
        &'kamaki;sdc;dataset;help;get'= {
        }
        &'kamaki;sdc;dataset;help;help'= {
        }
        &'kamaki;sdc;image'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List images'
            cand get 'Show an image by id, short id, NAME@VERSION, NAME (the newest) or URN'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;image;list'= {
            cand --name 'Only images with this name'
            cand --os 'Only images of this OS (`smartos`, `linux`, …)'
            cand --image-version 'Only this version of the image'
            cand --type 'Only this type (`zone-dataset`, `lx-dataset`, `zvol`)'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field instead of the default columns'
            cand --long 'Show every field instead of the default columns'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;image;get'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;image;help'= {
            cand list 'List images'
            cand get 'Show an image by id, short id, NAME@VERSION, NAME (the newest) or URN'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;image;help;list'= {
        }
        &'kamaki;sdc;image;help;get'= {
        }
        &'kamaki;sdc;image;help;help'= {
        }
        &'kamaki;sdc;package'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List packages'
            cand get 'Show a package by name, id or short id'
            cand default 'Show the datacenter''s default package'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;package;list'= {
            cand --name 'Only packages with this name (`*` wildcards allowed)'
            cand --memory 'Only packages with this much memory, in MiB'
            cand --group 'Only packages of this group (`*` wildcards allowed)'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field instead of the default columns'
            cand --long 'Show every field instead of the default columns'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;package;get'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;package;default'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;package;help'= {
            cand list 'List packages'
            cand get 'Show a package by name, id or short id'
            cand default 'Show the datacenter''s default package'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;package;help;list'= {
        }
        &'kamaki;sdc;package;help;get'= {
        }
        &'kamaki;sdc;package;help;default'= {
        }
        &'kamaki;sdc;package;help;help'= {
        }
        &'kamaki;sdc;network'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List networks'
            cand get 'Show a network by name, id or short id'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;network;list'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -l 'Show every field instead of the default columns'
            cand --long 'Show every field instead of the default columns'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;network;get'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;network;help'= {
            cand list 'List networks'
            cand get 'Show a network by name, id or short id'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;network;help;list'= {
        }
        &'kamaki;sdc;network;help;get'= {
        }
        &'kamaki;sdc;network;help;help'= {
        }
        &'kamaki;sdc;machine'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List machines (all of them: pages past CloudAPI''s 1000 per request)'
            cand count 'Count machines matching the filters'
            cand get 'Show a machine by id, name or short id'
            cand create 'Create a machine; image and package default to the datacenter''s'
            cand start 'Start stopped machines'
            cand stop 'Stop running machines'
            cand reboot 'Reboot running machines'
            cand delete 'Delete machines'
            cand resize 'Change a machine''s package (same brand only)'
            cand rename 'Rename a machine'
            cand wait 'Wait until machines reach a state, or leave one'
            cand snapshot 'A machine''s snapshots'
            cand metadata 'A machine''s metadata (key/value strings readable inside the machine)'
            cand tag 'A machine''s tags'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;machine;list'= {
            cand --name 'Only the machine with this name'
            cand --state 'Only machines in this state (`running`, `stopped`, `provisioning`, `destroyed`, …)'
            cand --type 'Only `smartmachine` or `virtualmachine` machines'
            cand --brand 'Only machines of this brand (`joyent`, `lx`, `kvm`)'
            cand --image 'Only machines made from this image id'
            cand --memory 'Only machines with this much memory, in MiB'
            cand --tag 'Only machines with this tag (repeatable; all must match)'
            cand --limit 'Return at most this many machines'
            cand --offset 'Skip this many machines'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --tombstone 'Include deleted machines'
            cand -l 'Show every field instead of the default columns'
            cand --long 'Show every field instead of the default columns'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;count'= {
            cand --name 'Only the machine with this name'
            cand --state 'Only machines in this state (`running`, `stopped`, `provisioning`, `destroyed`, …)'
            cand --type 'Only `smartmachine` or `virtualmachine` machines'
            cand --brand 'Only machines of this brand (`joyent`, `lx`, `kvm`)'
            cand --image 'Only machines made from this image id'
            cand --memory 'Only machines with this much memory, in MiB'
            cand --tag 'Only machines with this tag (repeatable; all must match)'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;get'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --credentials 'Include the generated root/admin passwords (`metadata.credentials`)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;create'= {
            cand --name 'The machine''s name [default: the first 8 characters of its id]'
            cand --image 'Image: id, short id, NAME@VERSION or NAME (the newest) [default: the default dataset]'
            cand --dataset 'Dataset: id, URN or partial URN (`sdc:sdc:base64:` is the newest)'
            cand --package 'Package: name, id or short id [default: the datacenter''s default package]'
            cand --network 'Attach to this network (name or id; repeatable) [default: all]'
            cand -m 'Metadata readable inside the machine (repeatable)'
            cand --metadata 'Metadata readable inside the machine (repeatable)'
            cand --script 'A script run at every boot (`metadata.user-script`)'
            cand -t 'A tag (repeatable); `true`/`false` and numbers keep their type'
            cand --tag 'A tag (repeatable); `true`/`false` and numbers keep their type'
            cand --interval 'Time between polls while waiting'
            cand --wait-timeout 'Give up waiting after this long (exit code 124)'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --firewall 'Enable the machine''s firewall'
            cand --deletion-protection 'Refuse to delete the machine until this is disabled'
            cand -w 'Wait until the change is done'
            cand --wait 'Wait until the change is done'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;start'= {
            cand --name 'Only the machine with this name'
            cand --state 'Only machines in this state (`running`, `stopped`, `provisioning`, `destroyed`, …)'
            cand --type 'Only `smartmachine` or `virtualmachine` machines'
            cand --brand 'Only machines of this brand (`joyent`, `lx`, `kvm`)'
            cand --image 'Only machines made from this image id'
            cand --memory 'Only machines with this much memory, in MiB'
            cand --tag 'Only machines with this tag (repeatable; all must match)'
            cand --parallel 'How many machines to work on at once'
            cand --interval 'Time between polls while waiting'
            cand --wait-timeout 'Give up waiting after this long (exit code 124)'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --all 'Every machine (that is in a state the action applies to)'
            cand -w 'Wait until the change is done'
            cand --wait 'Wait until the change is done'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;stop'= {
            cand --name 'Only the machine with this name'
            cand --state 'Only machines in this state (`running`, `stopped`, `provisioning`, `destroyed`, …)'
            cand --type 'Only `smartmachine` or `virtualmachine` machines'
            cand --brand 'Only machines of this brand (`joyent`, `lx`, `kvm`)'
            cand --image 'Only machines made from this image id'
            cand --memory 'Only machines with this much memory, in MiB'
            cand --tag 'Only machines with this tag (repeatable; all must match)'
            cand --parallel 'How many machines to work on at once'
            cand --interval 'Time between polls while waiting'
            cand --wait-timeout 'Give up waiting after this long (exit code 124)'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --all 'Every machine (that is in a state the action applies to)'
            cand -w 'Wait until the change is done'
            cand --wait 'Wait until the change is done'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;reboot'= {
            cand --name 'Only the machine with this name'
            cand --state 'Only machines in this state (`running`, `stopped`, `provisioning`, `destroyed`, …)'
            cand --type 'Only `smartmachine` or `virtualmachine` machines'
            cand --brand 'Only machines of this brand (`joyent`, `lx`, `kvm`)'
            cand --image 'Only machines made from this image id'
            cand --memory 'Only machines with this much memory, in MiB'
            cand --tag 'Only machines with this tag (repeatable; all must match)'
            cand --parallel 'How many machines to work on at once'
            cand --interval 'Time between polls while waiting'
            cand --wait-timeout 'Give up waiting after this long (exit code 124)'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --all 'Every machine (that is in a state the action applies to)'
            cand -w 'Wait until the change is done'
            cand --wait 'Wait until the change is done'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;delete'= {
            cand --name 'Only the machine with this name'
            cand --state 'Only machines in this state (`running`, `stopped`, `provisioning`, `destroyed`, …)'
            cand --type 'Only `smartmachine` or `virtualmachine` machines'
            cand --brand 'Only machines of this brand (`joyent`, `lx`, `kvm`)'
            cand --image 'Only machines made from this image id'
            cand --memory 'Only machines with this much memory, in MiB'
            cand --tag 'Only machines with this tag (repeatable; all must match)'
            cand --parallel 'How many machines to work on at once'
            cand --interval 'Time between polls while waiting'
            cand --wait-timeout 'Give up waiting after this long (exit code 124)'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --all 'Every machine (that is in a state the action applies to)'
            cand -w 'Wait until the change is done'
            cand --wait 'Wait until the change is done'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;resize'= {
            cand --package 'The new package: name, id or short id'
            cand --interval 'Time between polls while waiting'
            cand --wait-timeout 'Give up waiting after this long (exit code 124)'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -w 'Wait until the change is done'
            cand --wait 'Wait until the change is done'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;rename'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;wait'= {
            cand --until 'Wait until the state is this one (comma-separated for any of several)'
            cand --while 'Wait while the state is this one (comma-separated for any of several)'
            cand --interval 'Time between polls'
            cand --wait-timeout 'Give up after this long (exit code 124)'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;snapshot'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List a machine''s snapshots'
            cand create 'Take a snapshot'
            cand get 'Show a snapshot'
            cand delete 'Delete snapshots'
            cand boot 'Boot a stopped machine from a snapshot'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;machine;snapshot;list'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;snapshot;create'= {
            cand --name 'The snapshot''s name [default: the current UTC time]'
            cand --interval 'Time between polls while waiting'
            cand --wait-timeout 'Give up waiting after this long (exit code 124)'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -w 'Wait until the change is done'
            cand --wait 'Wait until the change is done'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;snapshot;get'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;snapshot;delete'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;snapshot;boot'= {
            cand --interval 'Time between polls while waiting'
            cand --wait-timeout 'Give up waiting after this long (exit code 124)'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -w 'Wait until the change is done'
            cand --wait 'Wait until the change is done'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;snapshot;help'= {
            cand list 'List a machine''s snapshots'
            cand create 'Take a snapshot'
            cand get 'Show a snapshot'
            cand delete 'Delete snapshots'
            cand boot 'Boot a stopped machine from a snapshot'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;machine;snapshot;help;list'= {
        }
        &'kamaki;sdc;machine;snapshot;help;create'= {
        }
        &'kamaki;sdc;machine;snapshot;help;get'= {
        }
        &'kamaki;sdc;machine;snapshot;help;delete'= {
        }
        &'kamaki;sdc;machine;snapshot;help;boot'= {
        }
        &'kamaki;sdc;machine;snapshot;help;help'= {
        }
        &'kamaki;sdc;machine;metadata'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Show a machine''s metadata'
            cand get 'Show one metadata value'
            cand set 'Add or overwrite metadata'
            cand delete 'Delete metadata keys, or all of them with `--all`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;machine;metadata;list'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --credentials 'Include the generated root/admin passwords'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;metadata;get'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;metadata;set'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;metadata;delete'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --all 'all'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;metadata;help'= {
            cand list 'Show a machine''s metadata'
            cand get 'Show one metadata value'
            cand set 'Add or overwrite metadata'
            cand delete 'Delete metadata keys, or all of them with `--all`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;machine;metadata;help;list'= {
        }
        &'kamaki;sdc;machine;metadata;help;get'= {
        }
        &'kamaki;sdc;machine;metadata;help;set'= {
        }
        &'kamaki;sdc;machine;metadata;help;delete'= {
        }
        &'kamaki;sdc;machine;metadata;help;help'= {
        }
        &'kamaki;sdc;machine;tag'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Show a machine''s tags'
            cand get 'Show one tag''s value'
            cand set 'Replace all of a machine''s tags with these'
            cand add 'Add or overwrite tags, keeping the others'
            cand delete 'Delete tags, or all of them with `--all`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;machine;tag;list'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;tag;get'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;tag;set'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;tag;add'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;tag;delete'= {
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --all 'all'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;tag;help'= {
            cand list 'Show a machine''s tags'
            cand get 'Show one tag''s value'
            cand set 'Replace all of a machine''s tags with these'
            cand add 'Add or overwrite tags, keeping the others'
            cand delete 'Delete tags, or all of them with `--all`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;machine;tag;help;list'= {
        }
        &'kamaki;sdc;machine;tag;help;get'= {
        }
        &'kamaki;sdc;machine;tag;help;set'= {
        }
        &'kamaki;sdc;machine;tag;help;add'= {
        }
        &'kamaki;sdc;machine;tag;help;delete'= {
        }
        &'kamaki;sdc;machine;tag;help;help'= {
        }
        &'kamaki;sdc;machine;help'= {
            cand list 'List machines (all of them: pages past CloudAPI''s 1000 per request)'
            cand count 'Count machines matching the filters'
            cand get 'Show a machine by id, name or short id'
            cand create 'Create a machine; image and package default to the datacenter''s'
            cand start 'Start stopped machines'
            cand stop 'Stop running machines'
            cand reboot 'Reboot running machines'
            cand delete 'Delete machines'
            cand resize 'Change a machine''s package (same brand only)'
            cand rename 'Rename a machine'
            cand wait 'Wait until machines reach a state, or leave one'
            cand snapshot 'A machine''s snapshots'
            cand metadata 'A machine''s metadata (key/value strings readable inside the machine)'
            cand tag 'A machine''s tags'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;machine;help;list'= {
        }
        &'kamaki;sdc;machine;help;count'= {
        }
        &'kamaki;sdc;machine;help;get'= {
        }
        &'kamaki;sdc;machine;help;create'= {
        }
        &'kamaki;sdc;machine;help;start'= {
        }
        &'kamaki;sdc;machine;help;stop'= {
        }
        &'kamaki;sdc;machine;help;reboot'= {
        }
        &'kamaki;sdc;machine;help;delete'= {
        }
        &'kamaki;sdc;machine;help;resize'= {
        }
        &'kamaki;sdc;machine;help;rename'= {
        }
        &'kamaki;sdc;machine;help;wait'= {
        }
        &'kamaki;sdc;machine;help;snapshot'= {
            cand list 'List a machine''s snapshots'
            cand create 'Take a snapshot'
            cand get 'Show a snapshot'
            cand delete 'Delete snapshots'
            cand boot 'Boot a stopped machine from a snapshot'
        }
        &'kamaki;sdc;machine;help;snapshot;list'= {
        }
        &'kamaki;sdc;machine;help;snapshot;create'= {
        }
        &'kamaki;sdc;machine;help;snapshot;get'= {
        }
        &'kamaki;sdc;machine;help;snapshot;delete'= {
        }
        &'kamaki;sdc;machine;help;snapshot;boot'= {
        }
        &'kamaki;sdc;machine;help;metadata'= {
            cand list 'Show a machine''s metadata'
            cand get 'Show one metadata value'
            cand set 'Add or overwrite metadata'
            cand delete 'Delete metadata keys, or all of them with `--all`'
        }
        &'kamaki;sdc;machine;help;metadata;list'= {
        }
        &'kamaki;sdc;machine;help;metadata;get'= {
        }
        &'kamaki;sdc;machine;help;metadata;set'= {
        }
        &'kamaki;sdc;machine;help;metadata;delete'= {
        }
        &'kamaki;sdc;machine;help;tag'= {
            cand list 'Show a machine''s tags'
            cand get 'Show one tag''s value'
            cand set 'Replace all of a machine''s tags with these'
            cand add 'Add or overwrite tags, keeping the others'
            cand delete 'Delete tags, or all of them with `--all`'
        }
        &'kamaki;sdc;machine;help;tag;list'= {
        }
        &'kamaki;sdc;machine;help;tag;get'= {
        }
        &'kamaki;sdc;machine;help;tag;set'= {
        }
        &'kamaki;sdc;machine;help;tag;add'= {
        }
        &'kamaki;sdc;machine;help;tag;delete'= {
        }
        &'kamaki;sdc;machine;help;help'= {
        }
        &'kamaki;sdc;help'= {
            cand account 'Show the account (login, email, names)'
            cand key 'The account''s SSH public keys, which sign CloudAPI requests'
            cand datacenter 'The datacenters of the cloud'
            cand dataset '6.5-era datasets: images named by URN (`sdc:sdc:base64:13.4.0`)'
            cand image 'Images machines are created from'
            cand package 'Packages: the sizes of machines (memory, disk, CPU)'
            cand network 'Networks machines can attach to'
            cand machine 'Machines: list, create, start, stop, reboot, resize, delete, wait, snapshots, metadata and tags'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;sdc;help;account'= {
        }
        &'kamaki;sdc;help;key'= {
            cand list 'List the account''s keys'
            cand get 'Show a key by name or MD5 fingerprint'
            cand add 'Register a public key (`~/.ssh/id_ed25519.pub`) under a name'
            cand delete 'Remove keys by name or MD5 fingerprint'
        }
        &'kamaki;sdc;help;key;list'= {
        }
        &'kamaki;sdc;help;key;get'= {
        }
        &'kamaki;sdc;help;key;add'= {
        }
        &'kamaki;sdc;help;key;delete'= {
        }
        &'kamaki;sdc;help;datacenter'= {
            cand list 'List the datacenters and their CloudAPI URLs'
        }
        &'kamaki;sdc;help;datacenter;list'= {
        }
        &'kamaki;sdc;help;dataset'= {
            cand list 'List datasets with their URNs; `default` marks the datacenter''s default'
            cand get 'Show a dataset by id, URN, name or partial URN (`sdc:sdc:base64:` is the newest)'
        }
        &'kamaki;sdc;help;dataset;list'= {
        }
        &'kamaki;sdc;help;dataset;get'= {
        }
        &'kamaki;sdc;help;image'= {
            cand list 'List images'
            cand get 'Show an image by id, short id, NAME@VERSION, NAME (the newest) or URN'
        }
        &'kamaki;sdc;help;image;list'= {
        }
        &'kamaki;sdc;help;image;get'= {
        }
        &'kamaki;sdc;help;package'= {
            cand list 'List packages'
            cand get 'Show a package by name, id or short id'
            cand default 'Show the datacenter''s default package'
        }
        &'kamaki;sdc;help;package;list'= {
        }
        &'kamaki;sdc;help;package;get'= {
        }
        &'kamaki;sdc;help;package;default'= {
        }
        &'kamaki;sdc;help;network'= {
            cand list 'List networks'
            cand get 'Show a network by name, id or short id'
        }
        &'kamaki;sdc;help;network;list'= {
        }
        &'kamaki;sdc;help;network;get'= {
        }
        &'kamaki;sdc;help;machine'= {
            cand list 'List machines (all of them: pages past CloudAPI''s 1000 per request)'
            cand count 'Count machines matching the filters'
            cand get 'Show a machine by id, name or short id'
            cand create 'Create a machine; image and package default to the datacenter''s'
            cand start 'Start stopped machines'
            cand stop 'Stop running machines'
            cand reboot 'Reboot running machines'
            cand delete 'Delete machines'
            cand resize 'Change a machine''s package (same brand only)'
            cand rename 'Rename a machine'
            cand wait 'Wait until machines reach a state, or leave one'
            cand snapshot 'A machine''s snapshots'
            cand metadata 'A machine''s metadata (key/value strings readable inside the machine)'
            cand tag 'A machine''s tags'
        }
        &'kamaki;sdc;help;machine;list'= {
        }
        &'kamaki;sdc;help;machine;count'= {
        }
        &'kamaki;sdc;help;machine;get'= {
        }
        &'kamaki;sdc;help;machine;create'= {
        }
        &'kamaki;sdc;help;machine;start'= {
        }
        &'kamaki;sdc;help;machine;stop'= {
        }
        &'kamaki;sdc;help;machine;reboot'= {
        }
        &'kamaki;sdc;help;machine;delete'= {
        }
        &'kamaki;sdc;help;machine;resize'= {
        }
        &'kamaki;sdc;help;machine;rename'= {
        }
        &'kamaki;sdc;help;machine;wait'= {
        }
        &'kamaki;sdc;help;machine;snapshot'= {
            cand list 'List a machine''s snapshots'
            cand create 'Take a snapshot'
            cand get 'Show a snapshot'
            cand delete 'Delete snapshots'
            cand boot 'Boot a stopped machine from a snapshot'
        }
        &'kamaki;sdc;help;machine;snapshot;list'= {
        }
        &'kamaki;sdc;help;machine;snapshot;create'= {
        }
        &'kamaki;sdc;help;machine;snapshot;get'= {
        }
        &'kamaki;sdc;help;machine;snapshot;delete'= {
        }
        &'kamaki;sdc;help;machine;snapshot;boot'= {
        }
        &'kamaki;sdc;help;machine;metadata'= {
            cand list 'Show a machine''s metadata'
            cand get 'Show one metadata value'
            cand set 'Add or overwrite metadata'
            cand delete 'Delete metadata keys, or all of them with `--all`'
        }
        &'kamaki;sdc;help;machine;metadata;list'= {
        }
        &'kamaki;sdc;help;machine;metadata;get'= {
        }
        &'kamaki;sdc;help;machine;metadata;set'= {
        }
        &'kamaki;sdc;help;machine;metadata;delete'= {
        }
        &'kamaki;sdc;help;machine;tag'= {
            cand list 'Show a machine''s tags'
            cand get 'Show one tag''s value'
            cand set 'Replace all of a machine''s tags with these'
            cand add 'Add or overwrite tags, keeping the others'
            cand delete 'Delete tags, or all of them with `--all`'
        }
        &'kamaki;sdc;help;machine;tag;list'= {
        }
        &'kamaki;sdc;help;machine;tag;get'= {
        }
        &'kamaki;sdc;help;machine;tag;set'= {
        }
        &'kamaki;sdc;help;machine;tag;add'= {
        }
        &'kamaki;sdc;help;machine;tag;delete'= {
        }
        &'kamaki;sdc;help;help'= {
        }
        &'kamaki;help'= {
            cand astakos 'Identity, quotas, projects and memberships (Synnefo Astakos)'
            cand config 'Read and change the config file'
            cand completions 'Print a shell completion script'
            cand sandbox 'Run the built-in local cloud'
            cand infra 'Build, maintain, scale and destroy multi-node infrastructures (Occopus-style)'
            cand sdc 'Joyent SmartDataCenter / Triton CloudAPI: machines, images, packages, keys'
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
        &'kamaki;help;sdc'= {
            cand account 'Show the account (login, email, names)'
            cand key 'The account''s SSH public keys, which sign CloudAPI requests'
            cand datacenter 'The datacenters of the cloud'
            cand dataset '6.5-era datasets: images named by URN (`sdc:sdc:base64:13.4.0`)'
            cand image 'Images machines are created from'
            cand package 'Packages: the sizes of machines (memory, disk, CPU)'
            cand network 'Networks machines can attach to'
            cand machine 'Machines: list, create, start, stop, reboot, resize, delete, wait, snapshots, metadata and tags'
        }
        &'kamaki;help;sdc;account'= {
        }
        &'kamaki;help;sdc;key'= {
            cand list 'List the account''s keys'
            cand get 'Show a key by name or MD5 fingerprint'
            cand add 'Register a public key (`~/.ssh/id_ed25519.pub`) under a name'
            cand delete 'Remove keys by name or MD5 fingerprint'
        }
        &'kamaki;help;sdc;key;list'= {
        }
        &'kamaki;help;sdc;key;get'= {
        }
        &'kamaki;help;sdc;key;add'= {
        }
        &'kamaki;help;sdc;key;delete'= {
        }
        &'kamaki;help;sdc;datacenter'= {
            cand list 'List the datacenters and their CloudAPI URLs'
        }
        &'kamaki;help;sdc;datacenter;list'= {
        }
        &'kamaki;help;sdc;dataset'= {
            cand list 'List datasets with their URNs; `default` marks the datacenter''s default'
            cand get 'Show a dataset by id, URN, name or partial URN (`sdc:sdc:base64:` is the newest)'
        }
        &'kamaki;help;sdc;dataset;list'= {
        }
        &'kamaki;help;sdc;dataset;get'= {
        }
        &'kamaki;help;sdc;image'= {
            cand list 'List images'
            cand get 'Show an image by id, short id, NAME@VERSION, NAME (the newest) or URN'
        }
        &'kamaki;help;sdc;image;list'= {
        }
        &'kamaki;help;sdc;image;get'= {
        }
        &'kamaki;help;sdc;package'= {
            cand list 'List packages'
            cand get 'Show a package by name, id or short id'
            cand default 'Show the datacenter''s default package'
        }
        &'kamaki;help;sdc;package;list'= {
        }
        &'kamaki;help;sdc;package;get'= {
        }
        &'kamaki;help;sdc;package;default'= {
        }
        &'kamaki;help;sdc;network'= {
            cand list 'List networks'
            cand get 'Show a network by name, id or short id'
        }
        &'kamaki;help;sdc;network;list'= {
        }
        &'kamaki;help;sdc;network;get'= {
        }
        &'kamaki;help;sdc;machine'= {
            cand list 'List machines (all of them: pages past CloudAPI''s 1000 per request)'
            cand count 'Count machines matching the filters'
            cand get 'Show a machine by id, name or short id'
            cand create 'Create a machine; image and package default to the datacenter''s'
            cand start 'Start stopped machines'
            cand stop 'Stop running machines'
            cand reboot 'Reboot running machines'
            cand delete 'Delete machines'
            cand resize 'Change a machine''s package (same brand only)'
            cand rename 'Rename a machine'
            cand wait 'Wait until machines reach a state, or leave one'
            cand snapshot 'A machine''s snapshots'
            cand metadata 'A machine''s metadata (key/value strings readable inside the machine)'
            cand tag 'A machine''s tags'
        }
        &'kamaki;help;sdc;machine;list'= {
        }
        &'kamaki;help;sdc;machine;count'= {
        }
        &'kamaki;help;sdc;machine;get'= {
        }
        &'kamaki;help;sdc;machine;create'= {
        }
        &'kamaki;help;sdc;machine;start'= {
        }
        &'kamaki;help;sdc;machine;stop'= {
        }
        &'kamaki;help;sdc;machine;reboot'= {
        }
        &'kamaki;help;sdc;machine;delete'= {
        }
        &'kamaki;help;sdc;machine;resize'= {
        }
        &'kamaki;help;sdc;machine;rename'= {
        }
        &'kamaki;help;sdc;machine;wait'= {
        }
        &'kamaki;help;sdc;machine;snapshot'= {
            cand list 'List a machine''s snapshots'
            cand create 'Take a snapshot'
            cand get 'Show a snapshot'
            cand delete 'Delete snapshots'
            cand boot 'Boot a stopped machine from a snapshot'
        }
        &'kamaki;help;sdc;machine;snapshot;list'= {
        }
        &'kamaki;help;sdc;machine;snapshot;create'= {
        }
        &'kamaki;help;sdc;machine;snapshot;get'= {
        }
        &'kamaki;help;sdc;machine;snapshot;delete'= {
        }
        &'kamaki;help;sdc;machine;snapshot;boot'= {
        }
        &'kamaki;help;sdc;machine;metadata'= {
            cand list 'Show a machine''s metadata'
            cand get 'Show one metadata value'
            cand set 'Add or overwrite metadata'
            cand delete 'Delete metadata keys, or all of them with `--all`'
        }
        &'kamaki;help;sdc;machine;metadata;list'= {
        }
        &'kamaki;help;sdc;machine;metadata;get'= {
        }
        &'kamaki;help;sdc;machine;metadata;set'= {
        }
        &'kamaki;help;sdc;machine;metadata;delete'= {
        }
        &'kamaki;help;sdc;machine;tag'= {
            cand list 'Show a machine''s tags'
            cand get 'Show one tag''s value'
            cand set 'Replace all of a machine''s tags with these'
            cand add 'Add or overwrite tags, keeping the others'
            cand delete 'Delete tags, or all of them with `--all`'
        }
        &'kamaki;help;sdc;machine;tag;list'= {
        }
        &'kamaki;help;sdc;machine;tag;get'= {
        }
        &'kamaki;help;sdc;machine;tag;set'= {
        }
        &'kamaki;help;sdc;machine;tag;add'= {
        }
        &'kamaki;help;sdc;machine;tag;delete'= {
        }
        &'kamaki;help;help'= {
        }
    ]
    $completions[$command]
}
