namespace EmulationDocs.Templating.Rendering;

/// <summary>A picture added by the <c>image</c> helper: a new media part related to the part that shows it.</summary>
internal sealed record EmbeddedImage(string OwnerPart, string RelationshipId, string Target, string PartPath, string Extension, byte[] Content);
