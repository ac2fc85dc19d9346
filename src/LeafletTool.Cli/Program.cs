using LeafletTool.Cli;

return LeafletCli.Run(args, CliConsole.System());
