using LeafletTool.Cli;

var console = CliConsole.System();
try
{
    return LeafletCli.Run(args, console);
}
finally
{
    RunStatistics.WriteIfAsked(console.Error, console.Environment);
    console.Flush();
}
