using System.Runtime.CompilerServices;

// The PDF tests exercise font lookup and line breaking directly, without PDFsharp's global state.
[assembly: InternalsVisibleTo("BoardDocs.Tests")]
