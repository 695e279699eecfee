using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PaperNotebooks.Tests.Fetching;

/// <summary>
/// A real HTTP server (Kestrel) on 127.0.0.1 and a free port, answering each request with what the test's handler
/// says, and recording every request with the time the test's clock showed when it arrived.
/// </summary>
internal sealed class LocalApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalApi(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    public Uri Root { get; }

    public ConcurrentQueue<(string PathAndQuery, DateTimeOffset At)> Requests { get; } = new();

    public static async Task<LocalApi> StartAsync(TimeProvider clock, Func<HttpRequest, int, Task<IResult>> answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        LocalApi? api = null;
        int count = 0;
        app.Run(async context =>
        {
            api!.Requests.Enqueue((context.Request.Path + context.Request.QueryString, clock.GetUtcNow()));
            var result = await answer(context.Request, Interlocked.Increment(ref count) - 1);
            await result.ExecuteAsync(context);
        });
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        api = new LocalApi(app, new Uri(address + "/"));
        return api;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
