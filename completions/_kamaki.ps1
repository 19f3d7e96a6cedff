
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'kamaki' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'kamaki'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'kamaki' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('astakos', 'astakos', [CompletionResultType]::ParameterValue, 'Identity, quotas, projects and memberships (Synnefo Astakos)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change the config file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run the built-in local cloud')
            [CompletionResult]::new('infra', 'infra', [CompletionResultType]::ParameterValue, 'Build, maintain, scale and destroy multi-node infrastructures (Occopus-style)')
            [CompletionResult]::new('sdc', 'sdc', [CompletionResultType]::ParameterValue, 'Joyent SmartDataCenter / Triton CloudAPI: machines, images, packages, keys')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;astakos' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('authenticate', 'authenticate', [CompletionResultType]::ParameterValue, 'Authenticate the token and show the user and the service catalog')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'The user: info, and uuid/username lookups')
            [CompletionResult]::new('quota', 'quota', [CompletionResultType]::ParameterValue, 'Resource usage and limits per project')
            [CompletionResult]::new('resource', 'resource', [CompletionResultType]::ParameterValue, 'Quotable resources')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'Projects: list, info, join, leave')
            [CompletionResult]::new('membership', 'membership', [CompletionResultType]::ParameterValue, 'Your project memberships')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;astakos;authenticate' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;astakos;user' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show the user (name, uuid) and the service catalog')
            [CompletionResult]::new('uuid2name', 'uuid2name', [CompletionResultType]::ParameterValue, 'Usernames of user uuids')
            [CompletionResult]::new('name2uuid', 'name2uuid', [CompletionResultType]::ParameterValue, 'Uuids of usernames')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;astakos;user;info' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;astakos;user;uuid2name' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;astakos;user;name2uuid' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;astakos;user;help' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show the user (name, uuid) and the service catalog')
            [CompletionResult]::new('uuid2name', 'uuid2name', [CompletionResultType]::ParameterValue, 'Usernames of user uuids')
            [CompletionResult]::new('name2uuid', 'name2uuid', [CompletionResultType]::ParameterValue, 'Uuids of usernames')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;astakos;user;help;info' {
            break
        }
        'kamaki;astakos;user;help;uuid2name' {
            break
        }
        'kamaki;astakos;user;help;name2uuid' {
            break
        }
        'kamaki;astakos;user;help;help' {
            break
        }
        'kamaki;astakos;quota' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Usage and limit of every resource in every project you are a member of')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;astakos;quota;list' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only this project')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Only this resource, e.g. `cyclades.vm`')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;astakos;quota;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Usage and limit of every resource in every project you are a member of')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;astakos;quota;help;list' {
            break
        }
        'kamaki;astakos;quota;help;help' {
            break
        }
        'kamaki;astakos;resource' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the quotable resources')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;astakos;resource;list' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;astakos;resource;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the quotable resources')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;astakos;resource;help;list' {
            break
        }
        'kamaki;astakos;resource;help;help' {
            break
        }
        'kamaki;astakos;project' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the projects you can see')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show a project: limits, your usage and your membership')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Join a project (or ask to, if it is moderated)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Leave a project')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;astakos;project;list' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only projects with this name')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only projects in this state (e.g. `active`)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only projects owned by this user uuid')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Only projects you are a member of')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;astakos;project;info' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;astakos;project;join' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;astakos;project;leave' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;astakos;project;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the projects you can see')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show a project: limits, your usage and your membership')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Join a project (or ask to, if it is moderated)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Leave a project')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;astakos;project;help;list' {
            break
        }
        'kamaki;astakos;project;help;info' {
            break
        }
        'kamaki;astakos;project;help;join' {
            break
        }
        'kamaki;astakos;project;help;leave' {
            break
        }
        'kamaki;astakos;project;help;help' {
            break
        }
        'kamaki;astakos;membership' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your memberships')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;astakos;membership;list' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only memberships of this project')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;astakos;membership;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your memberships')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;astakos;membership;help;list' {
            break
        }
        'kamaki;astakos;membership;help;help' {
            break
        }
        'kamaki;astakos;help' {
            [CompletionResult]::new('authenticate', 'authenticate', [CompletionResultType]::ParameterValue, 'Authenticate the token and show the user and the service catalog')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'The user: info, and uuid/username lookups')
            [CompletionResult]::new('quota', 'quota', [CompletionResultType]::ParameterValue, 'Resource usage and limits per project')
            [CompletionResult]::new('resource', 'resource', [CompletionResultType]::ParameterValue, 'Quotable resources')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'Projects: list, info, join, leave')
            [CompletionResult]::new('membership', 'membership', [CompletionResultType]::ParameterValue, 'Your project memberships')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;astakos;help;authenticate' {
            break
        }
        'kamaki;astakos;help;user' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show the user (name, uuid) and the service catalog')
            [CompletionResult]::new('uuid2name', 'uuid2name', [CompletionResultType]::ParameterValue, 'Usernames of user uuids')
            [CompletionResult]::new('name2uuid', 'name2uuid', [CompletionResultType]::ParameterValue, 'Uuids of usernames')
            break
        }
        'kamaki;astakos;help;user;info' {
            break
        }
        'kamaki;astakos;help;user;uuid2name' {
            break
        }
        'kamaki;astakos;help;user;name2uuid' {
            break
        }
        'kamaki;astakos;help;quota' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Usage and limit of every resource in every project you are a member of')
            break
        }
        'kamaki;astakos;help;quota;list' {
            break
        }
        'kamaki;astakos;help;resource' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the quotable resources')
            break
        }
        'kamaki;astakos;help;resource;list' {
            break
        }
        'kamaki;astakos;help;project' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the projects you can see')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show a project: limits, your usage and your membership')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Join a project (or ask to, if it is moderated)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Leave a project')
            break
        }
        'kamaki;astakos;help;project;list' {
            break
        }
        'kamaki;astakos;help;project;info' {
            break
        }
        'kamaki;astakos;help;project;join' {
            break
        }
        'kamaki;astakos;help;project;leave' {
            break
        }
        'kamaki;astakos;help;membership' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your memberships')
            break
        }
        'kamaki;astakos;help;membership;list' {
            break
        }
        'kamaki;astakos;help;help' {
            break
        }
        'kamaki;config' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every key and value (secrets redacted)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one value, e.g. `default_cloud` or `clouds.demo.url`')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value, e.g. `kamaki config set clouds.demo.url https://HOST/identity/v2.0`')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a key (or a whole cloud: `clouds.NAME`)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print where the config file is')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Open the config file in `$EDITOR`; it is saved only if it is valid')
            [CompletionResult]::new('import-kamakirc', 'import-kamakirc', [CompletionResultType]::ParameterValue, 'Import the clouds of a kamaki 0.16 `~/.kamakirc`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;config;list' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;config;get' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;config;set' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;config;unset' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;config;path' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;config;edit' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;config;import-kamakirc' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Replace clouds that already exist with the same name')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;config;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every key and value (secrets redacted)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one value, e.g. `default_cloud` or `clouds.demo.url`')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value, e.g. `kamaki config set clouds.demo.url https://HOST/identity/v2.0`')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a key (or a whole cloud: `clouds.NAME`)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print where the config file is')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Open the config file in `$EDITOR`; it is saved only if it is valid')
            [CompletionResult]::new('import-kamakirc', 'import-kamakirc', [CompletionResultType]::ParameterValue, 'Import the clouds of a kamaki 0.16 `~/.kamakirc`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;config;help;list' {
            break
        }
        'kamaki;config;help;get' {
            break
        }
        'kamaki;config;help;set' {
            break
        }
        'kamaki;config;help;unset' {
            break
        }
        'kamaki;config;help;path' {
            break
        }
        'kamaki;config;help;edit' {
            break
        }
        'kamaki;config;help;import-kamakirc' {
            break
        }
        'kamaki;config;help;help' {
            break
        }
        'kamaki;completions' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sandbox' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox until interrupted; prints its endpoints and the demo user''s token')
            [CompletionResult]::new('faults', 'faults', [CompletionResultType]::ParameterValue, 'Change the injected faults of a running sandbox (the selected cloud''s)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sandbox;serve' {
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'Address of the Synnefo API port; CloudAPI and LINSTOR use the next two ports (or free ones when the port is 0)')
            [CompletionResult]::new('--sdc-bind', '--sdc-bind', [CompletionResultType]::ParameterName, 'Address of the CloudAPI port [default: the API port + 1]')
            [CompletionResult]::new('--linstor-bind', '--linstor-bind', [CompletionResultType]::ParameterName, 'Address of the LINSTOR controller port [default: the API port + 2]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Where the sandbox keeps its state [default: the platform data dir]')
            [CompletionResult]::new('--sdc-key', '--sdc-key', [CompletionResultType]::ParameterName, 'A public key (`FILE.pub`) to register for the demo CloudAPI account; repeatable')
            [CompletionResult]::new('--sdc-delay', '--sdc-delay', [CompletionResultType]::ParameterName, 'How long CloudAPI machine transitions take, e.g. `1s`, `200ms` [default: 1s]')
            [CompletionResult]::new('--latency-ms', '--latency-ms', [CompletionResultType]::ParameterName, 'Latency added to every request, in milliseconds')
            [CompletionResult]::new('--error-rate', '--error-rate', [CompletionResultType]::ParameterName, 'Probability (0–1) that a request fails with 503')
            [CompletionResult]::new('--fail-next', '--fail-next', [CompletionResultType]::ParameterName, 'Fail the next N requests with 503')
            [CompletionResult]::new('--drop-rate', '--drop-rate', [CompletionResultType]::ParameterName, 'Probability (0–1) that a new connection is dropped')
            [CompletionResult]::new('--drop-next', '--drop-next', [CompletionResultType]::ParameterName, 'Drop the next N connections')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--print-env', '--print-env', [CompletionResultType]::ParameterName, 'Print shell `export` lines instead of the endpoints')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sandbox;faults' {
            [CompletionResult]::new('--latency-ms', '--latency-ms', [CompletionResultType]::ParameterName, 'Latency added to every request, in milliseconds')
            [CompletionResult]::new('--error-rate', '--error-rate', [CompletionResultType]::ParameterName, 'Probability (0–1) that a request fails with 503')
            [CompletionResult]::new('--fail-next', '--fail-next', [CompletionResultType]::ParameterName, 'Fail the next N requests with 503')
            [CompletionResult]::new('--drop-rate', '--drop-rate', [CompletionResultType]::ParameterName, 'Probability (0–1) that a new connection is dropped')
            [CompletionResult]::new('--drop-next', '--drop-next', [CompletionResultType]::ParameterName, 'Drop the next N connections')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sandbox;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox until interrupted; prints its endpoints and the demo user''s token')
            [CompletionResult]::new('faults', 'faults', [CompletionResultType]::ParameterValue, 'Change the injected faults of a running sandbox (the selected cloud''s)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sandbox;help;serve' {
            break
        }
        'kamaki;sandbox;help;faults' {
            break
        }
        'kamaki;sandbox;help;help' {
            break
        }
        'kamaki;infra' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build an infrastructure from its description, level by level; roll back on failure')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy every node of an infrastructure, last level first, and forget it')
            [CompletionResult]::new('maintain', 'maintain', [CompletionResultType]::ParameterValue, 'List infrastructures, report on one, or maintain one (health, recovery, scaling)')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Request scaling of a node; the next maintenance pass applies it')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import node definitions (a new version of each type) for later builds')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the Occopus REST API and maintain attached infrastructures')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;infra;build' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Reconfigure this existing infrastructure by difference instead of building a new one')
            [CompletionResult]::new('--infra-id', '--infra-id', [CompletionResultType]::ParameterName, 'Reconfigure this existing infrastructure by difference instead of building a new one')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--parallelize', '--parallelize', [CompletionResultType]::ParameterName, 'Build the independent nodes of each level at the same time')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;infra;destroy' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'The infrastructure to destroy (the instances of each level are destroyed at the same time)')
            [CompletionResult]::new('--infra-id', '--infra-id', [CompletionResultType]::ParameterName, 'The infrastructure to destroy (the instances of each level are destroyed at the same time)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;infra;maintain' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'The infrastructure to report on or maintain')
            [CompletionResult]::new('--infra-id', '--infra-id', [CompletionResultType]::ParameterName, 'The infrastructure to report on or maintain')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Seconds between maintenance passes')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds between maintenance passes')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'With `-r`: also write one line per instance (node, node id, addresses) to FILE')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'With `-r`: also write one line per instance (node, node id, addresses) to FILE')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'With `-r`: report only this node')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'With `-r`: report only this node')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'List the known infrastructures')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'List the known infrastructures')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Report the nodes, instances, addresses, states and scaling of an infrastructure')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Report the nodes, instances, addresses, states and scaling of an infrastructure')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Keep maintaining, one pass every `-t` seconds, until interrupted')
            [CompletionResult]::new('--cyclic', '--cyclic', [CompletionResultType]::ParameterName, 'Keep maintaining, one pass every `-t` seconds, until interrupted')
            [CompletionResult]::new('--parallelize', '--parallelize', [CompletionResultType]::ParameterName, 'Create the missing nodes of a level at the same time')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;infra;scale' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'The infrastructure')
            [CompletionResult]::new('--infra-id', '--infra-id', [CompletionResultType]::ParameterName, 'The infrastructure')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The node to scale')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'The node to scale')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Add (+N) or remove (-N) instances')
            [CompletionResult]::new('--changescale', '--changescale', [CompletionResultType]::ParameterName, 'Add (+N) or remove (-N) instances')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Set the instance count')
            [CompletionResult]::new('--setscale', '--setscale', [CompletionResultType]::ParameterName, 'Set the instance count')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The instance to remove when scaling down (node id, cloud id or address)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'The instance to remove when scaling down (node id, cloud id or address)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;infra;import' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;infra;serve' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The address to listen on (loopback by default: the API can create servers)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The port to listen on (0 picks a free one)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Seconds between maintenance passes of each attached infrastructure')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds between maintenance passes of each attached infrastructure')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state store: a SQLite file, or `redis://HOST:PORT/DB[#PREFIX]` shared between hosts [default: the `infra` config section, else a SQLite file in the data dir]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--parallelize', '--parallelize', [CompletionResultType]::ParameterName, 'Create the missing nodes of a level at the same time')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;infra;help' {
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build an infrastructure from its description, level by level; roll back on failure')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy every node of an infrastructure, last level first, and forget it')
            [CompletionResult]::new('maintain', 'maintain', [CompletionResultType]::ParameterValue, 'List infrastructures, report on one, or maintain one (health, recovery, scaling)')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Request scaling of a node; the next maintenance pass applies it')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import node definitions (a new version of each type) for later builds')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the Occopus REST API and maintain attached infrastructures')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;infra;help;build' {
            break
        }
        'kamaki;infra;help;destroy' {
            break
        }
        'kamaki;infra;help;maintain' {
            break
        }
        'kamaki;infra;help;scale' {
            break
        }
        'kamaki;infra;help;import' {
            break
        }
        'kamaki;infra;help;serve' {
            break
        }
        'kamaki;infra;help;help' {
            break
        }
        'kamaki;sdc' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Show the account (login, email, names)')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'The account''s SSH public keys, which sign CloudAPI requests')
            [CompletionResult]::new('datacenter', 'datacenter', [CompletionResultType]::ParameterValue, 'The datacenters of the cloud')
            [CompletionResult]::new('dataset', 'dataset', [CompletionResultType]::ParameterValue, '6.5-era datasets: images named by URN (`sdc:sdc:base64:13.4.0`)')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Images machines are created from')
            [CompletionResult]::new('package', 'package', [CompletionResultType]::ParameterValue, 'Packages: the sizes of machines (memory, disk, CPU)')
            [CompletionResult]::new('network', 'network', [CompletionResultType]::ParameterValue, 'Networks machines can attach to')
            [CompletionResult]::new('machine', 'machine', [CompletionResultType]::ParameterValue, 'Machines: list, create, start, stop, reboot, resize, delete, wait, snapshots, metadata and tags')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;account' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;key' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s keys')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a key by name or MD5 fingerprint')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a public key (`~/.ssh/id_ed25519.pub`) under a name')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove keys by name or MD5 fingerprint')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;key;list' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field instead of the default columns')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field instead of the default columns')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;key;get' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;key;add' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;key;delete' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;key;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s keys')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a key by name or MD5 fingerprint')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a public key (`~/.ssh/id_ed25519.pub`) under a name')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove keys by name or MD5 fingerprint')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;key;help;list' {
            break
        }
        'kamaki;sdc;key;help;get' {
            break
        }
        'kamaki;sdc;key;help;add' {
            break
        }
        'kamaki;sdc;key;help;delete' {
            break
        }
        'kamaki;sdc;key;help;help' {
            break
        }
        'kamaki;sdc;datacenter' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the datacenters and their CloudAPI URLs')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;datacenter;list' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;datacenter;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the datacenters and their CloudAPI URLs')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;datacenter;help;list' {
            break
        }
        'kamaki;sdc;datacenter;help;help' {
            break
        }
        'kamaki;sdc;dataset' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List datasets with their URNs; `default` marks the datacenter''s default')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a dataset by id, URN, name or partial URN (`sdc:sdc:base64:` is the newest)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;dataset;list' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field instead of the default columns')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field instead of the default columns')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;dataset;get' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;dataset;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List datasets with their URNs; `default` marks the datacenter''s default')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a dataset by id, URN, name or partial URN (`sdc:sdc:base64:` is the newest)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;dataset;help;list' {
            break
        }
        'kamaki;sdc;dataset;help;get' {
            break
        }
        'kamaki;sdc;dataset;help;help' {
            break
        }
        'kamaki;sdc;image' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List images')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an image by id, short id, NAME@VERSION, NAME (the newest) or URN')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;image;list' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only images with this name')
            [CompletionResult]::new('--os', '--os', [CompletionResultType]::ParameterName, 'Only images of this OS (`smartos`, `linux`, …)')
            [CompletionResult]::new('--image-version', '--image-version', [CompletionResultType]::ParameterName, 'Only this version of the image')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this type (`zone-dataset`, `lx-dataset`, `zvol`)')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field instead of the default columns')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field instead of the default columns')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;image;get' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;image;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List images')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an image by id, short id, NAME@VERSION, NAME (the newest) or URN')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;image;help;list' {
            break
        }
        'kamaki;sdc;image;help;get' {
            break
        }
        'kamaki;sdc;image;help;help' {
            break
        }
        'kamaki;sdc;package' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List packages')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a package by name, id or short id')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Show the datacenter''s default package')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;package;list' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only packages with this name (`*` wildcards allowed)')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Only packages with this much memory, in MiB')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only packages of this group (`*` wildcards allowed)')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field instead of the default columns')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field instead of the default columns')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;package;get' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;package;default' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;package;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List packages')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a package by name, id or short id')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Show the datacenter''s default package')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;package;help;list' {
            break
        }
        'kamaki;sdc;package;help;get' {
            break
        }
        'kamaki;sdc;package;help;default' {
            break
        }
        'kamaki;sdc;package;help;help' {
            break
        }
        'kamaki;sdc;network' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List networks')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a network by name, id or short id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;network;list' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field instead of the default columns')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field instead of the default columns')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;network;get' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;network;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List networks')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a network by name, id or short id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;network;help;list' {
            break
        }
        'kamaki;sdc;network;help;get' {
            break
        }
        'kamaki;sdc;network;help;help' {
            break
        }
        'kamaki;sdc;machine' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List machines (all of them: pages past CloudAPI''s 1000 per request)')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count machines matching the filters')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a machine by id, name or short id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a machine; image and package default to the datacenter''s')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start stopped machines')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop running machines')
            [CompletionResult]::new('reboot', 'reboot', [CompletionResultType]::ParameterValue, 'Reboot running machines')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete machines')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Change a machine''s package (same brand only)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a machine')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until machines reach a state, or leave one')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'A machine''s snapshots')
            [CompletionResult]::new('metadata', 'metadata', [CompletionResultType]::ParameterValue, 'A machine''s metadata (key/value strings readable inside the machine)')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'A machine''s tags')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;machine;list' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the machine with this name')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only machines in this state (`running`, `stopped`, `provisioning`, `destroyed`, …)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only `smartmachine` or `virtualmachine` machines')
            [CompletionResult]::new('--brand', '--brand', [CompletionResultType]::ParameterName, 'Only machines of this brand (`joyent`, `lx`, `kvm`)')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Only machines made from this image id')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Only machines with this much memory, in MiB')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only machines with this tag (repeatable; all must match)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Return at most this many machines')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many machines')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--tombstone', '--tombstone', [CompletionResultType]::ParameterName, 'Include deleted machines')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field instead of the default columns')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field instead of the default columns')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;count' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the machine with this name')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only machines in this state (`running`, `stopped`, `provisioning`, `destroyed`, …)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only `smartmachine` or `virtualmachine` machines')
            [CompletionResult]::new('--brand', '--brand', [CompletionResultType]::ParameterName, 'Only machines of this brand (`joyent`, `lx`, `kvm`)')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Only machines made from this image id')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Only machines with this much memory, in MiB')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only machines with this tag (repeatable; all must match)')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;get' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--credentials', '--credentials', [CompletionResultType]::ParameterName, 'Include the generated root/admin passwords (`metadata.credentials`)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The machine''s name [default: the first 8 characters of its id]')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Image: id, short id, NAME@VERSION or NAME (the newest) [default: the default dataset]')
            [CompletionResult]::new('--dataset', '--dataset', [CompletionResultType]::ParameterName, 'Dataset: id, URN or partial URN (`sdc:sdc:base64:` is the newest)')
            [CompletionResult]::new('--package', '--package', [CompletionResultType]::ParameterName, 'Package: name, id or short id [default: the datacenter''s default package]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Attach to this network (name or id; repeatable) [default: all]')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Metadata readable inside the machine (repeatable)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata readable inside the machine (repeatable)')
            [CompletionResult]::new('--script', '--script', [CompletionResultType]::ParameterName, 'A script run at every boot (`metadata.user-script`)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'A tag (repeatable); `true`/`false` and numbers keep their type')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag (repeatable); `true`/`false` and numbers keep their type')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between polls while waiting')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit code 124)')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--firewall', '--firewall', [CompletionResultType]::ParameterName, 'Enable the machine''s firewall')
            [CompletionResult]::new('--deletion-protection', '--deletion-protection', [CompletionResultType]::ParameterName, 'Refuse to delete the machine until this is disabled')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wait until the change is done')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the change is done')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;start' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the machine with this name')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only machines in this state (`running`, `stopped`, `provisioning`, `destroyed`, …)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only `smartmachine` or `virtualmachine` machines')
            [CompletionResult]::new('--brand', '--brand', [CompletionResultType]::ParameterName, 'Only machines of this brand (`joyent`, `lx`, `kvm`)')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Only machines made from this image id')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Only machines with this much memory, in MiB')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only machines with this tag (repeatable; all must match)')
            [CompletionResult]::new('--parallel', '--parallel', [CompletionResultType]::ParameterName, 'How many machines to work on at once')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between polls while waiting')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit code 124)')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every machine (that is in a state the action applies to)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wait until the change is done')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the change is done')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;stop' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the machine with this name')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only machines in this state (`running`, `stopped`, `provisioning`, `destroyed`, …)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only `smartmachine` or `virtualmachine` machines')
            [CompletionResult]::new('--brand', '--brand', [CompletionResultType]::ParameterName, 'Only machines of this brand (`joyent`, `lx`, `kvm`)')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Only machines made from this image id')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Only machines with this much memory, in MiB')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only machines with this tag (repeatable; all must match)')
            [CompletionResult]::new('--parallel', '--parallel', [CompletionResultType]::ParameterName, 'How many machines to work on at once')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between polls while waiting')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit code 124)')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every machine (that is in a state the action applies to)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wait until the change is done')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the change is done')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;reboot' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the machine with this name')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only machines in this state (`running`, `stopped`, `provisioning`, `destroyed`, …)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only `smartmachine` or `virtualmachine` machines')
            [CompletionResult]::new('--brand', '--brand', [CompletionResultType]::ParameterName, 'Only machines of this brand (`joyent`, `lx`, `kvm`)')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Only machines made from this image id')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Only machines with this much memory, in MiB')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only machines with this tag (repeatable; all must match)')
            [CompletionResult]::new('--parallel', '--parallel', [CompletionResultType]::ParameterName, 'How many machines to work on at once')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between polls while waiting')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit code 124)')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every machine (that is in a state the action applies to)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wait until the change is done')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the change is done')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;delete' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the machine with this name')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only machines in this state (`running`, `stopped`, `provisioning`, `destroyed`, …)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only `smartmachine` or `virtualmachine` machines')
            [CompletionResult]::new('--brand', '--brand', [CompletionResultType]::ParameterName, 'Only machines of this brand (`joyent`, `lx`, `kvm`)')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Only machines made from this image id')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Only machines with this much memory, in MiB')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only machines with this tag (repeatable; all must match)')
            [CompletionResult]::new('--parallel', '--parallel', [CompletionResultType]::ParameterName, 'How many machines to work on at once')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between polls while waiting')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit code 124)')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every machine (that is in a state the action applies to)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wait until the change is done')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the change is done')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;resize' {
            [CompletionResult]::new('--package', '--package', [CompletionResultType]::ParameterName, 'The new package: name, id or short id')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between polls while waiting')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit code 124)')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wait until the change is done')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the change is done')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;rename' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;wait' {
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Wait until the state is this one (comma-separated for any of several)')
            [CompletionResult]::new('--while', '--while', [CompletionResultType]::ParameterName, 'Wait while the state is this one (comma-separated for any of several)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between polls')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up after this long (exit code 124)')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;snapshot' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a machine''s snapshots')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Take a snapshot')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a snapshot')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete snapshots')
            [CompletionResult]::new('boot', 'boot', [CompletionResultType]::ParameterValue, 'Boot a stopped machine from a snapshot')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;machine;snapshot;list' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;snapshot;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The snapshot''s name [default: the current UTC time]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between polls while waiting')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit code 124)')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wait until the change is done')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the change is done')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;snapshot;get' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;snapshot;delete' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;snapshot;boot' {
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between polls while waiting')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit code 124)')
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wait until the change is done')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the change is done')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;snapshot;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a machine''s snapshots')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Take a snapshot')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a snapshot')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete snapshots')
            [CompletionResult]::new('boot', 'boot', [CompletionResultType]::ParameterValue, 'Boot a stopped machine from a snapshot')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;machine;snapshot;help;list' {
            break
        }
        'kamaki;sdc;machine;snapshot;help;create' {
            break
        }
        'kamaki;sdc;machine;snapshot;help;get' {
            break
        }
        'kamaki;sdc;machine;snapshot;help;delete' {
            break
        }
        'kamaki;sdc;machine;snapshot;help;boot' {
            break
        }
        'kamaki;sdc;machine;snapshot;help;help' {
            break
        }
        'kamaki;sdc;machine;metadata' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a machine''s metadata')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one metadata value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Add or overwrite metadata')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete metadata keys, or all of them with `--all`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;machine;metadata;list' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--credentials', '--credentials', [CompletionResultType]::ParameterName, 'Include the generated root/admin passwords')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;metadata;get' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;metadata;set' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;metadata;delete' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'all')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;metadata;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a machine''s metadata')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one metadata value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Add or overwrite metadata')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete metadata keys, or all of them with `--all`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;machine;metadata;help;list' {
            break
        }
        'kamaki;sdc;machine;metadata;help;get' {
            break
        }
        'kamaki;sdc;machine;metadata;help;set' {
            break
        }
        'kamaki;sdc;machine;metadata;help;delete' {
            break
        }
        'kamaki;sdc;machine;metadata;help;help' {
            break
        }
        'kamaki;sdc;machine;tag' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a machine''s tags')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one tag''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace all of a machine''s tags with these')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or overwrite tags, keeping the others')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete tags, or all of them with `--all`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;machine;tag;list' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;tag;get' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;tag;set' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;tag;add' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;tag;delete' {
            [CompletionResult]::new('--datacenter', '--datacenter', [CompletionResultType]::ParameterName, 'Work in another datacenter of the cloud, with the same credentials (`kamaki sdc datacenter list` shows them)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'all')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Print tables without the header row')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request (method, URL, status, timing) to stderr; twice for headers. Tokens, keys and signatures are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kamaki;sdc;machine;tag;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a machine''s tags')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one tag''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace all of a machine''s tags with these')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or overwrite tags, keeping the others')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete tags, or all of them with `--all`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;machine;tag;help;list' {
            break
        }
        'kamaki;sdc;machine;tag;help;get' {
            break
        }
        'kamaki;sdc;machine;tag;help;set' {
            break
        }
        'kamaki;sdc;machine;tag;help;add' {
            break
        }
        'kamaki;sdc;machine;tag;help;delete' {
            break
        }
        'kamaki;sdc;machine;tag;help;help' {
            break
        }
        'kamaki;sdc;machine;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List machines (all of them: pages past CloudAPI''s 1000 per request)')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count machines matching the filters')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a machine by id, name or short id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a machine; image and package default to the datacenter''s')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start stopped machines')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop running machines')
            [CompletionResult]::new('reboot', 'reboot', [CompletionResultType]::ParameterValue, 'Reboot running machines')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete machines')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Change a machine''s package (same brand only)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a machine')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until machines reach a state, or leave one')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'A machine''s snapshots')
            [CompletionResult]::new('metadata', 'metadata', [CompletionResultType]::ParameterValue, 'A machine''s metadata (key/value strings readable inside the machine)')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'A machine''s tags')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;machine;help;list' {
            break
        }
        'kamaki;sdc;machine;help;count' {
            break
        }
        'kamaki;sdc;machine;help;get' {
            break
        }
        'kamaki;sdc;machine;help;create' {
            break
        }
        'kamaki;sdc;machine;help;start' {
            break
        }
        'kamaki;sdc;machine;help;stop' {
            break
        }
        'kamaki;sdc;machine;help;reboot' {
            break
        }
        'kamaki;sdc;machine;help;delete' {
            break
        }
        'kamaki;sdc;machine;help;resize' {
            break
        }
        'kamaki;sdc;machine;help;rename' {
            break
        }
        'kamaki;sdc;machine;help;wait' {
            break
        }
        'kamaki;sdc;machine;help;snapshot' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a machine''s snapshots')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Take a snapshot')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a snapshot')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete snapshots')
            [CompletionResult]::new('boot', 'boot', [CompletionResultType]::ParameterValue, 'Boot a stopped machine from a snapshot')
            break
        }
        'kamaki;sdc;machine;help;snapshot;list' {
            break
        }
        'kamaki;sdc;machine;help;snapshot;create' {
            break
        }
        'kamaki;sdc;machine;help;snapshot;get' {
            break
        }
        'kamaki;sdc;machine;help;snapshot;delete' {
            break
        }
        'kamaki;sdc;machine;help;snapshot;boot' {
            break
        }
        'kamaki;sdc;machine;help;metadata' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a machine''s metadata')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one metadata value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Add or overwrite metadata')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete metadata keys, or all of them with `--all`')
            break
        }
        'kamaki;sdc;machine;help;metadata;list' {
            break
        }
        'kamaki;sdc;machine;help;metadata;get' {
            break
        }
        'kamaki;sdc;machine;help;metadata;set' {
            break
        }
        'kamaki;sdc;machine;help;metadata;delete' {
            break
        }
        'kamaki;sdc;machine;help;tag' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a machine''s tags')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one tag''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace all of a machine''s tags with these')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or overwrite tags, keeping the others')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete tags, or all of them with `--all`')
            break
        }
        'kamaki;sdc;machine;help;tag;list' {
            break
        }
        'kamaki;sdc;machine;help;tag;get' {
            break
        }
        'kamaki;sdc;machine;help;tag;set' {
            break
        }
        'kamaki;sdc;machine;help;tag;add' {
            break
        }
        'kamaki;sdc;machine;help;tag;delete' {
            break
        }
        'kamaki;sdc;machine;help;help' {
            break
        }
        'kamaki;sdc;help' {
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Show the account (login, email, names)')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'The account''s SSH public keys, which sign CloudAPI requests')
            [CompletionResult]::new('datacenter', 'datacenter', [CompletionResultType]::ParameterValue, 'The datacenters of the cloud')
            [CompletionResult]::new('dataset', 'dataset', [CompletionResultType]::ParameterValue, '6.5-era datasets: images named by URN (`sdc:sdc:base64:13.4.0`)')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Images machines are created from')
            [CompletionResult]::new('package', 'package', [CompletionResultType]::ParameterValue, 'Packages: the sizes of machines (memory, disk, CPU)')
            [CompletionResult]::new('network', 'network', [CompletionResultType]::ParameterValue, 'Networks machines can attach to')
            [CompletionResult]::new('machine', 'machine', [CompletionResultType]::ParameterValue, 'Machines: list, create, start, stop, reboot, resize, delete, wait, snapshots, metadata and tags')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;sdc;help;account' {
            break
        }
        'kamaki;sdc;help;key' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s keys')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a key by name or MD5 fingerprint')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a public key (`~/.ssh/id_ed25519.pub`) under a name')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove keys by name or MD5 fingerprint')
            break
        }
        'kamaki;sdc;help;key;list' {
            break
        }
        'kamaki;sdc;help;key;get' {
            break
        }
        'kamaki;sdc;help;key;add' {
            break
        }
        'kamaki;sdc;help;key;delete' {
            break
        }
        'kamaki;sdc;help;datacenter' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the datacenters and their CloudAPI URLs')
            break
        }
        'kamaki;sdc;help;datacenter;list' {
            break
        }
        'kamaki;sdc;help;dataset' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List datasets with their URNs; `default` marks the datacenter''s default')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a dataset by id, URN, name or partial URN (`sdc:sdc:base64:` is the newest)')
            break
        }
        'kamaki;sdc;help;dataset;list' {
            break
        }
        'kamaki;sdc;help;dataset;get' {
            break
        }
        'kamaki;sdc;help;image' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List images')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an image by id, short id, NAME@VERSION, NAME (the newest) or URN')
            break
        }
        'kamaki;sdc;help;image;list' {
            break
        }
        'kamaki;sdc;help;image;get' {
            break
        }
        'kamaki;sdc;help;package' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List packages')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a package by name, id or short id')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Show the datacenter''s default package')
            break
        }
        'kamaki;sdc;help;package;list' {
            break
        }
        'kamaki;sdc;help;package;get' {
            break
        }
        'kamaki;sdc;help;package;default' {
            break
        }
        'kamaki;sdc;help;network' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List networks')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a network by name, id or short id')
            break
        }
        'kamaki;sdc;help;network;list' {
            break
        }
        'kamaki;sdc;help;network;get' {
            break
        }
        'kamaki;sdc;help;machine' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List machines (all of them: pages past CloudAPI''s 1000 per request)')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count machines matching the filters')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a machine by id, name or short id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a machine; image and package default to the datacenter''s')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start stopped machines')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop running machines')
            [CompletionResult]::new('reboot', 'reboot', [CompletionResultType]::ParameterValue, 'Reboot running machines')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete machines')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Change a machine''s package (same brand only)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a machine')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until machines reach a state, or leave one')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'A machine''s snapshots')
            [CompletionResult]::new('metadata', 'metadata', [CompletionResultType]::ParameterValue, 'A machine''s metadata (key/value strings readable inside the machine)')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'A machine''s tags')
            break
        }
        'kamaki;sdc;help;machine;list' {
            break
        }
        'kamaki;sdc;help;machine;count' {
            break
        }
        'kamaki;sdc;help;machine;get' {
            break
        }
        'kamaki;sdc;help;machine;create' {
            break
        }
        'kamaki;sdc;help;machine;start' {
            break
        }
        'kamaki;sdc;help;machine;stop' {
            break
        }
        'kamaki;sdc;help;machine;reboot' {
            break
        }
        'kamaki;sdc;help;machine;delete' {
            break
        }
        'kamaki;sdc;help;machine;resize' {
            break
        }
        'kamaki;sdc;help;machine;rename' {
            break
        }
        'kamaki;sdc;help;machine;wait' {
            break
        }
        'kamaki;sdc;help;machine;snapshot' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a machine''s snapshots')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Take a snapshot')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a snapshot')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete snapshots')
            [CompletionResult]::new('boot', 'boot', [CompletionResultType]::ParameterValue, 'Boot a stopped machine from a snapshot')
            break
        }
        'kamaki;sdc;help;machine;snapshot;list' {
            break
        }
        'kamaki;sdc;help;machine;snapshot;create' {
            break
        }
        'kamaki;sdc;help;machine;snapshot;get' {
            break
        }
        'kamaki;sdc;help;machine;snapshot;delete' {
            break
        }
        'kamaki;sdc;help;machine;snapshot;boot' {
            break
        }
        'kamaki;sdc;help;machine;metadata' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a machine''s metadata')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one metadata value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Add or overwrite metadata')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete metadata keys, or all of them with `--all`')
            break
        }
        'kamaki;sdc;help;machine;metadata;list' {
            break
        }
        'kamaki;sdc;help;machine;metadata;get' {
            break
        }
        'kamaki;sdc;help;machine;metadata;set' {
            break
        }
        'kamaki;sdc;help;machine;metadata;delete' {
            break
        }
        'kamaki;sdc;help;machine;tag' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a machine''s tags')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one tag''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace all of a machine''s tags with these')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or overwrite tags, keeping the others')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete tags, or all of them with `--all`')
            break
        }
        'kamaki;sdc;help;machine;tag;list' {
            break
        }
        'kamaki;sdc;help;machine;tag;get' {
            break
        }
        'kamaki;sdc;help;machine;tag;set' {
            break
        }
        'kamaki;sdc;help;machine;tag;add' {
            break
        }
        'kamaki;sdc;help;machine;tag;delete' {
            break
        }
        'kamaki;sdc;help;help' {
            break
        }
        'kamaki;help' {
            [CompletionResult]::new('astakos', 'astakos', [CompletionResultType]::ParameterValue, 'Identity, quotas, projects and memberships (Synnefo Astakos)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change the config file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run the built-in local cloud')
            [CompletionResult]::new('infra', 'infra', [CompletionResultType]::ParameterValue, 'Build, maintain, scale and destroy multi-node infrastructures (Occopus-style)')
            [CompletionResult]::new('sdc', 'sdc', [CompletionResultType]::ParameterValue, 'Joyent SmartDataCenter / Triton CloudAPI: machines, images, packages, keys')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;help;astakos' {
            [CompletionResult]::new('authenticate', 'authenticate', [CompletionResultType]::ParameterValue, 'Authenticate the token and show the user and the service catalog')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'The user: info, and uuid/username lookups')
            [CompletionResult]::new('quota', 'quota', [CompletionResultType]::ParameterValue, 'Resource usage and limits per project')
            [CompletionResult]::new('resource', 'resource', [CompletionResultType]::ParameterValue, 'Quotable resources')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'Projects: list, info, join, leave')
            [CompletionResult]::new('membership', 'membership', [CompletionResultType]::ParameterValue, 'Your project memberships')
            break
        }
        'kamaki;help;astakos;authenticate' {
            break
        }
        'kamaki;help;astakos;user' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show the user (name, uuid) and the service catalog')
            [CompletionResult]::new('uuid2name', 'uuid2name', [CompletionResultType]::ParameterValue, 'Usernames of user uuids')
            [CompletionResult]::new('name2uuid', 'name2uuid', [CompletionResultType]::ParameterValue, 'Uuids of usernames')
            break
        }
        'kamaki;help;astakos;user;info' {
            break
        }
        'kamaki;help;astakos;user;uuid2name' {
            break
        }
        'kamaki;help;astakos;user;name2uuid' {
            break
        }
        'kamaki;help;astakos;quota' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Usage and limit of every resource in every project you are a member of')
            break
        }
        'kamaki;help;astakos;quota;list' {
            break
        }
        'kamaki;help;astakos;resource' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the quotable resources')
            break
        }
        'kamaki;help;astakos;resource;list' {
            break
        }
        'kamaki;help;astakos;project' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the projects you can see')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show a project: limits, your usage and your membership')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Join a project (or ask to, if it is moderated)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Leave a project')
            break
        }
        'kamaki;help;astakos;project;list' {
            break
        }
        'kamaki;help;astakos;project;info' {
            break
        }
        'kamaki;help;astakos;project;join' {
            break
        }
        'kamaki;help;astakos;project;leave' {
            break
        }
        'kamaki;help;astakos;membership' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your memberships')
            break
        }
        'kamaki;help;astakos;membership;list' {
            break
        }
        'kamaki;help;config' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every key and value (secrets redacted)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one value, e.g. `default_cloud` or `clouds.demo.url`')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value, e.g. `kamaki config set clouds.demo.url https://HOST/identity/v2.0`')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a key (or a whole cloud: `clouds.NAME`)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print where the config file is')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Open the config file in `$EDITOR`; it is saved only if it is valid')
            [CompletionResult]::new('import-kamakirc', 'import-kamakirc', [CompletionResultType]::ParameterValue, 'Import the clouds of a kamaki 0.16 `~/.kamakirc`')
            break
        }
        'kamaki;help;config;list' {
            break
        }
        'kamaki;help;config;get' {
            break
        }
        'kamaki;help;config;set' {
            break
        }
        'kamaki;help;config;unset' {
            break
        }
        'kamaki;help;config;path' {
            break
        }
        'kamaki;help;config;edit' {
            break
        }
        'kamaki;help;config;import-kamakirc' {
            break
        }
        'kamaki;help;completions' {
            break
        }
        'kamaki;help;sandbox' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox until interrupted; prints its endpoints and the demo user''s token')
            [CompletionResult]::new('faults', 'faults', [CompletionResultType]::ParameterValue, 'Change the injected faults of a running sandbox (the selected cloud''s)')
            break
        }
        'kamaki;help;sandbox;serve' {
            break
        }
        'kamaki;help;sandbox;faults' {
            break
        }
        'kamaki;help;infra' {
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build an infrastructure from its description, level by level; roll back on failure')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy every node of an infrastructure, last level first, and forget it')
            [CompletionResult]::new('maintain', 'maintain', [CompletionResultType]::ParameterValue, 'List infrastructures, report on one, or maintain one (health, recovery, scaling)')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Request scaling of a node; the next maintenance pass applies it')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import node definitions (a new version of each type) for later builds')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the Occopus REST API and maintain attached infrastructures')
            break
        }
        'kamaki;help;infra;build' {
            break
        }
        'kamaki;help;infra;destroy' {
            break
        }
        'kamaki;help;infra;maintain' {
            break
        }
        'kamaki;help;infra;scale' {
            break
        }
        'kamaki;help;infra;import' {
            break
        }
        'kamaki;help;infra;serve' {
            break
        }
        'kamaki;help;sdc' {
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Show the account (login, email, names)')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'The account''s SSH public keys, which sign CloudAPI requests')
            [CompletionResult]::new('datacenter', 'datacenter', [CompletionResultType]::ParameterValue, 'The datacenters of the cloud')
            [CompletionResult]::new('dataset', 'dataset', [CompletionResultType]::ParameterValue, '6.5-era datasets: images named by URN (`sdc:sdc:base64:13.4.0`)')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Images machines are created from')
            [CompletionResult]::new('package', 'package', [CompletionResultType]::ParameterValue, 'Packages: the sizes of machines (memory, disk, CPU)')
            [CompletionResult]::new('network', 'network', [CompletionResultType]::ParameterValue, 'Networks machines can attach to')
            [CompletionResult]::new('machine', 'machine', [CompletionResultType]::ParameterValue, 'Machines: list, create, start, stop, reboot, resize, delete, wait, snapshots, metadata and tags')
            break
        }
        'kamaki;help;sdc;account' {
            break
        }
        'kamaki;help;sdc;key' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s keys')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a key by name or MD5 fingerprint')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a public key (`~/.ssh/id_ed25519.pub`) under a name')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove keys by name or MD5 fingerprint')
            break
        }
        'kamaki;help;sdc;key;list' {
            break
        }
        'kamaki;help;sdc;key;get' {
            break
        }
        'kamaki;help;sdc;key;add' {
            break
        }
        'kamaki;help;sdc;key;delete' {
            break
        }
        'kamaki;help;sdc;datacenter' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the datacenters and their CloudAPI URLs')
            break
        }
        'kamaki;help;sdc;datacenter;list' {
            break
        }
        'kamaki;help;sdc;dataset' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List datasets with their URNs; `default` marks the datacenter''s default')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a dataset by id, URN, name or partial URN (`sdc:sdc:base64:` is the newest)')
            break
        }
        'kamaki;help;sdc;dataset;list' {
            break
        }
        'kamaki;help;sdc;dataset;get' {
            break
        }
        'kamaki;help;sdc;image' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List images')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an image by id, short id, NAME@VERSION, NAME (the newest) or URN')
            break
        }
        'kamaki;help;sdc;image;list' {
            break
        }
        'kamaki;help;sdc;image;get' {
            break
        }
        'kamaki;help;sdc;package' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List packages')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a package by name, id or short id')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Show the datacenter''s default package')
            break
        }
        'kamaki;help;sdc;package;list' {
            break
        }
        'kamaki;help;sdc;package;get' {
            break
        }
        'kamaki;help;sdc;package;default' {
            break
        }
        'kamaki;help;sdc;network' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List networks')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a network by name, id or short id')
            break
        }
        'kamaki;help;sdc;network;list' {
            break
        }
        'kamaki;help;sdc;network;get' {
            break
        }
        'kamaki;help;sdc;machine' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List machines (all of them: pages past CloudAPI''s 1000 per request)')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count machines matching the filters')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a machine by id, name or short id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a machine; image and package default to the datacenter''s')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start stopped machines')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop running machines')
            [CompletionResult]::new('reboot', 'reboot', [CompletionResultType]::ParameterValue, 'Reboot running machines')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete machines')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Change a machine''s package (same brand only)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a machine')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until machines reach a state, or leave one')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'A machine''s snapshots')
            [CompletionResult]::new('metadata', 'metadata', [CompletionResultType]::ParameterValue, 'A machine''s metadata (key/value strings readable inside the machine)')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'A machine''s tags')
            break
        }
        'kamaki;help;sdc;machine;list' {
            break
        }
        'kamaki;help;sdc;machine;count' {
            break
        }
        'kamaki;help;sdc;machine;get' {
            break
        }
        'kamaki;help;sdc;machine;create' {
            break
        }
        'kamaki;help;sdc;machine;start' {
            break
        }
        'kamaki;help;sdc;machine;stop' {
            break
        }
        'kamaki;help;sdc;machine;reboot' {
            break
        }
        'kamaki;help;sdc;machine;delete' {
            break
        }
        'kamaki;help;sdc;machine;resize' {
            break
        }
        'kamaki;help;sdc;machine;rename' {
            break
        }
        'kamaki;help;sdc;machine;wait' {
            break
        }
        'kamaki;help;sdc;machine;snapshot' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a machine''s snapshots')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Take a snapshot')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a snapshot')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete snapshots')
            [CompletionResult]::new('boot', 'boot', [CompletionResultType]::ParameterValue, 'Boot a stopped machine from a snapshot')
            break
        }
        'kamaki;help;sdc;machine;snapshot;list' {
            break
        }
        'kamaki;help;sdc;machine;snapshot;create' {
            break
        }
        'kamaki;help;sdc;machine;snapshot;get' {
            break
        }
        'kamaki;help;sdc;machine;snapshot;delete' {
            break
        }
        'kamaki;help;sdc;machine;snapshot;boot' {
            break
        }
        'kamaki;help;sdc;machine;metadata' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a machine''s metadata')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one metadata value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Add or overwrite metadata')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete metadata keys, or all of them with `--all`')
            break
        }
        'kamaki;help;sdc;machine;metadata;list' {
            break
        }
        'kamaki;help;sdc;machine;metadata;get' {
            break
        }
        'kamaki;help;sdc;machine;metadata;set' {
            break
        }
        'kamaki;help;sdc;machine;metadata;delete' {
            break
        }
        'kamaki;help;sdc;machine;tag' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a machine''s tags')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one tag''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace all of a machine''s tags with these')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or overwrite tags, keeping the others')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete tags, or all of them with `--all`')
            break
        }
        'kamaki;help;sdc;machine;tag;list' {
            break
        }
        'kamaki;help;sdc;machine;tag;get' {
            break
        }
        'kamaki;help;sdc;machine;tag;set' {
            break
        }
        'kamaki;help;sdc;machine;tag;add' {
            break
        }
        'kamaki;help;sdc;machine;tag;delete' {
            break
        }
        'kamaki;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
