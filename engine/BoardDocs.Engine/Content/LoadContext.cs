using BoardDocs.Engine.Validation;
using YamlDotNet.RepresentationModel;

namespace BoardDocs.Engine.Content;

/// <summary>The file being read and where its problems go.</summary>
internal sealed class LoadContext(string displayPath, DiagnosticBag diagnostics)
{
    public string DisplayPath { get; } = displayPath;
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SourceSpan At(YamlNode node) => new(DisplayPath, (int)node.Start.Line, (int)node.Start.Column);

    public void Error(YamlNode node, string message) => Diagnostics.Error(At(node), message);

    public void Warning(YamlNode node, string message) => Diagnostics.Warning(At(node), message);
}
