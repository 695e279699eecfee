namespace PaperNotebooks.Files;

/// <summary>
/// A setting that tests change for their own flow only (an <see cref="AsyncLocal{T}"/>), until they dispose the scope
/// <see cref="Set"/> returns; everywhere else it is the default. Where scratch data goes and from what size
/// (<see cref="Search.IndexStorage"/>, <see cref="Text.SpilledTexts"/>), so that tests running at once do not see
/// each other's.
/// </summary>
internal sealed class FlowSetting<T>(T fallback) where T : class
{
    private readonly AsyncLocal<T?> _scoped = new();

    public T Value => _scoped.Value ?? fallback;

    public IDisposable Set(T value)
    {
        var before = _scoped.Value;
        _scoped.Value = value;
        return new Restore(this, before);
    }

    private sealed class Restore(FlowSetting<T> setting, T? before) : IDisposable
    {
        public void Dispose() => setting._scoped.Value = before;
    }
}
