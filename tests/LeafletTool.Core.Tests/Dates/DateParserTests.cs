using LeafletTool.Core.Dates;

namespace LeafletTool.Core.Tests.Dates;

public class DateParserTests
{
    [Theory]
    [InlineData("2023-06", 2023, 6, null)]
    [InlineData("2023-06-15", 2023, 6, 15)]
    [InlineData(" 2024-02-29 ", 2024, 2, 29)]
    [InlineData("2023-12", 2023, 12, null)]
    public void Iso_months_and_days_parse(string text, int year, int month, int? day)
    {
        var result = DateParser.Parse(text);
        Assert.Equal(new LeafletDate(year, month, day), result.Date);
        Assert.Null(result.Problem);
    }

    [Theory]
    [InlineData("2023-02-29", "\"2023-02-29\" is not a real date: February 2023 has 28 days")]
    [InlineData("2023-04-31", "\"2023-04-31\" is not a real date: April 2023 has 30 days")]
    [InlineData("2023-06-00", "\"2023-06-00\" is not a real date: June 2023 has 30 days")]
    [InlineData("2023-13", "\"2023-13\" is not a real date: there is no month 13")]
    [InlineData("2023-00", "\"2023-00\" is not a real date: there is no month 0")]
    [InlineData("1850-06", "\"1850-06\" is not a real date: the year 1850 is too early for a leaflet")]
    public void Dates_in_the_right_form_that_do_not_exist_are_rejected(string text, string problem)
    {
        var result = DateParser.Parse(text);
        Assert.Null(result.Date);
        Assert.Equal(problem, result.Problem);
        Assert.Null(result.Suggestion);
    }

    [Theory]
    [InlineData("June 2023", "2023-06")]
    [InlineData("june 2023", "2023-06")]
    [InlineData("Sept 2026", "2026-09")]
    [InlineData("Jun. 2023", "2023-06")]
    [InlineData("15 June 2023", "2023-06-15")]
    [InlineData("1st June 2023", "2023-06-01")]
    [InlineData("01/06/2023", "2023-06-01")]
    [InlineData("1.6.2023", "2023-06-01")]
    [InlineData("06/2023", "2023-06")]
    [InlineData("2023/6", "2023-06")]
    [InlineData("2023-6-1", "2023-06-01")]
    public void Other_ways_of_writing_a_date_suggest_the_iso_form(string text, string suggestion)
    {
        var result = DateParser.Parse(text);
        Assert.Null(result.Date);
        Assert.Equal($"\"{text.Trim()}\" is not a date in the form YYYY-MM or YYYY-MM-DD", result.Problem);
        Assert.Equal(suggestion, result.Suggestion);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("Ju 2023")]
    [InlineData("2023-13-01x")]
    [InlineData("13/13/2023")]
    [InlineData("31/02/2023")]
    [InlineData("February 30 2023")]
    public void Text_that_is_no_date_has_no_suggestion(string text)
    {
        var result = DateParser.Parse(text);
        Assert.Null(result.Date);
        Assert.NotNull(result.Problem);
        Assert.Null(result.Suggestion);
    }

    [Fact]
    public void Leaflet_dates_show_and_cover_their_days()
    {
        Assert.True(LeafletDate.TryParse("2026-06", out var month));
        Assert.Equal(("June 2026", "2026-06", new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)),
            (month.Display, month.ToString(), month.FirstDay, month.LastDay));
        Assert.True(LeafletDate.TryParse("2026-06-05", out var day));
        Assert.Equal(("5 June 2026", "2026-06-05"), (day.Display, day.ToString()));
        Assert.False(LeafletDate.TryParse("June 2026", out _));
    }
}
