
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
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
            cand server 'Virtual machines, flavors, images, key pairs (Synnefo Cyclades compute)'
            cand network 'Networks, subnets, ports and floating IPs (Synnefo Cyclades network)'
            cand volume 'Volumes, volume types and snapshots (Synnefo Cyclades block storage)'
            cand image 'Images: register Pithos files as images, list, share and unregister them (Plankton)'
            cand file 'Object storage: files, containers, sharing, versions, sync (Pithos, or plain Swift)'
            cand sdc 'Joyent SmartDataCenter / Triton CloudAPI: machines, images, packages, keys'
            cand linstor 'LINSTOR: nodes, storage pools, resources with placement, and the KV store'
            cand infra 'Build, maintain, scale and destroy multi-node infrastructures (Occopus-style)'
            cand config 'Read and change the config file'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --project 'Only this project'
            cand --resource 'Only this resource, e.g. `cyclades.vm`'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --name 'Only projects with this name'
            cand --state 'Only projects in this state (e.g. `active`)'
            cand --owner 'Only projects owned by this user uuid'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand --mine 'Only projects you are a member of'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --project 'Only memberships of this project'
            cand --no-header 'Print tables without the header row'
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
        &'kamaki;server'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List your servers'
            cand info 'Show a server: status, addresses, attachments, volumes, metadata, project'
            cand create 'Create a server, or a cluster of servers with `--cluster-size`'
            cand wait 'Wait for a server to reach or leave a state [default: while BUILD]; `--timeout` bounds the wait, exit code 124 when it passes'
            cand reboot 'Reboot an active server'
            cand start 'Start a stopped server'
            cand shutdown 'Shut a server down'
            cand delete 'Delete servers (their ports and root volumes go with them)'
            cand resize 'Change the flavor of a stopped server'
            cand reassign 'Move a stopped server (and its quota usage) to another project'
            cand rename 'Rename a server'
            cand metadata 'Server metadata'
            cand console 'Connection details of a server''s VNC console'
            cand stats 'Where the CPU and network usage graphs of a server are'
            cand ssh 'Log in with the system `ssh`: to the server''s public IPv4, as the first user its image lists, or through the bastion server its `kamaki.ssh.proxy` metadata names'
            cand flavor 'Hardware templates servers are built from'
            cand image 'Images servers can boot (the compute view)'
            cand keypair 'SSH key pairs for new servers'
            cand quota 'Server-related quotas (VMs, CPUs, RAM, disk, IPs, networks) per project'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;server;list'= {
            cand --status 'Only servers with this status (e.g. ACTIVE)'
            cand --name-like 'Only servers whose name contains this text (case-insensitive)'
            cand --flavor 'Only servers of this flavor id'
            cand --image 'Only servers of this image id'
            cand --project 'Only servers of this project'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
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
        &'kamaki;server;info'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;create'= {
            cand --name 'The server''s name (with `--cluster-size`, the prefix of `NAME-1` … `NAME-K`)'
            cand --flavor 'Flavor id or name (`kamaki server flavor list`)'
            cand --image 'Image id or name (`kamaki server image list`)'
            cand --network '`none` for no networking, or `NETWORK[,ip=ADDRESS]` (repeatable); without it the cloud''s default applies (the sandbox gives a public IP)'
            cand --project 'The project to charge (default: your system project)'
            cand --key-inject 'A public key file to install as root''s authorized key'
            cand --key-name 'A key pair registered with `kamaki server keypair`'
            cand -m 'Metadata `KEY=VALUE` (repeatable)'
            cand --metadata 'Metadata `KEY=VALUE` (repeatable)'
            cand --cluster-size 'Create this many servers in parallel, named `NAME-1` … `NAME-K`'
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;wait'= {
            cand --while 'Wait while the status is STATE'
            cand --until 'Wait until the status is STATE'
            cand --timeout 'Give up after this long, with exit code 124 [default: 10m]. Here `--timeout` bounds the whole wait, each request within it included'
            cand --interval 'The longest pause between two polls (they start at 250ms and grow)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;reboot'= {
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --hard 'Power-cycle instead of asking the OS to restart'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;start'= {
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;shutdown'= {
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;delete'= {
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;resize'= {
            cand --flavor 'The new flavor (id or name)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;reassign'= {
            cand --project 'The project uuid'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;rename'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;metadata'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Show a server''s metadata'
            cand set 'Add or change metadata'
            cand delete 'Remove metadata keys'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;server;metadata;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;metadata;set'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;metadata;delete'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;metadata;help'= {
            cand list 'Show a server''s metadata'
            cand set 'Add or change metadata'
            cand delete 'Remove metadata keys'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;server;metadata;help;list'= {
        }
        &'kamaki;server;metadata;help;set'= {
        }
        &'kamaki;server;metadata;help;delete'= {
        }
        &'kamaki;server;metadata;help;help'= {
        }
        &'kamaki;server;console'= {
            cand --type '`vnc`, `vnc-ws` or `vnc-wss`'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;stats'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;ssh'= {
            cand -l 'Log in as this user [default: the first user the image names]'
            cand --user 'Log in as this user [default: the first user the image names]'
            cand -i 'The private key to log in with (`ssh -i`)'
            cand --identity 'The private key to log in with (`ssh -i`)'
            cand -O 'An option for ssh, passed on as `ssh -o OPTION` (repeatable; `-o` itself is kamaki''s `--output`)'
            cand --ssh-option 'An option for ssh, passed on as `ssh -o OPTION` (repeatable; `-o` itself is kamaki''s `--output`)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-proxy 'Connect directly, even when a bastion is named (`kamaki.ssh.proxy` server metadata, `tritoncli.ssh.proxy` machine tag)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;flavor'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List flavors, optionally only those matching every filter'
            cand info 'Show a flavor'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;server;flavor;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --vcpus 'Number of virtual CPUs'
            cand --ram 'RAM in MiB'
            cand --disk 'Disk in GiB'
            cand --disk-template 'Disk template, e.g. `drbd`, `ext_archipelago`'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;flavor;info'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;flavor;help'= {
            cand list 'List flavors, optionally only those matching every filter'
            cand info 'Show a flavor'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;server;flavor;help;list'= {
        }
        &'kamaki;server;flavor;help;info'= {
        }
        &'kamaki;server;flavor;help;help'= {
        }
        &'kamaki;server;image'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the images you can boot'
            cand info 'Show an image'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;server;image;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --name-like 'Only images whose name contains this text (case-insensitive)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;image;info'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;image;help'= {
            cand list 'List the images you can boot'
            cand info 'Show an image'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;server;image;help;list'= {
        }
        &'kamaki;server;image;help;info'= {
        }
        &'kamaki;server;image;help;help'= {
        }
        &'kamaki;server;keypair'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List your key pairs'
            cand create 'Have the cloud generate a key pair; the private key is shown only this once'
            cand import 'Register an existing public key'
            cand delete 'Delete key pairs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;server;keypair;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;keypair;create'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --save 'Also write the private key to this file (mode 0600)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;keypair;import'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --public-key 'The OpenSSH public key file (e.g. `~/.ssh/id_ed25519.pub`)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;keypair;delete'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;keypair;help'= {
            cand list 'List your key pairs'
            cand create 'Have the cloud generate a key pair; the private key is shown only this once'
            cand import 'Register an existing public key'
            cand delete 'Delete key pairs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;server;keypair;help;list'= {
        }
        &'kamaki;server;keypair;help;create'= {
        }
        &'kamaki;server;keypair;help;import'= {
        }
        &'kamaki;server;keypair;help;delete'= {
        }
        &'kamaki;server;keypair;help;help'= {
        }
        &'kamaki;server;quota'= {
            cand --project 'Only this project'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;server;help'= {
            cand list 'List your servers'
            cand info 'Show a server: status, addresses, attachments, volumes, metadata, project'
            cand create 'Create a server, or a cluster of servers with `--cluster-size`'
            cand wait 'Wait for a server to reach or leave a state [default: while BUILD]; `--timeout` bounds the wait, exit code 124 when it passes'
            cand reboot 'Reboot an active server'
            cand start 'Start a stopped server'
            cand shutdown 'Shut a server down'
            cand delete 'Delete servers (their ports and root volumes go with them)'
            cand resize 'Change the flavor of a stopped server'
            cand reassign 'Move a stopped server (and its quota usage) to another project'
            cand rename 'Rename a server'
            cand metadata 'Server metadata'
            cand console 'Connection details of a server''s VNC console'
            cand stats 'Where the CPU and network usage graphs of a server are'
            cand ssh 'Log in with the system `ssh`: to the server''s public IPv4, as the first user its image lists, or through the bastion server its `kamaki.ssh.proxy` metadata names'
            cand flavor 'Hardware templates servers are built from'
            cand image 'Images servers can boot (the compute view)'
            cand keypair 'SSH key pairs for new servers'
            cand quota 'Server-related quotas (VMs, CPUs, RAM, disk, IPs, networks) per project'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;server;help;list'= {
        }
        &'kamaki;server;help;info'= {
        }
        &'kamaki;server;help;create'= {
        }
        &'kamaki;server;help;wait'= {
        }
        &'kamaki;server;help;reboot'= {
        }
        &'kamaki;server;help;start'= {
        }
        &'kamaki;server;help;shutdown'= {
        }
        &'kamaki;server;help;delete'= {
        }
        &'kamaki;server;help;resize'= {
        }
        &'kamaki;server;help;reassign'= {
        }
        &'kamaki;server;help;rename'= {
        }
        &'kamaki;server;help;metadata'= {
            cand list 'Show a server''s metadata'
            cand set 'Add or change metadata'
            cand delete 'Remove metadata keys'
        }
        &'kamaki;server;help;metadata;list'= {
        }
        &'kamaki;server;help;metadata;set'= {
        }
        &'kamaki;server;help;metadata;delete'= {
        }
        &'kamaki;server;help;console'= {
        }
        &'kamaki;server;help;stats'= {
        }
        &'kamaki;server;help;ssh'= {
        }
        &'kamaki;server;help;flavor'= {
            cand list 'List flavors, optionally only those matching every filter'
            cand info 'Show a flavor'
        }
        &'kamaki;server;help;flavor;list'= {
        }
        &'kamaki;server;help;flavor;info'= {
        }
        &'kamaki;server;help;image'= {
            cand list 'List the images you can boot'
            cand info 'Show an image'
        }
        &'kamaki;server;help;image;list'= {
        }
        &'kamaki;server;help;image;info'= {
        }
        &'kamaki;server;help;keypair'= {
            cand list 'List your key pairs'
            cand create 'Have the cloud generate a key pair; the private key is shown only this once'
            cand import 'Register an existing public key'
            cand delete 'Delete key pairs'
        }
        &'kamaki;server;help;keypair;list'= {
        }
        &'kamaki;server;help;keypair;create'= {
        }
        &'kamaki;server;help;keypair;import'= {
        }
        &'kamaki;server;help;keypair;delete'= {
        }
        &'kamaki;server;help;quota'= {
        }
        &'kamaki;server;help;help'= {
        }
        &'kamaki;network'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the public networks and your private ones'
            cand info 'Show a network'
            cand create 'Create a private network'
            cand delete 'Delete private networks (disconnect their servers first)'
            cand rename 'Rename a network'
            cand reassign 'Move a network (and its quota usage) to another project'
            cand connect 'Connect a server to a network (creates a port)'
            cand disconnect 'Disconnect a server from a network (deletes its ports there)'
            cand subnet 'Subnets: the address ranges of networks'
            cand port 'Ports: the connections between networks and servers'
            cand ip 'Floating (public) IP addresses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;network;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;info'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;create'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --name 'name'
            cand --type 'The network type'
            cand --project 'The project to charge (default: your system project)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;delete'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;rename'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;reassign'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --project 'project'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;connect'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --ip 'The address to use (on the public network: one of your floating IPs)'
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;disconnect'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;subnet'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List subnets'
            cand info 'Show a subnet'
            cand create 'Give a private network an IPv4 subnet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;network;subnet;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;subnet;info'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;subnet;create'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --network 'Network id or name'
            cand --cidr 'The address range, e.g. `10.0.0.0/24`'
            cand --name 'name'
            cand --gateway 'The gateway address [default: the first host]'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand --no-gateway 'No gateway'
            cand --no-dhcp 'Do not serve addresses with DHCP'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;subnet;help'= {
            cand list 'List subnets'
            cand info 'Show a subnet'
            cand create 'Give a private network an IPv4 subnet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;network;subnet;help;list'= {
        }
        &'kamaki;network;subnet;help;info'= {
        }
        &'kamaki;network;subnet;help;create'= {
        }
        &'kamaki;network;subnet;help;help'= {
        }
        &'kamaki;network;port'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List your ports'
            cand info 'Show a port'
            cand create 'Create a port on a network, plugged into a server'
            cand delete 'Delete ports'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;network;port;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;port;info'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;port;create'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --network 'Network id or name'
            cand --server 'Server id or name'
            cand --ip 'The address to use'
            cand --name 'name'
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;port;delete'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;port;help'= {
            cand list 'List your ports'
            cand info 'Show a port'
            cand create 'Create a port on a network, plugged into a server'
            cand delete 'Delete ports'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;network;port;help;list'= {
        }
        &'kamaki;network;port;help;info'= {
        }
        &'kamaki;network;port;help;create'= {
        }
        &'kamaki;network;port;help;delete'= {
        }
        &'kamaki;network;port;help;help'= {
        }
        &'kamaki;network;ip'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List your floating IPs'
            cand info 'Show a floating IP (by id or address)'
            cand reserve 'Reserve a floating IP'
            cand release 'Give floating IPs back to the pool'
            cand attach 'Attach a floating IP to a server'
            cand detach 'Detach a floating IP from its server (it stays reserved)'
            cand reassign 'Move a floating IP (and its quota usage) to another project'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;network;ip;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand --free 'Only those not attached to a server'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;ip;info'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;ip;reserve'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --network 'The public network to take it from [default: the cloud''s pool]'
            cand --project 'The project to charge (default: your system project)'
            cand --address 'A specific address from the pool'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;ip;release'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;ip;attach'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;ip;detach'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;ip;reassign'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --project 'project'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;network;ip;help'= {
            cand list 'List your floating IPs'
            cand info 'Show a floating IP (by id or address)'
            cand reserve 'Reserve a floating IP'
            cand release 'Give floating IPs back to the pool'
            cand attach 'Attach a floating IP to a server'
            cand detach 'Detach a floating IP from its server (it stays reserved)'
            cand reassign 'Move a floating IP (and its quota usage) to another project'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;network;ip;help;list'= {
        }
        &'kamaki;network;ip;help;info'= {
        }
        &'kamaki;network;ip;help;reserve'= {
        }
        &'kamaki;network;ip;help;release'= {
        }
        &'kamaki;network;ip;help;attach'= {
        }
        &'kamaki;network;ip;help;detach'= {
        }
        &'kamaki;network;ip;help;reassign'= {
        }
        &'kamaki;network;ip;help;help'= {
        }
        &'kamaki;network;help'= {
            cand list 'List the public networks and your private ones'
            cand info 'Show a network'
            cand create 'Create a private network'
            cand delete 'Delete private networks (disconnect their servers first)'
            cand rename 'Rename a network'
            cand reassign 'Move a network (and its quota usage) to another project'
            cand connect 'Connect a server to a network (creates a port)'
            cand disconnect 'Disconnect a server from a network (deletes its ports there)'
            cand subnet 'Subnets: the address ranges of networks'
            cand port 'Ports: the connections between networks and servers'
            cand ip 'Floating (public) IP addresses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;network;help;list'= {
        }
        &'kamaki;network;help;info'= {
        }
        &'kamaki;network;help;create'= {
        }
        &'kamaki;network;help;delete'= {
        }
        &'kamaki;network;help;rename'= {
        }
        &'kamaki;network;help;reassign'= {
        }
        &'kamaki;network;help;connect'= {
        }
        &'kamaki;network;help;disconnect'= {
        }
        &'kamaki;network;help;subnet'= {
            cand list 'List subnets'
            cand info 'Show a subnet'
            cand create 'Give a private network an IPv4 subnet'
        }
        &'kamaki;network;help;subnet;list'= {
        }
        &'kamaki;network;help;subnet;info'= {
        }
        &'kamaki;network;help;subnet;create'= {
        }
        &'kamaki;network;help;port'= {
            cand list 'List your ports'
            cand info 'Show a port'
            cand create 'Create a port on a network, plugged into a server'
            cand delete 'Delete ports'
        }
        &'kamaki;network;help;port;list'= {
        }
        &'kamaki;network;help;port;info'= {
        }
        &'kamaki;network;help;port;create'= {
        }
        &'kamaki;network;help;port;delete'= {
        }
        &'kamaki;network;help;ip'= {
            cand list 'List your floating IPs'
            cand info 'Show a floating IP (by id or address)'
            cand reserve 'Reserve a floating IP'
            cand release 'Give floating IPs back to the pool'
            cand attach 'Attach a floating IP to a server'
            cand detach 'Detach a floating IP from its server (it stays reserved)'
            cand reassign 'Move a floating IP (and its quota usage) to another project'
        }
        &'kamaki;network;help;ip;list'= {
        }
        &'kamaki;network;help;ip;info'= {
        }
        &'kamaki;network;help;ip;reserve'= {
        }
        &'kamaki;network;help;ip;release'= {
        }
        &'kamaki;network;help;ip;attach'= {
        }
        &'kamaki;network;help;ip;detach'= {
        }
        &'kamaki;network;help;ip;reassign'= {
        }
        &'kamaki;network;help;help'= {
        }
        &'kamaki;volume'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List your volumes'
            cand info 'Show a volume'
            cand create 'Create a volume, optionally attached to a server'
            cand delete 'Delete volumes (detach them first)'
            cand rename 'Rename a volume'
            cand reassign 'Move a volume (and its quota usage) to another project'
            cand attach 'Plug a volume into a server'
            cand detach 'Unplug a volume from its server'
            cand wait 'Wait for a volume to reach or leave a state [default: while creating]; `--timeout` bounds the wait, exit code 124 when it passes'
            cand type 'Volume types'
            cand snapshot 'Volume snapshots'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;volume;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
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
        &'kamaki;volume;info'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;volume;create'= {
            cand --size 'Size in GiB'
            cand --name 'name'
            cand --server 'Attach it to this server (id or name)'
            cand --type 'Volume type id or name (`kamaki volume type list`)'
            cand --project 'The project to charge (default: your system project)'
            cand --description 'description'
            cand --snapshot 'Create it from this snapshot (`kamaki volume snapshot list`)'
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;volume;delete'= {
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;volume;rename'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;volume;reassign'= {
            cand --project 'project'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;volume;attach'= {
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;volume;detach'= {
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;volume;wait'= {
            cand --while 'Wait while the status is STATE'
            cand --until 'Wait until the status is STATE'
            cand --timeout 'Give up after this long, with exit code 124 [default: 10m]. Here `--timeout` bounds the whole wait, each request within it included'
            cand --interval 'The longest pause between two polls (they start at 250ms and grow)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;volume;type'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List volume types'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;volume;type;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;volume;type;help'= {
            cand list 'List volume types'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;volume;type;help;list'= {
        }
        &'kamaki;volume;type;help;help'= {
        }
        &'kamaki;volume;snapshot'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List your snapshots'
            cand info 'Show a snapshot'
            cand create 'Snapshot a volume'
            cand delete 'Delete snapshots'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;volume;snapshot;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;volume;snapshot;info'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;volume;snapshot;create'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --volume 'Volume id or name'
            cand --name 'name'
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;volume;snapshot;delete'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;volume;snapshot;help'= {
            cand list 'List your snapshots'
            cand info 'Show a snapshot'
            cand create 'Snapshot a volume'
            cand delete 'Delete snapshots'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;volume;snapshot;help;list'= {
        }
        &'kamaki;volume;snapshot;help;info'= {
        }
        &'kamaki;volume;snapshot;help;create'= {
        }
        &'kamaki;volume;snapshot;help;delete'= {
        }
        &'kamaki;volume;snapshot;help;help'= {
        }
        &'kamaki;volume;help'= {
            cand list 'List your volumes'
            cand info 'Show a volume'
            cand create 'Create a volume, optionally attached to a server'
            cand delete 'Delete volumes (detach them first)'
            cand rename 'Rename a volume'
            cand reassign 'Move a volume (and its quota usage) to another project'
            cand attach 'Plug a volume into a server'
            cand detach 'Unplug a volume from its server'
            cand wait 'Wait for a volume to reach or leave a state [default: while creating]; `--timeout` bounds the wait, exit code 124 when it passes'
            cand type 'Volume types'
            cand snapshot 'Volume snapshots'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;volume;help;list'= {
        }
        &'kamaki;volume;help;info'= {
        }
        &'kamaki;volume;help;create'= {
        }
        &'kamaki;volume;help;delete'= {
        }
        &'kamaki;volume;help;rename'= {
        }
        &'kamaki;volume;help;reassign'= {
        }
        &'kamaki;volume;help;attach'= {
        }
        &'kamaki;volume;help;detach'= {
        }
        &'kamaki;volume;help;wait'= {
        }
        &'kamaki;volume;help;type'= {
            cand list 'List volume types'
        }
        &'kamaki;volume;help;type;list'= {
        }
        &'kamaki;volume;help;snapshot'= {
            cand list 'List your snapshots'
            cand info 'Show a snapshot'
            cand create 'Snapshot a volume'
            cand delete 'Delete snapshots'
        }
        &'kamaki;volume;help;snapshot;list'= {
        }
        &'kamaki;volume;help;snapshot;info'= {
        }
        &'kamaki;volume;help;snapshot;create'= {
        }
        &'kamaki;volume;help;snapshot;delete'= {
        }
        &'kamaki;volume;help;help'= {
        }
        &'kamaki;image'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the images you may use: yours, public ones, and those shared with you'
            cand info 'Show an image, by id or by the Pithos location of its file'
            cand register 'Register a Pithos file as an image, uploading a local file first if asked'
            cand modify 'Change an image''s name, formats, visibility or properties'
            cand unregister 'Unregister an image; its file stays in Pithos unless `--delete-file` is given'
            cand members 'The users an image is shared with'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;image;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --name-like 'Only images whose name contains this text (any case)'
            cand --owner 'Only images owned by this user (uuid or username)'
            cand --status 'Only images in this status, e.g. `AVAILABLE`'
            cand --property 'Only images with this property value; repeatable'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand --public 'Only public images'
            cand --mine 'Only images you registered'
            cand --location 'Show the Pithos location of each image''s file'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;image;info'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;image;register'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --name 'The image name [default: the metafile''s]'
            cand --location 'Where the image file is (or goes): `pithos://UUID/CONTAINER/PATH` or `/CONTAINER/PATH` in your account [default: the metafile''s]'
            cand --upload-image-file 'Upload this local file to the location first (hashmap upload: blocks the server already has are not sent again, so an interrupted upload resumes)'
            cand -p 'A property of the image, e.g. `OS=debian`; repeatable'
            cand --property 'A property of the image, e.g. `OS=debian`; repeatable'
            cand --disk-format 'The disk format [default: diskdump]'
            cand --container-format 'The container format [default: bare]'
            cand --metafile 'Register from a local JSON metafile (as stored by `image register`); flags override it'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand --public 'Make the image usable by everyone'
            cand --no-metafile-upload 'Do not store the `LOCATION.meta` file next to the image'
            cand -f 'Overwrite an existing remote image file (with `--upload-image-file`) and `.meta` file'
            cand --force 'Overwrite an existing remote image file (with `--upload-image-file`) and `.meta` file'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;image;modify'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --name 'A new name'
            cand -p 'Set a property, e.g. `USERS=root`; repeatable'
            cand --property 'Set a property, e.g. `USERS=root`; repeatable'
            cand --property-del 'Delete a property; repeatable'
            cand --disk-format 'A new disk format'
            cand --container-format 'A new container format'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand --public 'Make the image usable by everyone'
            cand --private 'Make the image usable only by you and its members'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;image;unregister'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand --delete-file 'Also delete the image file and its `.meta` file from Pithos for good (only files in your own account)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;image;members'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the users an image is shared with'
            cand add 'Share an image with users (uuids or usernames)'
            cand remove 'Stop sharing an image with users (uuids or usernames)'
            cand set 'Share an image with exactly these users; none stops sharing it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;image;members;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;image;members;add'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;image;members;remove'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;image;members;set'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;image;members;help'= {
            cand list 'List the users an image is shared with'
            cand add 'Share an image with users (uuids or usernames)'
            cand remove 'Stop sharing an image with users (uuids or usernames)'
            cand set 'Share an image with exactly these users; none stops sharing it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;image;members;help;list'= {
        }
        &'kamaki;image;members;help;add'= {
        }
        &'kamaki;image;members;help;remove'= {
        }
        &'kamaki;image;members;help;set'= {
        }
        &'kamaki;image;members;help;help'= {
        }
        &'kamaki;image;help'= {
            cand list 'List the images you may use: yours, public ones, and those shared with you'
            cand info 'Show an image, by id or by the Pithos location of its file'
            cand register 'Register a Pithos file as an image, uploading a local file first if asked'
            cand modify 'Change an image''s name, formats, visibility or properties'
            cand unregister 'Unregister an image; its file stays in Pithos unless `--delete-file` is given'
            cand members 'The users an image is shared with'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;image;help;list'= {
        }
        &'kamaki;image;help;info'= {
        }
        &'kamaki;image;help;register'= {
        }
        &'kamaki;image;help;modify'= {
        }
        &'kamaki;image;help;unregister'= {
        }
        &'kamaki;image;help;members'= {
            cand list 'List the users an image is shared with'
            cand add 'Share an image with users (uuids or usernames)'
            cand remove 'Stop sharing an image with users (uuids or usernames)'
            cand set 'Share an image with exactly these users; none stops sharing it'
        }
        &'kamaki;image;help;members;list'= {
        }
        &'kamaki;image;help;members;add'= {
        }
        &'kamaki;image;help;members;remove'= {
        }
        &'kamaki;image;help;members;set'= {
        }
        &'kamaki;image;help;help'= {
        }
        &'kamaki;file'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --quota 'Size limit, e.g. `10GiB`, `500MB` or bytes [default: unlimited]'
            cand --versioning 'Versioning policy'
            cand --project 'The project its storage is charged to [default: your personal project]'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -r 'Delete the objects in it first'
            cand --recursive 'Delete the objects in it first'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;file;container;empty'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --project 'The project to charge'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
            cand --segment-size 'Plain Swift only: upload files larger than this as a static large object of segments this size (1 byte to 5GiB), sent in parallel; a rerun resumes them'
            cand --segment-concurrency 'Plain Swift only: segments in flight at once'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -r 'r'
            cand --recursive 'recursive'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;file;trash;empty'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --member 'Members: user uuids or emails'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kamaki;file;sync'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --account 'Act on another account''s objects (its uuid), as far as it shares them with you'
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
        &'kamaki;sdc'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field instead of the default columns'
            cand --long 'Show every field instead of the default columns'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;key;get'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field instead of the default columns'
            cand --long 'Show every field instead of the default columns'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;dataset;get'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --name 'Only images with this name'
            cand --os 'Only images of this OS (`smartos`, `linux`, …)'
            cand --image-version 'Only this version of the image'
            cand --type 'Only this type (`zone-dataset`, `lx-dataset`, `zvol`)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field instead of the default columns'
            cand --long 'Show every field instead of the default columns'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;image;get'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --name 'Only packages with this name (`*` wildcards allowed)'
            cand --memory 'Only packages with this much memory, in MiB'
            cand --group 'Only packages of this group (`*` wildcards allowed)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field instead of the default columns'
            cand --long 'Show every field instead of the default columns'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;package;get'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field instead of the default columns'
            cand --long 'Show every field instead of the default columns'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;network;get'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
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
            cand update 'Turn a machine''s firewall or deletion protection on or off'
            cand wait 'Wait until machines reach a state, or leave one; `--timeout` bounds the wait, exit code 124 when it passes'
            cand ssh 'Log in with the system `ssh`: to the machine''s primary IP, as the user its image names (`default_user` tag; `root` on SmartOS), or through the bastion machine its `tritoncli.ssh.proxy` tag names'
            cand audit 'What was done to a machine, newest first'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
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
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --firewall 'Enable the machine''s firewall'
            cand --deletion-protection 'Refuse to delete the machine until this is disabled'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand --no-header 'Print tables without the header row'
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
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --all 'Every machine (that is in a state the action applies to)'
            cand --yes 'Confirm `delete --all`'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand --no-header 'Print tables without the header row'
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
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --all 'Every machine (that is in a state the action applies to)'
            cand --yes 'Confirm `delete --all`'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand --no-header 'Print tables without the header row'
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
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --all 'Every machine (that is in a state the action applies to)'
            cand --yes 'Confirm `delete --all`'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand --no-header 'Print tables without the header row'
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
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --all 'Every machine (that is in a state the action applies to)'
            cand --yes 'Confirm `delete --all`'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand --no-header 'Print tables without the header row'
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
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;update'= {
            cand --firewall 'Enable (`true`) or disable (`false`) the firewall'
            cand --deletion-protection 'Enable (`true`) or disable (`false`) deletion protection'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --timeout 'Give up after this long, with exit code 124 [default: 10m]. Here `--timeout` bounds the whole wait, each request within it included'
            cand --interval 'The longest pause between two polls (they start at 250ms and grow)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;ssh'= {
            cand -l 'Log in as this user [default: the first user the image names]'
            cand --user 'Log in as this user [default: the first user the image names]'
            cand -i 'The private key to log in with (`ssh -i`)'
            cand --identity 'The private key to log in with (`ssh -i`)'
            cand -O 'An option for ssh, passed on as `ssh -o OPTION` (repeatable; `-o` itself is kamaki''s `--output`)'
            cand --ssh-option 'An option for ssh, passed on as `ssh -o OPTION` (repeatable; `-o` itself is kamaki''s `--output`)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-proxy 'Connect directly, even when a bastion is named (`kamaki.ssh.proxy` server metadata, `tritoncli.ssh.proxy` machine tag)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;audit'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --name 'The snapshot''s name [default: the current UTC time]'
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;snapshot;get'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --wait-timeout 'Give up waiting after this long, with exit code 124 (implies `--wait`) [default: 10m]. The global `--timeout` bounds each HTTP request, not the wait'
            cand --interval 'The longest pause between two polls while waiting (they start at 250ms and grow)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -w 'Wait until the action is done'
            cand --wait 'Wait until the action is done'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand --credentials 'Include the generated root/admin passwords'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sdc;machine;metadata;get'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand --all 'all'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --datacenter 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand --all 'all'
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
            cand update 'Turn a machine''s firewall or deletion protection on or off'
            cand wait 'Wait until machines reach a state, or leave one; `--timeout` bounds the wait, exit code 124 when it passes'
            cand ssh 'Log in with the system `ssh`: to the machine''s primary IP, as the user its image names (`default_user` tag; `root` on SmartOS), or through the bastion machine its `tritoncli.ssh.proxy` tag names'
            cand audit 'What was done to a machine, newest first'
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
        &'kamaki;sdc;machine;help;update'= {
        }
        &'kamaki;sdc;machine;help;wait'= {
        }
        &'kamaki;sdc;machine;help;ssh'= {
        }
        &'kamaki;sdc;machine;help;audit'= {
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
            cand update 'Turn a machine''s firewall or deletion protection on or off'
            cand wait 'Wait until machines reach a state, or leave one; `--timeout` bounds the wait, exit code 124 when it passes'
            cand ssh 'Log in with the system `ssh`: to the machine''s primary IP, as the user its image names (`default_user` tag; `root` on SmartOS), or through the bastion machine its `tritoncli.ssh.proxy` tag names'
            cand audit 'What was done to a machine, newest first'
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
        &'kamaki;sdc;help;machine;update'= {
        }
        &'kamaki;sdc;help;machine;wait'= {
        }
        &'kamaki;sdc;help;machine;ssh'= {
        }
        &'kamaki;sdc;help;machine;audit'= {
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
        &'kamaki;linstor'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand set-property 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default `sandbox serve --linstor-sync-delay`, else 1000)'
            cand sp 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default `sandbox serve --linstor-sync-delay`, else 1000)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;c'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand set-property 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default `sandbox serve --linstor-sync-delay`, else 1000)'
            cand sp 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default `sandbox serve --linstor-sync-delay`, else 1000)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;controller;version'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand set-property 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default `sandbox serve --linstor-sync-delay`, else 1000)'
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
            cand set-property 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default `sandbox serve --linstor-sync-delay`, else 1000)'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -n 'Only these nodes'
            cand --nodes 'Only these nodes'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;node;l'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -n 'Only these nodes'
            cand --nodes 'Only these nodes'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -n 'Only these nodes'
            cand --nodes 'Only these nodes'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;n;l'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -n 'Only these nodes'
            cand --nodes 'Only these nodes'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field'
            cand --long 'Show every field'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --type 'type'
            cand --node-type 'type'
            cand -p 'The satellite''s port [default: 3366, or 3367 with ssl]'
            cand --port 'The satellite''s port [default: 3366, or 3367 with ssl]'
            cand --communication-type 'communication-type'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --type 'type'
            cand --node-type 'type'
            cand -p 'The satellite''s port [default: 3366, or 3367 with ssl]'
            cand --port 'The satellite''s port [default: 3366, or 3367 with ssl]'
            cand --communication-type 'communication-type'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --type 'type'
            cand --node-type 'type'
            cand -p 'The satellite''s port [default: 3366, or 3367 with ssl]'
            cand --port 'The satellite''s port [default: 3366, or 3367 with ssl]'
            cand --communication-type 'communication-type'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --type 'type'
            cand --node-type 'type'
            cand -p 'The satellite''s port [default: 3366, or 3367 with ssl]'
            cand --port 'The satellite''s port [default: 3366, or 3367 with ssl]'
            cand --communication-type 'communication-type'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -p 'p'
            cand --port 'port'
            cand --communication-type 'communication-type'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -p 'p'
            cand --port 'port'
            cand --communication-type 'communication-type'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -p 'p'
            cand --port 'port'
            cand --communication-type 'communication-type'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -p 'p'
            cand --port 'port'
            cand --communication-type 'communication-type'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -p 'p'
            cand --port 'port'
            cand --communication-type 'communication-type'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -p 'p'
            cand --port 'port'
            cand --communication-type 'communication-type'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -p 'p'
            cand --port 'port'
            cand --communication-type 'communication-type'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -p 'p'
            cand --port 'port'
            cand --communication-type 'communication-type'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -n 'Only pools on these nodes'
            cand --nodes 'Only pools on these nodes'
            cand -s 'Only pools with these names'
            cand --storage-pools 'Only pools with these names'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;storage-pool;l'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -n 'Only pools on these nodes'
            cand --nodes 'Only pools on these nodes'
            cand -s 'Only pools with these names'
            cand --storage-pools 'Only pools with these names'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;sp;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -n 'Only pools on these nodes'
            cand --nodes 'Only pools on these nodes'
            cand -s 'Only pools with these names'
            cand --storage-pools 'Only pools with these names'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;sp;l'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -n 'Only pools on these nodes'
            cand --nodes 'Only pools on these nodes'
            cand -s 'Only pools with these names'
            cand --storage-pools 'Only pools with these names'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;storage-pool;create'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --driver 'driver'
            cand --backing 'What backs the pool: a volume group (`vg0`), thin pool (`vg0/thin`), zpool or directory'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --driver 'driver'
            cand --backing 'What backs the pool: a volume group (`vg0`), thin pool (`vg0/thin`), zpool or directory'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --driver 'driver'
            cand --backing 'What backs the pool: a volume group (`vg0`), thin pool (`vg0/thin`), zpool or directory'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --driver 'driver'
            cand --backing 'What backs the pool: a volume group (`vg0`), thin pool (`vg0/thin`), zpool or directory'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field'
            cand --long 'Show every field'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field'
            cand --long 'Show every field'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field'
            cand --long 'Show every field'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-group;create'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --place-count 'How many diskful replicas spawned resources get'
            cand -s 'Storage pools spawned resources may use'
            cand --storage-pool 'Storage pools spawned resources may use'
            cand --description 'description'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand --diskless-on-remaining 'Give spawned resources diskless replicas on all other nodes'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-group;c'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --place-count 'How many diskful replicas spawned resources get'
            cand -s 'Storage pools spawned resources may use'
            cand --storage-pool 'Storage pools spawned resources may use'
            cand --description 'description'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand --diskless-on-remaining 'Give spawned resources diskless replicas on all other nodes'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rg;create'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --place-count 'How many diskful replicas spawned resources get'
            cand -s 'Storage pools spawned resources may use'
            cand --storage-pool 'Storage pools spawned resources may use'
            cand --description 'description'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand --diskless-on-remaining 'Give spawned resources diskless replicas on all other nodes'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rg;c'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --place-count 'How many diskful replicas spawned resources get'
            cand -s 'Storage pools spawned resources may use'
            cand --storage-pool 'Storage pools spawned resources may use'
            cand --description 'description'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand --diskless-on-remaining 'Give spawned resources diskless replicas on all other nodes'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -d 'Only create the definitions, place nothing'
            cand --definitions-only 'Only create the definitions, place nothing'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -d 'Only create the definitions, place nothing'
            cand --definitions-only 'Only create the definitions, place nothing'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -d 'Only create the definitions, place nothing'
            cand --definitions-only 'Only create the definitions, place nothing'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -d 'Only create the definitions, place nothing'
            cand --definitions-only 'Only create the definitions, place nothing'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -r 'Only these resources'
            cand --resources 'Only these resources'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-definition;l'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -r 'Only these resources'
            cand --resources 'Only these resources'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rd;list'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -r 'Only these resources'
            cand --resources 'Only these resources'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;rd;l'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -r 'Only these resources'
            cand --resources 'Only these resources'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'Show every field'
            cand --long 'Show every field'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;linstor;resource-definition;create'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -p 'The DRBD TCP port [default: the next free one from 7000]'
            cand --port 'The DRBD TCP port [default: the next free one from 7000]'
            cand --resource-group 'resource-group'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -p 'The DRBD TCP port [default: the next free one from 7000]'
            cand --port 'The DRBD TCP port [default: the next free one from 7000]'
            cand --resource-group 'resource-group'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -p 'The DRBD TCP port [default: the next free one from 7000]'
            cand --port 'The DRBD TCP port [default: the next free one from 7000]'
            cand --resource-group 'resource-group'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -p 'The DRBD TCP port [default: the next free one from 7000]'
            cand --port 'The DRBD TCP port [default: the next free one from 7000]'
            cand --resource-group 'resource-group'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --allow-two-primaries 'Allow two primaries at once (for live migration)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --allow-two-primaries 'Allow two primaries at once (for live migration)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --allow-two-primaries 'Allow two primaries at once (for live migration)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --allow-two-primaries 'Allow two primaries at once (for live migration)'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -r 'Only these resources'
            cand --resources 'Only these resources'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -r 'Only these resources'
            cand --resources 'Only these resources'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -r 'Only these resources'
            cand --resources 'Only these resources'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -r 'Only these resources'
            cand --resources 'Only these resources'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -n 'n'
            cand --volume-number 'volume-number'
            cand -s 'The storage pool the volume''s replicas use'
            cand --storage-pool 'The storage pool the volume''s replicas use'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -n 'n'
            cand --volume-number 'volume-number'
            cand -s 'The storage pool the volume''s replicas use'
            cand --storage-pool 'The storage pool the volume''s replicas use'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -n 'n'
            cand --volume-number 'volume-number'
            cand -s 'The storage pool the volume''s replicas use'
            cand --storage-pool 'The storage pool the volume''s replicas use'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand -n 'n'
            cand --volume-number 'volume-number'
            cand -s 'The storage pool the volume''s replicas use'
            cand --storage-pool 'The storage pool the volume''s replicas use'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand wait 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait, exit code 124 when it passes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kamaki;linstor;r'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand wait 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait, exit code 124 when it passes'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --node 'Watch only the replica on this node'
            cand --until 'The disk state to wait for'
            cand --timeout 'Give up after this long, with exit code 124 [default: 10m]. Here `--timeout` bounds the whole wait, each request within it included'
            cand --interval 'The longest pause between two polls (they start at 250ms and grow)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --node 'Watch only the replica on this node'
            cand --until 'The disk state to wait for'
            cand --timeout 'Give up after this long, with exit code 124 [default: 10m]. Here `--timeout` bounds the whole wait, each request within it included'
            cand --interval 'The longest pause between two polls (they start at 250ms and grow)'
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand wait 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait, exit code 124 when it passes'
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
            cand wait 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait, exit code 124 when it passes'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --instance 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)'
            cand --namespace 'The namespace keys are relative to, e.g. `/foo/bar/`'
            cand --no-header 'Print tables without the header row'
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
            cand set-property 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default `sandbox serve --linstor-sync-delay`, else 1000)'
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
            cand wait 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait, exit code 124 when it passes'
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
        }
        &'kamaki;linstor;help;help'= {
        }
        &'kamaki;infra'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --state 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --state 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]'
            cand -i 'Reconfigure this existing infrastructure by difference instead of building a new one'
            cand --infra-id 'Reconfigure this existing infrastructure by difference instead of building a new one'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand --parallelize 'Build the independent nodes of each level at the same time'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;infra;destroy'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --state 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]'
            cand -i 'The infrastructure to destroy (the instances of each level are destroyed at the same time)'
            cand --infra-id 'The infrastructure to destroy (the instances of each level are destroyed at the same time)'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --state 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]'
            cand -i 'The infrastructure to report on or maintain'
            cand --infra-id 'The infrastructure to report on or maintain'
            cand -t 'Seconds between maintenance passes'
            cand --interval 'Seconds between maintenance passes'
            cand -O 'With `-r`: also write one line per instance (node, node id, addresses) to FILE'
            cand --output-file 'With `-r`: also write one line per instance (node, node id, addresses) to FILE'
            cand -f 'With `-r`: report only this node'
            cand --filter 'With `-r`: report only this node'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand -l 'List the known infrastructures'
            cand --list 'List the known infrastructures'
            cand -r 'Report the nodes, instances, addresses, states and scaling of an infrastructure'
            cand --report 'Report the nodes, instances, addresses, states and scaling of an infrastructure'
            cand -c 'Keep maintaining, one pass every `-t` seconds, until interrupted'
            cand --cyclic 'Keep maintaining, one pass every `-t` seconds, until interrupted'
            cand --parallelize 'Create the missing nodes of a level at the same time'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;infra;scale'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --state 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]'
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
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --state 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]'
            cand --no-header 'Print tables without the header row'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --state 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]'
            cand --host 'The address to listen on (loopback by default: the API can create servers)'
            cand --port 'The port to listen on (0 picks a free one)'
            cand -t 'Seconds between maintenance passes of each attached infrastructure'
            cand --interval 'Seconds between maintenance passes of each attached infrastructure'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand --parallelize 'Create the missing nodes of a level at the same time'
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
        &'kamaki;config'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand --replace 'Replace clouds that already exist with the same name'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --no-header 'Print tables without the header row'
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
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
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
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --bind 'Address of the Synnefo API port; CloudAPI and LINSTOR use the next two ports (or free ones when the port is 0)'
            cand --sdc-bind 'Address of the CloudAPI port [default: the API port + 1]'
            cand --linstor-bind 'Address of the LINSTOR controller port [default: the API port + 2]'
            cand --data 'Where the sandbox keeps its state [default: the platform data dir]'
            cand --sdc-key 'A public key (`FILE.pub`) to register for the demo CloudAPI account; repeatable'
            cand --sdc-delay 'How long CloudAPI machine transitions take, e.g. `1s`, `200ms` [default: the config''s `sandbox.sdc_delay`, else 1s]'
            cand --build-delay 'How long a Cyclades server stays in BUILD; reboots, starts, stops, deletes and attachments take half as long [default: the config''s `sandbox.build_delay`, else 1s]'
            cand --linstor-sync-delay 'How long a new LINSTOR disk stays Inconsistent before it is UpToDate, also after its satellite reconnects [default: the config''s `sandbox.linstor_sync_delay`, else 1s]'
            cand --latency-ms 'Latency added to every request, in milliseconds'
            cand --error-rate 'Probability (0–1) that a request fails with 503'
            cand --fail-next 'Fail the next N requests with 503'
            cand --fail-method 'Inject 503s only into requests with this method, e.g. POST (repeatable) [default: every method]'
            cand --fail-path 'Inject 503s only into requests whose path contains this text, e.g. `/servers`'
            cand --drop-rate 'Probability (0–1) that a new connection is dropped'
            cand --drop-next 'Drop the next N connections'
            cand --no-header 'Print tables without the header row'
            cand -v 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand --verbose 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted'
            cand -q 'No progress bars or warnings'
            cand --quiet 'No progress bars or warnings'
            cand --print-env 'Print shell `export` lines instead of the endpoints'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kamaki;sandbox;faults'= {
            cand --cloud 'The cloud to use (a name from the config file; `sandbox` is the built-in one)'
            cand --config 'The config file [default: ~/.config/kamaki/config.toml]'
            cand -o 'How to print results'
            cand --output 'How to print results'
            cand --columns 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)'
            cand --timeout 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]'
            cand --retries 'How many times a request that is safe to repeat is retried at most, within the retry budget (docs/retries.md) [default: 8]'
            cand --ca-cert 'Extra root certificates (PEM) for private certificate authorities'
            cand --latency-ms 'Latency added to every request, in milliseconds'
            cand --error-rate 'Probability (0–1) that a request fails with 503'
            cand --fail-next 'Fail the next N requests with 503'
            cand --fail-method 'Inject 503s only into requests with this method, e.g. POST (repeatable) [default: every method]'
            cand --fail-path 'Inject 503s only into requests whose path contains this text, e.g. `/servers`'
            cand --drop-rate 'Probability (0–1) that a new connection is dropped'
            cand --drop-next 'Drop the next N connections'
            cand --no-header 'Print tables without the header row'
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
            cand server 'Virtual machines, flavors, images, key pairs (Synnefo Cyclades compute)'
            cand network 'Networks, subnets, ports and floating IPs (Synnefo Cyclades network)'
            cand volume 'Volumes, volume types and snapshots (Synnefo Cyclades block storage)'
            cand image 'Images: register Pithos files as images, list, share and unregister them (Plankton)'
            cand file 'Object storage: files, containers, sharing, versions, sync (Pithos, or plain Swift)'
            cand sdc 'Joyent SmartDataCenter / Triton CloudAPI: machines, images, packages, keys'
            cand linstor 'LINSTOR: nodes, storage pools, resources with placement, and the KV store'
            cand infra 'Build, maintain, scale and destroy multi-node infrastructures (Occopus-style)'
            cand config 'Read and change the config file'
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
        &'kamaki;help;server'= {
            cand list 'List your servers'
            cand info 'Show a server: status, addresses, attachments, volumes, metadata, project'
            cand create 'Create a server, or a cluster of servers with `--cluster-size`'
            cand wait 'Wait for a server to reach or leave a state [default: while BUILD]; `--timeout` bounds the wait, exit code 124 when it passes'
            cand reboot 'Reboot an active server'
            cand start 'Start a stopped server'
            cand shutdown 'Shut a server down'
            cand delete 'Delete servers (their ports and root volumes go with them)'
            cand resize 'Change the flavor of a stopped server'
            cand reassign 'Move a stopped server (and its quota usage) to another project'
            cand rename 'Rename a server'
            cand metadata 'Server metadata'
            cand console 'Connection details of a server''s VNC console'
            cand stats 'Where the CPU and network usage graphs of a server are'
            cand ssh 'Log in with the system `ssh`: to the server''s public IPv4, as the first user its image lists, or through the bastion server its `kamaki.ssh.proxy` metadata names'
            cand flavor 'Hardware templates servers are built from'
            cand image 'Images servers can boot (the compute view)'
            cand keypair 'SSH key pairs for new servers'
            cand quota 'Server-related quotas (VMs, CPUs, RAM, disk, IPs, networks) per project'
        }
        &'kamaki;help;server;list'= {
        }
        &'kamaki;help;server;info'= {
        }
        &'kamaki;help;server;create'= {
        }
        &'kamaki;help;server;wait'= {
        }
        &'kamaki;help;server;reboot'= {
        }
        &'kamaki;help;server;start'= {
        }
        &'kamaki;help;server;shutdown'= {
        }
        &'kamaki;help;server;delete'= {
        }
        &'kamaki;help;server;resize'= {
        }
        &'kamaki;help;server;reassign'= {
        }
        &'kamaki;help;server;rename'= {
        }
        &'kamaki;help;server;metadata'= {
            cand list 'Show a server''s metadata'
            cand set 'Add or change metadata'
            cand delete 'Remove metadata keys'
        }
        &'kamaki;help;server;metadata;list'= {
        }
        &'kamaki;help;server;metadata;set'= {
        }
        &'kamaki;help;server;metadata;delete'= {
        }
        &'kamaki;help;server;console'= {
        }
        &'kamaki;help;server;stats'= {
        }
        &'kamaki;help;server;ssh'= {
        }
        &'kamaki;help;server;flavor'= {
            cand list 'List flavors, optionally only those matching every filter'
            cand info 'Show a flavor'
        }
        &'kamaki;help;server;flavor;list'= {
        }
        &'kamaki;help;server;flavor;info'= {
        }
        &'kamaki;help;server;image'= {
            cand list 'List the images you can boot'
            cand info 'Show an image'
        }
        &'kamaki;help;server;image;list'= {
        }
        &'kamaki;help;server;image;info'= {
        }
        &'kamaki;help;server;keypair'= {
            cand list 'List your key pairs'
            cand create 'Have the cloud generate a key pair; the private key is shown only this once'
            cand import 'Register an existing public key'
            cand delete 'Delete key pairs'
        }
        &'kamaki;help;server;keypair;list'= {
        }
        &'kamaki;help;server;keypair;create'= {
        }
        &'kamaki;help;server;keypair;import'= {
        }
        &'kamaki;help;server;keypair;delete'= {
        }
        &'kamaki;help;server;quota'= {
        }
        &'kamaki;help;network'= {
            cand list 'List the public networks and your private ones'
            cand info 'Show a network'
            cand create 'Create a private network'
            cand delete 'Delete private networks (disconnect their servers first)'
            cand rename 'Rename a network'
            cand reassign 'Move a network (and its quota usage) to another project'
            cand connect 'Connect a server to a network (creates a port)'
            cand disconnect 'Disconnect a server from a network (deletes its ports there)'
            cand subnet 'Subnets: the address ranges of networks'
            cand port 'Ports: the connections between networks and servers'
            cand ip 'Floating (public) IP addresses'
        }
        &'kamaki;help;network;list'= {
        }
        &'kamaki;help;network;info'= {
        }
        &'kamaki;help;network;create'= {
        }
        &'kamaki;help;network;delete'= {
        }
        &'kamaki;help;network;rename'= {
        }
        &'kamaki;help;network;reassign'= {
        }
        &'kamaki;help;network;connect'= {
        }
        &'kamaki;help;network;disconnect'= {
        }
        &'kamaki;help;network;subnet'= {
            cand list 'List subnets'
            cand info 'Show a subnet'
            cand create 'Give a private network an IPv4 subnet'
        }
        &'kamaki;help;network;subnet;list'= {
        }
        &'kamaki;help;network;subnet;info'= {
        }
        &'kamaki;help;network;subnet;create'= {
        }
        &'kamaki;help;network;port'= {
            cand list 'List your ports'
            cand info 'Show a port'
            cand create 'Create a port on a network, plugged into a server'
            cand delete 'Delete ports'
        }
        &'kamaki;help;network;port;list'= {
        }
        &'kamaki;help;network;port;info'= {
        }
        &'kamaki;help;network;port;create'= {
        }
        &'kamaki;help;network;port;delete'= {
        }
        &'kamaki;help;network;ip'= {
            cand list 'List your floating IPs'
            cand info 'Show a floating IP (by id or address)'
            cand reserve 'Reserve a floating IP'
            cand release 'Give floating IPs back to the pool'
            cand attach 'Attach a floating IP to a server'
            cand detach 'Detach a floating IP from its server (it stays reserved)'
            cand reassign 'Move a floating IP (and its quota usage) to another project'
        }
        &'kamaki;help;network;ip;list'= {
        }
        &'kamaki;help;network;ip;info'= {
        }
        &'kamaki;help;network;ip;reserve'= {
        }
        &'kamaki;help;network;ip;release'= {
        }
        &'kamaki;help;network;ip;attach'= {
        }
        &'kamaki;help;network;ip;detach'= {
        }
        &'kamaki;help;network;ip;reassign'= {
        }
        &'kamaki;help;volume'= {
            cand list 'List your volumes'
            cand info 'Show a volume'
            cand create 'Create a volume, optionally attached to a server'
            cand delete 'Delete volumes (detach them first)'
            cand rename 'Rename a volume'
            cand reassign 'Move a volume (and its quota usage) to another project'
            cand attach 'Plug a volume into a server'
            cand detach 'Unplug a volume from its server'
            cand wait 'Wait for a volume to reach or leave a state [default: while creating]; `--timeout` bounds the wait, exit code 124 when it passes'
            cand type 'Volume types'
            cand snapshot 'Volume snapshots'
        }
        &'kamaki;help;volume;list'= {
        }
        &'kamaki;help;volume;info'= {
        }
        &'kamaki;help;volume;create'= {
        }
        &'kamaki;help;volume;delete'= {
        }
        &'kamaki;help;volume;rename'= {
        }
        &'kamaki;help;volume;reassign'= {
        }
        &'kamaki;help;volume;attach'= {
        }
        &'kamaki;help;volume;detach'= {
        }
        &'kamaki;help;volume;wait'= {
        }
        &'kamaki;help;volume;type'= {
            cand list 'List volume types'
        }
        &'kamaki;help;volume;type;list'= {
        }
        &'kamaki;help;volume;snapshot'= {
            cand list 'List your snapshots'
            cand info 'Show a snapshot'
            cand create 'Snapshot a volume'
            cand delete 'Delete snapshots'
        }
        &'kamaki;help;volume;snapshot;list'= {
        }
        &'kamaki;help;volume;snapshot;info'= {
        }
        &'kamaki;help;volume;snapshot;create'= {
        }
        &'kamaki;help;volume;snapshot;delete'= {
        }
        &'kamaki;help;image'= {
            cand list 'List the images you may use: yours, public ones, and those shared with you'
            cand info 'Show an image, by id or by the Pithos location of its file'
            cand register 'Register a Pithos file as an image, uploading a local file first if asked'
            cand modify 'Change an image''s name, formats, visibility or properties'
            cand unregister 'Unregister an image; its file stays in Pithos unless `--delete-file` is given'
            cand members 'The users an image is shared with'
        }
        &'kamaki;help;image;list'= {
        }
        &'kamaki;help;image;info'= {
        }
        &'kamaki;help;image;register'= {
        }
        &'kamaki;help;image;modify'= {
        }
        &'kamaki;help;image;unregister'= {
        }
        &'kamaki;help;image;members'= {
            cand list 'List the users an image is shared with'
            cand add 'Share an image with users (uuids or usernames)'
            cand remove 'Stop sharing an image with users (uuids or usernames)'
            cand set 'Share an image with exactly these users; none stops sharing it'
        }
        &'kamaki;help;image;members;list'= {
        }
        &'kamaki;help;image;members;add'= {
        }
        &'kamaki;help;image;members;remove'= {
        }
        &'kamaki;help;image;members;set'= {
        }
        &'kamaki;help;file'= {
        }
        &'kamaki;help;sdc'= {
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
            cand set-property 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default `sandbox serve --linstor-sync-delay`, else 1000)'
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
            cand wait 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait, exit code 124 when it passes'
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
        }
        &'kamaki;help;infra'= {
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
        &'kamaki;help;help'= {
        }
    ]
    $completions[$command]
}
