using System.CommandLine;

namespace LeafletTool.Cli.Commands;

/// <summary>
/// <c>leaflet completion bash|zsh|pwsh</c>: prints a script that gives the shell tab completion of leaflet's
/// commands and options. Each script asks leaflet itself, through System.CommandLine's <c>[suggest:N]</c>
/// directive, what may come at the cursor.
/// </summary>
public static class CompletionCommand
{
    public static readonly IReadOnlyList<string> Shells = ["bash", "zsh", "pwsh"];

    public static Command Create(CliConsole console)
    {
        var shell = new Argument<string>("SHELL") { Description = "The shell: bash, zsh or pwsh (PowerShell)" };
        shell.AcceptOnlyFromAmong([.. Shells, "powershell"]);
        var command = new Command("completion",
            "Print a script that completes leaflet's commands and options when you press Tab (see README)")
        {
            shell,
        };
        command.SetAction(parse =>
        {
            console.Out.Write(Script(parse.GetValue(shell)!));
            return ExitCodes.Success;
        });
        return command;
    }

    public static string Script(string shell) => shell switch
    {
        "bash" => Bash,
        "zsh" => Zsh,
        _ => PowerShell,
    };

    private const string Bash = """
        # leaflet tab completion for bash: add to ~/.bashrc with
        #   leaflet completion bash >> ~/.bashrc
        _leaflet_complete() {
            local IFS=$'\n'
            COMPREPLY=($(leaflet "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null))
        }
        complete -o default -o nosort -F _leaflet_complete leaflet

        """;

    private const string Zsh = """
        # leaflet tab completion for zsh: add to ~/.zshrc with
        #   leaflet completion zsh >> ~/.zshrc
        autoload -Uz compinit && { (( $+functions[compdef] )) || compinit; }
        _leaflet() {
            local line="${(j: :)words[1,CURRENT]}"
            local -a items
            items=("${(@f)$(leaflet "[suggest:${#line}]" "$line" 2>/dev/null)}")
            items=(${items:#})
            if (( ${#items} )); then compadd -Q -a items; else _files; fi
        }
        compdef _leaflet leaflet

        """;

    private const string PowerShell = """
        # leaflet tab completion for PowerShell: add to your profile with
        #   leaflet completion pwsh >> $PROFILE
        Register-ArgumentCompleter -Native -CommandName leaflet -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            $line = $commandAst.ToString()
            $position = $cursorPosition - $commandAst.Extent.StartOffset
            if ($line.Length -lt $position) { $line = $line.PadRight($position) }
            leaflet "[suggest:$position]" "$line" 2>$null | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
            }
        }

        """;
}
