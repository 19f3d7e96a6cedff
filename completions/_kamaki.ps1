
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
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state store (a SQLite file) [default: the `infra` config section, else the data dir]')
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
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state store (a SQLite file) [default: the `infra` config section, else the data dir]')
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
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'The infrastructure to destroy')
            [CompletionResult]::new('--infra-id', '--infra-id', [CompletionResultType]::ParameterName, 'The infrastructure to destroy')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state store (a SQLite file) [default: the `infra` config section, else the data dir]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--parallelize', '--parallelize', [CompletionResultType]::ParameterName, 'Destroy the instances of each level at the same time')
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
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state store (a SQLite file) [default: the `infra` config section, else the data dir]')
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
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state store (a SQLite file) [default: the `infra` config section, else the data dir]')
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
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state store (a SQLite file) [default: the `infra` config section, else the data dir]')
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
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state store (a SQLite file) [default: the `infra` config section, else the data dir]')
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
        'kamaki;help' {
            [CompletionResult]::new('astakos', 'astakos', [CompletionResultType]::ParameterValue, 'Identity, quotas, projects and memberships (Synnefo Astakos)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change the config file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run the built-in local cloud')
            [CompletionResult]::new('infra', 'infra', [CompletionResultType]::ParameterValue, 'Build, maintain, scale and destroy multi-node infrastructures (Occopus-style)')
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
        'kamaki;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
