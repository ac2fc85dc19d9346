using LeafletTool.Cli;

var console = CliConsole.System();
try
{
    return LeafletCli.Run(args, console);
}
finally
{
    console.Flush();
}
