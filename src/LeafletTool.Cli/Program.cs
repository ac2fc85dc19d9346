using LeafletTool.Cli;
using LeafletTool.Cli.Output;

// A write past a file-size limit is then an error the build reports, not a silent death.
FileSizeSignal.Ignore();

var console = CliConsole.System();
try
{
    return LeafletCli.Run(args, console);
}
finally
{
    RunStatistics.WriteIfAsked(console.Error, console.Environment, console.Phases);
    console.Flush();
}
