namespace LeafletTool.Core.Language;

/// <summary>A leaflet's readability numbers, as the report's JSON gives them.</summary>
public sealed record ReadabilityScores(double Smog, double FleschKincaidGrade, double FleschReadingEase, int Words, int Sentences);
