
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
            [CompletionResult]::new('linstor', 'linstor', [CompletionResultType]::ParameterValue, 'LINSTOR: nodes, storage pools, resources with placement, and the KV store')
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
        'kamaki;linstor' {
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
            [CompletionResult]::new('controller', 'controller', [CompletionResultType]::ParameterValue, 'The controller: version and properties')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'The controller: version and properties')
            [CompletionResult]::new('node', 'node', [CompletionResultType]::ParameterValue, 'Satellites and other nodes')
            [CompletionResult]::new('n', 'n', [CompletionResultType]::ParameterValue, 'Satellites and other nodes')
            [CompletionResult]::new('storage-pool', 'storage-pool', [CompletionResultType]::ParameterValue, 'Storage pools on nodes, with their capacity')
            [CompletionResult]::new('sp', 'sp', [CompletionResultType]::ParameterValue, 'Storage pools on nodes, with their capacity')
            [CompletionResult]::new('resource-group', 'resource-group', [CompletionResultType]::ParameterValue, 'Resource groups: templates to spawn resources from')
            [CompletionResult]::new('rg', 'rg', [CompletionResultType]::ParameterValue, 'Resource groups: templates to spawn resources from')
            [CompletionResult]::new('resource-definition', 'resource-definition', [CompletionResultType]::ParameterValue, 'Resource definitions: a resource''s name, port and properties')
            [CompletionResult]::new('rd', 'rd', [CompletionResultType]::ParameterValue, 'Resource definitions: a resource''s name, port and properties')
            [CompletionResult]::new('volume-definition', 'volume-definition', [CompletionResultType]::ParameterValue, 'Volume definitions: the volumes (and sizes) of a resource')
            [CompletionResult]::new('vd', 'vd', [CompletionResultType]::ParameterValue, 'Volume definitions: the volumes (and sizes) of a resource')
            [CompletionResult]::new('resource', 'resource', [CompletionResultType]::ParameterValue, 'Resources: replicas on nodes, placement, assignment state and waiting')
            [CompletionResult]::new('r', 'r', [CompletionResultType]::ParameterValue, 'Resources: replicas on nodes, placement, assignment state and waiting')
            [CompletionResult]::new('kv', 'kv', [CompletionResultType]::ParameterValue, 'A key-value store instance, with namespaces')
            [CompletionResult]::new('key-value-store', 'key-value-store', [CompletionResultType]::ParameterValue, 'A key-value store instance, with namespaces')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;controller' {
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
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'The controller''s version and REST API version')
            [CompletionResult]::new('v', 'v', [CompletionResultType]::ParameterValue, 'The controller''s version and REST API version')
            [CompletionResult]::new('list-properties', 'list-properties', [CompletionResultType]::ParameterValue, 'The controller''s properties')
            [CompletionResult]::new('lp', 'lp', [CompletionResultType]::ParameterValue, 'The controller''s properties')
            [CompletionResult]::new('set-property', 'set-property', [CompletionResultType]::ParameterValue, 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default 1000)')
            [CompletionResult]::new('sp', 'sp', [CompletionResultType]::ParameterValue, 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default 1000)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;c' {
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
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'The controller''s version and REST API version')
            [CompletionResult]::new('v', 'v', [CompletionResultType]::ParameterValue, 'The controller''s version and REST API version')
            [CompletionResult]::new('list-properties', 'list-properties', [CompletionResultType]::ParameterValue, 'The controller''s properties')
            [CompletionResult]::new('lp', 'lp', [CompletionResultType]::ParameterValue, 'The controller''s properties')
            [CompletionResult]::new('set-property', 'set-property', [CompletionResultType]::ParameterValue, 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default 1000)')
            [CompletionResult]::new('sp', 'sp', [CompletionResultType]::ParameterValue, 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default 1000)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;controller;version' {
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
        'kamaki;linstor;controller;v' {
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
        'kamaki;linstor;c;version' {
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
        'kamaki;linstor;c;v' {
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
        'kamaki;linstor;controller;list-properties' {
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
        'kamaki;linstor;controller;lp' {
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
        'kamaki;linstor;c;list-properties' {
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
        'kamaki;linstor;c;lp' {
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
        'kamaki;linstor;controller;set-property' {
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
        'kamaki;linstor;controller;sp' {
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
        'kamaki;linstor;c;set-property' {
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
        'kamaki;linstor;c;sp' {
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
        'kamaki;linstor;controller;help' {
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'The controller''s version and REST API version')
            [CompletionResult]::new('list-properties', 'list-properties', [CompletionResultType]::ParameterValue, 'The controller''s properties')
            [CompletionResult]::new('set-property', 'set-property', [CompletionResultType]::ParameterValue, 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default 1000)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;controller;help;version' {
            break
        }
        'kamaki;linstor;controller;help;list-properties' {
            break
        }
        'kamaki;linstor;controller;help;set-property' {
            break
        }
        'kamaki;linstor;controller;help;help' {
            break
        }
        'kamaki;linstor;c;help' {
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'The controller''s version and REST API version')
            [CompletionResult]::new('list-properties', 'list-properties', [CompletionResultType]::ParameterValue, 'The controller''s properties')
            [CompletionResult]::new('set-property', 'set-property', [CompletionResultType]::ParameterValue, 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default 1000)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;c;help;version' {
            break
        }
        'kamaki;linstor;c;help;list-properties' {
            break
        }
        'kamaki;linstor;c;help;set-property' {
            break
        }
        'kamaki;linstor;c;help;help' {
            break
        }
        'kamaki;linstor;node' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List nodes with their address and connection state')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'List nodes with their address and connection state')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show one node')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register a node')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Register a node')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a node that holds no resources')
            [CompletionResult]::new('d', 'd', [CompletionResultType]::ParameterValue, 'Delete a node that holds no resources')
            [CompletionResult]::new('lost', 'lost', [CompletionResultType]::ParameterValue, 'Delete a node that is gone for good, with its resources')
            [CompletionResult]::new('lo', 'lo', [CompletionResultType]::ParameterValue, 'Delete a node that is gone for good, with its resources')
            [CompletionResult]::new('reconnect', 'reconnect', [CompletionResultType]::ParameterValue, 'Reconnect to a node''s satellite')
            [CompletionResult]::new('rc', 'rc', [CompletionResultType]::ParameterValue, 'Reconnect to a node''s satellite')
            [CompletionResult]::new('set-property', 'set-property', [CompletionResultType]::ParameterValue, 'Set a node property, or delete it when no value is given (in the sandbox, `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)')
            [CompletionResult]::new('sp', 'sp', [CompletionResultType]::ParameterValue, 'Set a node property, or delete it when no value is given (in the sandbox, `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)')
            [CompletionResult]::new('list-properties', 'list-properties', [CompletionResultType]::ParameterValue, 'List a node''s properties')
            [CompletionResult]::new('lp', 'lp', [CompletionResultType]::ParameterValue, 'List a node''s properties')
            [CompletionResult]::new('interface', 'interface', [CompletionResultType]::ParameterValue, 'A node''s network interfaces')
            [CompletionResult]::new('i', 'i', [CompletionResultType]::ParameterValue, 'A node''s network interfaces')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;n' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List nodes with their address and connection state')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'List nodes with their address and connection state')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show one node')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register a node')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Register a node')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a node that holds no resources')
            [CompletionResult]::new('d', 'd', [CompletionResultType]::ParameterValue, 'Delete a node that holds no resources')
            [CompletionResult]::new('lost', 'lost', [CompletionResultType]::ParameterValue, 'Delete a node that is gone for good, with its resources')
            [CompletionResult]::new('lo', 'lo', [CompletionResultType]::ParameterValue, 'Delete a node that is gone for good, with its resources')
            [CompletionResult]::new('reconnect', 'reconnect', [CompletionResultType]::ParameterValue, 'Reconnect to a node''s satellite')
            [CompletionResult]::new('rc', 'rc', [CompletionResultType]::ParameterValue, 'Reconnect to a node''s satellite')
            [CompletionResult]::new('set-property', 'set-property', [CompletionResultType]::ParameterValue, 'Set a node property, or delete it when no value is given (in the sandbox, `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)')
            [CompletionResult]::new('sp', 'sp', [CompletionResultType]::ParameterValue, 'Set a node property, or delete it when no value is given (in the sandbox, `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)')
            [CompletionResult]::new('list-properties', 'list-properties', [CompletionResultType]::ParameterValue, 'List a node''s properties')
            [CompletionResult]::new('lp', 'lp', [CompletionResultType]::ParameterValue, 'List a node''s properties')
            [CompletionResult]::new('interface', 'interface', [CompletionResultType]::ParameterValue, 'A node''s network interfaces')
            [CompletionResult]::new('i', 'i', [CompletionResultType]::ParameterValue, 'A node''s network interfaces')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;node;list' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only these nodes')
            [CompletionResult]::new('--nodes', '--nodes', [CompletionResultType]::ParameterName, 'Only these nodes')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
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
        'kamaki;linstor;node;l' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only these nodes')
            [CompletionResult]::new('--nodes', '--nodes', [CompletionResultType]::ParameterName, 'Only these nodes')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
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
        'kamaki;linstor;n;list' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only these nodes')
            [CompletionResult]::new('--nodes', '--nodes', [CompletionResultType]::ParameterName, 'Only these nodes')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
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
        'kamaki;linstor;n;l' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only these nodes')
            [CompletionResult]::new('--nodes', '--nodes', [CompletionResultType]::ParameterName, 'Only these nodes')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
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
        'kamaki;linstor;node;info' {
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
        'kamaki;linstor;n;info' {
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
        'kamaki;linstor;node;create' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'type')
            [CompletionResult]::new('--node-type', '--node-type', [CompletionResultType]::ParameterName, 'type')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'The satellite''s port [default: 3366, or 3367 with ssl]')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The satellite''s port [default: 3366, or 3367 with ssl]')
            [CompletionResult]::new('--communication-type', '--communication-type', [CompletionResultType]::ParameterName, 'communication-type')
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
        'kamaki;linstor;node;c' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'type')
            [CompletionResult]::new('--node-type', '--node-type', [CompletionResultType]::ParameterName, 'type')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'The satellite''s port [default: 3366, or 3367 with ssl]')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The satellite''s port [default: 3366, or 3367 with ssl]')
            [CompletionResult]::new('--communication-type', '--communication-type', [CompletionResultType]::ParameterName, 'communication-type')
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
        'kamaki;linstor;n;create' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'type')
            [CompletionResult]::new('--node-type', '--node-type', [CompletionResultType]::ParameterName, 'type')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'The satellite''s port [default: 3366, or 3367 with ssl]')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The satellite''s port [default: 3366, or 3367 with ssl]')
            [CompletionResult]::new('--communication-type', '--communication-type', [CompletionResultType]::ParameterName, 'communication-type')
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
        'kamaki;linstor;n;c' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'type')
            [CompletionResult]::new('--node-type', '--node-type', [CompletionResultType]::ParameterName, 'type')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'The satellite''s port [default: 3366, or 3367 with ssl]')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The satellite''s port [default: 3366, or 3367 with ssl]')
            [CompletionResult]::new('--communication-type', '--communication-type', [CompletionResultType]::ParameterName, 'communication-type')
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
        'kamaki;linstor;node;delete' {
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
        'kamaki;linstor;node;d' {
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
        'kamaki;linstor;n;delete' {
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
        'kamaki;linstor;n;d' {
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
        'kamaki;linstor;node;lost' {
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
        'kamaki;linstor;node;lo' {
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
        'kamaki;linstor;n;lost' {
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
        'kamaki;linstor;n;lo' {
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
        'kamaki;linstor;node;reconnect' {
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
        'kamaki;linstor;node;rc' {
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
        'kamaki;linstor;n;reconnect' {
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
        'kamaki;linstor;n;rc' {
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
        'kamaki;linstor;node;set-property' {
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
        'kamaki;linstor;node;sp' {
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
        'kamaki;linstor;n;set-property' {
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
        'kamaki;linstor;n;sp' {
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
        'kamaki;linstor;node;list-properties' {
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
        'kamaki;linstor;node;lp' {
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
        'kamaki;linstor;n;list-properties' {
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
        'kamaki;linstor;n;lp' {
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
        'kamaki;linstor;node;interface' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a node''s network interfaces')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'List a node''s network interfaces')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a network interface to a node')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Add a network interface to a node')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;node;i' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a node''s network interfaces')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'List a node''s network interfaces')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a network interface to a node')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Add a network interface to a node')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;node;interface;list' {
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
        'kamaki;linstor;node;interface;l' {
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
        'kamaki;linstor;node;i;list' {
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
        'kamaki;linstor;node;i;l' {
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
        'kamaki;linstor;node;interface;create' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'p')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'port')
            [CompletionResult]::new('--communication-type', '--communication-type', [CompletionResultType]::ParameterName, 'communication-type')
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
        'kamaki;linstor;node;interface;c' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'p')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'port')
            [CompletionResult]::new('--communication-type', '--communication-type', [CompletionResultType]::ParameterName, 'communication-type')
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
        'kamaki;linstor;node;i;create' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'p')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'port')
            [CompletionResult]::new('--communication-type', '--communication-type', [CompletionResultType]::ParameterName, 'communication-type')
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
        'kamaki;linstor;node;i;c' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'p')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'port')
            [CompletionResult]::new('--communication-type', '--communication-type', [CompletionResultType]::ParameterName, 'communication-type')
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
        'kamaki;linstor;node;interface;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a node''s network interfaces')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a network interface to a node')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;node;interface;help;list' {
            break
        }
        'kamaki;linstor;node;interface;help;create' {
            break
        }
        'kamaki;linstor;node;interface;help;help' {
            break
        }
        'kamaki;linstor;node;i;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a node''s network interfaces')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a network interface to a node')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;node;i;help;list' {
            break
        }
        'kamaki;linstor;node;i;help;create' {
            break
        }
        'kamaki;linstor;node;i;help;help' {
            break
        }
        'kamaki;linstor;n;interface' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a node''s network interfaces')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'List a node''s network interfaces')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a network interface to a node')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Add a network interface to a node')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;n;i' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a node''s network interfaces')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'List a node''s network interfaces')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a network interface to a node')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Add a network interface to a node')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;n;interface;list' {
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
        'kamaki;linstor;n;interface;l' {
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
        'kamaki;linstor;n;i;list' {
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
        'kamaki;linstor;n;i;l' {
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
        'kamaki;linstor;n;interface;create' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'p')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'port')
            [CompletionResult]::new('--communication-type', '--communication-type', [CompletionResultType]::ParameterName, 'communication-type')
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
        'kamaki;linstor;n;interface;c' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'p')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'port')
            [CompletionResult]::new('--communication-type', '--communication-type', [CompletionResultType]::ParameterName, 'communication-type')
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
        'kamaki;linstor;n;i;create' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'p')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'port')
            [CompletionResult]::new('--communication-type', '--communication-type', [CompletionResultType]::ParameterName, 'communication-type')
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
        'kamaki;linstor;n;i;c' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'p')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'port')
            [CompletionResult]::new('--communication-type', '--communication-type', [CompletionResultType]::ParameterName, 'communication-type')
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
        'kamaki;linstor;n;interface;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a node''s network interfaces')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a network interface to a node')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;n;interface;help;list' {
            break
        }
        'kamaki;linstor;n;interface;help;create' {
            break
        }
        'kamaki;linstor;n;interface;help;help' {
            break
        }
        'kamaki;linstor;n;i;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a node''s network interfaces')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a network interface to a node')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;n;i;help;list' {
            break
        }
        'kamaki;linstor;n;i;help;create' {
            break
        }
        'kamaki;linstor;n;i;help;help' {
            break
        }
        'kamaki;linstor;node;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List nodes with their address and connection state')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show one node')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register a node')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a node that holds no resources')
            [CompletionResult]::new('lost', 'lost', [CompletionResultType]::ParameterValue, 'Delete a node that is gone for good, with its resources')
            [CompletionResult]::new('reconnect', 'reconnect', [CompletionResultType]::ParameterValue, 'Reconnect to a node''s satellite')
            [CompletionResult]::new('set-property', 'set-property', [CompletionResultType]::ParameterValue, 'Set a node property, or delete it when no value is given (in the sandbox, `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)')
            [CompletionResult]::new('list-properties', 'list-properties', [CompletionResultType]::ParameterValue, 'List a node''s properties')
            [CompletionResult]::new('interface', 'interface', [CompletionResultType]::ParameterValue, 'A node''s network interfaces')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;node;help;list' {
            break
        }
        'kamaki;linstor;node;help;info' {
            break
        }
        'kamaki;linstor;node;help;create' {
            break
        }
        'kamaki;linstor;node;help;delete' {
            break
        }
        'kamaki;linstor;node;help;lost' {
            break
        }
        'kamaki;linstor;node;help;reconnect' {
            break
        }
        'kamaki;linstor;node;help;set-property' {
            break
        }
        'kamaki;linstor;node;help;list-properties' {
            break
        }
        'kamaki;linstor;node;help;interface' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a node''s network interfaces')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a network interface to a node')
            break
        }
        'kamaki;linstor;node;help;interface;list' {
            break
        }
        'kamaki;linstor;node;help;interface;create' {
            break
        }
        'kamaki;linstor;node;help;help' {
            break
        }
        'kamaki;linstor;n;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List nodes with their address and connection state')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show one node')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register a node')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a node that holds no resources')
            [CompletionResult]::new('lost', 'lost', [CompletionResultType]::ParameterValue, 'Delete a node that is gone for good, with its resources')
            [CompletionResult]::new('reconnect', 'reconnect', [CompletionResultType]::ParameterValue, 'Reconnect to a node''s satellite')
            [CompletionResult]::new('set-property', 'set-property', [CompletionResultType]::ParameterValue, 'Set a node property, or delete it when no value is given (in the sandbox, `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)')
            [CompletionResult]::new('list-properties', 'list-properties', [CompletionResultType]::ParameterValue, 'List a node''s properties')
            [CompletionResult]::new('interface', 'interface', [CompletionResultType]::ParameterValue, 'A node''s network interfaces')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;n;help;list' {
            break
        }
        'kamaki;linstor;n;help;info' {
            break
        }
        'kamaki;linstor;n;help;create' {
            break
        }
        'kamaki;linstor;n;help;delete' {
            break
        }
        'kamaki;linstor;n;help;lost' {
            break
        }
        'kamaki;linstor;n;help;reconnect' {
            break
        }
        'kamaki;linstor;n;help;set-property' {
            break
        }
        'kamaki;linstor;n;help;list-properties' {
            break
        }
        'kamaki;linstor;n;help;interface' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a node''s network interfaces')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a network interface to a node')
            break
        }
        'kamaki;linstor;n;help;interface;list' {
            break
        }
        'kamaki;linstor;n;help;interface;create' {
            break
        }
        'kamaki;linstor;n;help;help' {
            break
        }
        'kamaki;linstor;storage-pool' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List storage pools with their free and total capacity')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'List storage pools with their free and total capacity')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a storage pool on a node')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Create a storage pool on a node')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a storage pool that no resource uses')
            [CompletionResult]::new('d', 'd', [CompletionResultType]::ParameterValue, 'Delete a storage pool that no resource uses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;sp' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List storage pools with their free and total capacity')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'List storage pools with their free and total capacity')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a storage pool on a node')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Create a storage pool on a node')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a storage pool that no resource uses')
            [CompletionResult]::new('d', 'd', [CompletionResultType]::ParameterValue, 'Delete a storage pool that no resource uses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;storage-pool;list' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only pools on these nodes')
            [CompletionResult]::new('--nodes', '--nodes', [CompletionResultType]::ParameterName, 'Only pools on these nodes')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only pools with these names')
            [CompletionResult]::new('--storage-pools', '--storage-pools', [CompletionResultType]::ParameterName, 'Only pools with these names')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
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
        'kamaki;linstor;storage-pool;l' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only pools on these nodes')
            [CompletionResult]::new('--nodes', '--nodes', [CompletionResultType]::ParameterName, 'Only pools on these nodes')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only pools with these names')
            [CompletionResult]::new('--storage-pools', '--storage-pools', [CompletionResultType]::ParameterName, 'Only pools with these names')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
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
        'kamaki;linstor;sp;list' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only pools on these nodes')
            [CompletionResult]::new('--nodes', '--nodes', [CompletionResultType]::ParameterName, 'Only pools on these nodes')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only pools with these names')
            [CompletionResult]::new('--storage-pools', '--storage-pools', [CompletionResultType]::ParameterName, 'Only pools with these names')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
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
        'kamaki;linstor;sp;l' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only pools on these nodes')
            [CompletionResult]::new('--nodes', '--nodes', [CompletionResultType]::ParameterName, 'Only pools on these nodes')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only pools with these names')
            [CompletionResult]::new('--storage-pools', '--storage-pools', [CompletionResultType]::ParameterName, 'Only pools with these names')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
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
        'kamaki;linstor;storage-pool;create' {
            [CompletionResult]::new('--driver', '--driver', [CompletionResultType]::ParameterName, 'driver')
            [CompletionResult]::new('--backing', '--backing', [CompletionResultType]::ParameterName, 'What backs the pool: a volume group (`vg0`), thin pool (`vg0/thin`), zpool or directory')
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
        'kamaki;linstor;storage-pool;c' {
            [CompletionResult]::new('--driver', '--driver', [CompletionResultType]::ParameterName, 'driver')
            [CompletionResult]::new('--backing', '--backing', [CompletionResultType]::ParameterName, 'What backs the pool: a volume group (`vg0`), thin pool (`vg0/thin`), zpool or directory')
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
        'kamaki;linstor;sp;create' {
            [CompletionResult]::new('--driver', '--driver', [CompletionResultType]::ParameterName, 'driver')
            [CompletionResult]::new('--backing', '--backing', [CompletionResultType]::ParameterName, 'What backs the pool: a volume group (`vg0`), thin pool (`vg0/thin`), zpool or directory')
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
        'kamaki;linstor;sp;c' {
            [CompletionResult]::new('--driver', '--driver', [CompletionResultType]::ParameterName, 'driver')
            [CompletionResult]::new('--backing', '--backing', [CompletionResultType]::ParameterName, 'What backs the pool: a volume group (`vg0`), thin pool (`vg0/thin`), zpool or directory')
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
        'kamaki;linstor;storage-pool;delete' {
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
        'kamaki;linstor;storage-pool;d' {
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
        'kamaki;linstor;sp;delete' {
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
        'kamaki;linstor;sp;d' {
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
        'kamaki;linstor;storage-pool;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List storage pools with their free and total capacity')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a storage pool on a node')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a storage pool that no resource uses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;storage-pool;help;list' {
            break
        }
        'kamaki;linstor;storage-pool;help;create' {
            break
        }
        'kamaki;linstor;storage-pool;help;delete' {
            break
        }
        'kamaki;linstor;storage-pool;help;help' {
            break
        }
        'kamaki;linstor;sp;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List storage pools with their free and total capacity')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a storage pool on a node')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a storage pool that no resource uses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;sp;help;list' {
            break
        }
        'kamaki;linstor;sp;help;create' {
            break
        }
        'kamaki;linstor;sp;help;delete' {
            break
        }
        'kamaki;linstor;sp;help;help' {
            break
        }
        'kamaki;linstor;resource-group' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resource groups and their placement rules')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'List resource groups and their placement rules')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a resource group')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Create a resource group')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a resource group that no resource definition uses')
            [CompletionResult]::new('d', 'd', [CompletionResultType]::ParameterValue, 'Delete a resource group that no resource definition uses')
            [CompletionResult]::new('spawn', 'spawn', [CompletionResultType]::ParameterValue, 'Create a resource definition with volumes from a group, and place it by the group''s rules')
            [CompletionResult]::new('spawn-resources', 'spawn-resources', [CompletionResultType]::ParameterValue, 'Create a resource definition with volumes from a group, and place it by the group''s rules')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;rg' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resource groups and their placement rules')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'List resource groups and their placement rules')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a resource group')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Create a resource group')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a resource group that no resource definition uses')
            [CompletionResult]::new('d', 'd', [CompletionResultType]::ParameterValue, 'Delete a resource group that no resource definition uses')
            [CompletionResult]::new('spawn', 'spawn', [CompletionResultType]::ParameterValue, 'Create a resource definition with volumes from a group, and place it by the group''s rules')
            [CompletionResult]::new('spawn-resources', 'spawn-resources', [CompletionResultType]::ParameterValue, 'Create a resource definition with volumes from a group, and place it by the group''s rules')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;resource-group;list' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
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
        'kamaki;linstor;resource-group;l' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
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
        'kamaki;linstor;rg;list' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
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
        'kamaki;linstor;rg;l' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
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
        'kamaki;linstor;resource-group;create' {
            [CompletionResult]::new('--place-count', '--place-count', [CompletionResultType]::ParameterName, 'How many diskful replicas spawned resources get')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Storage pools spawned resources may use')
            [CompletionResult]::new('--storage-pool', '--storage-pool', [CompletionResultType]::ParameterName, 'Storage pools spawned resources may use')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--diskless-on-remaining', '--diskless-on-remaining', [CompletionResultType]::ParameterName, 'Give spawned resources diskless replicas on all other nodes')
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
        'kamaki;linstor;resource-group;c' {
            [CompletionResult]::new('--place-count', '--place-count', [CompletionResultType]::ParameterName, 'How many diskful replicas spawned resources get')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Storage pools spawned resources may use')
            [CompletionResult]::new('--storage-pool', '--storage-pool', [CompletionResultType]::ParameterName, 'Storage pools spawned resources may use')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--diskless-on-remaining', '--diskless-on-remaining', [CompletionResultType]::ParameterName, 'Give spawned resources diskless replicas on all other nodes')
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
        'kamaki;linstor;rg;create' {
            [CompletionResult]::new('--place-count', '--place-count', [CompletionResultType]::ParameterName, 'How many diskful replicas spawned resources get')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Storage pools spawned resources may use')
            [CompletionResult]::new('--storage-pool', '--storage-pool', [CompletionResultType]::ParameterName, 'Storage pools spawned resources may use')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--diskless-on-remaining', '--diskless-on-remaining', [CompletionResultType]::ParameterName, 'Give spawned resources diskless replicas on all other nodes')
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
        'kamaki;linstor;rg;c' {
            [CompletionResult]::new('--place-count', '--place-count', [CompletionResultType]::ParameterName, 'How many diskful replicas spawned resources get')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Storage pools spawned resources may use')
            [CompletionResult]::new('--storage-pool', '--storage-pool', [CompletionResultType]::ParameterName, 'Storage pools spawned resources may use')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--diskless-on-remaining', '--diskless-on-remaining', [CompletionResultType]::ParameterName, 'Give spawned resources diskless replicas on all other nodes')
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
        'kamaki;linstor;resource-group;delete' {
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
        'kamaki;linstor;resource-group;d' {
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
        'kamaki;linstor;rg;delete' {
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
        'kamaki;linstor;rg;d' {
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
        'kamaki;linstor;resource-group;spawn' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Only create the definitions, place nothing')
            [CompletionResult]::new('--definitions-only', '--definitions-only', [CompletionResultType]::ParameterName, 'Only create the definitions, place nothing')
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
        'kamaki;linstor;resource-group;spawn-resources' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Only create the definitions, place nothing')
            [CompletionResult]::new('--definitions-only', '--definitions-only', [CompletionResultType]::ParameterName, 'Only create the definitions, place nothing')
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
        'kamaki;linstor;rg;spawn' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Only create the definitions, place nothing')
            [CompletionResult]::new('--definitions-only', '--definitions-only', [CompletionResultType]::ParameterName, 'Only create the definitions, place nothing')
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
        'kamaki;linstor;rg;spawn-resources' {
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Only create the definitions, place nothing')
            [CompletionResult]::new('--definitions-only', '--definitions-only', [CompletionResultType]::ParameterName, 'Only create the definitions, place nothing')
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
        'kamaki;linstor;resource-group;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resource groups and their placement rules')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a resource group')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a resource group that no resource definition uses')
            [CompletionResult]::new('spawn', 'spawn', [CompletionResultType]::ParameterValue, 'Create a resource definition with volumes from a group, and place it by the group''s rules')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;resource-group;help;list' {
            break
        }
        'kamaki;linstor;resource-group;help;create' {
            break
        }
        'kamaki;linstor;resource-group;help;delete' {
            break
        }
        'kamaki;linstor;resource-group;help;spawn' {
            break
        }
        'kamaki;linstor;resource-group;help;help' {
            break
        }
        'kamaki;linstor;rg;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resource groups and their placement rules')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a resource group')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a resource group that no resource definition uses')
            [CompletionResult]::new('spawn', 'spawn', [CompletionResultType]::ParameterValue, 'Create a resource definition with volumes from a group, and place it by the group''s rules')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;rg;help;list' {
            break
        }
        'kamaki;linstor;rg;help;create' {
            break
        }
        'kamaki;linstor;rg;help;delete' {
            break
        }
        'kamaki;linstor;rg;help;spawn' {
            break
        }
        'kamaki;linstor;rg;help;help' {
            break
        }
        'kamaki;linstor;resource-definition' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resource definitions')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'List resource definitions')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a resource definition')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Create a resource definition')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a resource definition with its volumes and replicas')
            [CompletionResult]::new('d', 'd', [CompletionResultType]::ParameterValue, 'Delete a resource definition with its volumes and replicas')
            [CompletionResult]::new('set-property', 'set-property', [CompletionResultType]::ParameterValue, 'Set a property, or delete it when no value is given')
            [CompletionResult]::new('sp', 'sp', [CompletionResultType]::ParameterValue, 'Set a property, or delete it when no value is given')
            [CompletionResult]::new('list-properties', 'list-properties', [CompletionResultType]::ParameterValue, 'List a resource definition''s properties')
            [CompletionResult]::new('lp', 'lp', [CompletionResultType]::ParameterValue, 'List a resource definition''s properties')
            [CompletionResult]::new('drbd-options', 'drbd-options', [CompletionResultType]::ParameterValue, 'Set DRBD options of a resource')
            [CompletionResult]::new('opt', 'opt', [CompletionResultType]::ParameterValue, 'Set DRBD options of a resource')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;rd' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resource definitions')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'List resource definitions')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a resource definition')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Create a resource definition')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a resource definition with its volumes and replicas')
            [CompletionResult]::new('d', 'd', [CompletionResultType]::ParameterValue, 'Delete a resource definition with its volumes and replicas')
            [CompletionResult]::new('set-property', 'set-property', [CompletionResultType]::ParameterValue, 'Set a property, or delete it when no value is given')
            [CompletionResult]::new('sp', 'sp', [CompletionResultType]::ParameterValue, 'Set a property, or delete it when no value is given')
            [CompletionResult]::new('list-properties', 'list-properties', [CompletionResultType]::ParameterValue, 'List a resource definition''s properties')
            [CompletionResult]::new('lp', 'lp', [CompletionResultType]::ParameterValue, 'List a resource definition''s properties')
            [CompletionResult]::new('drbd-options', 'drbd-options', [CompletionResultType]::ParameterValue, 'Set DRBD options of a resource')
            [CompletionResult]::new('opt', 'opt', [CompletionResultType]::ParameterValue, 'Set DRBD options of a resource')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;resource-definition;list' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Only these resources')
            [CompletionResult]::new('--resources', '--resources', [CompletionResultType]::ParameterName, 'Only these resources')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
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
        'kamaki;linstor;resource-definition;l' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Only these resources')
            [CompletionResult]::new('--resources', '--resources', [CompletionResultType]::ParameterName, 'Only these resources')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
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
        'kamaki;linstor;rd;list' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Only these resources')
            [CompletionResult]::new('--resources', '--resources', [CompletionResultType]::ParameterName, 'Only these resources')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
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
        'kamaki;linstor;rd;l' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Only these resources')
            [CompletionResult]::new('--resources', '--resources', [CompletionResultType]::ParameterName, 'Only these resources')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
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
        'kamaki;linstor;resource-definition;create' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'The DRBD TCP port [default: the next free one from 7000]')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The DRBD TCP port [default: the next free one from 7000]')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'resource-group')
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
        'kamaki;linstor;resource-definition;c' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'The DRBD TCP port [default: the next free one from 7000]')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The DRBD TCP port [default: the next free one from 7000]')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'resource-group')
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
        'kamaki;linstor;rd;create' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'The DRBD TCP port [default: the next free one from 7000]')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The DRBD TCP port [default: the next free one from 7000]')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'resource-group')
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
        'kamaki;linstor;rd;c' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'The DRBD TCP port [default: the next free one from 7000]')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The DRBD TCP port [default: the next free one from 7000]')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'resource-group')
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
        'kamaki;linstor;resource-definition;delete' {
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
        'kamaki;linstor;resource-definition;d' {
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
        'kamaki;linstor;rd;delete' {
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
        'kamaki;linstor;rd;d' {
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
        'kamaki;linstor;resource-definition;set-property' {
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
        'kamaki;linstor;resource-definition;sp' {
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
        'kamaki;linstor;rd;set-property' {
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
        'kamaki;linstor;rd;sp' {
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
        'kamaki;linstor;resource-definition;list-properties' {
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
        'kamaki;linstor;resource-definition;lp' {
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
        'kamaki;linstor;rd;list-properties' {
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
        'kamaki;linstor;rd;lp' {
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
        'kamaki;linstor;resource-definition;drbd-options' {
            [CompletionResult]::new('--allow-two-primaries', '--allow-two-primaries', [CompletionResultType]::ParameterName, 'Allow two primaries at once (for live migration)')
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
        'kamaki;linstor;resource-definition;opt' {
            [CompletionResult]::new('--allow-two-primaries', '--allow-two-primaries', [CompletionResultType]::ParameterName, 'Allow two primaries at once (for live migration)')
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
        'kamaki;linstor;rd;drbd-options' {
            [CompletionResult]::new('--allow-two-primaries', '--allow-two-primaries', [CompletionResultType]::ParameterName, 'Allow two primaries at once (for live migration)')
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
        'kamaki;linstor;rd;opt' {
            [CompletionResult]::new('--allow-two-primaries', '--allow-two-primaries', [CompletionResultType]::ParameterName, 'Allow two primaries at once (for live migration)')
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
        'kamaki;linstor;resource-definition;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resource definitions')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a resource definition')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a resource definition with its volumes and replicas')
            [CompletionResult]::new('set-property', 'set-property', [CompletionResultType]::ParameterValue, 'Set a property, or delete it when no value is given')
            [CompletionResult]::new('list-properties', 'list-properties', [CompletionResultType]::ParameterValue, 'List a resource definition''s properties')
            [CompletionResult]::new('drbd-options', 'drbd-options', [CompletionResultType]::ParameterValue, 'Set DRBD options of a resource')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;resource-definition;help;list' {
            break
        }
        'kamaki;linstor;resource-definition;help;create' {
            break
        }
        'kamaki;linstor;resource-definition;help;delete' {
            break
        }
        'kamaki;linstor;resource-definition;help;set-property' {
            break
        }
        'kamaki;linstor;resource-definition;help;list-properties' {
            break
        }
        'kamaki;linstor;resource-definition;help;drbd-options' {
            break
        }
        'kamaki;linstor;resource-definition;help;help' {
            break
        }
        'kamaki;linstor;rd;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resource definitions')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a resource definition')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a resource definition with its volumes and replicas')
            [CompletionResult]::new('set-property', 'set-property', [CompletionResultType]::ParameterValue, 'Set a property, or delete it when no value is given')
            [CompletionResult]::new('list-properties', 'list-properties', [CompletionResultType]::ParameterValue, 'List a resource definition''s properties')
            [CompletionResult]::new('drbd-options', 'drbd-options', [CompletionResultType]::ParameterValue, 'Set DRBD options of a resource')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;rd;help;list' {
            break
        }
        'kamaki;linstor;rd;help;create' {
            break
        }
        'kamaki;linstor;rd;help;delete' {
            break
        }
        'kamaki;linstor;rd;help;set-property' {
            break
        }
        'kamaki;linstor;rd;help;list-properties' {
            break
        }
        'kamaki;linstor;rd;help;drbd-options' {
            break
        }
        'kamaki;linstor;rd;help;help' {
            break
        }
        'kamaki;linstor;volume-definition' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List volume definitions')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'List volume definitions')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a volume to a resource definition')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Add a volume to a resource definition')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a volume definition')
            [CompletionResult]::new('d', 'd', [CompletionResultType]::ParameterValue, 'Delete a volume definition')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Grow a volume')
            [CompletionResult]::new('set-size', 'set-size', [CompletionResultType]::ParameterValue, 'Grow a volume')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;vd' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List volume definitions')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'List volume definitions')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a volume to a resource definition')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Add a volume to a resource definition')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a volume definition')
            [CompletionResult]::new('d', 'd', [CompletionResultType]::ParameterValue, 'Delete a volume definition')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Grow a volume')
            [CompletionResult]::new('set-size', 'set-size', [CompletionResultType]::ParameterValue, 'Grow a volume')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;volume-definition;list' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Only these resources')
            [CompletionResult]::new('--resources', '--resources', [CompletionResultType]::ParameterName, 'Only these resources')
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
        'kamaki;linstor;volume-definition;l' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Only these resources')
            [CompletionResult]::new('--resources', '--resources', [CompletionResultType]::ParameterName, 'Only these resources')
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
        'kamaki;linstor;vd;list' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Only these resources')
            [CompletionResult]::new('--resources', '--resources', [CompletionResultType]::ParameterName, 'Only these resources')
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
        'kamaki;linstor;vd;l' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Only these resources')
            [CompletionResult]::new('--resources', '--resources', [CompletionResultType]::ParameterName, 'Only these resources')
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
        'kamaki;linstor;volume-definition;create' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'n')
            [CompletionResult]::new('--volume-number', '--volume-number', [CompletionResultType]::ParameterName, 'volume-number')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The storage pool the volume''s replicas use')
            [CompletionResult]::new('--storage-pool', '--storage-pool', [CompletionResultType]::ParameterName, 'The storage pool the volume''s replicas use')
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
        'kamaki;linstor;volume-definition;c' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'n')
            [CompletionResult]::new('--volume-number', '--volume-number', [CompletionResultType]::ParameterName, 'volume-number')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The storage pool the volume''s replicas use')
            [CompletionResult]::new('--storage-pool', '--storage-pool', [CompletionResultType]::ParameterName, 'The storage pool the volume''s replicas use')
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
        'kamaki;linstor;vd;create' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'n')
            [CompletionResult]::new('--volume-number', '--volume-number', [CompletionResultType]::ParameterName, 'volume-number')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The storage pool the volume''s replicas use')
            [CompletionResult]::new('--storage-pool', '--storage-pool', [CompletionResultType]::ParameterName, 'The storage pool the volume''s replicas use')
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
        'kamaki;linstor;vd;c' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'n')
            [CompletionResult]::new('--volume-number', '--volume-number', [CompletionResultType]::ParameterName, 'volume-number')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The storage pool the volume''s replicas use')
            [CompletionResult]::new('--storage-pool', '--storage-pool', [CompletionResultType]::ParameterName, 'The storage pool the volume''s replicas use')
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
        'kamaki;linstor;volume-definition;delete' {
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
        'kamaki;linstor;volume-definition;d' {
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
        'kamaki;linstor;vd;delete' {
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
        'kamaki;linstor;vd;d' {
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
        'kamaki;linstor;volume-definition;resize' {
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
        'kamaki;linstor;volume-definition;set-size' {
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
        'kamaki;linstor;vd;resize' {
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
        'kamaki;linstor;vd;set-size' {
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
        'kamaki;linstor;volume-definition;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List volume definitions')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a volume to a resource definition')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a volume definition')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Grow a volume')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;volume-definition;help;list' {
            break
        }
        'kamaki;linstor;volume-definition;help;create' {
            break
        }
        'kamaki;linstor;volume-definition;help;delete' {
            break
        }
        'kamaki;linstor;volume-definition;help;resize' {
            break
        }
        'kamaki;linstor;volume-definition;help;help' {
            break
        }
        'kamaki;linstor;vd;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List volume definitions')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a volume to a resource definition')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a volume definition')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Grow a volume')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;vd;help;list' {
            break
        }
        'kamaki;linstor;vd;help;create' {
            break
        }
        'kamaki;linstor;vd;help;delete' {
            break
        }
        'kamaki;linstor;vd;help;resize' {
            break
        }
        'kamaki;linstor;vd;help;help' {
            break
        }
        'kamaki;linstor;resource' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List replicas with their state')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'List replicas with their state')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a replica of a resource on a node')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Create a replica of a resource on a node')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a replica')
            [CompletionResult]::new('d', 'd', [CompletionResultType]::ParameterValue, 'Delete a replica')
            [CompletionResult]::new('toggle-disk', 'toggle-disk', [CompletionResultType]::ParameterValue, 'Turn a diskless replica diskful, or (with `--diskless`) the other way round')
            [CompletionResult]::new('td', 'td', [CompletionResultType]::ParameterValue, 'Turn a diskless replica diskful, or (with `--diskless`) the other way round')
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Define a resource with one volume and place it N-times redundant on distinct nodes (on an existing resource: add diskful replicas up to N)')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Grow a volume to SIZE, or by +SIZE')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Add a diskless replica on a node, only if the node has none yet')
            [CompletionResult]::new('act', 'act', [CompletionResultType]::ParameterValue, 'Add a diskless replica on a node, only if the node has none yet')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Remove a node''s replica, only if it is diskless (redundancy never drops)')
            [CompletionResult]::new('deact', 'deact', [CompletionResultType]::ParameterValue, 'Remove a node''s replica, only if it is diskless (redundancy never drops)')
            [CompletionResult]::new('make-diskful', 'make-diskful', [CompletionResultType]::ParameterValue, 'Make the node''s replica diskful, creating or converting it as needed')
            [CompletionResult]::new('make-diskless', 'make-diskless', [CompletionResultType]::ParameterValue, 'Make the node''s replica diskless, creating or converting it as needed')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Remove the node''s replica, whatever it is')
            [CompletionResult]::new('dual-primary', 'dual-primary', [CompletionResultType]::ParameterValue, 'Allow (on) or forbid (off) two primaries at once, e.g. for live migration')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Where a resource lives: diskful and diskless nodes, states, devices and backing disks')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;r' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List replicas with their state')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'List replicas with their state')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a replica of a resource on a node')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Create a replica of a resource on a node')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a replica')
            [CompletionResult]::new('d', 'd', [CompletionResultType]::ParameterValue, 'Delete a replica')
            [CompletionResult]::new('toggle-disk', 'toggle-disk', [CompletionResultType]::ParameterValue, 'Turn a diskless replica diskful, or (with `--diskless`) the other way round')
            [CompletionResult]::new('td', 'td', [CompletionResultType]::ParameterValue, 'Turn a diskless replica diskful, or (with `--diskless`) the other way round')
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Define a resource with one volume and place it N-times redundant on distinct nodes (on an existing resource: add diskful replicas up to N)')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Grow a volume to SIZE, or by +SIZE')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Add a diskless replica on a node, only if the node has none yet')
            [CompletionResult]::new('act', 'act', [CompletionResultType]::ParameterValue, 'Add a diskless replica on a node, only if the node has none yet')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Remove a node''s replica, only if it is diskless (redundancy never drops)')
            [CompletionResult]::new('deact', 'deact', [CompletionResultType]::ParameterValue, 'Remove a node''s replica, only if it is diskless (redundancy never drops)')
            [CompletionResult]::new('make-diskful', 'make-diskful', [CompletionResultType]::ParameterValue, 'Make the node''s replica diskful, creating or converting it as needed')
            [CompletionResult]::new('make-diskless', 'make-diskless', [CompletionResultType]::ParameterValue, 'Make the node''s replica diskless, creating or converting it as needed')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Remove the node''s replica, whatever it is')
            [CompletionResult]::new('dual-primary', 'dual-primary', [CompletionResultType]::ParameterValue, 'Allow (on) or forbid (off) two primaries at once, e.g. for live migration')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Where a resource lives: diskful and diskless nodes, states, devices and backing disks')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;resource;list' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Only these resources')
            [CompletionResult]::new('--resources', '--resources', [CompletionResultType]::ParameterName, 'Only these resources')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only replicas on these nodes')
            [CompletionResult]::new('--nodes', '--nodes', [CompletionResultType]::ParameterName, 'Only replicas on these nodes')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
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
        'kamaki;linstor;resource;l' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Only these resources')
            [CompletionResult]::new('--resources', '--resources', [CompletionResultType]::ParameterName, 'Only these resources')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only replicas on these nodes')
            [CompletionResult]::new('--nodes', '--nodes', [CompletionResultType]::ParameterName, 'Only replicas on these nodes')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
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
        'kamaki;linstor;r;list' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Only these resources')
            [CompletionResult]::new('--resources', '--resources', [CompletionResultType]::ParameterName, 'Only these resources')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only replicas on these nodes')
            [CompletionResult]::new('--nodes', '--nodes', [CompletionResultType]::ParameterName, 'Only replicas on these nodes')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
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
        'kamaki;linstor;r;l' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Only these resources')
            [CompletionResult]::new('--resources', '--resources', [CompletionResultType]::ParameterName, 'Only these resources')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only replicas on these nodes')
            [CompletionResult]::new('--nodes', '--nodes', [CompletionResultType]::ParameterName, 'Only replicas on these nodes')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show every field')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show every field')
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
        'kamaki;linstor;resource;create' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The storage pool for a diskful replica [default: the one with the most free space]')
            [CompletionResult]::new('--storage-pool', '--storage-pool', [CompletionResultType]::ParameterName, 'The storage pool for a diskful replica [default: the one with the most free space]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--diskless', '--diskless', [CompletionResultType]::ParameterName, 'A diskless replica, reading and writing over the network')
            [CompletionResult]::new('--drbd-diskless', '--drbd-diskless', [CompletionResultType]::ParameterName, 'A diskless replica, reading and writing over the network')
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
        'kamaki;linstor;resource;c' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The storage pool for a diskful replica [default: the one with the most free space]')
            [CompletionResult]::new('--storage-pool', '--storage-pool', [CompletionResultType]::ParameterName, 'The storage pool for a diskful replica [default: the one with the most free space]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--diskless', '--diskless', [CompletionResultType]::ParameterName, 'A diskless replica, reading and writing over the network')
            [CompletionResult]::new('--drbd-diskless', '--drbd-diskless', [CompletionResultType]::ParameterName, 'A diskless replica, reading and writing over the network')
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
        'kamaki;linstor;r;create' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The storage pool for a diskful replica [default: the one with the most free space]')
            [CompletionResult]::new('--storage-pool', '--storage-pool', [CompletionResultType]::ParameterName, 'The storage pool for a diskful replica [default: the one with the most free space]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--diskless', '--diskless', [CompletionResultType]::ParameterName, 'A diskless replica, reading and writing over the network')
            [CompletionResult]::new('--drbd-diskless', '--drbd-diskless', [CompletionResultType]::ParameterName, 'A diskless replica, reading and writing over the network')
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
        'kamaki;linstor;r;c' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The storage pool for a diskful replica [default: the one with the most free space]')
            [CompletionResult]::new('--storage-pool', '--storage-pool', [CompletionResultType]::ParameterName, 'The storage pool for a diskful replica [default: the one with the most free space]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--diskless', '--diskless', [CompletionResultType]::ParameterName, 'A diskless replica, reading and writing over the network')
            [CompletionResult]::new('--drbd-diskless', '--drbd-diskless', [CompletionResultType]::ParameterName, 'A diskless replica, reading and writing over the network')
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
        'kamaki;linstor;resource;delete' {
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
        'kamaki;linstor;resource;d' {
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
        'kamaki;linstor;r;delete' {
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
        'kamaki;linstor;r;d' {
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
        'kamaki;linstor;resource;toggle-disk' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 's')
            [CompletionResult]::new('--storage-pool', '--storage-pool', [CompletionResultType]::ParameterName, 'storage-pool')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--diskless', '--diskless', [CompletionResultType]::ParameterName, 'diskless')
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
        'kamaki;linstor;resource;td' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 's')
            [CompletionResult]::new('--storage-pool', '--storage-pool', [CompletionResultType]::ParameterName, 'storage-pool')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--diskless', '--diskless', [CompletionResultType]::ParameterName, 'diskless')
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
        'kamaki;linstor;r;toggle-disk' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 's')
            [CompletionResult]::new('--storage-pool', '--storage-pool', [CompletionResultType]::ParameterName, 'storage-pool')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--diskless', '--diskless', [CompletionResultType]::ParameterName, 'diskless')
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
        'kamaki;linstor;r;td' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 's')
            [CompletionResult]::new('--storage-pool', '--storage-pool', [CompletionResultType]::ParameterName, 'storage-pool')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--diskless', '--diskless', [CompletionResultType]::ParameterName, 'diskless')
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
        'kamaki;linstor;resource;place' {
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'The volume''s size, e.g. `20MiB`; a bare number is KiB. Needed when the resource has no volume yet')
            [CompletionResult]::new('--redundancy', '--redundancy', [CompletionResultType]::ParameterName, 'How many diskful replicas, each on its own node')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only use storage pools with this name')
            [CompletionResult]::new('--storage-pool', '--storage-pool', [CompletionResultType]::ParameterName, 'Only use storage pools with this name')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--diskless-on-remaining', '--diskless-on-remaining', [CompletionResultType]::ParameterName, 'Also give every other node a diskless replica')
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
        'kamaki;linstor;r;place' {
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'The volume''s size, e.g. `20MiB`; a bare number is KiB. Needed when the resource has no volume yet')
            [CompletionResult]::new('--redundancy', '--redundancy', [CompletionResultType]::ParameterName, 'How many diskful replicas, each on its own node')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only use storage pools with this name')
            [CompletionResult]::new('--storage-pool', '--storage-pool', [CompletionResultType]::ParameterName, 'Only use storage pools with this name')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud to use (a name from the config file; `sandbox` is the built-in one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: ~/.config/kamaki/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields to show, comma-separated (all output formats; `a.b` reaches into objects)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request, e.g. `30s`, `2m` [default: 2m]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra root certificates (PEM) for private certificate authorities')
            [CompletionResult]::new('--diskless-on-remaining', '--diskless-on-remaining', [CompletionResultType]::ParameterName, 'Also give every other node a diskless replica')
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
        'kamaki;linstor;resource;resize' {
            [CompletionResult]::new('--volume', '--volume', [CompletionResultType]::ParameterName, 'volume')
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
        'kamaki;linstor;r;resize' {
            [CompletionResult]::new('--volume', '--volume', [CompletionResultType]::ParameterName, 'volume')
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
        'kamaki;linstor;resource;activate' {
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
        'kamaki;linstor;resource;act' {
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
        'kamaki;linstor;r;activate' {
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
        'kamaki;linstor;r;act' {
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
        'kamaki;linstor;resource;deactivate' {
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
        'kamaki;linstor;resource;deact' {
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
        'kamaki;linstor;r;deactivate' {
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
        'kamaki;linstor;r;deact' {
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
        'kamaki;linstor;resource;make-diskful' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 's')
            [CompletionResult]::new('--storage-pool', '--storage-pool', [CompletionResultType]::ParameterName, 'storage-pool')
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
        'kamaki;linstor;r;make-diskful' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 's')
            [CompletionResult]::new('--storage-pool', '--storage-pool', [CompletionResultType]::ParameterName, 'storage-pool')
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
        'kamaki;linstor;resource;make-diskless' {
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
        'kamaki;linstor;r;make-diskless' {
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
        'kamaki;linstor;resource;unassign' {
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
        'kamaki;linstor;r;unassign' {
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
        'kamaki;linstor;resource;dual-primary' {
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
        'kamaki;linstor;r;dual-primary' {
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
        'kamaki;linstor;resource;info' {
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
        'kamaki;linstor;r;info' {
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
        'kamaki;linstor;resource;wait' {
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'node')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'until')
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
        'kamaki;linstor;r;wait' {
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'node')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'until')
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
        'kamaki;linstor;resource;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List replicas with their state')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a replica of a resource on a node')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a replica')
            [CompletionResult]::new('toggle-disk', 'toggle-disk', [CompletionResultType]::ParameterValue, 'Turn a diskless replica diskful, or (with `--diskless`) the other way round')
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Define a resource with one volume and place it N-times redundant on distinct nodes (on an existing resource: add diskful replicas up to N)')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Grow a volume to SIZE, or by +SIZE')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Add a diskless replica on a node, only if the node has none yet')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Remove a node''s replica, only if it is diskless (redundancy never drops)')
            [CompletionResult]::new('make-diskful', 'make-diskful', [CompletionResultType]::ParameterValue, 'Make the node''s replica diskful, creating or converting it as needed')
            [CompletionResult]::new('make-diskless', 'make-diskless', [CompletionResultType]::ParameterValue, 'Make the node''s replica diskless, creating or converting it as needed')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Remove the node''s replica, whatever it is')
            [CompletionResult]::new('dual-primary', 'dual-primary', [CompletionResultType]::ParameterValue, 'Allow (on) or forbid (off) two primaries at once, e.g. for live migration')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Where a resource lives: diskful and diskless nodes, states, devices and backing disks')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;resource;help;list' {
            break
        }
        'kamaki;linstor;resource;help;create' {
            break
        }
        'kamaki;linstor;resource;help;delete' {
            break
        }
        'kamaki;linstor;resource;help;toggle-disk' {
            break
        }
        'kamaki;linstor;resource;help;place' {
            break
        }
        'kamaki;linstor;resource;help;resize' {
            break
        }
        'kamaki;linstor;resource;help;activate' {
            break
        }
        'kamaki;linstor;resource;help;deactivate' {
            break
        }
        'kamaki;linstor;resource;help;make-diskful' {
            break
        }
        'kamaki;linstor;resource;help;make-diskless' {
            break
        }
        'kamaki;linstor;resource;help;unassign' {
            break
        }
        'kamaki;linstor;resource;help;dual-primary' {
            break
        }
        'kamaki;linstor;resource;help;info' {
            break
        }
        'kamaki;linstor;resource;help;wait' {
            break
        }
        'kamaki;linstor;resource;help;help' {
            break
        }
        'kamaki;linstor;r;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List replicas with their state')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a replica of a resource on a node')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a replica')
            [CompletionResult]::new('toggle-disk', 'toggle-disk', [CompletionResultType]::ParameterValue, 'Turn a diskless replica diskful, or (with `--diskless`) the other way round')
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Define a resource with one volume and place it N-times redundant on distinct nodes (on an existing resource: add diskful replicas up to N)')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Grow a volume to SIZE, or by +SIZE')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Add a diskless replica on a node, only if the node has none yet')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Remove a node''s replica, only if it is diskless (redundancy never drops)')
            [CompletionResult]::new('make-diskful', 'make-diskful', [CompletionResultType]::ParameterValue, 'Make the node''s replica diskful, creating or converting it as needed')
            [CompletionResult]::new('make-diskless', 'make-diskless', [CompletionResultType]::ParameterValue, 'Make the node''s replica diskless, creating or converting it as needed')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Remove the node''s replica, whatever it is')
            [CompletionResult]::new('dual-primary', 'dual-primary', [CompletionResultType]::ParameterValue, 'Allow (on) or forbid (off) two primaries at once, e.g. for live migration')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Where a resource lives: diskful and diskless nodes, states, devices and backing disks')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;r;help;list' {
            break
        }
        'kamaki;linstor;r;help;create' {
            break
        }
        'kamaki;linstor;r;help;delete' {
            break
        }
        'kamaki;linstor;r;help;toggle-disk' {
            break
        }
        'kamaki;linstor;r;help;place' {
            break
        }
        'kamaki;linstor;r;help;resize' {
            break
        }
        'kamaki;linstor;r;help;activate' {
            break
        }
        'kamaki;linstor;r;help;deactivate' {
            break
        }
        'kamaki;linstor;r;help;make-diskful' {
            break
        }
        'kamaki;linstor;r;help;make-diskless' {
            break
        }
        'kamaki;linstor;r;help;unassign' {
            break
        }
        'kamaki;linstor;r;help;dual-primary' {
            break
        }
        'kamaki;linstor;r;help;info' {
            break
        }
        'kamaki;linstor;r;help;wait' {
            break
        }
        'kamaki;linstor;r;help;help' {
            break
        }
        'kamaki;linstor;kv' {
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace keys are relative to, e.g. `/foo/bar/`')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys of the namespace (or, without `--instance`, the instances)')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'List the keys of the namespace (or, without `--instance`, the instances)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one key''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a key')
            [CompletionResult]::new('d', 'd', [CompletionResultType]::ParameterValue, 'Delete a key')
            [CompletionResult]::new('delete-namespace', 'delete-namespace', [CompletionResultType]::ParameterValue, 'Delete every key in the namespace (with `--namespace /`, the whole instance)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;key-value-store' {
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace keys are relative to, e.g. `/foo/bar/`')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys of the namespace (or, without `--instance`, the instances)')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'List the keys of the namespace (or, without `--instance`, the instances)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one key''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a key')
            [CompletionResult]::new('d', 'd', [CompletionResultType]::ParameterValue, 'Delete a key')
            [CompletionResult]::new('delete-namespace', 'delete-namespace', [CompletionResultType]::ParameterValue, 'Delete every key in the namespace (with `--namespace /`, the whole instance)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;kv;list' {
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace keys are relative to, e.g. `/foo/bar/`')
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
        'kamaki;linstor;kv;l' {
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace keys are relative to, e.g. `/foo/bar/`')
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
        'kamaki;linstor;key-value-store;list' {
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace keys are relative to, e.g. `/foo/bar/`')
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
        'kamaki;linstor;key-value-store;l' {
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace keys are relative to, e.g. `/foo/bar/`')
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
        'kamaki;linstor;kv;get' {
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace keys are relative to, e.g. `/foo/bar/`')
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
        'kamaki;linstor;key-value-store;get' {
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace keys are relative to, e.g. `/foo/bar/`')
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
        'kamaki;linstor;kv;set' {
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace keys are relative to, e.g. `/foo/bar/`')
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
        'kamaki;linstor;key-value-store;set' {
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace keys are relative to, e.g. `/foo/bar/`')
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
        'kamaki;linstor;kv;delete' {
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace keys are relative to, e.g. `/foo/bar/`')
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
        'kamaki;linstor;kv;d' {
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace keys are relative to, e.g. `/foo/bar/`')
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
        'kamaki;linstor;key-value-store;delete' {
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace keys are relative to, e.g. `/foo/bar/`')
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
        'kamaki;linstor;key-value-store;d' {
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace keys are relative to, e.g. `/foo/bar/`')
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
        'kamaki;linstor;kv;delete-namespace' {
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace keys are relative to, e.g. `/foo/bar/`')
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
        'kamaki;linstor;key-value-store;delete-namespace' {
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The KV instance, e.g. `myKV` (without it, `list` shows the instances)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace keys are relative to, e.g. `/foo/bar/`')
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
        'kamaki;linstor;kv;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys of the namespace (or, without `--instance`, the instances)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one key''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a key')
            [CompletionResult]::new('delete-namespace', 'delete-namespace', [CompletionResultType]::ParameterValue, 'Delete every key in the namespace (with `--namespace /`, the whole instance)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;kv;help;list' {
            break
        }
        'kamaki;linstor;kv;help;get' {
            break
        }
        'kamaki;linstor;kv;help;set' {
            break
        }
        'kamaki;linstor;kv;help;delete' {
            break
        }
        'kamaki;linstor;kv;help;delete-namespace' {
            break
        }
        'kamaki;linstor;kv;help;help' {
            break
        }
        'kamaki;linstor;key-value-store;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys of the namespace (or, without `--instance`, the instances)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one key''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a key')
            [CompletionResult]::new('delete-namespace', 'delete-namespace', [CompletionResultType]::ParameterValue, 'Delete every key in the namespace (with `--namespace /`, the whole instance)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;key-value-store;help;list' {
            break
        }
        'kamaki;linstor;key-value-store;help;get' {
            break
        }
        'kamaki;linstor;key-value-store;help;set' {
            break
        }
        'kamaki;linstor;key-value-store;help;delete' {
            break
        }
        'kamaki;linstor;key-value-store;help;delete-namespace' {
            break
        }
        'kamaki;linstor;key-value-store;help;help' {
            break
        }
        'kamaki;linstor;help' {
            [CompletionResult]::new('controller', 'controller', [CompletionResultType]::ParameterValue, 'The controller: version and properties')
            [CompletionResult]::new('node', 'node', [CompletionResultType]::ParameterValue, 'Satellites and other nodes')
            [CompletionResult]::new('storage-pool', 'storage-pool', [CompletionResultType]::ParameterValue, 'Storage pools on nodes, with their capacity')
            [CompletionResult]::new('resource-group', 'resource-group', [CompletionResultType]::ParameterValue, 'Resource groups: templates to spawn resources from')
            [CompletionResult]::new('resource-definition', 'resource-definition', [CompletionResultType]::ParameterValue, 'Resource definitions: a resource''s name, port and properties')
            [CompletionResult]::new('volume-definition', 'volume-definition', [CompletionResultType]::ParameterValue, 'Volume definitions: the volumes (and sizes) of a resource')
            [CompletionResult]::new('resource', 'resource', [CompletionResultType]::ParameterValue, 'Resources: replicas on nodes, placement, assignment state and waiting')
            [CompletionResult]::new('kv', 'kv', [CompletionResultType]::ParameterValue, 'A key-value store instance, with namespaces')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kamaki;linstor;help;controller' {
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'The controller''s version and REST API version')
            [CompletionResult]::new('list-properties', 'list-properties', [CompletionResultType]::ParameterValue, 'The controller''s properties')
            [CompletionResult]::new('set-property', 'set-property', [CompletionResultType]::ParameterValue, 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default 1000)')
            break
        }
        'kamaki;linstor;help;controller;version' {
            break
        }
        'kamaki;linstor;help;controller;list-properties' {
            break
        }
        'kamaki;linstor;help;controller;set-property' {
            break
        }
        'kamaki;linstor;help;node' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List nodes with their address and connection state')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show one node')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register a node')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a node that holds no resources')
            [CompletionResult]::new('lost', 'lost', [CompletionResultType]::ParameterValue, 'Delete a node that is gone for good, with its resources')
            [CompletionResult]::new('reconnect', 'reconnect', [CompletionResultType]::ParameterValue, 'Reconnect to a node''s satellite')
            [CompletionResult]::new('set-property', 'set-property', [CompletionResultType]::ParameterValue, 'Set a node property, or delete it when no value is given (in the sandbox, `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)')
            [CompletionResult]::new('list-properties', 'list-properties', [CompletionResultType]::ParameterValue, 'List a node''s properties')
            [CompletionResult]::new('interface', 'interface', [CompletionResultType]::ParameterValue, 'A node''s network interfaces')
            break
        }
        'kamaki;linstor;help;node;list' {
            break
        }
        'kamaki;linstor;help;node;info' {
            break
        }
        'kamaki;linstor;help;node;create' {
            break
        }
        'kamaki;linstor;help;node;delete' {
            break
        }
        'kamaki;linstor;help;node;lost' {
            break
        }
        'kamaki;linstor;help;node;reconnect' {
            break
        }
        'kamaki;linstor;help;node;set-property' {
            break
        }
        'kamaki;linstor;help;node;list-properties' {
            break
        }
        'kamaki;linstor;help;node;interface' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a node''s network interfaces')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a network interface to a node')
            break
        }
        'kamaki;linstor;help;node;interface;list' {
            break
        }
        'kamaki;linstor;help;node;interface;create' {
            break
        }
        'kamaki;linstor;help;storage-pool' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List storage pools with their free and total capacity')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a storage pool on a node')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a storage pool that no resource uses')
            break
        }
        'kamaki;linstor;help;storage-pool;list' {
            break
        }
        'kamaki;linstor;help;storage-pool;create' {
            break
        }
        'kamaki;linstor;help;storage-pool;delete' {
            break
        }
        'kamaki;linstor;help;resource-group' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resource groups and their placement rules')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a resource group')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a resource group that no resource definition uses')
            [CompletionResult]::new('spawn', 'spawn', [CompletionResultType]::ParameterValue, 'Create a resource definition with volumes from a group, and place it by the group''s rules')
            break
        }
        'kamaki;linstor;help;resource-group;list' {
            break
        }
        'kamaki;linstor;help;resource-group;create' {
            break
        }
        'kamaki;linstor;help;resource-group;delete' {
            break
        }
        'kamaki;linstor;help;resource-group;spawn' {
            break
        }
        'kamaki;linstor;help;resource-definition' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resource definitions')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a resource definition')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a resource definition with its volumes and replicas')
            [CompletionResult]::new('set-property', 'set-property', [CompletionResultType]::ParameterValue, 'Set a property, or delete it when no value is given')
            [CompletionResult]::new('list-properties', 'list-properties', [CompletionResultType]::ParameterValue, 'List a resource definition''s properties')
            [CompletionResult]::new('drbd-options', 'drbd-options', [CompletionResultType]::ParameterValue, 'Set DRBD options of a resource')
            break
        }
        'kamaki;linstor;help;resource-definition;list' {
            break
        }
        'kamaki;linstor;help;resource-definition;create' {
            break
        }
        'kamaki;linstor;help;resource-definition;delete' {
            break
        }
        'kamaki;linstor;help;resource-definition;set-property' {
            break
        }
        'kamaki;linstor;help;resource-definition;list-properties' {
            break
        }
        'kamaki;linstor;help;resource-definition;drbd-options' {
            break
        }
        'kamaki;linstor;help;volume-definition' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List volume definitions')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a volume to a resource definition')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a volume definition')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Grow a volume')
            break
        }
        'kamaki;linstor;help;volume-definition;list' {
            break
        }
        'kamaki;linstor;help;volume-definition;create' {
            break
        }
        'kamaki;linstor;help;volume-definition;delete' {
            break
        }
        'kamaki;linstor;help;volume-definition;resize' {
            break
        }
        'kamaki;linstor;help;resource' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List replicas with their state')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a replica of a resource on a node')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a replica')
            [CompletionResult]::new('toggle-disk', 'toggle-disk', [CompletionResultType]::ParameterValue, 'Turn a diskless replica diskful, or (with `--diskless`) the other way round')
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Define a resource with one volume and place it N-times redundant on distinct nodes (on an existing resource: add diskful replicas up to N)')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Grow a volume to SIZE, or by +SIZE')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Add a diskless replica on a node, only if the node has none yet')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Remove a node''s replica, only if it is diskless (redundancy never drops)')
            [CompletionResult]::new('make-diskful', 'make-diskful', [CompletionResultType]::ParameterValue, 'Make the node''s replica diskful, creating or converting it as needed')
            [CompletionResult]::new('make-diskless', 'make-diskless', [CompletionResultType]::ParameterValue, 'Make the node''s replica diskless, creating or converting it as needed')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Remove the node''s replica, whatever it is')
            [CompletionResult]::new('dual-primary', 'dual-primary', [CompletionResultType]::ParameterValue, 'Allow (on) or forbid (off) two primaries at once, e.g. for live migration')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Where a resource lives: diskful and diskless nodes, states, devices and backing disks')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait')
            break
        }
        'kamaki;linstor;help;resource;list' {
            break
        }
        'kamaki;linstor;help;resource;create' {
            break
        }
        'kamaki;linstor;help;resource;delete' {
            break
        }
        'kamaki;linstor;help;resource;toggle-disk' {
            break
        }
        'kamaki;linstor;help;resource;place' {
            break
        }
        'kamaki;linstor;help;resource;resize' {
            break
        }
        'kamaki;linstor;help;resource;activate' {
            break
        }
        'kamaki;linstor;help;resource;deactivate' {
            break
        }
        'kamaki;linstor;help;resource;make-diskful' {
            break
        }
        'kamaki;linstor;help;resource;make-diskless' {
            break
        }
        'kamaki;linstor;help;resource;unassign' {
            break
        }
        'kamaki;linstor;help;resource;dual-primary' {
            break
        }
        'kamaki;linstor;help;resource;info' {
            break
        }
        'kamaki;linstor;help;resource;wait' {
            break
        }
        'kamaki;linstor;help;kv' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys of the namespace (or, without `--instance`, the instances)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one key''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a key')
            [CompletionResult]::new('delete-namespace', 'delete-namespace', [CompletionResultType]::ParameterValue, 'Delete every key in the namespace (with `--namespace /`, the whole instance)')
            break
        }
        'kamaki;linstor;help;kv;list' {
            break
        }
        'kamaki;linstor;help;kv;get' {
            break
        }
        'kamaki;linstor;help;kv;set' {
            break
        }
        'kamaki;linstor;help;kv;delete' {
            break
        }
        'kamaki;linstor;help;kv;delete-namespace' {
            break
        }
        'kamaki;linstor;help;help' {
            break
        }
        'kamaki;help' {
            [CompletionResult]::new('astakos', 'astakos', [CompletionResultType]::ParameterValue, 'Identity, quotas, projects and memberships (Synnefo Astakos)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change the config file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run the built-in local cloud')
            [CompletionResult]::new('linstor', 'linstor', [CompletionResultType]::ParameterValue, 'LINSTOR: nodes, storage pools, resources with placement, and the KV store')
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
        'kamaki;help;linstor' {
            [CompletionResult]::new('controller', 'controller', [CompletionResultType]::ParameterValue, 'The controller: version and properties')
            [CompletionResult]::new('node', 'node', [CompletionResultType]::ParameterValue, 'Satellites and other nodes')
            [CompletionResult]::new('storage-pool', 'storage-pool', [CompletionResultType]::ParameterValue, 'Storage pools on nodes, with their capacity')
            [CompletionResult]::new('resource-group', 'resource-group', [CompletionResultType]::ParameterValue, 'Resource groups: templates to spawn resources from')
            [CompletionResult]::new('resource-definition', 'resource-definition', [CompletionResultType]::ParameterValue, 'Resource definitions: a resource''s name, port and properties')
            [CompletionResult]::new('volume-definition', 'volume-definition', [CompletionResultType]::ParameterValue, 'Volume definitions: the volumes (and sizes) of a resource')
            [CompletionResult]::new('resource', 'resource', [CompletionResultType]::ParameterValue, 'Resources: replicas on nodes, placement, assignment state and waiting')
            [CompletionResult]::new('kv', 'kv', [CompletionResultType]::ParameterValue, 'A key-value store instance, with namespaces')
            break
        }
        'kamaki;help;linstor;controller' {
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'The controller''s version and REST API version')
            [CompletionResult]::new('list-properties', 'list-properties', [CompletionResultType]::ParameterValue, 'The controller''s properties')
            [CompletionResult]::new('set-property', 'set-property', [CompletionResultType]::ParameterValue, 'Set a controller property, or delete it when no value is given (in the sandbox, `Sandbox/SyncDelayMs` is how long new disks take to become UpToDate; default 1000)')
            break
        }
        'kamaki;help;linstor;controller;version' {
            break
        }
        'kamaki;help;linstor;controller;list-properties' {
            break
        }
        'kamaki;help;linstor;controller;set-property' {
            break
        }
        'kamaki;help;linstor;node' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List nodes with their address and connection state')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show one node')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register a node')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a node that holds no resources')
            [CompletionResult]::new('lost', 'lost', [CompletionResultType]::ParameterValue, 'Delete a node that is gone for good, with its resources')
            [CompletionResult]::new('reconnect', 'reconnect', [CompletionResultType]::ParameterValue, 'Reconnect to a node''s satellite')
            [CompletionResult]::new('set-property', 'set-property', [CompletionResultType]::ParameterValue, 'Set a node property, or delete it when no value is given (in the sandbox, `Sandbox/Offline yes` simulates a lost satellite until `node reconnect`)')
            [CompletionResult]::new('list-properties', 'list-properties', [CompletionResultType]::ParameterValue, 'List a node''s properties')
            [CompletionResult]::new('interface', 'interface', [CompletionResultType]::ParameterValue, 'A node''s network interfaces')
            break
        }
        'kamaki;help;linstor;node;list' {
            break
        }
        'kamaki;help;linstor;node;info' {
            break
        }
        'kamaki;help;linstor;node;create' {
            break
        }
        'kamaki;help;linstor;node;delete' {
            break
        }
        'kamaki;help;linstor;node;lost' {
            break
        }
        'kamaki;help;linstor;node;reconnect' {
            break
        }
        'kamaki;help;linstor;node;set-property' {
            break
        }
        'kamaki;help;linstor;node;list-properties' {
            break
        }
        'kamaki;help;linstor;node;interface' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a node''s network interfaces')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a network interface to a node')
            break
        }
        'kamaki;help;linstor;node;interface;list' {
            break
        }
        'kamaki;help;linstor;node;interface;create' {
            break
        }
        'kamaki;help;linstor;storage-pool' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List storage pools with their free and total capacity')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a storage pool on a node')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a storage pool that no resource uses')
            break
        }
        'kamaki;help;linstor;storage-pool;list' {
            break
        }
        'kamaki;help;linstor;storage-pool;create' {
            break
        }
        'kamaki;help;linstor;storage-pool;delete' {
            break
        }
        'kamaki;help;linstor;resource-group' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resource groups and their placement rules')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a resource group')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a resource group that no resource definition uses')
            [CompletionResult]::new('spawn', 'spawn', [CompletionResultType]::ParameterValue, 'Create a resource definition with volumes from a group, and place it by the group''s rules')
            break
        }
        'kamaki;help;linstor;resource-group;list' {
            break
        }
        'kamaki;help;linstor;resource-group;create' {
            break
        }
        'kamaki;help;linstor;resource-group;delete' {
            break
        }
        'kamaki;help;linstor;resource-group;spawn' {
            break
        }
        'kamaki;help;linstor;resource-definition' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resource definitions')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a resource definition')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a resource definition with its volumes and replicas')
            [CompletionResult]::new('set-property', 'set-property', [CompletionResultType]::ParameterValue, 'Set a property, or delete it when no value is given')
            [CompletionResult]::new('list-properties', 'list-properties', [CompletionResultType]::ParameterValue, 'List a resource definition''s properties')
            [CompletionResult]::new('drbd-options', 'drbd-options', [CompletionResultType]::ParameterValue, 'Set DRBD options of a resource')
            break
        }
        'kamaki;help;linstor;resource-definition;list' {
            break
        }
        'kamaki;help;linstor;resource-definition;create' {
            break
        }
        'kamaki;help;linstor;resource-definition;delete' {
            break
        }
        'kamaki;help;linstor;resource-definition;set-property' {
            break
        }
        'kamaki;help;linstor;resource-definition;list-properties' {
            break
        }
        'kamaki;help;linstor;resource-definition;drbd-options' {
            break
        }
        'kamaki;help;linstor;volume-definition' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List volume definitions')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a volume to a resource definition')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a volume definition')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Grow a volume')
            break
        }
        'kamaki;help;linstor;volume-definition;list' {
            break
        }
        'kamaki;help;linstor;volume-definition;create' {
            break
        }
        'kamaki;help;linstor;volume-definition;delete' {
            break
        }
        'kamaki;help;linstor;volume-definition;resize' {
            break
        }
        'kamaki;help;linstor;resource' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List replicas with their state')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a replica of a resource on a node')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a replica')
            [CompletionResult]::new('toggle-disk', 'toggle-disk', [CompletionResultType]::ParameterValue, 'Turn a diskless replica diskful, or (with `--diskless`) the other way round')
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Define a resource with one volume and place it N-times redundant on distinct nodes (on an existing resource: add diskful replicas up to N)')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Grow a volume to SIZE, or by +SIZE')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Add a diskless replica on a node, only if the node has none yet')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Remove a node''s replica, only if it is diskless (redundancy never drops)')
            [CompletionResult]::new('make-diskful', 'make-diskful', [CompletionResultType]::ParameterValue, 'Make the node''s replica diskful, creating or converting it as needed')
            [CompletionResult]::new('make-diskless', 'make-diskless', [CompletionResultType]::ParameterValue, 'Make the node''s replica diskless, creating or converting it as needed')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Remove the node''s replica, whatever it is')
            [CompletionResult]::new('dual-primary', 'dual-primary', [CompletionResultType]::ParameterValue, 'Allow (on) or forbid (off) two primaries at once, e.g. for live migration')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Where a resource lives: diskful and diskless nodes, states, devices and backing disks')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until the resource reaches a disk state (on any node, or on `--node`); `--timeout` bounds the wait')
            break
        }
        'kamaki;help;linstor;resource;list' {
            break
        }
        'kamaki;help;linstor;resource;create' {
            break
        }
        'kamaki;help;linstor;resource;delete' {
            break
        }
        'kamaki;help;linstor;resource;toggle-disk' {
            break
        }
        'kamaki;help;linstor;resource;place' {
            break
        }
        'kamaki;help;linstor;resource;resize' {
            break
        }
        'kamaki;help;linstor;resource;activate' {
            break
        }
        'kamaki;help;linstor;resource;deactivate' {
            break
        }
        'kamaki;help;linstor;resource;make-diskful' {
            break
        }
        'kamaki;help;linstor;resource;make-diskless' {
            break
        }
        'kamaki;help;linstor;resource;unassign' {
            break
        }
        'kamaki;help;linstor;resource;dual-primary' {
            break
        }
        'kamaki;help;linstor;resource;info' {
            break
        }
        'kamaki;help;linstor;resource;wait' {
            break
        }
        'kamaki;help;linstor;kv' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys of the namespace (or, without `--instance`, the instances)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one key''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a key')
            [CompletionResult]::new('delete-namespace', 'delete-namespace', [CompletionResultType]::ParameterValue, 'Delete every key in the namespace (with `--namespace /`, the whole instance)')
            break
        }
        'kamaki;help;linstor;kv;list' {
            break
        }
        'kamaki;help;linstor;kv;get' {
            break
        }
        'kamaki;help;linstor;kv;set' {
            break
        }
        'kamaki;help;linstor;kv;delete' {
            break
        }
        'kamaki;help;linstor;kv;delete-namespace' {
            break
        }
        'kamaki;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
