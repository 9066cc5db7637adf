namespace EmulationDocs.Core.Paging;

/// <summary>
/// One page of a list: 1-based <see cref="Page"/>, <see cref="Size"/> rows. Out-of-range values are brought within bounds
/// rather than refused, so a hand-edited address still shows a list.
/// </summary>
public sealed record PageRequest
{
    public const int MaxSize = 200;

    private PageRequest(int page, int size)
    {
        Page = page;
        Size = size;
    }

    public int Page { get; }

    public int Size { get; }

    public int Skip => (Page - 1) * Size;

    /// <param name="page">Asked page; below 1 (or absent) is the first.</param>
    /// <param name="size">Asked size; absent is <paramref name="defaultSize"/>, and it stays between 1 and <see cref="MaxSize"/>.</param>
    public static PageRequest Of(int? page, int? size, int defaultSize) =>
        // The page is bounded too, so that Skip cannot overflow.
        new(Math.Clamp(page ?? 1, 1, 1_000_000), Math.Clamp(size ?? defaultSize, 1, MaxSize));
}

/// <summary>One page of rows and the number of rows all pages hold together.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
