namespace PaperNotebooks.Topics;

/// <summary>What a topic run is doing (<c>embedding</c>, <c>clustering</c>, ...) and how far, for progress lines.</summary>
public readonly record struct TopicProgress(string Step, int Done, int Total);
