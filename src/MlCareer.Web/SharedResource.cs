namespace MlCareer.Web;

/// <summary>Marker for the app's one set of UI strings: <c>Resources/SharedResource(.zh-Hans).resx</c>.</summary>
public sealed class SharedResource;
