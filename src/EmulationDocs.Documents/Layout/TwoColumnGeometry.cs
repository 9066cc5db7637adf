namespace EmulationDocs.Documents.Layout;

/// <summary>Widths and placement of a borderless two-column table, in twips.</summary>
/// <param name="Indent">Shift from the left margin; negative values reach into the margin.</param>
/// <param name="SpaceAbove">
/// Space above the cells' content: a cell margin keeps the gap even when the engine removes a
/// block-tag paragraph at the top of a cell.
/// </param>
internal sealed record TwoColumnGeometry(int LeftWidth, int RightWidth, int Indent = 0, int SpaceAbove = 0);
