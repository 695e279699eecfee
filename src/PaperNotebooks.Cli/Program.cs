using PaperNotebooks.Cli;

return PapernbApp.Run(args, Console.Out, Console.Error);
